"""The whole flow: case -> compose -> review -> send -> sent, against a real local HTTP server."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coachdesk.app.case_workspace import TAB_REQUESTS
from tests.gui.conftest import add_channel, open_composer


def _finding_words(dialog):
    return {f.text: f for f in dialog.result.findings}


def test_case_compose_review_send_sent(qtbot, app_window, httpserver):
    controller, window = app_window
    store = controller.session.store
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok", status=200)
    add_channel(store, httpserver.url_for("/hook"))
    qtbot.waitUntil(lambda: window.ask_colleague.service.running, timeout=10000)  # started on unlock
    dialog = open_composer(qtbot, window)
    assert dialog.field_text("topic") == "masennus, työkokeilu"  # pre-filled from the case
    dialog.set_field("question", "Miten tukisin Liisa Mäkelää, kun Pertti Hakala kutsui hänet Kangasalalle?")
    dialog.set_field("tried", "Soitin numeroon 040 123 4567 ja sovimme tapaamisen kahvila pikkupullassa 12.3.2026.")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    found = _finding_words(dialog)
    assert "Liisa Mäkelää" in found and not found["Liisa Mäkelää"].dismissible  # a case term: never dismissible
    assert "040 123 4567" in found and not found["040 123 4567"].dismissible
    dismissible = found["12.3.2026"]  # a date the coach judges harmless
    assert dismissible.label == "DATE" and dismissible.dismissible
    assert dialog.dismiss("12.3.2026")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    assert "12.3.2026" not in _finding_words(dialog)
    assert "12.3.2026" in dialog.result.finals["tried"]
    # mark a word the check missed as identifying: it joins the case's identifying details
    assert "pikkupullassa" not in _finding_words(dialog)
    dialog.add_term("pikkupulla")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    assert "pikkupulla" in store.case_terms(dialog.request.case_id)
    assert "pikkupullassa" not in dialog.result.finals["tried"]
    assert not _finding_words(dialog)["pikkupullassa"].dismissible
    for question in list(dialog.result.questions):
        dialog.answer(question.key)
    qtbot.waitUntil(lambda: not dialog.pending and dialog.result.ready, timeout=10000)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.send_button.isVisible() and dialog.send_button.isEnabled()
    previewed = dialog.shown_payload()
    shown_text = dialog.outgoing_view.toPlainText()
    for secret in ("Pertti", "Hakala", "Liisa", "040 123 4567", "pikkupulla", "Kangasala"):
        assert secret not in previewed.decode() and secret not in shown_text
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    page = window.workspace.requests
    qtbot.waitUntil(lambda: page.current_state() == "sent", timeout=10000)
    assert window.workspace.tabs.currentIndex() == TAB_REQUESTS
    assert len(httpserver.log) == 1
    posted = httpserver.log[0][0].get_data()
    assert posted == previewed  # byte for byte what the coach saw
    assert "12.3.2026" in posted.decode()  # dismissed as harmless: sent as written
    assert page.list.currentItem().text(2) == "Sent"
    assert page.audit.topLevelItemCount() >= 2  # queued + delivered, with the payload hash
    assert "Sent to Tiimi" in page.state_label.text()
