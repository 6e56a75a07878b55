"""Editing a channel (Settings → Channels) is one change in place: the queued items keep their
channel, and a failure at any step (keychain, validation, name clash) leaves the old channel, its
secret URL and its sign-in setting exactly as they were."""

from __future__ import annotations

import pytest

from coachdesk.errors import InvalidInput
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.entra import EntraConfig, config_for
from coachdesk.outbox.outbox import Outcome, State
from coachdesk.outbox.sender import Sender
from tests.integration.outbox.test_entra import TENANT_URL
from tests.support.entra_support import CLIENT_ID, TENANT


def test_renamed_channel_keeps_its_queued_items(queue_one, store, http_server, clock):
    http_server.expect_request("/hook", method="POST").respond_with_data("")
    _request, item = queue_one("json", http_server.url_for("/hook"))
    channels = Channels(store)
    channels.replace(item.channel_name, "Uusi nimi", "json", http_server.url_for("/hook"))
    with Sender(store, clock=clock) as sender:
        (result,) = sender.flush()
    assert result.outcome is Outcome.DELIVERED and sender.outbox.get(item.id).state is State.SENT


class BrokenOnWrite:
    """A keychain that can be read but fails on the next write (a D-Bus hiccup)."""

    def __init__(self, backend):
        self.backend = backend

    def __enter__(self):
        self.original = self.backend.set_password

        def fail(*_args):
            raise RuntimeError("org.freedesktop.DBus.Error.NoReply")

        self.backend.set_password = fail
        return self

    def __exit__(self, *exc):
        self.backend.set_password = self.original


def _snapshot(store):
    channels = Channels(store)
    return [(c.id, c.name, c.kind, c.secret_ref, channels.url(c), c.options, config_for(store, c)) for c in channels.list()]


def test_a_failing_edit_changes_nothing(store, memory_keyring, local_webhooks):
    channels = Channels(store)
    channels.add("Tiimi", "teams", TENANT_URL, entra=EntraConfig(TENANT, CLIENT_ID))
    channels.add("Slack", "slack", "https://hooks.slack.com/services/T0123456/B0123456/abcdefghijklmnopqrstuvwx")
    before = _snapshot(store)
    secrets_before = dict(memory_keyring.store)
    with BrokenOnWrite(memory_keyring), pytest.raises(RuntimeError):
        channels.replace("Tiimi", "Tiimi", "teams", TENANT_URL, entra=EntraConfig(TENANT, CLIENT_ID))
    with pytest.raises(InvalidInput, match="already exists"):
        channels.replace("Tiimi", "Slack", "teams", TENANT_URL, entra=EntraConfig(TENANT, CLIENT_ID))
    with pytest.raises(InvalidInput):
        channels.replace("Tiimi", "Tiimi", "teams", TENANT_URL)  # no sig= and no sign-in: refused
    assert _snapshot(store) == before and memory_keyring.store == secrets_before
    edited = channels.replace("Tiimi", "Tiimi 2", "teams", TENANT_URL, entra=EntraConfig(TENANT, CLIENT_ID))
    assert edited.id == before[1][0] and config_for(store, edited) == before[1][6]
    assert len(memory_keyring.store) == len(secrets_before)  # the old secret is gone, the new one there
