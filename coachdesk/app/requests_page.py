"""Requests tab of a case: every request to colleagues with the text that went out, its delivery
state and the coach's choices (send again, mark delivered, edit and resend, cancel), the audit
entries, and the loop closed afterwards (answers, help received, what I will try, group topic).

Contract the case workspace relies on: ``RequestsPage(session, parent)``, ``set_case(case | None)``
and ``flush()``. ``coachdesk.app.compose.install`` gives it the composer hooks; it listens to the change
hub (``requests``, ``outbox``) itself.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.compose.states import local_time, outcome_text, state_color, state_text
from coachdesk.app.core_errors import translate_error

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NARROW_PX = 380


class RequestsPage(QWidget):
    """Refreshes itself when the change hub reports requests or outbox changes."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case = None
        self.records: dict[int, object] = {}
        self.followups: dict[int, list] = {}  # request id -> its answers, help received, what I will try
        self.items: dict[int, object] = {}  # request id -> newest outbox item
        self.ask = None  # set by coachdesk.app.compose.install: ask(case) opens the composer
        self.edit_and_resend = None  # edit_and_resend(request, item_id)
        self.record_followup = None  # record_followup(request) -> bool
        self.service = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.ask_button = QPushButton()
        self.ask_button.clicked.connect(self._ask)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        top.addWidget(self.ask_button)
        top.addWidget(self.hint, 1)
        layout.addLayout(top)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setColumnCount(4)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        self.list.currentItemChanged.connect(lambda _c, _p: self._show_current())
        self.list.viewport().installEventFilter(self)  # narrow (a small laptop): the date column goes
        split.addWidget(self.list)
        detail = QWidget()
        d = QVBoxLayout(detail)
        d.setContentsMargins(8, 0, 0, 0)
        self.life_label = QLabel()
        self.life_label.setObjectName("requestLife")
        self.life_label.setTextFormat(Qt.TextFormat.RichText)
        d.addWidget(self.life_label)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setObjectName("requestState")
        d.addWidget(self.state_label)
        actions = QHBoxLayout()
        self.check_button = QPushButton()
        self.again_button = QPushButton()
        self.delivered_button = QPushButton()
        self.edit_button = QPushButton()
        self.cancel_button = QPushButton()
        self.followup_button = QPushButton()
        for b in (self.check_button, self.again_button, self.delivered_button, self.edit_button, self.cancel_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.followup_button)
        d.addLayout(actions)
        self.check_button.clicked.connect(self.check_channel)
        self.again_button.clicked.connect(lambda: self._decide("send_again"))
        self.delivered_button.clicked.connect(lambda: self._decide("mark_delivered"))
        self.cancel_button.clicked.connect(lambda: self._decide("cancel"))
        self.edit_button.clicked.connect(self._edit)
        self.followup_button.clicked.connect(self._followup)
        self.text_view = QTextBrowser()
        self.text_view.setObjectName("requestText")
        d.addWidget(self.text_view, 3)
        self.answers_title = QLabel()
        self.answers_title.setObjectName("sectionTitle")
        d.addWidget(self.answers_title)
        self.answers_view = QTextBrowser()
        self.answers_view.setObjectName("requestAnswers")
        d.addWidget(self.answers_view, 2)
        self.group_check = QCheckBox()
        self.group_check.toggled.connect(self._group_toggled)
        d.addWidget(self.group_check)
        self.audit_title = QLabel()
        self.audit_title.setObjectName("sectionTitle")
        d.addWidget(self.audit_title)
        self.audit = QTreeWidget()
        self.audit.setRootIsDecorated(False)
        self.audit.setColumnCount(4)
        self.audit.header().setStretchLastSection(True)  # the outcome is read in full; the hash may be cut
        self.audit.setMinimumHeight(90)
        d.addWidget(self.audit, 2)
        split.addWidget(detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 520])
        self.list.setMinimumWidth(220)
        layout.addWidget(split, 1)
        self._retranslate()
        self._show_current()
        from coachdesk.app.operations import listen

        listen(self, {"requests", "outbox"}, lambda _kinds: self.refresh())

    def _retranslate(self) -> None:
        self.ask_button.setText(self.tr("Ask a colleague…"))
        self.ask_button.setToolTip("Ctrl+Shift+A")
        self.hint.setText(self.tr("Only reviewed text with identifying details replaced is ever sent."))
        self.list.setHeaderLabels([self.tr("Ref"), self.tr("Topic"), self.tr("State"), self.tr("Date")])
        self.check_button.setText(self.tr("Check the channel"))
        self.again_button.setText(self.tr("Send again"))
        self.delivered_button.setText(self.tr("Mark delivered"))
        self.cancel_button.setText(self.tr("Cancel sending"))
        self.followup_button.setText(self.tr("&Record an answer…"))
        self.answers_title.setText(self.tr("Answers and what I will try"))
        self.answers_view.setAccessibleName(self.answers_title.text())
        self.group_check.setText(self.tr("A topic for the group session"))
        self.audit_title.setText(self.tr("Delivery log"))
        self.audit.setHeaderLabels([self.tr("Time"), self.tr("Channel"), self.tr("Outcome"), self.tr("Message hash")])
        self.refresh()

    def eventFilter(self, watched, event) -> bool:  # Qt API
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The topic keeps room to be read: below NARROW_PX the date column is hidden (it is in the card)."""
        self.list.setColumnHidden(3, self.list.viewport().width() < NARROW_PX)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # ----- content ------------------------------------------------------------------------------
    def set_case(self, case) -> None:
        self.case = case
        self.refresh()

    def flush(self) -> None:
        """Nothing pending: every choice is saved at once."""

    def refresh(self) -> None:
        """Reload the requests of the case (after delivery results, sends and decisions)."""
        current = self.current_request_id()
        self.list.blockSignals(True)
        self.list.clear()
        self.records, self.items, self.followups = {}, {}, {}
        if self.case is not None and self.session.is_unlocked:
            from coachdesk.outbox import requests
            from coachdesk.services import requests as service

            store = self.session.store
            for followup in requests.list_followups(store, self.case.id):
                self.followups.setdefault(followup.request_id, []).append(followup)
            for record in requests.list_requests(store, self.case.id):
                rid = record.request.id
                self.records[rid] = record
                items = service.items(store, request_id=rid)
                if items:
                    self.items[rid] = items[-1]
                state = self.life_state(rid)
                item = QTreeWidgetItem([f"#{record.request.ref}", record.request.topic or self.tr("(no topic yet)"),
                                        state_text(state), local_time(record.created_at).split(" ")[0]])
                item.setData(0, ID_ROLE, rid)
                color = state_color(state)
                if color:
                    item.setForeground(2, QBrush(QColor(color)))
                self.list.addTopLevelItem(item)
        for col in (0, 2, 3):
            self.list.resizeColumnToContents(col)
        self.list.blockSignals(False)
        if not self.select(current) and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._show_current()

    def select(self, request_id: int | None) -> bool:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, ID_ROLE) == request_id:
                self.list.setCurrentItem(item)
                return True
        return False

    def current_request_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def current_state(self) -> str | None:
        rid = self.current_request_id()
        return self.records[rid].state if rid in self.records else None

    def life_state(self, request_id: int) -> str:
        """The delivery state; "draft" for a composer draft, "answered" once a sent request has an answer."""
        record = self.records[request_id]
        if record.draft:
            return "draft"
        return "answered" if record.state == "sent" and self.followups.get(request_id) else record.state

    def _life_html(self, state: str) -> str:
        """The request's life on one line: draft → queued → sent → answered, the current step in bold."""
        import html

        steps = [("unsent", self.tr("Draft")), ("queued", self.tr("Queued")), ("sent", self.tr("Sent")),
                 ("answered", self.tr("Answered"))]
        where = {"unsent": 0, "draft": 0, "cancelled": 0, "queued": 1, "sending": 1, "needs_fixing": 1,
                 "possibly_sent": 1, "sent": 2, "answered": 3}.get(state, 0)
        parts = []
        for i, (_key, text) in enumerate(steps):
            text = html.escape(text)
            if i == where:
                parts.append(f"<b>{text}</b>")
            elif i < where:
                parts.append(f"<span style='color:#2e7d5b'>{text} ✓</span>")
            else:
                parts.append(f"<span style='color:palette(placeholder-text)'>{text}</span>")
        return " → ".join(parts)

    def _answers_html(self, request_id: int) -> str:
        import html

        from coachdesk.app.compose.followups import followup_label
        from coachdesk.app.labels import date_text

        rows = []
        for f in self.followups.get(request_id, []):
            title, body = followup_label(f)
            text = html.escape(body).replace("\n", "<br>")
            rows.append(f"<p><b>{html.escape(title)}</b> <span style='color:#6b746f'>{date_text(f.date)}</span>"
                        f"<br>{text}</p>")
        return "".join(rows)

    def _show_current(self) -> None:
        rid = self.current_request_id()
        record = self.records.get(rid)
        item = self.items.get(rid)
        state = record.state if record else ""
        self.ask_button.setEnabled(self.case is not None)
        for b in (self.check_button, self.again_button, self.delivered_button, self.edit_button, self.cancel_button):
            b.setVisible(False)
        draft = record is not None and record.draft
        self.followup_button.setVisible(record is not None and not draft)
        self.group_check.setVisible(record is not None and not draft)  # a draft is no topic yet
        self.life_label.setVisible(record is not None)
        answers = self._answers_html(rid) if record is not None else ""
        self.answers_title.setVisible(bool(answers))
        self.answers_view.setVisible(bool(answers))
        self.answers_view.setHtml(answers)
        self.audit.clear()
        if record is None:
            self.state_label.setText(self.tr("No requests yet. Ask a colleague about this case with Ctrl+Shift+A.")
                                     if self.case is not None else "")
            self.text_view.clear()
            return
        self.text_view.setPlainText(item.text if item is not None else record.text)
        self.life_label.setText(self._life_html(self.life_state(rid)))
        self.state_label.setText(self._state_sentence(record, item))
        self.edit_button.setText(self.tr("&Continue writing…") if draft else self.tr("&Edit and resend…"))
        self.check_button.setVisible(state == "possibly_sent")
        self.again_button.setVisible(state == "possibly_sent")
        self.delivered_button.setVisible(state == "possibly_sent")
        self.edit_button.setVisible(state in ("needs_fixing", "cancelled", "unsent"))
        self.cancel_button.setVisible(state in ("needs_fixing", "queued", "possibly_sent"))
        self.followup_button.setEnabled(state == "sent")
        self.group_check.blockSignals(True)
        self.group_check.setChecked(record.request.group_topic)
        self.group_check.blockSignals(False)
        if item is not None:
            from coachdesk.services.requests import audit
            from coachdesk.textsafe import shown

            for entry in audit(self.session.store, item.id):
                detail = outcome_text(entry.outcome)
                if entry.http_status:
                    detail += f" (HTTP {entry.http_status})"
                row = QTreeWidgetItem([local_time(entry.at), shown(entry.channel_name), detail,
                                       entry.payload_sha256[:8]])
                row.setToolTip(2, shown(entry.detail or detail))
                row.setToolTip(3, entry.payload_sha256)
                self.audit.addTopLevelItem(row)
            for col in (0, 1, 2):
                self.audit.resizeColumnToContents(col)

    def _state_sentence(self, record, item) -> str:
        state = record.state
        text = state_text(state)
        if item is None:
            return self.tr("A draft: saved as you typed, not sent. Continue writing to check and send it.") \
                if record.draft else text
        from coachdesk.textsafe import shown  # a server's words and names, escaped

        where, error = shown(item.channel_name), shown(item.last_error or "-")
        if state == "sent" and self.followups.get(record.request.id):
            return self.tr("Sent to %1 on %2; answered.").replace("%1", where).replace("%2", local_time(item.sent_at))
        if state == "sent":
            return self.tr("Sent to %1 on %2.").replace("%1", where).replace("%2", local_time(item.sent_at))
        if state in ("queued", "sending"):
            extra = self.tr(" Waiting for the network; it is retried automatically.") if item.last_error else ""
            if item.last_outcome == "waiting":  # a protected Teams channel without a valid sign-in
                extra = self.tr(" Waiting for your sign-in: Settings → Channels → Sign in.")
            return self.tr("Queued for %1.").replace("%1", where) + extra
        if state == "needs_fixing":
            return self.tr("Needs fixing: %1 refused the message (%2). Edit and resend, or cancel.") \
                .replace("%1", where).replace("%2", error)
        if state == "possibly_sent":
            return self.tr("Possibly sent: there was no clear answer from %1 (%2). Look in the channel for #%3, "
                           "then choose “Send again” or “Mark delivered”.") \
                .replace("%1", where).replace("%2", error).replace("%3", record.request.ref)
        return text

    # ----- actions ------------------------------------------------------------------------------
    def _ask(self) -> None:
        if self.ask is not None and self.case is not None:
            self.ask(self.case)

    def check_channel(self) -> None:
        """Copy the reference so the coach can search the channel for it."""
        record = self.records.get(self.current_request_id())
        if record is not None:
            from coachdesk.app import clipboard

            clipboard.copy(f"#{record.request.ref}", private=False)
            self.state_label.setText(self.tr("Copied #%1: search for it in the channel.").replace("%1", record.request.ref))

    def _decide(self, what: str) -> None:
        from coachdesk.errors import CoachDeskError
        from coachdesk.services.requests import decide

        item = self.items.get(self.current_request_id())
        if item is None:
            return
        try:
            decide(self.session.store, what, item.id)
        except CoachDeskError as err:
            self.state_label.setText(translate_error(err))
            return
        from coachdesk.app.operations import notify

        if self.service is not None:
            self.service.wake()
        notify({"outbox", "requests"})

    def _edit(self) -> None:
        record = self.records.get(self.current_request_id())
        if record is not None and self.edit_and_resend is not None:
            item = self.items.get(record.request.id)
            self.edit_and_resend(record.request, item.id if item is not None else None)

    def _group_toggled(self, on: bool) -> None:
        from coachdesk.outbox import requests

        rid = self.current_request_id()
        if rid is not None:
            from coachdesk.app.operations import notify

            requests.set_group_topic(self.session.store, rid, on)
            notify({"requests"})

    def _followup(self) -> None:
        record = self.records.get(self.current_request_id())
        if record is not None and self.record_followup is not None:
            self.record_followup(record.request)
