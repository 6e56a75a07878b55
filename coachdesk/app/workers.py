"""Run slow work (KDF, opening the vault, search, scrubbing) on a QThreadPool; the result comes back
on the UI thread.

A worker never touches a widget: it only returns a value (or raises). It stores the outcome on its
``Relay`` (a QObject living on the UI thread) and emits an argument-less signal; the queued
connection runs the callback on the UI thread. No Python object rides on the cross-thread signal.
(See coachdesk/app/__init__.py for the PySide6 6.12 reference-count guard this module relies on.)
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Relay(QObject):
    """One piece of work. Set ``cancelled = True`` to drop a result that is no longer wanted.
    ``on_settled()`` (if set) runs on the UI thread when the work ended, cancelled or not."""

    finished = Signal()

    def __init__(self, on_done: Callable[[Any], None] | None, on_error: Callable[[BaseException], None] | None):
        super().__init__()
        self.on_done = on_done
        self.on_error = on_error
        self.cancelled = False
        self.result: object = None
        self.error: BaseException | None = None
        self.on_settled: Callable[[], None] | None = None
        from PySide6.QtCore import Qt  # imported late: building the Qt namespace slows start-up

        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _deliver(self) -> None:
        _pending.discard(self)
        result, error = self.result, self.error
        self.result = self.error = None
        if self.on_settled is not None:
            self.on_settled()
        if self.cancelled:
            return
        if error is not None:
            if self.on_error is None:
                raise error
            self.on_error(error)
        elif self.on_done is not None:
            self.on_done(result)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:  # worker thread: no widgets here
        try:
            self._relay.result = self._fn()
        except BaseException as err:  # handed to the UI thread, never swallowed
            self._relay.error = err
        # RuntimeError: the application is shutting down and nobody is waiting any more.
        with contextlib.suppress(RuntimeError):
            self._relay.finished.emit()


_pending: set[Relay] = set()


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def run_in_thread(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> Relay:
    """Run ``fn()`` on the pool; ``on_done(result)`` or ``on_error(exc)`` later on the UI thread."""
    relay = Relay(on_done, on_error)
    _pending.add(relay)  # keeps the relay alive until delivery
    pool().start(_Task(fn, relay))
    return relay


def wait_idle(timeout_ms: int = 10_000) -> bool:
    """Block until the pool is idle (on quit and in tests); results are delivered by the event loop."""
    return pool().waitForDone(timeout_ms)
