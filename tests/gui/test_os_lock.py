"""OS lock events: a fake org.freedesktop.ScreenSaver on a private session bus says the screen
locked (ActiveChanged(true)); the app locks. A watcher without any bus does nothing."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess

import pytest

from coachdesk.app.os_lock import OsLockWatcher, login1_session_path
from tests.gui.conftest import open_window


@pytest.fixture
def private_session_bus(monkeypatch):
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed (apt-get install dbus): the D-Bus path cannot be tested")
    out = subprocess.run(["dbus-daemon", "--session", "--print-address=1", "--print-pid=1", "--fork"],
                         capture_output=True, text=True, timeout=10, check=True).stdout.split()
    address, pid = out[0], int(out[1])
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    os.kill(pid, signal.SIGTERM)


def test_screen_lock_on_the_session_bus_locks_the_app(qtbot, make_controller, gui_vault, private_session_bus):
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    screensaver = QDBusConnection.connectToBus(private_session_bus, "fake-screensaver")
    try:
        assert screensaver.isConnected()
        assert screensaver.registerService("org.freedesktop.ScreenSaver")
        controller, window = open_window(qtbot, make_controller, gui_vault)
        qtbot.waitUntil(lambda: controller.os_lock is not None)
        assert "org.freedesktop.ScreenSaver ActiveChanged" in controller.os_lock.sources
        # screen saver off: nothing happens; on: the app locks
        for active in (False, True):
            message = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                                                "ActiveChanged")
            message.setArguments([active])
            assert screensaver.send(message)
        qtbot.waitUntil(lambda: not controller.session.is_unlocked, timeout=5000)
        assert not window.isVisible() and controller.lock_screen.isVisible()
    finally:
        QDBusConnection.disconnectFromBus("fake-screensaver")


def test_without_any_bus_the_watcher_is_quiet(qtbot, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/coachdesk-test-bus")
    watcher = OsLockWatcher()
    watcher.start()
    assert watcher.sources == []
    watcher.stop()


def test_login1_session_path_escapes_like_systemd():
    assert login1_session_path("3") == "/org/freedesktop/login1/session/_33"
    assert login1_session_path("c2") == "/org/freedesktop/login1/session/c2"
    assert login1_session_path(None) == ""


def test_screen_saver_turning_off_or_waking_up_does_not_lock(qtbot):
    watcher = OsLockWatcher()
    with qtbot.assertNotEmitted(watcher.lock_requested):
        watcher._screensaver(False)
        watcher._sleep(False)
    with qtbot.waitSignal(watcher.lock_requested, timeout=1000):
        watcher._sleep(True)
