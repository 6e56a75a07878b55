"""Colleagues (optional): managed in Settings, suggested in the composer for an @mention that goes
out in the Teams card exactly as previewed."""

from __future__ import annotations

import json

from coachdesk.app.compose.colleagues_page import ColleaguesPage
from coachdesk.outbox.colleagues import list_colleagues
from tests.app_compose.conftest import add_channel, open_composer


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
