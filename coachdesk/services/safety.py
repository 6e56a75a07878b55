"""The safety net: backups, restore, retention (closed cases deleted for good) and changing the
passphrase, for the UI and the command line alike."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.errors import InvalidInput

if TYPE_CHECKING:
    from coachdesk.vault.rekey import Rotated
    from coachdesk.vault.retention import RetentionItem
    from coachdesk.vault.vault import Vault

MIN_RETENTION_MONTHS = 1


def backup(vault: Vault, out: Path | str, *, for_user: bool = True, check: bool = True) -> Path:
    """An encrypted backup to ``out`` (``for_user``: a path the coach chose, guarded against vault
    files); with ``check`` only when the vault passes its full checks (the command line; the app
    checks the vault at unlock)."""
    from coachdesk.vault.backup import write_backup

    problems = vault.check() if check else []
    if problems:
        raise InvalidInput(f"The vault fails its checks, so no backup was written: {'; '.join(problems)}")
    return write_backup(vault, Path(out), for_user=for_user)


def daily_backup_if_due(vault: Vault) -> Path | None:
    """The rolling daily backup into ``backups/`` if none was made today."""
    from coachdesk.vault.backup import daily_backup_if_due as due

    return due(vault)


def restore(
    backup_file: Path | str, target: Path, *, passphrase: str | None = None, recovery_key: str | None = None,
    replace: bool = False,
) -> Path | None:
    """A verified restore of ``backup_file`` into ``target``; the folder the replaced vault was
    kept in (``replace``), else None."""
    from coachdesk.vault.restore import restore as do_restore

    return do_restore(Path(backup_file), target, passphrase=passphrase, recovery_key=recovery_key, replace=replace)


def retention_months(vault: Vault) -> int:
    """Months a closed case is kept before it is due for deletion."""
    from coachdesk.vault import retention

    return retention.retention_months(vault)


def set_retention_months(vault: Vault, months: int) -> None:
    """Set the retention period (at least one month)."""
    from coachdesk.vault import retention

    if months < MIN_RETENTION_MONTHS:
        raise InvalidInput("The retention period is at least 1 month.")
    vault.store.set_setting(retention.RETENTION_SETTING, str(months))


def closed_cases(vault: Vault, today: date | None = None) -> list[RetentionItem]:
    """Closed cases with how long they have been closed and whether they are due."""
    from coachdesk.vault import retention

    return retention.closed_cases(vault, today or date.today())


def purge_case(vault: Vault, case_id: int) -> None:
    """Delete a case for good (secure delete, FTS rebuilt, WAL truncated)."""
    from coachdesk.vault import retention

    retention.purge_case(vault, case_id)


def change_passphrase(vault: Vault, new: str, *, recovery_key: str | None = None) -> Rotated:
    """A new passphrase, the data key rotated and a new recovery key (``recovery_key``: the
    coach proved knowledge of the key with it)."""
    return vault.reset_passphrase(new, recovery_key=recovery_key)
