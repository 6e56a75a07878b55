"""The case list: code, pseudonym, phase, last activity; filter by text, status and tag; sortable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.labels import date_text, phase_label, status_label
from coachdesk.domain import models as m

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class CaseTableModel(QAbstractTableModel):
    COLUMNS = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cases: list[m.Case] = []
        self.badges: dict[int, int] = {}  # case id -> unseen replies from colleagues (issue 17)
        self.display: list[tuple[str, str, str, str]] = []
        self.sort_keys: list[tuple] = []

    def set_cases(self, cases: list[m.Case]) -> None:
        self.beginResetModel()
        self.cases = list(cases)
        self._rows_cache()
        self.endResetModel()

    def _rows_cache(self) -> None:
        """Display and sort values computed once per load (data() is called thousands of times)."""
        from coachdesk.app.retention_ui import closed_age_text

        phases = list(m.Phase)
        today = date.today()
        self.display = [(c.code, c.pseudonym, phase_label(c.phase),
                         closed_age_text(c.closed or c.opened, today)
                         if c.status is m.CaseStatus.CLOSED and (c.closed or c.opened) else date_text(c.last_activity))
                        for c in self.cases]
        self.sort_keys = [(c.code, c.pseudonym.casefold(), phases.index(c.phase),
                           c.last_activity.isoformat() if c.last_activity else "") for c in self.cases]

    def retranslate(self) -> None:
        self._rows_cache()
        if self.cases:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.cases) - 1, self.COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cases)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Code"), self.tr("Pseudonym"), self.tr("Phase"), self.tr("Last activity"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            count = self.badges.get(self.cases[row].id) if col == 0 else None
            return f"{self.display[row][col]}  ✉ {count}" if count else self.display[row][col]
        if role == SORT_ROLE:
            return self.sort_keys[row][col]
        case = self.cases[row]
        if role == CASE_ID_ROLE:
            return case.id
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = status_label(case.status)
            if case.status is m.CaseStatus.CLOSED and case.last_activity:
                tip += " · " + self.tr("last activity %1").replace("%1", date_text(case.last_activity))
            return f"{tip} · {', '.join(case.tags)}" if case.tags else tip
        if role == Qt.ItemDataRole.ForegroundRole and case.status is not m.CaseStatus.ACTIVE:
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication

            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def set_badges(self, counts: dict[int, int]) -> None:
        """Unseen replies per case, shown after the code."""
        if counts != self.badges:
            self.badges = dict(counts)
            if self.cases:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.cases) - 1, 0))

    def row_of(self, case_id: int) -> int:
        for row, case in enumerate(self.cases):
            if case.id == case_id:
                return row
        return -1


class CaseFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.status: m.CaseStatus | None = None
        self.tag = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, text: str, status: m.CaseStatus | None, tag: str) -> None:
        self.beginFilterChange()
        self.text, self.status, self.tag = text.strip().casefold(), status, tag
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        case = self.sourceModel().cases[source_row]
        if self.status is not None and case.status is not self.status:
            return False
        if self.tag and self.tag not in case.tags:
            return False
        return not self.text or self.text in case.code.casefold() or self.text in case.pseudonym.casefold()


class CaseListPanel(QWidget):
    """Emits ``case_selected(case_id)``; ``context_actions`` appear in the right-click menu."""

    case_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context_actions: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        layout.addWidget(self.heading)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        layout.addWidget(self.filter_edit)
        row = QHBoxLayout()
        self.status_combo = QComboBox()
        self.tag_combo = QComboBox()
        row.addWidget(self.status_combo, 1)
        row.addWidget(self.tag_combo, 1)
        layout.addLayout(row)
        self.model = CaseTableModel(self)
        self.proxy = CaseFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(30)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 100)
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(40)  # size columns from the first rows, not all of them
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(60)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.view, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        layout.addWidget(self.count_label)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.filter_edit.installEventFilter(self)  # Down arrow moves into the list
        self.filter_edit.returnPressed.connect(self._enter_list)
        self.status_combo.currentIndexChanged.connect(self._apply_filter)
        self.tag_combo.currentIndexChanged.connect(self._apply_filter)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self._tags: list[str] = []
        self._retranslate()

    def eventFilter(self, watched, event) -> bool:  # Qt API
        from PySide6.QtCore import QEvent

        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self._enter_list()
            return True
        return super().eventFilter(watched, event)

    def _enter_list(self) -> None:
        """From the filter into the list: focus it on its first (or current) row."""
        if self.proxy.rowCount() == 0:
            return
        self.view.setFocus(Qt.FocusReason.TabFocusReason)
        if not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Cases"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by code or pseudonym"))
        self.filter_edit.setAccessibleName(self.tr("Filter cases"))
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.tag_combo.setAccessibleName(self.tr("Tag filter"))
        self.view.setAccessibleName(self.tr("Case list"))
        self.status_combo.blockSignals(True)
        index = max(self.status_combo.currentIndex(), 1) if self.status_combo.count() else 1
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in m.CaseStatus:
            self.status_combo.addItem(status_label(status), status.value)
        self.status_combo.setCurrentIndex(index)
        self.status_combo.blockSignals(False)
        self._fill_tags()
        self.model.retranslate()
        self._fit_phase_column()
        self._apply_filter()

    def _fit_phase_column(self) -> None:
        """The Phase column as wide as this language's longest phase name (Arbetsprövning,
        Työhönvalmennus were cut at a fixed 100 px); the coach can still drag it narrower."""
        self.view.ensurePolished()  # the style sheet's font
        metrics = self.view.fontMetrics()
        widest = max(metrics.horizontalAdvance(phase_label(phase)) for phase in m.Phase)
        self.view.horizontalHeader().resizeSection(2, max(100, widest + 16))  # + the cell's margins

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _fill_tags(self) -> None:
        current = self.tag_combo.currentData() or ""
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), "")
        for tag in self._tags:
            self.tag_combo.addItem(tag, tag)
        self.tag_combo.setCurrentIndex(max(self.tag_combo.findData(current), 0))
        self.tag_combo.blockSignals(False)

    def set_cases(self, cases: list[m.Case], tags: list[str]) -> None:
        current = self.current_case_id()
        self.model.set_cases(cases)
        self._tags = list(tags)
        self._fill_tags()
        self._apply_filter()
        if current is not None:
            self.select_case(current, emit=False)

    def clear(self) -> None:
        self.model.set_cases([])
        self._tags = []
        self._fill_tags()
        self.filter_edit.clear()

    def _apply_filter(self) -> None:
        status = self.status_combo.currentData()
        self.proxy.set_filter(self.filter_edit.text(), m.CaseStatus(status) if status else None,
                              self.tag_combo.currentData() or "")
        self.view.resizeColumnToContents(3)  # "closed 14 mo ago" rows may have just appeared
        self.count_label.setText(self.tr("%1 of %2 cases").replace("%1", str(self.proxy.rowCount()))
                                 .replace("%2", str(self.model.rowCount())))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.case_selected.emit(int(current.data(CASE_ID_ROLE)))

    def current_case_id(self) -> int | None:
        index = self.view.currentIndex()
        return int(index.data(CASE_ID_ROLE)) if index.isValid() else None

    def select_case(self, case_id: int, *, emit: bool = True) -> bool:
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # hidden by the filter: show everything again
            self.filter_edit.clear()
            self.status_combo.setCurrentIndex(0)
            self.tag_combo.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not emit:
            self.view.selectionModel().blockSignals(True)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        if not emit:
            self.view.selectionModel().blockSignals(False)
        return True

    def _context_menu(self, pos) -> None:
        if not self.view.indexAt(pos).isValid() or not self.context_actions:
            return
        menu = QMenu(self)
        for action in self.context_actions:
            menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(pos))
