"""Drafting from a reflection or a note, and closing the loop: answers in the timeline, group topics."""

from __future__ import annotations

from coachdesk.app.case_workspace import TAB_TIMELINE
from coachdesk.domain import models as m
from coachdesk.outbox import requests
from tests.gui.conftest import add_channel, open_composer


def test_ctrl_shift_a_on_a_reflection_drafts_the_question_from_its_analysis(qtbot, app_window):
    _controller, window = app_window
    store = window.session.store
    case = store.get_case_by_code("K-2026-001")
    refl = store.add_reflection(m.Reflection(case_id=case.id, template="gibbs", title="Työkokeilun jumi", answers={
        "description": "Asiakas perui kaksi tapaamista peräkkäin.",
        "analysis": "Työkokeilun tahti on liian kova palaavalle asiakkaalle.",
    }))
    window.open_case(case.id)
    window.workspace.tabs.setCurrentIndex(TAB_TIMELINE)
    assert window.workspace.timeline.select("reflection", refl.id)
    assert window.ask_colleague.ask_action.shortcut().toString() == "Ctrl+Shift+A"
    window.ask_colleague.ask_action.trigger()
    dialog = window.ask_colleague.dialogs[-1]
    assert dialog.request.reflection_id == refl.id
    assert dialog.field_text("thinking").startswith("Työkokeilun tahti")
    assert dialog.field_text("question").endswith("?") and "tahti" in dialog.field_text("question")
    assert dialog.field_text("situation") == "Asiakas perui kaksi tapaamista peräkkäin."


def test_answers_appear_in_the_timeline_and_group_topics_are_anonymised(qtbot, app_window, httpserver):
    _controller, window = app_window
    store = window.session.store
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    add_channel(store, httpserver.url_for("/hook"))
    dialog = open_composer(qtbot, window)
    dialog.set_field("topic", "Työkokeilun tahti")
    dialog.set_field("question", "Miten sopia tahdista Liisa Mäkelän kanssa?")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    for question in list(dialog.result.questions):
        dialog.answer(question.key)
    qtbot.waitUntil(lambda: dialog.can_send(), timeout=10000)
    dialog.send()
    page = window.workspace.requests
    qtbot.waitUntil(lambda: page.current_state() == "sent", timeout=10000)
    assert page.followup_button.isEnabled()
    page.followup_button.click()
    follow = window.ask_colleague.dialogs[-1]
    follow.answer_edit.setPlainText("sparrausta tarjottu torstaina\nja vinkki: porrasta alku")
    follow.help_combo.setCurrentIndex(follow.help_combo.findData("sparring"))
    follow.try_edit.setPlainText("kokeilen porrastettua aloitusta")
    assert follow.save()
    # the answer closes the loop: the request is answered and the answer shows under it
    assert page.current_state() == "sent" and page.life_state(page.current_request_id()) == "answered"
    assert page.list.currentItem().text(2) == "Answered"
    assert "<b>Answered</b>" in page.life_label.text()
    assert page.answers_view.isVisibleTo(page)
    shown = page.answers_view.toPlainText()
    assert "ja vinkki: porrasta alku" in shown and "kokeilen porrastettua aloitusta" in shown
    # one recording is one timeline entry, not three
    timeline = window.workspace.timeline
    labels = [timeline.list.item(i).text() for i in range(timeline.list.count())]
    ours = [text for text in labels if "sparrausta tarjottu torstaina" in text]
    assert len(ours) == 1 and len(timeline.followups) == 1
    assert timeline.select("followup", next(iter(timeline.followups)))
    detail = timeline.reflection_view.toPlainText()
    assert "kokeilen porrastettua aloitusta" in detail and "1:1 sparring" in detail
    assert timeline.select("followup", next(iter(timeline.followups)))
    page.group_check.setChecked(True)
    rid = page.current_request_id()
    assert requests.get_request(store, rid).group_topic
    topics_dialog = window.ask_colleague.show_group_topics()
    shown = topics_dialog.view.toPlainText()
    assert "Työkokeilun tahti" in shown
    for private in ("K-2026-001", "Metsätie", "Liisa", "Mäkelä"):
        assert private not in shown


def test_ctrl_shift_a_on_a_note_uses_the_note_as_the_situation(qtbot, app_window):
    _controller, window = app_window
    store = window.session.store
    case = store.get_case_by_code("K-2026-001")
    note = store.list_notes(case.id, newest_first=False)[0]
    window.open_case(case.id)
    window.workspace.tabs.setCurrentIndex(TAB_TIMELINE)
    assert window.workspace.timeline.select("note", note.id)
    window.ask_colleague.ask_action.trigger()
    dialog = window.ask_colleague.dialogs[-1]
    assert dialog.request.note_id == note.id
    assert dialog.field_text("situation").split()[:5] == note.text.split()[:5]
    # from the Requests tab's button the draft is about the case (newest note), not the selection
    composer = window.ask_colleague.ask(from_selection=False)
    assert composer.request.note_id is None
