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
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
)

SCHEMA_HEAD = "0005"  # the newest Alembic revision this code knows; checked against db/versions
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005")  # every revision this code can upgrade from (or is at)

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


# ----- revision 0002: ask a colleague (owned by the outbox; see coachdesk/vault/sql_0002.py) -----
channels = Table(
    "channels",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False, unique=True),
    Column("kind", Text, nullable=False),
    Column("secret_store", Text, nullable=False),
    Column("secret_ref", Text, nullable=False, unique=True),
    Column("host", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Column("options", Text, nullable=False, server_default="{}"),  # 0003
    Column("mode", Text, nullable=False, server_default="webhook"),  # 0004: "webhook" | "api" (two-way)
)

colleagues = Table(
    "colleagues",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("expertise", Text, nullable=False, server_default="[]"),
    Column("teams_upn", Text, nullable=False, server_default=""),
    Column("slack_id", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Column("mattermost_username", Text, nullable=False, server_default=""),  # 0003
    Column("googlechat_id", Text, nullable=False, server_default=""),  # 0003
    Column("discord_id", Text, nullable=False, server_default=""),  # 0003
)

help_requests = Table(
    "help_requests",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE")),
    Column("note_id", Integer, ForeignKey("notes.id", ondelete="SET NULL")),
    Column("reflection_id", Integer, ForeignKey("reflections.id", ondelete="SET NULL")),
    Column("ref", Text, nullable=False, unique=True),
    Column("lang", Text, nullable=False, server_default="fi"),  # CHECK fi | en (0002), + sv (0005)
    Column("topic", Text, nullable=False, server_default=""),
    Column("fields", Text, nullable=False, server_default="{}"),
    Column("text", Text, nullable=False, server_default=""),
    Column("group_topic", Integer, nullable=False, server_default="0"),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
)

outbox_items = Table(
    "outbox_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("request_id", Integer, ForeignKey("help_requests.id", ondelete="CASCADE"), nullable=False),
    Column("channel_id", Integer, ForeignKey("channels.id", ondelete="SET NULL")),
    Column("channel_name", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("payload", LargeBinary, nullable=False),
    Column("payload_sha256", Text, nullable=False),
    Column("state", Text, nullable=False, server_default="draft"),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("next_attempt_at", Text),
    Column("last_outcome", Text, nullable=False, server_default=""),
    Column("last_error", Text, nullable=False, server_default=""),
    Column("http_status", Integer),
    Column("sent_at", Text),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Column("batch_id", Integer),  # 0003: parts of one request, in order
    Column("part", Integer, nullable=False, server_default="1"),
    Column("parts", Integer, nullable=False, server_default="1"),
    Column("thread_ref", Text, nullable=False, server_default=""),
    Column("message_id", Text, nullable=False, server_default=""),  # 0004: two-way channels
    Column("thread_state", Text, nullable=False, server_default=""),
    Column("replies_checked_at", Text),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", Text, nullable=False),
    Column("outbox_item_id", Integer, ForeignKey("outbox_items.id", ondelete="SET NULL")),
    Column("request_ref", Text, nullable=False, server_default=""),
    Column("channel_name", Text, nullable=False, server_default=""),
    Column("kind", Text, nullable=False, server_default=""),
    Column("attempt", Integer, nullable=False, server_default="0"),
    Column("outcome", Text, nullable=False),
    Column("http_status", Integer),
    Column("detail", Text, nullable=False, server_default=""),
    Column("payload_sha256", Text, nullable=False, server_default=""),
)

request_followups = Table(
    "request_followups",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("request_id", Integer, ForeignKey("help_requests.id", ondelete="CASCADE"), nullable=False),
    Column("kind", Text, nullable=False),
    Column("help_kind", Text, nullable=False, server_default=""),
    Column("text", Text, nullable=False, server_default=""),
    Column("date", Date, nullable=False),
    Column("created_at", Text, nullable=False),
)

# 0004: replies read back from two-way channels (twoway.py, replies.py); text only here, never logged
request_replies = Table(
    "request_replies",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("request_id", Integer, ForeignKey("help_requests.id", ondelete="CASCADE"), nullable=False),
    Column("outbox_item_id", Integer, ForeignKey("outbox_items.id", ondelete="SET NULL")),
    Column("reply_id", Text, nullable=False),
    Column("author_id", Text, nullable=False, server_default=""),
    Column("author", Text, nullable=False, server_default=""),
    Column("text", Text, nullable=False, server_default=""),
    Column("posted_at", Text, nullable=False),
    Column("fetched_at", Text, nullable=False),
    Column("seen_at", Text),
    Column("followup_id", Integer, ForeignKey("request_followups.id", ondelete="SET NULL")),
    UniqueConstraint("request_id", "reply_id"),
)
