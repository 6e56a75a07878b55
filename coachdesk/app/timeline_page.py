"""Timeline of a case: session notes and reflections, newest first; the selected note is edited in place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.i18n import current_language
from coachdesk.app.labels import date_text, note_kind_label
from coachdesk.app.note_editor import NoteEditor
from coachdesk.domain import models as m
from coachdesk.domain.reflection_templates import TEMPLATES, reflection_text

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
PREVIEW_CHARS = 110


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1] + "…"


class TimelinePage(QWidget):
    """Emits ``new_note_requested``, ``new_reflection_requested`` and ``edit_reflection(id)``."""

    new_note_requested = Signal()
    new_reflection_requested = Signal()
    edit_reflection = Signal(int)

    def __init__(self, store_getter, parent: QWidget | None = None, *, dark: bool = False) -> None:
        super().__init__(parent)
        self._store = store_getter
        self.notes: dict[int, m.Note] = {}
        self.reflections: dict[int, m.Reflection] = {}
        self.followups: dict[int, list] = {}  # first id -> one recording's follow-ups (coachdesk.app.compose sets them)
        self.terms: list[str] = []
        self.pseudonym = ""
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.new_note_button = QPushButton()
        self.new_note_button.clicked.connect(self.new_note_requested)
        self.new_reflection_button = QPushButton()
        self.new_reflection_button.clicked.connect(self.new_reflection_requested)
        buttons.addWidget(self.new_note_button)
        buttons.addWidget(self.new_reflection_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setMinimumWidth(220)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(self._activated)
        self.splitter.addWidget(self.list)
        self.detail = QStackedWidget()
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.editor = NoteEditor(store_getter, dark=dark)
        self.editor.saved.connect(self._note_saved)
        reflection_box = QWidget()
        rlayout = QVBoxLayout(reflection_box)
        rlayout.setContentsMargins(0, 0, 0, 0)
        self.reflection_view = QTextBrowser()
        self.edit_reflection_button = QPushButton()
        self.edit_reflection_button.clicked.connect(self._edit_current_reflection)
        rlayout.addWidget(self.reflection_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_reflection_button)
        rlayout.addLayout(row)
        for widget in (self.empty, self.editor, reflection_box):
            self.detail.addWidget(widget)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([330, 520])
        layout.addWidget(self.splitter, 1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.new_note_button.setText(self.tr("New &note"))
        self.new_note_button.setToolTip(self.tr("New session note (Ctrl+Shift+N)"))
        self.new_reflection_button.setText(self.tr("&Reflect…"))
        self.new_reflection_button.setToolTip(self.tr("New reflection on this case (Ctrl+R)"))
        self.list.setAccessibleName(self.tr("Timeline"))
        self._show_empty_text()
        self.edit_reflection_button.setText(self.tr("&Edit reflection"))
        self.reflection_view.setAccessibleName(self.tr("Reflection"))
        if self.notes or self.reflections:
            self._fill(keep=True)

    def _show_empty_text(self) -> None:
        """A helpful word where the timeline is empty, and a pointer where nothing is chosen."""
        if self.list.count() == 0:
            self.empty.setText(self.tr(
                "No notes yet.\n\nAfter a session, write what happened with “New note” (Ctrl+Shift+N); "
                "reflect on the case with “Reflect…” (Ctrl+R). Answers from colleagues appear here too."))
        else:
            self.empty.setText(self.tr("Choose a note or reflection, or start a new note."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # ----- content ------------------------------------------------------------------------------
    def set_content(self, notes: list[m.Note], reflections: list[m.Reflection], *, terms: list[str] = (),
                    pseudonym: str = "") -> None:
        self.editor.set_note(None)
        self.notes = {n.id: n for n in notes}
        self.reflections = {r.id: r for r in reflections}
        self.followups = {}
        self.terms = list(terms)
        self.pseudonym = pseudonym
        self._fill()

    def clear(self) -> None:
        self.editor.clear()
        self.notes, self.reflections, self.followups = {}, {}, {}
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        self.reflection_view.clear()
        self.detail.setCurrentIndex(0)
        self._show_empty_text()

    def _entries(self) -> list[tuple[object, int, str, int]]:
        entries = [(n.date, n.id, "note", n.id) for n in self.notes.values()]
        entries += [(r.date, r.id, "reflection", r.id) for r in self.reflections.values()]
        entries += [(group[0].date, fid, "followup", fid) for fid, group in self.followups.items()]
        entries.sort(key=lambda e: (e[0], e[2] == "note", e[1]), reverse=True)
        return entries

    def _label(self, kind: str, item_id: int) -> str:
        if kind == "note":
            note = self.notes[item_id]
            head = f"{date_text(note.date)}  ·  {note_kind_label(note.kind)}"
            if note.duration_min:
                head += f"  ·  {note.duration_min} min"
            empty = self.tr("(empty note)")
            return f"{head}\n{_preview(note.text) or empty}"
        if kind == "followup":
            from coachdesk.app.compose.followups import followup_group_label

            title, body = followup_group_label(self.followups[item_id])
            return f"{date_text(self.followups[item_id][0].date)}  ·  {title}\n{_preview(body)}"
        refl = self.reflections[item_id]
        template = TEMPLATES.get(refl.template)
        name = template.name.get(current_language(), template.name["en"]) if template else refl.template
        return f"{date_text(refl.date)}  ·  ✎ {name}\n{refl.title or _preview(reflection_text(refl.template, refl.answers))}"

    def _fill(self, keep: bool = False) -> None:
        current = self.current_entry() if keep else None
        self.list.blockSignals(True)
        self.list.clear()
        for _date, _id, kind, item_id in self._entries():
            item = QListWidgetItem(self._label(kind, item_id))
            item.setData(KIND_ROLE, kind)
            item.setData(ID_ROLE, item_id)
            item.setSizeHint(QSize(100, 52))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._show_empty_text()
        if current:
            self.select(*current)

    def current_entry(self) -> tuple[str, int] | None:
        item = self.list.currentItem()
        return (item.data(KIND_ROLE), int(item.data(ID_ROLE))) if item else None

    def select(self, kind: str, item_id: int) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(KIND_ROLE) == kind and item.data(ID_ROLE) == item_id:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                return True
        return False

    def _current_changed(self, item: QListWidgetItem | None, _previous) -> None:
        if item is None:
            self.editor.set_note(None)
            self.detail.setCurrentIndex(0)
            return
        kind, item_id = item.data(KIND_ROLE), int(item.data(ID_ROLE))
        if kind == "note":
            self.editor.set_note(self.notes[item_id], terms=self.terms, pseudonym=self.pseudonym)
            self.detail.setCurrentIndex(1)
        elif kind == "followup":
            from coachdesk.app.compose.followups import followup_group_label

            self.editor.set_note(None)
            self.reflection_view.setPlainText("\n\n".join(followup_group_label(self.followups[item_id])))
            self.edit_reflection_button.setVisible(False)
            self.detail.setCurrentIndex(2)
        else:
            self.editor.set_note(None)
            self.edit_reflection_button.setVisible(True)
            refl = self.reflections[item_id]
            self.reflection_view.setPlainText(
                (refl.title + "\n\n" if refl.title else "") + reflection_text(refl.template, refl.answers,
                                                                                current_language()).replace(
                    "\n", "\n\n")
            )
            self.detail.setCurrentIndex(2)

    def _activated(self, item: QListWidgetItem) -> None:
        if item.data(KIND_ROLE) == "note":
            self.editor.focus_text()
        else:
            self.edit_reflection.emit(int(item.data(ID_ROLE)))

    def _edit_current_reflection(self) -> None:
        entry = self.current_entry()
        if entry and entry[0] == "reflection":
            self.edit_reflection.emit(entry[1])

    def _note_saved(self, note_id: int) -> None:
        note = self.editor.note
        if note is None or note_id not in self.notes:
            return
        self.notes[note_id] = note
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(KIND_ROLE) == "note" and item.data(ID_ROLE) == note_id:
                item.setText(self._label("note", note_id))
                break

    # ----- editing ---------------------------------------------------------------------------------------
    def add_note(self, note: m.Note) -> None:
        self.notes[note.id] = note
        self._fill()
        self.select("note", note.id)
        self.editor.focus_text()

    def upsert_reflection(self, refl: m.Reflection) -> None:
        self.reflections[refl.id] = refl
        self._fill()
        self.select("reflection", refl.id)

    def set_followups(self, followups: list) -> None:
        """Answers, help received and "what I will try" of the case's requests (shown with the notes):
        what was recorded together for one request on one day is one entry."""
        groups: dict[tuple, list] = {}
        for f in followups:
            groups.setdefault((f.request_id, f.date), []).append(f)
        self.followups = {group[0].id: group for group in groups.values()}
        self._fill(keep=True)

    def set_terms(self, terms: list[str]) -> None:
        self.terms = list(terms)
        if self.editor.note is not None:
            self.editor.terms = self.terms
            self.editor.highlighter.set_terms(self.terms)

    def current_note(self) -> m.Note | None:
        return self.editor.note

    def current_reflection(self) -> m.Reflection | None:
        entry = self.current_entry()
        return self.reflections.get(entry[1]) if entry and entry[0] == "reflection" else None

    def flush(self) -> None:
        self.editor.flush()
