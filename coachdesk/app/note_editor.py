"""The note editor: autosave about a second after typing stops, a visible saved state, pending
text saved on lock, quit and focus loss, and gentle highlighting of identifying details."""

from __future__ import annotations

import logging
import time
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.core_errors import translate_error
from coachdesk.app.highlight import IdentifierHighlighter
from coachdesk.app.labels import note_kind_label
from coachdesk.app.theme import highlight_colors
from coachdesk.app.workers import run_in_thread
from coachdesk.domain import models as m
from coachdesk.services import cases

log = logging.getLogger(__name__)
AUTOSAVE_MS = 1000
SCRUB_DEBOUNCE_MS = 400


def scrub_findings(text: str, terms: list[str], keep_terms: list[str] | None = None) -> list[tuple[str, str]]:
    """(text, label) of what the privacy scrubber flags; empty when the scrubber is not installed.
    ``keep_terms``: the coach's never-scrub vocabulary (never highlighted, like the shipped list)."""
    try:
        from coachdesk.privacy import scrub
    except ImportError:
        return []
    result = scrub(text, terms=terms, keep_terms=keep_terms or ())
    return [(f.text, f.label) for f in result.findings]


def own_keep_terms(store_getter) -> list[str]:
    """The coach's never-scrub terms (one small read); empty when the vault is locked."""
    from coachdesk.errors import CoachDeskError
    from coachdesk.services.vocabulary import keep_terms

    try:
        return keep_terms(store_getter())
    except CoachDeskError:
        return []


