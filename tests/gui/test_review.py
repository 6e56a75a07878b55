"""The privacy review: Send only when the final text has no open findings and no open questions;
ID / CONTACT / ADDRESS findings and case terms cannot be dismissed; exports carry the reviewed text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from tests.gui.conftest import add_channel, open_composer


def _ready(qtbot, dialog):
    for question in list(dialog.result.questions):
        dialog.answer(question.key)
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)


def _row_of(dialog, word):
    for row in range(dialog.findings.rowCount()):
        if dialog.findings.item(row, 0).text().split("  (")[0] == word:
            return row
    raise AssertionError(f"{word} not in the findings table")


def test_send_stays_disabled_while_open_findings_remain(qtbot, app_window, httpserver):
    _controller, window = app_window
    add_channel(window.session.store, httpserver.url_for("/hook"))
    dialog = open_composer(qtbot, window)
    dialog.set_field("question", "Miten tukisin, kun Pertti Hakala soitti?")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    _ready(qtbot, dialog)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.send_button.isEnabled()
    # the coach types a real name as the placeholder: the final text is scanned again
    row = _row_of(dialog, "Pertti Hakala")
    dialog.findings.item(row, 2).setText("Pertti Hakala")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    assert [f.text for f in dialog.result.open_findings] == ["Pertti Hakala"]
    assert not dialog.send_button.isEnabled() and not dialog.copy_button.isEnabled()
    assert "Still identifying" in dialog.status.text()
    assert dialog.send() is False
    dialog.findings.item(_row_of(dialog, "Pertti Hakala"), 2).setText("[kollega]")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    assert not dialog.result.open_findings and dialog.send_button.isEnabled()
    assert "[kollega]" in dialog.outgoing_view.toPlainText()
    # while a review is pending (typing), nothing can be sent
    dialog.set_field("question", "Miten tukisin, kun Pertti soitti?")
    assert dialog.pending and not dialog.send_button.isEnabled() and dialog.shown_payload() is None


def test_questions_must_be_answered_before_sending(qtbot, app_window, httpserver):
    _controller, window = app_window
    add_channel(window.session.store, httpserver.url_for("/hook"))
    dialog = open_composer(qtbot, window)
    dialog.set_field("question", "Hän on 45-vuotias kokki Kangasalta, miten etenisin?")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    kinds = {q.kind for q in dialog.result.questions}
    assert "quasi_identifiers" in kinds
    dialog.tabs.setCurrentIndex(1)
    assert not dialog.send_button.isEnabled()
    assert "question" in dialog.status.text()
    _ready(qtbot, dialog)
    assert dialog.result.ready and dialog.send_button.isEnabled()


def test_id_contact_address_and_case_terms_cannot_be_dismissed(qtbot, app_window):
    _controller, window = app_window
    dialog = open_composer(qtbot, window)
    dialog.set_field("tried", "Liisa Mäkelä, hetu 131052-308T, puh. 040 123 4567, asuu Mäkikatu 5 B 12. "
                              "Kävimme Pirkan Puutarha Oy:ssä.")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    fixed = {f.text: f.label for f in dialog.result.findings if not f.dismissible}
    assert {"ID", "CONTACT", "ADDRESS"} <= set(fixed.values())
    assert "Liisa Mäkelä" in fixed  # a case term
    for word in fixed:
        assert dialog.dismiss(word) is False
        cell = dialog.findings.cellWidget(_row_of(dialog, word), 3)
        assert isinstance(cell, QLabel) and not isinstance(cell, QPushButton)
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    final = dialog.result.finals["tried"]
    for word in fixed:
        assert word not in final
    assert not dialog.state.keep


def test_export_copy_save_and_mail_carry_only_reviewed_text(qtbot, app_window, tmp_path: Path):
    _controller, window = app_window
    dialog = open_composer(qtbot, window)  # no channel: export instead of send
    dialog.set_field("question", "Miten tukisin, kun Pertti Hakala soitti?")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    _ready(qtbot, dialog)
    assert not dialog.send_button.isEnabled() and dialog.copy_button.isEnabled()
    assert "No channel yet" in dialog.status.text()
    dialog.copy_to_clipboard()
    mime = QApplication.clipboard().mimeData()
    assert "Pertti" not in mime.text() and f"#{dialog.final_request.ref}" in mime.text()
    assert mime.hasHtml() and "<b>" in mime.html() and "Pertti" not in mime.html()
    saved = Path(dialog.save_as(str(tmp_path / "kysymys.md")))
    text = saved.read_text(encoding="utf-8")
    assert "Pertti" not in text and text.startswith("**")
    assert oct(saved.stat().st_mode & 0o777) == "0o600"
    url = dialog.mail_url()
    assert url.startswith("mailto:?subject=") and "Pertti" not in url


def test_the_review_asks_in_the_language_of_the_ui(qtbot, app_window):
    """The core asks in the language of the text (Finnish here); the coach reads the question in
    the language of the UI (English in these tests), the word itself as written."""
    _controller, window = app_window
    dialog = open_composer(qtbot, window)
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("fi"))
    dialog.set_field("question", "Hän on 45-vuotias kokki Kangasalta, miten etenisin?")
    dialog.set_field("tried", "Menimme Valkeaan taloon keskustelemaan.")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    asked = {q.kind: q for q in dialog.result.questions}
    assert asked["quasi_identifiers"].question.startswith("Ikä")  # the core's own, in the text's language
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Age, town and occupation together can identify the client. Could one of them be more general?" in shown
    assert asked["quasi_identifiers"].question not in shown
    if "uncertain_name" in asked:
        assert f"Is '{asked['uncertain_name'].text}' a name or place that should be hidden?" in shown
