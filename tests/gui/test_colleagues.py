"""Colleagues (optional): managed in Settings, suggested in the composer for an @mention that goes
out in the Teams card exactly as previewed."""

from __future__ import annotations

import json

from coachdesk.app.compose.colleagues_page import ColleaguesPage
from coachdesk.outbox.colleagues import list_colleagues
from tests.gui.conftest import add_channel, open_composer


def test_colleague_managed_in_settings_and_mentioned_in_a_teams_card(qtbot, app_window, httpserver):
    controller, window = app_window
    store = controller.session.store
    settings = controller.open_settings()
    qtbot.addWidget(settings)
    page = settings.page(ColleaguesPage)
    page.new_colleague()
    page.name_edit.setText("Maija Mentori")
    page.tags_edit.setText("työkokeilu, uupumus")
    page.upn_edit.setText("not an upn")
    assert not page.save_colleague() and "UPN" in page.message.text()
    page.upn_edit.setText("maija.mentori@example.fi")
    assert page.save_colleague()
    assert [c.name for c in list_colleagues(store)] == ["Maija Mentori"]
    settings.accept()
    httpserver.expect_request("/teams", method="POST").respond_with_data("", status=202)
    add_channel(store, httpserver.url_for("/teams"), name="Teams", kind="teams")
    dialog = open_composer(qtbot, window)  # topic "masennus, työkokeilu" matches the tag
    assert [c.name for _box, c in dialog.mention_checks] == ["Maija Mentori"]
    dialog.set_field("question", "Miten tukisin paluuta työkokeiluun?")
    dialog.mention_checks[0][0].setChecked(True)
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    for question in list(dialog.result.questions):
        dialog.answer(question.key)
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    assert dialog.can_send(), (dialog.status_text(), dialog.problem)
    previewed = dialog.shown_payload()
    card = json.loads(previewed)["attachments"][0]["content"]
    assert card["msteams"]["entities"][0]["mentioned"]["id"] == "maija.mentori@example.fi"
    assert "<at>Maija Mentori</at>" in dialog.outgoing_view.toPlainText()
    assert dialog.send()
    page = window.workspace.requests
    qtbot.waitUntil(lambda: page.current_state() == "sent", timeout=10000)
    assert httpserver.log[0][0].get_data() == previewed


def test_every_platform_id_in_settings_and_who_is_notified_in_the_preview(qtbot, app_window, httpserver):
    """A Google Chat channel: the colleague with a Google Chat id is notified, the other one is only
    named; a long question goes out as several posts, every one exactly as previewed."""
    from coachdesk.outbox.colleagues import add_colleague

    controller, window = app_window
    store = controller.session.store
    settings = controller.open_settings()
    qtbot.addWidget(settings)
    page = settings.page(ColleaguesPage)
    page.new_colleague()
    page.name_edit.setText("Maija Mentori")
    page.tags_edit.setText("työkokeilu")
    page.googlechat_edit.setText("maija@example.fi")
    assert not page.save_colleague() and "Google Chat user id" in page.message.text()
    page.googlechat_edit.setText("112233445566778899")
    page.mattermost_edit.setText("@Maija.Mentori")
    page.discord_edit.setText("123456789012345678")
    assert page.save_colleague()
    (maija,) = list_colleagues(store)
    assert (maija.googlechat_id, maija.mattermost_username, maija.discord_id) == (
        "users/112233445566778899", "maija.mentori", "123456789012345678")
    page._edit_current()
    assert page.googlechat_edit.text() == "users/112233445566778899"
    settings.accept()
    add_colleague(store, type(maija)("Pekka", ["työkokeilu"], slack_id="U012ABCDEF"))
    httpserver.expect_request("/chat", method="POST").respond_with_data('{"name": "spaces/x/messages/y"}')
    add_channel(store, httpserver.url_for("/chat"), name="Chat", kind="googlechat")
    dialog = open_composer(qtbot, window)
    dialog.set_field("question", "Miten tukisin paluuta työkokeiluun?")
    dialog.set_field("situation", "Asiakas kertoo väsymyksestä ja unettomuudesta työkokeilun alussa. " * 90)
    for box, _colleague in dialog.mention_checks:
        box.setChecked(True)
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    for question in list(dialog.result.questions):
        dialog.answer(question.key)
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    assert dialog.can_send(), (dialog.status_text(), dialog.problem)
    shown = dialog.shown_parts()
    assert len(shown) == 2 and "(2 messages, in this order)" in dialog.outgoing_title.text()
    note = dialog.notify_label.text()
    assert "Notified: Maija Mentori" in note and "Not notified (no googlechat id; named as plain text): Pekka" in note
    assert json.loads(shown[-1])["text"].endswith("<users/112233445566778899>, Pekka")
    assert dialog.send()
    page = window.workspace.requests
    qtbot.waitUntil(lambda: page.current_state() == "sent", timeout=10000)
    assert [req.get_data() for req, _resp in httpserver.log] == list(shown)
