"""Overview of a case: status, phase, referral and payer, GAS goals with levels, measures with a trend."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.core_errors import translate_error
from coachdesk.app.labels import measure_kind_label, payer_label, phase_label, status_label
from coachdesk.app.trend_chart import TrendChart
from coachdesk.domain import models as m
from coachdesk.services import cases

log = logging.getLogger(__name__)


def level_text(level: int | None) -> str:
    return "–" if level is None else f"{level:+d}" if level else "0"


class GoalDialog(QDialog):
    """A new GAS goal: title, level descriptions -2..+2, baseline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CoachDesk — New goal"))
        form = QFormLayout(self)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Goal"))
        form.addRow(self.tr("&Goal"), self.title_edit)
        self.level_edits: dict[int, QLineEdit] = {}
        for level in m.GAS_LEVELS:
            edit = QLineEdit()
            edit.setAccessibleName(self.tr("Level %1").replace("%1", level_text(level)))
            self.level_edits[level] = edit
            form.addRow(self.tr("Level %1").replace("%1", level_text(level)), edit)
        self.baseline = QComboBox()
        self.baseline.setAccessibleName(self.tr("Baseline level"))
        for level in m.GAS_LEVELS:
            self.baseline.addItem(level_text(level), level)
        self.baseline.setCurrentIndex(0)
        form.addRow(self.tr("&Baseline"), self.baseline)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def goal(self, case_id: int) -> m.Goal:
        baseline = self.baseline.currentData()
        return m.Goal(case_id=case_id, title=self.title_edit.text().strip(),
                      levels={lv: e.text().strip() for lv, e in self.level_edits.items() if e.text().strip()},
                      baseline=baseline, current=baseline)


class MeasureDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CoachDesk — New measurement"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Measure"))
        for kind in m.MeasureKind:
            self.kind.addItem(measure_kind_label(kind), kind.value)
        self.value = QDoubleSpinBox()
        self.value.setDecimals(1)
        self.value.setRange(0, 1000)
        self.value.setAccessibleName(self.tr("Value"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setDisplayFormat("d.M.yyyy")
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Date"))
        form.addRow(self.tr("&Measure"), self.kind)
        form.addRow(self.tr("&Value"), self.value)
        form.addRow(self.tr("&Date"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def measure(self, case_id: int) -> m.Measure:
        qd = self.date.date()
        return m.Measure(case_id=case_id, kind=m.MeasureKind(self.kind.currentData()), value=self.value.value(),
                         date=date(qd.year(), qd.month(), qd.day()))


class OverviewPage(QWidget):
    """Edits the case's fields (saved on change) and shows goals and measures."""

    case_saved = Signal(object)  # the updated Case

    def __init__(self, store_getter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store_getter
        self.case: m.Case | None = None
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        self.details_box = QGroupBox()
        grid = QGridLayout(self.details_box)
        self.status_combo, self.phase_combo, self.payer_combo = QComboBox(), QComboBox(), QComboBox()
        self.referral_edit, self.tags_edit, self.pseudonym_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.opened_edit = QDateEdit()
        self.opened_edit.setDisplayFormat("d.M.yyyy")
        self.opened_edit.setCalendarPopup(True)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumHeight(90)
        self.labels = [QLabel() for _ in range(8)]
        # payer on the left, the wider column: its longest choice and the referral's hint fit side by side
        fields = [self.pseudonym_edit, self.status_combo, self.payer_combo, self.phase_combo,
                  self.referral_edit, self.opened_edit, self.tags_edit, self.summary_edit]
        for i, (label, field) in enumerate(zip(self.labels, fields, strict=True)):
            label.setBuddy(field)
            row, col = divmod(i, 2) if i < 6 else (3 + (i - 6), 0)
            span = 1 if i < 6 else 3
            grid.addWidget(label, row, col * 2)
            grid.addWidget(field, row, col * 2 + 1, 1, span)
        grid.setColumnStretch(1, 3)  # the text fields (referral's hint) get more room than status, payer, date
        grid.setColumnStretch(3, 1)
        layout.addWidget(self.details_box)
        self.goals_box = QGroupBox()
        goals_layout = QVBoxLayout(self.goals_box)
        self.goals_table = QTableWidget(0, 3)
        self.goals_table.verticalHeader().hide()
        self.goals_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.goals_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.goals_table.setMinimumHeight(110)
        self.goals_empty = QLabel()  # the empty state: what a GAS goal is and how to add one
        self.goals_empty.setObjectName("hint")
        self.goals_empty.setWordWrap(True)
        goals_layout.addWidget(self.goals_empty)
        goals_layout.addWidget(self.goals_table)
        self.add_goal_button = QPushButton()
        self.add_goal_button.clicked.connect(self.add_goal)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_goal_button)
        goals_layout.addLayout(row)
        layout.addWidget(self.goals_box)
        self.measures_box = QGroupBox()
        mlayout = QVBoxLayout(self.measures_box)
        top = QHBoxLayout()
        self.measure_kind = QComboBox()
        self.measure_kind.currentIndexChanged.connect(self._show_trend)
        top.addWidget(self.measure_kind, 1)
        self.add_measure_button = QPushButton()
        self.add_measure_button.clicked.connect(self.add_measure)
        top.addWidget(self.add_measure_button)
        mlayout.addLayout(top)
        self.chart = TrendChart()
        mlayout.addWidget(self.chart)
        layout.addWidget(self.measures_box)
        layout.addStretch(1)
        self.measures: list[m.Measure] = []
        for combo in (self.status_combo, self.phase_combo, self.payer_combo):
            combo.currentIndexChanged.connect(self.save)
        for edit in (self.referral_edit, self.tags_edit, self.pseudonym_edit):
            edit.editingFinished.connect(self.save)
        self.opened_edit.dateChanged.connect(self.save)
        self.summary_edit.installEventFilter(self)
        self._retranslate()

    def _retranslate(self) -> None:
        self._loading, was = True, self._loading
        texts = [self.tr("&Pseudonym"), self.tr("&Status"), self.tr("Pa&yer"), self.tr("P&hase"),
                 self.tr("&Referral"), self.tr("&Opened"), self.tr("&Tags"), self.tr("Su&mmary")]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", ""))
        self.tags_edit.setPlaceholderText(self.tr("comma-separated, e.g. burnout, work trial"))
        self.referral_edit.setPlaceholderText(self.tr("who referred, e.g. occupational health"))
        for combo, enum, label in ((self.status_combo, m.CaseStatus, status_label),
                                   (self.phase_combo, m.Phase, phase_label),
                                   (self.payer_combo, m.Payer, payer_label)):
            current = combo.currentData()
            combo.clear()
            for value in enum:
                combo.addItem(label(value), value.value)
            if current:
                combo.setCurrentIndex(combo.findData(current))
        self.details_box.setTitle(self.tr("Case"))
        self.goals_box.setTitle(self.tr("Goals (GAS)"))
        self.goals_table.setHorizontalHeaderLabels([self.tr("Goal"), self.tr("Baseline"), self.tr("Now")])
        self.goals_table.setAccessibleName(self.tr("Goals"))
        self.goals_empty.setText(self.tr(
            "No goals yet. Agree on a goal with the client and add it with “Add goal…”: its baseline and "
            "the five GAS levels (−2 … +2) show progress over time."))
        self.add_goal_button.setText(self.tr("Add &goal…"))
        self.measures_box.setTitle(self.tr("Measures"))
        self.measure_kind.setAccessibleName(self.tr("Measure to chart"))
        self.add_measure_button.setText(self.tr("Add &measurement…"))
        self._loading = was
        if self.case is not None:
            self._fill_goals()
            self._fill_measure_kinds()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.summary_edit and event.type() == QEvent.Type.FocusOut:
            self.save()
        return False

    # ----- load / save ---------------------------------------------------------------------------
    def set_case(self, case: m.Case | None, goals: list[m.Goal] = (), measures: list[m.Measure] = ()) -> None:
        self._loading = True
        self.case = case
        self.goals = list(goals)
        self.measures = list(measures)
        if case is None:
            for edit in (self.referral_edit, self.tags_edit, self.pseudonym_edit):
                edit.clear()
            self.summary_edit.setPlainText("")
            self.goals_table.setRowCount(0)
            self.goals_empty.setVisible(False)
            self.chart.set_series([], None)
        else:
            self.pseudonym_edit.setText(case.pseudonym)
            self.status_combo.setCurrentIndex(self.status_combo.findData(case.status.value))
            self.phase_combo.setCurrentIndex(self.phase_combo.findData(case.phase.value))
            self.payer_combo.setCurrentIndex(self.payer_combo.findData(case.payer.value))
            self.referral_edit.setText(case.referral)
            self.opened_edit.setDate(QDate(case.opened.year, case.opened.month, case.opened.day))
            self.tags_edit.setText(", ".join(case.tags))
            self.summary_edit.setPlainText(case.summary)
            self._fill_goals()
            self._fill_measure_kinds()
        self._loading = False

    def save(self) -> None:
        if self._loading or self.case is None:
            return
        qd = self.opened_edit.date()
        new = m.Case(
            id=self.case.id, code=self.case.code, pseudonym=self.pseudonym_edit.text().strip(),
            status=m.CaseStatus(self.status_combo.currentData()), phase=m.Phase(self.phase_combo.currentData()),
            payer=m.Payer(self.payer_combo.currentData()), referral=self.referral_edit.text().strip(),
            opened=date(qd.year(), qd.month(), qd.day()), closed=self.case.closed,
            summary=self.summary_edit.toPlainText(),
            tags=[t for t in self.tags_edit.text().split(",") if t.strip()],
        )
        if (new.pseudonym, new.status, new.phase, new.payer, new.referral, new.opened, new.summary,
                m.normalize_tags(new.tags)) == (self.case.pseudonym, self.case.status, self.case.phase,
                                               self.case.payer, self.case.referral, self.case.opened,
                                               self.case.summary, self.case.tags):
            return
        try:
            self.case = cases.update_case(self._store(), new)
        except Exception as err:
            log.error("case save failed: %s", type(err).__name__)
            return
        self.case_saved.emit(self.case)

    flush = save

    # ----- goals ---------------------------------------------------------------------------------------
    def _fill_goals(self) -> None:
        self.goals_empty.setVisible(not self.goals)
        self.goals_table.setVisible(bool(self.goals))
        self.goals_table.setRowCount(len(self.goals))
        for row, goal in enumerate(self.goals):
            item = QTableWidgetItem(goal.title)
            item.setToolTip("\n".join(f"{level_text(lv)}: {t}" for lv, t in sorted(goal.levels.items())))
            self.goals_table.setItem(row, 0, item)
            self.goals_table.setItem(row, 1, QTableWidgetItem(level_text(goal.baseline)))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Current level of %1").replace("%1", goal.title))
            combo.addItem("–", None)
            for level in m.GAS_LEVELS:
                desc = goal.levels.get(level, "")
                combo.addItem(f"{level_text(level)}  {desc}".strip(), level)
            combo.setCurrentIndex(max(combo.findData(goal.current), 0) if goal.current is not None else 0)
            combo.currentIndexChanged.connect(lambda _i, g=goal, c=combo: self._set_level(g, c.currentData()))
            self.goals_table.setCellWidget(row, 2, combo)
        self.goals_table.resizeColumnToContents(1)
        self.goals_table.setColumnWidth(2, 220)

    def _set_level(self, goal: m.Goal, level: int | None) -> None:
        goal.current = level
        cases.save_goal(self._store(), goal)

    def add_goal(self) -> None:
        if self.case is None:
            return
        dialog = GoalDialog(self)
        if dialog.exec() and dialog.title_edit.text().strip():
            goal = dialog.goal(self.case.id)
            goal.position = len(self.goals)
            self.goals.append(cases.save_goal(self._store(), goal))
            self._fill_goals()

    # ----- measures ----------------------------------------------------------------------------------------
    def _fill_measure_kinds(self) -> None:
        current = self.measure_kind.currentData()
        kinds = sorted({x.kind for x in self.measures}, key=list(m.MeasureKind).index)
        self.measure_kind.blockSignals(True)
        self.measure_kind.clear()
        for kind in kinds:
            self.measure_kind.addItem(measure_kind_label(kind), kind.value)
        if current:
            self.measure_kind.setCurrentIndex(max(self.measure_kind.findData(current), 0))
        self.measure_kind.blockSignals(False)
        self._show_trend()

    def _show_trend(self) -> None:
        kind = self.measure_kind.currentData()
        if not kind:
            self.chart.set_series([], None)
            return
        kind = m.MeasureKind(kind)
        points = sorted(((x.date, x.value) for x in self.measures if x.kind is kind), key=lambda p: p[0])
        self.chart.set_series(points, m.MEASURE_RANGES[kind])

    def add_measure(self) -> None:
        if self.case is None:
            return
        dialog = MeasureDialog(self)
        if dialog.exec():
            try:
                self.measures.append(cases.add_measure(self._store(), dialog.measure(self.case.id)))
            except Exception as err:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(self, self.tr("CoachDesk"), translate_error(err))
                return
            self._fill_measure_kinds()
