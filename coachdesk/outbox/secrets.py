"""Webhook URLs are secrets: kept in the OS keychain (``keyring``) when one is available, else
inside the encrypted vault (``store.set_setting``). Never in a plaintext file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coachdesk.errors import KeychainUnavailable

if TYPE_CHECKING:
    from coachdesk.vault.store import Store

SERVICE = "CoachDesk"
KEYCHAIN = "keychain"
VAULT = "vault"


def _account(secret_ref: str) -> str:
    return f"webhook:{secret_ref}"


def _setting_key(secret_ref: str) -> str:
    return f"outbox.webhook.{secret_ref}"


def _backend_name(backend: object) -> str:
    return type(backend).__module__ + "." + type(backend).__name__


_REFUSED = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _keyring():
    """keyring and its error class, or KeychainUnavailable when no secure backend is active."""
    import keyring
    from keyring.errors import KeyringError

    backend = keyring.get_keyring()
    names = [_backend_name(backend)] + [_backend_name(b) for b in getattr(backend, "backends", ())]
    # keyrings.alt's file backends keep secrets in a file: never use them (nor fail/null).
    if names[0].startswith(_REFUSED) or any(n.startswith("keyrings.alt") for n in names[1:]):
        raise KeychainUnavailable("no secure system keychain found")
    return keyring, KeyringError


def save_url(store: Store, secret_ref: str, url: str, *, prefer_keychain: bool = True) -> str:
    """Store ``url``; returns where it went ("keychain" or "vault")."""
    if prefer_keychain:
        try:
            keyring, KeyringError = _keyring()
            try:
                keyring.set_password(SERVICE, _account(secret_ref), url)
            except KeyringError as err:
                raise KeychainUnavailable(type(err).__name__) from err
            return KEYCHAIN
        except KeychainUnavailable:
            pass
    store.set_setting(_setting_key(secret_ref), url)
    return VAULT


def load_url(store: Store, secret_ref: str, where: str) -> str | None:
    """The stored URL, None when missing; KeychainUnavailable when the keychain cannot be read."""
    if where == VAULT:
        return store.get_setting(_setting_key(secret_ref))
    keyring, KeyringError = _keyring()
    try:
        return keyring.get_password(SERVICE, _account(secret_ref))
    except KeyringError as err:
        raise KeychainUnavailable(type(err).__name__) from err


def delete_url(store: Store, secret_ref: str, where: str) -> None:
    if where == VAULT:
        store.set_setting(_setting_key(secret_ref), None)
        return
    keyring, KeyringError = _keyring()
    try:
        keyring.delete_password(SERVICE, _account(secret_ref))
    except keyring.errors.PasswordDeleteError:
        pass
    except KeyringError as err:
        raise KeychainUnavailable(type(err).__name__) from err
