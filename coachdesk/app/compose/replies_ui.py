"""Replies come back (UI): :class:`RepliesService` fetches replies off the UI thread while the vault
is unlocked (after unlock, when the Requests tab opens, every ``INTERVAL_MS``); :class:`RepliesBox`
shows the current request's replies on the Requests tab with "Make it the answer…";
:class:`AnswerDialog` asks the kind of help and what the coach will try. The core is
coachdesk.outbox.replies; nothing here waits on the network."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.compose.states import local_time

log = logging.getLogger(__name__)
INTERVAL_MS = 10 * 60 * 1000  # a gentle interval (each channel's Retry-After is honoured too)
FIRST_DELAY_MS = 3000  # after unlock: let the workspace settle first
REPLY_ROLE = Qt.ItemDataRole.UserRole + 7


class RepliesService(QObject):
    """The hub's ``changed({"replies"})`` after a fetch stored something; ``new_replies(n)`` for a
    notification."""

    new_replies = Signal(int)

    def __init__(self, session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.fetcher = None
        self.busy = False
        self.last_report = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.fetch_now)
        session.unlocked.connect(lambda _v: self.start())
        session.about_to_lock.connect(self.stop)
        if session.is_unlocked:
            self.start()

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(FIRST_DELAY_MS, self.fetch_now)

    def stop(self) -> None:
        self.timer.stop()
        fetcher, self.fetcher = self.fetcher, None
        if fetcher is not None:
            fetcher.cancel()  # a fetch in flight stops after its current thread (one transaction each)
            if not self.busy:
                fetcher.close()

    def fetch_now(self) -> None:
        """Start a fetch on a worker unless one runs (or the vault is locked); returns at once."""
        from coachdesk.app.workers import run_in_thread

        if self.busy or not self.session.is_unlocked:
            return
        from coachdesk.outbox.replies import ReplyFetcher

        if self.fetcher is None:
            self.fetcher = ReplyFetcher(self.session.store)
        fetcher = self.fetcher
        self.busy = True

        def done(report) -> None:
            self.busy = False
            if fetcher is not self.fetcher:  # locked meanwhile
                fetcher.close()
                return
            self.last_report = report
            if report.new or report.gone:
                from coachdesk.app.operations import notify

                notify({"replies"})
            if report.new:
                self.new_replies.emit(report.new)

        def failed(err: BaseException) -> None:
            self.busy = False
            log.info("reply fetch stopped: %s", type(err).__name__)  # no text: it could hold a reply
            if fetcher is not self.fetcher:
                fetcher.close()

        run_in_thread(fetcher.fetch, done, failed)


def notify(parent: QWidget, count: int) -> bool:
    """A desktop notification naming no client or case; nothing where the platform has no tray."""
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    if not QSystemTrayIcon.isSystemTrayAvailable() or not QSystemTrayIcon.supportsMessages():
        return False
    tray = getattr(parent, "_replies_tray", None)
    if tray is None:
        tray = QSystemTrayIcon(QApplication.windowIcon(), parent)
        parent._replies_tray = tray
        tray.show()
    text = QApplication.translate("Replies", "New replies from colleagues: %1").replace("%1", str(count))
    tray.showMessage("CoachDesk", text)
    return True


class AnswerDialog(QDialog):
    """Kind of help (tip, 1:1 sparring, group-session topic) and "what I will try"."""

    def __init__(self, reply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make it the answer") + f" — #{reply.request_ref}")
        form = QFormLayout(self)
        quote = QLabel(f"{reply.author}: {reply.text[:300]}")
        quote.setWordWrap(True)
        quote.setTextFormat(Qt.TextFormat.PlainText)  # a reply is never interpreted as markup
        form.addRow(quote)
        self.help_combo = QComboBox()
        for key, text in (("tip", self.tr("Tip")), ("sparring", self.tr("1:1 sparring")),
                          ("group", self.tr("Group-session topic"))):
            self.help_combo.addItem(text, key)
        self.try_edit = QLineEdit()
        self.try_edit.setPlaceholderText(self.tr("optional"))
        form.addRow(self.tr("Kind of help"), self.help_combo)
        form.addRow(self.tr("What I will try"), self.try_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class RepliesBox(QWidget):
    """The replies to the request shown on the Requests tab; ``answered`` after one became the answer."""

    answered = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.request_id: int | None = None
        self.replies: dict[int, object] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.answer_button = QPushButton()
        self.answer_button.clicked.connect(self.make_answer)
        top.addWidget(self.title, 1)
        top.addWidget(self.answer_button)
        layout.addLayout(top)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(3)
        self.list.currentItemChanged.connect(lambda _c, _p: self._show_current())
        layout.addWidget(self.list, 1)
        self.text = QTextBrowser()
        self.text.setObjectName("replyText")
        self.text.setMaximumHeight(90)
        layout.addWidget(self.text)
        self.retranslate()
        session.locked.connect(self.clear)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Replies from colleagues"))
        self.answer_button.setText(self.tr("Make it the answer…"))
        self.list.setHeaderLabels([self.tr("From"), self.tr("Time"), self.tr("Reply")])

    def clear(self) -> None:
        self.request_id = None
        self.replies = {}
        self.list.clear()
        self.text.clear()
        self.setVisible(False)

    def show_request(self, request_id: int | None) -> None:
        """Show (and mark seen) the replies of one request; hidden when there are none."""
        from coachdesk.outbox import replies as rp

        self.request_id = request_id
        self.list.clear()
        self.replies = {}
        if request_id is None or not self.session.is_unlocked:
            self.clear()
            return
        store = self.session.store
        for reply in rp.list_replies(store, request_id=request_id):
            self.replies[reply.id] = reply
            first_line = reply.text.strip().splitlines()[0] if reply.text.strip() else ""
            row = QTreeWidgetItem([reply.author or "?", local_time(reply.posted_at), first_line[:120]])
            row.setData(0, REPLY_ROLE, reply.id)
            if reply.followup_id is not None:
                row.setToolTip(2, self.tr("This reply is the answer."))
            if reply.seen_at is None:
                font = row.font(0)
                font.setBold(True)
                for col in range(3):
                    row.setFont(col, font)
            self.list.addTopLevelItem(row)
        if self.replies:
            rp.mark_seen(store, request_id=request_id)
            self.list.setCurrentItem(self.list.topLevelItem(self.list.topLevelItemCount() - 1))
        for col in (0, 1):
            self.list.resizeColumnToContents(col)
        self.setVisible(bool(self.replies))
        self._show_current()

    def current_reply(self):
        item = self.list.currentItem()
        return self.replies.get(item.data(0, REPLY_ROLE)) if item is not None else None

    def _show_current(self) -> None:
        reply = self.current_reply()
        self.text.setPlainText(reply.text if reply is not None else "")  # plain text: nothing interpreted
        self.answer_button.setEnabled(reply is not None and reply.followup_id is None)

    def make_answer(self, *, kind: str | None = None, will_try: str | None = None) -> bool:
        """One click: the dialog asks the kind of help (tests pass ``kind``/``will_try``)."""
        from coachdesk.errors import CoachDeskError
        from coachdesk.outbox import replies as rp

        reply = self.current_reply()
        if reply is None:
            return False
        if kind is None:
            dialog = AnswerDialog(reply, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            kind, will_try = dialog.help_combo.currentData(), dialog.try_edit.text()
        try:
            rp.to_answer(self.session.store, reply.id, kind, will_try or "")
        except CoachDeskError as err:
            self.text.setPlainText(str(err))
            return False
        from coachdesk.app.operations import notify

        notify({"requests", "replies"})  # this box, the Requests tab, the timeline
        self.answered.emit()
        return True


def attach(ask_colleague) -> RepliesService:
    """Wire replies into the Requests tab, the case list and the timeline (from compose.install)."""
    window = ask_colleague.window
    session = ask_colleague.session
    service = RepliesService(session, ask_colleague)
    page = window.workspace.requests
    box = RepliesBox(session, page)
    box.setVisible(False)
    layout = page.text_view.parentWidget().layout()
    layout.insertWidget(layout.indexOf(page.text_view) + 1, box, 2)
    page.replies_box = box

    def show_current() -> None:
        box.show_request(page.current_request_id())
        _update_counts(window, session)

    from coachdesk.app.operations import listen

    page.list.currentItemChanged.connect(lambda _c, _p: show_current())
    listen(box, {"replies"}, lambda _kinds: show_current())
    service.new_replies.connect(lambda n: notify(window, n))
    tabs = window.workspace.tabs
    tabs.currentChanged.connect(lambda index: service.fetch_now() if tabs.widget(index) is page else None)
    session.unlocked.connect(lambda _v: _update_counts(window, session))
    return service


def _update_counts(window, session) -> None:
    """The unseen-reply count per case in the case list."""
    if not session.is_unlocked:
        return
    from coachdesk.outbox.replies import unseen_counts

    model = getattr(window.case_list, "model", None)
    if model is not None and hasattr(model, "set_badges"):
        model.set_badges(unseen_counts(session.store))
