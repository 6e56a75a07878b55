"""Quick unlock through the keychain: stored key opens the vault; failures never fall back to
plaintext (the real Secret Service: tests/integration/keyring/test_secret_service.py)."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from coachdesk.errors import KeychainUnavailable, WrongPassphrase
from coachdesk.vault import keychain
from coachdesk.vault.vault import Vault


def test_quick_unlock_roundtrip(memory_keyring, vault: Vault, data_dir: Path):
    vault_id = vault.header.vault_id
    keychain.store_key(vault_id, vault.data_key)
    assert keychain.has_key(vault_id)
    vault.close()
    key = keychain.load_key(vault_id)
    with Vault.open_with_key(data_dir, key) as v:
        assert v.store.list_cases() == []
    keychain.forget_key(vault_id)
    assert keychain.load_key(vault_id) is None
    keychain.forget_key(vault_id)  # forgetting twice is fine


def test_stale_keychain_key_is_refused(memory_keyring, vault: Vault, data_dir: Path):
    vault.close()
    keychain.store_key("x", os.urandom(32))
    with pytest.raises(WrongPassphrase):
        Vault.open_with_key(data_dir, keychain.load_key("x"))


def test_no_keychain_raises_clear_error_and_writes_nothing(tmp_path: Path, vault: Vault):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        before = {p for p in tmp_path.rglob("*")}
        with pytest.raises(KeychainUnavailable, match="passphrase"):
            keychain.store_key(vault.header.vault_id, vault.data_key)
        with pytest.raises(KeychainUnavailable):
            keychain.load_key(vault.header.vault_id)
        assert not keychain.has_key(vault.header.vault_id)
        assert {p for p in tmp_path.rglob("*")} == before
    finally:
        keyring.set_keyring(previous)


def test_plaintext_file_backends_are_refused(memory_keyring, vault: Vault):
    class FakeAltBackend(type(memory_keyring)):
        pass

    FakeAltBackend.__module__ = "keyrings.alt.file"
    keyring.set_keyring(FakeAltBackend())
    with pytest.raises(KeychainUnavailable):
        keychain.store_key(vault.header.vault_id, vault.data_key)
