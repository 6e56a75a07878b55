"""Save PDF from the summary preview refuses a vault file with the guard's message (issue 12, 2)."""

from __future__ import annotations

from tests.conftest import snapshot_files


def test_preview_save_over_the_vault_is_refused(qtbot, case_vault, tmp_path):
    from coachdesk.app.summary.dialog import open_print_dialog
    from coachdesk.outpath import VaultFileTarget

    vault, case = case_vault
    flow = open_print_dialog(None, vault, case.id)
    qtbot.addWidget(flow.options_dialog)
    try:
        flow.options_dialog.accept()
        qtbot.waitUntil(lambda: flow.preview is not None, timeout=15_000)
        preview = flow.preview
        qtbot.addWidget(preview)
        folder = vault.paths.root
        before = snapshot_files(folder)
        link = tmp_path / "K-summary.pdf"
        link.symlink_to(folder / "vault.db")
        for target in (folder / "vault.header.json", link):
            assert preview.save_to(target) is None
            expected = str(VaultFileTarget(target, folder))
            assert preview.status.text() == expected and preview.refusal.text() == expected
            preview.refusal.close()
        assert snapshot_files(folder) == before
        out = tmp_path / "ok.pdf"
        with qtbot.waitSignal(preview.saved, timeout=15_000):
            preview.save_to(out)
        assert out.read_bytes().startswith(b"%PDF")
    finally:
        flow.discard()
