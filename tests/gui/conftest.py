"""GUI test fixtures: an AppController on a private data folder, fast KDF, English UI, private prefs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import fast_kdf

# Offscreen Qt warns about window features it does not have; those are not bugs of ours.
OFFSCREEN_NOISE = [r"This plugin does not support", r"propagateSizeHints"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/app/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def _built_translations():
    """The .qm files are build products (scripts/setup.sh); make sure they exist for the tests."""
    from coachdesk.app.build_forms import TS_DIR, build_translations

    if any(not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
           for ts in TS_DIR.glob("*.ts")):
        build_translations()


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


def unlock(qtbot, controller, passphrase: str) -> None:
    lock = controller.lock_screen
    qtbot.waitUntil(lambda: lock.isVisible())
    lock.ui.passphraseEdit.setText(passphrase)
    lock.unlock()
    qtbot.waitUntil(lambda: controller.session.is_unlocked, timeout=15000)