class NoteEditor(QWidget):
    """Edits one note. ``saved(note_id)`` after each save; ``flush()`` saves pending text now."""

    saved = Signal(int)

    def __init__(self, store_getter, parent: QWidget | None = None, *, dark: bool = False) -> None:
        super().__init__(parent)
        self._store = store_getter
        self.note: m.Note | None = None
        self.terms: list[str] = []
        self.pseudonym = ""
        self.dirty = False
        self.last_save_error: str | None = None
        self._scrub_seq = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        meta = QHBoxLayout()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d.M.yyyy")
        self.kind_combo = QComboBox()
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, 600)
        self.duration_spin.setSingleStep(5)
        meta.addWidget(self.date_edit)
        meta.addWidget(self.kind_combo)
        meta.addWidget(self.duration_spin)
        self.state_label = QLabel()
        self.state_label.setObjectName("savedState")
        # its text changes as the coach types ("Saving soon…", "✓ Saved 14.05"): it must never widen
        # the editor, or the main window's splitter would take the width from the case list
        self.state_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        meta.addWidget(self.state_label, 1)
        layout.addLayout(meta)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        layout.addWidget(self.text_edit, 1)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("hint")
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()
        layout.addWidget(self.hint_label)
        self.highlighter = IdentifierHighlighter(self.text_edit.document(), *highlight_colors(dark))
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        self._scrub_timer = QTimer(self)
        self._scrub_timer.setSingleShot(True)
        self._scrub_timer.setInterval(SCRUB_DEBOUNCE_MS)
        self._scrub_timer.timeout.connect(self._scrub)
        self.text_edit.textChanged.connect(self._text_changed)
        self.text_edit.installEventFilter(self)
        self.date_edit.dateChanged.connect(self._meta_changed)
        self.kind_combo.currentIndexChanged.connect(self._meta_changed)
        self.duration_spin.valueChanged.connect(self._meta_changed)
        self._loading = False
        self._retranslate()
        self.setEnabled(False)

    # ----- texts -------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        metrics = self.state_label.fontMetrics()  # one width for every state text: it never grows
        self.state_label.setMinimumWidth(max(metrics.horizontalAdvance(t) for t in (
            "✓ " + self.tr("Saved %1").replace("%1", "00.00"), self.tr("Saving soon…"))) + 16)
        self._loading, was = True, self._loading
        current = self.kind_combo.currentData()
        self.kind_combo.clear()
        for kind in m.NoteKind:
            self.kind_combo.addItem(note_kind_label(kind), kind.value)
        if current:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(current))
        self._loading = was
        self.date_edit.setAccessibleName(self.tr("Note date"))
        self.kind_combo.setAccessibleName(self.tr("Kind of contact"))
        self.duration_spin.setAccessibleName(self.tr("Duration in minutes"))
        self.duration_spin.setSuffix(self.tr(" min"))
        self.text_edit.setAccessibleName(self.tr("Note text"))
        self.text_edit.setPlaceholderText(self.tr("Write the session note here. It is saved as you type."))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._update_hint()
        super().changeEvent(event)

    # ----- loading --------------------------------------------------------------------------------
    def set_note(self, note: m.Note | None, *, terms: list[str] = (), pseudonym: str = "") -> None:
        """Show ``note`` (saving any pending text of the previous one first)."""
        self.flush()
        self.note = note
        self.terms = list(terms)
        self.pseudonym = pseudonym
        self._loading = True
        self.highlighter.found_re = None
        self.highlighter.terms_re = None
        self.highlighter.set_terms(self.terms)
        if note is None:
            self.text_edit.setPlainText("")
            self.setEnabled(False)
        else:
            self.text_edit.setPlainText(note.text)
            self.date_edit.setDate(QDate(note.date.year, note.date.month, note.date.day))
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(m.NoteKind(note.kind).value))
            self.duration_spin.setValue(note.duration_min or 0)
            self.setEnabled(True)
        self._loading = False
        self.dirty = False
        self._state = "saved" if note is not None else ""
        self._saved_at: QTime | None = None
        self._show_state()
        self._update_hint()
        if note is not None and note.text:
            self._scrub_timer.start(0)

    def clear(self) -> None:
        """Forget everything shown (after lock): no text remains in the widget."""
        self._autosave.stop()
        self._scrub_timer.stop()
        self._scrub_seq += 1
        self.note = None
        self.dirty = False
        self._loading = True
        self.text_edit.setPlainText("")
        self.text_edit.document().clearUndoRedoStacks()
        self._loading = False
        self.setEnabled(False)
        self.hint_label.hide()

    # ----- saving ------------------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if self._loading or self.note is None:
            return
        self.dirty = True
        self._state = "unsaved"
        self._show_state()
        self._autosave.start()
        self._scrub_timer.start()
        self._update_hint()

    def _meta_changed(self) -> None:
        if self._loading or self.note is None:
            return
        qd = self.date_edit.date()
        self.note.date = date(qd.year(), qd.month(), qd.day())
        self.note.kind = m.NoteKind(self.kind_combo.currentData())
        self.note.duration_min = self.duration_spin.value() or None
        self.note.text = self.text_edit.toPlainText()
        try:
            self.note = cases.update_note(self._store(), self.note)
        except Exception as err:
            self._save_failed(err)
            return
        self.dirty = False
        self._mark_saved()

    def save(self) -> bool:
        """Save the text now if it changed; True when nothing is pending afterwards."""
        self._autosave.stop()
        if not self.dirty or self.note is None or self.note.id is None:
            return True
        text = self.text_edit.toPlainText()
        try:
            cases.save_note_text(self._store(), self.note.id, text)
        except Exception as err:
            self._save_failed(err)
            return False
        self.note.text = text
        self.dirty = False
        self._mark_saved()
        return True

    flush = save

    def _mark_saved(self) -> None:
        self.last_save_error = None
        self._state = "saved"
        self._saved_at = QTime.currentTime()
        self._show_state()
        if self.note is not None and self.note.id is not None:
            self.saved.emit(self.note.id)

    def _save_failed(self, err: Exception) -> None:
        log.error("note save failed: %s", type(err).__name__)
        self.last_save_error = translate_error(err)
        self._state = "error"
        self._show_state()
        self._autosave.start(5000)  # try again; the text stays in the editor

    def _show_state(self) -> None:
        state = getattr(self, "_state", "")
        if state == "saved":
            at = getattr(self, "_saved_at", None)
            text = self.tr("Saved %1").replace("%1", at.toString("H.mm")) if at else self.tr("Saved")
            self.state_label.setText("✓ " + text)
        elif state == "unsaved":
            self.state_label.setText(self.tr("Saving soon…"))
        elif state == "error":
            self.state_label.setText(self.tr("Not saved: %1").replace("%1", self.last_save_error or ""))
        else:
            self.state_label.setText("")
        self.state_label.setAccessibleName(self.state_label.text())

    # ----- identifying details -----------------------------------------------------------------------
    def _scrub(self) -> None:
        if self.note is None:
            return
        self._scrub_seq += 1
        seq, text, terms = self._scrub_seq, self.text_edit.toPlainText(), list(self.terms)
        keep = own_keep_terms(self._store)
        started = time.perf_counter()

        def done(found: list[tuple[str, str]]) -> None:
            if seq != self._scrub_seq or self.note is None:
                return
            log.debug("scrub %.0f ms", (time.perf_counter() - started) * 1000)
            self.highlighter.set_found(t for t, _label in found)
            self._update_hint()

        run_in_thread(lambda: scrub_findings(text, terms, keep), done,
                      lambda err: log.warning("scrub failed: %s", type(err).__name__))

    def _update_hint(self) -> None:
        if self.note is None:
            self.hint_label.hide()
            return
        found = self.highlighter.matches(self.text_edit.toPlainText())
        if not found:
            self.hint_label.hide()
            return
        if self.pseudonym:
            text = self.tr("Highlighted words may identify the client. Consider the pseudonym “%1” "
                           "or a general word instead.").replace("%1", self.pseudonym)
        else:
            text = self.tr("Highlighted words may identify the client. Consider a pseudonym or a general word.")
        self.hint_label.setText("⚑ " + text)
        self.hint_label.show()

    # ----- focus loss ------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text_edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

    def focus_text(self) -> None:
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
