"""Optional quick unlock: the data key kept in the OS keychain (Secret Service, Keychain, Credential
Manager) through ``keyring``. Any keychain failure becomes KeychainUnavailable: the caller asks
for the passphrase. There is never a plaintext fallback."""

from __future__ import annotations

from coachdesk.errors import KeychainUnavailable

SERVICE = "CoachDesk"


def _account(vault_id: str) -> str:
    return f"vault-key:{vault_id}"


def _keyring():
    import keyring
    from keyring.errors import KeyringError

    return keyring, KeyringError


def _check_backend(keyring) -> None:
    backend = keyring.get_keyring()
    name = type(backend).__module__ + "." + type(backend).__name__
    # keyrings.alt's file backends keep secrets in a file next to the vault: refuse them.
    if name.startswith(("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")):
        raise KeychainUnavailable("no secure system keychain found")


def store_key(vault_id: str, data_key: bytes) -> None:
    keyring, KeyringError = _keyring()
    try:
        _check_backend(keyring)
        keyring.set_password(SERVICE, _account(vault_id), bytes(data_key).hex())
    except KeyringError as err:
        raise KeychainUnavailable(type(err).__name__) from err


def load_key(vault_id: str) -> bytearray | None:
    """The stored key, None when quick unlock is not set up; KeychainUnavailable on failure."""
    keyring, KeyringError = _keyring()
    try:
        _check_backend(keyring)
        value = keyring.get_password(SERVICE, _account(vault_id))
    except KeyringError as err:
        raise KeychainUnavailable(type(err).__name__) from err
    if not value:
        return None
    try:
        return bytearray(bytes.fromhex(value))
    except ValueError:
        return None


def forget_key(vault_id: str) -> None:
    keyring, KeyringError = _keyring()
    try:
        keyring.delete_password(SERVICE, _account(vault_id))
    except keyring.errors.PasswordDeleteError:
        pass
    except KeyringError as err:
        raise KeychainUnavailable(type(err).__name__) from err


def has_key(vault_id: str) -> bool:
    try:
        return load_key(vault_id) is not None
    except KeychainUnavailable:
        return False
