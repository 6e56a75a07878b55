"""SQLAlchemy Core tables: the current schema, as the Alembic migrations in db/ leave it.

A test checks that the migrated database and this metadata agree.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
)

SCHEMA_HEAD = "0001"  # the newest Alembic revision this code knows; checked against db/versions
KNOWN_REVISIONS = ("0001",)  # every revision this code can upgrade from (or is at)

metadata = MetaData()

settings = Table(
    "settings",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", Text, nullable=False, unique=True),
    Column("pseudonym", Text, nullable=False, server_default=""),
    Column("status", Text, nullable=False, server_default="active"),
    Column("opened", Date, nullable=False),
    Column("closed", Date),
    Column("payer", Text, nullable=False, server_default="other"),
    Column("referral", Text, nullable=False, server_default=""),
    Column("phase", Text, nullable=False, server_default="mapping"),
    Column("summary", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
)

case_tags = Table(
    "case_tags",
    metadata,
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
    Column("tag", Text, nullable=False),
    PrimaryKeyConstraint("case_id", "tag"),
)

identifiers = Table(
    "identifiers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
    Column("kind", Text, nullable=False, server_default="other"),
    Column("value", Text, nullable=False),
    Column("created_at", Text, nullable=False),
)

notes = Table(
    "notes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
    Column("date", Date, nullable=False),
    Column("duration_min", Integer),
    Column("kind", Text, nullable=False, server_default="meeting"),
    Column("text", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
)

note_tags = Table(
    "note_tags",
    metadata,
    Column("note_id", Integer, ForeignKey("notes.id", ondelete="CASCADE"), nullable=False),
    Column("tag", Text, nullable=False),
    PrimaryKeyConstraint("note_id", "tag"),
)

goals = Table(
    "goals",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
    Column("title", Text, nullable=False),
    Column("level_m2", Text, nullable=False, server_default=""),
    Column("level_m1", Text, nullable=False, server_default=""),
    Column("level_0", Text, nullable=False, server_default=""),
    Column("level_p1", Text, nullable=False, server_default=""),
    Column("level_p2", Text, nullable=False, server_default=""),
    Column("baseline", Integer),
    Column("current", Integer),
    Column("position", Integer, nullable=False, server_default="0"),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
)

measures = Table(
    "measures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
    Column("kind", Text, nullable=False),
    Column("label", Text, nullable=False, server_default=""),
    Column("value", Float, nullable=False),
    Column("date", Date, nullable=False),
    Column("created_at", Text, nullable=False),
)

reflections = Table(
    "reflections",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE")),
    Column("template", Text, nullable=False),
    Column("title", Text, nullable=False, server_default=""),
    Column("date", Date, nullable=False),
    Column("answers", Text, nullable=False, server_default="{}"),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
)

FTS_TABLES = ("cases_fts", "notes_fts", "reflections_fts")
