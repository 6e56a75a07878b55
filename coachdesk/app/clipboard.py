"""A careful clipboard: text copied from CoachDesk is marked for clipboard managers not to keep,
and cleared after a while (only if the clipboard still holds it), on lock and on quit."""

from __future__ import annotations

import atexit

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

CONCEALED = {
    "x-kde-passwordManagerHint": b"secret",
    "application/x-nspasteboard-concealed-type": b"",
    "ExcludeClipboardContentFromMonitorProcessing": b"",
}


def _clear_owned_clipboard_at_exit() -> None:
    """On quit, take back what this process put on the clipboard: private text must not outlive
    the app, and Qt (offscreen/xcb) can crash tearing down a clipboard that still holds our data."""
    app = QApplication.instance()
    if app is not None:
        clipboard = QApplication.clipboard()
        if clipboard.ownsClipboard() or QGuiApplication.platformName() == "offscreen":
            clipboard.clear()


atexit.register(_clear_owned_clipboard_at_exit)


def _copy_of(source: QMimeData) -> QMimeData:
    """Every format of what was copied (plain text, HTML, ...), so nothing is lost when re-set."""
    mime = QMimeData()
    for fmt in source.formats():
        mime.setData(fmt, source.data(fmt))
    return mime


class SecureClipboard(QObject):
    """Watches the system clipboard: whatever this app copies (Ctrl+C in any field) is re-set with
    the concealment hints and cleared after ``clear_seconds`` (0 = never)."""

    def __init__(self, clear_seconds: int = 10, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clear_seconds = clear_seconds
        self._text: str | None = None
        self._setting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        QApplication.clipboard().dataChanged.connect(self._changed)

    def _ours(self) -> bool:
        """Copied here: CoachDesk has a focused window when the clipboard changes."""
        return QGuiApplication.focusWindow() is not None or QApplication.activeWindow() is not None

    def _changed(self) -> None:
        if self._setting:
            return
        mime = QApplication.clipboard().mimeData()
        text = mime.text() if mime is not None else ""
        if not text or not self._ours():
            self._text = None  # someone else's text: never touch it
            self._timer.stop()
            return
        if mime is not None and not mime.hasFormat("x-kde-passwordManagerHint"):
            self._set_concealed(_copy_of(mime), text)
            return
        self._arm(text)

    def copy(self, text: str, html: str | None = None) -> None:
        mime = QMimeData()
        mime.setText(text)
        if html is not None:
            mime.setHtml(html)
        self._set_concealed(mime, text)

    def _set_concealed(self, mime: QMimeData, text: str) -> None:
        for fmt, value in CONCEALED.items():
            mime.setData(fmt, value)
        self._setting = True
        try:
            QApplication.clipboard().setMimeData(mime)
        finally:
            self._setting = False
        self._arm(text)

    def _arm(self, text: str) -> None:
        self._text = text
        if self.clear_seconds > 0:
            self._timer.start(self.clear_seconds * 1000)

    @property
    def holds_our_text(self) -> bool:
        return self._text is not None and QApplication.clipboard().text() == self._text

    def clear(self) -> None:
        """Clear only if the clipboard still holds what we put there."""
        self._timer.stop()
        if self.holds_our_text:
            self._setting = True
            try:
                QApplication.clipboard().clear()
            finally:
                self._setting = False
        self._text = None
