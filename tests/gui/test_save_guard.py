"""Save the question to a file: never over a vault file, the guard's message shown (issue 12, 2)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import snapshot_files
from tests.gui.conftest import open_composer


def test_save_question_over_the_vault_is_refused(qtbot, app_window, tmp_path: Path):
    from coachdesk.outpath import VaultFileTarget

    _controller, window = app_window
    folder = window.session.data_dir
    dialog = open_composer(qtbot, window)
    dialog.set_field("question", "Miten tukisin jaksamista?")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    for question in list(dialog.result.questions):
        dialog.answer(question.key)
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    link = tmp_path / "kysymys.md"
    link.symlink_to(folder / "vault.header.json")
    before = snapshot_files(folder)
    assert dialog.save_as(str(link)) is None
    assert dialog.status.text() == str(VaultFileTarget(link, folder))
    assert snapshot_files(folder) == before
    assert dialog.save_as(str(tmp_path / "ok.md")) is not None
