"""DDL of schema revision 0002 (ask a colleague: channels, colleagues, help requests, outbox,
audit log, follow-ups), frozen: used by the Alembic migration db/versions/0002_outbox.py."""

STATEMENTS: tuple[str, ...] = (
    # A chat channel; the webhook URL itself is a secret kept in the OS keychain or in settings.
    """CREATE TABLE channels (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL
            CHECK (kind IN ('teams', 'slack', 'mattermost', 'googlechat', 'discord', 'json')),
        secret_store TEXT NOT NULL CHECK (secret_store IN ('keychain', 'vault')),
        secret_ref TEXT NOT NULL UNIQUE,
        host TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE colleagues (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        expertise TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(expertise)),
        teams_upn TEXT NOT NULL DEFAULT '',
        slack_id TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE help_requests (
        id INTEGER PRIMARY KEY,
        case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
        note_id INTEGER REFERENCES notes(id) ON DELETE SET NULL,
        reflection_id INTEGER REFERENCES reflections(id) ON DELETE SET NULL,
        ref TEXT NOT NULL UNIQUE,
        lang TEXT NOT NULL DEFAULT 'fi' CHECK (lang IN ('fi', 'en')),
        topic TEXT NOT NULL DEFAULT '',
        fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
        text TEXT NOT NULL DEFAULT '',
        group_topic INTEGER NOT NULL DEFAULT 0 CHECK (group_topic IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX ix_help_requests_case ON help_requests(case_id)",
    """CREATE TABLE outbox_items (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES help_requests(id) ON DELETE CASCADE,
        channel_id INTEGER REFERENCES channels(id) ON DELETE SET NULL,
        channel_name TEXT NOT NULL,
        kind TEXT NOT NULL,
        payload BLOB NOT NULL,
        payload_sha256 TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN
            ('draft', 'queued', 'sending', 'sent', 'needs_fixing', 'possibly_sent', 'cancelled')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        last_outcome TEXT NOT NULL DEFAULT '',
        last_error TEXT NOT NULL DEFAULT '',
        http_status INTEGER,
        sent_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX ix_outbox_items_state ON outbox_items(state, next_attempt_at)",
    "CREATE INDEX ix_outbox_items_request ON outbox_items(request_id)",
    # Every delivery attempt and every decision; no message text, only its hash.
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        outbox_item_id INTEGER REFERENCES outbox_items(id) ON DELETE SET NULL,
        request_ref TEXT NOT NULL DEFAULT '',
        channel_name TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT '',
        attempt INTEGER NOT NULL DEFAULT 0,
        outcome TEXT NOT NULL,
        http_status INTEGER,
        detail TEXT NOT NULL DEFAULT '',
        payload_sha256 TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX ix_audit_log_item ON audit_log(outbox_item_id)",
    # Closing the loop: answers, the help received and what the coach will try.
    """CREATE TABLE request_followups (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES help_requests(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('answer', 'help_received', 'will_try')),
        help_kind TEXT NOT NULL DEFAULT ''
            CHECK (help_kind IN ('', 'tips', 'sparring', 'group_session', 'other')),
        text TEXT NOT NULL DEFAULT '',
        date DATE NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX ix_request_followups_request ON request_followups(request_id)",
)
