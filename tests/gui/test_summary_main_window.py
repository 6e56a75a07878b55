"""Ctrl+P in the real main window: the action is wired, opens the flow, and a lock discards the preview."""

from __future__ import annotations

import pytest

from coachdesk.vault.demo import DEMO_PASSPHRASE
from tests.gui.conftest import unlock

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support", r"propagateSizeHints")


def test_ctrl_p_prints_the_current_case_and_lock_discards_it(qtbot, make_controller, demo_vault):
    from coachdesk.app.summary import dialog

    controller = make_controller(demo_vault)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    window = controller.main_window
    actions = [a for a in window.case_actions if a.objectName() == "printSummaryAction"]
    assert len(actions) == 1
    action = actions[0]
    assert action.shortcut().toString() == "Ctrl+P" and action in window.case_menu.actions()
    assert not action.isEnabled()  # no case open yet
    case = controller.session.store.get_case_by_code("K-2026-001")
    window.open_case(case.id)
    assert action.isEnabled()

    assert action.text() == "Print summary…"  # the fixture's UI language is English
    controller.set_language("fi")
    qtbot.waitUntil(lambda: action.text() == "Tulosta tiivistelmä…", timeout=2000)  # LanguageChange is posted
    controller.set_language("en")
    qtbot.waitUntil(lambda: action.text() == "Print summary…", timeout=2000)
    action.trigger()
    flows = [f for f in dialog._FLOWS if f.case_id == case.id]
    assert len(flows) == 1
    flow = flows[0]
    assert flow.options_dialog.isVisible()
    flow.options_dialog.accept()
    qtbot.waitUntil(lambda: flow.preview is not None, timeout=15_000)
    preview = flow.preview
    assert preview.laid.doc.case_code == "K-2026-001"
    assert preview.isVisible() and preview.page_views

    controller.lock()
    assert preview.laid is None and flow.preview is None and flow not in dialog._FLOWS
