"""SQLCipher engines through SQLAlchemy: the raw data key is set in a connect hook and verified."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

SQLITE_FULL = 13
SQLITE_NOTADB = 26
SQLITE_CORRUPT = 11

# Durability: WAL with synchronous=FULL fsyncs the WAL on every commit, so a commit that returned
# ("acknowledged") survives kill -9 and power loss. See SECURITY.md.
CONNECT_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 5000",
)


def apply_key(dbapi_conn, key_hex: str) -> None:
    """Unlock a raw sqlcipher3 connection and configure it; a wrong key fails on the read."""
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA cipher_log_level = NONE")
        cur.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        cur.execute("SELECT count(*) FROM sqlite_master")
        for pragma in CONNECT_PRAGMAS:
            cur.execute(pragma)
    finally:
        cur.close()


def connect_raw(db_path: Path, key: bytes):
    """A plain sqlcipher3 connection (for backups, checks and tests)."""
    import sqlcipher3.dbapi2 as dbapi

    conn = dbapi.connect(str(db_path), check_same_thread=False, isolation_level=None)
    try:
        apply_key(conn, bytes(key).hex())
    except Exception:
        conn.close()
        raise
    return conn


class EngineKey:
    """The key an engine's new connections are opened with, and a gate: while ``rotating`` no
    connection is handed out (the data key is being replaced, see ``vault/rekey.py``)."""

    def __init__(self, key: bytes) -> None:
        self.hex = bytes(key).hex()
        self.rotating = False

    def wipe(self) -> None:
        self.hex = ""


def _sql_quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def export_copy(src_db: Path, src_key: bytes, dest: Path, dest_key: bytes) -> None:
    """A consistent copy of ``src_db`` at ``dest`` (a new file) encrypted with ``dest_key``
    (``sqlcipher_export``, which also rebuilds the pages); the WAL is checkpointed first."""
    dest.unlink(missing_ok=True)
    conn = connect_raw(src_db, src_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE {_sql_quote(str(dest))} AS snap KEY \"x'{bytes(dest_key).hex()}'\"")
        try:
            conn.execute("BEGIN")  # one transaction: one commit (fsync) instead of one per table
            conn.execute("SELECT sqlcipher_export('snap')")
            conn.execute("COMMIT")
            version = conn.execute("PRAGMA main.user_version").fetchone()[0]
            conn.execute(f"PRAGMA snap.user_version = {int(version)}")
        finally:
            conn.execute("DETACH DATABASE snap")
    finally:
        conn.close()


def make_engine(db_path: Path, key: bytes | EngineKey) -> Engine:
    """A SQLAlchemy engine on the encrypted file; every pooled connection is keyed on connect."""
    import sqlcipher3.dbapi2 as dbapi
    from sqlalchemy import create_engine, event

    state = key if isinstance(key, EngineKey) else EngineKey(key)

    engine = create_engine(
        f"sqlite:///{db_path}",
        module=dbapi,
        connect_args={"check_same_thread": False},
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "connect")
    def _unlock(dbapi_conn, _record) -> None:
        apply_key(dbapi_conn, state.hex)

    @event.listens_for(engine, "checkout")
    def _gate(_dbapi_conn, _record, _proxy) -> None:
        if state.rotating:
            from coachdesk.errors import VaultBusy

            raise VaultBusy()

    return engine


def sqlite_errorcode(err: BaseException) -> int | None:
    """The SQLite primary result code behind a DB-API or SQLAlchemy error, if any."""
    orig = getattr(err, "orig", err)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is None:
        text = str(orig).lower()
        if "database or disk is full" in text:
            return SQLITE_FULL
        if "file is not a database" in text:
            return SQLITE_NOTADB
        if "malformed" in text:
            return SQLITE_CORRUPT
        return None
    return int(code) & 0xFF
