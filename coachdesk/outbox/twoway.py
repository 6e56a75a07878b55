"""Two-way channels: post a request through the platform's API with a token and read its replies.

| kind            | secret                               | post (message id)                               | replies                                             |
|-----------------|--------------------------------------|-------------------------------------------------|-----------------------------------------------------|
| ``slack_app``   | token ``xoxb-``/``xoxp-`` (keychain) | ``chat.postMessage`` -> ``ts``                  | ``conversations.replies`` (``next_cursor``)          |
| ``mattermost_api`` | personal access / bot token       | ``POST /api/v4/posts`` -> ``id``                | ``GET /api/v4/posts/{id}/thread`` (``has_next``)     |
| ``teams_graph`` | Entra sign-in (entra.py, MSAL)       | ``POST /teams/{t}/channels/{c}/messages`` -> id | ``GET …/messages/{id}/replies`` (``@odata.nextLink``) |

The payload bytes stored in the outbox are the exact API request body the coach previewed (with
the platform's channel id inside for Slack and Mattermost). Tokens are secrets like webhook URLs
(secrets.py); a Graph channel signs in through entra.py with the Graph scope. Nothing here logs a
token, a message or a reply. Google Chat and Discord webhooks stay one-way.
"""

from __future__ import annotations

import base64
import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from coachdesk.errors import CoachDeskError, InvalidInput
from coachdesk.outbox import ChannelKind
from coachdesk.outbox.policy import (
    Classified,
    Outcome,
    _clean_line,
    classify_error,
    classify_status,
    retry_after_seconds,
)

# the shape of a two-way channel (ids, targets, hosts, scopes) lives in twoway_shape; clean_target is
# also reached as twoway.clean_target by the dialog, the command line and tests
from coachdesk.outbox.twoway_shape import (
    GRAPH_CHANNEL,
    GRAPH_READ,
    GRAPH_SEND,
    MESSAGE_ID_RE,
    ONE_WAY_NOTE,
    Target,
    check_token,
    clean_target,  # noqa: F401
    html_to_text,
)

if TYPE_CHECKING:
    import httpx

    from coachdesk.outbox.channels import Channel

REPLY_TEXT_MAX = 20_000
MAX_PAGES = 50
MAX_BODY = 4 * 1024 * 1024


class ApiError(CoachDeskError):
    """The platform refused a call; ``code`` is its own error code, ``needed`` a missing scope."""

    def __init__(self, message: str, *, status: int | None = None, code: str = "", needed: str = "") -> None:
        super().__init__(message)
        self.status, self.code, self.needed = status, code, needed


class ThreadGone(ApiError):
    """The request's message (and its thread) was deleted in the channel."""


