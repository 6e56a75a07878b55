"""What a delivery attempt's result means (the delivery table in GUIDE.md) and when to retry.

| outcome    | examples                                                  | outbox                      |
|------------|-----------------------------------------------------------|-----------------------------|
| never_left | DNS, connect error/timeout, proxy refused, TLS handshake  | retry, backoff with jitter  |
| throttled  | 429, 503 with Retry-After                                 | retry after the given delay |
| rejected   | 3xx, 400, 401, 403, 404, 410 and other 4xx                | needs fixing, with reason   |
| ambiguous  | read/write timeout or reset after sending; 408, 5xx       | possibly sent; coach decides|
| delivered  | 2xx (Teams 202 = accepted by the flow)                    | sent                        |
| waiting    | no sign-in token; 401 to a token (protected Teams trigger)| stays queued until sign-in  |
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from enum import StrEnum

BACKOFF_BASE_S = 2.0
BACKOFF_CAP_S = 15 * 60.0
RETRY_AFTER_CAP_S = 60 * 60.0
REASON_MAX = 300


class Outcome(StrEnum):
    DELIVERED = "delivered"
    NEVER_LEFT = "never_left"
    THROTTLED = "throttled"
    REJECTED = "rejected"
    AMBIGUOUS = "ambiguous"
    WAITING = "waiting"  # for the coach's sign-in (entra.py): nothing left, stays queued


@dataclass(frozen=True)
class Classified:
    outcome: Outcome
    detail: str  # one line for the coach (no message text)
    http_status: int | None = None
    retry_after_s: float | None = None


def backoff_delay(attempt: int, rng: random.Random | None = None) -> float:
    """Exponential backoff with jitter: 2, 4, 8 ... s (capped at 15 min), each drawn from [d/2, d]."""
    rng = rng or random.Random()
    delay = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** max(0, attempt - 1))
    return rng.uniform(delay / 2, delay)


def retry_after_seconds(headers: dict[str, str], body: bytes, now_epoch: float) -> float | None:
    """The delay a server asks for: ``Retry-After`` (seconds or HTTP date), or Discord's JSON
    ``retry_after`` (seconds). Capped at one hour; None when not given."""
    value = headers.get("retry-after")
    delay: float | None = None
    if value:
        value = value.strip()
        try:
            delay = float(value)
        except ValueError:
            try:
                delay = parsedate_to_datetime(value).timestamp() - now_epoch
            except (TypeError, ValueError, IndexError, OverflowError):
                delay = None
    if delay is None and body[:1] == b"{":
        try:
            doc = json.loads(body.decode("utf-8", "replace"))
            if isinstance(doc, dict) and isinstance(doc.get("retry_after"), int | float):
                delay = float(doc["retry_after"])
        except ValueError:
            delay = None
    if delay is None or delay != delay:  # NaN
        return None
    return max(0.0, min(RETRY_AFTER_CAP_S, delay))


def reason_from_body(body: bytes) -> str:
    """A short, single-line reason from an error body (Slack: ``channel_not_found``; JSON: message)."""
    text = body.decode("utf-8", "replace").strip()
    if text[:1] == "{":
        try:
            doc = json.loads(text)
        except ValueError:
            doc = None
        if isinstance(doc, dict):
            for key in ("error", "message", "text"):
                value = doc.get(key)
                if isinstance(value, dict):
                    value = value.get("message") or value.get("code")
                if isinstance(value, str) and value.strip():
                    text = value
                    break
    line = " ".join(text.split())
    return line[:REASON_MAX]


REJECTED_HINTS = {
    400: "the platform refused the message",
    401: "not authorised: the webhook URL or its signature is wrong",
    403: "forbidden: the webhook is disabled or not allowed to post here",
    404: "not found: the webhook or channel no longer exists",
    410: "gone: the channel was archived or the webhook removed",
}


def classify_status(status: int, headers: dict[str, str], body: bytes, now_epoch: float) -> Classified:
    """Map an HTTP answer to an outcome."""
    reason = reason_from_body(body)
    if 200 <= status < 300:
        detail = "accepted by the flow" if status == 202 else "delivered"
        return Classified(Outcome.DELIVERED, detail, status)
    if status == 429 or (status == 503 and "retry-after" in headers):
        return Classified(Outcome.THROTTLED, f"throttled (HTTP {status})", status, retry_after_seconds(headers, body, now_epoch))
    if 300 <= status < 400:
        return Classified(Outcome.REJECTED, f"HTTP {status}: the webhook URL redirects; check the URL", status)
    if 400 <= status < 500 and status != 408:
        hint = REJECTED_HINTS.get(status, "the platform refused the message")
        return Classified(Outcome.REJECTED, f"HTTP {status}: {hint}" + (f" ({reason})" if reason else ""), status)
    return Classified(
        Outcome.AMBIGUOUS,
        f"HTTP {status}: the server failed after receiving the message; it may have been posted",
        status,
    )


def classify_error(err: BaseException) -> Classified:
    """Map an httpx exception to an outcome: errors before the request left are safe to retry;
    anything after the body may have been sent is ambiguous."""
    import httpx

    name = type(err).__name__
    if isinstance(err, httpx.ProxyError):
        return Classified(Outcome.NEVER_LEFT, "the proxy refused the connection")
    if isinstance(err, httpx.ConnectTimeout | httpx.PoolTimeout):
        return Classified(Outcome.NEVER_LEFT, "could not connect in time (offline?)")
    if isinstance(err, httpx.ConnectError):
        text = str(err).lower()
        if "certificate" in text or "ssl" in text or "tls" in text:
            return Classified(Outcome.NEVER_LEFT, "the secure connection could not be set up (TLS)")
        return Classified(Outcome.NEVER_LEFT, "could not connect (offline or the name does not resolve)")
    if isinstance(err, httpx.UnsupportedProtocol | httpx.InvalidURL | httpx.LocalProtocolError):
        return Classified(Outcome.REJECTED, f"the webhook URL cannot be used ({name})")
    if isinstance(err, httpx.TimeoutException):
        return Classified(Outcome.AMBIGUOUS, "no answer in time after sending; the message may have been posted")
    return Classified(Outcome.AMBIGUOUS, f"the connection broke after sending ({name}); the message may have been posted")
