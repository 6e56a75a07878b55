"""One case: a header and the tabs Overview, Timeline, Identifying details and Requests."""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from coachdesk.app.identifiers_page import IdentifiersPage
from coachdesk.app.labels import phase_label, status_label
from coachdesk.app.overview_page import OverviewPage
from coachdesk.app.requests_page import RequestsPage
from coachdesk.app.timeline_page import TimelinePage
from coachdesk.domain import models as m

TAB_OVERVIEW, TAB_TIMELINE, TAB_IDENTIFIERS, TAB_REQUESTS = range(4)


class CaseWorkspace(QWidget):
    case_changed = Signal(object)  # the Case after an edit (for the case list)

    def __init__(self, session, parent: QWidget | None = None, *, dark: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.case: m.Case | None = None
        self.last_load_ms = 0.0
        store = lambda: self.session.store  # noqa: E731
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("hint")
        head.addWidget(self.title)
        head.addWidget(self.subtitle, 1)
        layout.addLayout(head)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview = OverviewPage(store)
        self.timeline = TimelinePage(store, dark=dark)
        self.identifiers = IdentifiersPage(store)
        self.requests = RequestsPage(session)
        for page in (self.overview, self.timeline, self.identifiers, self.requests):
            self.tabs.addTab(page, "")
        layout.addWidget(self.tabs, 1)
        self.overview.case_saved.connect(self._case_saved)
        self.identifiers.changed.connect(lambda: self.timeline.set_terms(self.identifiers.terms()))
        self.timeline.new_note_requested.connect(self.new_note)
        self._retranslate()
        from coachdesk.app.operations import listen

        listen(self, {"identifiers"}, lambda _kinds: self._identifiers_changed())

    def _retranslate(self) -> None:
        for index, text in enumerate((self.tr("&Overview"), self.tr("&Timeline"),
                                      self.tr("&Identifying details"), self.tr("Re&quests"))):
            self.tabs.setTabText(index, text)
        self.tabs.setTabToolTip(TAB_IDENTIFIERS, self.tr("Never leaves this computer"))
        self.tabs.setAccessibleName(self.tr("Case pages"))
        self._show_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _show_header(self) -> None:
        if self.case is None:
            self.title.setText("")
            self.subtitle.setText("")
            return
        self.title.setText(f"{self.case.code}  ·  {self.case.pseudonym}")
        self.subtitle.setText(f"{status_label(self.case.status)} · {phase_label(self.case.phase)}")

    def load(self, case_id: int) -> None:
        """Show a case (pending edits of the previous one are saved first)."""
        started = time.perf_counter()
        self.flush()
        from coachdesk.services import cases

        store = self.session.store
        case = cases.open_case(store, case_id)
        self.case = case
        self.overview.set_case(case, cases.goals(store, case_id), cases.measures(store, case_id))
        self.identifiers.set_case(case_id, case.identifiers)
        terms = [i.value for i in case.identifiers]
        self.timeline.set_content(cases.notes(store, case_id), cases.reflections(store, case_id),
                                  terms=terms, pseudonym=case.pseudonym)
        self.requests.set_case(case)
        self._show_header()
        self.last_load_ms = (time.perf_counter() - started) * 1000

    def clear(self) -> None:
        """Drop every piece of case content from the widgets (on lock)."""
        self.case = None
        self.overview.set_case(None)
        self.identifiers.set_case(None)
        self.timeline.clear()
        self.requests.set_case(None)
        self._show_header()

    def flush(self) -> None:
        if self.case is None:
            return
        self.timeline.flush()
        self.overview.flush()
        self.requests.flush()

    def _case_saved(self, case: m.Case) -> None:
        self.case = case
        self.timeline.pseudonym = case.pseudonym
        self._show_header()
        self.case_changed.emit(case)
        from coachdesk.app.operations import notify

        notify({"cases"})  # the case list and the window title refresh themselves

    def _identifiers_changed(self) -> None:
        """Identifying details added elsewhere (the composer's review): the tab and the timeline's terms."""
        if self.case is None or not self.session.is_unlocked:
            return
        from coachdesk.services.cases import identifiers

        self.identifiers.set_case(self.case.id, identifiers(self.session.store, self.case.id))
        self.timeline.set_terms(self.identifiers.terms())

    def new_note(self) -> m.Note | None:
        if self.case is None:
            return None
        self.flush()
        from coachdesk.services.cases import add_note

        note = add_note(self.session.store, m.Note(case_id=self.case.id, date=date.today()))
        self.tabs.setCurrentIndex(TAB_TIMELINE)
        self.timeline.add_note(note)
        return note

    def current_note(self) -> m.Note | None:
        return self.timeline.current_note()

    def current_reflection(self) -> m.Reflection | None:
        return self.timeline.current_reflection()
