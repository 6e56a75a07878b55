"""The print flow with real widgets offscreen: options -> worker -> preview -> save PDF / print."""

from __future__ import annotations

import os
import stat

import pytest

from coachdesk.export.summary_model import Mode
from tests.support.summary_case import IDENTIFIERS, PLANTED, TERM_FORMS, pdf_pages_text


@pytest.fixture
def flow_for(qtbot, case_vault):
    from coachdesk.app.summary.dialog import open_print_dialog

    vault, case = case_vault
    flows = []

    def _open():
        flow = open_print_dialog(None, vault, case.id)
        qtbot.addWidget(flow.options_dialog)
        flows.append(flow)
        return flow

    yield _open
    for flow in flows:
        flow.discard()


def _preview(qtbot, flow):
    flow.options_dialog.accept()
    qtbot.waitUntil(lambda: flow.preview is not None, timeout=15_000)
    qtbot.addWidget(flow.preview)
    return flow.preview


def test_options_defaults_and_reflection_warning(flow_for):
    dialog = flow_for().options_dialog
    opts = dialog.options()
    assert opts.mode is Mode.PRIVATE and not opts.include_reflections and not opts.include_requests
    assert opts.include_notes and opts.date_from is None and opts.lang in ("fi", "en")
    assert not dialog.reflections_warning.isVisibleTo(dialog)
    dialog.reflections_check.setChecked(True)
    assert dialog.reflections_warning.isVisibleTo(dialog)
    assert not dialog.brief_box.isVisibleTo(dialog)
    dialog.mode_buttons[Mode.BRIEF].setChecked(True)
    assert dialog.brief_box.isVisibleTo(dialog) and not dialog.reflections_check.isVisibleTo(dialog)
    dialog.question_edit.setPlainText("Miten tukea jaksamista?")
    opts = dialog.options()
    assert opts.mode is Mode.BRIEF and opts.question == "Miten tukea jaksamista?" and not opts.include_reflections


def test_preview_then_save_scrubbed_pdf(qtbot, flow_for, tmp_path):
    flow = flow_for()
    flow.options_dialog.mode_buttons[Mode.SCRUBBED].setChecked(True)
    preview = _preview(qtbot, flow)
    assert preview.laid.doc.mode is Mode.SCRUBBED
    assert len(preview.page_views) == len(preview.laid.pages) >= 1
    image = preview.page_views[0].grab()
    assert not image.isNull() and image.width() > 100
    out = tmp_path / "handover.pdf"
    with qtbot.waitSignal(preview.saved, timeout=15_000):
        preview.save_to(out)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    text = " ".join(pdf_pages_text(out.read_bytes())).casefold()
    assert "tapaamismuistiinpanot" in text or "session notes" in text
    for value in [v for v, _ in IDENTIFIERS] + TERM_FORMS + PLANTED:
        assert value.casefold() not in text


def test_print_to_a_pdf_printer(qtbot, flow_for, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    preview = _preview(qtbot, flow_for())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    preview.print_to(printer)
    pages = pdf_pages_text(out.read_bytes())
    assert len(pages) == len(preview.laid.pages)
    assert f"1 / {len(pages)}" in pages[0] and "Mäkelä" not in " ".join(pages)
    preview.reject()  # closing the preview drops its pages
    assert preview.laid is None and preview.page_views == []


def test_lock_discards_the_preview(qtbot, flow_for):
    flow = flow_for()
    preview = _preview(qtbot, flow)
    flow.discard()
    assert preview.laid is None and preview.page_views == [] and flow.preview is None


def test_print_action_has_ctrl_p(qtbot):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QWidget

    from coachdesk.app.summary import make_print_action

    parent = QWidget()
    qtbot.addWidget(parent)
    action = make_print_action(parent, lambda: None, lambda: None)
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert action.shortcut().toString() == "Ctrl+P"


def test_cancel_while_preparing_shows_no_preview(qtbot, vault):
    from PySide6.QtCore import QThreadPool

    from coachdesk.app.summary.dialog import open_print_dialog
    from tests.support.vaults import add_case

    case = add_case(vault.store, "summary", extra_notes=150, note_words=150)
    flow = open_print_dialog(None, vault, case.id)
    qtbot.addWidget(flow.options_dialog)
    flow.options_dialog.mode_buttons[Mode.SCRUBBED].setChecked(True)
    flow.options_dialog.accept()
    assert flow.job is not None and flow.progress is not None
    from PySide6.QtWidgets import QPushButton

    cancel_button = flow.progress.findChild(QPushButton)
    with qtbot.waitSignal(flow.finished, timeout=5_000):
        cancel_button.click()
    assert QThreadPool.globalInstance().waitForDone(20_000)
    qtbot.wait(50)  # the queued outcome is delivered and dropped
    assert flow.preview is None and flow.job.cancel_event.is_set()