class Throttled(ApiError):
    """HTTP 429 / ``ratelimited``: wait ``retry_after`` seconds before the next call."""

    def __init__(self, message: str, retry_after: float | None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class Unreachable(ApiError):
    """The network or server did not answer (offline, DNS, timeout, 5xx): try again later."""


@dataclass(frozen=True)
class Reply:
    """A reply in a post's thread, as the platform gives it (id, author, text, time)."""

    reply_id: str
    author_id: str
    author: str  # display name from the platform ("" when it gives none)
    text: str
    posted_at: str  # ISO 8601 UTC


# ----- HTTP -------------------------------------------------------------------------------------------
def _call(client: httpx.Client, method: str, url: str, token: str, *, body: bytes | None = None,
          params: dict | None = None, max_bytes: int = MAX_BODY) -> tuple[int, dict[str, str], bytes]:
    """One API call; raises httpx errors. Reads at most ``max_bytes``."""
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    if body is not None:
        headers["Content-Type"] = "application/json; charset=utf-8"
    with client.stream(method, url, content=body, params=params, headers=headers) as response:
        data = bytearray()
        for chunk in response.iter_bytes():
            data += chunk
            if len(data) > max_bytes:
                raise ApiError("the platform's answer is too large", status=response.status_code)
        return response.status_code, {k.lower(): v for k, v in response.headers.items()}, bytes(data)


def _obj(value: object) -> dict[str, Any]:
    """A JSON object from a platform's answer, or {} when the value is something else."""
    return value if isinstance(value, dict) else {}


def _json(body: bytes) -> dict:
    try:
        doc = json.loads(body.decode("utf-8", "replace"))
    except ValueError:
        return {}
    return doc if isinstance(doc, dict) else {}


def _epoch_iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")


# What the coach can do about a Slack Web API error code (docs.slack.dev, each method's Errors).
SLACK_HINTS = {
    "not_in_channel": "the app is not in the channel: invite it there (/invite @app)",
    "channel_not_found": "the channel ID is wrong, or the app cannot see this private channel",
    "is_archived": "the channel is archived",
    "invalid_auth": "the token is not valid; copy it again from the app's OAuth & Permissions page",
    "not_authed": "no token was given",
    "token_revoked": "the token was revoked; reinstall the app and copy the new token",
    "token_expired": "the token has expired; copy a new one",
    "account_inactive": "the app's account or the workspace was deactivated",
    "missing_scope": "the token lacks a permission",
    "no_permission": "the app may not do this in this workspace",
    "restricted_action": "a workspace admin has restricted posting in this channel",
    "msg_too_long": "the message is too long for Slack",
    "thread_not_found": "the request's message was deleted in the channel",
    "message_not_found": "the request's message was deleted in the channel",
}
SLACK_AMBIGUOUS = {"fatal_error", "internal_error", "service_unavailable"}


def _slack_error(doc: dict, status: int, headers: dict[str, str]) -> ApiError:
    code = _clean_line(str(doc.get("error") or "unknown_error"), 80)
    needed = _clean_line(str(doc.get("needed") or ""), 120)
    if code in ("ratelimited", "rate_limited") or status == 429:
        return Throttled("Slack asks to slow down", retry_after_seconds(headers, b"", time.time()), status=status, code=code)
    if code in ("thread_not_found", "message_not_found"):
        return ThreadGone(SLACK_HINTS[code], status=status, code=code)
    said = SLACK_HINTS.get(code, "Slack refused the call")
    if code == "missing_scope" and needed:
        said = f"the token lacks the permission {needed}; add it under OAuth & Permissions and reinstall the app"
    return ApiError(f"{said} ({code})", status=status, code=code, needed=needed)


def _http_error(platform: str, status: int, headers: dict[str, str], body: bytes) -> ApiError:
    """Mattermost's AppError ``{"id", "message", "status_code"}`` or Graph's ``{"error": {"code", "message"}}``."""
    from coachdesk.outbox.policy import parse_error_body

    code, reason = parse_error_body(body)
    if status == 429 or (status == 503 and "retry-after" in headers):
        return Throttled(f"{platform} asks to slow down", retry_after_seconds(headers, body, time.time()), status=status, code=code)
    if status == 404:
        return ThreadGone(f"not found on {platform} (HTTP 404){f': {reason}' if reason else ''}", status=status, code=code)
    if status >= 500 or status == 408:
        return Unreachable(f"{platform} failed (HTTP {status}); trying again later", status=status, code=code)
    what = {401: "the token was refused", 403: "no permission"}.get(status, "refused")
    return ApiError(f"{platform}: {what} (HTTP {status}){f': {reason}' if reason else ''}", status=status, code=code)


class TwoWayApi:
    """One platform's calls for one channel. ``token``: the secret (Slack / Mattermost) or a Graph
    access token. Raises ApiError subclasses; never logs anything it reads."""

    platform = ""

    def __init__(self, client: httpx.Client, target: Target, token: str) -> None:
        self.client, self.target, self.token = client, target, token

    def _get(self, url: str, params: dict | None = None) -> tuple[int, dict[str, str], bytes]:
        import httpx

        try:
            return _call(self.client, "GET", url, self.token, params=params)
        except httpx.HTTPError as err:
            raise Unreachable(f"{self.platform} could not be reached ({type(err).__name__})") from err

    def post(self, payload: bytes) -> Classified:
        """Send the stored bytes unchanged; DELIVERED carries the platform's message id."""
        import httpx

        try:
            status, headers, body = _call(self.client, "POST", self.post_url(), self.token, body=payload, max_bytes=256 * 1024)
        except httpx.HTTPError as err:
            return classify_error(err)
        except ApiError:  # a huge answer to a POST: something was created
            return Classified(Outcome.AMBIGUOUS, "unexpected answer after sending; it may have been posted")
        return self.classify_post(status, headers, body)

    def classify_post(self, status: int, headers: dict[str, str], body: bytes) -> Classified:
        """The outcome of posting a request, with the platform's id of the message when delivered."""
        result = classify_status(status, headers, body, time.time())
        if result.outcome is Outcome.DELIVERED:
            mid = str(_json(body).get("id", ""))
            return Classified(Outcome.DELIVERED, "delivered", status, message_id=mid if MESSAGE_ID_RE.match(mid) else "")
        if status in (401, 403):
            return Classified(Outcome.REJECTED, str(_http_error(self.platform, status, headers, body)), status)
        return result

    def post_url(self) -> str:
        """Where a request is posted."""
        raise NotImplementedError

    def verify(self) -> str:
        """Check the token and channel with a real call; a short description of the channel reached."""
        raise NotImplementedError

    def replies(self, message_id: str) -> list[Reply]:
        """The replies in the thread of the message ``message_id``, oldest first."""
        raise NotImplementedError


class SlackApi(TwoWayApi):
    """Slack's Web API with a bot or user token: ``chat.postMessage``, ``conversations.replies``."""

    platform = "Slack"

    def post_url(self) -> str:
        """Slack's ``chat.postMessage``."""
        return f"{self.target.api_base}/chat.postMessage"

    def classify_post(self, status: int, headers: dict[str, str], body: bytes) -> Classified:
        """Slack answers HTTP 200 also for errors: its ``ok`` and ``error`` decide the outcome."""
        if status != 200:
            return classify_status(status, headers, body, time.time())
        doc = _json(body)
        if doc.get("ok") is True:
            ts = str(doc.get("ts", ""))
            return Classified(Outcome.DELIVERED, "delivered", status, message_id=ts if MESSAGE_ID_RE.match(ts) else "")
        if not doc:  # 200 without a readable answer: it may have been posted
            return Classified(Outcome.AMBIGUOUS, "Slack gave no readable answer; the message may have been posted", status)
        err = _slack_error(doc, status, headers)
        if isinstance(err, Throttled):
            return Classified(Outcome.THROTTLED, "throttled (ratelimited)", status, err.retry_after)
        if err.code in SLACK_AMBIGUOUS:
            return Classified(Outcome.AMBIGUOUS, f"Slack failed ({err.code}); the message may have been posted", status)
        return Classified(Outcome.REJECTED, str(err), status)

    def _method(self, name: str, params: dict) -> tuple[dict, dict[str, str]]:
        status, headers, body = self._get(f"{self.target.api_base}/{name}", params)
        doc = _json(body)
        if status == 200 and doc.get("ok") is True:
            return doc, headers
        if status >= 500:
            raise Unreachable(f"Slack failed (HTTP {status}); trying again later", status=status)
        raise _slack_error(doc, status, headers)

    def verify(self) -> str:
        """Check the token's scopes and the channel (``auth.test``, ``conversations.info``)."""
        doc, headers = self._method("auth.test", {})
        scopes = {x.strip() for x in headers.get("x-oauth-scopes", "").split(",") if x.strip()}
        info, _ = self._method("conversations.info", {"channel": self.target.channel})
        channel = _obj(info.get("channel"))
        history = "groups:history" if channel.get("is_private") else "channels:history"
        missing = [s for s in ("chat:write", history) if scopes and s not in scopes]
        if missing:
            raise ApiError(f"the token lacks the permission {', '.join(missing)}; add it under OAuth & Permissions "
                           "and reinstall the app (missing_scope)", code="missing_scope", needed=",".join(missing))
        if channel.get("is_member") is False and str(doc.get("user_id", "")).startswith("U"):
            raise ApiError(SLACK_HINTS["not_in_channel"] + " (not_in_channel)", code="not_in_channel")
        name = _clean_line(str(channel.get("name") or self.target.channel), 80)
        return f"{_clean_line(str(doc.get('team') or 'Slack'), 80)} #{name}"

    def replies(self, message_id: str) -> list[Reply]:
        """The thread's replies (``conversations.replies``, page by page)."""
        out: list[Reply] = []
        cursor = ""
        for _ in range(MAX_PAGES):
            params = {"channel": self.target.channel, "ts": message_id, "limit": "200"}
            if cursor:
                params["cursor"] = cursor
            doc, _ = self._method("conversations.replies", params)
            for msg in doc.get("messages") or []:
                if not isinstance(msg, dict) or str(msg.get("ts", "")) == message_id:
                    continue  # the request itself
                if msg.get("subtype") in ("tombstone", "message_deleted") or msg.get("hidden"):
                    continue
                ts = str(msg.get("ts", ""))
                if not MESSAGE_ID_RE.match(ts):
                    continue
                profile = _obj(msg.get("user_profile"))
                author = profile.get("display_name") or profile.get("real_name") or msg.get("username") or ""
                try:
                    when = _epoch_iso(float(ts))
                except ValueError:
                    continue
                out.append(Reply(ts, str(msg.get("user") or msg.get("bot_id") or ""), str(author),
                                 str(msg.get("text", ""))[:REPLY_TEXT_MAX], when))
            meta = _obj(doc.get("response_metadata"))
            cursor = str(meta.get("next_cursor") or "")
            if not cursor:
                break
        return out


class MattermostApi(TwoWayApi):
    """Mattermost's REST API v4 with an access token: posts and threads."""

    platform = "Mattermost"

    def post_url(self) -> str:
        """Mattermost's ``POST /api/v4/posts``."""
        return f"{self.target.api_base}/api/v4/posts"

    def _get_json(self, path: str, params: dict | None = None) -> Any:
        status, headers, body = self._get(f"{self.target.api_base}/api/v4/{path}", params)
        if status != 200:
            raise _http_error(self.platform, status, headers, body)
        try:
            return json.loads(body.decode("utf-8", "replace"))
        except ValueError as err:
            raise ApiError("Mattermost gave an unreadable answer") from err

    def verify(self) -> str:
        """Check the token and the channel (``users/me``, ``channels/{id}``)."""
        me = self._get_json("users/me")
        try:
            channel = self._get_json(f"channels/{self.target.channel}")
        except ThreadGone as err:
            raise ApiError("the channel was not found, or the account is not a member of it (HTTP 404)",
                           status=404) from err
        who = _clean_line(str((me or {}).get("username", "")), 60)
        name = _clean_line(str((channel or {}).get("display_name") or (channel or {}).get("name") or ""), 80)
        return f"{urlsplit(self.target.api_base).hostname} ~{name} (as @{who})"

    def replies(self, message_id: str) -> list[Reply]:
        """The thread's replies (``posts/{id}/thread``, page by page)."""
        posts: dict[str, dict] = {}
        params: dict[str, str] = {"perPage": "200", "direction": "down"}
        for _ in range(MAX_PAGES):
            doc = self._get_json(f"posts/{quote(message_id, safe='')}/thread", params)
            page = _obj(doc.get("posts")) if isinstance(doc, dict) else {}
            order = [i for i in (doc.get("order") or []) if isinstance(i, str) and i in page]
            for pid in order:
                posts[pid] = page[pid]
            if not (isinstance(doc, dict) and doc.get("has_next")) or not order:
                break
            last = page[order[-1]]
            params = {"perPage": "200", "direction": "down", "fromPost": order[-1],
                      "fromCreateAt": str(int(last.get("create_at") or 0))}
        out = []
        for pid, post in posts.items():
            if pid == message_id or not isinstance(post, dict) or post.get("delete_at"):
                continue
            if str(post.get("type", "")).startswith("system_") or not MESSAGE_ID_RE.match(pid):
                continue
            try:
                when = _epoch_iso(int(post.get("create_at") or 0) / 1000)
            except (TypeError, ValueError, OverflowError):
                continue
            out.append(Reply(pid, str(post.get("user_id", "")), "", str(post.get("message", ""))[:REPLY_TEXT_MAX], when))
        out.sort(key=lambda r: r.posted_at)
        names = self._names({r.author_id for r in out if r.author_id})
        return [Reply(r.reply_id, r.author_id, names.get(r.author_id, ""), r.text, r.posted_at) for r in out]

    def _names(self, ids: set[str]) -> dict[str, str]:
        """``POST /api/v4/users/ids``: user ids -> username (no name on failure)."""
        import httpx

        if not ids:
            return {}
        try:
            status, _, body = _call(self.client, "POST", f"{self.target.api_base}/api/v4/users/ids", self.token,
                                    body=json.dumps(sorted(ids)).encode())
            users = json.loads(body.decode("utf-8", "replace")) if status == 200 else []
        except (httpx.HTTPError, ApiError, ValueError):
            return {}
        return {str(u.get("id")): str(u.get("username", "")) for u in users if isinstance(u, dict)}


class GraphApi(TwoWayApi):
    """Microsoft Graph for a Teams channel with a signed-in token: channel messages and replies."""

    platform = "Teams"

    def _channel_url(self) -> str:
        t = self.target
        return f"{t.api_base}/teams/{quote(t.team, safe='')}/channels/{quote(t.channel, safe='')}"

    def post_url(self) -> str:
        """The channel's ``messages`` in Graph."""
        return f"{self._channel_url()}/messages"

    def verify(self) -> str:
        """Check the sign-in's permissions and read the channel's name."""
        scopes = token_scopes(self.token)
        missing = [p for p in (GRAPH_SEND, GRAPH_READ, GRAPH_CHANNEL) if scopes and p not in scopes]
        status, headers, body = self._get(self._channel_url())
        if status != 200:
            raise _http_error(self.platform, status, headers, body)
        if missing:
            raise ApiError(f"the sign-in lacks the permission {', '.join(missing)}: the admin adds it to the app "
                           "registration (Microsoft Graph, delegated) and grants admin consent", status=403,
                           needed=",".join(missing))
        return _clean_line(str(_json(body).get("displayName") or self.target.channel), 80)

    def replies(self, message_id: str) -> list[Reply]:
        """The message's replies (``messages/{id}/replies``, following ``@odata.nextLink`` on the Graph host)."""
        out: list[Reply] = []
        url: str | None = f"{self.post_url()}/{quote(message_id, safe='')}/replies"
        params: dict | None = {"$top": "50"}
        base = self.target.api_base + "/"
        for _ in range(MAX_PAGES):
            if url is None:
                break
            status, headers, body = self._get(url, params)
            if status != 200:
                raise _http_error(self.platform, status, headers, body)
            doc = _json(body)
            for msg in doc.get("value") or []:
                if not isinstance(msg, dict) or msg.get("deletedDateTime") or msg.get("messageType", "message") != "message":
                    continue
                rid = str(msg.get("id", ""))
                if not MESSAGE_ID_RE.match(rid):
                    continue
                sender = _obj(msg.get("from"))
                who = _obj(sender.get("user") or sender.get("application"))
                body_obj = _obj(msg.get("body"))
                text = str(body_obj.get("content", ""))
                if body_obj.get("contentType") == "html":
                    text = html_to_text(text)
                out.append(Reply(rid, str(who.get("id", "")), str(who.get("displayName", "")), text[:REPLY_TEXT_MAX],
                                 _graph_time(str(msg.get("createdDateTime", "")))))
            link = doc.get("@odata.nextLink")
            # the token goes only to the Graph host it was meant for
            url = link if isinstance(link, str) and link.startswith(base) else None
            params = None
        return out


def _graph_time(value: str) -> str:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC).isoformat(timespec="seconds")
    except ValueError:
        return datetime.now(UTC).isoformat(timespec="seconds")


