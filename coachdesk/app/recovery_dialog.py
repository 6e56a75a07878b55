"""Forgot the passphrase: the recovery key opens the vault and a new passphrase is set."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from coachdesk.app import kdf
from coachdesk.app.core_errors import translate_error
from coachdesk.app.workers import run_in_thread
from coachdesk.vault.strength import acceptable


def _recover(folder: Path, recovery_key: str, new_passphrase: str, kdf_params):
    from coachdesk.vault.vault import Vault, unlock_with_recovery_key

    vault = Vault.open_with_key(folder, unlock_with_recovery_key(folder, recovery_key), quick_check=False)
    try:  # rotates the data key; the recovery key keeps working (sealed for it again)
        rotated = vault.reset_passphrase(new_passphrase, kdf=kdf_params, recovery_key=recovery_key)
    except BaseException:
        vault.close()
        raise
    return vault, rotated


class RecoveryDialog(QDialog):
    """Emits ``recovered(vault)`` (open, with the new passphrase set)."""

    recovered = Signal(object)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setWindowTitle(self.tr("CoachDesk — Recovery key"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Enter the recovery key you stored when you created the vault, "
                               "then choose a new passphrase."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.key_edit = QLineEdit()
        self.key_edit.setAccessibleName(self.tr("Recovery key"))
        self.new_edit = QLineEdit()
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_edit.setAccessibleName(self.tr("New passphrase"))
        self.again_edit = QLineEdit()
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit.setAccessibleName(self.tr("New passphrase again"))
        form.addRow(self.tr("&Recovery key"), self.key_edit)
        form.addRow(self.tr("&New passphrase"), self.new_edit)
        form.addRow(self.tr("&Again"), self.again_edit)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 260)

    def _error(self, text: str) -> None:
        self.message.setProperty("error", True)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def submit(self) -> None:
        new = self.new_edit.text()
        if new != self.again_edit.text():
            self._error(self.tr("The two passphrases differ."))
            return
        if not acceptable(new):
            self._error(self.tr("The new passphrase is too weak: add a word or two."))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Checking the recovery key…"))
        folder, key, params = self.data_dir, self.key_edit.text(), kdf.params()
        run_in_thread(lambda: _recover(folder, key, new, params), self._done, self._failed)

    def _done(self, result) -> None:
        from coachdesk.app.rekey_ui import after_rotation

        vault, rotated = result
        self.accept()
        self.recovered.emit(vault)
        # the data key was rotated: backups made before still open with the old passphrase
        self.followup = after_rotation(self.parentWidget() or self, vault, rotated)

    def _failed(self, err: BaseException) -> None:
        from coachdesk.errors import CoachDeskError, WrongPassphrase

        self.buttons.setEnabled(True)
        if isinstance(err, WrongPassphrase):
            self._error(self.tr("That recovery key does not fit this vault."))
        elif isinstance(err, CoachDeskError):
            self._error(translate_error(err))
        else:
            self._error(self.tr("Recovery failed (%1).").replace("%1", type(err).__name__))
