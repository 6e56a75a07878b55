"""A guided reflection: a template (Gibbs, Driscoll, Kolb, in-action, free) as a form of prompts,
linked to a case or general. Saved with Save, and on lock and quit when anything was written."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.i18n import current_language
from coachdesk.domain import models as m
from coachdesk.domain.reflection_templates import TEMPLATES

log = logging.getLogger(__name__)


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
        self.resize(680, 640)
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
        layout.addWidget(self.buttons)
        for tid in TEMPLATES:
            self.template_combo.addItem("", tid)
        self.case_combo.addItem("", None)
        for case in session.store.list_cases():
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
            title.setBuddy(edit)
            form.addWidget(title)
            form.addWidget(edit)
            self.fields[prompt.id] = edit
        form.addStretch(1)
        self.scroll.setWidget(body)

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
        store = self.session.store
        self.reflection = store.update_reflection(refl) if refl.id else store.add_reflection(refl)
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

            QMessageBox.warning(self, self.tr("CoachDesk"), str(err))
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
