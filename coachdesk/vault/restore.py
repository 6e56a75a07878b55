"""Restoring a backup: unpack beside the target, verify (opens with the secret, full check),
then move into place. Over an existing vault the old files are kept aside, never deleted."""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from coachdesk.errors import InvalidInput, VaultDamaged, VaultExists
from coachdesk.paths import ensure_private_dir
from coachdesk.vault.backup import unpack_backup
from coachdesk.vault.lockfile import VaultLock
from coachdesk.vault.vault import (
    DB_NAME,
    HEADER_NAME,
    Vault,
    VaultPaths,
    unlock_with_passphrase,
    unlock_with_recovery_key,
    vault_exists,
)


def verify_unpacked(folder: Path, *, passphrase: str | None = None, recovery_key: str | None = None) -> None:
    """Open an unpacked backup with its secret and run every integrity check."""
    if passphrase is not None:
        key = unlock_with_passphrase(folder, passphrase)
    elif recovery_key is not None:
        key = unlock_with_recovery_key(folder, recovery_key)
    else:
        raise InvalidInput("A passphrase or the recovery key is needed to verify the backup.")
    with Vault.open_with_key(folder, key) as vault:
        problems = vault.check()
    if problems:
        raise VaultDamaged("the backup fails its checks: " + "; ".join(problems))


def restore(
    backup: Path,
    target: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    replace: bool = False,
) -> Path | None:
    """Restore ``backup`` into ``target``. Returns the folder the replaced vault was moved to."""
    target = Path(target)
    if vault_exists(target) and not replace:
        raise VaultExists(target)
    ensure_private_dir(target.parent)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".restore-") as tmp:
        staging = Path(tmp) / "vault"
        unpack_backup(backup, staging)
        verify_unpacked(staging, passphrase=passphrase, recovery_key=recovery_key)
        ensure_private_dir(target)
        aside: Path | None = None
        lock = VaultLock(VaultPaths(target).lock).acquire()  # nobody may have the vault open
        try:
            paths = VaultPaths(target)
            if vault_exists(target):
                aside = ensure_private_dir(target / f"replaced-{datetime.now():%Y%m%d-%H%M%S}")
                for path in [paths.db, paths.header, *paths.sidecars()]:
                    if path.exists():
                        os.replace(path, aside / path.name)
            shutil.move(str(staging / DB_NAME), paths.db)
            shutil.move(str(staging / HEADER_NAME), paths.header)
        finally:
            lock.release()
    return aside
