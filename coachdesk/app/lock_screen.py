"""The lock screen: passphrase, quick unlock (OS keychain) and the recovery-key flow.

Every slow step (Argon2id, opening the vault, the keychain) runs on a worker thread.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from coachdesk.app.forms.ui_lock_screen import Ui_LockScreen
from coachdesk.app.i18n import notifier
from coachdesk.app.workers import run_in_thread

log = logging.getLogger(__name__)

WRONG_DELAY_MS = (1000, 2000, 3000, 5000)  # after the 1st, 2nd, 3rd, later wrong attempts
WARM_UP_DELAY_MS = 250


def _open_with_passphrase(folder: Path, passphrase: str):
    from coachdesk.vault.vault import Vault

    return Vault.open(folder, passphrase, quick_check=False)  # the check runs after the workspace shows


def _quick_unlock(folder: Path):
    from coachdesk.errors import KeychainUnavailable
    from coachdesk.vault import keychain
    from coachdesk.vault.vault import Vault, read_header

    key = keychain.load_key(read_header(folder).vault_id)
    if key is None:
        raise KeychainUnavailable("no key stored")
    return Vault.open_with_key(folder, key, quick_check=False)


def _keychain_has_key(folder: Path) -> bool:
    from coachdesk.vault import keychain
    from coachdesk.vault.vault import read_header

    return keychain.has_key(read_header(folder).vault_id)


def qt_type_built(module: str, name: str) -> bool:
    """PySide6 creates a type on first use; True once ``name`` exists in ``module``."""
    mod = sys.modules.get(module)
    return mod is not None and name in vars(mod)


def warm_up() -> None:
    """Import what unlocking needs while the coach types (runs on a worker)."""
    import coachdesk.vault.vault  # noqa: F401
    from coachdesk.services.cases import preload

    preload()


class LockScreen(QWidget):
    """Emits ``unlocked(vault)`` with an open Vault; never holds the passphrase longer than needed."""

    unlocked = Signal(object)
    unlock_started = Signal()  # the KDF runs now: a good moment to prepare the main window
    damaged = Signal(str, object)  # detail, folder: the vault cannot be read
    first_painted = Signal()  # once, just after the first paint: the time for deferred start-up work

    def __init__(self, data_dir: Path, *, demo: bool | None = None, check_keychain: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.demo = bool(demo)
        self.check_keychain = check_keychain
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self.ui.cardLayout.setContentsMargins(28, 24, 28, 24)
        self.ui.iconLabel.setVisible(False)
        if qt_type_built("PySide6.QtGui", "QIcon"):  # an icon was set; else main.set_app_icon shows it
            self.show_icon()  # (asking for the icon earlier would build QIcon's enums: ~3 ms of start-up)
        self.wrong_attempts = 0
        self.busy = False
        self.painted_at: float | None = None  # end of the first paint (the start-up probe reports it)
        self._relay = None
        self.ui.unlockButton.clicked.connect(self.unlock)
        self.ui.passphraseEdit.returnPressed.connect(self.unlock)
        self.ui.quickUnlockButton.clicked.connect(self.quick_unlock)
        self.ui.forgotButton.clicked.connect(self.forgot)
        self.ui.quickUnlockButton.setVisible(False)
        self.ui.demoHint.setVisible(self.demo)
        if demo is None:  # the header's demo marker; at start-up read after the first paint (json: ~3 ms)
            if "json" in sys.modules:
                self._detect_demo()
            else:
                self.first_painted.connect(self._detect_demo)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.timeout.connect(self._end_delay)
        self._retranslate()
        notifier().changed.connect(self._retranslate)
        self.ui.passphraseEdit.setFocus()
        # After the first paint: the imports run on a worker but still compete for the GIL.
        if check_keychain:
            QTimer.singleShot(WARM_UP_DELAY_MS, self._check_keychain)
        QTimer.singleShot(WARM_UP_DELAY_MS, lambda: run_in_thread(warm_up, on_error=lambda _e: None))

    def paintEvent(self, event) -> None:  # Qt API
        super().paintEvent(event)
        if self.painted_at is None:
            self.painted_at = time.perf_counter()
            QTimer.singleShot(0, self.first_painted.emit)

    def show_icon(self) -> None:
        icon = QApplication.windowIcon()
        self.ui.iconLabel.setVisible(not icon.isNull())
        if not icon.isNull():
            self.ui.iconLabel.setPixmap(icon.pixmap(48, 48))

    # ----- texts ----------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.setWindowTitle(self.tr("CoachDesk — Locked"))
        folder = self.data_dir.absolute()
        self.ui.folderLabel.setText(self.tr("Vault: %1").replace("%1", display_path(folder)))
        self.ui.folderLabel.setToolTip(str(folder))


    def _detect_demo(self) -> None:
        from coachdesk.vault.peek import is_demo_vault

        self.demo = is_demo_vault(self.data_dir)
        self.ui.demoHint.setVisible(self.demo)

    def show_message(self, text: str, *, error: bool = False) -> None:
        label = self.ui.messageLabel
        label.setProperty("error", error)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)

    def reset(self) -> None:
        """Back to an empty, ready lock screen (after locking)."""
        self.ui.passphraseEdit.clear()
        self.show_message("")
        self._set_busy(False)
        self.ui.passphraseEdit.setFocus()
        if self.check_keychain:
            QTimer.singleShot(0, self._check_keychain)

    # ----- keychain -------------------------------------------------------------------------------
    def _check_keychain(self) -> None:
        run_in_thread(lambda: _keychain_has_key(self.data_dir), self._keychain_checked, lambda _e: None)

    def _keychain_checked(self, has_key: bool) -> None:
        self.ui.quickUnlockButton.setVisible(bool(has_key))

    # ----- unlocking ----------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        enabled = not busy and not self._delay.isActive()
        for widget in (self.ui.passphraseEdit, self.ui.unlockButton, self.ui.quickUnlockButton, self.ui.forgotButton):
            widget.setEnabled(enabled)
        if busy:
            self.show_message(self.tr("Unlocking…"))

    def unlock(self) -> None:
        if self.busy or self._delay.isActive():
            return
        passphrase = self.ui.passphraseEdit.text()
        if not passphrase:
            self.show_message(self.tr("Enter your passphrase."), error=True)
            return
        self._set_busy(True)
        folder = self.data_dir
        self._relay = run_in_thread(lambda: _open_with_passphrase(folder, passphrase), self._done, self._failed)
        self.unlock_started.emit()

    def quick_unlock(self) -> None:
        if self.busy:
            return
        self._set_busy(True)
        folder = self.data_dir
        self._relay = run_in_thread(lambda: _quick_unlock(folder), self._done, self._failed)
        self.unlock_started.emit()

    def _done(self, vault) -> None:
        self.ui.passphraseEdit.clear()
        self.wrong_attempts = 0
        self._set_busy(False)
        self.show_message("")
        self.unlocked.emit(vault)

    def _failed(self, err: BaseException) -> None:
        from coachdesk.errors import CoachDeskError, KeychainUnavailable, VaultDamaged, WrongPassphrase

        self._set_busy(False)
        if isinstance(err, VaultDamaged):
            self.show_message(self.tr("The vault is damaged. Nothing was changed."), error=True)
            self.damaged.emit(str(err), self.data_dir)
            return
        if isinstance(err, WrongPassphrase):
            self.wrong_attempts += 1
            delay = WRONG_DELAY_MS[min(self.wrong_attempts, len(WRONG_DELAY_MS)) - 1]
            self.show_message(self.tr("Wrong passphrase. Please wait a moment and try again."), error=True)
            self.ui.passphraseEdit.selectAll()
            self._delay.start(delay)
            self._set_busy(False)
        elif isinstance(err, KeychainUnavailable):
            self.ui.quickUnlockButton.setVisible(False)
            self.show_message(self.tr("Quick unlock is not available right now. Enter your passphrase."), error=True)
        elif isinstance(err, CoachDeskError):
            self.show_message(_error_text(err), error=True)
        else:
            log.error("unlock failed: %s", type(err).__name__)
            self.show_message(self.tr("The vault could not be opened (%1).").replace("%1", type(err).__name__),
                              error=True)
        self.ui.passphraseEdit.setFocus()

    def _end_delay(self) -> None:
        self._set_busy(False)
        self.ui.passphraseEdit.setFocus()
        self.ui.passphraseEdit.selectAll()

    def forgot(self) -> None:
        from coachdesk.app.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.data_dir, self)
        dialog.recovered.connect(self._done)
        dialog.open()


def display_path(path: Path) -> str:
    """A folder for a wrapping label: the home folder as ~, lines broken only after a separator."""
    try:
        text = str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        text = str(path)
    # U+2011 keeps "demo-vault" on one line; U+200B lets the line break after a separator.
    return text.replace("-", "\u2011").replace(os.sep, os.sep + "\u200b")


def _error_text(err: BaseException) -> str:
    """A core error in the UI language (imported only when an error is shown)."""
    from coachdesk.app.core_errors import translate_error

    return translate_error(err)
