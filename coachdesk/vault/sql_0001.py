"""DDL of schema revision 0001, frozen: used by the Alembic migration db/versions/0001_initial.py."""

STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        pseudonym TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'closed')),
        opened DATE NOT NULL,
        closed DATE,
        payer TEXT NOT NULL DEFAULT 'other'
            CHECK (payer IN ('kela', 'pension_insurer', 'te_services', 'occupational_health', 'other')),
        referral TEXT NOT NULL DEFAULT '',
        phase TEXT NOT NULL DEFAULT 'mapping'
            CHECK (phase IN ('mapping', 'goals', 'work_trial', 'job_coaching', 'follow_up', 'closed')),
        summary TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE case_tags (
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (case_id, tag)
    )""",
    "CREATE INDEX ix_case_tags_tag ON case_tags(tag)",
    """CREATE TABLE identifiers (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'other'
            CHECK (kind IN ('name', 'place', 'employer', 'relative', 'other')),
        value TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX ix_identifiers_case ON identifiers(case_id)",
    """CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        date DATE NOT NULL,
        duration_min INTEGER CHECK (duration_min IS NULL OR duration_min >= 0),
        kind TEXT NOT NULL DEFAULT 'meeting' CHECK (kind IN ('meeting', 'phone', 'video', 'network')),
        text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX ix_notes_case_date ON notes(case_id, date)",
    """CREATE TABLE note_tags (
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (note_id, tag)
    )""",
    """CREATE TABLE goals (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        level_m2 TEXT NOT NULL DEFAULT '',
        level_m1 TEXT NOT NULL DEFAULT '',
        level_0 TEXT NOT NULL DEFAULT '',
        level_p1 TEXT NOT NULL DEFAULT '',
        level_p2 TEXT NOT NULL DEFAULT '',
        baseline INTEGER CHECK (baseline IS NULL OR baseline BETWEEN -2 AND 2),
        current INTEGER CHECK (current IS NULL OR current BETWEEN -2 AND 2),
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX ix_goals_case ON goals(case_id)",
    """CREATE TABLE measures (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('was', 'wai', 'numeric')),
        label TEXT NOT NULL DEFAULT '',
        value REAL NOT NULL,
        date DATE NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX ix_measures_case ON measures(case_id, kind, date)",
    """CREATE TABLE reflections (
        id INTEGER PRIMARY KEY,
        case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
        template TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        date DATE NOT NULL,
        answers TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(answers)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX ix_reflections_case ON reflections(case_id, date)",
    # Full-text search: one FTS5 table per kind, rowid = the row's id, kept in step by triggers
    # inside the writing transaction.
    "CREATE VIRTUAL TABLE cases_fts USING fts5(code, pseudonym, summary, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    "CREATE VIRTUAL TABLE notes_fts USING fts5(text, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    "CREATE VIRTUAL TABLE reflections_fts USING fts5(title, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    """CREATE TRIGGER cases_fts_ai AFTER INSERT ON cases BEGIN
        INSERT INTO cases_fts(rowid, code, pseudonym, summary)
        VALUES (new.id, new.code, new.pseudonym, new.summary);
    END""",
    """CREATE TRIGGER cases_fts_au AFTER UPDATE OF code, pseudonym, summary ON cases BEGIN
        UPDATE cases_fts SET code = new.code, pseudonym = new.pseudonym, summary = new.summary
        WHERE rowid = new.id;
    END""",
    """CREATE TRIGGER cases_fts_ad AFTER DELETE ON cases BEGIN
        DELETE FROM cases_fts WHERE rowid = old.id;
    END""",
    """CREATE TRIGGER notes_fts_ai AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER notes_fts_au AFTER UPDATE OF text ON notes BEGIN
        UPDATE notes_fts SET text = new.text WHERE rowid = new.id;
    END""",
    """CREATE TRIGGER notes_fts_ad AFTER DELETE ON notes BEGIN
        DELETE FROM notes_fts WHERE rowid = old.id;
    END""",
    """CREATE TRIGGER reflections_fts_ai AFTER INSERT ON reflections BEGIN
        INSERT INTO reflections_fts(rowid, title, body) VALUES (new.id, new.title,
            (SELECT coalesce(group_concat(value, char(10)), '') FROM json_each(new.answers)));
    END""",
    """CREATE TRIGGER reflections_fts_au AFTER UPDATE OF title, answers ON reflections BEGIN
        UPDATE reflections_fts SET title = new.title,
            body = (SELECT coalesce(group_concat(value, char(10)), '') FROM json_each(new.answers))
        WHERE rowid = new.id;
    END""",
    """CREATE TRIGGER reflections_fts_ad AFTER DELETE ON reflections BEGIN
        DELETE FROM reflections_fts WHERE rowid = old.id;
    END""",
)
