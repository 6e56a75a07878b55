"""A coach's day without friction (issue 16): drafts are never lost, listed details are never
dismissible, answers are remembered for the case."""

from __future__ import annotations

from coachdesk.outbox import requests
from tests.gui.conftest import open_composer

TYPED = "Asiakas pelkää paluuta työkokeiluun ja perui kaksi tapaamista."


def _reopen(qtbot, window):
    window.ask_colleague.ask_action.trigger()
    dialog = window.ask_colleague.dialogs[-1]
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    return dialog


def test_typed_text_is_saved_as_a_draft_and_restored_on_reopen(qtbot, app_window):
    _controller, window = app_window
    store = window.session.store
    dialog = open_composer(qtbot, window)
    case_id = dialog.request.case_id
    asked = []
    dialog.ask_discard = lambda: asked.append(1) or "keep"
    dialog.set_field("situation", TYPED)
    dialog.set_field("question", "Miten tukisin paluuta?")
    # debounced autosave, like the note editor: in the vault while the coach types
    qtbot.waitUntil(lambda: bool(requests.list_drafts(store, case_id)), timeout=5000)
    draft = requests.list_drafts(store, case_id)[0]
    assert draft.request.situation == TYPED
    dialog.tabs.setCurrentIndex(1)  # on the review, as in the report
    dialog.cancel_button.click()
    assert asked == [1]  # something to lose: asked
    assert not dialog.isVisible()
    assert [d.request.id for d in requests.list_drafts(store, case_id)] == [draft.request.id]
    # listed on the case: the Requests tab shows it as a draft that can be continued
    page = window.workspace.requests
    page.refresh()
    assert page.select(draft.request.id)
    assert page.list.currentItem().text(2) == "Draft"
    assert page.edit_button.isVisibleTo(page) and "Continue" in page.edit_button.text()
    again = _reopen(qtbot, window)
    assert again.request.id == draft.request.id
    assert again.field_text("situation") == TYPED
    assert again.field_text("question") == "Miten tukisin paluuta?"


def test_cancel_without_typing_does_not_ask_and_keeps_nothing(qtbot, app_window):
    _controller, window = app_window
    dialog = open_composer(qtbot, window)
    case_id = dialog.request.case_id
    dialog.ask_discard = lambda: (_ for _ in ()).throw(AssertionError("asked with nothing to lose"))
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert requests.list_drafts(window.session.store, case_id) == []


def test_discard_deletes_the_draft_and_go_on_writing_keeps_the_composer(qtbot, app_window):
    _controller, window = app_window
    store = window.session.store
    dialog = open_composer(qtbot, window)
    case_id = dialog.request.case_id
    dialog.set_field("situation", TYPED)
    assert dialog.save_draft()
    dialog.ask_discard = lambda: "back"
    dialog.reject()
    assert dialog.isVisible()  # back to writing
    dialog.ask_discard = lambda: "discard"
    dialog.reject()
    assert not dialog.isVisible()
    assert requests.list_drafts(store, case_id) == []


def test_lock_saves_the_draft_without_asking(qtbot, app_window):
    from coachdesk.vault.demo import DEMO_PASSPHRASE
    from tests.gui.conftest import unlock

    controller, window = app_window
    dialog = open_composer(qtbot, window)
    case_id = dialog.request.case_id
    dialog.ask_discard = lambda: (_ for _ in ()).throw(AssertionError("asked on lock"))
    dialog.set_field("situation", TYPED)  # typed just now: the debounce has not fired yet
    controller.session.lock()
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    drafts = requests.list_drafts(controller.session.store, case_id)
    assert drafts and drafts[0].request.situation == TYPED


def test_listed_details_and_their_inflected_forms_are_never_dismissible(qtbot, app_window):
    _controller, window = app_window
    dialog = open_composer(qtbot, window)
    # listed on the case: Liisa Mäkelä (name), Kangasala (place), Pirkan Puutarha Oy (employer)
    dialog.set_field("situation", "Liisan esimies Pirkan Puutarhalta soitti. Hän asuu nyt Kangasalla, "
                                  "ja Mäkelän perhe muutti.")
    dialog.set_field("question", "Miten tuen Liisaa?")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    found = {f.text: f for f in dialog.result.findings}
    for word in ("Liisan", "Kangasalla", "Mäkelän", "Liisaa"):
        assert word in found and not found[word].dismissible, word
        assert not dialog.dismiss(word)
    employer = next(f for f in dialog.result.findings if f.text.startswith("Pirkan Puutarha"))
    assert employer.label == "EMPLOYER" and employer.replacement.startswith("[työnantaja]")
    assert found["Kangasalla"].label == "LOCATION" and found["Kangasalla"].replacement.startswith("[paikkakunta]")
    assert found["Liisan"].label == "PERSON" and found["Liisan"].replacement.startswith("[Henkilö")
    final = dialog.result.finals["situation"]
    assert "[Henkilö B]:n esimies" not in final and "[työnantaja]" in final
    assert not any(q.text in found for q in dialog.result.questions)  # never asked about a listed detail
    # the table shows them as always hidden, in their own category, with no "Harmless" button
    rows = {dialog.findings.item(r, 0).text().split("  (")[0]: r for r in range(dialog.findings.rowCount())}
    for word in ("Liisan", "Kangasalla"):
        row = rows[word]
        widget = dialog.findings.cellWidget(row, 3)
        assert widget.text() == "Always hidden"
    assert dialog.findings.item(rows["Kangasalla"], 1).text() == "place"
    assert dialog.findings.item(rows[employer.text], 1).text() == "employer"


