"""Retention in the GUI: closed cases show their age, the reminder after unlock, deletion only
after two confirmations (typing the code), cascade to help requests and outbox items."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from coachdesk.app.retention_ui import RetentionReminder, TypeCodeDialog, closed_age_text
from coachdesk.app.settings_dialog import DataPage
from tests.gui.conftest import open_window, settle


def _row_text(window, code: str) -> str:
    model = window.case_list.model
    row = model.row_of(window.session.store.get_case_by_code(code).id)
    return model.index(row, 3).data()


def _add_draft(store, case_id: int) -> None:
    from coachdesk.domain import help_request as hr
    from coachdesk.outbox import requests as rq
    from coachdesk.outbox.channels import Channels
    from coachdesk.outbox.compose import preview_payload
    from coachdesk.outbox.outbox import Outbox

    Channels(store).add("tiimi", "slack", "https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnopqrstuvwx",
                        prefer_keychain=False)
    request = rq.save_request(store, hr.HelpRequest(case_id=case_id, topic="jaksaminen",
                                                    question="Miten tukisin paluuta töihin?"))
    Outbox(store).create_draft(request.id, "tiimi", preview_payload(request, "slack"))


def _gone(store, code: str) -> bool:
    from coachdesk.errors import NotFound

    try:
        store.get_case_by_code(code)
    except NotFound:
        return True
    return False


def _count(store, table: str) -> int:
    from sqlalchemy import text

    with store.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()


def test_closed_case_age_reminder_and_delete_after_two_confirmations(qtbot, make_controller, gui_vault):
    controller, window = open_window(qtbot, make_controller, gui_vault)
    store = controller.session.store
    assert _row_text(window, "K-2026-002") == "closed 14 mo ago"
    assert _row_text(window, "K-2026-001") != "closed 14 mo ago"
    settle(qtbot, controller)
    reminder = controller.retention_dialog
    assert isinstance(reminder, RetentionReminder) and reminder.isVisible()
    assert reminder.list.count() == 1 and "K-2026-002" in reminder.list.item(0).text()
    closed = store.get_case_by_code("K-2026-002")
    _add_draft(store, closed.id)
    assert _count(store, "outbox_items") == 1 and _count(store, "help_requests") == 1

    # first confirmation, then Cancel on the second: nothing deleted
    first = reminder.delete_chosen()
    assert first.isVisible() and "K-2026-002" in first.text()
    first.continue_button.click()
    second = controller.delete_flow
    assert isinstance(second, TypeCodeDialog) and not second.delete_button.isEnabled()
    qtbot.keyClicks(second.edit, "K-2026-00")
    assert not second.delete_button.isEnabled()
    second.reject()
    assert not _gone(store, "K-2026-002")

    # both confirmations: the case, its help request and outbox item are gone
    reminder.delete_chosen().continue_button.click()
    second = controller.delete_flow
    qtbot.keyClicks(second.edit, "k-2026-002")
    assert second.delete_button.isEnabled()
    second.delete_button.click()
    qtbot.waitUntil(lambda: not reminder.isVisible(), timeout=15000)
    assert reminder.result() == QDialog.DialogCode.Accepted
    assert _gone(store, "K-2026-002")
    assert _count(store, "outbox_items") == 0 and _count(store, "help_requests") == 0
    assert window.case_list.model.rowCount() == 1


def test_delete_case_from_the_case_menu_only_for_closed_cases(qtbot, make_controller, gui_vault):
    controller, window = open_window(qtbot, make_controller, gui_vault)
    settle(qtbot, controller)
    controller.retention_dialog.reject()
    care = controller.vault_care
    store = controller.session.store
    active, closed = store.get_case_by_code("K-2026-001"), store.get_case_by_code("K-2026-002")
    window.open_case(active.id)
    assert not care.delete_action.isEnabled()
    assert care.delete_action in window.case_list.context_actions
    window.open_case(closed.id)
    assert care.delete_action.isEnabled()
    care.delete_action.trigger()
    controller.delete_flow.continue_button.click()
    qtbot.keyClicks(controller.delete_flow.edit, "K-2026-002")
    controller.delete_flow.delete_button.click()
    qtbot.waitUntil(lambda: _gone(store, "K-2026-002") and controller.purge_relay is None,
                    timeout=15000)
    assert window.current_case() is None and window.case_list.model.rowCount() == 1


def test_retention_period_is_a_vault_setting_and_quiets_the_reminder(qtbot, make_controller, gui_vault):
    from coachdesk.vault.retention import RETENTION_SETTING

    controller, _window = open_window(qtbot, make_controller, gui_vault)
    settle(qtbot, controller)
    controller.retention_dialog.reject()
    dialog = controller.open_settings()
    page = dialog.page(DataPage)
    assert page.retention.value() == 12
    page.retention.setValue(24)
    dialog.accept()
    assert controller.session.store.get_setting(RETENTION_SETTING) == "24"
    pref_keys = controller.prefs.keys()
    assert not any("retention" in key for key in pref_keys)  # inside the vault, not in QSettings
    controller.session.lock()
    controller.retention_dialog = None
    from tests.conftest import PASSPHRASE
    from tests.gui.conftest import unlock

    unlock(qtbot, controller, PASSPHRASE)
    settle(qtbot, controller, runs=2)
    assert controller.retention_dialog is None  # 14 months < 24: no reminder


def test_age_texts_in_finnish(qtbot):
    from datetime import date

    from coachdesk.app import i18n

    i18n.install_language("fi")
    try:
        assert closed_age_text(date(2025, 9, 27), date(2026, 11, 27)) == "suljettu 14 kk sitten"
        assert closed_age_text(date(2026, 11, 2), date(2026, 11, 27)) == "suljettu tässä kuussa"
    finally:
        i18n.install_language("en")
