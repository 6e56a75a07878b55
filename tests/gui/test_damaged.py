"""A damaged vault: the background check (or the open) finds it, a dialog explains and lists the
automatic backups; the newest is restored into a NEW folder, the damaged file is never touched."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from coachdesk.app.damaged_dialog import DamagedDialog
from coachdesk.domain import models as m
from tests.conftest import PASSPHRASE, fast_kdf


def _damaged_vault(folder: Path) -> None:
    """200 long notes, a daily backup, then random bytes over a page near the end of the file."""
    from coachdesk.vault.backup import daily_backup_if_due
    from coachdesk.vault.vault import Vault

    vault, _rk = Vault.create(folder, PASSPHRASE, kdf=fast_kdf())
    with vault:
        case = vault.store.create_case(m.Case(code="K-2026-001", pseudonym="Aino"))
        for i in range(200):
            vault.store.add_note(m.Note(case_id=case.id, text=f"Tapaaminen {i}: arki sujuu paremmin. " * 40))
        assert daily_backup_if_due(vault) is not None
    db = folder / "vault.db"
    pages = db.stat().st_size // 4096
    with db.open("r+b") as fh:
        fh.seek(4096 * (pages - 3) + 100)
        fh.write(os.urandom(200))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_damage_found_after_unlock_offers_the_newest_backup_in_a_new_folder(qtbot, make_controller, data_dir,
                                                                           monkeypatch):
    from PySide6.QtWidgets import QApplication

    from coachdesk.vault.vault import Vault

    _damaged_vault(data_dir)
    before = _digest(data_dir / "vault.db")
    controller = make_controller(data_dir)
    controller.no_quit = True
    lock = controller.lock_screen
    qtbot.waitUntil(lock.isVisible)
    lock.ui.passphraseEdit.setText(PASSPHRASE)
    lock.unlock()
    qtbot.waitUntil(lambda: isinstance(controller.damaged_dialog, DamagedDialog), timeout=15000)
    dialog = controller.damaged_dialog
    assert dialog.isVisible() and not controller.session.is_unlocked
    assert dialog.list.count() == 1 and dialog.list.item(0).text().endswith(".cdbackup")
    assert "will not write over it" in dialog.explanation.text()
    restore = dialog.restore_newest()
    assert not restore.to_current.isVisible()  # never over the damaged vault
    target = Path(restore.target_edit.text())
    assert target.parent == data_dir.resolve().parent and target != data_dir.resolve()
    restore.secret_edit.setText(PASSPHRASE)
    restore.restore_button.click()
    qtbot.waitUntil(lambda: controller.lock_screen.data_dir == target, timeout=15000)
    assert controller.prefs.data_dir == str(target) and controller.lock_screen.isVisible()
    assert "Restored into a new folder" in controller.lock_screen.ui.messageLabel.text()
    assert _digest(data_dir / "vault.db") == before  # the damaged file is untouched
    with Vault.open(target, PASSPHRASE) as restored:
        assert len(restored.store.list_notes(restored.store.get_case_by_code("K-2026-001").id)) == 200

    # "copy error and quit": the error (no client content) goes to the clipboard
    again = controller.show_damaged("the database failed its integrity check", data_dir)
    quit_called = []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quit_called.append(True))
    controller.no_quit = False
    again.copy_button.click()
    assert quit_called
    text = QApplication.clipboard().text()
    assert "integrity check" in text and str(data_dir) in text


def test_damage_at_open_shows_the_dialog_from_the_lock_screen(qtbot, make_controller, gui_vault):
    from coachdesk.vault.vault import Vault

    with Vault.open(gui_vault, PASSPHRASE) as vault:
        from coachdesk.vault.backup import daily_backup_if_due

        daily_backup_if_due(vault)
    db = gui_vault / "vault.db"
    db.write_bytes(b"\0" * 100 + db.read_bytes()[100:4096] + os.urandom(db.stat().st_size - 4096))
    controller = make_controller(gui_vault)
    lock = controller.lock_screen
    qtbot.waitUntil(lock.isVisible)
    lock.ui.passphraseEdit.setText(PASSPHRASE)
    lock.unlock()
    qtbot.waitUntil(lambda: controller.damaged_dialog is not None, timeout=15000)
    assert controller.damaged_dialog.isVisible() and "damaged" in lock.ui.messageLabel.text()
    assert not controller.session.is_unlocked
