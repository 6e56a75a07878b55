"""One operation runner and one change hub (after Anki's ``CollectionOp`` and its "operation did
execute" broadcast).

``run_op(parent, fn, changes=…)`` runs ``fn()`` (a core call) on the worker pool of
:mod:`coachdesk.app.workers`; after a short delay a busy cursor and, if given, a status-bar message
show that it is still running; a failure is reported one way (:func:`report_error`: the core's
message translated by :mod:`coachdesk.app.core_errors`, to ``failure(message)`` or a warning box);
a success emits ``hub().changed(kinds)`` once, then calls ``success(result)``.

Views do not refresh each other: each listens to the hub (:func:`listen`) for the kinds of data
it shows and refreshes itself. Quick writes that stay on the UI thread announce what they changed
with :func:`notify`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from coachdesk.app.workers import Relay, run_in_thread

log = logging.getLogger(__name__)
KINDS = frozenset({"cases", "identifiers", "notes", "reflections", "requests", "outbox", "replies", "channels",
                   "colleagues", "settings"})
PROGRESS_DELAY_MS = 300  # shorter operations show no busy indicator at all


class ChangeHub(QObject):
    """App-wide: ``changed(kinds)`` (a frozenset of :data:`KINDS`) after data changed; UI thread only."""

    changed = Signal(object)

    def emit_changed(self, kinds: Iterable[str]) -> None:
        kinds = frozenset(kinds)
        unknown = kinds - KINDS
        if unknown:
            raise ValueError(f"unknown change kinds: {sorted(unknown)}")
        if kinds:
            self.changed.emit(kinds)


_hub: ChangeHub | None = None


def hub() -> ChangeHub:
    """The one change hub of the application."""
    global _hub
    if _hub is None:
        _hub = ChangeHub()
    return _hub


def notify(kinds: Iterable[str]) -> None:
    """Announce a change made on the UI thread (a quick write that needed no operation)."""
    hub().emit_changed(kinds)


class _Listener(QObject):
    """A child of the view: it goes (and its connection with it) when the view is destroyed."""

    def __init__(self, owner: QObject, kinds: frozenset[str], slot: Callable[[frozenset[str]], None]) -> None:
        super().__init__(owner)
        self.kinds = kinds
        self.slot = slot
        hub().changed.connect(self.on_changed)

    def on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.kinds:
            self.slot(kinds)


def listen(owner: QObject, kinds: Iterable[str], slot: Callable[[frozenset[str]], None]) -> QObject:
    """Call ``slot(kinds)`` whenever the hub reports a change to one of ``kinds``, while ``owner`` lives."""
    kinds = frozenset(kinds)
    if not kinds <= KINDS:
        raise ValueError(f"unknown change kinds: {sorted(kinds - KINDS)}")
    return _Listener(owner, kinds, slot)


def failure_message(err: BaseException) -> str:
    """What the coach reads: a core error in the UI language; anything else by its type only (an
    unexpected exception's text could quote data)."""
    from coachdesk.app.core_errors import translate_error
    from coachdesk.errors import CoachDeskError

    if isinstance(err, CoachDeskError):
        return translate_error(err)
    what = type(err).__name__
    if isinstance(err, OSError) and err.strerror:  # the system's reason, without the file name
        what += f": {err.strerror}"
    return QApplication.translate("Operations", "The operation failed (%1).").replace("%1", what)


def report_error(parent: QWidget | None, err: BaseException,
                 failure: Callable[[str], None] | None = None) -> str:
    """The one way a failed operation is reported: ``failure(message)`` if given, else a warning box."""
    from coachdesk.errors import CoachDeskError

    if not isinstance(err, CoachDeskError):
        log.error("operation failed: %s", type(err).__name__)  # the type only: no data in the log
    message = failure_message(err)
    if failure is not None:
        failure(message)
    else:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "CoachDesk", message, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("operationError")
        _open_boxes.add(box)  # a box without a parent would be collected at once
        box.finished.connect(lambda _r: (_open_boxes.discard(box), box.deleteLater()))
        box.open()  # not exec(): the event loop keeps running
    return message


_open_boxes: set = set()


class _Busy(QObject):
    """After :data:`PROGRESS_DELAY_MS`: a busy cursor and the status-bar message, until ``finish()``."""

    def __init__(self, parent: QWidget | None, text: str) -> None:
        super().__init__()  # no parent: it outlives a view closed before the work ended
        from PySide6.QtCore import QTimer

        self.text = text
        self.shown = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.show)
        self.timer.start(PROGRESS_DELAY_MS)
        self.bar = _status_bar(parent)
        _running.append(self)

    def show(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QCursor

        self.shown = True
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
        if self.bar is not None and self.text:
            self.bar.showMessage(self.text)

    def finish(self) -> None:
        if self in _running:
            _running.remove(self)
        self.timer.stop()
        if self.shown:
            self.shown = False
            QApplication.restoreOverrideCursor()
            try:
                if self.bar is not None and self.bar.currentMessage() == self.text:
                    self.bar.clearMessage()
            except RuntimeError:  # the window went meanwhile
                pass
        self.deleteLater()


_running: list[_Busy] = []


def _status_bar(widget: QWidget | None):
    """The status bar of the main window ``widget`` belongs to (through dialog parents), if any."""
    from PySide6.QtWidgets import QMainWindow

    while widget is not None:
        window = widget.window()
        if isinstance(window, QMainWindow):
            return window.statusBar()
        widget = window.parentWidget()
    return None


def run_op(parent: QWidget | None, fn: Callable[[], Any], *, changes: Iterable[str] = (),
           success: Callable[[Any], None] | None = None, failure: Callable[[str], None] | None = None,
           progress: str | None = None) -> Relay:
    """Run ``fn()`` off the UI thread; on the UI thread afterwards: ``hub().changed(changes)`` once
    and ``success(result)``, or :func:`report_error`. ``progress``: the status-bar text shown while
    it runs longer than :data:`PROGRESS_DELAY_MS`. Cancel with ``relay.cancelled = True``."""
    kinds = frozenset(changes)
    if not kinds <= KINDS:
        raise ValueError(f"unknown change kinds: {sorted(kinds - KINDS)}")
    busy = _Busy(parent, progress or "")

    def done(result: Any) -> None:
        hub().emit_changed(kinds)  # what changed did change, even if the view that asked is gone
        if success is not None and _alive(parent):
            success(result)

    def failed(err: BaseException) -> None:
        if _alive(parent):
            report_error(parent, err, failure)
        else:
            log.info("operation failed after its window closed: %s", type(err).__name__)

    relay = run_in_thread(fn, done, failed)
    relay.on_settled = busy.finish
    return relay


def _alive(widget: QWidget | None) -> bool:
    from shiboken6 import isValid

    return widget is None or isValid(widget)


def busy() -> bool:
    """Whether an operation is running (for a quit check and for tests)."""
    return bool(_running)
