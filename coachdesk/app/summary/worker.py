"""Building and laying out a summary on a worker thread, with progress and cancel.

The worker never touches a widget or the vault: the case data is read on the UI thread (fast SQL)
and handed over; the result (a LaidOut document) comes back through a queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot


class Cancelled(Exception):
    """The coach cancelled while the summary was being prepared."""


class Job(QObject):
    """Lives on the UI thread. Signals: ``progress(percent)``, ``done(result)``, ``failed(error)``."""

    progress = Signal(int)
    done = Signal(object)
    failed = Signal(object)
    _finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.running = True
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self.cancel_event.set()

    def report(self, percent: int) -> None:
        """Called from the worker thread; raises Cancelled after :meth:`cancel`."""
        if self.cancel_event.is_set():
            raise Cancelled()
        self.progress.emit(int(percent))

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        self.running = False
        if self.cancel_event.is_set():
            return
        if error is not None:
            self.failed.emit(error)
        else:
            self.done.emit(result)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[Job], Any], job: Job) -> None:
        super().__init__()
        self.fn = fn
        self.job = job

    def run(self) -> None:  # worker thread
        try:
            result = self.fn(self.job)
        except BaseException as err:  # handed to the UI thread
            self.job._finished.emit(None, err)
        else:
            self.job._finished.emit(result, None)


def start(fn: Callable[[Job], Any], parent: QObject | None = None) -> Job:
    """Run ``fn(job)`` on the global thread pool; ``fn`` may call ``job.report(percent)``."""
    job = Job(parent)
    QThreadPool.globalInstance().start(_Task(fn, job))
    return job


def prepare(data, options) -> Callable[[Job], Any]:
    """The work of one preview: document model (0-60 %), then layout (60-100 %)."""

    def work(job: Job):
        from coachdesk.printing.layout import layout
        from coachdesk.services.summaries import build

        doc = build(data, options, lambda done, total: job.report(60 * done // max(1, total)))
        job.report(60)
        laid = layout(doc, lambda done, total: job.report(60 + 40 * done // max(1, total)))
        job.report(100)
        return laid

    return work
