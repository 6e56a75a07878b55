"""The open vault and its guard: lock / unlock, the idle timer (an app-wide event filter)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

    from coachdesk.vault.vault import Vault

log = logging.getLogger(__name__)

_ACTIVITY: frozenset | None = None


def activity_events() -> frozenset:
    """Input that counts as "the coach is here"; timers, paints and window events do not.
    Built on first use: importing QEvent creates PySide6's 179-member QEvent.Type enum (~2 ms)."""
    global _ACTIVITY
    if _ACTIVITY is None:
        from PySide6.QtCore import QEvent

        t = QEvent.Type
        _ACTIVITY = frozenset({t.KeyPress, t.MouseButtonPress, t.MouseButtonDblClick, t.MouseMove, t.Wheel,
                               t.TouchBegin, t.InputMethod})
    return _ACTIVITY


class Session(QObject):
    """Owns the unlocked Vault. ``lock()`` saves pending edits, closes the vault and says so.

    Signals: ``unlocked(vault)`` after a successful unlock, ``about_to_lock`` (save pending edits
    now, synchronously), ``locked`` (content must be gone).
    """

    unlocked = Signal(object)
    about_to_lock = Signal()
    locked = Signal()

    def __init__(self, data_dir, *, idle_minutes: float = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.vault: Vault | None = None
        self.is_demo = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle)
        self._filtering = False
        self.set_idle_minutes(idle_minutes)

    # idle lock ---------------------------------------------------------------------------------
    def set_idle_minutes(self, minutes: float) -> None:
        """0 disables the idle lock."""
        self._idle_ms = int(minutes * 60_000)
        self._restart_idle()

    def _restart_idle(self) -> None:
        if self.vault is not None and self._idle_ms > 0:
            self._idle.start(self._idle_ms)
            self._set_filtering(True)
        else:
            self._idle.stop()
            self._set_filtering(False)

    def _set_filtering(self, on: bool) -> None:
        """The app-wide event filter is installed only while unlocked with an idle limit."""
        app = QApplication.instance()
        if app is None or on == self._filtering:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        if self.vault is not None and event.type() in activity_events():
            self._idle.start()  # restart the single-shot timer with its interval
        return False

    def _on_idle(self) -> None:
        self.lock()  # no log line: a log of every lock would be a diary of the coach's working hours

    # lock / unlock -------------------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self.vault is not None

    @property
    def store(self):
        if self.vault is None:
            from coachdesk.errors import VaultLocked

            raise VaultLocked()
        return self.vault.store

    def set_vault(self, vault: Vault, *, demo: bool = False) -> None:
        self.vault = vault
        self.is_demo = demo
        self.data_dir = vault.paths.root
        self._restart_idle()
        self.unlocked.emit(vault)

    def lock(self) -> None:
        """Save pending edits, dispose the engine, drop the key, hide content."""
        if self.vault is None:
            return
        try:
            self.about_to_lock.emit()
        finally:
            vault, self.vault = self.vault, None
            self._restart_idle()
            vault.close()
            from coachdesk.privacy.forget import forget_words

            forget_words()  # the scrubber's caches hold words of the notes it scrubbed
            self.locked.emit()

    def shutdown(self) -> None:
        """On quit: the same as lock (pending edits saved first)."""
        self.lock()
        self._set_filtering(False)
