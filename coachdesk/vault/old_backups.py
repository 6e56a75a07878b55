"""Backups made before a key rotation: they keep opening with the passphrase (and recovery key)
they were made with. After a change of secret the coach is told and chooses, per rotation: keep
them, re-encrypt them with the new key (possible for backups made with the key just replaced), or
delete them. Never silently. Only the vault's own ``backups/`` folder is known to CoachDesk."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.errors import CoachDeskError
from coachdesk.vault import header as header_mod
from coachdesk.vault.backup import SUFFIX, pack_backup, read_backup_header, unpack_backup

if TYPE_CHECKING:
    from coachdesk.vault.vault import Vault

CHOICES = ("keep", "reencrypt", "delete")


@dataclass(frozen=True)
class OldBackup:
    path: Path
    reencryptable: bool  # made with the key the last rotation replaced (still in memory)


def find(vault: Vault, replaced_key_check: str) -> list[OldBackup]:
    """Backups in the vault's backups folder that do not open with its current key."""
    folder = vault.paths.backups
    if not folder.is_dir():
        return []
    current = vault.header.extra.get("key_check")
    found = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            check = read_backup_header(path).extra.get("key_check")
        except CoachDeskError:
            continue  # not a backup we can read: left alone
        if check != current:
            found.append(OldBackup(path, bool(replaced_key_check) and check == replaced_key_check))
    return found


def reencrypt(vault: Vault, backup: Path, old_key: bytes) -> None:
    """Rewrite ``backup`` (made with ``old_key``) under the vault's current key and header;
    verified before it replaces the old file (atomically)."""
    from coachdesk.vault.engine import export_copy
    from coachdesk.vault.rekey import verify_copy
    from coachdesk.vault.vault import DB_NAME

    with tempfile.TemporaryDirectory(dir=backup.parent, prefix=".reencrypt-") as tmp:
        unpacked = Path(tmp) / "old"
        unpack_backup(backup, unpacked)
        copy = Path(tmp) / "new.db"
        export_copy(unpacked / DB_NAME, old_key, copy, vault.data_key)
        verify_copy(unpacked / DB_NAME, old_key, copy, vault.data_key)
        pack_backup(backup, header_mod.dumps(header_mod.read(vault.paths.header)), copy)


def apply(vault: Vault, old: list[OldBackup], choice: str, old_key: bytes) -> dict[str, int]:
    """Carry out the coach's choice; returns counts of what happened."""
    done = {"reencrypted": 0, "deleted": 0, "kept": 0}
    for item in old:
        if choice == "delete":
            item.path.unlink(missing_ok=True)
            done["deleted"] += 1
        elif choice == "reencrypt" and item.reencryptable:
            reencrypt(vault, item.path, old_key)
            done["reencrypted"] += 1
        else:
            done["kept"] += 1
    return done
