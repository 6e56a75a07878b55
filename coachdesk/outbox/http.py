"""The HTTP client for webhooks: httpx with the OS trust store (truststore), system / env
proxies, timeouts, a TOTAL deadline per send, public hosts only (netguard.py), no redirects, no
connection reuse, and a capped response body."""

from __future__ import annotations

import os
import time
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coachdesk import __version__
from coachdesk.outbox.policy import Classified, Outcome, classify_error, classify_status

if TYPE_CHECKING:
    import httpx

    from coachdesk.outbox.netguard import Deadline

MAX_RESPONSE_BYTES = 64 * 1024
USER_AGENT = f"CoachDesk/{__version__}"
DEADLINE_ENV = "COACHDESK_SEND_DEADLINE_S"  # an admin's override of the total deadline (1-600 s)
DEFAULT_DEADLINE_S = 45.0


def _default_deadline() -> float:
    try:
        return min(600.0, max(1.0, float(os.environ.get(DEADLINE_ENV, DEFAULT_DEADLINE_S))))
    except ValueError:
        return DEFAULT_DEADLINE_S


@dataclass(frozen=True)
class Timeouts:
    """Per-phase timeouts of a send (seconds) and the total deadline over all of them."""

    connect: float = 10.0
    write: float = 20.0
    read: float = 30.0  # between two reads
    pool: float = 5.0
    total: float = field(default_factory=_default_deadline)  # connect + upload + the whole answer


_DEADLINES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def make_client(timeouts: Timeouts | None = None) -> httpx.Client:
    """A client that trusts the OS certificate store (so TLS-inspecting corporate proxies work),
    takes proxies from the environment / OS settings, and never follows redirects. Every request
    gets a fresh connection, so a broken connection always means this request's fate is known
    or truly ambiguous (never a stale pooled socket)."""
    import logging
    import ssl

    import httpx
    import truststore

    # httpx logs every request's full URL at INFO: webhook URLs are secrets, keep them out of logs.
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    from coachdesk.outbox import netguard

    t = timeouts or Timeouts()
    client = httpx.Client(
        verify=truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT),
        trust_env=True,
        follow_redirects=False,
        timeout=httpx.Timeout(connect=t.connect, write=t.write, read=t.read, pool=t.pool),
        limits=httpx.Limits(max_connections=4, max_keepalive_connections=0),
        headers={"User-Agent": USER_AGENT},
        # loopback never goes through a proxy (local imitations of a platform in tests)
        mounts={"all://127.0.0.1": None, "all://localhost": None},
    )
    netguard.install(client)
    _DEADLINES[client] = t.total
    return client


def post_json(
    client: httpx.Client, url: str, payload: bytes, *, max_bytes: int = MAX_RESPONSE_BYTES,
    headers: dict[str, str] | None = None,
) -> Classified:
    """POST ``payload`` unchanged and classify the result; reads at most ``max_bytes`` of the answer.
    ``headers``: extra request headers (the bearer token of a protected Teams trigger)."""
    import httpx

    from coachdesk.outbox.hosts import InternalHost
    from coachdesk.outbox.netguard import Deadline

    with Deadline(_DEADLINES.get(client, DEFAULT_DEADLINE_S)) as deadline:
        try:
            _check_name_first(url, deadline)
            with client.stream(
                "POST", url, content=payload, headers={"Content-Type": "application/json; charset=utf-8", **(headers or {})}
            ) as response:
                body = bytearray()
                try:
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) >= max_bytes:
                            del body[max_bytes:]
                            break
                except httpx.TransportError:
                    pass  # the status line arrived: it decides; the (partial) body only adds a reason
                headers = {k.lower(): v for k, v in response.headers.items()}
                result = classify_status(response.status_code, headers, bytes(body), time.time())
        except InternalHost as err:
            return Classified(Outcome.REJECTED, str(err))
        except httpx.HTTPError as err:
            result = classify_error(err)
    if deadline.fired:
        return _out_of_time(deadline, result)
    return result


def _out_of_time(deadline: Deadline, result: Classified) -> Classified:
    """The watchdog cut the send: never left when nothing was written, else possibly sent."""
    if not deadline.wrote:
        return Classified(Outcome.NEVER_LEFT, f"no connection within {deadline.seconds:g} s (offline?)")
    return Classified(
        Outcome.AMBIGUOUS,
        f"no complete answer within {deadline.seconds:g} s; the message may have been posted",
        result.http_status,
    )


def _check_name_first(url: str, deadline: Deadline) -> None:
    """Before any proxy sees the request: a name that resolves here to an internal address is
    refused. (Direct connections are checked again at connect, on the address used.) A name that
    does not resolve here is left to the proxy."""
    import httpcore
    import httpx

    from coachdesk.outbox.hosts import check_resolved, parse_address
    from coachdesk.outbox.netguard import resolve
    from coachdesk.outbox.urls import local_http_allowed

    if local_http_allowed():
        return
    parsed = httpx.URL(url)
    host = parsed.host
    if parse_address(host) is None:
        try:
            infos = resolve(host, parsed.port or 443, deadline.remaining())
        except (httpcore.ConnectError, httpcore.ConnectTimeout):
            return
        check_resolved(host, [str(info[4][0]) for info in infos])
    else:
        check_resolved(host, [host])


def probe_address(host: str, port: int, timeout: float) -> tuple[str, int]:
    """Where the offline probe may open a TCP connection: ``host`` itself with the local-testing
    switch on, else a checked public address it resolves to (InternalHost otherwise)."""
    import httpcore

    from coachdesk.outbox.hosts import check_resolved
    from coachdesk.outbox.netguard import resolve
    from coachdesk.outbox.urls import local_http_allowed

    if local_http_allowed():
        return host, port
    try:
        infos = resolve(host, port, timeout)
    except (httpcore.ConnectError, httpcore.ConnectTimeout) as err:
        raise OSError("the name does not resolve") from err
    check_resolved(host, [str(info[4][0]) for info in infos])
    return str(infos[0][4][0]), port
