"""Quick unlock through the keychain: stored key opens the vault; failures never fall back to
plaintext; a real Secret Service (gnome-keyring under dbus-run-session) in an integration test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from coachdesk.errors import KeychainUnavailable, WrongPassphrase
from coachdesk.vault import keychain
from coachdesk.vault.vault import Vault
from tests.conftest import REPO


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


SECRET_SERVICE_SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, {repo!r})
from tests.conftest import fast_kdf
import keyring
from coachdesk.vault import keychain
from coachdesk.vault.vault import Vault
backend = keyring.get_keyring()
assert "SecretService" in type(backend).__module__ + type(backend).__name__, backend
folder = Path({folder!r})
v, _ = Vault.create(folder, "pass phrase 1", kdf=fast_kdf())
vid = v.header.vault_id
keychain.store_key(vid, v.data_key)
v.close()
with Vault.open_with_key(folder, keychain.load_key(vid)) as again:
    assert again.check() == []
keychain.forget_key(vid)
assert keychain.load_key(vid) is None
print("secret-service-ok")
"""


@pytest.mark.integration
@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon (apt: dbus gnome-keyring)",
)
def test_real_secret_service_quick_unlock(tmp_path: Path):
    script = SECRET_SERVICE_SCRIPT.format(repo=str(REPO), folder=str(tmp_path / "v"))
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    proc = subprocess.run(
        ["timeout", "120", "dbus-run-session", "--", str(REPO / "tests/integration/keyring/with-secret-service.sh"),
         sys.executable, "-c", script],
        capture_output=True, text=True, env=env, timeout=150,
    )
    assert "secret-service-ok" in proc.stdout, proc.stdout + proc.stderr

