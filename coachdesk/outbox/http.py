"""The HTTP client for webhooks: httpx with the OS trust store (truststore), system / env
proxies, timeouts, no redirects, no connection reuse, and a capped response body."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk import __version__
from coachdesk.outbox.policy import Classified, classify_error, classify_status

if TYPE_CHECKING:
    import httpx

MAX_RESPONSE_BYTES = 64 * 1024
USER_AGENT = f"CoachDesk/{__version__}"


@dataclass(frozen=True)
class Timeouts:
    connect: float = 10.0
    write: float = 20.0
    read: float = 30.0
    pool: float = 5.0


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
    t = timeouts or Timeouts()
    return httpx.Client(
        verify=truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT),
        trust_env=True,
        follow_redirects=False,
        timeout=httpx.Timeout(connect=t.connect, write=t.write, read=t.read, pool=t.pool),
        limits=httpx.Limits(max_connections=4, max_keepalive_connections=0),
        headers={"User-Agent": USER_AGENT},
        # loopback never goes through a proxy (local imitations of a platform in tests)
        mounts={"all://127.0.0.1": None, "all://localhost": None},
    )


def post_json(
    client: httpx.Client, url: str, payload: bytes, *, max_bytes: int = MAX_RESPONSE_BYTES,
    headers: dict[str, str] | None = None,
) -> Classified:
    """POST ``payload`` unchanged and classify the result; reads at most ``max_bytes`` of the answer.
    ``headers``: extra request headers (the bearer token of a protected Teams trigger)."""
    import httpx

    try:
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
            return classify_status(response.status_code, headers, bytes(body), time.time())
    except httpx.HTTPError as err:
        return classify_error(err)
