"""First run: language, passphrase strength, recovery key (PDF), quick unlock, demo."""

from __future__ import annotations

from pypdf import PdfReader

from coachdesk.app.first_run import PAGE_PASSPHRASE, PAGE_QUICK, PAGE_RECOVERY
from coachdesk.vault import keychain
from coachdesk.vault.vault import Vault, unlock_with_recovery_key, vault_exists
from tests.conftest import PASSPHRASE


def test_first_run_creates_vault_shows_recovery_key_once_and_stores_quick_unlock(
        qtbot, make_controller, data_dir, tmp_path, memory_keyring):
    controller = make_controller(data_dir)
    fr = controller.first_run
    assert fr is not None and controller.lock_screen is None
    assert fr.windowTitle().startswith("CoachDesk")
    fr.next()
    assert fr.page() == PAGE_PASSPHRASE
    fr.ui.newEdit.setText("abc")
    fr.ui.confirmEdit.setText("abc")
    assert not fr.ui.nextButton.isEnabled()
    assert fr.ui.strengthBar.value() == 1  # the weakest level: a red sliver
    fr.ui.newEdit.setText(PASSPHRASE)
    fr.ui.confirmEdit.setText(PASSPHRASE + "x")
    fr.next()
    assert fr.page() == PAGE_PASSPHRASE and "differ" in fr.ui.passMessage.text()
    fr.ui.confirmEdit.setText(PASSPHRASE)
    assert fr.ui.strengthBar.value() >= 4
    fr.next()
    qtbot.waitUntil(lambda: fr.page() == PAGE_RECOVERY, timeout=15000)
    key = fr.ui.recoveryKeyLabel.text()
    assert len(key) > 20 and vault_exists(data_dir)
    assert fr.ui.newEdit.text() == ""  # the passphrase is not kept in the widget
    pdf = fr.save_pdf(tmp_path / "key.pdf")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert key.split("-")[0] in text.replace(" ", "")
    assert (pdf.stat().st_mode & 0o777) == 0o600
    assert not fr.ui.nextButton.isEnabled()  # must confirm it was stored
    fr.ui.storedCheck.setChecked(True)
    fr.next()
    assert fr.page() == PAGE_QUICK
    fr.ui.quickCheck.setChecked(True)
    fr.next()
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible(),
                    timeout=10000)
    assert controller.first_run is None
    assert controller.prefs.quick_unlock
    vault_id = controller.session.vault.header.vault_id
    assert keychain.load_key(vault_id) is not None
    # the recovery key shown really opens the vault
    controller.session.lock()
    Vault.open_with_key(data_dir, unlock_with_recovery_key(data_dir, key)).close()


def test_first_run_language_choice_translates_at_once(qtbot, make_controller, data_dir):
    controller = make_controller(data_dir)
    fr = controller.first_run
    fr.ui.finnishRadio.setChecked(True)
    qtbot.waitUntil(lambda: fr.ui.welcomeTitle.text() == "Tervetuloa CoachDeskiin")
    assert controller.prefs.language == "fi"
    fr.ui.englishRadio.setChecked(True)
    qtbot.waitUntil(lambda: fr.ui.welcomeTitle.text() == "Welcome to CoachDesk")


def test_try_with_sample_cases_opens_a_separate_demo_vault(qtbot, make_controller, data_dir):
    controller = make_controller(data_dir)
    controller.first_run.ui.demoButton.click()
    qtbot.waitUntil(lambda: controller.session.is_unlocked, timeout=20000)
    window = controller.main_window
    assert window.case_list.model.rowCount() >= 5
    assert controller.session.is_demo and "demo" in window.windowTitle()
    assert not vault_exists(data_dir)  # never mixed with the real vault
    assert controller.session.data_dir.name == "CoachDesk-demo"
    controller.session.lock()
    assert controller.lock_screen.ui.demoHint.isVisible()
    assert "demo-coachdesk" in controller.lock_screen.ui.demoHint.text()
