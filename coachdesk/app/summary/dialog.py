"""Print (Ctrl+P) -> options -> preparing (worker thread, progress) -> preview -> print or save PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.summary import worker
from coachdesk.app.summary.texts import tr, ui_lang
from coachdesk.domain import models as m
from coachdesk.export.summary_model import Mode, PaperSize

SUMMARY_LANGUAGES = (("Suomi", "fi"), ("Svenska", "sv"), ("English", "en"))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class SummaryOptionsDialog(QDialog):
    """Mode, content, period, brief fields, language and paper."""

    def __init__(self, case: m.Case, *, requests_available: bool, lang: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or ui_lang()
        self.case = case
        self.setObjectName("SummaryOptions")
        self.setWindowTitle(tr("options_title", self.lang, code=case.code))
        L = self.lang

        kind_box = QGroupBox(tr("kind", L))
        kind = QVBoxLayout(kind_box)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[Mode, QRadioButton] = {}
        for mode in Mode:
            button = QRadioButton(tr(mode.value, L))
            hint = QLabel(tr(f"{mode.value}_hint", L))
            hint.setWordWrap(True)
            hint.setObjectName("hint")
            hint.setContentsMargins(24, 0, 0, 6)
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            kind.addWidget(button)
            kind.addWidget(hint)
        self.mode_buttons[Mode.PRIVATE].setChecked(True)

        content_box = QGroupBox(tr("content", L))
        content = QVBoxLayout(content_box)
        self.notes_check = QCheckBox(tr("notes", L))
        self.notes_check.setChecked(True)
        content.addWidget(self.notes_check)
        period = QHBoxLayout()
        period.setContentsMargins(24, 0, 0, 0)
        self.all_dates = QRadioButton(tr("all_dates", L))
        self.range_dates = QRadioButton(tr("range", L))
        self.all_dates.setChecked(True)
        self.date_from = QDateEdit(_qdate(case.opened))
        self.date_to = QDateEdit(_qdate(date.today()))
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("d.M.yyyy")
            edit.setCalendarPopup(True)
        period.addWidget(self.all_dates)
        period.addWidget(self.range_dates)
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        period.addStretch(1)
        content.addLayout(period)
        self.reflections_check = QCheckBox(tr("reflections", L))
        self.reflections_warning = QLabel("⚠ " + tr("reflections_warning", L))
        self.reflections_warning.setWordWrap(True)
        self.reflections_warning.setObjectName("warning")
        self.reflections_warning.setStyleSheet("color: #9a5b00;")
        self.reflections_warning.setContentsMargins(24, 0, 0, 0)
        self.reflections_warning.setVisible(False)
        self.requests_check = QCheckBox(tr("requests", L))
        self.requests_available = requests_available
        if not requests_available:
            self.requests_check.setEnabled(False)
            self.requests_check.setToolTip(tr("requests_unavailable", L))
        content.addWidget(self.reflections_check)
        content.addWidget(self.reflections_warning)
        content.addWidget(self.requests_check)

        self.brief_box = QGroupBox(tr("brief", L))
        brief = QFormLayout(self.brief_box)
        self.topic_edit = QLineEdit()
        self.topic_edit.setPlaceholderText(tr("topic_placeholder", L))
        self.question_edit = QPlainTextEdit()
        self.question_edit.setPlaceholderText(tr("question_placeholder", L))
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setFixedHeight(70)
        brief.addRow(tr("topic", L), self.topic_edit)
        brief.addRow(tr("question", L), self.question_edit)

        layout_box = QGroupBox(tr("layout", L))
        form = QFormLayout(layout_box)
        self.lang_combo = QComboBox()
        for name, code in SUMMARY_LANGUAGES:
            self.lang_combo.addItem(name, code)
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(self.lang)))  # unknown: Suomi
        self.paper_combo = QComboBox()
        self.paper_combo.addItem("A4", PaperSize.A4.value)
        self.paper_combo.addItem("Letter", PaperSize.LETTER.value)
        form.addRow(tr("language", L), self.lang_combo)
        form.addRow(tr("paper", L), self.paper_combo)

        buttons = QDialogButtonBox()
        self.preview_button = buttons.addButton(tr("preview", L), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("cancel", L), QDialogButtonBox.ButtonRole.RejectRole)
        self.preview_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (kind_box, content_box, self.brief_box, layout_box):
            layout.addWidget(widget)
        layout.addWidget(buttons)

        self.mode_group.buttonToggled.connect(self._update)
        self.notes_check.toggled.connect(self._update)
        self.range_dates.toggled.connect(self._update)
        self.reflections_check.toggled.connect(self._update)
        self._update()

    def mode(self) -> Mode:
        for mode, button in self.mode_buttons.items():
            if button.isChecked():
                return mode
        return Mode.PRIVATE

    def _update(self, *_args: Any) -> None:
        brief = self.mode() is Mode.BRIEF
        self.brief_box.setVisible(brief)
        for widget in (self.notes_check, self.reflections_check, self.requests_check):
            widget.setVisible(not brief)  # the brief has a fixed format
        dated = self.notes_check.isChecked() or brief
        self.all_dates.setEnabled(dated)
        self.range_dates.setEnabled(dated)
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(dated and self.range_dates.isChecked())
        self.reflections_warning.setVisible(self.reflections_check.isChecked() and not brief)
        self.adjustSize()

    def options(self):
        from coachdesk.export.summary import SummaryOptions

        brief = self.mode() is Mode.BRIEF
        ranged = self.range_dates.isChecked()
        start, end = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        if ranged and start > end:
            start, end = end, start
        return SummaryOptions(
            mode=self.mode(),
            lang=self.lang_combo.currentData(),
            date_from=start if ranged else None,
            date_to=end if ranged else None,
            include_notes=self.notes_check.isChecked(),
            include_reflections=self.reflections_check.isChecked() and not brief,
            include_requests=self.requests_check.isChecked() and self.requests_available and not brief,
            paper=PaperSize(self.paper_combo.currentData()),
            topic=self.topic_edit.text().strip() if brief else "",
            question=self.question_edit.toPlainText().strip() if brief else "",
        )


class PrintFlow(QObject):
    """One Ctrl+P: the options dialog, the preparing job, the preview. ``finished`` at the end."""

    preview_shown = Signal(object)
    finished = Signal()

    def __init__(self, parent: QWidget | None, vault, case_id: int, session=None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.vault = vault
        self.case_id = case_id
        self.lang = ui_lang()
        self.job: worker.Job | None = None
        self.progress: QProgressDialog | None = None
        self.preview = None
        from coachdesk.services.cases import open_case
        from coachdesk.services.summaries import requests_available

        case = open_case(vault.store, case_id)
        case.identifiers = []
        self.options_dialog = SummaryOptionsDialog(
            case, requests_available=requests_available(vault.store), lang=self.lang, parent=parent
        )
        self.options_dialog.accepted.connect(self._start)
        self.options_dialog.rejected.connect(self._end)
        if session is not None:
            session.locked.connect(self.discard)

    def show(self) -> None:
        self.options_dialog.open()

    def _start(self) -> None:
        from coachdesk.printing.fonts import ensure_fonts
        from coachdesk.services.summaries import case_data

        options = self.options_dialog.options()
        try:
            data = case_data(self.vault.store, self.case_id, options)  # SQL only: fast
        except Exception as err:
            self._error(err)
            return
        ensure_fonts()  # registered on the GUI thread before the worker uses them
        self.progress = QProgressDialog(tr("preparing", self.lang), tr("cancel", self.lang), 0, 100,
                                        self.parent_widget)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.job = worker.start(worker.prepare(data, options), self)
        self.job.progress.connect(self.progress.setValue)
        self.job.done.connect(self._show_preview)
        self.job.failed.connect(self._error)
        self.progress.canceled.connect(self._cancel)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self._close_progress()
        self._end()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _show_preview(self, laid) -> None:
        from coachdesk.app.summary.preview import PreviewDialog

        self._close_progress()
        self.preview = PreviewDialog(laid, self.parent_widget, lang=self.lang)
        paths = getattr(self.vault, "paths", None)
        self.preview.vault_dirs = [paths.root] if paths is not None else []
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.preview.finished.connect(self._preview_closed)
        self.preview.open()
        self.preview_shown.emit(self.preview)

    def _preview_closed(self, *_args: Any) -> None:
        self.preview = None  # deleted on close, with every page
        self._end()

    def _error(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, worker.Cancelled):
            self._end()
            return
        QMessageBox.warning(self.parent_widget, tr("error_title", self.lang), str(error) or type(error).__name__)
        self._end()

    def discard(self) -> None:
        """The vault was locked: stop work and drop every page."""
        if self.job is not None:
            self.job.cancel()
        self._close_progress()
        self.options_dialog.close()
        if self.preview is not None:
            self.preview.discard()
            self.preview = None
        self._end()

    def _end(self, *_args: Any) -> None:
        _FLOWS.discard(self)
        self.vault = None
        self.finished.emit()


_FLOWS: set[PrintFlow] = set()


def open_print_dialog(parent: QWidget | None, vault, case_id: int | None, *, session=None) -> PrintFlow | None:
    """Start the print flow for a case: options, then a preview to print or save as PDF."""
    if vault is None or case_id is None:
        QMessageBox.information(parent, tr("action", ui_lang()).rstrip("…"), tr("no_case", ui_lang()))
        return None
    flow = PrintFlow(parent, vault, case_id, session)
    _FLOWS.add(flow)
    flow.show()
    return flow


def make_print_action(parent: QWidget, vault_getter: Callable[[], Any], case_id_getter: Callable[[], int | None],
                      *, before: Callable[[], None] | None = None, session=None) -> QAction:
    """A "Print summary…" QAction with Ctrl+P (QKeySequence.Print) for the main window."""
    lang = ui_lang()
    action = QAction(tr("action", lang), parent)
    action.setObjectName("printSummaryAction")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setToolTip(tr("action_tip", lang))

    def trigger() -> None:
        if before is not None:
            before()  # save the note being typed, so the paper has it
        open_print_dialog(parent, vault_getter(), case_id_getter(), session=session)

    action.triggered.connect(trigger)
    return action


class _Retranslate(QObject):
    """Re-labels the print action when the window's language changes."""

    def __init__(self, action: QAction, window: QWidget) -> None:
        super().__init__(action)
        self.action = action
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            lang = ui_lang()
            self.action.setText(tr("action", lang))
            self.action.setToolTip(tr("action_tip", lang))
        return False


def install_print_action(window) -> QAction:
    """Wire Ctrl+P into a MainWindow through its ``add_case_action`` hook."""

    def case_id() -> int | None:
        case = window.current_case()
        return case.id if case is not None else None

    session = getattr(window, "session", None)
    action = make_print_action(window, lambda: session.vault if session is not None else None, case_id,
                               before=getattr(window, "flush", None), session=session)
    window.add_case_action(action)
    _Retranslate(action, window)
    return action
