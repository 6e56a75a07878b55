"""A guided reflection: a template (Gibbs, Driscoll, Kolb, in-action, free) as a form of prompts,
linked to a case or general. Saved with Save, and on lock and quit when anything was written."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, QEvent, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.core_errors import translate_error
from coachdesk.app.i18n import current_language
from coachdesk.app.screen_fit import resize_to_fit
from coachdesk.domain import models as m
from coachdesk.domain.reflection_templates import TEMPLATES

log = logging.getLogger(__name__)
SCRUB_DEBOUNCE_MS = 600


class ReflectionEditor(QDialog):
    """Emits ``saved(reflection)`` after each save."""

    saved = Signal(object)

    def __init__(self, session, *, case_id: int | None = None, reflection: m.Reflection | None = None,
                 template: str = "gibbs", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reflection = reflection
        self.answers: dict[str, str] = dict(reflection.answers) if reflection else {}
        self.fields: dict[str, QPlainTextEdit] = {}
        self.dirty = False
        resize_to_fit(self, 680, 640)
        layout = QVBoxLayout(self)
        head = QFormLayout()
        self.template_combo = QComboBox()
        self.case_combo = QComboBox()
        self.title_edit = QLineEdit()
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setDisplayFormat("d.M.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.head_labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.head_labels, (self.template_combo, self.case_combo, self.title_edit,
                                                    self.date_edit), strict=True):
            label.setBuddy(field)
            head.addRow(label, field)
        layout.addLayout(head)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.close_asking)
        bottom = QHBoxLayout()
        self.state_label = QLabel()  # "✓ Saved 14.05" after Ctrl+S
        self.state_label.setObjectName("hint")
        bottom.addWidget(self.state_label, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save_now)
        # identifying details highlighted as in the note editor: the case's listed ones at once,
        # what the scrubber finds after a pause in typing
        self.terms: list[str] = []
        self.highlighters: list = []
        self._found: list[str] = []
        self._scrub_seq = 0
        self._scrub_timer = QTimer(self)
        self._scrub_timer.setSingleShot(True)
        self._scrub_timer.setInterval(SCRUB_DEBOUNCE_MS)
        self._scrub_timer.timeout.connect(self._scrub)
        for tid in TEMPLATES:
            self.template_combo.addItem("", tid)
        self.case_combo.addItem("", None)
        from coachdesk.services import cases

        for case in cases.list_cases(session.store):
            self.case_combo.addItem(f"{case.code} · {case.pseudonym}", case.id)
        if reflection is not None:
            template = reflection.template
            case_id = reflection.case_id
            self.title_edit.setText(reflection.title)
            d = reflection.date
            self.date_edit.setDate(QDate(d.year, d.month, d.day))
        self.template_combo.setCurrentIndex(max(self.template_combo.findData(template), 0))
        self.case_combo.setCurrentIndex(max(self.case_combo.findData(case_id), 0) if case_id else 0)
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self.title_edit.textEdited.connect(self._mark_dirty)
        self.case_combo.currentIndexChanged.connect(self._mark_dirty)
        self.date_edit.dateChanged.connect(self._mark_dirty)
        self.case_combo.currentIndexChanged.connect(self._load_terms)
        self._load_terms()
        self._retranslate()

    # ----- texts and fields -------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("CoachDesk — Reflection"))
        for label, text in zip(self.head_labels, (self.tr("&Template"), self.tr("&Case"), self.tr("T&itle"),
                                                  self.tr("&Date")), strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", ""))
        lang = current_language()
        for i in range(self.template_combo.count()):
            t = TEMPLATES[self.template_combo.itemData(i)]
            self.template_combo.setItemText(i, t.name.get(lang, t.name["en"]))
        self.case_combo.setItemText(0, self.tr("General (no case)"))
        self.title_edit.setPlaceholderText(self.tr("A few words to find it again"))
        self._build_fields()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._collect()
            self._retranslate()
        super().changeEvent(event)

    def template_id(self) -> str:
        return self.template_combo.currentData()

    def _build_fields(self) -> None:
        lang = current_language()
        body = QWidget()
        form = QVBoxLayout(body)
        self.fields = {}
        for prompt in TEMPLATES[self.template_id()].prompts:
            title = QLabel(f"<b>{prompt.title.get(lang, prompt.title['en'])}</b>")
            edit = QPlainTextEdit(self.answers.get(prompt.id, ""))
            edit.setPlaceholderText(prompt.hint.get(lang, prompt.hint["en"]))
            edit.setAccessibleName(prompt.title.get(lang, prompt.title["en"]))
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(80)
            edit.textChanged.connect(self._mark_dirty)
            edit.textChanged.connect(self._scrub_timer.start)
            title.setBuddy(edit)
            form.addWidget(title)
            form.addWidget(edit)
            self.fields[prompt.id] = edit
        form.addStretch(1)
        self.scroll.setWidget(body)
        self._highlight()
        self._scrub_timer.start(0)

    # ----- identifying details -----------------------------------------------------------------------
    def _load_terms(self, *_args) -> None:
        case_id = self.case_combo.currentData()
        terms: list[str] = []
        if case_id is not None and self.session.is_unlocked:
            from coachdesk.services import cases

            store = self.session.store
            case = cases.open_case(store, case_id)
            terms = cases.case_terms(store, case_id) + [t for t in (case.pseudonym,) if t]
        self.terms = terms
        self._highlight()
        self._scrub_timer.start(0)

    def _highlight(self) -> None:
        from coachdesk.app.highlight import IdentifierHighlighter
        from coachdesk.app.theme import highlight_colors, is_dark

        dark = is_dark(getattr(getattr(self.parent(), "prefs", None), "theme", "light"))
        self.highlighters = []
        for edit in self.fields.values():
            highlighter = IdentifierHighlighter(edit.document(), *highlight_colors(dark))
            highlighter.set_found(self._found)
            highlighter.set_terms(self.terms)
            self.highlighters.append(highlighter)

    def _scrub(self) -> None:
        from coachdesk.app.note_editor import own_keep_terms, scrub_findings
        from coachdesk.app.workers import run_in_thread

        self._scrub_seq += 1
        seq, terms = self._scrub_seq, list(self.terms)
        keep = own_keep_terms(lambda: self.session.store)
        text = "\n\n".join(edit.toPlainText() for edit in self.fields.values())
        if not text.strip():
            return

        def done(found: list[tuple[str, str]]) -> None:
            if seq != self._scrub_seq:
                return
            self._found = [t for t, _label in found]
            for highlighter in self.highlighters:
                highlighter.set_found(self._found)

        run_in_thread(lambda: scrub_findings(text, terms, keep), done, lambda err: log.warning("scrub: %s", type(err).__name__))

    def highlighted(self, prompt_id: str) -> list[tuple[int, int]]:
        """Spans highlighted in one field (for tests and the screen reader hint)."""
        index = list(self.fields).index(prompt_id)
        return self.highlighters[index].matches(self.fields[prompt_id].toPlainText())

    def save_now(self) -> None:
        """Ctrl+S: save and say so, without closing."""
        if not self.has_content():
            self.state_label.setText(self.tr("Nothing to save yet."))
            return
        try:
            self.save()
        except Exception as err:
            log.error("reflection save failed: %s", type(err).__name__)
            self.state_label.setText(self.tr("Not saved: %1").replace("%1", translate_error(err)))
            return
        self.state_label.setText("✓ " + self.tr("Saved %1").replace("%1", QTime.currentTime().toString("H.mm")))
        self.state_label.setAccessibleName(self.state_label.text())

    def _template_changed(self) -> None:
        self._collect()
        self._build_fields()
        self._mark_dirty()

    def _mark_dirty(self, *_args) -> None:
        self.dirty = True

    def _collect(self) -> None:
        for pid, edit in self.fields.items():
            self.answers[pid] = edit.toPlainText()

    def set_answer(self, prompt_id: str, text: str) -> None:
        self.fields[prompt_id].setPlainText(text)

    # ----- saving ------------------------------------------------------------------------------------------
    def has_content(self) -> bool:
        self._collect()
        return bool(self.title_edit.text().strip() or any(v.strip() for v in self.answers.values()))

    def save(self) -> m.Reflection | None:
        self._collect()
        prompt_ids = {p.id for p in TEMPLATES[self.template_id()].prompts}
        answers = {k: v for k, v in self.answers.items() if k in prompt_ids and v.strip()}
        qd = self.date_edit.date()
        refl = m.Reflection(
            template=self.template_id(), answers=answers, date=date(qd.year(), qd.month(), qd.day()),
            case_id=self.case_combo.currentData(), title=self.title_edit.text().strip(),
            id=self.reflection.id if self.reflection else None,
        )
        from coachdesk.services.cases import save_reflection

        self.reflection = save_reflection(self.session.store, refl)
        self.dirty = False
        self.saved.emit(self.reflection)
        return self.reflection

    def flush(self) -> None:
        """Save pending work (lock, quit) if anything was written."""
        if self.dirty and self.has_content() and self.session.is_unlocked:
            try:
                self.save()
            except Exception as err:
                log.error("reflection save failed: %s", type(err).__name__)

    def save_and_close(self) -> None:
        if not self.has_content():
            self.reject()
            return
        try:
            self.save()
        except Exception as err:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("CoachDesk"), translate_error(err))
            return
        self.accept()

    def close_asking(self) -> None:
        if self.dirty and self.has_content():
            self.save()
        self.reject()

    def discard_and_close(self) -> None:
        """After lock (already flushed): drop all text and close."""
        self.dirty = False
        for edit in self.fields.values():
            edit.clear()
        self.answers.clear()
        self.title_edit.clear()
        self.reject()
