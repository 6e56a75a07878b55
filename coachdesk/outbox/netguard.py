"""Every connection of the webhook client goes through :class:`GuardedBackend` (an httpcore
network backend):

- **hosts**: a direct connection resolves the name itself, refuses it when any address is internal
  (``hosts.py``) and connects to an address it checked, so DNS rebinding cannot slip an internal
  address in between the check and the connect (unless COACHDESK_ALLOW_LOCAL_WEBHOOKS=1).
  Through a proxy the proxy resolves; ``http.post_json`` checks the name beforehand.
- **deadline**: each socket is registered with the current send's :class:`Deadline`; when the
  total time is up a watchdog shuts the sockets down, so a server that drips its answer cannot
  hold a send (and the UI or the command waiting for it) longer than the deadline.
"""

from __future__ import annotations

import contextlib
import contextvars
import socket
import threading
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import httpcore
from httpcore._backends.sync import SyncStream

from coachdesk.outbox.hosts import check_resolved

if TYPE_CHECKING:
    import ssl

    import httpx

_CURRENT: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar("coachdesk_deadline", default=None)


class Deadline:
    """A total time limit for one send (connect + upload + the whole answer)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.fired = False  # the watchdog cut the connection
        self.wrote = False  # some of the request was written (so it may have been received)
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._done = False
        self._timer: threading.Timer | None = None
        self._token: contextvars.Token | None = None

    def remaining(self) -> float:
        """Seconds left until the deadline (0 when it is past)."""
        return max(0.0, self.end - time.monotonic())

    def register(self, sock: socket.socket | None) -> None:
        """Put a socket under the deadline (shut at once when it has already fired)."""
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            if self.fired:
                _shut(sock)

    def fire(self) -> None:
        """Time is up: shut every registered socket (once; not after the send finished)."""
        with self._lock:
            if self._done:
                return
            self.fired = True
            for sock in self._sockets:
                _shut(sock)

    def __enter__(self) -> Deadline:
        self._token = _CURRENT.set(self)
        self._timer = threading.Timer(self.seconds, self.fire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._done = True
            self._sockets.clear()
        if self._timer is not None:
            self._timer.cancel()
        if self._token is not None:
            _CURRENT.reset(self._token)


def current() -> Deadline | None:
    """The deadline of the send running on this thread (None outside a send)."""
    return _CURRENT.get()


def _shut(sock: socket.socket) -> None:
    """The plain socket's shutdown, also for an SSLSocket (no SSL state is touched from here);
    a socket already closed has nothing to cut."""
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _bounded(timeout: float | None) -> float | None:
    deadline = current()
    if deadline is None:
        return timeout
    left = deadline.remaining()
    return left if timeout is None else min(timeout, left)


def resolve(host: str, port: int, timeout: float | None) -> list[tuple]:
    """``getaddrinfo`` that gives up after ``timeout`` (the lookup itself cannot be interrupted,
    so it runs on a daemon thread)."""
    result: list = []

    def lookup() -> None:
        try:
            result.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as err:
            result.append(err)

    worker = threading.Thread(target=lookup, name="coachdesk-resolve", daemon=True)
    worker.start()
    worker.join(timeout)
    if not result:
        raise httpcore.ConnectTimeout("name resolution timed out")
    if isinstance(result[0], OSError):
        raise httpcore.ConnectError("the name does not resolve")
    return result[0]


class GuardedStream(httpcore.NetworkStream):
    """A stream whose sockets (plain and TLS) the deadline can cut."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: Deadline | None) -> None:
        self.inner, self.deadline = inner, deadline
        if deadline is not None:
            deadline.register(inner.get_extra_info("socket"))

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        """Read at most ``max_bytes``."""
        return self.inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        """Write ``buffer``; the deadline notes that something was sent."""
        if self.deadline is not None and buffer:
            self.deadline.wrote = True
        self.inner.write(buffer, timeout)

    def close(self) -> None:
        """Close the stream."""
        self.inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        """Upgrade to TLS; the TLS stream stays under the same deadline."""
        return GuardedStream(self.inner.start_tls(ssl_context, server_hostname, _bounded(timeout)), self.deadline)

    def get_extra_info(self, info: str) -> Any:
        """Transport details, as the wrapped stream gives them."""
        return self.inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """Connect with the deadline and (``check=True``, direct connections) the host checks."""

    def __init__(self, inner: httpcore.NetworkBackend, *, check: bool) -> None:
        self.inner, self.check = inner, check

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable | None = None,
    ) -> httpcore.NetworkStream:
        """Connect with the deadline; a direct connection only to an address that passes the host checks."""
        from coachdesk.outbox.urls import local_http_allowed

        deadline = current()
        timeout = _bounded(timeout)
        if not self.check or local_http_allowed():
            stream = self.inner.connect_tcp(host, port, timeout, local_address, socket_options)
            return GuardedStream(stream, deadline)
        infos = resolve(host, port, timeout)
        check_resolved(host, [str(info[4][0]) for info in infos])
        return GuardedStream(self._connect(infos, _bounded(timeout), local_address, socket_options, deadline),
                             deadline)

    @staticmethod
    def _connect(infos: list[tuple[Any, ...]], timeout: float | None, local_address: str | None,
                 socket_options: Iterable[Any] | None, deadline: Deadline | None) -> SyncStream:
        """Connect to the first checked address that answers (as socket.create_connection does)."""
        last: OSError | None = None
        for family, kind, proto, _canon, sockaddr in infos:
            sock = socket.socket(family, kind, proto)
            if deadline is not None:
                deadline.register(sock)
            try:
                sock.settimeout(timeout)
                if local_address is not None:
                    sock.bind((local_address, 0))
                sock.connect(sockaddr)
                for option in socket_options or ():
                    sock.setsockopt(*option)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                return SyncStream(sock)
            except OSError as err:
                sock.close()
                last = err
        if isinstance(last, TimeoutError | socket.timeout):
            raise httpcore.ConnectTimeout("could not connect in time")
        raise httpcore.ConnectError("could not connect")

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        """Connect to a Unix socket, under the deadline."""
        return GuardedStream(self.inner.connect_unix_socket(path, _bounded(timeout), socket_options), current())

    def sleep(self, seconds: float) -> None:
        """Sleep, as the wrapped backend does."""
        self.inner.sleep(seconds)


def install(client: httpx.Client) -> None:
    """Put a GuardedBackend under every transport of an httpx.Client: checking hosts on the
    direct one, deadline only on proxy transports (whose connection goes to the proxy)."""
    transports = [client._transport, *(t for t in client._mounts.values() if t is not None)]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        if pool is None or not hasattr(pool, "_network_backend"):
            raise RuntimeError("unexpected httpx transport: the network guard cannot be installed")
        direct = type(pool) is httpcore.ConnectionPool and getattr(pool, "_proxy", None) is None
        pool._network_backend = GuardedBackend(pool._network_backend, check=direct)
