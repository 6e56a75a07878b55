"""Webhook URLs are secrets: kept in the OS keychain (``keyring``) when one is available, else
inside the encrypted vault (``store.set_setting``). Never in a plaintext file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coachdesk.errors import KeychainUnavailable
from coachdesk.vault import keychain

if TYPE_CHECKING:
    from coachdesk.vault.store import Store

KEYCHAIN = "keychain"
VAULT = "vault"


def _account(secret_ref: str) -> str:
    return f"webhook:{secret_ref}"


def _setting_key(secret_ref: str) -> str:
    return f"outbox.webhook.{secret_ref}"


def save_url(store: Store, secret_ref: str, url: str, *, prefer_keychain: bool = True) -> str:
    """Store ``url``; returns where it went ("keychain" or "vault")."""
    if prefer_keychain:
        try:
            keychain.set_secret(_account(secret_ref), url)
            return KEYCHAIN
        except KeychainUnavailable:
            pass
    store.set_setting(_setting_key(secret_ref), url)
    return VAULT


def load_url(store: Store, secret_ref: str, where: str) -> str | None:
    """The stored URL, None when missing; KeychainUnavailable when the keychain cannot be read."""
    if where == VAULT:
        return store.get_setting(_setting_key(secret_ref))
    return keychain.get_secret(_account(secret_ref))


def delete_url(store: Store, secret_ref: str, where: str) -> None:
    """Delete a channel's secret from where it is kept (keychain or vault)."""
    if where == VAULT:
        store.set_setting(_setting_key(secret_ref), None)
        return
    keychain.delete_secret(_account(secret_ref))
