"""The main window: case list on the left, the case workspace on the right, menus with shortcuts.

Hooks for other features: ``add_case_action(action)`` (Case menu + case list context menu),
``current_case()`` / ``current_note()`` / ``current_reflection()``, the signals ``case_selected``,
``vault_unlocked(vault)`` and ``vault_locked``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.case_list import CaseListPanel
from coachdesk.app.case_workspace import CaseWorkspace
from coachdesk.app.core_errors import translate_error
from coachdesk.app.theme import is_dark
from coachdesk.domain import models as m

log = logging.getLogger(__name__)
PAGE_EMPTY, PAGE_CASE, PAGE_REFLECTIONS = range(3)
STACK_MIN_WIDTH = 520


class MainWindow(QMainWindow):
    case_selected = Signal(object)  # Case | None
    vault_unlocked = Signal(object)
    vault_locked = Signal()
    settings_requested = Signal()

    def __init__(self, session, prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prefs = prefs
        self.case_actions: list[QAction] = []
        self.reflection_dialogs: list = []
        self.search_dialog = None
        self.setObjectName("MainWindow")
        dark = is_dark(prefs.theme)
        self.case_list = CaseListPanel()
        self.workspace = CaseWorkspace(session, dark=dark)
        self.empty = self._make_empty_page()
        from coachdesk.app.reflections_page import ReflectionsPage

        self.reflections_page = ReflectionsPage(session)
        self.stack = QStackedWidget()
        for widget in (self.empty, self.workspace, self.reflections_page):
            self.stack.addWidget(widget)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.case_list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        # An explicit minimum: the splitter then ignores what the open page would like at least (a
        # growing note, a wide tab), so the case list keeps the width the coach gave it.
        self.stack.setMinimumWidth(STACK_MIN_WIDTH)
        splitter.setCollapsible(0, False)
        splitter.setSizes([470, 810])
        splitter.setContentsMargins(10, 8, 10, 4)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.case_list.case_selected.connect(self.open_case)
        from coachdesk.app.operations import listen

        listen(self, {"cases", "reflections"}, self._data_changed)  # the case list shows what changed
        self.workspace.timeline.new_reflection_requested.connect(lambda: self.new_reflection())
        self.workspace.timeline.edit_reflection.connect(self.edit_reflection)
        self.reflections_page.edit_reflection.connect(self.edit_reflection)
        self.reflections_page.new_reflection_requested.connect(lambda: self.new_reflection(general=True))
        self._make_actions()
        self._make_menus()
        for button, action in zip(self.empty_buttons, (self.new_case_action, self.search_action,
                                                       self.reflections_action), strict=True):
            button.clicked.connect(action.trigger)
        self.case_list.context_actions = [self.new_note_action, self.new_reflection_action]
        session.unlocked.connect(self.vault_unlocked)
        session.locked.connect(self.vault_locked)
        self.place: dict | None = None  # where the coach was at lock: in memory only, never on disk
        session.about_to_lock.connect(self.remember_place)
        session.about_to_lock.connect(self.flush)
        self.statusBar()
        from coachdesk.app.screen_fit import resize_to_fit

        resize_to_fit(self, 1280, 800)
        if self.width() < 1280:  # a small laptop: the case list a little wider than its share
            self.splitter.setSizes([self.width() * 37 // 100, self.width() * 63 // 100])
        geometry = prefs.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._retranslate()
        self._update_actions()
        from coachdesk.app.compose import install as install_ask_colleague

        install_ask_colleague(self)  # Case > Ask a colleague… (Ctrl+Shift+A), outbox, Settings → Channels

    def _make_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        self.empty_title = QLabel()
        self.empty_title.setObjectName("emptyTitle")
        self.empty_text = QLabel()
        self.empty_text.setObjectName("hint")
        self.empty_text.setWordWrap(True)
        for label in (self.empty_title, self.empty_text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.empty_buttons = [QPushButton() for _ in range(3)]
        for button in self.empty_buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(3)
        return page

    # ----- actions and menus -------------------------------------------------------------------
    def _action(self, shortcut: QKeySequence | str | None, slot) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.new_case_action = self._action(QKeySequence.StandardKey.New, self.new_case)
        self.new_note_action = self._action("Ctrl+Shift+N", self.new_note)
        self.new_reflection_action = self._action("Ctrl+R", lambda: self.new_reflection())
        self.search_action = self._action("Ctrl+K", self.open_search)
        self.reflections_action = self._action("Ctrl+Shift+R", self.show_reflections)
        self.settings_action = self._action(QKeySequence.StandardKey.Preferences, self.settings_requested)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.lock_action = self._action("Ctrl+L", self.session.lock)
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.close)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.about_action = self._action(None, self.about)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.new_case_action, self.new_note_action, self.new_reflection_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.quit_action)
        self.case_menu = bar.addMenu("")
        self.case_menu.addAction(self.new_note_action)
        self.case_menu.addAction(self.new_reflection_action)
        self.case_menu_separator = self.case_menu.addSeparator()
        self.go_menu = bar.addMenu("")
        self.go_menu.addAction(self.search_action)
        self.go_menu.addAction(self.reflections_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("CoachDesk"))
        self.file_menu.setTitle(self.tr("&File"))
        self.case_menu.setTitle(self.tr("&Case"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_case_action.setText(self.tr("&New case…"))
        self.new_note_action.setText(self.tr("New session &note"))
        self.new_reflection_action.setText(self.tr("New &reflection…"))
        self.search_action.setText(self.tr("&Search…"))
        self.reflections_action.setText(self.tr("General &reflections"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About CoachDesk"))
        self.empty_title.setText(self.tr("Good to see you"))
        self.empty_text.setText(self.tr("Choose a case on the left, or create one with Ctrl+N."))
        for button, text, shortcut in zip(
                self.empty_buttons, (self.tr("New case"), self.tr("Search"), self.tr("General reflections")),
                (self.new_case_action, self.search_action, self.reflections_action), strict=True):
            button.setText(f"{text}  ({shortcut.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        self._show_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _show_title(self) -> None:
        case = self.current_case()
        title = self.tr("CoachDesk")
        if self.session.is_demo:
            title += " — " + self.tr("demo vault")
        if case is not None:
            title += f" — {case.code}"
        self.setWindowTitle(title)

    def add_case_action(self, action: QAction) -> None:
        """Add an action about the current case to the Case menu and the case list's context menu."""
        self.case_actions.append(action)
        self.case_menu.addAction(action)
        self.case_list.context_actions.append(action)
        if action.parent() is None:
            action.setParent(self)
        self.addAction(action)
        self._update_actions()

    def _update_actions(self) -> None:
        has_case = self.current_case() is not None
        self.new_note_action.setEnabled(has_case)
        for action in self.case_actions:
            action.setEnabled(has_case)

    # ----- content ------------------------------------------------------------------------------------
    def populate(self) -> None:
        """Fill the case list from the open vault."""
        from coachdesk.services import cases

        store = self.session.store
        self.case_list.set_cases(cases.list_cases(store), cases.all_tags(store))
        self._show_title()
        if self.place is not None:
            self.restore_place()

    # ----- the place to come back to after unlock --------------------------------------------------
    def _scroll_bars(self) -> list:
        """Every vertical scroll bar of the open page, in a fixed order (the widget tree is the same)."""
        from PySide6.QtWidgets import QAbstractScrollArea

        page = self.stack.currentWidget()
        return [area.verticalScrollBar() for area in page.findChildren(QAbstractScrollArea)]

    def remember_place(self) -> None:
        """Before a lock: the page, case, tab, timeline entry and scroll positions (memory only)."""
        if not self.session.is_unlocked:
            return
        case = self.current_case()
        self.place = {
            "folder": str(self.session.data_dir), "page": self.stack.currentIndex(),
            "case": case.id if case is not None else None, "tab": self.workspace.tabs.currentIndex(),
            "entry": self.workspace.timeline.current_entry() if case is not None else None,
            "request": self.workspace.requests.current_request_id() if case is not None else None,
            "scroll": [bar.value() for bar in self._scroll_bars()],
            "list_scroll": self.case_list.view.verticalScrollBar().value(),
        }

    def restore_place(self) -> bool:
        """After unlock: open the same case, tab and entry again and scroll back (once)."""
        from PySide6.QtCore import QTimer

        place, self.place = self.place, None
        if place is None or place["folder"] != str(self.session.data_dir):
            return False
        if place["page"] == PAGE_REFLECTIONS:
            self.show_reflections()
        elif place["case"] is not None:
            from coachdesk.services.cases import open_case

            try:
                open_case(self.session.store, place["case"])
            except Exception:
                return False  # deleted meanwhile
            self.open_case(place["case"])
            self.workspace.tabs.setCurrentIndex(place["tab"])
            if place["entry"]:
                self.workspace.timeline.select(*place["entry"])
            if place["request"] is not None:
                self.workspace.requests.select(place["request"])
        else:
            return False

        def scroll() -> None:
            for bar, value in zip(self._scroll_bars(), place["scroll"], strict=False):
                bar.setValue(value)
            self.case_list.view.verticalScrollBar().setValue(place["list_scroll"])

        scroll()
        QTimer.singleShot(0, self, scroll)  # again once the layout has its final size
        return True

    def refresh_cases(self) -> None:
        if self.session.is_unlocked:
            self.populate()

    def clear_content(self) -> None:
        """After lock: no case content remains in any widget."""
        for dialog in list(self.reflection_dialogs):
            dialog.discard_and_close()
        self.reflection_dialogs.clear()
        if self.search_dialog is not None:
            self.search_dialog.clear()
            self.search_dialog.close()
        self.workspace.clear()
        self.reflections_page.clear()
        self.case_list.clear()
        self.stack.setCurrentIndex(PAGE_EMPTY)
        self._update_actions()
        self._show_title()

    def clear_case_view(self) -> None:
        """Show the empty page instead of the open case (the case is about to be deleted)."""
        self.workspace.clear()
        self.stack.setCurrentIndex(PAGE_EMPTY)
        self._update_actions()
        self._show_title()
        self.case_selected.emit(None)

    def flush(self) -> None:
        """Save everything pending (lock, quit, focus loss)."""
        for dialog in list(self.reflection_dialogs):
            dialog.flush()
        self.workspace.flush()

    def current_case(self) -> m.Case | None:
        return self.workspace.case if self.stack.currentIndex() == PAGE_CASE else None

    def current_note(self) -> m.Note | None:
        return self.workspace.current_note() if self.current_case() is not None else None

    def current_reflection(self) -> m.Reflection | None:
        if self.stack.currentIndex() == PAGE_REFLECTIONS:
            return self.reflections_page.current_reflection()
        return self.workspace.current_reflection() if self.current_case() is not None else None

    def open_case(self, case_id: int) -> None:
        if self.workspace.case is not None and self.workspace.case.id == case_id \
                and self.stack.currentIndex() == PAGE_CASE:
            return
        try:
            self.workspace.load(case_id)
        except Exception as err:
            log.error("open case failed: %s", type(err).__name__)
            QMessageBox.warning(self, self.tr("CoachDesk"), translate_error(err))
            return
        self.stack.setCurrentIndex(PAGE_CASE)
        self.case_list.select_case(case_id, emit=False)
        self._update_actions()
        self._show_title()
        self.case_selected.emit(self.workspace.case)

    def _data_changed(self, _kinds: frozenset[str]) -> None:
        self.refresh_cases()
        self._show_title()

    # ----- commands -------------------------------------------------------------------------------------
    def new_case(self) -> None:
        from coachdesk.app.new_case_dialog import NewCaseDialog

        if not self.session.is_unlocked:
            return
        dialog = NewCaseDialog(self.session.store, self)
        if dialog.exec() and dialog.created is not None:
            from coachdesk.app.case_workspace import TAB_OVERVIEW
            from coachdesk.app.operations import notify

            notify({"cases"})
            self.open_case(dialog.created.id)
            self.workspace.tabs.setCurrentIndex(TAB_OVERVIEW)  # a new case starts from its overview

    def new_note(self) -> None:
        if self.current_case() is not None:
            self.workspace.new_note()

    def new_reflection(self, *, general: bool = False) -> None:
        from coachdesk.app.reflection_editor import ReflectionEditor

        if not self.session.is_unlocked:
            return
        case = None if general else self.current_case()
        dialog = ReflectionEditor(self.session, case_id=case.id if case else None, parent=self)
        self._track(dialog)
        dialog.show()

    def edit_reflection(self, refl_id: int) -> None:
        from coachdesk.app.reflection_editor import ReflectionEditor
        from coachdesk.services.cases import reflection

        refl = reflection(self.session.store, refl_id)
        dialog = ReflectionEditor(self.session, reflection=refl, parent=self)
        self._track(dialog)
        dialog.show()

    def _track(self, dialog) -> None:
        self.reflection_dialogs.append(dialog)
        dialog.saved.connect(self._reflection_saved)
        dialog.finished.connect(lambda _r, d=dialog: self.reflection_dialogs.remove(d)
                                if d in self.reflection_dialogs else None)

    def _reflection_saved(self, refl: m.Reflection) -> None:
        from coachdesk.app.operations import notify

        case = self.workspace.case
        if case is not None and refl.case_id == case.id:
            self.workspace.timeline.upsert_reflection(refl)  # the entry itself, kept selected
        notify({"reflections"})  # the general reflections page and the case list refresh themselves

    def show_reflections(self) -> None:
        if not self.session.is_unlocked:
            return
        self.workspace.flush()
        self.reflections_page.reload()
        self.stack.setCurrentIndex(PAGE_REFLECTIONS)
        self._update_actions()
        self._show_title()

    def open_search(self) -> None:
        from coachdesk.app.search_dialog import SearchDialog

        if not self.session.is_unlocked:
            return
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.session, self)
            self.search_dialog.open_hit.connect(self.open_hit)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.focus_query()

    def open_hit(self, hit) -> None:
        """Show a search hit: a case, a note in its case's timeline, or a reflection."""
        from coachdesk.app.case_workspace import TAB_TIMELINE

        if hit.kind == "reflection":
            if hit.case_id is not None:
                self.open_case(hit.case_id)
                self.workspace.tabs.setCurrentIndex(TAB_TIMELINE)
                self.workspace.timeline.select("reflection", hit.id)
            else:
                self.show_reflections()
                self.reflections_page.select(hit.id)
            return
        if hit.case_id is not None:
            self.open_case(hit.case_id)
        if hit.kind == "note":
            self.workspace.tabs.setCurrentIndex(TAB_TIMELINE)
            self.workspace.timeline.select("note", hit.id)

    def about(self) -> None:
        from coachdesk.app.about import show_about  # version, licences, third-party notices (NOTICE)

        self.about_dialog = show_about(self)

    # ----- window ----------------------------------------------------------------------------------------
    def save_geometry(self) -> None:
        self.prefs.set_geometry("main", self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        self.save_geometry()
        super().closeEvent(event)
