"""What a delivery attempt's result means (the delivery table in GUIDE.md) and when to retry.

| outcome    | examples                                                  | outbox                      |
|------------|-----------------------------------------------------------|-----------------------------|
| never_left | DNS, connect error/timeout, proxy refused, TLS handshake  | retry, backoff with jitter  |
| throttled  | 429, 503 with Retry-After                                 | retry after the given delay |
| rejected   | 3xx, 400, 401, 403, 404, 410 and other 4xx; 501           | needs fixing, with reason   |
| ambiguous  | read/write timeout or reset after sending; 408, 5xx       | possibly sent; coach decides|

Each platform's error bodies give the reason shown to the coach (short, one line, links and
control characters removed): Slack's text codes (``invalid_payload``, ``channel_not_found``...),
Mattermost's JSON ``{"id": "web.incoming_webhook...", "message": ...}`` (501 = incoming webhooks
switched off: nothing was posted), Discord's ``{"message", "code"}`` (429 ``retry_after``),
Google Chat's and Power Automate's ``{"error": {"code", "message"}}``. A 5xx shows its reason too,
next to "may have been posted".
| delivered  | 2xx (Teams 202 = accepted by the flow)                    | sent                        |
| waiting    | no sign-in token; 401 to a token (protected Teams trigger)| stays queued until sign-in  |
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from enum import StrEnum

BACKOFF_BASE_S = 2.0
BACKOFF_CAP_S = 15 * 60.0
RETRY_AFTER_CAP_S = 60 * 60.0
REASON_MAX = 300


class Outcome(StrEnum):
    """What became of one delivery attempt (docs/GUIDE's delivery outcomes)."""

    DELIVERED = "delivered"
    NEVER_LEFT = "never_left"
    THROTTLED = "throttled"
    REJECTED = "rejected"
    AMBIGUOUS = "ambiguous"
    WAITING = "waiting"  # for the coach's sign-in (entra.py): nothing left, stays queued


@dataclass(frozen=True)
class Classified:
    """One attempt classified: the outcome, a line for the coach, and what the platform told us."""

    outcome: Outcome
    detail: str  # one line for the coach (no message text)
    http_status: int | None = None
    retry_after_s: float | None = None
    thread_ref: str = ""  # Discord (wait=true): the channel/thread the message landed in
    message_id: str = ""  # a two-way channel (twoway.py): the platform's id of the posted message


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
        except (ValueError, RecursionError):  # (a deeply nested answer is no JSON to us)
            delay = None
    if delay is None or delay != delay:  # NaN
        return None
    return max(0.0, min(RETRY_AFTER_CAP_S, delay))


_URL_RE = re.compile(r"(?i)\b(?:https?|wss?)://\S+")
_TAG_RE = re.compile(r"<[^>]{0,200}>")
_TITLE_RE = re.compile(r"(?is)<title[^>]*>(.*?)</title>")


def _clean_line(text: str, limit: int = REASON_MAX) -> str:
    """One short line for the coach: no links (a webhook URL is a secret), no markup or controls."""
    text = _URL_RE.sub("[link]", text)
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _json_reason(doc: dict) -> tuple[str, str]:
    """(code, message) from a platform's JSON error body."""
    error = doc.get("error")
    if isinstance(error, dict):  # Google Chat, Power Automate / Teams
        code = error.get("status") or error.get("code") or ""
        return str(code), str(error.get("message") or "")
    if isinstance(doc.get("id"), str) and "message" in doc:  # Mattermost AppError
        return doc["id"], str(doc.get("message") or "")
    if "code" in doc and "message" in doc:  # Discord
        return str(doc["code"]), str(doc["message"])
    for key in ("error", "message", "text"):
        value = doc.get(key)
        if isinstance(value, str) and value.strip():
            return "", value
    return "", ""


def parse_error_body(body: bytes) -> tuple[str, str]:
    """(code, reason) from an error answer: Slack's ``channel_not_found`` is both; JSON bodies
    give their code and message; an HTML error page gives its title. Both are single lines."""
    text = body.decode("utf-8", "replace").strip()
    if text[:1] == "{":
        try:
            doc = json.loads(text)
        except (ValueError, RecursionError):
            doc = None
        if isinstance(doc, dict):
            code, message = _json_reason(doc)
            return _clean_line(code, 80), _clean_line(message or code)
    if text[:1] == "<":
        title = _TITLE_RE.search(text)
        return "", _clean_line(title.group(1) if title else _TAG_RE.sub(" ", text))
    if re.fullmatch(r"[a-z_]{3,60}", text):  # Slack's error strings
        return text, text
    return "", _clean_line(text)


def reason_from_body(body: bytes) -> str:
    """A short, single-line reason from an error body (Slack: ``channel_not_found``; JSON: message)."""
    return parse_error_body(body)[1]


# What the coach can do about a platform's error code (reasons stay in the platform's words too).
CODE_HINTS: dict[str, str] = {
    # Slack incoming webhooks (api.slack.com changelog 2016-05-17 and the webhook docs)
    "invalid_payload": "Slack could not read the message",
    "user_not_found": "Slack does not know a user named in the message",
    "no_text": "Slack found no text in the message",
    "too_many_attachments": "the message has too many attachments for Slack",
    "channel_not_found": "the channel no longer exists or the webhook lost access to it",
    "channel_is_archived": "the channel is archived",
    "action_prohibited": "a Slack admin has restricted what this webhook may post here",
    "posting_to_general_channel_denied": "only admins may post in this channel",
    "no_service": "the webhook was switched off or removed in Slack",
    "no_service_id": "the webhook URL is incomplete",
    "no_team": "the Slack workspace no longer exists",
    "team_disabled": "the Slack workspace is disabled",
    "invalid_token": "the webhook URL is no longer valid",
    "invalid_blocks": "Slack refused the layout of the message",
    "msg_blocks_too_long": "the message is too long for one Slack message",
    # Mattermost (server app errors; 501 = incoming webhooks disabled by the system admin)
    "web.incoming_webhook.disabled.app_error": "incoming webhooks are switched off on this Mattermost server; "
    "ask its admin to turn them on (System Console > Integrations > Integration Management)",
    "web.incoming_webhook.invalid.app_error": "the webhook does not exist (deleted, or the URL is mistyped)",
    "web.incoming_webhook.channel.app_error": "the webhook's channel no longer exists",
    "web.incoming_webhook.text.app_error": "Mattermost found no text in the message",
    "web.incoming_webhook.permissions.app_error": "the webhook may not post in this channel",
    "web.incoming_webhook.channel_locked.app_error": "the webhook is locked to another channel",
    # Power Automate / Teams Workflows
    "DirectApiAuthorizationRequired": "the workflow URL's signature is missing or wrong",
    "WorkflowTriggerIsNotEnabled": "the workflow is turned off; turn it on in Power Automate",
    "MisMatchingOAuthClaims": "the signed-in account may not run this workflow",
    # Google Chat
    "PERMISSION_DENIED": "the webhook was removed or the space does not allow it",
    "INVALID_ARGUMENT": "Google Chat refused the message",
}


REJECTED_HINTS = {
    400: "the platform refused the message",
    401: "not authorised: the webhook URL or its signature is wrong",
    403: "forbidden: the webhook is disabled or not allowed to post here",
    404: "not found: the webhook or channel no longer exists",
    410: "gone: the channel was archived or the webhook removed",
}


def _with_hint(code: str, reason: str) -> str:
    hint = CODE_HINTS.get(code, "")
    if hint and reason and reason != code:
        return f"{hint} ({reason})"
    if hint:
        return f"{hint} ({code})"
    return reason


def _landed_in(body: bytes) -> str:
    """The channel id of a created Discord message (for a forum post: the new thread)."""
    if body[:1] != b"{":
        return ""
    try:
        doc = json.loads(body.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return ""
    value = doc.get("channel_id") if isinstance(doc, dict) and "id" in doc else None
    return value if isinstance(value, str) and re.fullmatch(r"\d{15,22}", value) else ""


def classify_status(status: int, headers: dict[str, str], body: bytes, now_epoch: float) -> Classified:
    """Map an HTTP answer to an outcome; the detail carries the platform's reason (never a URL)."""
    code, reason = parse_error_body(body)
    if 200 <= status < 300:
        detail = "accepted by the flow" if status == 202 else "delivered"
        return Classified(Outcome.DELIVERED, detail, status, thread_ref=_landed_in(body))
    if status == 429 or (status == 503 and "retry-after" in headers):
        return Classified(Outcome.THROTTLED, f"throttled (HTTP {status})", status, retry_after_seconds(headers, body, now_epoch))
    if 300 <= status < 400:
        return Classified(Outcome.REJECTED, f"HTTP {status}: the webhook URL redirects; check the URL", status)
    if status == 501:  # Not Implemented: nothing was done (Mattermost: incoming webhooks switched off)
        said = _with_hint(code, reason) or "the server does not accept webhook messages"
        return Classified(Outcome.REJECTED, f"HTTP 501: {said}", status)
    if 400 <= status < 500 and status != 408:
        said = _with_hint(code, reason)
        if code in CODE_HINTS:
            return Classified(Outcome.REJECTED, f"HTTP {status}: {said}", status)
        hint = REJECTED_HINTS.get(status, "the platform refused the message")
        return Classified(Outcome.REJECTED, f"HTTP {status}: {hint}" + (f" ({said})" if said else ""), status)
    said = _with_hint(code, reason)
    return Classified(
        Outcome.AMBIGUOUS,
        f"HTTP {status}: the server failed after receiving the message; it may have been posted"
        + (f" (the server said: {said})" if said else ""),
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
