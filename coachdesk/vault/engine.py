"""SQLCipher engines through SQLAlchemy: the raw data key is set in a connect hook and verified."""

from __future__ import annotations

import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlcipher3.dbapi2
    from sqlalchemy.engine import Engine
    from sqlalchemy.engine.interfaces import DBAPIConnection
    from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

# Held while a connection opens its database, and by a key rotation from the check that no other
# connection is open to the old file until the new file is in place (vault/rekey.py).
OPEN_LOCK = threading.RLock()
ROTATION_WAIT_S = 60.0

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


def apply_key(dbapi_conn: DBAPIConnection, key_hex: str) -> None:
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


def connect_raw(db_path: Path, key: bytes | bytearray) -> sqlcipher3.dbapi2.Connection:
    """A plain sqlcipher3 connection (for backups, checks and tests)."""
    import sqlcipher3.dbapi2 as dbapi

    with OPEN_LOCK:
        conn = dbapi.connect(str(db_path), check_same_thread=False, isolation_level=None)
        try:
            apply_key(conn, bytes(key).hex())
        except Exception:
            conn.close()
            raise
    return conn


class EngineKey:
    """The key an engine's new connections are opened with, and a gate for key rotation
    (``vault/rekey.py``): while ``rotating`` no connection to the database file is opened (a
    thread that needs one waits, up to ``ROTATION_WAIT_S``) and none is handed out of the pool,
    so no connection to the replaced file survives the swap."""

    def __init__(self, key: bytes | bytearray) -> None:
        self.hex = bytes(key).hex()
        self.generation = 0  # +1 when the key (and the file) changes
        self.rotating = False
        self.waiters = 0  # threads waiting in do_connect (they hold no file open)
        self.records: weakref.WeakSet = weakref.WeakSet()  # the pool's connection records
        self._cond = threading.Condition()

    def adopt(self, new_key: bytes | bytearray) -> None:
        """The new file is in place: connections opened from now on use ``new_key``."""
        self.hex = bytes(new_key).hex()
        self.generation += 1

    def close_idle(self) -> None:
        """Close every pooled connection not in use (each reopens on its next checkout)."""
        with OPEN_LOCK:  # never two sqlcipher closes at once (a concurrent close crashed the process)
            for record in list(self.records):
                if record.dbapi_connection is not None and not getattr(record, "fairy_ref", None):
                    record.invalidate()

    def begin_rotation(self) -> None:
        """Close the gate: no connection is opened or handed out until ``end_rotation``."""
        with self._cond:
            self.rotating = True

    def end_rotation(self, new_key: bytes | bytearray | None = None) -> None:
        """Open the gate again (with ``new_key`` for new connections, if given) and wake the waiters."""
        with self._cond:
            if new_key is not None:
                self.hex = bytes(new_key).hex()
            self.rotating = False
            self._cond.notify_all()

    def wait_while_rotating(self) -> None:
        """Block while a rotation is under way (VaultBusy after ROTATION_WAIT_S)."""
        with self._cond:
            if not self.rotating:
                return
            self.waiters += 1
            try:
                if not self._cond.wait_for(lambda: not self.rotating, ROTATION_WAIT_S):
                    from coachdesk.errors import VaultBusy

                    raise VaultBusy()
            finally:
                self.waiters -= 1

    def wipe(self) -> None:
        """Forget the key (the vault is locking)."""
        self.hex = ""


def _sql_quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def export_copy(src_db: Path, src_key: bytes | bytearray, dest: Path, dest_key: bytes | bytearray) -> None:
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


def make_engine(db_path: Path, key: bytes | bytearray | EngineKey) -> Engine:
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

    @event.listens_for(engine, "do_connect")
    def _wait(_dialect: object, _record: object, _cargs: object, _cparams: object) -> None:
        state.wait_while_rotating()  # before the file is opened

    @event.listens_for(engine, "connect")
    def _unlock(dbapi_conn: DBAPIConnection, record: ConnectionPoolEntry) -> None:
        with OPEN_LOCK:
            apply_key(dbapi_conn, state.hex)
            record.info["key_generation"] = state.generation
        state.records.add(record)

    @event.listens_for(engine, "checkout")
    def _gate(dbapi_conn: DBAPIConnection, record: ConnectionPoolEntry, _proxy: PoolProxiedConnection) -> None:
        from sqlalchemy.exc import DisconnectionError

        if state.rotating:  # a pooled connection to the file being replaced: close it, wait, reopen
            with OPEN_LOCK:  # serialised with close_idle (sqlcipher closes are not safe side by side)
                dbapi_conn.close()
            state.wait_while_rotating()
            raise DisconnectionError("the data key was rotated")
        if record.info.get("key_generation") != state.generation:
            raise DisconnectionError("the data key was rotated")

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
