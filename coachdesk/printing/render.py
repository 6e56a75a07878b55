"""Summary documents to PDF (QPdfWriter, fonts embedded), to a printer, or to page images.

Layout happens once (:func:`coachdesk.printing.layout.layout`); drawing is cheap. Both may run
on a worker thread once :func:`ensure_fonts` has been called on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from coachdesk.export.summary_model import PaperSize, SummaryDoc

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
from coachdesk.printing import style as st
from coachdesk.printing.layout import LaidOut, layout
from coachdesk.printing.paint import PagePainter

Progress = Callable[[int, int], None]
PDF_DPI = 720  # = layout units per inch: the PDF painter draws layout coordinates 1:1


def page_size(paper: PaperSize) -> QPageSize:
    """The Qt page size of a paper size."""
    return QPageSize(QPageSize.PageSizeId.Letter if paper == PaperSize.LETTER else QPageSize.PageSizeId.A4)


def pdf_bytes(laid: LaidOut, progress: Progress | None = None) -> bytes:
    """The laid-out document as PDF bytes (in memory: no temp file ever holds note text)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(page_size(laid.doc.paper), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    writer.setTitle(f"{laid.doc.title} {laid.doc.case_code}")
    writer.setCreator("CoachDesk")
    painter = QPainter(writer)
    try:
        pp = PagePainter(laid)
        total = len(laid.pages)
        for index, page in enumerate(laid.pages):
            if index:
                writer.newPage()
            pp.paint(painter, page)
            if progress is not None:
                progress(index + 1, total)
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data())


def render_pdf(doc: SummaryDoc, progress: Progress | None = None) -> bytes:
    """Lay out and draw ``doc``; progress counts layout blocks, then pages."""
    laid = layout(doc, progress)
    return pdf_bytes(laid)


def page_image(laid: LaidOut, index: int, width_px: int) -> QImage:
    """One page as an image ``width_px`` wide (preview, thumbnails, tests)."""
    g = laid.geometry
    scale = width_px / g.width
    image = QImage(width_px, round(g.height * scale), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.scale(scale, scale)
    PagePainter(laid).paint(painter, laid.pages[index])
    painter.end()
    return image


def paint_on_printer(laid: LaidOut, printer: QPrinter, progress: Progress | None = None) -> None:
    """Draw every page on a QPrinter (full page, our own margins); on the GUI thread."""
    from PySide6.QtPrintSupport import QPrinter

    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(page_size(laid.doc.paper), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    painter = QPainter(printer)
    try:
        rect = printer.pageRect(QPrinter.Unit.DevicePixel)
        g = laid.geometry
        scale = min(rect.width() / g.width, rect.height() / g.height)
        pp = PagePainter(laid)
        total = len(laid.pages)
        for index, page in enumerate(laid.pages):
            if index:
                printer.newPage()
            painter.save()
            painter.scale(scale, scale)
            pp.paint(painter, page)
            painter.restore()
            if progress is not None:
                progress(index + 1, total)
    finally:
        painter.end()


def page_size_points(paper: PaperSize) -> QSizeF:
    """The paper size in points."""
    w, h = st.PAPER_POINTS[PaperSize(paper)]
    return QSizeF(w, h)
