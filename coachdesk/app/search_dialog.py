"""Global search (Ctrl+K): cases, notes and reflections with highlighted snippets.

Typing is debounced; the query runs on a worker thread; results of an older query are dropped.
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QEvent, QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.core_errors import translate_error
from coachdesk.app.labels import date_text
from coachdesk.app.workers import run_in_thread

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
DEBOUNCE_MS = 150


def snippet_html(snippet: str, mark: str = "#f6d77a") -> str:
    """FTS snippet with \\x02..\\x03 markers -> safe HTML with highlighted matches."""
    text = html.escape(snippet)
    return text.replace("\x02", f'<b style="background:{mark}">').replace("\x03", "</b>")


class HtmlDelegate(QStyledItemDelegate):
    def _doc(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or "")
        width = option.rect.width()
        view = option.widget
        if view is not None and hasattr(view, "viewport"):  # sizeHint's rect is not the row's yet
            width = view.viewport().width()
        doc.setTextWidth(max(width - 12, 100))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._doc(option, index)
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 4)
        if option.state & QStyle.StateFlag.State_Selected:
            doc.setDefaultStyleSheet("")
            color = option.palette.color(QPalette.ColorRole.HighlightedText).name()
            doc.setHtml(f'<div style="color:{color}">{index.data(HTML_ROLE)}</div>')
            doc.setTextWidth(max(option.rect.width() - 12, 100))
        doc.drawContents(painter, QRectF(0, 0, option.rect.width() - 12, option.rect.height() - 8))
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        doc = self._doc(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 8)


class SearchDialog(QDialog):
    """Emits ``open_hit(SearchHit)``."""

    open_hit = Signal(object)
    results_shown = Signal(int)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._seq = 0
        self.last_ms = 0.0
        self.hits: list = []
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        layout.addWidget(self.query)
        self.status = QLabel()
        self.status.setObjectName("hint")
        layout.addWidget(self.status)
        self.results = QListWidget()
        self.results.setItemDelegate(HtmlDelegate(self.results))
        # each hit as tall as its snippet (uniform sizes cut longer snippets mid-line); laid out
        # again when the dialog is resized, so a narrower window gives taller rows
        self.results.setUniformItemSizes(False)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._activate)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._open_first)
        self.query.installEventFilter(self)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("CoachDesk — Search"))
        self.query.setPlaceholderText(self.tr("Search cases, notes and reflections (e.g. kipu finds kivun)"))
        self.query.setAccessibleName(self.tr("Search"))
        self.results.setAccessibleName(self.tr("Search results"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.query and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.results.count()):
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return True
        return False

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def clear(self) -> None:
        self._seq += 1
        self.query.clear()
        self.results.clear()
        self.hits = []
        self.status.clear()

    def run_search(self) -> None:
        self._timer.stop()
        text = self.query.text().strip()
        self._seq += 1
        seq = self._seq
        if not text or not self.session.is_unlocked:
            self.results.clear()
            self.status.clear()
            return
        store = self.session.store
        started = time.perf_counter()

        def search():
            from coachdesk.services.cases import search as search_cases

            return search_cases(store, text, limit=50)

        def done(hits) -> None:
            if seq != self._seq:
                return
            self.last_ms = (time.perf_counter() - started) * 1000
            self.show_hits(hits)

        def failed(err) -> None:
            if seq == self._seq:
                self.status.setText(translate_error(err))

        run_in_thread(search, done, failed)

    def _kind_label(self, kind: str) -> str:
        return {"case": self.tr("Case"), "note": self.tr("Note"), "reflection": self.tr("Reflection")}.get(kind, kind)

    def show_hits(self, hits: list) -> None:
        self.hits = list(hits)
        self.results.clear()
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        mark = "#6b5518" if dark else "#f6d77a"
        for hit in hits:
            head = " · ".join(p for p in (self._kind_label(hit.kind), hit.case_code, hit.title, date_text(hit.date)) if p)
            item = QListWidgetItem()
            item.setData(HTML_ROLE, f"<div><b>{html.escape(head)}</b></div><div>{snippet_html(hit.snippet, mark)}</div>")
            item.setData(HIT_ROLE, hit)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, head + ": " + hit.snippet.replace("\x02", "").replace("\x03", ""))
            self.results.addItem(item)
        self.status.setText(self.tr("%n result(s)", "", len(hits)) if hits else self.tr("Nothing found."))
        self.results_shown.emit(len(hits))

    def _open_first(self) -> None:
        if self._timer.isActive():
            self.run_search()
            return
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._activate(item)

    def _activate(self, item: QListWidgetItem) -> None:
        self.open_hit.emit(item.data(HIT_ROLE))
        self.hide()
