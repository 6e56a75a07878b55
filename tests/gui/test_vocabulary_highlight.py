"""The note editor's highlight of identifying words leaves the coach's never-scrub terms alone (real
widgets, real vault, the scrubber on a worker thread) and still marks the name beside them."""

from __future__ import annotations

from coachdesk.services import vocabulary
from coachdesk.vault.demo import DEMO_PASSPHRASE
from tests.gui.conftest import unlock

TEXT = "Pekka Virtanen aloitti Saapas-kahvilassa maanantaina."


def _marked(editor) -> list[str]:
    text = editor.text_edit.toPlainText()
    return [text[a:b] for a, b in editor.highlighter.matches(text)]


def test_a_kept_term_is_not_highlighted(qtbot, make_controller, demo_vault):
    controller = make_controller(demo_vault)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    window = controller.main_window
    store = controller.session.store
    window.open_case(store.get_case_by_code("K-2026-003").id)
    window.workspace.new_note()
    editor = window.workspace.timeline.editor
    editor.text_edit.setPlainText(TEXT)
    qtbot.waitUntil(lambda: "Saapas-kahvilassa" in _marked(editor), timeout=10000)
    vocabulary.set_keep_terms(store, ["Saapas-kahvila"])
    editor.text_edit.insertPlainText(" ")  # typing scrubs again
    qtbot.waitUntil(lambda: "Saapas-kahvilassa" not in _marked(editor), timeout=10000)
    assert "Pekka Virtanen" in _marked(editor)
