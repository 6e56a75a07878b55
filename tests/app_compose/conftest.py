"""Fixtures for the "Ask a colleague" UI tests: a started app on a demo vault, a local webhook."""

from __future__ import annotations

import pytest

from tests.gui import conftest as app_conftest
from tests.gui.conftest import OFFSCREEN_NOISE, unlock

# the GUI fixtures of tests/app, shared (a conftest's fixtures reach only its own folder)
_built_translations = app_conftest._built_translations
fast_gui_kdf = app_conftest.fast_gui_kdf
make_controller = app_conftest.make_controller


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/app_compose/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture
def local_webhooks(monkeypatch):
    """Allow http://127.0.0.1 webhook URLs (pytest-httpserver) for this test only."""
    monkeypatch.setenv("COACHDESK_ALLOW_LOCAL_WEBHOOKS", "1")


@pytest.fixture
def app_window(qtbot, make_controller, demo_vault, memory_keyring, local_webhooks):
    """(controller, main window) unlocked on the demo vault, English UI."""
    from coachdesk.vault.demo import DEMO_PASSPHRASE

    controller = make_controller(demo_vault)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    return controller, controller.main_window


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
