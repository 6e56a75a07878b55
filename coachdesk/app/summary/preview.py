"""Print preview of a laid-out summary: pages drawn on demand, then print or save as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.core_errors import translate_error
from coachdesk.app.summary import worker
from coachdesk.app.summary.texts import tr
from coachdesk.printing.layout import LaidOut
from coachdesk.printing.paint import PagePainter
from coachdesk.printing.style import U

ZOOMS = (0.0, 0.75, 1.0, 1.25, 1.5)  # 0 = fit width


class PageView(QWidget):
    """One page, painted from the layout whenever it is visible (nothing is cached as an image)."""

    def __init__(self, painter: PagePainter, laid: LaidOut, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_painter = painter
        self.laid = laid
        self.index = index
        self.page_width = 600
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_width(self, width: int) -> None:
        self.page_width = max(120, width)
        g = self.laid.geometry
        self.setFixedSize(QSize(self.page_width, round(self.page_width * g.height / g.width)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        scale = self.width() / self.laid.geometry.width
        painter.scale(scale, scale)
        self.page_painter.paint(painter, self.laid.pages[self.index])
        painter.end()


class PreviewDialog(QDialog):
    """Pages of one summary; ``saved(path)`` after a successful save."""

    saved = Signal(str)

    def __init__(self, laid: LaidOut, parent: QWidget | None = None, *, lang: str | None = None) -> None:
        super().__init__(parent)
        self.laid: LaidOut | None = laid
        self.lang = lang
        self.job: worker.Job | None = None
        self.vault_dirs: list[Path] = []  # the open vault's folder: never written over
        self.refusal: QMessageBox | None = None
        self.setObjectName("SummaryPreview")
        self.setWindowTitle(tr("preview_title", lang, code=laid.doc.case_code))
        self.resize(900, 1000)
        pages = len(laid.pages)
        self.pages_label = QLabel(tr("page", lang) if pages == 1 else tr("pages", lang, n=pages))
        self.zoom = QComboBox()
        self.zoom.addItems([tr("fit_width", lang)] + [f"{round(z * 100)} %" for z in ZOOMS[1:]])
        self.zoom.currentIndexChanged.connect(self._apply_zoom)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.save_button = QPushButton(tr("save_pdf", lang))
        self.print_button = QPushButton(tr("print", lang))
        self.close_button = QPushButton(tr("close", lang))
        self.save_button.clicked.connect(self.ask_save)
        self.print_button.clicked.connect(self.ask_print)
        self.close_button.clicked.connect(self.reject)
        self.print_button.setDefault(True)
        bar = QHBoxLayout()
        for widget in (self.pages_label, self.zoom):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.status)
        for widget in (self.save_button, self.print_button, self.close_button):
            bar.addWidget(widget)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        container = QWidget()
        container.setObjectName("PreviewPages")
        container.setStyleSheet("#PreviewPages { background: #dfe3e6; }")
        column = QVBoxLayout(container)
        column.setSpacing(18)
        column.setContentsMargins(24, 24, 24, 24)
        page_painter = PagePainter(laid)
        self.page_views = [PageView(page_painter, laid, i) for i in range(pages)]
        for view in self.page_views:
            column.addWidget(view, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.scroll.setWidget(container)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self._apply_zoom()

    # ----- zoom ------------------------------------------------------------------------------------------
    def _apply_zoom(self) -> None:
        if self.laid is None:
            return
        zoom = ZOOMS[self.zoom.currentIndex()]
        if zoom == 0:
            width = self.scroll.viewport().width() - 60
        else:
            width = round(self.laid.geometry.width / U / 72 * self.logicalDpiX() * zoom)
        for view in self.page_views:
            view.set_width(width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.zoom.currentIndex() == 0:
            self._apply_zoom()

    # ----- save and print ------------------------------------------------------------------------------
    def ask_save(self) -> None:
        if self.laid is None:
            return
        doc = self.laid.doc
        name = f"{doc.case_code}-{doc.mode.value}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, tr("save_title", self.lang), str(Path.home() / name),
                                              "PDF (*.pdf)")
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(Path(path))

    def save_to(self, path: Path) -> worker.Job | None:
        """Draw the PDF on a worker thread and write it owner-only; ``saved`` when done."""
        if self.laid is None:
            return None
        from coachdesk.errors import CoachDeskError
        from coachdesk.outpath import check_output_path

        laid, vault_dirs = self.laid, list(self.vault_dirs)
        try:
            check_output_path(path, vault_dirs)  # a vault file is never written over
        except CoachDeskError as err:
            self.status.setText(str(err))
            self.refusal = QMessageBox(QMessageBox.Icon.Warning, tr("error_title", self.lang), str(err),
                                       QMessageBox.StandardButton.Ok, self)
            self.refusal.open()  # not modal-blocking: the coach picks another place
            return None

        def work(job: worker.Job) -> str:
            from coachdesk.fileio import write_private_atomic
            from coachdesk.printing.render import pdf_bytes

            data = pdf_bytes(laid, lambda done, total: job.report(100 * done // max(1, total)))
            write_private_atomic(path, data, for_user=True, data_dirs=vault_dirs)
            return str(path)

        self.save_button.setEnabled(False)
        self.job = worker.start(work, self)
        self.job.done.connect(self._saved)
        self.job.failed.connect(self._failed)
        return self.job

    def _saved(self, path: str) -> None:
        self.save_button.setEnabled(True)
        from coachdesk.textsafe import shown  # a file name, escaped

        self.status.setText(tr("saved", self.lang, path=shown(Path(path).name)))
        self.saved.emit(path)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        QMessageBox.warning(self, tr("error_title", self.lang), str(error) or type(error).__name__)

    def ask_print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.laid is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"{self.laid.doc.case_code}")
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer) -> None:
        """Draw every page on ``printer`` (GUI thread; drawing a laid-out page takes milliseconds)."""
        from coachdesk.printing.render import paint_on_printer

        if self.laid is None:
            return
        progress = QProgressDialog(tr("printing", self.lang), tr("cancel", self.lang), 0, len(self.laid.pages), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        try:
            paint_on_printer(self.laid, printer, lambda done, _total: progress.setValue(done))
        except Exception as err:
            QMessageBox.warning(self, tr("error_title", self.lang), translate_error(err) or type(err).__name__)
        finally:
            progress.close()

    # ----- closing and lock ----------------------------------------------------------------------------
    def done(self, result: int) -> None:
        """However the preview closes (Close, Esc, a lock closing every dialog), its pages go with it.
        A save already running finishes: it holds its own reference to the pages."""
        super().done(result)
        self._drop_pages()

    def _drop_pages(self) -> None:
        for view in self.page_views:
            view.setParent(None)
            view.deleteLater()
        self.page_views = []
        self.laid = None

    def discard(self) -> None:
        """The vault was locked: stop any save and drop every page."""
        if self.job is not None:
            self.job.cancel()
        self._drop_pages()
        self.close()
