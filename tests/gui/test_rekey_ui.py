"""The change-passphrase dialog re-encrypts the vault and asks about backups made with the old key."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from coachdesk.app import settings_dialog as sd
from coachdesk.errors import WrongPassphrase
from coachdesk.vault.backup import unpack_backup, write_backup
from coachdesk.vault.demo import DEMO_PASSPHRASE
from coachdesk.vault.restore import verify_unpacked
from tests.gui.conftest import unlock

NEW = "uusi pitkä tunnuslause tähän"


def _opens(backup: Path, passphrase: str, where: Path) -> bool:
    unpack_backup(backup, where)
    try:
        verify_unpacked(where, passphrase=passphrase)
    except WrongPassphrase:
        return False
    return True


@pytest.mark.parametrize("choice", ["reencrypt", "delete", "keep"])
def test_change_passphrase_asks_about_older_backups(qtbot, make_controller, demo_vault, tmp_path, choice):
    controller = make_controller(demo_vault)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    vault = controller.session.vault
    backup = write_backup(vault, vault.paths.backups / "daily-20261201.cdbackup")
    old_key = vault.data_key
    dialog = sd.ChangePassphraseDialog(controller.session)
    qtbot.addWidget(dialog)
    dialog.old.setText(DEMO_PASSPHRASE)
    dialog.new.setText(NEW)
    dialog.again.setText(NEW)
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        dialog.submit()
    assert vault.data_key != old_key
    box = dialog.followup
    assert isinstance(box, QMessageBox) and "old passphrase" in box.text()
    wanted = {"reencrypt": "Re-encrypt", "delete": "Delete", "keep": "Keep"}[choice]
    button = next(b for b in box.buttons() if wanted in b.text().replace("&", ""))
    button.click()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "oldBackupsDone") is not None, timeout=60000)
    controller.session.lock()
    if choice == "delete":
        assert not backup.exists()
    else:
        assert _opens(backup, NEW if choice == "reencrypt" else DEMO_PASSPHRASE, tmp_path / "check")
