"""Channels: URLs are secrets (keychain, else inside the vault), never plaintext on disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from coachdesk.errors import InvalidInput, NotFound
from coachdesk.outbox import ChannelKind
from coachdesk.outbox.channels import Channels
from tests.conftest import REPO
from tests.support.delivery import GOOD_URLS


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _disk_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_url_goes_to_the_keychain_when_there_is_one(vault, data_dir, memory_keyring):
    channels = Channels(vault.store)
    ch = channels.add("Tiimi", "slack", GOOD_URLS["slack"])
    assert ch.secret_store == "keychain" and ch.kind is ChannelKind.SLACK and ch.host == "hooks.slack.com"
    assert GOOD_URLS["slack"] in memory_keyring.store.values()
    assert channels.url(ch) == GOOD_URLS["slack"]
    assert vault.store.get_setting(f"outbox.webhook.{ch.secret_ref}") is None
    channels.remove("Tiimi")
    assert memory_keyring.store == {}
    with pytest.raises(NotFound):
        channels.get("Tiimi")


def test_without_keychain_the_url_stays_inside_the_encrypted_vault(vault, data_dir, no_keyring):
    channels = Channels(vault.store)
    ch = channels.add("Teams-kanava", "teams", GOOD_URLS["teams"])
    assert ch.secret_store == "vault"
    assert channels.url(ch) == GOOD_URLS["teams"]
    secret = GOOD_URLS["teams"].split("sig=")[1].encode()
    vault.close()
    disk = _disk_bytes(data_dir)
    assert secret not in disk and b"powerplatform.com" not in disk


def test_prefer_vault_even_with_keychain(vault, memory_keyring):
    ch = Channels(vault.store).add("x", "json", GOOD_URLS["json"], prefer_keychain=False)
    assert ch.secret_store == "vault" and memory_keyring.store == {}


def test_names_kinds_and_duplicates(vault, memory_keyring):
    channels = Channels(vault.store)
    channels.add("  Työnohjaus   ryhmä ", "discord", GOOD_URLS["discord"])
    assert [c.name for c in channels.list()] == ["Työnohjaus ryhmä"]
    with pytest.raises(InvalidInput, match="already exists"):
        channels.add("Työnohjaus ryhmä", "slack", GOOD_URLS["slack"])
    with pytest.raises(InvalidInput):
        channels.add("", "slack", GOOD_URLS["slack"])
    with pytest.raises(ValueError):
        channels.add("y", "icq", GOOD_URLS["slack"])
    with pytest.raises(InvalidInput, match="retired"):
        channels.add("old", "teams", "https://contoso.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d")
    assert len(memory_keyring.store) == 1  # nothing stored for the refused ones


def test_missing_secret_is_a_clear_error(vault, memory_keyring):
    channels = Channels(vault.store)
    ch = channels.add("x", "slack", GOOD_URLS["slack"])
    memory_keyring.store.clear()
    with pytest.raises(NotFound, match="missing"):
        channels.url(ch)


SECRET_SERVICE_SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, {repo!r})
from tests.conftest import fast_kdf
import keyring
from coachdesk.outbox.channels import Channels
from coachdesk.vault.vault import Vault
backend = keyring.get_keyring()
assert "SecretService" in type(backend).__module__ + type(backend).__name__, backend
url = {url!r}
folder = Path({folder!r})
v, _ = Vault.create(folder, "pass phrase 1", kdf=fast_kdf())
ch = Channels(v.store).add("Tiimi", "slack", url)
assert ch.secret_store == "keychain", ch
v.close()
disk = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
assert url.rsplit("/", 1)[1].encode() not in disk
with Vault.open(folder, "pass phrase 1") as again:
    channels = Channels(again.store)
    assert channels.url(channels.get("Tiimi")) == url
    channels.remove("Tiimi")
assert keyring.get_password("CoachDesk", "webhook:" + ch.secret_ref) is None
print("secret-service-ok")
"""


@pytest.mark.integration
@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon (apt: dbus gnome-keyring)",
)
def test_webhook_url_in_a_real_secret_service(tmp_path: Path):
    script = SECRET_SERVICE_SCRIPT.format(repo=str(REPO), url=GOOD_URLS["slack"], folder=str(tmp_path / "v"))
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    proc = subprocess.run(
        ["timeout", "120", "dbus-run-session", "--", str(REPO / "tests/integration/keyring/with-secret-service.sh"),
         sys.executable, "-c", script],
        capture_output=True, text=True, env=env, timeout=150,
    )
    assert "secret-service-ok" in proc.stdout, proc.stdout + proc.stderr
