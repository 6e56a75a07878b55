"""File → Back up… and File → Restore…: an owner-only encrypted backup written on a worker; restore
into a new folder or over the current vault (verified first, the old files kept aside, reopened)."""

from __future__ import annotations

import os
import stat

from coachdesk.app.restore_dialog import RestoreDialog
from coachdesk.domain import models as m
from tests.conftest import PASSPHRASE
from tests.gui.conftest import open_window, settle


def _codes(store) -> set[str]:
    return {c.code for c in store.list_cases()}


def test_back_up_then_restore_into_a_new_folder(qtbot, make_controller, gui_vault, tmp_path):
    from coachdesk.vault.vault import Vault

    controller, window = open_window(qtbot, make_controller, gui_vault)
    settle(qtbot, controller)
    controller.retention_dialog.reject()
    care = controller.vault_care
    assert care.backup_action in window.file_menu.actions() and care.restore_action in window.file_menu.actions()
    out = tmp_path / "elsewhere" / "mine.cdbackup"
    relay = care.back_up(out)
    assert relay is not None
    qtbot.waitUntil(lambda: care.backup_relay is None, timeout=15000)
    assert out.is_file() and "mine.cdbackup" in window.statusBar().currentMessage()
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600

    dialog = care.restore()
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible() and dialog.to_current.isVisible()
    target = tmp_path / "restored"
    dialog.backup_edit.setText(str(out))
    dialog.target_edit.setText(str(target))
    dialog.secret_edit.setText("not the passphrase")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.relay is None, timeout=15000)
    assert "does not open this backup" in dialog.message.text() and dialog.isVisible()
    assert not (target / "vault.db").exists()
    dialog.secret_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.restored, timeout=15000):
        dialog.restore_button.click()
    assert dialog.secret_edit.text() == ""
    assert controller.session.is_unlocked  # the current vault stays open
    assert str(target) in care.switch_box.text()
    care.switch_box.switch_button.click()
    assert not controller.session.is_unlocked and controller.lock_screen.data_dir == target
    assert controller.prefs.data_dir == str(target)
    with Vault.open(target, PASSPHRASE) as restored:
        assert _codes(restored.store) == {"K-2026-001", "K-2026-002"}


def test_restore_over_the_current_vault_keeps_the_old_one_aside_and_reopens(qtbot, make_controller, gui_vault,
                                                                           tmp_path):
    from coachdesk.vault.vault import Vault

    controller, window = open_window(qtbot, make_controller, gui_vault)
    settle(qtbot, controller)
    controller.retention_dialog.reject()
    care = controller.vault_care
    out = tmp_path / "before.cdbackup"
    care.back_up(out)
    qtbot.waitUntil(lambda: care.backup_relay is None, timeout=15000)
    controller.session.store.create_case(m.Case(code="K-2026-009", pseudonym="Later"))
    window.refresh_cases()

    dialog = care.restore()
    dialog.backup_edit.setText(str(out))
    dialog.secret_edit.setText(PASSPHRASE)
    dialog.to_current.setChecked(True)
    dialog.restore_button.click()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: controller.restore_relay is not None)
    qtbot.waitUntil(lambda: controller.session.is_unlocked and window.isVisible(), timeout=15000)
    assert _codes(controller.session.store) == {"K-2026-001", "K-2026-002"}
    assert window.case_list.model.rowCount() == 2
    assert "kept in" in window.statusBar().currentMessage()
    aside = [p for p in gui_vault.iterdir() if p.name.startswith("replaced-")]
    assert len(aside) == 1
    controller.session.lock()
    with Vault.open(aside[0], PASSPHRASE) as old:
        assert "K-2026-009" in _codes(old.store)


def test_a_daily_backup_is_taken_on_unlock(qtbot, make_controller, gui_vault):
    controller, _window = open_window(qtbot, make_controller, gui_vault)
    settle(qtbot, controller)
    daily = list((gui_vault / "backups").glob("daily-*.cdbackup"))
    assert len(daily) == 1
