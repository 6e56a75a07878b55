"""Ask a colleague in Swedish, end to end: the composer offers Svenska, a case drafts a request with the
Swedish template (headings, phase, help wanted), the review shows it, and it is sent and stored as 'sv'."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt

from coachdesk.domain import models as m
from coachdesk.outbox import requests as rq
from tests.gui.conftest import add_channel, open_composer

SWEDISH_HEADINGS = ("Jag skulle behöva lite hjälp", "Ämne", "Fas", "Läget nu", "Relevant bakgrund", "Min fråga",
                    "Önskad hjälp", "Brådska")


def _ready(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    for question in list(dialog.result.questions):
        dialog.answer(question.key)
    qtbot.waitUntil(lambda: not dialog.pending and dialog.result.ready, timeout=10000)


def test_choosing_svenska_drafts_the_swedish_template_and_sends_it(qtbot, app_window, httpserver):
    controller, window = app_window
    store = controller.session.store
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok", status=200)
    add_channel(store, httpserver.url_for("/hook"))
    dialog = open_composer(qtbot, window)  # K-2026-001, written in Finnish: a Finnish draft
    languages = [dialog.lang_combo.itemData(i) for i in range(dialog.lang_combo.count())]
    assert languages == ["fi", "en", "sv"] and dialog.lang_combo.findText("Svenska") == 2
    assert dialog.field_text("phase") == "työkokeilu"
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("sv"))
    assert dialog.field_text("phase") == "arbetsprövning"  # the case's phase, named in Swedish
    dialog.set_field("question", "Hur stöder jag klienten när arbetsdagarna blir längre?")
    _ready(qtbot, dialog)
    dialog.tabs.setCurrentIndex(1)
    original = dialog.original_view.toPlainText()
    assert all(heading in original for heading in ("Läget nu", "Relevant bakgrund", "Min fråga"))
    outgoing = dialog.outgoing_view.toPlainText()
    assert outgoing.startswith("Jag skulle behöva lite hjälp: ")
    for heading in SWEDISH_HEADINGS:
        assert heading in outgoing, heading
    assert "Kaipaisin" not in outgoing and "Tilanne nyt" not in outgoing
    previewed = dialog.shown_payload()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace.requests.current_state() == "sent", timeout=10000)
    assert httpserver.log[0][0].get_data() == previewed  # byte for byte what the coach saw
    assert "Min fråga: Hur stöder jag klienten" in json.loads(previewed)["text"]
    sent = [r for r in rq.list_requests(store, dialog.request.case_id) if r.state == "sent"]
    assert [r.request.lang for r in sent] == ["sv"]  # stored as Swedish (revision 0005)


def test_a_case_written_in_swedish_drafts_in_swedish(qtbot, app_window):
    controller, window = app_window
    store = controller.session.store
    case = store.create_case(m.Case(code="K-2026-077", pseudonym="Strand", phase=m.Phase.JOB_COACHING,
                                    tags=["utmattning"], summary="Återgår till arbetet efter en lång sjukledighet."))
    store.add_note(m.Note(case_id=case.id, date=date(2026, 12, 1),
                          text="Klienten berättade att arbetsdagarna känns långa och att hon är trött på kvällarna."))
    dialog = open_composer(qtbot, window, "K-2026-077")
    assert dialog.lang_combo.currentData() == "sv"
    assert dialog.field_text("phase") == "jobbcoachning"
    dialog.set_field("question", "Hur kan jag stödja henne?")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    assert dialog.outgoing_view.toPlainText().startswith("Jag skulle behöva lite hjälp: utmattning #")
