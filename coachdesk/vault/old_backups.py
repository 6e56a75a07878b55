"""Backups made before a key rotation: they keep opening with the passphrase (and recovery key)
they were made with. After a change of secret the coach is told and chooses, per rotation: keep
them, re-encrypt them with the new key (possible for backups made with the key just replaced), or
delete them. Never silently. Only the vault's own ``backups/`` folder and the ``replaced-*``
folders a restore set aside are known to CoachDesk."""

from __future__ import annotations

import logging
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.errors import CoachDeskError, VaultDamaged
from coachdesk.vault import header as header_mod
from coachdesk.vault.backup import SUFFIX, pack_backup, read_backup_header, unpack_backup
from coachdesk.vault.peek import HEADER_NAME

if TYPE_CHECKING:
    from coachdesk.vault.vault import Vault

log = logging.getLogger(__name__)
CHOICES = ("keep", "reencrypt", "delete")


@dataclass(frozen=True)
class OldBackup:
    """A backup that still opens with a secret from before the last key rotation."""

    path: Path
    reencryptable: bool  # made with the key the last rotation replaced (still in memory)


def find(vault: Vault, replaced_key_check: str) -> list[OldBackup]:
    """Backups in the vault's backups folder, and vaults a restore set aside (``replaced-*``),
    that do not open with its current key."""
    current = vault.header.extra.get("key_check")
    found = []
    folder = vault.paths.backups
    for path in sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []:
        try:
            check = read_backup_header(path).extra.get("key_check")
        except CoachDeskError:
            continue  # not a backup we can read: left alone
        if check != current:
            found.append(OldBackup(path, bool(replaced_key_check) and check == replaced_key_check))
    for aside in sorted(vault.paths.root.glob("replaced-*")):
        try:
            check = header_mod.read(aside / HEADER_NAME).extra.get("key_check")
        except (CoachDeskError, OSError):
            continue
        if check != current:
            found.append(OldBackup(aside, False))  # a whole vault folder: delete or keep
    return found


def reencrypt(vault: Vault, backup: Path, old_key: bytes | bytearray) -> None:
    """Rewrite ``backup`` (made with ``old_key``) under the vault's current key and header;
    verified before it replaces the old file (atomically)."""
    import sqlcipher3.dbapi2 as dbapi

    from coachdesk.vault.engine import export_copy
    from coachdesk.vault.rekey import verify_copy
    from coachdesk.vault.vault import DB_NAME

    with tempfile.TemporaryDirectory(dir=backup.parent, prefix=".reencrypt-") as tmp:
        unpacked = Path(tmp) / "old"
        unpack_backup(backup, unpacked)
        copy = Path(tmp) / "new.db"
        try:
            export_copy(unpacked / DB_NAME, old_key, copy, vault.data_key)
            verify_copy(unpacked / DB_NAME, old_key, copy, vault.data_key)
        except dbapi.DatabaseError as err:
            raise VaultDamaged("the backup cannot be read") from err
        pack_backup(backup, header_mod.dumps(header_mod.read(vault.paths.header)), copy)


def apply(vault: Vault, old: list[OldBackup], choice: str, old_key: bytes | bytearray) -> dict[str, int]:
    """Carry out the coach's choice; returns counts of what happened. One that fails is kept
    (and counted as ``failed``); the others go on."""
    done = {"reencrypted": 0, "deleted": 0, "kept": 0, "failed": 0}
    for item in old:
        try:
            if choice == "delete":
                if item.path.is_dir():
                    shutil.rmtree(item.path)
                else:
                    item.path.unlink(missing_ok=True)
                done["deleted"] += 1
            elif choice == "reencrypt" and item.reencryptable:
                reencrypt(vault, item.path, old_key)
                done["reencrypted"] += 1
            else:
                done["kept"] += 1
        except (CoachDeskError, OSError) as err:
            log.warning("an older backup could not be %s: %s", choice, type(err).__name__)
            done["failed"] += 1
    return done
