"""A small trend chart of one measure over time (painted by hand: no QtCharts needed)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coachdesk.app.labels import date_text


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[object, float]] = []
        self.value_range: tuple[float, float] | None = None
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(320, 120)

    def set_series(self, points: list[tuple[object, float]], value_range: tuple[float, float] | None) -> None:
        self.points = list(points)
        self.value_range = value_range
        self.setAccessibleDescription(", ".join(f"{date_text(d)}: {v:g}" for d, v in self.points))
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        area = QRectF(self.rect()).adjusted(34, 10, -12, -22)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        if not self.points:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No measurements yet"))
            return
        values = [v for _d, v in self.points]
        low, high = self.value_range or (min(values), max(values))
        if high == low:
            high = low + 1
        n = len(self.points)

        def pos(i: int, v: float) -> QPointF:
            x = area.left() + (area.width() * i / (n - 1) if n > 1 else area.width() / 2)
            return QPointF(x, area.bottom() - (v - low) / (high - low) * area.height())

        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRectF(0, area.top() - 8, 30, 16), Qt.AlignmentFlag.AlignRight, f"{high:g}")
        painter.drawText(QRectF(0, area.bottom() - 8, 30, 16), Qt.AlignmentFlag.AlignRight, f"{low:g}")
        path = QPainterPath(pos(0, values[0]))
        for i, v in enumerate(values[1:], 1):
            path.lineTo(pos(i, v))
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2.2))
        painter.drawPath(path)
        painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
        for i, (d, v) in enumerate(self.points):
            p = pos(i, v)
            painter.drawEllipse(p, 3.5, 3.5)
            if i in (0, n - 1):
                painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
                align = Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight
                box = QRectF(p.x() - (0 if i == 0 else 120), area.bottom() + 4, 120, 16)
                painter.drawText(box, align, date_text(d))
                painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2.2))
