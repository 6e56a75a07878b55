"""DDL of schema revision 0003 (channels as they are today), frozen: used by the Alembic migration
db/versions/0003_channels_today.py. Columns are only added (SQLite ALTER TABLE ADD COLUMN), so the
upgrade is quick and keeps every row."""

STATEMENTS: tuple[str, ...] = (
    # Platform-native mentions: a colleague's id on each platform ('' = named in plain text only).
    "ALTER TABLE colleagues ADD COLUMN mattermost_username TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE colleagues ADD COLUMN googlechat_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE colleagues ADD COLUMN discord_id TEXT NOT NULL DEFAULT ''",
    # Per-channel options as JSON (e.g. {"discord_forum": true}); never the secret URL.
    "ALTER TABLE channels ADD COLUMN options TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(options))",
    # A request too long for one post is sent as parts 1..parts of one batch (batch_id = the id of
    # part 1), strictly in order; thread_ref: the thread part 1 opened (Discord forum post).
    "ALTER TABLE outbox_items ADD COLUMN batch_id INTEGER",
    "ALTER TABLE outbox_items ADD COLUMN part INTEGER NOT NULL DEFAULT 1 CHECK (part >= 1)",
    "ALTER TABLE outbox_items ADD COLUMN parts INTEGER NOT NULL DEFAULT 1 CHECK (parts >= 1)",
    "ALTER TABLE outbox_items ADD COLUMN thread_ref TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX ix_outbox_items_batch ON outbox_items(batch_id, part)",
)
