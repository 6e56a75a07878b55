"""Retention in the GUI: the age of closed cases, the calm reminder after unlock, and deleting a
closed case for good after two confirmations (the second asks for the case code)."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.operations import run_op
from coachdesk.domain.formatting import fi_date

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


def months_since(start: date, today: date | None = None) -> int:
    today = today or date.today()
    months = (today.year - start.year) * 12 + (today.month - start.month)
    return max(0, months - (1 if today.day < start.day else 0))


def closed_age_text(closed: date, today: date | None = None) -> str:
    """"closed 14 mo ago" / "suljettu 14 kk sitten"."""
    months = months_since(closed, today)
    if months == 0:
        return translate("Retention", "closed this month")
    return translate("Retention", "closed %1 mo ago").replace("%1", str(months))


class TypeCodeDialog(QDialog):
    """The second confirmation: type the case code to delete it for good."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(translate("Retention", "CoachDesk — Delete case for good"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        text = QLabel(translate("Retention", "To delete case %1 for good, type its code below.").replace("%1", code))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(code)
        self.edit.setAccessibleName(translate("Retention", "Case code"))
        layout.addWidget(self.edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = self.buttons.addButton(translate("Retention", "&Delete for good"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.delete_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.edit.textChanged.connect(lambda t: self.delete_button.setEnabled(t.strip().upper() == code.upper()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if self.edit.text().strip().upper() == self.code.upper():
            super().accept()


def first_confirmation(parent: QWidget | None, code: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Retention", "CoachDesk — Delete case"))
    box.setText(translate("Retention", "Delete case %1 for good?").replace("%1", code))
    box.setInformativeText(translate(
        "Retention",
        "Its notes, goals, measures, reflections, help requests and outbox items are deleted and the "
        "space they used is wiped. This cannot be undone. Copies in older backups remain until those "
        "roll off (7 days)."))
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.continue_button = box.addButton(translate("Retention", "Continue…"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def delete_case_flow(controller, case_id: int, code: str, parent: QWidget | None = None,
                     on_deleted=None) -> QMessageBox:
    """Two confirmations, then ``purge_case`` on a worker. Returns the first (open) message box;
    ``controller.delete_flow`` holds the current step for tests."""
    first = first_confirmation(parent, code)

    def step_two(button) -> None:
        if button is not first.continue_button:
            return
        second = TypeCodeDialog(code, parent)
        controller.delete_flow = second
        second.accepted.connect(lambda: purge(controller, case_id, on_deleted))
        second.open()

    first.buttonClicked.connect(step_two)
    controller.delete_flow = first
    first.open()
    return first


def purge(controller, case_id: int, on_deleted=None):
    from coachdesk.services.safety import purge_case

    session = controller.session
    if not session.is_unlocked:
        return None
    window = controller.main_window
    vault = session.vault
    window.flush()
    if window.workspace.case is not None and window.workspace.case.id == case_id:
        window.workspace.flush()
        window.clear_case_view()
    window.statusBar().showMessage(translate("Retention", "Deleting the case…"))

    def done(_r) -> None:  # the case list refreshed itself from the hub ("cases")
        controller.purge_relay = None
        log.info("a closed case was deleted for good")  # no id: the log names no case
        window.statusBar().showMessage(translate("Retention", "The case was deleted for good."), 10000)
        if on_deleted is not None:
            on_deleted(case_id)

    def failed(message: str) -> None:
        from coachdesk.app.operations import notify

        controller.purge_relay = None
        window.statusBar().clearMessage()
        notify({"cases"})  # the delete may have committed before the clean-up failed
        QMessageBox.warning(window, translate("Retention", "CoachDesk — Delete case"),
                            translate("Retention", "The case could not be deleted: %1").replace("%1", message))

    controller.purge_relay = run_op(window, lambda: purge_case(vault, case_id), changes={"cases", "requests", "outbox"},
                                    success=done, failure=failed)
    return controller.purge_relay


class RetentionReminder(QDialog):
    """After unlock: closed cases past the retention period, each deletable after confirmation."""

    deleted = Signal(int)

    def __init__(self, controller, items: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(translate("Retention", "CoachDesk — Closed cases to review"))
        self.setMinimumWidth(520)
        months = _retention_months(controller)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel(translate("Retention", "Some closed cases have reached the retention period"))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        text = QLabel(translate("Retention", "You keep closed cases for %1 months. These were closed longer ago. Nothing is "
                         "deleted unless you choose a case and confirm.").replace("%1", str(months)))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Retention", "Closed cases past the retention period"))
        for item in items:
            closed_on = translate("Retention", "closed %1").replace("%1", fi_date(item.closed))
            row = QListWidgetItem(f"{item.code}  ·  {closed_on}  ·  {closed_age_text(item.closed)}")
            row.setData(Qt.ItemDataRole.UserRole, item.case_id)
            row.setData(Qt.ItemDataRole.UserRole + 1, item.code)
            self.list.addItem(row)
        self.list.setCurrentRow(0)
        self.list.setMaximumHeight(self.list.sizeHintForRow(0) * min(max(len(items), 3), 10) + 8)
        layout.addWidget(self.list)
        hint = QLabel(translate("Retention", "You can change the retention period in Settings → Data."))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox()
        self.delete_button = self.buttons.addButton(translate("Retention", "&Delete the chosen case…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.later_button = self.buttons.addButton(translate("Retention", "&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.delete_button.setAutoDefault(False)  # the calm choice is the default one
        self.later_button.setDefault(True)
        self.later_button.setFocus()
        self.delete_button.clicked.connect(self.delete_chosen)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def delete_chosen(self):
        row = self.list.currentItem()
        if row is None:
            return None
        case_id = int(row.data(Qt.ItemDataRole.UserRole))
        return delete_case_flow(self.controller, case_id, str(row.data(Qt.ItemDataRole.UserRole + 1)), self,
                                on_deleted=self._deleted)

    def _deleted(self, case_id: int) -> None:
        for i in range(self.list.count()):
            if int(self.list.item(i).data(Qt.ItemDataRole.UserRole)) == case_id:
                self.list.takeItem(i)
                break
        self.deleted.emit(case_id)
        if self.list.count() == 0:
            self.accept()


def _retention_months(controller) -> int:
    from coachdesk.services.safety import retention_months

    try:
        return retention_months(controller.session.vault)
    except Exception:  # locked meanwhile
        return 12
