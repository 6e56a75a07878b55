"""Draw laid-out pages with a QPainter on any device (PDF writer, printer, image, widget).

Text is drawn with ``drawText`` as plain strings: nothing in a note is ever interpreted as markup.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from coachdesk.printing import style as st
from coachdesk.printing.layout import Dot, Fonts, LaidOut, Line, Page, Poly, Rect, Text

U = st.U


class PagePainter:
    """Paints pages of one laid-out document; the painter is already scaled to layout units."""

    def __init__(self, laid: LaidOut) -> None:
        self.laid = laid
        self.fonts = Fonts(laid.family, laid.scale)
        self.running = Fonts(laid.family)  # header and footer never shrink
        self._colors: dict[str, QColor] = {}

    def color(self, value: str) -> QColor:
        """The QColor of a colour value (cached)."""
        c = self._colors.get(value)
        if c is None:
            c = QColor(value)
            self._colors[value] = c
        return c

    def paint(self, painter: QPainter, page: Page) -> None:
        """Draw one laid-out page with ``painter``."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self._running(painter, page)
        current_font = None
        for item in page.items:
            if isinstance(item, Text):
                if item.font != current_font:
                    painter.setFont(self.fonts.font(item.font))
                    painter.setPen(self.color(st.FONTS[item.font].color))
                    current_font = item.font
                painter.drawText(QPointF(item.x, item.y), item.text)
                continue
            current_font = None
            if isinstance(item, Rect):
                painter.setPen(QPen(self.color(item.stroke), 0.6 * U) if item.stroke else Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(self.color(item.fill)) if item.fill else Qt.BrushStyle.NoBrush)
                rect = QRectF(item.x, item.y, item.w, item.h)
                if item.radius:
                    painter.drawRoundedRect(rect, item.radius, item.radius)
                else:
                    painter.drawRect(rect)
            elif isinstance(item, Line):
                painter.setPen(QPen(self.color(item.color), item.width))
                painter.drawLine(QPointF(item.x1, item.y1), QPointF(item.x2, item.y2))
            elif isinstance(item, Poly):
                pen = QPen(self.color(item.color), item.width)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                path = QPainterPath()
                path.addPolygon(QPolygonF([QPointF(x, y) for x, y in item.points]))
                painter.drawPath(path)
            elif isinstance(item, Dot):
                painter.setPen(QPen(QColor("white"), 0.8 * U))
                painter.setBrush(QBrush(self.color(item.color)))
                painter.drawEllipse(QPointF(item.x, item.y), item.r, item.r)

    def _running(self, painter: QPainter, page: Page) -> None:
        """Header (title left, case code right) and footer (confidential + date left, "1 / 3" right)."""
        doc, g = self.laid.doc, self.laid.geometry
        total = len(self.laid.pages)
        f = self.running
        left, right = g.margin_x, g.width - g.margin_x
        head_base = g.margin_top - 24 * U
        foot_base = g.height - g.margin_bottom + 30 * U
        painter.setPen(QPen(self.color(st.RULE), 0.5 * U))
        painter.drawLine(QPointF(left, head_base + 7 * U), QPointF(right, head_base + 7 * U))
        painter.drawLine(QPointF(left, foot_base - 11 * U), QPointF(right, foot_base - 11 * U))
        painter.setFont(f.font("running"))
        painter.setPen(self.color(st.MUTED))
        painter.drawText(QPointF(left, head_base), doc.header_left)
        painter.drawText(QPointF(left, foot_base), f"{doc.footer_left}  ·  {doc.footer_date}")
        number = f"{page.number} / {total}"
        painter.setFont(f.font("running_bold"))
        painter.setPen(self.color(st.INK))
        painter.drawText(QPointF(right - f.width("running_bold", doc.case_code), head_base), doc.case_code)
        painter.drawText(QPointF(right - f.width("running_bold", number), foot_base), number)
