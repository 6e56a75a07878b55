"""Retention: closed cases are kept for a configurable time, then deleted for good on the
coach's confirmation (cascade, FTS rebuild, secure_delete, VACUUM, WAL truncated)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import text

from coachdesk.domain.models import CaseStatus

if TYPE_CHECKING:
    from coachdesk.vault.vault import Vault

RETENTION_SETTING = "retention_months"
DEFAULT_RETENTION_MONTHS = 12


@dataclass(frozen=True)
class RetentionItem:
    """A closed case, how long it has been closed and whether its retention period is over."""

    case_id: int
    code: str
    closed: date
    months_closed: int
    due: bool


def months_between(start: date, end: date) -> int:
    """Whole months from ``start`` to ``end``."""
    months = (end.year - start.year) * 12 + (end.month - start.month)
    return months - (1 if end.day < start.day else 0)


def retention_months(vault: Vault) -> int:
    """The vault's retention period in months (the default when unset or unreadable)."""
    value = vault.store.get_setting(RETENTION_SETTING)
    try:
        return max(1, int(value)) if value else DEFAULT_RETENTION_MONTHS
    except ValueError:
        return DEFAULT_RETENTION_MONTHS


def closed_cases(vault: Vault, today: date | None = None) -> list[RetentionItem]:
    """Closed cases with their age since closing; ``due`` when past the retention period."""
    today = today or date.today()
    limit = retention_months(vault)
    items = []
    for case in vault.store.list_cases(status=CaseStatus.CLOSED):
        closed = case.closed or case.opened
        months = months_between(closed, today)
        assert case.id is not None  # read from the vault
        items.append(RetentionItem(case.id, case.code, closed, months, months >= limit))
    return sorted(items, key=lambda i: i.closed)


def purge_case(vault: Vault, case_id: int) -> None:
    """Delete a case and everything linked to it, then scrub the remains from the file."""
    vault.store.delete_case(case_id)
    compact(vault)


def compact(vault: Vault) -> None:
    """Rebuild the FTS indexes (dropping deleted tokens), VACUUM, and truncate the WAL."""
    from coachdesk.vault.schema import FTS_TABLES

    with vault.store.tx() as conn:
        for fts in FTS_TABLES:
            conn.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')"))
    from coachdesk.vault.engine import connect_raw

    conn = connect_raw(vault.paths.db, vault.data_key)  # autocommit: VACUUM runs outside a transaction
    try:
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
