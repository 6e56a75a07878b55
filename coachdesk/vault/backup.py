"""Encrypted backups: a consistent snapshot of the database (sqlcipher_export, same key) plus the
header, in one file that opens with the passphrase or the recovery key."""

from __future__ import annotations

import logging
import os
import struct
import tempfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from coachdesk.errors import InvalidInput, VaultDamaged
from coachdesk.fileio import write_private_atomic, write_private_atomic_with
from coachdesk.paths import ensure_private_dir
from coachdesk.vault import header as header_mod
from coachdesk.vault.layout import VaultPaths

if TYPE_CHECKING:
    from coachdesk.vault.vault import Vault

log = logging.getLogger(__name__)

MAGIC = b"COACHDESK-BACKUP\x00v1\n"
SUFFIX = ".cdbackup"
KEEP_ROLLING = 7


def snapshot_database(vault: Vault, dest: Path) -> None:
    """Write a consistent, encrypted (same key) copy of the vault database to ``dest``."""
    from coachdesk.vault.engine import export_copy

    export_copy(vault.paths.db, vault.data_key, dest, vault.data_key)


def write_backup(vault: Vault, out: Path, *, for_user: bool = False) -> Path:
    """One backup file: magic, header length, header JSON, database snapshot. Owner-only.

    ``for_user``: ``out`` was chosen by the coach, so it may not be (or lead to) a vault file or
    lie in the vault's own folders (``outpath``); the automatic backups pass False."""
    out = Path(out)
    if for_user:
        from coachdesk.outpath import check_output_path

        check_output_path(out, [vault.paths.root])
    ensure_private_dir(out.parent)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".snap-") as tmp:
        snap = Path(tmp) / "snapshot.db"
        snapshot_database(vault, snap)
        pack_backup(out, header_mod.dumps(header_mod.read(vault.paths.header)), snap,
                    for_user=for_user, data_dirs=[vault.paths.root])
    return out


def pack_backup(out: Path, header_bytes: bytes, snapshot: Path, *, for_user: bool = False,
                data_dirs: Iterable[Path | None] = ()) -> None:
    """Write (atomically, owner-only) magic, header length, header JSON, database snapshot;
    ``for_user``/``data_dirs`` as for ``write_private_atomic_with`` (the output guard)."""

    def fill(fh: BinaryIO) -> None:
        with snapshot.open("rb") as src:
            fh.write(MAGIC)
            fh.write(struct.pack(">I", len(header_bytes)))
            fh.write(header_bytes)
            while chunk := src.read(1 << 20):
                fh.write(chunk)

    write_private_atomic_with(out, fill, for_user=for_user, data_dirs=data_dirs)


def _header_bytes(fh: BinaryIO, backup: Path) -> bytes:
    """Magic and header of an open backup file; the file position is then at the database."""
    if fh.read(len(MAGIC)) != MAGIC:
        raise InvalidInput(f"{backup} is not a CoachDesk backup.")
    (length,) = struct.unpack(">I", fh.read(4))
    if length > 1 << 20:
        raise VaultDamaged("the backup header is too large")
    return fh.read(length)


def read_backup_header(backup: Path) -> header_mod.Header:
    """The header inside a backup file (format checks only)."""
    try:
        with Path(backup).open("rb") as fh:
            return header_mod.loads(_header_bytes(fh, backup))
    except (OSError, struct.error) as err:
        raise InvalidInput(f"{backup} cannot be read as a CoachDesk backup.") from err


def unpack_backup(backup: Path, dest_dir: Path) -> None:
    """Split a backup file into a vault folder (header + database); checks the format only."""
    try:
        if not Path(backup).is_file():  # a folder, pipe or device: refused before it is opened
            raise InvalidInput(f"{backup} is not a CoachDesk backup file.")
        with Path(backup).open("rb") as fh:
            header_bytes = _header_bytes(fh, backup)
            header_mod.loads(header_bytes)
            paths = VaultPaths(ensure_private_dir(Path(dest_dir)))
            write_private_atomic(paths.header, header_bytes)
            with paths.db.open("wb") as out:
                while chunk := fh.read(1 << 20):
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if os.name == "posix":
                os.chmod(paths.db, 0o600)
    except (OSError, struct.error) as err:
        raise InvalidInput(f"{backup} cannot be read as a CoachDesk backup.") from err


def backup_before_migration(vault: Vault, revision: str) -> Path:
    """An encrypted backup in backups/ before the schema is migrated (older ones pruned)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = write_backup(vault, vault.paths.backups / f"pre-migration-{revision}-{stamp}{SUFFIX}")
    prune(vault.paths.backups, "pre-migration-")
    log.info("backup taken before migrating from schema %s", revision)
    return path


def prune(folder: Path, prefix: str, keep: int = KEEP_ROLLING) -> None:
    """Keep the newest ``keep`` backups whose names start with ``prefix``."""
    found = sorted(folder.glob(f"{prefix}*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in found[keep:]:
        old.unlink(missing_ok=True)


def daily_backup_if_due(vault: Vault, today: datetime | None = None) -> Path | None:
    """On the first unlock of a day, take a rolling backup (the last KEEP_ROLLING are kept)."""
    day = (today or datetime.now()).strftime("%Y%m%d")
    folder = ensure_private_dir(vault.paths.backups)
    if any(folder.glob(f"daily-{day}*{SUFFIX}")):
        return None
    path = write_backup(vault, folder / f"daily-{day}{SUFFIX}")
    prune(folder, "daily-")
    log.info("daily backup written")
    return path


def newest_backups(data_dir: Path) -> list[Path]:
    """Automatic backups of a vault folder, newest first."""
    folder = Path(data_dir) / "backups"
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
