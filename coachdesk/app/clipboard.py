"""A careful clipboard: copied text is hidden from clipboard managers and cleared after a while."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtWidgets import QApplication


class SecureClipboard(QObject):
    def __init__(self, clear_seconds: int = 10, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clear_seconds = clear_seconds
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        mime.setData("x-kde-passwordManagerHint", b"secret")
        mime.setData("application/x-nspasteboard-concealed-type", b"")
        mime.setData("ExcludeClipboardContentFromMonitorProcessing", b"")
        QApplication.clipboard().setMimeData(mime)
        self._text = text
        if self.clear_seconds > 0:
            self._timer.start(self.clear_seconds * 1000)

    def clear(self) -> None:
        """Clear only if the clipboard still holds what we put there."""
        self._timer.stop()
        if self._text is not None and QApplication.clipboard().text() == self._text:
            QApplication.clipboard().clear()
        self._text = None
