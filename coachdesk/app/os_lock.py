"""Lock when the operating system locks the screen or goes to sleep, where the platform says so.

- Linux: D-Bus (QtDBus). System bus: ``org.freedesktop.login1`` Session ``Lock`` (this session)
  and Manager ``PrepareForSleep(true)``. Session bus: ``org.freedesktop.ScreenSaver`` and
  ``org.gnome.ScreenSaver`` ``ActiveChanged(true)``.
- Windows: ``WTSRegisterSessionNotification`` on a window, then ``WM_WTSSESSION_CHANGE``
  (``WTS_SESSION_LOCK``) and ``WM_POWERBROADCAST`` (``PBT_APMSUSPEND``) through a native event filter.
- macOS: not reported to Qt without pyobjc (``com.apple.screenIsLocked`` is a distributed
  notification); the idle lock and Ctrl+L still apply.

Without a bus or platform support the watcher does nothing, quietly.
"""

from __future__ import annotations

import itertools
import logging
import os
import sys

from PySide6.QtCore import QAbstractNativeEventFilter, QObject, Signal, Slot

log = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
SCREENSAVERS = (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                ("org.freedesktop.ScreenSaver", "/ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"))
_names = itertools.count(1)

# Windows messages
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4


def login1_session_path(session_id: str | None) -> str:
    """systemd's object path for a session id (bus-label escaping), or "" (any session)."""
    if not session_id:
        return ""
    escaped = "".join(ch if ch.isascii() and ch.isalnum() else f"_{ord(ch):02x}" for ch in session_id)
    if escaped[0].isdigit():
        escaped = f"_{ord(escaped[0]):02x}{escaped[1:]}"
    return f"/org/freedesktop/login1/session/{escaped}"


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, watcher: OsLockWatcher) -> None:
        super().__init__()
        self.watcher = watcher

    def nativeEventFilter(self, event_type, message):  # Qt API
        if bytes(event_type) not in (b"windows_generic_MSG", b"windows_dispatcher_MSG"):
            return False, 0
        from ctypes import wintypes

        msg = wintypes.MSG.from_address(int(message))
        if (msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK) or \
                (msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND):
            self.watcher.lock_requested.emit()
        return False, 0


class OsLockWatcher(QObject):
    """Emits ``lock_requested`` when the OS locks the screen or suspends. ``sources`` names
    what is being watched (for the log and the tests)."""

    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        self._connections: list = []
        self._filter: _WindowsFilter | None = None
        self._hwnds: set[int] = set()

    # ----- start / stop --------------------------------------------------------------------------
    def start(self) -> None:
        """Watch whatever this platform offers; never raises."""
        try:
            if sys.platform.startswith("linux") or "bsd" in sys.platform:
                self._start_dbus()
            elif sys.platform == "win32":
                self._start_windows()
        except Exception as err:  # no bus, no library: the other lock triggers remain
            log.info("OS lock events unavailable: %s", type(err).__name__)
        log.info("OS lock events: %s", ", ".join(self.sources) or "none")

    def stop(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        for conn in self._connections:
            QDBusConnection.disconnectFromBus(conn.name())
        self._connections.clear()
        if self._filter is not None:
            from PySide6.QtCore import QCoreApplication

            QCoreApplication.instance().removeNativeEventFilter(self._filter)
            self._filter = None
        self.sources.clear()

    # ----- Linux: D-Bus ----------------------------------------------------------------------------
    def _bus(self, system: bool):
        from PySide6.QtDBus import QDBusConnection

        name = f"coachdesk-os-lock-{next(_names)}"
        if system:
            conn = QDBusConnection.connectToBus(QDBusConnection.BusType.SystemBus, name)
        else:
            address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
            if not address:
                return None
            conn = QDBusConnection.connectToBus(address, name)
        if not conn.isConnected():
            QDBusConnection.disconnectFromBus(name)
            return None
        self._connections.append(conn)
        return conn

    def _start_dbus(self) -> None:
        from PySide6.QtCore import SLOT

        system = self._bus(system=True)
        if system is not None:
            path = login1_session_path(os.environ.get("XDG_SESSION_ID"))
            if system.connect(LOGIN1, path, f"{LOGIN1}.Session", "Lock", self, SLOT("_session_lock()")):
                self.sources.append("login1 Lock")
            if system.connect(LOGIN1, "/org/freedesktop/login1", f"{LOGIN1}.Manager", "PrepareForSleep",
                              self, SLOT("_sleep(bool)")):
                self.sources.append("login1 PrepareForSleep")
        session = self._bus(system=False)
        if session is not None:
            for service, path in SCREENSAVERS:
                if session.connect(service, path, service, "ActiveChanged", self, SLOT("_screensaver(bool)")):
                    self.sources.append(f"{service} ActiveChanged")

    @Slot()
    def _session_lock(self) -> None:
        log.debug("OS session lock")
        self.lock_requested.emit()

    @Slot(bool)
    def _sleep(self, going: bool) -> None:
        if going:
            log.debug("OS suspend")
            self.lock_requested.emit()

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            log.debug("OS screen lock")
            self.lock_requested.emit()

    # ----- Windows ---------------------------------------------------------------------------------
    def _start_windows(self) -> None:
        from PySide6.QtCore import QCoreApplication

        self._filter = _WindowsFilter(self)
        QCoreApplication.instance().installNativeEventFilter(self._filter)
        self.sources.append("WM_POWERBROADCAST")

    def watch_window(self, hwnd: int) -> None:
        """Windows: session-change messages go to a window registered here (the main window)."""
        if sys.platform != "win32" or hwnd in self._hwnds:
            return
        import ctypes

        try:
            if ctypes.windll.wtsapi32.WTSRegisterSessionNotification(ctypes.c_void_p(hwnd), 0):
                self._hwnds.add(hwnd)
                self.sources.append("WTS_SESSION_LOCK")
        except (OSError, AttributeError) as err:
            log.info("session notifications unavailable: %s", type(err).__name__)