def token_scopes(token: str) -> set[str]:
    """The delegated permissions (``scp``) an access token carries; empty when it cannot be read.
    Read only to name a missing permission; Graph checks the token itself."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        return set(str(claims.get("scp", "")).split())
    except (IndexError, ValueError, AttributeError):
        return set()


def api_for(client: httpx.Client, channel: Channel, token: str) -> TwoWayApi:
    """The API client for a two-way channel; InvalidInput for a one-way channel."""
    cls = {ChannelKind.SLACK_APP: SlackApi, ChannelKind.MATTERMOST_API: MattermostApi,
           ChannelKind.TEAMS_GRAPH: GraphApi}.get(channel.kind)
    if cls is None:
        raise InvalidInput(f"Channel {channel.name!r} is one-way. {ONE_WAY_NOTE}")
    return cls(client, Target.of(channel), token)


def check_new(client: httpx.Client, kind: ChannelKind | str, target: Target, token: str) -> str:
    """Setup: a harmless call with the pasted token (Slack ``auth.test`` + ``conversations.info``,
    Mattermost ``users/me`` + the channel) before anything is saved; returns what it reached."""
    from coachdesk.outbox.channels import Channel

    kind = ChannelKind(kind)
    probe = Channel(0, "new", kind, "vault", "", "", target.to_options())
    return api_for(client, probe, check_token(kind, token)).verify()


def token_for(store: Any, channel: Channel, auth: Any) -> str:
    """The bearer token for ``channel``: its stored token, or (Teams) the signed-in Graph token
    from ``auth`` (entra.ChannelAuth; raises SignInRequired / TokenUnavailable)."""
    if channel.kind is ChannelKind.TEAMS_GRAPH:
        header = auth.headers(channel).get("Authorization", "")
        if not header.startswith("Bearer "):
            from coachdesk.outbox.entra import SignInRequired

            raise SignInRequired("not signed in yet")
        return header[len("Bearer "):]
    from coachdesk.outbox.channels import Channels

    return Channels(store).token(channel)
