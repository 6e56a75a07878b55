"""Requests tab of a case: placeholder. The ask-a-colleague engineer replaces this class.

Contract the case workspace relies on: ``RequestsPage(session, parent)``, ``set_case(case | None)``
(called when a case is shown or cleared on lock) and ``flush()`` (save pending input; on lock).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class RequestsPage(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case = None
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setObjectName("hint")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self._retranslate()

    def _retranslate(self) -> None:
        self.label.setText(self.tr("Requests to colleagues about this case will appear here."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_case(self, case) -> None:
        self.case = case

    def flush(self) -> None:
        """Nothing pending in the placeholder."""
