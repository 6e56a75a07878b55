"""General reflections (not linked to a case), newest first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.i18n import current_language
from coachdesk.app.labels import date_text
from coachdesk.domain.reflection_templates import TEMPLATES, reflection_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReflectionsPage(QWidget):
    edit_reflection = Signal(int)
    new_reflection_requested = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items: dict[int, object] = {}
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        head.addWidget(self.title, 1)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_reflection_requested)
        head.addWidget(self.new_button)
        layout.addLayout(head)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(lambda item: self.edit_reflection.emit(int(item.data(ID_ROLE))))
        layout.addWidget(self.list, 1)
        self._retranslate()
        from coachdesk.app.operations import listen

        listen(self, {"reflections"}, lambda _kinds: self.reload())

    def _retranslate(self) -> None:
        self.title.setText(self.tr("General reflections"))
        self.new_button.setText(self.tr("&New reflection…"))
        self.list.setAccessibleName(self.tr("General reflections"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        """The general reflections again (on show, and when the change hub reports reflections)."""
        if not self.session.is_unlocked:
            return
        lang = current_language()
        self.list.clear()
        self.items = {}
        from coachdesk.services.cases import reflections

        for refl in reflections(self.session.store, general_only=True):
            self.items[refl.id] = refl
            t = TEMPLATES.get(refl.template)
            name = t.name.get(lang, t.name["en"]) if t else refl.template
            summary = refl.title or " ".join(reflection_text(refl.template, refl.answers, lang).split())[:100]
            item = QListWidgetItem(f"{date_text(refl.date)}  ·  {name}\n{summary}")
            item.setData(ID_ROLE, refl.id)
            self.list.addItem(item)

    def clear(self) -> None:
        self.list.clear()
        self.items = {}

    def select(self, refl_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == refl_id:
                self.list.setCurrentRow(row)

    def current_reflection(self):
        item = self.list.currentItem()
        return self.items.get(int(item.data(ID_ROLE))) if item else None
