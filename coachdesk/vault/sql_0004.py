"""DDL of schema revision 0004 (replies come back), frozen: used by the Alembic migration
db/versions/0004_replies.py. Columns are added and one table is created, so the upgrade is quick
and keeps every row."""

STATEMENTS: tuple[str, ...] = (
    # A channel posts through a webhook (one-way) or through the platform's API with a token
    # (two-way: Slack app, Mattermost API, Teams via Graph). ``kind`` keeps naming the platform, so
    # its CHECK from 0002 stays as it is (SQLite cannot change a CHECK without rebuilding the table).
    "ALTER TABLE channels ADD COLUMN mode TEXT NOT NULL DEFAULT 'webhook' CHECK (mode IN ('webhook', 'api'))",
    # A two-way channel's post: the platform's message id (Slack ts, Mattermost post id, Graph
    # message id), the thread's state ('' | 'gone': deleted in the channel | 'no_access') and when
    # its replies were last read.
    "ALTER TABLE outbox_items ADD COLUMN message_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE outbox_items ADD COLUMN thread_state TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE outbox_items ADD COLUMN replies_checked_at TEXT",
    # Replies read back; reply_id is unique per request, so a fetch interrupted at any moment and
    # run again never stores a reply twice. followup_id: the answer the coach made of it.
    """CREATE TABLE request_replies (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES help_requests(id) ON DELETE CASCADE,
        outbox_item_id INTEGER REFERENCES outbox_items(id) ON DELETE SET NULL,
        reply_id TEXT NOT NULL,
        author_id TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        posted_at TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        seen_at TEXT,
        followup_id INTEGER REFERENCES request_followups(id) ON DELETE SET NULL,
        UNIQUE (request_id, reply_id)
    )""",
    "CREATE INDEX ix_request_replies_item ON request_replies(outbox_item_id)",
    "CREATE INDEX ix_request_replies_followup ON request_replies(followup_id)",
)
