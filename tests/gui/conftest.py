"""GUI (pytest-qt) fixtures for every test in tests/gui: an AppController on a private data folder, fast KDF,
English UI, private prefs and QSettings, a started app on the demo vault, helpers to unlock and compose.
Vaults come from the root conftest (one factory, tests/support/vaults.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, fast_kdf

# Offscreen Qt warns about window features it does not have; those are not bugs of ours.
OFFSCREEN_NOISE = [r"This plugin does not support", r"propagateSizeHints"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def _built_translations():
    """The .qm files are build products (scripts/setup.sh); make sure they exist for the tests."""
    from coachdesk.app.build_forms import TS_DIR, build_translations

    if any(not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
           for ts in TS_DIR.glob("*.ts")):
        build_translations()


@pytest.fixture(autouse=True)
def private_qsettings(tmp_path: Path):
    """Any QSettings made without a file name lands in this test's folder, not the user's."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "qsettings"
    folder.mkdir()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def fast_gui_kdf():
    from coachdesk.app import kdf

    kdf.override = fast_kdf
    yield
    kdf.override = None


@pytest.fixture
def make_controller(qtbot, tmp_path: Path, fast_gui_kdf):
    """make_controller(data_dir) -> a started AppController (English UI); shut down afterwards."""
    from coachdesk.app import i18n, workers
    from coachdesk.app.main import build

    made = []

    def make(data_dir: Path, *, check_keychain: bool = False, lang: str = "en"):
        _app, controller = build(data_dir, prefs_path=tmp_path / "prefs.ini", check_keychain=check_keychain)
        controller.set_language(lang)
        controller.start()
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
        for widget in (controller.main_window, controller.lock_screen, controller.first_run):
            if widget is not None:
                widget.close()
                widget.deleteLater()
        controller.session.deleteLater()
        controller.deleteLater()
    workers.wait_idle()
    i18n.install_language("en")


@pytest.fixture
def app_window(qtbot, make_controller, demo_vault, memory_keyring, local_webhooks):
    """(controller, main window) unlocked on the demo vault, English UI."""
    from coachdesk.vault.demo import DEMO_PASSPHRASE

    controller = make_controller(demo_vault)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    return controller, controller.main_window


def unlock(qtbot, controller, passphrase: str) -> None:
    lock = controller.lock_screen
    qtbot.waitUntil(lambda: lock.isVisible())
    lock.ui.passphraseEdit.setText(passphrase)
    lock.unlock()
    qtbot.waitUntil(lambda: controller.session.is_unlocked, timeout=15000)


def open_window(qtbot, make, folder: Path, passphrase: str | None = None):
    controller = make(folder)
    controller.no_quit = True
    unlock(qtbot, controller, passphrase or PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible())
    return controller, controller.main_window


def settle(qtbot, controller, runs: int = 1) -> None:
    """Wait for the after-unlock work (integrity check, daily backup, retention review)."""
    qtbot.waitUntil(lambda: controller.after_unlock_runs >= runs, timeout=15000)


def add_channel(store, url: str, name: str = "Tiimi", kind: str = "json"):
    from coachdesk.outbox.channels import Channels

    return Channels(store).add(name, kind, url)


def open_composer(qtbot, window, case_code: str = "K-2026-001"):
    store = window.session.store
    case = store.get_case_by_code(case_code)
    window.open_case(case.id)
    window.ask_colleague.ask_action.trigger()
    dialog = window.ask_colleague.dialogs[-1]
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    return dialog
