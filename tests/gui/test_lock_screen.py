"""Lock screen: right and wrong passphrase, quick unlock, recovery key, locking hides content."""

from __future__ import annotations

import logging

from coachdesk.app.recovery_dialog import RecoveryDialog
from coachdesk.vault import keychain
from coachdesk.vault.demo import DEMO_PASSPHRASE
from coachdesk.vault.vault import Vault, read_header
from tests.gui.conftest import unlock


def test_wrong_passphrase_shows_message_and_delay_then_right_one_unlocks(qtbot, make_controller, demo_vault):
    controller = make_controller(demo_vault)
    lock = controller.lock_screen
    assert lock.windowTitle().startswith("CoachDesk")
    lock.ui.passphraseEdit.setText("not the passphrase")
    lock.unlock()
    qtbot.waitUntil(lambda: lock.wrong_attempts == 1, timeout=10000)
    assert "Wrong passphrase" in lock.ui.messageLabel.text()
    assert not controller.session.is_unlocked
    assert not lock.ui.unlockButton.isEnabled()  # the short delay
    lock.unlock()  # ignored during the delay
    qtbot.waitUntil(lambda: lock.ui.unlockButton.isEnabled(), timeout=5000)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    assert not lock.isVisible()
    window = controller.main_window
    assert window.isVisible() and window.windowTitle().startswith("CoachDesk")
    assert window.case_list.model.rowCount() == 5


def test_first_paint_then_demo_hint_logging_and_system_watch(qtbot, make_controller, demo_vault):
    """Work kept out of the first paint's way still happens right after it."""
    controller = make_controller(demo_vault)
    lock = controller.lock_screen
    with qtbot.waitSignal(lock.first_painted, timeout=5000):
        pass
    assert lock.painted_at is not None
    qtbot.waitUntil(lambda: lock.ui.demoHint.isVisible() and controller._system_signals, timeout=5000)
    assert "demo-coachdesk" in lock.ui.demoHint.text()
    ours = [h for h in logging.getLogger("coachdesk").handlers if getattr(h, "_coachdesk", False)]
    assert ours and ours[0].baseFilename == str(demo_vault / "logs" / "coachdesk.log")  # logging started after
    # the paint (the file itself is made at the first line: a session that logs nothing writes nothing)


def test_lock_screen_names_the_vault_folder(qtbot, make_controller, demo_vault):
    """The folder is shown so the coach knows which vault opens; the tooltip has it verbatim."""
    controller = make_controller(demo_vault)
    label = controller.lock_screen.ui.folderLabel
    assert label.toolTip() == str(demo_vault.absolute())
    shown = label.text().replace("\u200b", "").replace("\u2011", "-")
    assert shown.endswith(str(demo_vault.absolute()))


def test_display_path_uses_tilde_and_breaks_only_after_separators(monkeypatch, tmp_path):
    import os
    from pathlib import Path

    from coachdesk.app.lock_screen import display_path

    monkeypatch.setenv("HOME", str(tmp_path))
    shown = display_path(tmp_path / "my-vault" / ".coach-desk")
    assert "-" not in shown and "\u2011" in shown  # no line break inside a name
    assert shown.replace("\u200b", "").replace("\u2011", "-") == str(Path("~", "my-vault", ".coach-desk"))
    assert shown.count("\u200b") == 2 and f"{os.sep}\u200b" in shown
    assert display_path(Path("/elsewhere")).replace("\u200b", "") == str(Path("/elsewhere"))


def test_empty_passphrase_is_a_message_not_a_crash(qtbot, make_controller, demo_vault):
    controller = make_controller(demo_vault)
    controller.lock_screen.unlock()
    assert "Enter your passphrase" in controller.lock_screen.ui.messageLabel.text()


def test_lock_hides_content_and_drops_the_key(qtbot, make_controller, demo_vault):
    controller = make_controller(demo_vault)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    window = controller.main_window
    vault = controller.session.vault
    case = vault.store.get_case_by_code("K-2026-001")
    window.open_case(case.id)
    assert window.workspace.title.text().startswith("K-2026-001")
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.lock_action.trigger()
    assert not controller.session.is_unlocked and not vault.is_open
    assert not window.isVisible()
    assert window.case_list.model.rowCount() == 0
    assert window.workspace.case is None and window.workspace.title.text() == ""
    assert window.workspace.timeline.list.count() == 0
    assert window.workspace.overview.summary_edit.toPlainText() == ""
    assert controller.lock_screen.isVisible()
    # Vault can be opened again: the flock was released
    Vault.open(demo_vault, DEMO_PASSPHRASE).close()


