"""Ties the windows together: first run or lock screen, unlock -> main window, lock -> lock screen."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from coachdesk.app import i18n
from coachdesk.app.prefs import Prefs
from coachdesk.app.session import Session
from coachdesk.app.workers import run_in_thread

log = logging.getLogger(__name__)


def is_demo_dir(path: Path) -> bool:
    """A demo vault says so in its header (``is_demo_vault``); the folder name does not count."""
    from coachdesk.vault.peek import is_demo_vault

    return is_demo_vault(Path(path))


def demo_dir_for(data_dir: Path) -> Path:
    """The demo vault lives beside the real one, never in it."""
    return Path(data_dir).resolve().parent / "CoachDesk-demo"


def _open_demo(folder: Path, kdf_params):
    from coachdesk.vault.demo import DEMO_PASSPHRASE, create_demo_vault
    from coachdesk.vault.vault import Vault, vault_exists

    if not vault_exists(folder):
        create_demo_vault(folder, kdf=kdf_params)
    return Vault.open(folder, DEMO_PASSPHRASE, quick_check=False)


def _vault_exists(folder: Path) -> bool:
    from coachdesk.vault.peek import vault_exists

    return vault_exists(folder)


class AppController(QObject):
    """Owns the Session and the top-level windows. ``main_window`` exists after the first unlock."""

    main_window_created = Signal(object)

    def __init__(self, data_dir: Path, prefs: Prefs, *, check_keychain: bool = True) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.prefs = prefs
        self.check_keychain = check_keychain
        self.session = Session(self.data_dir, idle_minutes=prefs.auto_lock_minutes, parent=self)
        self.session.locked.connect(self._on_locked)
        self.lock_screen = None
        self.first_run = None
        self.main_window = None
        self.clipboard = None
        self.os_lock = None
        self.after_unlock_relay = None
        self.after_unlock_runs = 0  # finished after-unlock checks (tests wait on it)
        self.damaged_dialog = None
        self.retention_dialog = None
        self._quitting = False
        self._system_signals = False
        app = QApplication.instance()
        app.aboutToQuit.connect(self.shutdown)

    # ----- start -----------------------------------------------------------------------------------
    def start(self) -> None:
        if _vault_exists(self.data_dir):
            self.show_lock_screen(self.data_dir)
            self.lock_screen.first_painted.connect(lambda: QTimer.singleShot(0, self._after_first_paint))
        else:
            self.show_first_run()
            QTimer.singleShot(0, self._watch_system)

    def _after_first_paint(self) -> None:
        """Start-up work kept out of the first paint's way (one idle turn later): the look, logging."""
        self._watch_system()
        self._start_logging()

    def _watch_system(self) -> None:
        """Check the remembered light/dark guess and follow the system's app-state and colour-scheme
        signals. Not before the first paint: their ``Qt`` enum arguments need the ``Qt`` namespace
        (~16 ms to build), and without it PySide6 cannot deliver them."""
        from PySide6.QtCore import Qt  # noqa: F401 (builds the converters for the signals below)

        from coachdesk.app.theme import confirm_system_scheme

        confirm_system_scheme(QApplication.instance(), self.prefs)
        if not self._system_signals:
            self._system_signals = True
            QGuiApplication.instance().applicationStateChanged.connect(self._app_state_changed)
            QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    def _start_logging(self) -> None:
        from coachdesk.logs import setup_logging

        setup_logging(self.data_dir)

    def show_first_run(self) -> None:
        from coachdesk.app.first_run import FirstRun

        self.first_run = FirstRun(self.data_dir, language=i18n.current_language())
        self.first_run.language_chosen.connect(self.set_language)
        self.first_run.demo_requested.connect(self.open_demo)
        self.first_run.finished.connect(self._first_run_done)
        self.first_run.resize(640, 520)
        self.first_run.show()

    def show_lock_screen(self, folder: Path) -> None:
        from coachdesk.app.lock_screen import LockScreen

        folder = Path(folder)
        if self.lock_screen is None or self.lock_screen.data_dir != folder:
            if self.lock_screen is not None:
                self.lock_screen.deleteLater()
            self.lock_screen = LockScreen(folder, check_keychain=self.check_keychain)
            self.lock_screen.unlocked.connect(self.unlocked)
            self.lock_screen.unlock_started.connect(self.prepare_main_window)
            self.lock_screen.damaged.connect(self.show_damaged)
            geometry = self.prefs.geometry("lock")
            if geometry is not None:
                self.lock_screen.restoreGeometry(geometry)
            else:
                self.lock_screen.resize(560, 480)
        else:
            self.lock_screen.reset()
        self.lock_screen.show()
        self.lock_screen.raise_()
        self.lock_screen.activateWindow()
        self.lock_screen.ui.passphraseEdit.setFocus()

    # ----- unlock -----------------------------------------------------------------------------------
    def _first_run_done(self, vault, quick: bool) -> None:
        self.prefs.quick_unlock = quick
        self.prefs.language = i18n.current_language()
        self.unlocked(vault)

    def open_demo(self) -> None:
        from PySide6.QtCore import Qt

        from coachdesk.app import kdf

        folder = demo_dir_for(self.data_dir)
        params = kdf.params()
        if self.first_run is not None:
            self.first_run.setEnabled(False)
            self.first_run.setCursor(Qt.CursorShape.BusyCursor)

        def failed(err: BaseException) -> None:
            if self.first_run is not None:
                self.first_run.setEnabled(True)
                self.first_run.unsetCursor()
            log.error("demo vault failed: %s", type(err).__name__)

        run_in_thread(lambda: _open_demo(folder, params), lambda v: self.unlocked(v, demo=True), failed)

    def unlocked(self, vault, *, demo: bool | None = None) -> None:
        from coachdesk.logs import setup_logging

        setup_logging(vault.paths.root)
        if not self._system_signals:  # unlocked before the lock screen ever painted
            self._watch_system()
        self.session.set_vault(vault, demo=vault.is_demo if demo is None else demo)
        self.data_dir = vault.paths.root
        window = self.ensure_main_window()
        try:
            window.populate()
        except Exception as err:
            from coachdesk.app.vault_care import is_damage

            if not is_damage(err):
                raise
            folder = vault.paths.root
            self.session.lock()
            from coachdesk.errors import VaultDamaged

            detail = err if isinstance(err, VaultDamaged) else VaultDamaged("a page of the database cannot be read")
            self.show_damaged(str(detail), folder)
            return
        window.show()
        window.raise_()
        window.activateWindow()
        for other in (self.lock_screen, self.first_run):
            if other is not None:
                if other is self.lock_screen:
                    self.prefs.set_geometry("lock", other.saveGeometry())
                other.hide()
        if self.first_run is not None:
            self.first_run.deleteLater()
            self.first_run = None
        QTimer.singleShot(0, self.after_unlock)

    def after_unlock(self) -> None:
        """Once the workspace shows: watch OS lock events; on a worker the integrity check, the
        daily backup and the retention review; then a damage dialog or a retention reminder."""
        from coachdesk.app.vault_care import after_unlock_work

        if not self.session.is_unlocked:
            return
        self.start_os_lock()
        vault = self.session.vault
        self.after_unlock_relay = run_in_thread(lambda: after_unlock_work(vault), self._after_unlock_done,
                                                self._after_unlock_failed)

    def _after_unlock_done(self, result) -> None:
        self.after_unlock_relay = None
        self.after_unlock_runs += 1
        if result.backup_error:
            log.warning("daily backup failed: %s", result.backup_error)
        if result.due and self.session.is_unlocked and not self._quitting:
            from coachdesk.app.retention_ui import RetentionReminder

            self.retention_dialog = RetentionReminder(self, result.due, self.main_window)
            self.retention_dialog.open()

    def _after_unlock_failed(self, err: BaseException) -> None:
        from coachdesk.errors import VaultDamaged, VaultLocked

        self.after_unlock_relay = None
        self.after_unlock_runs += 1
        if isinstance(err, VaultDamaged):
            folder = self.session.data_dir
            self.session.lock()
            self.show_damaged(str(err), folder)
        elif not isinstance(err, VaultLocked):
            log.error("after-unlock work failed: %s", type(err).__name__)

    def show_damaged(self, detail: str, folder: Path | None = None):
        """The vault is damaged: explain, offer the newest good backup in a new folder, or quit."""
        from coachdesk.app.damaged_dialog import DamagedDialog

        parent = self.lock_screen if self.lock_screen is not None and self.lock_screen.isVisible() else None
        self.damaged_dialog = DamagedDialog(self, Path(folder or self.data_dir), detail, parent)
        self.damaged_dialog.open()
        return self.damaged_dialog

    def start_os_lock(self) -> None:
        """Lock on OS screen lock / suspend where the platform reports it (started once)."""
        if self.os_lock is not None:
            return
        from coachdesk.app.os_lock import OsLockWatcher

        self.os_lock = OsLockWatcher(self)
        self.os_lock.lock_requested.connect(self.lock)
        self.os_lock.start()
        if self.main_window is not None:
            self.os_lock.watch_window(int(self.main_window.winId()))

    def switch_to(self, folder: Path, message: str = "") -> None:
        """Use another vault folder from now on (a restored vault): lock, remember, lock screen."""
        self.session.lock()
        self.prefs.data_dir = str(folder)
        self.prefs.sync()
        self.session.data_dir = Path(folder)
        self.data_dir = Path(folder)
        self.show_lock_screen(Path(folder))
        if message:
            self.lock_screen.show_message(message)

    def prepare_main_window(self) -> None:
        """Build and polish the (empty, hidden) main window while the KDF runs on its worker."""
        window = self.ensure_main_window()
        window.ensurePolished()
        for child in window.findChildren(QWidget):
            child.ensurePolished()

    def ensure_main_window(self):
        if self.main_window is None:
            from coachdesk.app.clipboard import SecureClipboard
            from coachdesk.app.main_window import MainWindow

            self.clipboard = SecureClipboard(self.prefs.clipboard_clear_seconds, self)
            self.main_window = MainWindow(self.session, self.prefs)
            self.main_window.settings_requested.connect(self.open_settings)
            from coachdesk.app.vault_care import install as install_vault_care

            install_vault_care(self)  # File > Back up… / Restore…, Case > Delete case…
            from coachdesk.app.summary import install_print_action

            install_print_action(self.main_window)  # Case > Print summary… (Ctrl+P)
            self.main_window_created.emit(self.main_window)
        return self.main_window

    # ----- lock ----------------------------------------------------------------------------------------
    def lock(self) -> None:
        self.session.lock()

    def _on_locked(self) -> None:
        from PySide6.QtWidgets import QDialog

        if self.after_unlock_relay is not None:
            self.after_unlock_relay.cancelled = True
            self.after_unlock_relay = None
        # Every open dialog goes too (pending edits were saved on about_to_lock): nothing stays visible.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        if self.main_window is not None:
            self.main_window.save_geometry()
            self.main_window.clear_content()
            self.main_window.hide()
        if self.clipboard is not None:
            self.clipboard.clear()
        if not self._quitting:
            self.show_lock_screen(self.session.data_dir)

    def _app_state_changed(self, state) -> None:
        from PySide6.QtCore import Qt

        if state != Qt.ApplicationState.ApplicationActive and self.main_window is not None \
                and self.session.is_unlocked:
            self.main_window.flush()

    def _system_scheme_changed(self, _scheme) -> None:
        """Follow the system's light/dark switch live when the theme preference is "system"."""
        if self.prefs.theme == "system":
            from coachdesk.app.theme import apply_theme

            apply_theme(QApplication.instance(), "system")

    def shutdown(self) -> None:
        """On quit: save pending edits and lock (wipes the key)."""
        self._quitting = True
        if self.main_window is not None and self.session.is_unlocked:
            self.main_window.save_geometry()
        self.session.shutdown()
        if self.clipboard is not None:
            self.clipboard.clear()
        if self.os_lock is not None:
            self.os_lock.stop()
        self.prefs.sync()

    # ----- preferences ------------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        i18n.install_language(lang)
        self.prefs.language = lang

    def apply_prefs(self) -> None:
        from coachdesk.app.theme import apply_theme

        if self.prefs.language and self.prefs.language != i18n.current_language():
            i18n.install_language(self.prefs.language)
        apply_theme(QApplication.instance(), self.prefs.theme)
        self.session.set_idle_minutes(self.prefs.auto_lock_minutes)
        if self.clipboard is not None:
            self.clipboard.clear_seconds = self.prefs.clipboard_clear_seconds

    def open_settings(self):
        from coachdesk.app.settings_dialog import SettingsDialog

        if not self.session.is_unlocked:
            return None
        dialog = SettingsDialog(self, self.main_window)
        dialog.applied.connect(self.apply_prefs)
        dialog.open()
        return dialog
