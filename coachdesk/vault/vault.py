"""The vault: an encrypted SQLCipher database plus its header, opened with a passphrase, the
recovery key or a raw key (quick unlock). Qt-free."""

from __future__ import annotations

import dataclasses
import hmac
import logging
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.errors import (
    NoVault,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    WrongPassphrase,
)
from coachdesk.paths import ensure_private_dir
from coachdesk.vault import header as header_mod
from coachdesk.vault import keys
from coachdesk.vault.engine import (
    SQLITE_CORRUPT,
    SQLITE_FULL,
    SQLITE_NOTADB,
    EngineKey,
    make_engine,
    sqlite_errorcode,
)
from coachdesk.vault.keys import key_check
from coachdesk.vault.layout import BACKUP_DIR, LOCK_NAME, VaultPaths  # noqa: F401 (re-exported)
from coachdesk.vault.lockfile import VaultLock
from coachdesk.vault.peek import DB_NAME, HEADER_NAME, is_demo_vault, vault_exists  # noqa: F401 (re-exported)

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from coachdesk.vault.rekey import Rotated
    from coachdesk.vault.store import Store

log = logging.getLogger(__name__)

def read_header(data_dir: Path) -> header_mod.Header:
    """The header of the vault in ``data_dir`` (an interrupted key rotation is settled first)."""
    paths = VaultPaths(Path(data_dir))
    if (paths.root / ".rekey").is_dir():
        from coachdesk.vault.rekey import recover_interrupted

        recover_interrupted(paths)  # a key rotation killed half-way: finish or discard it first
    if not paths.header.exists():
        if paths.db.exists():
            raise VaultDamaged("the header file vault.header.json is missing")
        raise NoVault(data_dir)
    if not paths.db.exists():
        raise VaultDamaged("the database file vault.db is missing")
    _check_database_file(paths)
    return header_mod.read(paths.header)


def _check_database_file(paths: VaultPaths) -> None:
    """Refuse a database that is no file, or empty with no journal beside it, before SQLCipher
    sees it: SQLCipher would make a new database of an empty file (it grows to 4,096 bytes)."""
    if not paths.db.is_file():
        raise VaultDamaged("vault.db is not a file")
    if paths.db.stat().st_size == 0:
        wal = paths.sidecars()[0]
        if not (wal.is_file() and wal.stat().st_size > 0):  # a fresh vault may live in its WAL only
            raise VaultDamaged("the database file vault.db is empty")


def unlock_with_passphrase(data_dir: Path, passphrase: str) -> bytearray:
    """Derive (slow: Argon2id) and unwrap the data key; WrongPassphrase when it does not fit."""
    hdr = read_header(data_dir)
    wrapping = keys.derive_passphrase_key(passphrase, hdr.kdf)
    data_key = keys.unwrap(wrapping, hdr.passphrase_wrap, hdr.passphrase_aad())
    if data_key is None:
        raise WrongPassphrase()
    return data_key


def unlock_with_recovery_key(data_dir: Path, recovery_key: str) -> bytearray:
    """Unwrap the data key with the recovery key; WrongPassphrase when it does not fit."""
    hdr = read_header(data_dir)
    if not keys.normalize_recovery_key(recovery_key).isascii():  # never a recovery key (Crockford base32)
        raise WrongPassphrase("recovery key")
    data_key = header_mod.unwrap_recovery(hdr, recovery_key)
    if data_key is None:
        raise WrongPassphrase("recovery key")
    return data_key


