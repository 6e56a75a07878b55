"""Fixtures for the desktop app's safety features (backup, restore, damage, retention, clipboard,
OS lock events, log hygiene): the GUI fixtures of tests/app, private QSettings."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.conftest import OFFSCREEN_NOISE, _built_translations, fast_gui_kdf, make_controller  # noqa: F401


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/app_safety/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


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
def gui_vault(data_dir: Path):
    """A closed vault with two cases (fast KDF): K-2026-001 active, K-2026-002 closed 14 months ago."""
    from datetime import date

    from coachdesk.domain import models as m
    from coachdesk.vault.vault import Vault
    from tests.conftest import PASSPHRASE, fast_kdf

    vault, _rk = Vault.create(data_dir, PASSPHRASE, kdf=fast_kdf())
    with vault:
        store = vault.store
        store.create_case(m.Case(code="K-2026-001", pseudonym="Aino", status=m.CaseStatus.ACTIVE))
        today = date.today()
        year, month = (today.year - 1, today.month - 2) if today.month > 2 else (today.year - 2, today.month + 10)
        closed = date(year, month, min(today.day, 28))
        store.create_case(m.Case(code="K-2026-002", pseudonym="Bertta", status=m.CaseStatus.CLOSED,
                                 opened=date(year - 1, 1, 1), closed=closed))
    return data_dir


def open_window(qtbot, make, folder: Path, passphrase: str | None = None):
    from tests.conftest import PASSPHRASE
    from tests.gui.conftest import unlock

    controller = make(folder)
    controller.no_quit = True
    unlock(qtbot, controller, passphrase or PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible())
    return controller, controller.main_window


def settle(qtbot, controller, runs: int = 1) -> None:
    """Wait for the after-unlock work (integrity check, daily backup, retention review)."""
    qtbot.waitUntil(lambda: controller.after_unlock_runs >= runs, timeout=15000)
