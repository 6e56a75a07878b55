"""The global outbox: every message not yet settled (and the recent ones), with the coach's choices."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.compose.states import local_time, state_color, state_text
from coachdesk.app.core_errors import translate_error

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class OutboxDialog(QDialog):
    def __init__(self, session, service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = service
        self.setWindowTitle(self.tr("Outbox"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Messages are delivered in the background; you can keep working."))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.all_check = QCheckBox(self.tr("Show sent and cancelled too"))
        self.all_check.toggled.connect(lambda _c: self.refresh())
        layout.addWidget(self.all_check)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([self.tr("Ref"), self.tr("Channel"), self.tr("State"), self.tr("Attempts"),
                                   self.tr("Last change"), self.tr("Reason")])
        self.list.header().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.list.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.again_button = QPushButton(self.tr("Send again"))
        self.delivered_button = QPushButton(self.tr("Mark delivered"))
        self.cancel_button = QPushButton(self.tr("Cancel sending"))
        for b, what in ((self.again_button, "send_again"), (self.delivered_button, "mark_delivered"),
                        (self.cancel_button, "cancel")):
            b.clicked.connect(lambda _c=False, w=what: self._decide(w))
            row.addWidget(b)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.message = QLabel()
        layout.addWidget(self.message)
        from coachdesk.app.operations import listen

        listen(self, {"outbox"}, lambda _kinds: self.refresh())
        self.resize(860, 420)
        self.refresh()

    def refresh(self) -> None:
        from coachdesk.services import requests as service
        from coachdesk.services.requests import State

        if not self.session.is_unlocked:
            self.list.clear()
            return
        states = None if self.all_check.isChecked() else [
            State.DRAFT, State.QUEUED, State.SENDING, State.NEEDS_FIXING, State.POSSIBLY_SENT]
        current = self.list.currentItem().data(0, ID_ROLE) if self.list.currentItem() else None
        self.list.clear()
        self.items = {}
        from coachdesk.textsafe import shown  # a server's words, escaped

        for item in reversed(service.items(self.session.store, states=states)):
            self.items[item.id] = item
            row = QTreeWidgetItem([item.label, shown(item.channel_name), state_text(item.state.value),
                                   str(item.attempts), local_time(item.updated_at), shown(item.last_error)])
            row.setData(0, ID_ROLE, item.id)
            if state_color(item.state.value):
                row.setForeground(2, QBrush(QColor(state_color(item.state.value))))
            self.list.addTopLevelItem(row)
            if item.id == current:
                self.list.setCurrentItem(row)
        for col in range(5):
            self.list.resizeColumnToContents(col)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentItem()
        item = self.items.get(row.data(0, ID_ROLE)) if row is not None else None
        state = item.state.value if item is not None else ""
        self.again_button.setEnabled(state in ("needs_fixing", "possibly_sent", "cancelled"))
        self.delivered_button.setEnabled(state == "possibly_sent")
        self.cancel_button.setEnabled(state in ("draft", "queued", "needs_fixing", "possibly_sent"))

    def _decide(self, what: str) -> None:
        from coachdesk.errors import CoachDeskError
        from coachdesk.services.requests import decide

        row = self.list.currentItem()
        if row is None:
            return
        try:
            decide(self.session.store, what, row.data(0, ID_ROLE))
        except CoachDeskError as err:
            self.message.setText(translate_error(err))
            return
        from coachdesk.app.operations import notify

        self.service.wake()
        notify({"outbox", "requests"})  # this list, the Requests tab and the status line
