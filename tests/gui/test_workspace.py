"""Main window: create a case, autosaved notes, reflections, search, idle lock, hooks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from coachdesk.app.case_workspace import TAB_TIMELINE
from coachdesk.app.new_case_dialog import NewCaseDialog
from coachdesk.app.reflection_editor import ReflectionEditor
from coachdesk.domain import models as m
from coachdesk.vault.demo import DEMO_PASSPHRASE
from tests.gui.conftest import unlock


def _open(qtbot, make_controller, folder):
    controller = make_controller(folder)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    return controller, controller.main_window


def test_create_a_case_with_the_new_case_dialog(qtbot, make_controller, demo_vault, monkeypatch):
    controller, window = _open(qtbot, make_controller, demo_vault)
    assert window.new_case_action.shortcut().toString() == "Ctrl+N"
    dialog = NewCaseDialog(controller.session.store, window)
    qtbot.addWidget(dialog)
    assert dialog.code_edit.text().startswith("K-")
    dialog.code_edit.setText("bad code!")
    dialog.create()
    assert "Invalid case code" in dialog.message.text()
    dialog.code_edit.setText("K-2026-077")
    dialog.pseudonym_edit.setText("Kuusikko")
    dialog.tags_edit.setText("Uupumus, työkokeilu")
    dialog.create()
    assert dialog.created is not None
    window.populate()
    window.open_case(dialog.created.id)
    assert window.current_case().code == "K-2026-077"
    assert window.case_list.current_case_id() == dialog.created.id
    assert window.windowTitle().startswith("CoachDesk") and "K-2026-077" in window.windowTitle()
    assert controller.session.store.get_case(dialog.created.id).tags == ["työkokeilu", "uupumus"]


def test_case_list_filters_by_status_and_tag_and_sorts(qtbot, make_controller, demo_vault):
    _controller, window = _open(qtbot, make_controller, demo_vault)
    panel = window.case_list
    assert panel.proxy.rowCount() == 3  # active cases by default
    panel.status_combo.setCurrentIndex(0)
    assert panel.proxy.rowCount() == 5
    panel.tag_combo.setCurrentIndex(panel.tag_combo.findData("burnout"))
    assert panel.proxy.rowCount() == 1
    panel.tag_combo.setCurrentIndex(0)
    panel.filter_edit.setText("kall")
    assert panel.proxy.rowCount() == 1
    panel.filter_edit.clear()
    panel.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    codes = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert codes == sorted(codes)


def test_typed_note_autosaves_and_is_there_after_lock_and_unlock(qtbot, make_controller, demo_vault):
    controller, window = _open(qtbot, make_controller, demo_vault)
    case = controller.session.store.get_case_by_code("K-2026-002")
    window.open_case(case.id)
    note = window.workspace.new_note()
    assert window.workspace.tabs.currentIndex() == TAB_TIMELINE
    editor = window.workspace.timeline.editor
    assert window.current_note().id == note.id
    qtbot.keyClicks(editor.text_edit, "Kivun kanssa arki vaihtelee.")
    assert editor.dirty and "Saving" in editor.state_label.text()
    qtbot.waitUntil(lambda: not editor.dirty, timeout=5000)
    assert "Saved" in editor.state_label.text()
    assert controller.session.store.get_note(note.id).text == "Kivun kanssa arki vaihtelee."
    # typed but not yet autosaved: locking saves it
    qtbot.keyClicks(editor.text_edit, " Lisaksi.")
    assert editor.dirty
    controller.session.lock()
    assert editor.text_edit.toPlainText() == ""
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    window.open_case(case.id)
    window.workspace.tabs.setCurrentIndex(TAB_TIMELINE)
    assert window.workspace.timeline.select("note", note.id)
    assert editor.text_edit.toPlainText() == "Kivun kanssa arki vaihtelee. Lisaksi."


def _leave_by_focus_out(editor) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent

    QApplication.sendEvent(editor.text_edit, QFocusEvent(QEvent.Type.FocusOut))


def _leave_by_app_going_inactive(_editor) -> None:
    # connected after the first paint: its Qt enum argument needs the Qt namespace, built late
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)


@pytest.mark.parametrize("leave", [_leave_by_focus_out, _leave_by_app_going_inactive])
def test_leaving_the_editor_or_the_app_saves_pending_text(qtbot, make_controller, demo_vault, leave):
    controller, window = _open(qtbot, make_controller, demo_vault)
    qtbot.waitUntil(lambda: controller._system_signals, timeout=5000)
    case = controller.session.store.get_case_by_code("K-2026-003")
    window.open_case(case.id)
    note = window.workspace.new_note()
    editor = window.workspace.timeline.editor
    editor.text_edit.setPlainText("Short call.")
    assert editor.dirty
    leave(editor)
    assert not editor.dirty
    assert controller.session.store.get_note(note.id).text == "Short call."


def test_identifying_details_are_highlighted_with_a_pseudonym_hint(qtbot, make_controller, demo_vault):
    controller, window = _open(qtbot, make_controller, demo_vault)
    case = controller.session.store.get_case_by_code("K-2026-001")
    window.open_case(case.id)
    window.workspace.new_note()
    editor = window.workspace.timeline.editor
    qtbot.keyClicks(editor.text_edit, "Tapasin ")
    editor.text_edit.insertPlainText("Mäkelän Kangasalla.")
    spans = editor.highlighter.matches(editor.text_edit.toPlainText())
    assert [editor.text_edit.toPlainText()[a:b] for a, b in spans] == ["Mäkelän", "Kangasalla"]
    assert editor.hint_label.isVisible() and "Metsätie" in editor.hint_label.text()
    block = editor.text_edit.document().firstBlock()
    formats = block.layout().formats()
    assert any(f.format.background().color() == editor.highlighter.fmt.background().color() for f in formats)


def test_reflection_template_is_filled_and_saved_to_the_case(qtbot, make_controller, demo_vault):
    controller, window = _open(qtbot, make_controller, demo_vault)
    case = controller.session.store.get_case_by_code("K-2026-003")
    window.open_case(case.id)
    assert window.new_reflection_action.shortcut().toString() == "Ctrl+R"
    window.new_reflection_action.trigger()
    dialog = window.reflection_dialogs[-1]
    assert isinstance(dialog, ReflectionEditor) and dialog.case_combo.currentData() == case.id
    assert list(dialog.fields) == ["description", "feelings", "evaluation", "analysis", "conclusion",
                                   "action_plan"]  # Gibbs: six stages
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("kolb"))
    assert list(dialog.fields) == ["experience", "observation", "conceptualisation", "experimentation"]
    dialog.title_edit.setText("Interview practice")
    qtbot.keyClicks(dialog.fields["experience"], "Practised the career-break story.")
    dialog.set_answer("experimentation", "Role play next time.")
    dialog.save_and_close()
    saved = [r for r in controller.session.store.list_reflections(case.id) if r.title == "Interview practice"]
    assert len(saved) == 1 and saved[0].template == "kolb"
    assert saved[0].answers == {"experience": "Practised the career-break story.",
                                "experimentation": "Role play next time."}
    assert window.workspace.timeline.current_entry() == ("reflection", saved[0].id)
    assert window.current_reflection().id == saved[0].id


def test_general_reflection_and_lock_saves_an_open_reflection(qtbot, make_controller, demo_vault):
    controller, window = _open(qtbot, make_controller, demo_vault)
    window.new_reflection(general=True)
    dialog = window.reflection_dialogs[-1]
    assert dialog.case_combo.currentData() is None
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("in_action"))
    dialog.set_answer("moment", "Kolme raskasta tapaamista.")
    controller.session.lock()
    assert not dialog.isVisible()
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    general = controller.session.store.list_reflections(general_only=True)
    assert any(r.answers.get("moment") == "Kolme raskasta tapaamista." for r in general)


def test_search_finds_an_inflected_form_and_opens_the_note(qtbot, make_controller, demo_vault):
    controller, window = _open(qtbot, make_controller, demo_vault)
    store = controller.session.store
    case = store.get_case_by_code("K-2026-004")
    note = store.add_note(m.Note(case_id=case.id, text="Puhuimme kivun vaikutuksesta työvuoroihin."))
    window.search_action.trigger()
    dialog = window.search_dialog
    assert window.search_action.shortcut().toString() == "Ctrl+K"
    qtbot.keyClicks(dialog.query, "kipu")
    with qtbot.waitSignal(dialog.results_shown, timeout=5000):
        pass
    hits = [dialog.results.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(dialog.results.count())]
    ours = [h for h in hits if h.kind == "note" and h.id == note.id]
    assert ours, hits
    html = [dialog.results.item(i).data(Qt.ItemDataRole.UserRole + 2) for i in range(dialog.results.count())]
    assert any("<b" in h and "kivun" in h for h in html)
    dialog.open_hit.emit(ours[0])
    assert window.current_case().id == case.id
    assert window.current_note().id == note.id


def test_idle_lock_with_a_short_timeout_hides_content(qtbot, make_controller, demo_vault):
    controller, window = _open(qtbot, make_controller, demo_vault)
    case = controller.session.store.get_case_by_code("K-2026-001")
    window.open_case(case.id)
    window.workspace.new_note()
    window.workspace.timeline.editor.text_edit.setPlainText("Pending words")
    controller.session.set_idle_minutes(0.3 / 60)  # 300 ms
    with qtbot.waitSignal(controller.session.locked, timeout=5000):
        pass
    assert not window.isVisible() and window.case_list.model.rowCount() == 0
    assert window.workspace.timeline.editor.text_edit.toPlainText() == ""
    assert controller.lock_screen.isVisible()
    controller.session.set_idle_minutes(5)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    notes = controller.session.store.list_notes(case.id)
    assert any(n.text == "Pending words" for n in notes)


def test_activity_restarts_the_idle_timer(qtbot, make_controller, demo_vault):
    controller, window = _open(qtbot, make_controller, demo_vault)
    controller.session.set_idle_minutes(0.6 / 60)  # 600 ms
    for _ in range(6):
        qtbot.wait(200)
        qtbot.keyClick(window.case_list.filter_edit, Qt.Key.Key_A)
    assert controller.session.is_unlocked
    controller.session.set_idle_minutes(5)


def test_hooks_for_other_features(qtbot, make_controller, demo_vault):
    controller, window = _open(qtbot, make_controller, demo_vault)
    action = QAction("Print summary", window)
    action.setShortcut("Ctrl+P")
    window.add_case_action(action)
    assert action in window.case_menu.actions() and action in window.case_list.context_actions
    assert not action.isEnabled()
    seen = []
    window.case_selected.connect(seen.append)
    case = controller.session.store.get_case_by_code("K-2026-001")
    window.case_list.select_case(case.id)
    assert window.current_case().id == case.id and seen[-1].id == case.id
    assert action.isEnabled()
    with qtbot.waitSignal(window.vault_locked, timeout=2000):
        controller.lock()
    with qtbot.waitSignal(window.vault_unlocked, timeout=10000):
        unlock(qtbot, controller, DEMO_PASSPHRASE)


def test_overview_edits_are_saved(qtbot, make_controller, demo_vault):
    controller, window = _open(qtbot, make_controller, demo_vault)
    case = controller.session.store.get_case_by_code("K-2026-002")
    window.open_case(case.id)
    overview = window.workspace.overview
    assert overview.goals_table.rowCount() == 1
    assert overview.chart.points and overview.measure_kind.currentData() == "wai"
    overview.phase_combo.setCurrentIndex(overview.phase_combo.findData("work_trial"))
    assert controller.session.store.get_case(case.id).phase is m.Phase.WORK_TRIAL
    overview.referral_edit.setText("työterveyshuolto")
    overview.referral_edit.editingFinished.emit()
    assert controller.session.store.get_case(case.id).referral == "työterveyshuolto"
    assert "Work trial" in window.workspace.subtitle.text()


def test_identifiers_page_marks_private_and_feeds_highlighting(qtbot, make_controller, demo_vault):
    controller, window = _open(qtbot, make_controller, demo_vault)
    case = controller.session.store.get_case_by_code("K-2026-003")
    window.open_case(case.id)
    page = window.workspace.identifiers
    assert "never leave this computer" in page.banner_label.text()
    page.value_edit.setText("Nokia Oyj")
    page.add()
    assert "Nokia Oyj" in controller.session.store.case_terms(case.id)
    window.workspace.new_note()
    editor = window.workspace.timeline.editor
    editor.text_edit.setPlainText("Worked at Nokia Oyj before.")
    assert editor.highlighter.matches(editor.text_edit.toPlainText())
