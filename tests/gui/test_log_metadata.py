"""What a thief reads in the log (issue 12, 9): no case ids, codes or per-case counts, and no
routine line for each unlock or lock: the command line's import/unlock/lock path and the app's
unlock, idle lock, lock and case deletion."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from coachdesk.logs import LOG_DIR, LOG_FILE
from tests.conftest import PASSPHRASE, run_cli
from tests.gui.conftest import open_window, settle, unlock

ROUTINE = re.compile(r"\b(unlocked|locked|idle lock|vault opened|opened for)\b", re.IGNORECASE)
PER_CASE = re.compile(r"case id|case \d+|\bnote\(s\)|imported \d+|\d+ note", re.IGNORECASE)


def _log(folder: Path) -> str:
    path = folder / LOG_DIR / LOG_FILE
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _assert_clean(text: str, codes: list[str], ids: list[int]) -> None:
    assert not ROUTINE.search(text), text
    assert not PER_CASE.search(text), text
    for code in codes:
        assert code not in text, text
    for case_id in ids:
        assert not re.search(rf"\bid\W*{case_id}\b", text), text


def test_cli_import_unlock_lock_leaves_no_case_metadata(vault, tmp_path: Path):
    folder = vault.paths.root
    vault.close()
    notes = []
    for k in range(3):
        note = tmp_path / f"muistio-{k}.txt"
        note.write_text(f"Tapaaminen {k}.\n", encoding="utf-8")
        notes.append(str(note))
    code = "K-2026-077"
    proc = run_cli("--data-dir", str(folder), "import", *notes, "--case", code, "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n")
    assert proc.returncode == 0, proc.stderr
    for command in ("cases", "check"):
        assert run_cli("--data-dir", str(folder), command, "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0
    from coachdesk.vault.vault import Vault

    with Vault.open(folder, PASSPHRASE) as v:
        case_id = v.store.get_case_by_code(code).id
    _assert_clean(_log(folder), [code], [case_id])


def test_app_unlock_lock_and_deletion_leave_no_routine_or_case_lines(qtbot, make_controller, gui_vault):
    from coachdesk.app.retention_ui import purge

    controller, _window = open_window(qtbot, make_controller, gui_vault)
    settle(qtbot, controller)
    controller.retention_dialog.reject()
    logging.getLogger("coachdesk").setLevel(logging.INFO)
    session = controller.session
    closed = session.store.get_case_by_code("K-2026-002")
    for _round in range(2):
        session.lock()
        unlock(qtbot, controller, PASSPHRASE)
        qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible())
        settle(qtbot, controller)
    session._on_idle()  # the idle timer fires
    unlock(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible())
    settle(qtbot, controller)
    deleted = []
    purge(controller, closed.id, deleted.append)
    qtbot.waitUntil(lambda: deleted == [closed.id], timeout=15000)
    for handler in logging.getLogger("coachdesk").handlers:
        handler.flush()
    _assert_clean(_log(gui_vault), ["K-2026-001", "K-2026-002"], [closed.id])
