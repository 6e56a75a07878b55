"""The app's save paths (File → Back up…, the recovery-key PDF) refuse a vault file with the same
one-line message as the command line; nothing is written (issue 12, 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.errors import CoachDeskError
from tests.conftest import snapshot_files
from tests.gui.conftest import open_window, settle


def _message(path: Path, folder: Path) -> str:
    from coachdesk.outpath import check_output_path

    with pytest.raises(CoachDeskError) as err:
        check_output_path(path, [folder])
    return str(err.value)


def test_back_up_over_the_vault_shows_the_guard_message(qtbot, make_controller, gui_vault, tmp_path):
    controller, _window = open_window(qtbot, make_controller, gui_vault)
    settle(qtbot, controller)
    controller.retention_dialog.reject()
    care = controller.vault_care
    link = tmp_path / "CoachDesk-backup.cdbackup"
    link.symlink_to(gui_vault / "vault.header.json")
    before = snapshot_files(gui_vault)
    for target in (gui_vault / "vault.db", link, gui_vault / "backups" / "mine.cdbackup"):
        assert care.back_up(target) is None
        assert care.refusal is not None and care.refusal.isVisible()
        assert care.refusal.text() == _message(target, gui_vault)
        care.refusal.close()
    assert care.backup_relay is None and snapshot_files(gui_vault) == before
    assert controller.session.is_unlocked


def test_recovery_sheet_pdf_never_over_a_vault_file(qtbot, vault, tmp_path):
    from coachdesk.app.recovery_sheet import save_pdf

    folder = vault.paths.root
    before = snapshot_files(folder)
    with pytest.raises(CoachDeskError, match="belongs to the CoachDesk vault"):
        save_pdf(folder / "vault.header.json", "ABCD-EFGH", folder)
    assert snapshot_files(folder) == before
    out = save_pdf(tmp_path / "key.pdf", "ABCD-EFGH", folder)
    assert out.read_bytes().startswith(b"%PDF") and (out.stat().st_mode & 0o777) == 0o600
