"""Identifying details of a case: clearly marked, never leave this computer. They feed the
note editor's highlighting and the scrubber's terms."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.labels import identifier_kind_label
from coachdesk.domain import models as m
from coachdesk.services import cases


class IdentifiersPage(QWidget):
    changed = Signal()  # the list of terms changed

    def __init__(self, store_getter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store_getter
        self.case_id: int | None = None
        self.items: list[m.Identifier] = []
        layout = QVBoxLayout(self)
        self.banner = QFrame()
        self.banner.setObjectName("privateBanner")
        banner_layout = QHBoxLayout(self.banner)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        banner_layout.addWidget(self.banner_label)
        layout.addWidget(self.banner)
        self.table = QTableWidget(0, 2)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.value_edit = QLineEdit()
        self.kind_combo = QComboBox()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        row.addWidget(self.value_edit, 2)
        row.addWidget(self.kind_combo, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add)
        self.value_edit.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self._retranslate()

    def _retranslate(self) -> None:
        self.banner_label.setText(
            self.tr("Identifying details — never leave this computer. They are used only to "
                           "highlight and remove them from notes and requests.")
        )
        self.table.setHorizontalHeaderLabels([self.tr("Detail"), self.tr("Kind")])
        self.table.setAccessibleName(self.tr("Identifying details"))
        self.value_edit.setPlaceholderText(self.tr("Name, place, employer…"))
        self.value_edit.setAccessibleName(self.tr("New identifying detail"))
        self.kind_combo.setAccessibleName(self.tr("Kind of detail"))
        current = self.kind_combo.currentData()
        self.kind_combo.clear()
        for kind in m.IdentifierKind:
            self.kind_combo.addItem(identifier_kind_label(kind), kind.value)
        if current:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(current))
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("&Remove"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_case(self, case_id: int | None, items: list[m.Identifier] = ()) -> None:
        self.case_id = case_id
        self.items = list(items)
        self.value_edit.clear()
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            self.table.setItem(row, 0, QTableWidgetItem(item.value))
            self.table.setItem(row, 1, QTableWidgetItem(identifier_kind_label(item.kind)))

    def terms(self) -> list[str]:
        return [i.value for i in self.items]

    def add(self) -> None:
        value = self.value_edit.text().strip()
        if not value or self.case_id is None:
            return
        item = cases.add_identifier(self._store(), self.case_id, value, m.IdentifierKind(self.kind_combo.currentData()))
        if all(i.id != item.id for i in self.items):
            self.items.append(item)
        self.value_edit.clear()
        self._fill()
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            cases.remove_identifier(self._store(), self.items[row].id)
            del self.items[row]
        if rows:
            self._fill()
            self.changed.emit()