def test_lock_empties_the_scrubbers_word_caches(qtbot, make_controller, demo_vault):
    """The scrubber remembers word forms of the notes it scrubbed; locking forgets them (every cache the
    privacy package keeps is searched for the words, none named here)."""
    from coachdesk.privacy import scrub, warm_up
    from tests.support.word_caches import holding, import_all

    import_all()
    warm_up()
    controller = make_controller(demo_vault)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    scrub("Soitin Zyrkkelille, hän aloittaa Vömpäsen Kuljetuksella. Tapasin eilen Zyrkkelin kanssa.", lang="fi")
    held = holding("zyrkkel")
    assert any("inflection" in h for h in held) and any("_memo" in h for h in held), held
    controller.main_window.lock_action.trigger()
    assert not controller.session.is_unlocked
    assert holding("zyrkkel") == [] and holding("vömpä") == []


def test_quick_unlock_button_when_keychain_holds_the_key(qtbot, make_controller, demo_vault, memory_keyring):
    with Vault.open(demo_vault, DEMO_PASSPHRASE) as vault:
        keychain.store_key(vault.header.vault_id, vault.data_key)
    controller = make_controller(demo_vault, check_keychain=True)
    lock = controller.lock_screen
    qtbot.waitUntil(lambda: lock.ui.quickUnlockButton.isVisible(), timeout=5000)
    lock.ui.quickUnlockButton.click()
    qtbot.waitUntil(lambda: controller.session.is_unlocked, timeout=10000)


def test_quick_unlock_hidden_without_a_stored_key(qtbot, make_controller, demo_vault, memory_keyring):
    controller = make_controller(demo_vault, check_keychain=True)
    from coachdesk.app import workers

    workers.wait_idle()
    qtbot.wait(50)
    assert not controller.lock_screen.ui.quickUnlockButton.isVisible()


def test_forgot_passphrase_recovery_key_sets_a_new_one(qtbot, make_controller, data_dir, fast_gui_kdf):
    from tests.conftest import fast_kdf

    vault, recovery = Vault.create(data_dir, "old passphrase words", kdf=fast_kdf())
    vault.close()
    controller = make_controller(data_dir)
    dialog = RecoveryDialog(data_dir, controller.lock_screen)
    qtbot.addWidget(dialog)
    dialog.recovered.connect(controller.lock_screen._done)
    dialog.key_edit.setText("WRONG-KEY")
    dialog.new_edit.setText("brand new passphrase here")
    dialog.again_edit.setText("brand new passphrase here")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10000)
    assert "does not fit" in dialog.message.text()
    dialog.key_edit.setText(recovery)
    dialog.submit()
    qtbot.waitUntil(lambda: controller.session.is_unlocked, timeout=10000)
    assert dialog.followup is None  # no backups made with the old key: nothing to ask
    controller.session.lock()
    Vault.open(data_dir, "brand new passphrase here").close()
    assert read_header(data_dir).vault_id


def test_recovery_asks_about_backups_made_with_the_old_key(qtbot, make_controller, data_dir, fast_gui_kdf):
    from coachdesk.vault.backup import write_backup
    from tests.conftest import fast_kdf

    vault, recovery = Vault.create(data_dir, "old passphrase words", kdf=fast_kdf())
    backup = write_backup(vault, vault.paths.backups / "daily-20261201.cdbackup")
    vault.close()
    controller = make_controller(data_dir)
    dialog = RecoveryDialog(data_dir, controller.lock_screen)
    qtbot.addWidget(dialog)
    dialog.recovered.connect(controller.lock_screen._done)
    dialog.key_edit.setText(recovery)
    dialog.new_edit.setText("brand new passphrase here")
    dialog.again_edit.setText("brand new passphrase here")
    dialog.submit()
    qtbot.waitUntil(lambda: controller.session.is_unlocked, timeout=10000)
    box = dialog.followup
    assert box is not None and "old passphrase" in box.text()
    next(b for b in box.buttons() if "Delete" in b.text().replace("&", "")).click()
    qtbot.waitUntil(lambda: not backup.exists(), timeout=10000)
    controller.session.lock()


def test_locking_closes_open_dialogs(qtbot, make_controller, demo_vault):
    from coachdesk.app.overview_page import GoalDialog

    controller = make_controller(demo_vault)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    window = controller.main_window
    settings = controller.open_settings()
    goal = GoalDialog(window)
    goal.title_edit.setText("Työpäivän pituus")
    goal.show()
    window.open_search()
    assert settings.isVisible() and goal.isVisible() and window.search_dialog.isVisible()
    controller.session.lock()
    assert not settings.isVisible() and not goal.isVisible() and not window.search_dialog.isVisible()
