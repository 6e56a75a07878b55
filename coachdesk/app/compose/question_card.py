"""One question of the review as a card: the question, then its answer buttons side by side, or one under the other
when the column is too narrow for the row (the questions column never scrolls sideways)."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QPushButton, QVBoxLayout

_MARGINS = (8, 6, 8, 6)


class QuestionCard(QFrame):
    """A question and its buttons; the buttons stack when the card is narrower than their row."""

    def __init__(self, question: str, buttons: list[QPushButton], style: str) -> None:
        super().__init__()
        self.setObjectName("questionCard")
        self.setStyleSheet(style)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(*_MARGINS)
        self.label = QLabel(question)
        self.label.setWordWrap(True)
        outer.addWidget(self.label)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for button in buttons:
            self.row.addWidget(button)
        self.row.addStretch(1)
        outer.addLayout(self.row)
        side = _MARGINS[0] + _MARGINS[2]
        widths = [b.sizeHint().width() for b in buttons]
        self._row_width = sum(widths) + self.row.spacing() * max(0, len(buttons) - 1) + side
        self.setMinimumWidth(max(widths, default=0) + side)  # stacked, the widest button is the floor

    def stacked(self) -> bool:
        """Whether the buttons stand one under the other."""
        return self.row.direction() == QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = (QBoxLayout.Direction.LeftToRight if event.size().width() >= self._row_width
                  else QBoxLayout.Direction.TopToBottom)
        if self.row.direction() != wanted:
            self.row.setDirection(wanted)
        super().resizeEvent(event)
