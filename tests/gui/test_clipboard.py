"""The careful clipboard: private copies carry the clipboard-manager hints and are cleared (timer,
lock, quit) if unchanged; scrubbed text copied with ``private=False`` is exempt."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from coachdesk.app import clipboard as cb
from coachdesk.app.prefs import CLIPBOARD_CLEAR_DEFAULT_S, Prefs
from coachdesk.app.settings_dialog import SecurityPage
from tests.gui.conftest import open_window, settle


def _mime():
    return QApplication.clipboard().mimeData()


def test_default_is_30_seconds_in_prefs_and_settings(qtbot, make_controller, gui_vault, tmp_path):
    assert CLIPBOARD_CLEAR_DEFAULT_S == 30
    assert Prefs(tmp_path / "fresh.ini").clipboard_clear_seconds == 30
    controller, _window = open_window(qtbot, make_controller, gui_vault)
    assert controller.clipboard.clear_seconds == 30 and cb.active() is controller.clipboard
    dialog = controller.open_settings()
    assert dialog.page(SecurityPage).clipboard.value() == 30
    dialog.reject()


def test_private_copy_is_concealed_and_cleared_on_timer_lock_and_quit(qtbot, make_controller, gui_vault):
    controller, _window = open_window(qtbot, make_controller, gui_vault)
    settle(qtbot, controller)
    clip = controller.clipboard
    cb.copy("Reflektio: asiakas jännitti haastattelua.")
    assert _mime().data("x-kde-passwordManagerHint").data() == b"secret"
    assert _mime().hasFormat("ExcludeClipboardContentFromMonitorProcessing")
    assert clip.holds_our_text
    controller.session.lock()
    assert QApplication.clipboard().text() == ""

    from tests.conftest import PASSPHRASE
    from tests.gui.conftest import unlock

    unlock(qtbot, controller, PASSPHRASE)
    clip.clear_seconds = 1
    cb.copy("Muistiinpano: uupumus helpottaa.")
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=3000)

    clip.clear_seconds = 30
    cb.copy("Muistiinpano 3")
    controller.shutdown()  # quit
    assert QApplication.clipboard().text() == ""


def test_scrubbed_text_is_exempt(qtbot, make_controller, gui_vault):
    controller, _window = open_window(qtbot, make_controller, gui_vault)
    clip = controller.clipboard
    clip.clear_seconds = 1
    cb.copy("Kysymys kollegalle: [Henkilö A] ...", "<p>Kysymys</p>", private=False)
    assert not _mime().hasFormat("x-kde-passwordManagerHint")
    assert _mime().hasFormat(cb.EXEMPT_FORMAT) and "Kysymys" in _mime().html()
    assert not clip.holds_our_text
    controller.session.lock()
    assert QApplication.clipboard().text() == "Kysymys kollegalle: [Henkilö A] ..."
