"""Logs never hold note text: a full GUI flow with planted identifiers (a case with identifying
details, a typed note, autosave, search, a reflection, a backup, lock), then every file under
logs/ and every QSettings file is scanned for the planted strings: zero hits."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt

from coachdesk.app.case_workspace import TAB_TIMELINE
from coachdesk.app.new_case_dialog import NewCaseDialog
from tests.gui.conftest import open_window, settle

PLANTED = {
    "name": "Zyxwenlund",
    "pseudonym": "Qorvatintti",
    "phone": "0401239876",
    "hetu": "131052-308T",
    "note": "Kvanttipuuro",
    "reflection": "Hyrskyvaara",
}


def _scan(folder: Path) -> dict[str, list[str]]:
    hits: dict[str, list[str]] = {}
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for label, value in PLANTED.items():
                for form in (value, value.lower(), value.encode("utf-16-le").decode("latin-1")):
                    if form.encode("utf-8", "ignore") in data or form.encode("latin-1", "ignore") in data:
                        hits.setdefault(label, []).append(str(path))
    return hits


def test_a_full_flow_leaves_no_planted_identifier_in_logs_or_settings(qtbot, make_controller, gui_vault, tmp_path,
                                                                      private_qsettings):
    controller, window = open_window(qtbot, make_controller, gui_vault)
    settle(qtbot, controller)
    controller.retention_dialog.reject()
    logging.getLogger("coachdesk").setLevel(logging.DEBUG)  # the chattiest level must be clean too
    store = controller.session.store

    # a new case with identifying details
    dialog = NewCaseDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.pseudonym_edit.setText(PLANTED["pseudonym"])
    dialog.create()
    case = dialog.created
    window.populate()
    window.open_case(case.id)
    page = window.workspace.identifiers
    for value in (PLANTED["name"], PLANTED["phone"], PLANTED["hetu"]):
        page.value_edit.setText(value)
        page.add()
    assert {i.value for i in store.list_identifiers(case.id)} >= {PLANTED["name"], PLANTED["phone"]}

    # a typed note with the identifiers, autosaved
    window.workspace.new_note()
    window.workspace.tabs.setCurrentIndex(TAB_TIMELINE)
    editor = window.workspace.timeline.editor
    qtbot.keyClicks(editor.text_edit, f"{PLANTED['name']} ({PLANTED['hetu']}, p. {PLANTED['phone']}) "
                                      f"kertoi: {PLANTED['note']} auttoi.")
    qtbot.waitUntil(lambda: not editor.dirty, timeout=5000)

    # search for it
    window.search_action.trigger()
    search = window.search_dialog
    with qtbot.waitSignal(search.results_shown, timeout=5000):
        qtbot.keyClicks(search.query, PLANTED["note"])
    hits = [search.results.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(search.results.count())]
    assert any(h.case_id == case.id for h in hits)
    search.close()

    # a reflection on the case
    window.new_reflection()
    reflection = window.reflection_dialogs[-1]
    reflection.title_edit.setText(PLANTED["reflection"])
    reflection.set_answer("description", f"{PLANTED['reflection']}: {PLANTED['name']} jännitti.")
    reflection.save_and_close()

    # a backup, then lock
    care = controller.vault_care
    care.back_up(tmp_path / "flow.cdbackup")
    qtbot.waitUntil(lambda: care.backup_relay is None, timeout=15000)
    window.lock_action.trigger()
    assert not controller.session.is_unlocked
    controller.prefs.sync()
    for handler in logging.getLogger("coachdesk").handlers:
        handler.flush()

    logs = gui_vault / "logs"
    log_files = [p for p in logs.rglob("*") if p.is_file()]
    assert log_files and sum(p.stat().st_size for p in log_files) > 0
    text = "\n".join(p.read_text(encoding="utf-8") for p in log_files)
    assert "backup written" in text  # the log did run
    assert "unlocked" not in text and "locked" not in text  # no diary of working hours (issue 12)
    assert _scan(logs) == {}
    prefs_file = tmp_path / "prefs.ini"
    assert prefs_file.is_file() and "[window]" in prefs_file.read_text(encoding="utf-8", errors="replace")
    settings = tmp_path / "settings-scan"
    settings.mkdir()
    (settings / "prefs.ini").write_bytes(prefs_file.read_bytes())
    assert _scan(settings) == {}
    assert _scan(private_qsettings) == {}  # QSettings made without a file name

