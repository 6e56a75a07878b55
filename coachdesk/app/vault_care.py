"""Looking after the vault from the GUI: File → Back up… / Restore…, Case → Delete case…, and the
work done after every unlock (integrity check, daily rolling backup, retention review)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coachdesk.app.core_errors import translate_error
from coachdesk.app.workers import run_in_thread
from coachdesk.textsafe import shown

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


@dataclass
class AfterUnlock:
    backup: Path | None = None
    backup_error: str = ""
    due: list = field(default_factory=list)  # RetentionItem, past the retention period


def is_damage(err: BaseException) -> bool:
    """A database error that means a damaged file (not a busy or locked one)."""
    from coachdesk.errors import VaultDamaged
    from coachdesk.vault.engine import SQLITE_CORRUPT, SQLITE_NOTADB, sqlite_errorcode

    return isinstance(err, VaultDamaged) or sqlite_errorcode(err) in (SQLITE_NOTADB, SQLITE_CORRUPT)


def check_integrity(vault) -> None:
    """``vault.quick_check()``; an unreadable page (the HMAC fails) also reads as VaultDamaged."""
    from coachdesk.errors import VaultDamaged

    try:
        vault.quick_check()
    except VaultDamaged:
        raise
    except Exception as err:
        if is_damage(err):
            raise VaultDamaged("a page of the database cannot be read") from err
        raise


def after_unlock_work(vault, today: date | None = None) -> AfterUnlock:
    """Worker: quick check (raises VaultDamaged), daily backup (a failure is logged, not fatal),
    closed cases past the retention period."""
    from coachdesk.errors import CoachDeskError
    from coachdesk.services.safety import closed_cases, daily_backup_if_due

    check_integrity(vault)
    result = AfterUnlock()
    try:
        result.backup = daily_backup_if_due(vault)
    except (CoachDeskError, OSError) as err:
        result.backup_error = type(err).__name__
    result.due = [item for item in closed_cases(vault, today) if item.due]
    return result


def default_backup_name(today: date | None = None) -> str:
    return f"CoachDesk-backup-{(today or date.today()).isoformat()}.cdbackup"


class VaultCare:
    """The actions, wired to the controller and its main window."""

    def __init__(self, controller) -> None:
        self.controller = controller
        window = controller.main_window
        self.window = window
        self.backup_relay = None
        self.refusal: QMessageBox | None = None  # the last "not into the vault" warning
        self.switch_box = None
        self.backup_action = QAction(window)
        self.restore_action = QAction(window)
        self.delete_action = QAction(window)
        self.backup_action.triggered.connect(lambda: self.back_up())
        self.restore_action.triggered.connect(lambda: self.restore())
        self.delete_action.triggered.connect(lambda: self.delete_current_case())
        menu = window.file_menu
        before = window.settings_action
        menu.insertAction(before, self.backup_action)
        menu.insertAction(before, self.restore_action)
        menu.insertSeparator(before)
        window.case_menu.addSeparator()
        window.case_menu.addAction(self.delete_action)
        window.case_list.context_actions.append(self.delete_action)
        window.case_selected.connect(lambda _c: self._update())
        window.workspace.case_changed.connect(lambda _c: self._update())
        window.vault_locked.connect(self._update)
        window.vault_unlocked.connect(lambda _v: self._update())
        window.installEventFilter(self._language_filter())
        self.retranslate()
        self._update()

    def _language_filter(self):
        from PySide6.QtCore import QEvent, QObject

        care = self

        class LanguageFilter(QObject):
            def eventFilter(self, _obj, event) -> bool:  # Qt API
                if event.type() == QEvent.Type.LanguageChange:
                    care.retranslate()
                return False

        self._filter = LanguageFilter(self.window)
        return self._filter

    def retranslate(self) -> None:
        self.backup_action.setText(translate("VaultCare", "&Back up…"))
        self.restore_action.setText(translate("VaultCare", "Res&tore from a backup…"))
        self.delete_action.setText(translate("VaultCare", "&Delete case…"))
        self.delete_action.setToolTip(translate("VaultCare", "Delete a closed case for good"))

    def _update(self) -> None:
        from coachdesk.domain.models import CaseStatus

        unlocked = self.controller.session.is_unlocked
        self.backup_action.setEnabled(unlocked)
        self.restore_action.setEnabled(unlocked)
        case = self.window.current_case() if unlocked else None
        self.delete_action.setEnabled(case is not None and case.status is CaseStatus.CLOSED)

    # ----- back up ---------------------------------------------------------------------------------
    def back_up(self, path: Path | None = None):
        """Write an encrypted backup (owner-only) on a worker; returns the relay (tests wait on it)."""
        from coachdesk.services.safety import backup

        session = self.controller.session
        if not session.is_unlocked:
            return None
        if path is None:
            chosen, _f = QFileDialog.getSaveFileName(
                self.window, translate("VaultCare", "Back up the vault"), str(Path.home() / default_backup_name()),
                translate("VaultCare", "CoachDesk backups (*.cdbackup)"))
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix != ".cdbackup":
                path = path.with_name(path.name + ".cdbackup")
        from coachdesk.errors import CoachDeskError
        from coachdesk.outpath import check_output_path

        try:
            check_output_path(path, [session.data_dir])
        except CoachDeskError as err:  # one clear line, nothing written; the coach picks another place
            self.refusal = QMessageBox(QMessageBox.Icon.Warning, translate("VaultCare", "CoachDesk — Back up"),
                                       str(err), QMessageBox.StandardButton.Ok, self.window)
            self.refusal.open()
            return None
        self.window.flush()
        vault = session.vault
        self.window.statusBar().showMessage(translate("VaultCare", "Backing up…"))
        self.backup_action.setEnabled(False)

        def done(out: Path) -> None:
            self.backup_relay = None
            self._update()
            log.info("backup written")
            self.window.statusBar().showMessage(translate("VaultCare", "Backup saved: %1").replace("%1", shown(out)), 15000)

        def failed(err: BaseException) -> None:
            self.backup_relay = None
            self._update()
            self.window.statusBar().clearMessage()
            log.error("backup failed: %s", type(err).__name__)
            QMessageBox.warning(self.window, translate("VaultCare", "CoachDesk — Back up"),
                                translate("VaultCare", "The backup could not be written: %1").replace("%1", translate_error(err)))

        self.backup_relay = run_in_thread(lambda: backup(vault, path, check=False), done, failed)
        return self.backup_relay

    # ----- restore ---------------------------------------------------------------------------------
    def restore(self):
        from coachdesk.app.restore_dialog import RestoreDialog

        if not self.controller.session.is_unlocked:
            return None
        self.window.flush()
        dialog = RestoreDialog(self.controller, current=self.controller.session.data_dir, parent=self.window)
        dialog.restored.connect(self._restored_elsewhere)
        dialog.open()
        return dialog

    def _restored_elsewhere(self, folder: Path) -> QMessageBox:
        """Ask (without blocking) whether to switch to the restored vault now."""
        box = QMessageBox(QMessageBox.Icon.Question, translate("VaultCare", "CoachDesk — Restored"),
                          translate("VaultCare", "The backup was restored into %1.").replace("%1", str(folder)),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setInformativeText(translate("VaultCare", "Switch to it now? The current vault stays as it is."))
        box.switch_button = box.addButton(translate("VaultCare", "&Switch to it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("VaultCare", "&Stay here"), QMessageBox.ButtonRole.RejectRole)

        def clicked(button) -> None:
            if button is box.switch_button:
                self.controller.switch_to(folder, translate("VaultCare", "Restored. Unlock with the backup's passphrase."))

        box.buttonClicked.connect(clicked)
        self.switch_box = box
        box.open()
        return box

    # ----- delete ----------------------------------------------------------------------------------
    def delete_current_case(self):
        from coachdesk.app.retention_ui import delete_case_flow

        case = self.window.current_case()
        if case is None:
            return None
        return delete_case_flow(self.controller, case.id, case.code, self.window)


def install(controller) -> VaultCare:
    controller.vault_care = VaultCare(controller)
    return controller.vault_care
