"""File → Restore…: a .cdbackup, its passphrase or recovery key, and where to put it (a new folder,
or over the current vault, which is kept aside). The backup is verified before anything moves."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.core_errors import translate_error
from coachdesk.app.workers import run_in_thread

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


def _open_restored(folder: Path, passphrase: str | None, recovery_key: str | None):
    from coachdesk.vault.vault import Vault, unlock_with_passphrase, unlock_with_recovery_key

    key = unlock_with_passphrase(folder, passphrase) if passphrase is not None \
        else unlock_with_recovery_key(folder, recovery_key)
    return Vault.open_with_key(folder, key, quick_check=False)


def _restore(backup: Path, target: Path, passphrase: str | None, recovery_key: str | None, replace: bool):
    from coachdesk.services.safety import restore

    return restore(backup, target, passphrase=passphrase, recovery_key=recovery_key, replace=replace)


class RestoreDialog(QDialog):
    """``current``: the open vault's folder (None when no vault is open). ``backup``: preset file.
    ``allow_replace=False`` (a damaged vault): only a new folder. Emits ``restored(folder)``."""

    restored = Signal(object)

    def __init__(self, controller, *, current: Path | None, backup: Path | None = None,
                 target: Path | None = None, allow_replace: bool = True, parent: QWidget | None = None) -> None:
        from coachdesk.vault.layout import restored_folder_beside

        super().__init__(parent)
        self.controller = controller
        self.current = Path(current) if current is not None else None
        self.relay = None
        self.setWindowTitle(self.tr("CoachDesk — Restore from a backup"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(self.tr("The backup is opened and checked first. Nothing changes unless it passes."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.backup_edit = QLineEdit(str(backup) if backup else "")
        self.backup_edit.setAccessibleName(self.tr("Backup file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse_backup)
        row.addWidget(self.backup_edit, 1)
        row.addWidget(browse)
        backup_label = QLabel(self.tr("Backup &file"))
        backup_label.setBuddy(self.backup_edit)
        form.addRow(backup_label, row)
        kind_row = QHBoxLayout()
        self.use_passphrase = QRadioButton(self.tr("Its &passphrase"))
        self.use_recovery = QRadioButton(self.tr("The r&ecovery key"))
        self.use_passphrase.setChecked(True)
        kind_group = QButtonGroup(self)
        for button in (self.use_passphrase, self.use_recovery):
            kind_group.addButton(button)
            kind_row.addWidget(button)
        kind_row.addStretch(1)
        form.addRow(self.tr("Open with"), kind_row)
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(self.tr("Passphrase or recovery key of the backup"))
        form.addRow(self.tr("&Secret"), self.secret_edit)
        layout.addLayout(form)
        self.to_new = QRadioButton(self.tr("Into a &new folder"))
        self.to_current = QRadioButton(self.tr("&Over the current vault (the current files are kept aside)"))
        where_group = QButtonGroup(self)
        where_group.addButton(self.to_new)
        where_group.addButton(self.to_current)
        self.to_new.setChecked(True)
        layout.addWidget(self.to_new)
        new_row = QHBoxLayout()
        new_row.setContentsMargins(24, 0, 0, 0)
        base = self.current or controller.data_dir
        self.target_edit = QLineEdit(str(target or restored_folder_beside(base)))
        self.target_edit.setAccessibleName(self.tr("New folder"))
        browse_target = QPushButton(self.tr("Ch&oose…"))
        for button in (browse, browse_target):
            button.setAutoDefault(False)
        browse_target.clicked.connect(self._browse_target)
        new_row.addWidget(self.target_edit, 1)
        new_row.addWidget(browse_target)
        layout.addLayout(new_row)
        layout.addWidget(self.to_current)
        self.to_current.setVisible(allow_replace and self.current is not None)
        self.to_new.toggled.connect(self.target_edit.setEnabled)
        self.to_new.toggled.connect(browse_target.setEnabled)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.secret_edit if backup else self.backup_edit).setFocus()

    # ----- choosing ---------------------------------------------------------------------------------
    def _browse_backup(self) -> None:
        start = self.backup_edit.text() or str((self.current or Path.home()) / "backups")
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), start,
                                               self.tr("CoachDesk backups (*.cdbackup)"))
        if path:
            self.backup_edit.setText(path)

    def _browse_target(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("New folder"), str(Path(self.target_edit.text()).parent))
        if path:
            self.target_edit.setText(path)

    def _error(self, text: str) -> None:
        self.message.setProperty("error", True)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    # ----- restoring --------------------------------------------------------------------------------
    def submit(self) -> None:
        from coachdesk.vault.vault import vault_exists

        backup = Path(self.backup_edit.text().strip()).expanduser()
        secret = self.secret_edit.text()
        if not backup.is_file():
            self._error(self.tr("Choose a backup file (.cdbackup)."))
            return
        if not secret:
            self._error(self.tr("Enter the backup's passphrase or recovery key."))
            return
        passphrase = secret if self.use_passphrase.isChecked() else None
        recovery_key = None if passphrase is not None else secret
        if self.to_current.isChecked() and self.to_current.isVisible():
            self.secret_edit.clear()
            self.accept()
            restore_over_current(self.controller, backup, passphrase, recovery_key)
            return
        target = Path(self.target_edit.text().strip()).expanduser()
        if not self.target_edit.text().strip():
            self._error(self.tr("Choose a new folder for the restored vault."))
            return
        if vault_exists(target) or (self.current is not None and target.resolve() == self.current.resolve()):
            self._error(self.tr("That folder already holds a vault. Choose a new folder."))
            return
        self.buttons.setEnabled(False)
        self.message.setProperty("error", False)
        self.message.setText(self.tr("Checking and restoring the backup…"))
        self.relay = run_in_thread(lambda: _restore(backup, target, passphrase, recovery_key, False),
                                   lambda _aside: self._done(target), self._failed)

    def _done(self, target: Path) -> None:
        self.relay = None
        self.secret_edit.clear()
        log.info("backup restored into a new folder")
        self.accept()
        self.restored.emit(target)

    def _failed(self, err: BaseException) -> None:
        from coachdesk.errors import WrongPassphrase

        self.relay = None
        self.buttons.setEnabled(True)
        log.warning("restore failed: %s", type(err).__name__)
        if isinstance(err, WrongPassphrase):
            self._error(self.tr("The passphrase or recovery key does not open this backup. Nothing was changed."))
        else:
            self._error(self.tr("The backup was not restored: %1 Nothing was changed.").replace("%1", translate_error(err)))


def restore_over_current(controller, backup: Path, passphrase: str | None, recovery_key: str | None):
    """Lock and close the open vault, restore over it (verified first; the old files kept aside),
    then reopen the restored vault with the same secret."""
    folder = Path(controller.session.data_dir)
    controller.session.lock()
    lock = controller.lock_screen
    if lock is not None:
        lock._set_busy(True)
        lock.show_message(translate("RestoreDialog", "Checking and restoring the backup…"))

    def work():
        aside = _restore(backup, folder, passphrase, recovery_key, True)
        return aside, _open_restored(folder, passphrase, recovery_key)

    def done(result) -> None:
        aside, vault = result
        log.info("backup restored over the vault; old files kept aside")
        if lock is not None:
            lock._set_busy(False)
        controller.unlocked(vault)
        if controller.main_window is not None and aside is not None:
            controller.main_window.statusBar().showMessage(
                translate("RestoreDialog", "Restored. The replaced vault is kept in %1").replace("%1", str(aside)), 30000)

    def failed(err: BaseException) -> None:
        log.warning("restore over the vault failed: %s", type(err).__name__)
        if lock is not None:
            lock._set_busy(False)
            lock.show_message(translate("RestoreDialog", "The backup was not restored (%1). Your vault is unchanged; unlock it as usual.")
                              .replace("%1", translate_error(err)), error=True)

    controller.restore_relay = run_in_thread(work, done, failed)
    return controller.restore_relay
