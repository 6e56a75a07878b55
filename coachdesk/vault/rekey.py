"""Rotating the data key: a passphrase change (or recovery, or a new recovery key) re-encrypts the
whole database under a NEW random key, so a header copy from before (say, inside an older backup)
opens nothing written afterwards.

Steps, under the vault's folder lock and with the engine's connections closed and gated:
1. ``sqlcipher_export`` into ``.rekey/vault.db`` with the new key (a fresh file);
2. verify it: SQLCipher and SQLite integrity checks, schema version and every table's row count
   equal to the live database;
3. the new header (new key wrapped by the passphrase and sealed for the recovery key) beside it;
4. the old database's WAL checkpointed to empty; then ``.rekey/READY`` (fsync) -- the commit point;
5. roll forward: the new database, then the new header, renamed over the old ones; ``.rekey`` removed.

A kill -9 before READY leaves the old vault untouched (the staging folder is discarded at the next
open); after READY the next open finishes the renames. Either way the vault opens with the old or
the new passphrase and holds every acknowledged write (no write can happen while the key rotates).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.errors import VaultBusy, VaultDamaged, VaultInUse
from coachdesk.fileio import fsync_dir, write_private_atomic
from coachdesk.vault import header as header_mod
from coachdesk.vault import keys
from coachdesk.vault.engine import OPEN_LOCK
from coachdesk.vault.layout import VaultPaths
from coachdesk.vault.peek import DB_NAME, HEADER_NAME

if TYPE_CHECKING:
    from coachdesk.vault.engine import EngineKey
    from coachdesk.vault.vault import Vault

log = logging.getLogger(__name__)

STAGING = ".rekey"
READY = "READY"
QUIESCE_TIMEOUT_S = 10.0


def _reached(step: str) -> None:
    """A named point in the rotation; the kill -9 tests replace this to die exactly there."""


@dataclass
class Rotated:
    """What a rotation changed. ``old_key`` (wipe it after use) re-encrypts backups made with it."""

    old_key: bytearray
    old_key_check: str
    issued_recovery_key: str | None  # a new recovery key to show once (see :func:`rotate`)


def rotate(
    vault: Vault,
    passphrase: str,
    kdf: keys.KdfParams,
    *,
    recovery_key: str | None = None,
    issue_recovery_key: bool = False,
) -> Rotated:
    """Re-encrypt ``vault`` under a new data key wrapped by ``passphrase``.

    The recovery wrap: with ``recovery_key`` given (the ``recover`` flow) it is sealed for that key;
    with ``issue_recovery_key`` a new recovery key is made; otherwise the new key is sealed for the
    recovery key's public key in the header. A version-1 header has none: a new recovery key is
    issued (the old one could only unwrap the old data key, which no longer opens anything)."""
    old_key = bytearray(vault.data_key)
    new_key = keys.new_data_key()
    old_hdr = header_mod.read(vault.paths.header)
    hdr = dataclasses.replace(old_hdr, extra=dict(old_hdr.extra))
    header_mod.rewrap_passphrase(hdr, new_key, passphrase, kdf)
    issued = None
    if recovery_key is not None:
        header_mod.rewrap_recovery(hdr, new_key, recovery_key)
    elif issue_recovery_key or not hdr.can_seal_for_recovery:
        issued = keys.new_recovery_key()
        header_mod.rewrap_recovery(hdr, new_key, issued)
    else:
        header_mod.seal_for_recovery(hdr, new_key)
    hdr.extra["key_check"] = keys.key_check(new_key)
    quick_unlock = _quick_unlock_set(hdr.vault_id)
    start = time.perf_counter()
    with _quiesced(vault) as state:
        staging = _stage(vault.paths, old_key, new_key, hdr)
        with OPEN_LOCK:  # nothing in this process opens the database until the new file is in place
            try:
                if any(side.exists() for side in vault.paths.sidecars() if side.name.endswith("-wal")):
                    raise VaultBusy()  # a connection is still open to the old file (SQLite keeps its WAL)
                write_private_atomic(staging / READY, b"coachdesk key rotation: roll forward\n")
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            _reached("ready")
            if quick_unlock:  # never leave a stale key in the keychain, even if we die right here
                _keychain_call("forget_key", hdr.vault_id)
            finish_pending(vault.paths.root)
            if state is not None:
                state.adopt(new_key)  # for the connections opened once the gate opens
        _reached("swapped")
        vault._adopt_key(new_key, hdr)
    if quick_unlock:
        _keychain_call("store_key", hdr.vault_id, vault.data_key)
    log.info("data key rotated in %.2f s", time.perf_counter() - start)
    return Rotated(old_key, old_hdr.extra.get("key_check", ""), issued)


def _stage(paths: VaultPaths, old_key: bytes | bytearray, new_key: bytes | bytearray, hdr: header_mod.Header) -> Path:
    """Steps 1-3: the verified new database and its header in ``.rekey`` (not yet READY)."""
    from coachdesk.vault.engine import export_copy

    finish_pending(paths.root)
    staging = paths.root / STAGING
    staging.mkdir(mode=0o700)
    try:
        export_copy(paths.db, old_key, staging / DB_NAME, new_key)
        _reached("exported")
        verify_copy(paths.db, old_key, staging / DB_NAME, new_key)
        _fsync_file(staging / DB_NAME)
        write_private_atomic(staging / HEADER_NAME, header_mod.dumps(hdr))
        _reached("staged")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def finish_pending(root: Path) -> str | None:
    """Complete or discard an interrupted rotation (the caller holds the folder lock).
    Returns "completed", "discarded" or None (nothing pending)."""
    paths = VaultPaths(Path(root))
    staging = paths.root / STAGING
    if not staging.is_dir():
        return None
    if not (staging / READY).is_file():
        shutil.rmtree(staging)
        fsync_dir(paths.root)
        log.info("an interrupted key rotation was discarded; the vault keeps its key")
        return "discarded"
    if (staging / DB_NAME).exists():
        for side in paths.sidecars():  # the old database's (empty) WAL and its index
            side.unlink(missing_ok=True)
        os.replace(staging / DB_NAME, paths.db)
        fsync_dir(paths.root)
        _reached("db-replaced")
    if (staging / HEADER_NAME).exists():
        os.replace(staging / HEADER_NAME, paths.header)
        fsync_dir(paths.root)
    shutil.rmtree(staging)
    fsync_dir(paths.root)
    return "completed"


def recover_interrupted(paths: VaultPaths) -> None:
    """At open: finish an interrupted rotation if nobody holds the vault (else leave it)."""
    from coachdesk.vault.lockfile import VaultLock

    if not (paths.root / STAGING).is_dir():
        return
    try:
        lock = VaultLock(paths.lock).acquire()
    except (VaultInUse, OSError):
        return
    try:
        finish_pending(paths.root)
    finally:
        lock.release()


def verify_copy(src_db: Path, src_key: bytes | bytearray, dest_db: Path, dest_key: bytes | bytearray) -> None:
    """The copy opens with ``dest_key``, passes SQLCipher's and SQLite's integrity checks and
    holds the same schema version and the same number of rows in every table."""
    import sqlcipher3.dbapi2 as dbapi

    from coachdesk.vault.engine import connect_raw

    copy = dbapi.connect(f"file:{dest_db}?mode=ro", uri=True, check_same_thread=False)
    src = connect_raw(src_db, src_key)
    try:
        copy.execute("PRAGMA cipher_log_level = NONE")
        copy.execute(f"PRAGMA key = \"x'{bytes(dest_key).hex()}'\"")
        if copy.execute("PRAGMA cipher_integrity_check").fetchall():
            raise VaultDamaged("the re-encrypted copy fails SQLCipher's integrity check")
        if copy.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise VaultDamaged("the re-encrypted copy fails its integrity check")
        for pragma in ("PRAGMA user_version",):
            if copy.execute(pragma).fetchone() != src.execute(pragma).fetchone():
                raise VaultDamaged("the re-encrypted copy has another schema version")
        listing = "SELECT name, sql LIKE 'CREATE VIRTUAL%' FROM sqlite_master WHERE type = 'table' ORDER BY name"
        tables = src.execute(listing).fetchall()
        if copy.execute(listing).fetchall() != tables:
            raise VaultDamaged("the re-encrypted copy has other tables")
        for name, virtual in tables:
            if virtual:
                continue  # full-text tables: their rows live in the shadow tables counted here

            quoted = '"' + name.replace('"', '""') + '"'
            count = f"SELECT count(*) FROM {quoted}"
            if copy.execute(count).fetchone() != src.execute(count).fetchone():
                raise VaultDamaged("the re-encrypted copy lost rows")
    finally:
        copy.close()
        src.close()


class _quiesced:
    """No connection of the vault's engine is open or handed out while the key rotates: in-use
    connections are waited for (up to QUIESCE_TIMEOUT_S), the pool is emptied, and threads that
    need a connection meanwhile wait (engine.EngineKey) and then get one with the new key."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def __enter__(self) -> EngineKey | None:
        engine, state = self.vault._engine, self.vault._engine_key
        if engine is None or state is None:
            return None
        from sqlalchemy.pool import QueuePool

        pool = engine.pool
        assert isinstance(pool, QueuePool)  # engine.make_engine's pool: it counts checkouts
        state.begin_rotation()
        deadline = time.monotonic() + QUIESCE_TIMEOUT_S
        while pool.checkedout() > state.waiters:
            if time.monotonic() > deadline:
                state.end_rotation()
                raise VaultBusy()
            time.sleep(0.02)
        state.close_idle()  # the same pool stays (a new one would lose count of older checkouts)
        return state

    def __exit__(self, *exc: object) -> None:
        state = self.vault._engine_key
        if state is not None:
            state.end_rotation()  # after a failure: the old key, which still opens the old file


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _quick_unlock_set(vault_id: str) -> bool:
    from coachdesk.vault import keychain

    return keychain.has_key(vault_id)


def _keychain_call(name: str, *args: object) -> None:
    from coachdesk.errors import KeychainUnavailable
    from coachdesk.vault import keychain

    try:
        getattr(keychain, name)(*args)
    except KeychainUnavailable as err:
        log.warning("quick unlock could not be updated after the key rotation: %s", type(err).__name__)
