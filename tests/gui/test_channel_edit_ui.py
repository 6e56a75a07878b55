"""Settings → Channels: saving an edited channel changes it in place; a keychain failure while
saving keeps the old channel (it used to be removed first and then lost)."""

from __future__ import annotations

import pytest

from coachdesk.outbox.channels import Channels
from tests.gui.test_channels_page import _page
from tests.integration.outbox.test_channel_edit import BrokenOnWrite


def test_edit_that_fails_in_the_keychain_keeps_the_channel(qtbot, app_window, httpserver, memory_keyring):
    controller, _window = app_window
    channels = Channels(controller.session.store)
    old = channels.add("Tiimi", "json", httpserver.url_for("/hook"))
    _dialog, page = _page(qtbot, controller)
    assert page.editing == "Tiimi"
    page.name_edit.setText("Työnohjaus")
    page.url_edit.setText(httpserver.url_for("/new-hook"))
    with BrokenOnWrite(memory_keyring), pytest.raises(RuntimeError):
        page.save_channel()
    (kept,) = channels.list()
    assert (kept.id, kept.name, channels.url(kept)) == (old.id, "Tiimi", httpserver.url_for("/hook"))
    assert page.save_channel()  # the keychain works again: the same channel, renamed, new URL
    (edited,) = channels.list()
    assert (edited.id, edited.name, channels.url(edited)) == (old.id, "Työnohjaus", httpserver.url_for("/new-hook"))
