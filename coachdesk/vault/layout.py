"""The files of a vault folder by name (database, header, lock, backups). Imports nothing heavy.

Its own module so that ``vault``, ``backup`` and ``rekey`` share it without importing each other."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coachdesk.vault.peek import DB_NAME, HEADER_NAME

LOCK_NAME = "vault.lock"
BACKUP_DIR = "backups"


@dataclass(frozen=True)
class VaultPaths:
    """Where each file of the vault in folder ``root`` lives."""

    root: Path

    @property
    def db(self) -> Path:
        """The SQLCipher database."""
        return self.root / DB_NAME

    @property
    def header(self) -> Path:
        """The header: KDF parameters and the wrapped data key."""
        return self.root / HEADER_NAME

    @property
    def lock(self) -> Path:
        """The lock file held (flock) while the vault is open."""
        return self.root / LOCK_NAME

    @property
    def backups(self) -> Path:
        """The folder of automatic and manual backups."""
        return self.root / BACKUP_DIR

    def sidecars(self) -> list[Path]:
        """The database's WAL and shared-memory files."""
        return [self.db.with_name(DB_NAME + "-wal"), self.db.with_name(DB_NAME + "-shm")]


def restored_folder_beside(folder: Path) -> Path:
    """A new folder next to ``folder`` for a restored vault (never the damaged one)."""
    folder = Path(folder).resolve()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = folder.parent / f"{folder.name}-restored-{stamp}"
    n = 2
    while candidate.exists():
        candidate = folder.parent / f"{folder.name}-restored-{stamp}-{n}"
        n += 1
    return candidate
