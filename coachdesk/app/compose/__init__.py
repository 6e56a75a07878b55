"""The "Ask a colleague" UI: composer with privacy review, outbox delivery service, Requests tab
wiring, the outbox and group-topic views (Settings → Channels and Colleagues register themselves in
their own modules). Views refresh themselves from the change hub (coachdesk.app.operations).

``install(main_window)`` wires everything into a MainWindow (called once, from MainWindow).
Heavy modules (httpx, the scrubber) load only when used.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

log = logging.getLogger(__name__)
SHORTCUT = "Ctrl+Shift+A"
SPARE_DELAY_MS = 1500  # after unlock / after a composer closed: build the next one when idle


class AskColleague(QObject):
    """Owns the outbox service and the open composer / outbox windows of one main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        from coachdesk.app.compose.service import OutboxService

        self.window = window
        self.session = window.session
        self.service = OutboxService(self.session, self)
        self.dialogs: list = []
        self.spare = None  # an empty composer built ahead of time
        self.ask_action = QAction(window)
        self.ask_action.setShortcut(QKeySequence(SHORTCUT))
        self.ask_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.ask_action.triggered.connect(lambda: self.ask())
        window.add_case_action(self.ask_action)
        self.outbox_action = QAction(window)
        self.outbox_action.triggered.connect(self.show_outbox)
        self.topics_action = QAction(window)
        self.topics_action.triggered.connect(self.show_group_topics)
        for action in (self.outbox_action, self.topics_action):
            window.go_menu.addAction(action)
            window.addAction(action)
        page = window.workspace.requests
        page.ask = lambda _case: self.ask(from_selection=False)
        page.edit_and_resend = self.edit_and_resend
        page.record_followup = self.record_followup
        page.service = self.service
        self.status_button = QPushButton()
        self.status_button.setFlat(True)
        self.status_button.setObjectName("outboxStatus")
        self.status_button.clicked.connect(self.show_outbox)
        self.status_button.hide()
        window.statusBar().addPermanentWidget(self.status_button)
        from coachdesk.app.operations import listen

        listen(self, {"outbox"}, lambda _kinds: self.update_status())  # deliveries, decisions, sends
        listen(self, {"requests"}, lambda _kinds: self.load_followups())
        self.session.locked.connect(self.close_all)
        self.session.unlocked.connect(lambda _v: self._prepare_spare(SPARE_DELAY_MS))
        self.session.unlocked.connect(lambda _v: self.update_status())
        if self.session.is_unlocked:
            self._prepare_spare(SPARE_DELAY_MS)
        window.case_selected.connect(lambda _case: self.load_followups())
        from coachdesk.app.compose.replies_ui import attach

        self.replies = attach(self)  # replies come back from two-way channels (issue 17)
        from coachdesk.app.i18n import notifier

        notifier().changed.connect(self.retranslate)  # a bound slot: disconnected with this object
        self.retranslate()

    def retranslate(self, _lang: str = "") -> None:
        self.ask_action.setText(self.tr("&Ask a colleague…"))
        self.outbox_action.setText(self.tr("&Outbox"))
        self.topics_action.setText(self.tr("&Group session topics…"))

    def update_status(self) -> None:
        """A quiet note in the status bar while messages wait or need the coach's decision."""
        from coachdesk.services import requests as service
        from coachdesk.services.requests import State

        if not self.session.is_unlocked:
            self.status_button.hide()
            return
        items = service.items(
            self.session.store, states=[State.QUEUED, State.SENDING, State.NEEDS_FIXING, State.POSSIBLY_SENT])
        waiting = sum(i.state in (State.QUEUED, State.SENDING) for i in items)
        decide = len(items) - waiting
        parts = []
        if waiting:
            parts.append(self.tr("Outbox: %n waiting", "", waiting))
        if decide:
            parts.append(self.tr("%n need(s) your decision", "", decide))
        self.status_button.setText(" · ".join(parts))
        self.status_button.setVisible(bool(parts))

    # ----- composer -----------------------------------------------------------------------------
    def draft(self, *, from_selection: bool = True):
        """A HelpRequest pre-filled from the selected reflection or note, else from the case."""
        from coachdesk.app.case_workspace import TAB_TIMELINE
        from coachdesk.app.i18n import current_language
        from coachdesk.domain import help_request as hr

        case = self.window.current_case()
        if case is None or not self.session.is_unlocked:
            return None, None
        store = self.session.store
        lang = self.case_language(case.id, current_language() if current_language() in hr.LANGS else "fi")
        on_timeline = self.window.workspace.tabs.currentIndex() == TAB_TIMELINE
        if from_selection and on_timeline:
            refl = self.window.current_reflection()
            if refl is not None and refl.id is not None:
                return hr.draft_from_reflection(store, refl.id, lang), case
            note = self.window.current_note()
            if note is not None and note.id is not None:
                self.window.workspace.flush()
                return hr.draft_from_note(store, note.id, lang), case
        return hr.draft_from_case(store, case.id, lang), case

    def case_language(self, case_id: int, default: str) -> str:
        """One language per request: the language the case is written in (an English case gets the
        English template, so labels and placeholders agree), else ``default``."""
        from coachdesk.services.requests import case_language

        return case_language(self.session.store, case_id, default)

    def ask(self, *, from_selection: bool = True):
        """Open the composer: the case's newest draft about the same thing (the case, or the selected
        note or reflection) if there is one, else a new request."""
        from coachdesk.outbox import requests

        request, case = self.draft(from_selection=from_selection)
        if request is None:
            return None
        source = (request.note_id, request.reflection_id)
        for draft in requests.list_drafts(self.session.store, case.id):
            if (draft.request.note_id, draft.request.reflection_id) == source:
                return self.open_composer(draft.request, case)
        return self.open_composer(request, case)

    def open_composer(self, request, case=None, *, resend_item_id: int | None = None):
        dialog = self._take_spare()
        dialog.queued.connect(self._queued)
        dialog.terms_added.connect(self._terms_added)
        self._track(dialog)
        dialog.finished.connect(lambda _r: self._prepare_spare(SPARE_DELAY_MS))  # not while the coach types
        dialog.start(request, case=case, resend_item_id=resend_item_id)
        dialog.show()
        return dialog

    def _new_composer(self):
        from coachdesk.app.compose.composer import ComposerDialog

        dialog = ComposerDialog(self.session, service=self.service, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def _take_spare(self):
        dialog, self.spare = self.spare, None
        return dialog if dialog is not None else self._new_composer()

    def _prepare_spare(self, delay_ms: int) -> None:
        """Build an empty composer when the app is idle, so Ctrl+Shift+A only fills and shows it."""
        def build() -> None:
            if self.spare is None and self.session.is_unlocked:
                self.spare = self._new_composer()
                self.spare.ensurePolished()

        QTimer.singleShot(delay_ms, self, build)

    def edit_and_resend(self, request, item_id: int | None):
        from coachdesk.outbox import requests

        case = self.window.current_case()
        return self.open_composer(requests.get_request(self.session.store, request.id), case, resend_item_id=item_id)

    def _queued(self, request_id: int) -> None:
        from coachdesk.app.case_workspace import TAB_REQUESTS
        from coachdesk.app.operations import notify

        notify({"requests", "outbox"})  # the Requests tab and the status line refresh themselves
        self.window.workspace.requests.select(request_id)
        if self.window.current_case() is not None:
            self.window.workspace.tabs.setCurrentIndex(TAB_REQUESTS)

    def _terms_added(self, _case_id: int) -> None:
        from coachdesk.app.operations import notify

        notify({"identifiers"})  # the open case's Identifying details tab and timeline refresh themselves

    # ----- follow-ups and views -----------------------------------------------------------------
    def record_followup(self, request):
        from coachdesk.app.compose.followups import FollowupDialog

        dialog = FollowupDialog(self.session, request, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._track(dialog)
        dialog.show()
        return dialog

    def load_followups(self) -> None:
        """Show the current case's answers and "what I will try" in its timeline."""
        from coachdesk.outbox.requests import list_followups

        case = self.window.workspace.case
        if case is not None and self.session.is_unlocked:
            self.window.workspace.timeline.set_followups(list_followups(self.session.store, case.id))

    def show_outbox(self):
        from coachdesk.app.compose.outbox_view import OutboxDialog

        if not self.session.is_unlocked:
            return None
        dialog = OutboxDialog(self.session, self.service, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._track(dialog)
        dialog.show()
        return dialog

    def show_group_topics(self):
        from coachdesk.app.compose.followups import GroupTopicsDialog

        if not self.session.is_unlocked:
            return None
        dialog = GroupTopicsDialog(self.session, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._track(dialog)
        dialog.show()
        return dialog

    def _track(self, dialog) -> None:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)

    def close_all(self) -> None:
        """On lock: no request text stays on screen (drafts were saved on ``about_to_lock``)."""
        self.status_button.hide()
        for dialog in list(self.dialogs):
            dialog.reject()
        self.dialogs.clear()


def install(window) -> AskColleague:
    """Wire "Ask a colleague" into a MainWindow (once)."""
    existing = getattr(window, "ask_colleague", None)
    if existing is not None:
        return existing
    window.ask_colleague = AskColleague(window)
    return window.ask_colleague


__all__ = ["SHORTCUT", "AskColleague", "install"]
