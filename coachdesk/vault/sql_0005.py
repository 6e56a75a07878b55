"""Schema revision 0005 (requests in Swedish), frozen: used by the Alembic migration
db/versions/0005_swedish_requests.py.

``help_requests.lang`` had ``CHECK (lang IN ('fi', 'en'))`` from 0002. SQLite cannot alter a CHECK;
rebuilding the table means dropping it, and that DROP (foreign keys on) deletes every outbox item,
follow-up and reply of every request through ON DELETE CASCADE. A CHECK that only grows changes no
stored row, so the table's definition is edited in place the way SQLite documents for loosening a
constraint ("ALTER TABLE", making other kinds of schema changes: writable_schema, a new
schema_version, integrity_check), inside the migration's one transaction: a crash leaves the vault
at 0004, untouched (the encrypted pre-migration backup is taken before, as for every revision)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

OLD_CHECK = "CHECK (lang IN ('fi', 'en'))"
NEW_CHECK = "CHECK (lang IN ('fi', 'sv', 'en'))"


class MigrationRefused(RuntimeError):
    """The table is not the one 0002 made; nothing was changed (the transaction rolls back)."""


def upgrade(conn: Connection) -> None:
    """Let ``help_requests.lang`` hold 'sv'; every row, index and foreign key stays as it is."""
    (sql,) = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'help_requests'").one()
    if sql.count(OLD_CHECK) != 1:
        raise MigrationRefused("help_requests does not have the language check of revision 0002")
    (version,) = conn.exec_driver_sql("PRAGMA schema_version").one()
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        conn.exec_driver_sql(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'help_requests'",
            (sql.replace(OLD_CHECK, NEW_CHECK),))
        conn.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")  # every connection re-reads it
    finally:
        conn.exec_driver_sql("PRAGMA writable_schema = OFF")
    problems = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").all()]
    if problems != ["ok"]:
        raise MigrationRefused("the vault fails its integrity check after 0005: " + "; ".join(problems[:3]))
