"""A careful clipboard: text copied from CoachDesk is marked for clipboard managers not to keep,
and cleared after a while (only if the clipboard still holds it), on lock and on quit.

Scrubbed text meant for sharing (a help request) is exempt: ``copy(text, html, private=False)``
puts it on the clipboard as is, without hints and without clearing it later."""

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
        if QGuiApplication.platformName() == "offscreen":
            clipboard.clear()
        elif clipboard.ownsClipboard():
            mime = clipboard.mimeData()
            if mime is None or not mime.hasFormat(EXEMPT_FORMAT):  # shareable text (an error to
                clipboard.clear()                                  # report, a scrubbed request) stays


atexit.register(_clear_owned_clipboard_at_exit)

EXEMPT_FORMAT = "application/x-coachdesk-shareable"
_active: SecureClipboard | None = None


def active() -> SecureClipboard | None:
    """The app's SecureClipboard (None before the main window exists)."""
    return _active


def copy(text: str, html: str | None = None, *, private: bool = True) -> None:
    """Copy through the app's SecureClipboard; ``private=False`` for scrubbed, shareable text."""
    if _active is not None:
        _active.copy(text, html, private=private)
        return
    mime = QMimeData()
    mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    if private:
        for fmt, value in CONCEALED.items():
            mime.setData(fmt, value)
    else:
        mime.setData(EXEMPT_FORMAT, b"1")
    QApplication.clipboard().setMimeData(mime)


def _copy_of(source: QMimeData) -> QMimeData:
    """Every format of what was copied (plain text, HTML, ...), so nothing is lost when re-set."""
    mime = QMimeData()
    for fmt in source.formats():
        mime.setData(fmt, source.data(fmt))
    return mime


def _forget(token: object) -> None:
    global _active
    if _active is not None and getattr(_active, "_token", None) is token:
        _active = None


class SecureClipboard(QObject):
    """Watches the system clipboard: whatever this app copies (Ctrl+C in any field) is re-set with
    the concealment hints and cleared after ``clear_seconds`` (0 = never)."""

    def __init__(self, clear_seconds: int = 30, parent: QObject | None = None) -> None:
        global _active
        super().__init__(parent)
        _active = self
        self._token = token = object()
        self.destroyed.connect(lambda *_a: _forget(token))
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
        if not text or not self._ours() or (mime is not None and mime.hasFormat(EXEMPT_FORMAT)):
            self._text = None  # someone else's text: never touch it
            self._timer.stop()
            return
        if mime is not None and not mime.hasFormat("x-kde-passwordManagerHint"):
            self._set_concealed(_copy_of(mime), text)
            return
        self._arm(text)

    def copy(self, text: str, html: str | None = None, *, private: bool = True) -> None:
        """Private text gets the hints and the timed clear; ``private=False`` (scrubbed text to
        share) goes on the clipboard plainly and stays there."""
        mime = QMimeData()
        mime.setText(text)
        if html is not None:
            mime.setHtml(html)
        if private:
            self._set_concealed(mime, text)
            return
        mime.setData(EXEMPT_FORMAT, b"1")
        self._timer.stop()
        self._text = None
        self._setting = True
        try:
            QApplication.clipboard().setMimeData(mime)
        finally:
            self._setting = False

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
