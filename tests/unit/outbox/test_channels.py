"""Channels: URLs are secrets (keychain, else inside the vault), never plaintext on disk."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from coachdesk.errors import InvalidInput, NotFound
from coachdesk.outbox import ChannelKind
from coachdesk.outbox.channels import Channels
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
