"""Help → About: version, licences, and the third-party notices read from NOTICE."""

from __future__ import annotations

import pytest

import coachdesk
from coachdesk.app import about
from tests.conftest import REPO as ROOT
from tests.gui.conftest import unlock

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support", r"propagateSizeHints")


def test_about_shows_version_and_the_notice(qtbot):
    dialog = about.AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.title_label.text() == f"CoachDesk {coachdesk.__version__}"
    assert f"Qt {about.qVersion()}" in dialog.versions_label.text()
    notices = dialog.notices.toPlainText()
    assert notices == (ROOT / "NOTICE").read_text(encoding="utf-8")
    assert "Contains name data from the Digital and Population Data Services Agency (DVV), CC BY 4.0." in notices
    assert dialog.tabs.count() == 2
    assert dialog.licenses_button.isEnabled()
    assert not dialog.windowIcon().isNull()


def test_about_says_so_when_notice_is_missing(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(about, "notice_path", lambda: tmp_path / "NOTICE")
    dialog = about.AboutDialog()
    qtbot.addWidget(dialog)
    assert "NOTICE file is missing" in dialog.notices.toPlainText()


def test_licence_folder_in_a_checkout_holds_the_lgpl():
    assert (about.licenses_dir() / "LGPL-3.0.txt").is_file()


def test_app_icon_has_every_size(qapp):
    sizes = {(s.width(), s.height()) for s in about.app_icon().availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes


def test_show_about_opens_a_modal_dialog(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = about.show_about(parent)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_help_about_in_the_main_window_opens_the_dialog(qtbot, make_controller, demo_vault):
    from coachdesk.vault.demo import DEMO_PASSPHRASE

    controller = make_controller(demo_vault)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    window = controller.main_window
    assert window.about_action in window.help_menu.actions()
    window.about_action.trigger()
    dialog = window.about_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert isinstance(dialog, about.AboutDialog)
    assert "SQLCipher" in dialog.notices.toPlainText()
    dialog.reject()
