"""Integrity checks: SQLCipher page HMACs, SQLite structure, and the FTS index against its rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coachdesk.vault.schema import FTS_TABLES

if TYPE_CHECKING:
    from coachdesk.vault.vault import Vault

FTS_SOURCES = {
    "cases_fts": ("cases", "SELECT count(*) FROM cases c JOIN cases_fts f ON f.rowid = c.id "
                  "WHERE f.code IS NOT c.code OR f.pseudonym IS NOT c.pseudonym OR f.summary IS NOT c.summary"),
    "notes_fts": ("notes", "SELECT count(*) FROM notes n JOIN notes_fts f ON f.rowid = n.id WHERE f.text IS NOT n.text"),
    "reflections_fts": ("reflections", "SELECT count(*) FROM reflections r JOIN reflections_fts f ON f.rowid = r.id "
                        "WHERE f.title IS NOT r.title"),
}


def full_check(vault: Vault) -> list[str]:
    """Problems found, as short sentences; an empty list means the vault is sound."""
    from sqlalchemy import text

    problems: list[str] = []
    with vault.engine.connect() as conn:
        cipher = [row[0] for row in conn.execute(text("PRAGMA cipher_integrity_check"))]
        if cipher:
            problems.append(f"SQLCipher integrity: {len(cipher)} page(s) fail their checks")
        integrity = [row[0] for row in conn.execute(text("PRAGMA integrity_check"))]
        if integrity != ["ok"]:
            problems.append(f"SQLite integrity: {'; '.join(integrity[:3])}")
        fk = conn.execute(text("PRAGMA foreign_key_check")).all()
        if fk:
            problems.append(f"{len(fk)} row(s) point to missing rows")
        for fts in FTS_TABLES:
            source, mismatch_sql = FTS_SOURCES[fts]
            try:
                conn.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')"))
            except Exception:
                problems.append(f"full-text index {fts} is damaged")
                continue
            finally:
                conn.rollback()
            n_src = conn.execute(text(f"SELECT count(*) FROM {source}")).scalar()
            n_fts = conn.execute(text(f"SELECT count(*) FROM {fts}")).scalar()
            if n_src != n_fts:
                problems.append(f"full-text index {fts} has {n_fts} rows for {n_src} {source}")
            if conn.execute(text(mismatch_sql)).scalar():
                problems.append(f"full-text index {fts} is out of step with {source}")
    return problems