def test_an_answer_is_remembered_for_the_case_after_reopening(qtbot, app_window):
    _controller, window = app_window
    ask = window.ask_colleague
    dialog = open_composer(qtbot, window)
    text = "Menimme Valkeaan taloon. Numero 12345678901 löytyi."
    dialog.set_field("situation", text)
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    asked = {q.key for q in dialog.result.questions}
    assert ("uncertain_name", "valkeaan") in asked and ("long_number", "12345678901") in asked
    for question in list(dialog.result.questions):
        dialog.answer(question.key)
    qtbot.waitUntil(lambda: not dialog.pending and not dialog.result.questions, timeout=10000)
    dialog.ask_discard = lambda: "keep"
    dialog.reject()
    again = _reopen(qtbot, window)  # the draft, restored
    assert again.field_text("situation") == text
    assert not again.result.questions  # not asked again
    again.ask_discard = lambda: "keep"
    again.reject()
    # a new request of the same case remembers the answers too
    request, case = ask.draft(from_selection=False)
    fresh = ask.open_composer(request, case)
    fresh.set_field("situation", text)
    qtbot.waitUntil(lambda: not fresh.pending, timeout=10000)
    assert asked.isdisjoint({q.key for q in fresh.result.questions})
    assert "Valkeaan" in fresh.result.finals["situation"]  # answered "it is fine": sent as written


def test_an_english_case_gets_an_english_template_with_english_placeholders(qtbot, app_window):
    from coachdesk.app import i18n

    _controller, window = app_window
    i18n.install_language("fi")  # a Finnish UI: the request still follows the case's language
    try:
        dialog = open_composer(qtbot, window, "K-2026-003")
        assert dialog.request.lang == "en" and dialog.lang_combo.currentData() == "en"
        assert dialog.field_text("phase") == "job coaching"
        dialog.set_field("question", "How do I support Sarah Collins before her interview in Espoo?")
        qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
        final = dialog.result.finals["question"]
        assert "[Person A]" in final and "[town]" in final
        assert "Henkilö" not in final and "paikkakunta" not in final
        from coachdesk.domain import help_request as hr

        text = hr.render_text(dialog.final_request)
        assert text.startswith("I could use some help") and "Situation now" in text and "Tilanne" not in text
    finally:
        i18n.install_language("en")


def test_drafts_are_not_printed_as_requests(qtbot, app_window):
    from coachdesk.export.summary_requests import load_requests

    _controller, window = app_window
    dialog = open_composer(qtbot, window)
    dialog.set_field("situation", TYPED)
    assert dialog.save_draft()
    store = window.session.store
    assert requests.list_drafts(store, dialog.request.case_id)
    assert all(view.status != "unsent" for view in load_requests(store, dialog.request.case_id) or [])


def test_the_own_copy_says_what_is_true_and_placeholders_are_one_vocabulary():
    from coachdesk.app.summary.texts import UI
    from coachdesk.export.summary_terms import placeholder
    from coachdesk.privacy import scrub

    for lang in ("fi", "sv", "en"):
        hint = UI[lang]["private_hint"].casefold()
        assert "eivät tulostu" not in hint and "never printed" not in hint and "aldrig ut" not in hint
    # the PDF's placeholder for a listed name is the message's word for a person
    for lang, text in (("fi", "Tapasin Matti Virtasen."), ("en", "I met John Smith today.")):
        person = next(f.replacement for f in scrub(text, lang=lang).findings if f.label == "PERSON")
        assert person.startswith(placeholder("name", lang).rstrip("]"))


def test_damaged_review_decisions_in_a_draft_are_ignored(qtbot, app_window):
    import json

    from sqlalchemy import update

    from coachdesk.vault import schema as s

    _controller, window = app_window
    store = window.session.store
    dialog = open_composer(qtbot, window)
    dialog.set_field("situation", TYPED)
    assert dialog.save_draft()
    rid = dialog.request.id
    dialog.close_quietly()
    with store.engine.connect() as conn:
        fields = json.loads(conn.execute(s.help_requests.select().where(s.help_requests.c.id == rid)).first().fields)
    fields["review"] = {"answered": [["x"], 5, ["a", 1]], "fine": "Valkeaan", "keep": [None, 3],
                        "overrides": ["not", "a", "dict"]}
    with store.tx() as conn:
        conn.execute(update(s.help_requests).where(s.help_requests.c.id == rid).values(fields=json.dumps(fields)))
    again = _reopen(qtbot, window)
    assert again.request.id == rid and again.field_text("situation") == TYPED
    assert again.state.keep == set() and again.state.overrides == {}


def test_a_draft_is_restored_for_the_same_source_only(qtbot, app_window):
    from coachdesk.app.case_workspace import TAB_TIMELINE

    _controller, window = app_window
    store = window.session.store
    dialog = open_composer(qtbot, window)  # about the case
    dialog.set_field("situation", TYPED)
    assert dialog.save_draft()
    dialog.close_quietly()
    case = store.get_case_by_code("K-2026-001")
    note = store.list_notes(case.id, newest_first=False)[0]
    window.workspace.tabs.setCurrentIndex(TAB_TIMELINE)
    assert window.workspace.timeline.select("note", note.id)
    from_note = window.ask_colleague.ask()
    assert from_note.request.id is None and from_note.request.note_id == note.id  # a new request from the note
    from_note.close_quietly()
    about_case = window.ask_colleague.ask(from_selection=False)
    assert about_case.request.id == dialog.request.id and about_case.field_text("situation") == TYPED