class Vault:
    """An open (unlocked) vault. Close it to dispose the engine and wipe the key."""

    def __init__(self, data_dir: Path, data_key: bytearray, hdr: header_mod.Header, lock: VaultLock) -> None:
        self.paths = VaultPaths(Path(data_dir))
        self.header = hdr
        self._key: bytearray | None = data_key
        self._lock = lock
        self._engine: Engine | None = None
        self._engine_key: EngineKey | None = None
        self._store: Store | None = None

    # ----- creating and opening -------------------------------------------------------------
    @classmethod
    def create(
        cls, data_dir: Path, passphrase: str, *, kdf: keys.KdfParams | None = None, demo: bool = False,
        lock: VaultLock | None = None,
    ) -> tuple[Vault, str]:
        """A new, empty vault; returns it open and the recovery key (to show once). ``demo`` marks
        a disposable vault of synthetic cases (the app may show its passphrase). ``lock``: the
        folder's lock, already held by the caller (it becomes the vault's)."""
        from coachdesk.vault import migrate

        if not passphrase:
            from coachdesk.errors import InvalidInput

            raise InvalidInput("The passphrase must not be empty.")
        data_dir = Path(data_dir)
        created = [p for p in [data_dir, *data_dir.parents] if not p.exists()]  # deepest first
        if vault_exists(data_dir):
            raise VaultExists(data_dir)
        paths = VaultPaths(data_dir)
        lock_is_new = not paths.lock.exists()
        vault: Vault | None = None
        try:
            ensure_private_dir(data_dir)
            lock = lock if lock is not None and lock.held else VaultLock(paths.lock).acquire()
            data_key = keys.new_data_key()
            recovery_key = keys.new_recovery_key()
            hdr = header_mod.new_header(data_key, passphrase, recovery_key, kdf or keys.calibrate_kdf())
            hdr.extra["key_check"] = key_check(data_key)
            if demo:
                hdr.extra["demo"] = True
            vault = cls(data_dir, data_key, hdr, lock)
            migrate.upgrade(vault.engine)
            header_mod.write(paths.header, hdr)
        except BaseException as err:
            if vault is not None and vault._engine is not None:
                vault._engine.dispose()
            if lock is not None:
                lock.release()
            _remove_what_create_made(paths, created, lock_is_new)
            if sqlite_errorcode(err) == SQLITE_FULL:
                from coachdesk.errors import DiskFull

                raise DiskFull() from err
            raise
        vault._harden_permissions()
        log.info("vault created")
        return vault, recovery_key

    @classmethod
    def open(cls, data_dir: Path, passphrase: str, *, quick_check: bool = True) -> Vault:
        """Open with the passphrase (runs the KDF: call it off the UI thread)."""
        return cls.open_with_key(data_dir, unlock_with_passphrase(data_dir, passphrase), quick_check=quick_check)

    @classmethod
    def open_with_key(cls, data_dir: Path, data_key: bytearray, *, quick_check: bool = True) -> Vault:
        """Open with the raw data key (from the KDF, the recovery key or the OS keychain).

        ``quick_check=False`` skips ``PRAGMA quick_check`` (about 50 ms per 1,000 notes) so an app
        can show the workspace at once and run :meth:`quick_check` in the background."""
        from coachdesk.vault import migrate

        data_dir = Path(data_dir)
        hdr = read_header(data_dir)
        expected = hdr.extra.get("key_check")
        if expected and not hmac.compare_digest(expected, key_check(data_key)):
            raise WrongPassphrase("key")
        lock = VaultLock(VaultPaths(data_dir).lock).acquire()
        vault = cls(data_dir, data_key, hdr, lock)
        try:
            engine = vault.engine
            revision = migrate.current_revision(engine)
            if revision is None:
                raise VaultDamaged("the database holds no CoachDesk schema")
            if migrate.needs_upgrade(revision):
                from coachdesk.vault.backup import backup_before_migration

                backup_before_migration(vault, revision)
                migrate.upgrade(engine)
            if quick_check:
                vault.quick_check()
        except BaseException as err:
            vault.close()
            code = sqlite_errorcode(err)
            if code in (SQLITE_NOTADB, SQLITE_CORRUPT):
                raise VaultDamaged("the database cannot be decrypted or read") from err
            raise
        vault._harden_permissions()
        return vault

    # ----- state ---------------------------------------------------------------------------
    @property
    def is_demo(self) -> bool:
        """A demo vault (synthetic cases)."""
        return bool(self.header.extra.get("demo"))

    @property
    def is_open(self) -> bool:
        """The vault is unlocked (its key is in memory)."""
        return self._key is not None

    @property
    def data_key(self) -> bytes:
        """A copy of the raw data key (VaultLocked after close)."""
        if self._key is None:
            raise VaultLocked()
        return bytes(self._key)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made on first use (VaultLocked after close)."""
        if self._key is None:
            raise VaultLocked()
        if self._engine is None:
            self._engine_key = EngineKey(self._key)
            self._engine = make_engine(self.paths.db, self._engine_key)
        return self._engine

    @property
    def store(self) -> Store:
        """The Store over this vault's engine."""
        if self._store is None:
            from coachdesk.vault.store import Store

            self._store = Store(self.engine)
        return self._store

    def close(self) -> None:
        """Lock: dispose every connection, wipe the key, release the folder lock."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self._engine_key is not None:
            self._engine_key.wipe()
            self._engine_key = None
        self._store = None
        keys.wipe(self._key)
        self._key = None
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- keys ------------------------------------------------------------------------------
    # Every change of secret rotates the data key (vault/rekey.py): the database is re-encrypted,
    # so header copies from before (in older backups) open nothing written afterwards.
    def change_passphrase(self, old: str, new: str, *, kdf: keys.KdfParams | None = None) -> Rotated:
        """Re-encrypt under a new data key wrapped by ``new`` (the ``old`` passphrase must fit)."""
        self._check_passphrase(old)
        return self._rotate(new, kdf)

    def reset_passphrase(
        self, new: str, *, kdf: keys.KdfParams | None = None, recovery_key: str | None = None
    ) -> Rotated:
        """As :meth:`change_passphrase`; the caller proved knowledge of the key (recovery key,
        given as ``recovery_key`` so it keeps working)."""
        return self._rotate(new, kdf, recovery_key=recovery_key)

    def replace_recovery_key(self, passphrase: str) -> Rotated:
        """Replace the recovery key (the old one stops working) and rotate the data key; the
        passphrase must fit and stays. The new recovery key is ``issued_recovery_key`` (show once)."""
        self._check_passphrase(passphrase)
        fresh_salt = dataclasses.replace(self.header.kdf, salt=keys.b64e(os.urandom(16)))
        return self._rotate(passphrase, fresh_salt, issue_recovery_key=True)

    def new_recovery_key(self, passphrase: str) -> str:
        """:meth:`replace_recovery_key`, returning only the new recovery key."""
        rotated = self.replace_recovery_key(passphrase)
        keys.wipe(rotated.old_key)
        assert rotated.issued_recovery_key is not None
        return rotated.issued_recovery_key

    def _check_passphrase(self, passphrase: str) -> None:
        key = unlock_with_passphrase(self.paths.root, passphrase)
        try:
            if not hmac.compare_digest(bytes(key), self.data_key):
                raise WrongPassphrase()
        finally:
            keys.wipe(key)

    def _rotate(self, new: str, kdf: keys.KdfParams | None, **how: object) -> Rotated:
        from coachdesk.vault.rekey import rotate

        if not new:
            from coachdesk.errors import InvalidInput

            raise InvalidInput("The new passphrase must not be empty.")
        params = kdf or keys.calibrate_kdf(memory_kib=self.header.kdf.memory_kib)
        return rotate(self, new, params, **how)  # type: ignore[arg-type]

    def _adopt_key(self, new_key: bytearray, hdr: header_mod.Header) -> None:
        """After a rotation: the new key for every connection opened from now on."""
        keys.wipe(self._key)
        self._key = new_key
        self.header = hdr

    # ----- integrity ---------------------------------------------------------------------------
    def quick_check(self) -> None:
        """PRAGMA quick_check; VaultDamaged when the database is damaged."""
        from sqlalchemy import text
        from sqlalchemy.exc import DBAPIError

        try:
            with self.engine.connect() as conn:
                result = conn.execute(text("PRAGMA quick_check")).scalar()
        except DBAPIError as err:
            raise VaultDamaged("the database failed its integrity check") from err
        if result != "ok":
            raise VaultDamaged("the database failed its integrity check")

    def check(self) -> list[str]:
        """Full checks; returns the problems found (empty when sound)."""
        from coachdesk.vault.check import full_check

        return full_check(self)

    def _harden_permissions(self) -> None:
        if os.name != "posix":
            return
        for path in [self.paths.db, self.paths.header, self.paths.lock, *self.paths.sidecars()]:
            if path.exists():
                os.chmod(path, 0o600)


def _remove_what_create_made(paths: VaultPaths, created: list[Path], lock_is_new: bool) -> None:
    """After a failed create: the database, header and (when new) lock file, and the folders that
    did not exist before, if they are empty; nothing that was there before is touched."""
    for leftover in [paths.db, *paths.sidecars(), paths.header]:
        leftover.unlink(missing_ok=True)
    if lock_is_new:
        paths.lock.unlink(missing_ok=True)
    for folder in created:
        try:
            folder.rmdir()
        except OSError:
            break  # not empty (or not ours to remove): stop there


def remove_vault_files(data_dir: Path) -> None:
    """Delete a vault's files (used only for the disposable demo vault)."""
    paths = VaultPaths(Path(data_dir))
    for path in [paths.db, paths.header, *paths.sidecars()]:
        path.unlink(missing_ok=True)
    if paths.backups.exists():
        shutil.rmtree(paths.backups)

