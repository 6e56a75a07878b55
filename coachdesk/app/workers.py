"""Run slow work (KDF, opening the vault, search) on a QThreadPool; results come back on the UI thread.

The worker never touches a widget: it only returns a value (or raises). The callbacks run on the
thread of the ``Relay`` object, which lives on the UI thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot


class Relay(QObject):
    """Lives on the UI thread; a queued signal carries the worker's outcome to the callbacks."""

    finished = Signal(object, object)  # (result, error)

    def __init__(self, on_done: Callable[[Any], None] | None, on_error: Callable[[BaseException], None] | None):
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.cancelled = False
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        _PENDING.discard(self)
        if self.cancelled:
            return
        if error is not None:
            if self._on_error is not None:
                self._on_error(error)  # type: ignore[arg-type]
            else:
                raise error  # type: ignore[misc]
        elif self._on_done is not None:
            self._on_done(result)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:  # worker thread
        try:
            result, error = self._fn(), None
        except BaseException as err:  # handed to the UI thread, never swallowed
            result, error = None, err
        # RuntimeError: the application is shutting down and nobody is waiting any more.
        with contextlib.suppress(RuntimeError):
            self._relay.finished.emit(result, error)


_PENDING: set[Relay] = set()


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def run_in_thread(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> Relay:
    """Run ``fn()`` on the pool; ``on_done(result)`` or ``on_error(exc)`` later on the UI thread.

    Set ``relay.cancelled = True`` to drop a result that is no longer wanted.
    """
    relay = Relay(on_done, on_error)
    _PENDING.add(relay)
    pool().start(_Task(fn, relay))
    return relay


def wait_idle(timeout_ms: int = 10_000) -> bool:
    """Block until the pool is idle (used on quit and in tests)."""
    return pool().waitForDone(timeout_ms)
