"""The OS keychain (Secret Service, Keychain, Credential Manager) through ``keyring``: the data key
for optional quick unlock, and other secrets such as webhook URLs. Any keychain failure becomes
KeychainUnavailable: the caller asks for the passphrase (or keeps the secret inside the vault).
There is never a plaintext fallback."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coachdesk.errors import KeychainUnavailable

if TYPE_CHECKING:
    from types import ModuleType

SERVICE = "CoachDesk"
# fail/null do nothing; keyrings.alt's file backends keep secrets in a plain file: never use them.
_REFUSED = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _backend_name(backend: object) -> str:
    return type(backend).__module__ + "." + type(backend).__name__


def _keyring() -> tuple[ModuleType, type[Exception]]:
    """keyring and its error class, or KeychainUnavailable when no secure backend is active."""
    import keyring
    from keyring.errors import KeyringError

    backend = keyring.get_keyring()
    names = [_backend_name(backend)] + [_backend_name(b) for b in getattr(backend, "backends", ())]
    if names[0].startswith(_REFUSED) or any(n.startswith("keyrings.alt") for n in names[1:]):
        raise KeychainUnavailable("no secure system keychain found")
    return keyring, KeyringError


def set_secret(account: str, value: str) -> None:
    """Keep ``value`` in the system keychain under ``account``; KeychainUnavailable otherwise."""
    keyring, KeyringError = _keyring()
    try:
        keyring.set_password(SERVICE, account, value)
    except KeyringError as err:
        raise KeychainUnavailable(type(err).__name__) from err


def get_secret(account: str) -> str | None:
    """The stored secret, None when there is none; KeychainUnavailable when it cannot be read."""
    keyring, KeyringError = _keyring()
    try:
        return keyring.get_password(SERVICE, account)
    except KeyringError as err:
        raise KeychainUnavailable(type(err).__name__) from err


def delete_secret(account: str) -> None:
    """Forget a secret; forgetting one that is not there is fine."""
    keyring, KeyringError = _keyring()
    try:
        keyring.delete_password(SERVICE, account)
    except keyring.errors.PasswordDeleteError:
        pass
    except KeyringError as err:
        raise KeychainUnavailable(type(err).__name__) from err


def _account(vault_id: str) -> str:
    return f"vault-key:{vault_id}"


def store_key(vault_id: str, data_key: bytes) -> None:
    """Keep the vault's data key in the keychain for quick unlock."""
    set_secret(_account(vault_id), bytes(data_key).hex())


def load_key(vault_id: str) -> bytearray | None:
    """The stored key, None when quick unlock is not set up; KeychainUnavailable on failure."""
    value = get_secret(_account(vault_id))
    if not value:
        return None
    try:
        return bytearray(bytes.fromhex(value))
    except ValueError:
        return None


def forget_key(vault_id: str) -> None:
    """Remove the vault's data key from the keychain."""
    delete_secret(_account(vault_id))


def has_key(vault_id: str) -> bool:
    """Quick unlock is set up for the vault (False when the keychain cannot say)."""
    try:
        return load_key(vault_id) is not None
    except KeychainUnavailable:
        return False
