"""A coach's day without friction (issue 16), around the main window: unlock returns to the same
place, the keyboard reaches everything, empty states, window titles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coachdesk.app.case_workspace import TAB_OVERVIEW, TAB_REQUESTS, TAB_TIMELINE
from coachdesk.domain import models as m
from coachdesk.vault.demo import DEMO_PASSPHRASE
from tests.gui.conftest import unlock


def test_unlock_returns_to_the_same_case_tab_entry_and_scroll(qtbot, app_window):
    controller, window = app_window
    store = window.session.store
    case = store.get_case_by_code("K-2026-001")
    for i in range(30):  # enough entries to scroll
        store.add_note(m.Note(case_id=case.id, text=f"Tapaaminen {i}: harjoittelimme.\n" * 3))
    window.show()
    window.open_case(case.id)
    window.workspace.tabs.setCurrentIndex(TAB_TIMELINE)
    timeline = window.workspace.timeline
    entry = timeline.list.item(12)
    timeline.list.setCurrentItem(entry)
    qtbot.wait(50)
    bar = timeline.list.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    chosen = timeline.current_entry()
    window.lock_action.trigger()  # Ctrl+L
    assert not controller.session.is_unlocked and window.workspace.case is None
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    assert window.current_case() is not None and window.current_case().id == case.id
    assert window.workspace.tabs.currentIndex() == TAB_TIMELINE
    assert timeline.current_entry() == chosen
    qtbot.waitUntil(lambda: timeline.list.verticalScrollBar().value() == scrolled, timeout=3000)


def test_the_place_is_held_in_memory_only(qtbot, app_window, tmp_path):
    controller, window = app_window
    case = window.session.store.get_case_by_code("K-2026-001")
    window.open_case(case.id)
    window.workspace.tabs.setCurrentIndex(TAB_REQUESTS)
    controller.session.lock()
    assert window.place is not None and window.place["case"] == case.id
    controller.prefs.sync()
    written = b"".join(p.read_bytes() for p in tmp_path.rglob("*.ini"))
    assert b"K-2026-001" not in written and b"place" not in written.lower()
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    assert window.place is None  # used once, then forgotten
    assert window.workspace.tabs.currentIndex() == TAB_REQUESTS


def test_down_arrow_in_the_case_filter_moves_into_the_list(qtbot, app_window):
    _controller, window = app_window
    window.show()
    panel = window.case_list
    panel.filter_edit.setFocus()
    qtbot.waitUntil(lambda: panel.filter_edit.hasFocus() or QApplication.focusWidget() is panel.filter_edit,
                    timeout=2000)
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Down)
    assert panel.view.hasFocus() or QApplication.focusWidget() is panel.view
    assert panel.view.currentIndex().isValid()


def test_ctrl_s_in_the_reflection_editor_says_saved(qtbot, app_window):
    from coachdesk.app.reflection_editor import ReflectionEditor

    _controller, window = app_window
    case = window.session.store.get_case_by_code("K-2026-001")
    editor = ReflectionEditor(window.session, case_id=case.id, parent=window)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    first = next(iter(editor.fields))
    editor.fields[first].setFocus()
    qtbot.keyClick(editor.fields[first], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.state_label.text() == "Nothing to save yet."
    editor.set_answer(first, "Liisa Mäkelä jännitti paluuta Kangasalle.")
    qtbot.keyClick(editor.fields[first], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.state_label.text().startswith("✓ Saved")
    assert editor.reflection is not None and editor.reflection.id is not None
    assert editor.isVisible()  # saved, not closed
    # reflections get identifier highlighting like notes: the case's details at once
    spans = editor.highlighted(first)
    text = editor.fields[first].toPlainText()
    assert {text[s:e] for s, e in spans} >= {"Liisa Mäkelä", "Kangasalle"}


def test_ctrl_enter_sends_from_the_review(qtbot, app_window, httpserver):
    from tests.gui.conftest import add_channel, open_composer

    _controller, window = app_window
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    add_channel(window.session.store, httpserver.url_for("/hook"))
    dialog = open_composer(qtbot, window)
    dialog.set_field("question", "Miten tukisin porrastettua paluuta?")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    for question in list(dialog.result.questions):
        dialog.answer(question.key)
    qtbot.waitUntil(lambda: dialog.can_send(), timeout=10000)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # from writing: to the review
    assert dialog.tabs.currentIndex() == 1 and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # from the review: send
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    page = window.workspace.requests
    qtbot.waitUntil(lambda: page.current_state() == "sent", timeout=10000)


def test_a_new_case_opens_on_its_overview_with_helpful_empty_states(qtbot, app_window):
    _controller, window = app_window
    store = window.session.store
    window.open_case(store.get_case_by_code("K-2026-001").id)
    window.workspace.tabs.setCurrentIndex(TAB_REQUESTS)
    new = store.create_case(m.Case(code="K-2026-099", pseudonym="Uusi"))
    from coachdesk.app import new_case_dialog

    class Created:
        created = new

        def __init__(self, *_a):
            pass

        def exec(self):
            return True

    real = new_case_dialog.NewCaseDialog
    new_case_dialog.NewCaseDialog = Created
    try:
        window.new_case()
    finally:
        new_case_dialog.NewCaseDialog = real
    workspace = window.workspace
    assert workspace.case.id == new.id and workspace.tabs.currentIndex() == TAB_OVERVIEW
    overview = workspace.overview
    assert overview.goals_empty.isVisibleTo(overview) and "No goals yet" in overview.goals_empty.text()
    assert not overview.goals_table.isVisibleTo(overview)
    timeline = workspace.timeline
    assert timeline.list.count() == 0 and "No notes yet" in timeline.empty.text()


def test_window_titles_are_not_doubled(qtbot, app_window):
    controller, _window = app_window
    # Qt appends a display name set with setApplicationDisplayName to every title on X11/Wayland;
    # ours start with "CoachDesk —" already, so none is set (Qt then falls back to the app name)
    from coachdesk.app.main import make_application

    app = make_application()
    app.setApplicationName("probe")
    try:
        assert QApplication.applicationDisplayName() == "probe"  # not a fixed display name
    finally:
        app.setApplicationName("CoachDesk")
    dialog = controller.open_settings()
    assert dialog.windowTitle().count("CoachDesk") <= 1


def test_the_case_list_keeps_its_width_as_a_note_grows_and_tabs_change(qtbot, app_window):
    from coachdesk.app.case_workspace import TAB_IDENTIFIERS

    _controller, window = app_window
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    case = window.session.store.get_case_by_code("K-2026-001")
    window.open_case(case.id)
    qtbot.wait(50)
    width = window.case_list.width()
    for tab in (TAB_TIMELINE, TAB_IDENTIFIERS, TAB_REQUESTS, TAB_OVERVIEW, TAB_TIMELINE):
        window.workspace.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        assert window.case_list.width() == width, tab
    window.workspace.new_note()
    editor = window.workspace.timeline.editor
    for n in range(1, 6):  # the note grows; the saved-state line changes as it is saved
        editor.text_edit.setPlainText("Liisa Mäkelä kertoi, että työkokeilu Kangasalla sujuu. " * n * 20)
        qtbot.wait(30)
        assert window.case_list.width() == width
    editor.flush()
    qtbot.wait(30)
    assert window.case_list.width() == width


def test_search_snippets_are_never_cut_mid_line(qtbot, app_window):
    _controller, window = app_window
    store = window.session.store
    case = store.get_case_by_code("K-2026-001")
    store.add_note(m.Note(case_id=case.id, text="Lyhyt kipu."))
    store.add_note(m.Note(case_id=case.id, text="Pitkä muistiinpano, jossa kipu mainitaan keskellä: " + "sanoja " * 60))
    window.open_search()
    dialog = window.search_dialog
    dialog.resize(420, 500)
    dialog.query.setText("kipu")
    qtbot.waitUntil(lambda: dialog.results.count() >= 2, timeout=10000)
    heights = {dialog.results.visualItemRect(dialog.results.item(i)).height() for i in range(dialog.results.count())}
    assert len(heights) > 1  # each hit as tall as its own snippet
    delegate = dialog.results.itemDelegate()
    for i in range(dialog.results.count()):
        item = dialog.results.item(i)
        rect = dialog.results.visualItemRect(item)
        from PySide6.QtWidgets import QStyleOptionViewItem

        option = QStyleOptionViewItem()
        option.widget = dialog.results
        option.rect = rect
        needed = delegate.sizeHint(option, dialog.results.indexFromItem(item)).height()
        assert rect.height() >= needed


def test_qt_dialogs_speak_finnish(qtbot):
    """Qt's own dialogs: qtbase_fi.qm from PySide6, plus the strings it lacks (coachdesk/app/qt_strings.py)."""
    from pathlib import Path

    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    from coachdesk.app import i18n

    shipped = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (shipped / "qtbase_fi.qm").exists() and (shipped / "qtbase_sv.qm").exists()
    i18n.install_language("fi")
    try:
        dialog = QFileDialog(None, "x", str(Path.home()), "Markdown (*.md)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(dialog)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert labels and not any(t in " ".join(labels) for t in ("Look in", "Files of", "File name"))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert {b.text() for b in box.buttons()} == {"Tallenna", "Peru"}
    finally:
        i18n.install_language("en")
