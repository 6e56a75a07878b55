"""New case (Ctrl+N): code (suggested), pseudonym, phase, payer, tags."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from coachdesk.app.core_errors import translate_error
from coachdesk.app.labels import payer_label, phase_label
from coachdesk.domain import models as m


class NewCaseDialog(QDialog):
    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.created: m.Case | None = None
        self.setWindowTitle(self.tr("CoachDesk — New case"))
        form = QFormLayout(self)
        from coachdesk.services.cases import next_case_code

        self.code_edit = QLineEdit(next_case_code(store))
        self.pseudonym_edit = QLineEdit()
        self.pseudonym_edit.setPlaceholderText(self.tr("A made-up name, e.g. Metsätie"))
        self.phase_combo = QComboBox()
        for phase in m.Phase:
            self.phase_combo.addItem(phase_label(phase), phase.value)
        self.payer_combo = QComboBox()
        for payer in m.Payer:
            self.payer_combo.addItem(payer_label(payer), payer.value)
        self.payer_combo.setCurrentIndex(self.payer_combo.findData(m.Payer.OTHER.value))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("comma-separated"))
        for text, field in ((self.tr("&Code"), self.code_edit), (self.tr("&Pseudonym"), self.pseudonym_edit),
                            (self.tr("P&hase"), self.phase_combo), (self.tr("Pa&yer"), self.payer_combo),
                            (self.tr("&Tags"), self.tags_edit)):
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(text, field)
        hint = QLabel(self.tr("Use a pseudonym here. Real names go to the case's Identifying details, "
                              "which never leave this computer."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setProperty("error", True)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.pseudonym_edit.setFocus()
        self.setMinimumWidth(480)
        hint.setMinimumHeight(hint.heightForWidth(440))

    def create(self) -> None:
        from coachdesk.errors import CoachDeskError
        from coachdesk.services.cases import create_case

        try:
            self.created = create_case(self.store, m.Case(
                code=self.code_edit.text().strip(), pseudonym=self.pseudonym_edit.text().strip(),
                phase=m.Phase(self.phase_combo.currentData()), payer=m.Payer(self.payer_combo.currentData()),
                tags=[t for t in self.tags_edit.text().split(",") if t.strip()],
            ))
        except CoachDeskError as err:
            self.message.setText(translate_error(err))
            return
        self.accept()
