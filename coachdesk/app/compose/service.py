"""Delivery off the UI thread: one :class:`OutboxService` per session starts the core's
DeliveryWorker on unlock, stops it before the vault closes (lock / quit), wakes it after a request
is queued and when the OS reports the network back (QNetworkInformation when a backend exists;
otherwise the core's own offline polling retries). The UI never waits on the network."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)
STOP_TIMEOUT_S = 1.0  # a lock waits at most this long for an attempt in flight (it then ends as "possibly sent")


class OutboxService(QObject):
    """Delivery results reach the views as the change hub's ``changed({"outbox", "requests"})``."""

    _poke = Signal()

    def __init__(self, session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = None
        self.sender = None
        self.client = None
        self._starting = None
        self.results: list = []
        self._lock = threading.Lock()
        self._network = None
        self._poke.connect(self._on_poke, Qt.ConnectionType.QueuedConnection)
        session.unlocked.connect(lambda _v: self.start())
        session.about_to_lock.connect(self.stop)
        if session.is_unlocked:
            self.start()

    @property
    def running(self) -> bool:
        return self.worker is not None and self.worker.is_alive()

    def start(self) -> None:
        """Build the HTTP client on a worker (truststore and httpx load slowly), then start delivery."""
        from coachdesk.app.workers import run_in_thread

        if self.running or self._starting is not None or not self.session.is_unlocked:
            return
        token = self._starting = object()

        def make():
            from coachdesk.outbox.http import make_client

            return make_client()

        def ready(client) -> None:
            if self._starting is not token or not self.session.is_unlocked:
                client.close()  # locked meanwhile
                return
            self._starting = None
            self._start_worker(client)

        def failed(err: BaseException) -> None:
            log.error("outbox HTTP client failed: %s", type(err).__name__)
            if self._starting is token and self.session.is_unlocked:
                self._starting = None
                self._start_worker(None)

        run_in_thread(make, ready, failed)

    def _start_worker(self, client) -> None:
        from coachdesk.services.requests import delivery_worker

        self.client = client
        self.worker = delivery_worker(self.session.store, self._on_results, client=client)
        self.sender = self.worker.sender
        self._watch_network()
        log.debug("outbox worker started")  # at every unlock: not written to the log file

    def stop(self) -> None:
        self._starting = None
        worker, sender, client = self.worker, self.sender, self.client
        self.worker = self.sender = self.client = None
        if worker is not None:
            worker.stop(STOP_TIMEOUT_S)
            if worker.is_alive():
                log.warning("outbox worker still busy at lock; its attempt ends as possibly sent")
                return
        if sender is not None:
            sender.close()
        if client is not None:
            client.close()

    def wake(self) -> None:
        """A request was queued (or sent again): deliver now."""
        if self.worker is not None:
            self.worker.wake()

    def network_changed(self) -> None:
        if self.worker is not None:
            self.worker.network_changed()

    # worker thread -> UI thread: no Python object rides on the signal
    def _on_results(self, results: list) -> None:
        with self._lock:
            self.results.extend(results)
        self._poke.emit()

    @Slot()
    def _on_poke(self) -> None:
        from coachdesk.app.operations import notify

        with self._lock:
            self.results.clear()
        notify({"outbox", "requests"})

    def _watch_network(self) -> None:
        if self._network is not None:
            return
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:  # pragma: no cover - QtNetwork is part of PySide6-Essentials
            return
        if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            log.info("no network reachability backend: the outbox retries on its own schedule")
            self._network = False
            return
        info = QNetworkInformation.instance()
        self._network = info
        info.reachabilityChanged.connect(self._reachability)

    def _reachability(self, reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            self.network_changed()
