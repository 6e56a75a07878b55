"""Local imitations of the two-way APIs, with the request and response shapes of their docs:

- Slack Web API (docs.slack.dev): ``auth.test`` (``x-oauth-scopes`` header), ``conversations.info``,
  ``chat.postMessage`` (``{"ok": true, "channel", "ts", "message"}``), ``conversations.replies``
  (parent first, ``has_more``, ``response_metadata.next_cursor``); errors as HTTP 200
  ``{"ok": false, "error": "not_in_channel"}`` / ``missing_scope`` with ``needed``/``provided``;
  HTTP 429 + ``Retry-After`` with ``{"ok": false, "error": "ratelimited"}``.
- Mattermost API v4: ``GET users/me``, ``GET channels/{id}``, ``POST posts`` (201, the post),
  ``GET posts/{id}/thread`` (``order``, ``posts``, ``has_next`` with ``perPage``/``fromPost``/
  ``fromCreateAt``/``direction``), ``POST users/ids``; AppError bodies
  ``{"id", "message", "detailed_error", "request_id", "status_code"}``.
- Microsoft Graph v1.0: ``GET /teams/{t}/channels/{c}``, ``POST …/messages`` (201 chatMessage),
  ``GET …/messages/{id}/replies`` (``value``, ``@odata.nextLink``, ``$top``), errors
  ``{"error": {"code", "message", "innerError"}}``; the bearer token must come from the Entra
  imitation with the Graph audience.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field

from werkzeug import Request, Response

SLACK_TOKEN = "xoxb-17-2048-abcdefghijklmnopqrstuvwx"
SLACK_CHANNEL = "C0123ABCDEF"
MM_TOKEN = "9xuqwrwgstrb3mzrxb83nb357a"
MM_CHANNEL = "4xp9fdt77pncbef59f4k1qe83o"
MM_USER = "w8ecwjz5ofgm9dstfgc6hypkhe"
TEAM = "fbe2bf47-16c8-47cf-b4a5-4b9b187c508b"
TEAMS_CHANNEL = "19:4a95f7d8db4c4e7fae857bcebe0623e6@thread.tacv2"
GRAPH_AUDIENCE = "https://graph.microsoft.com"


def _json(obj, status: int = 200, headers: dict | None = None) -> Response:
    return Response(json.dumps(obj), status=status, content_type="application/json", headers=headers or {})


@dataclass
class FakeSlack:
    base: str
    scopes: str = "chat:write,channels:history,channels:read"
    page_size: int = 2
    threads: dict[str, list[dict]] = field(default_factory=dict)  # parent ts -> replies
    fail: dict[str, tuple] = field(default_factory=dict)  # method -> (status, body, headers) once
    posted: list[bytes] = field(default_factory=list)
    auth: list[str | None] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    gate: threading.Event | None = None  # replies for a 2nd thread wait for it (kill -9 test)
    reached_second: threading.Event = field(default_factory=threading.Event)
    n: int = 0

    @property
    def api(self) -> str:
        return f"{self.base}/api"

    def _check(self, request: Request, method: str):
        self.calls.append(method)
        self.auth.append(request.headers.get("Authorization"))
        if method in self.fail:
            status, body, headers = self.fail.pop(method)
            return _json(body, status, headers)
        if request.headers.get("Authorization") != f"Bearer {SLACK_TOKEN}":
            return _json({"ok": False, "error": "invalid_auth"})
        return None

    def handle(self, request: Request) -> Response:
        method = request.path.rsplit("/", 1)[-1]
        refused = self._check(request, method)
        if refused is not None:
            return refused
        args = request.args
        if method == "auth.test":
            return _json({"ok": True, "url": "https://tiimi.slack.com/", "team": "Tiimi", "user": "coachdesk",
                          "team_id": "T0123ABCD", "user_id": "U0APPBOT01", "bot_id": "B0123ABCD"},
                         headers={"x-oauth-scopes": self.scopes})
        if method == "conversations.info":
            if args.get("channel") != SLACK_CHANNEL:
                return _json({"ok": False, "error": "channel_not_found"})
            return _json({"ok": True, "channel": {"id": SLACK_CHANNEL, "name": "kollegatuki", "is_channel": True,
                                                   "is_private": False, "is_member": True}})
        if method == "chat.postMessage":
            body = request.get_data()
            self.posted.append(body)
            self.n += 1
            ts = f"1765000{self.n:03d}.000100"
            self.threads.setdefault(ts, [])
            return _json({"ok": True, "channel": json.loads(body)["channel"], "ts": ts,
                          "message": {"type": "message", "ts": ts, "text": "…", "bot_id": "B0123ABCD"}})
        if method == "conversations.replies":
            ts = args.get("ts", "")
            if ts not in self.threads:
                return _json({"ok": False, "error": "thread_not_found"})
            if self.gate is not None and ts != sorted(self.threads)[0]:
                self.reached_second.set()
                self.gate.wait(30)
            parent = {"type": "message", "ts": ts, "thread_ts": ts, "bot_id": "B0123ABCD", "text": "#REF",
                      "reply_count": len(self.threads[ts])}
            everything = [parent, *self.threads[ts]]
            start = int(args.get("cursor", "0") or 0)
            page = everything[start:start + self.page_size]
            more = start + self.page_size < len(everything)
            return _json({"ok": True, "messages": page, "has_more": more,
                          "response_metadata": {"next_cursor": str(start + self.page_size) if more else ""}})
        return _json({"ok": False, "error": "unknown_method"}, 404)

    def reply(self, ts: str, text: str, user: str = "U012ABCDEF", at: float = 1765001000.0) -> None:
        n = len(self.threads[ts])
        self.threads[ts].append({"type": "message", "user": user, "text": text, "ts": f"{at + n:.6f}",
                                 "thread_ts": ts, "parent_user_id": "U0APPBOT01"})

    def install(self, server) -> None:
        server.expect_request(re.compile(r"^/api/[a-zA-Z.]+$")).respond_with_handler(self.handle)


def app_error(status: int, id_: str, message: str) -> Response:
    return _json({"id": id_, "message": message, "detailed_error": "", "request_id": "pn8ejj1bqpgd9nhk",
                  "status_code": status}, status)


@dataclass
class FakeMattermost:
    base: str
    threads: dict[str, list[dict]] = field(default_factory=dict)
    posted: list[bytes] = field(default_factory=list)
    thread_args: list[dict] = field(default_factory=list)
    fail: dict[str, Response] = field(default_factory=dict)
    page_size: int = 2
    n: int = 0

    def handle(self, request: Request) -> Response:
        path = request.path.removeprefix("/api/v4/")
        if request.headers.get("Authorization") != f"Bearer {MM_TOKEN}":
            return app_error(401, "api.context.session_expired.app_error",
                             "Invalid or expired session, please login again.")
        for key, response in list(self.fail.items()):
            if path.startswith(key):
                del self.fail[key]
                return response
        if path == "users/me":
            return _json({"id": "botuser00000000000000000a", "username": "coachdesk-bot", "is_bot": True})
        if path == f"channels/{MM_CHANNEL}":
            return _json({"id": MM_CHANNEL, "name": "kollegatuki", "display_name": "Kollegatuki", "type": "O"})
        if path.startswith("channels/"):
            return app_error(404, "app.channel.get.existing.app_error", "Unable to find the existing channel.")
        if path == "posts" and request.method == "POST":
            body = request.get_data()
            self.posted.append(body)
            self.n += 1
            pid = f"{self.n:02d}" + "p" * 24
            self.threads[pid] = []
            return _json({"id": pid, "create_at": 1765000000000 + self.n, "channel_id": MM_CHANNEL,
                          "message": json.loads(body)["message"], "user_id": "botuser00000000000000000a"}, 201)
        if path == "users/ids" and request.method == "POST":
            ids = json.loads(request.get_data())
            known = {MM_USER: "maija.m"}
            return _json([{"id": i, "username": known[i], "first_name": "", "last_name": ""} for i in ids if i in known])
        m = re.fullmatch(r"posts/([a-z0-9]{26})/thread", path)
        if m:
            self.thread_args.append(dict(request.args))
            root = m.group(1)
            if root not in self.threads:
                return app_error(404, "app.post.get.app_error", "Unable to get the post.")
            posts = [{"id": root, "create_at": 1765000000000, "delete_at": 0, "root_id": "", "message": "#REF",
                      "user_id": "botuser00000000000000000a", "type": ""}, *self.threads[root]]
            start = 0
            if request.args.get("fromPost"):
                start = next(i for i, p in enumerate(posts) if p["id"] == request.args["fromPost"]) + 1
            size = int(request.args.get("perPage", "1000"))
            page = posts[start:start + min(size, self.page_size)]
            has_next = start + len(page) < len(posts)
            return _json({"order": [p["id"] for p in page], "posts": {p["id"]: p for p in page},
                          "next_post_id": "", "prev_post_id": "", "has_next": has_next})
        return app_error(404, "api.context.404.app_error", "Sorry, we could not find the page.")

    def reply(self, root: str, text: str, *, deleted: bool = False) -> None:
        n = len(self.threads[root])
        self.threads[root].append({"id": f"r{n:02d}{root[:4]}" + "q" * 20, "create_at": 1765000100000 + n,
                                   "delete_at": 1765000200000 if deleted else 0, "root_id": root,
                                   "message": text, "user_id": MM_USER, "type": ""})

    def install(self, server) -> None:
        server.expect_request(re.compile(r"^/api/v4/.*$")).respond_with_handler(self.handle)


@dataclass
class FakeGraph:
    """Graph over the HTTPS imitation; tokens are checked against the FakeEntra that issued them."""

    base: str
    entra: object
    replies: dict[str, list[dict]] = field(default_factory=dict)
    posted: list[bytes] = field(default_factory=list)
    fail: dict[str, Response] = field(default_factory=dict)
    page_size: int = 2
    n: int = 0

    @property
    def api(self) -> str:
        return f"{self.base}/v1.0"

    def handle(self, request: Request) -> Response:
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ")
        if self.entra.access.get(token) != GRAPH_AUDIENCE or token in self.entra.revoked:
            return _json({"error": {"code": "InvalidAuthenticationToken", "message": "Access token validation failure.",
                                    "innerError": {"date": "2026-12-06T01:00:00", "request-id": "x"}}}, 401)
        prefix = f"/v1.0/teams/{TEAM}/channels/{TEAMS_CHANNEL}"
        path = request.path
        for key, response in list(self.fail.items()):
            if path.startswith(prefix + key):
                del self.fail[key]
                return response
        if path == prefix:
            return _json({"id": TEAMS_CHANNEL, "displayName": "Kollegatuki", "membershipType": "standard"})
        if path == prefix + "/messages" and request.method == "POST":
            self.posted.append(request.get_data())
            self.n += 1
            mid = f"17650000{self.n:05d}"
            self.replies[mid] = []
            return _json({"id": mid, "replyToId": None, "messageType": "message",
                          "createdDateTime": "2026-12-06T01:00:00.000Z", "body": json.loads(request.get_data())["body"]},
                         201)
        m = re.fullmatch(re.escape(prefix) + r"/messages/(\d+)/replies", path)
        if m:
            mid = m.group(1)
            if mid not in self.replies:
                return _json({"error": {"code": "NotFound", "message": "Message not found"}}, 404)
            start = int(request.args.get("skip", "0"))
            top = min(int(request.args.get("$top", "50")), self.page_size)
            page = self.replies[mid][start:start + top]
            doc = {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#…", "@odata.count": len(page),
                   "value": page}
            if start + top < len(self.replies[mid]):
                doc["@odata.nextLink"] = f"{self.api}/teams/{TEAM}/channels/{TEAMS_CHANNEL}/messages/{mid}/replies?$top={top}&skip={start + top}"
            return _json(doc)
        return _json({"error": {"code": "NotFound", "message": "Resource not found"}}, 404)

    def reply(self, mid: str, html_text: str, name: str = "Maija Mentori", *, deleted: bool = False) -> None:
        n = len(self.replies[mid])
        self.replies[mid].append({
            "id": f"{int(mid) + 100 + n}", "replyToId": mid, "messageType": "message",
            "createdDateTime": f"2026-12-06T01:0{n}:00.000Z", "deletedDateTime": "2026-12-06T02:00:00Z" if deleted else None,
            "from": {"application": None, "device": None,
                     "user": {"id": "8ea0e38b-efb3-4757-924a-5f94061cf8c2", "displayName": name,
                              "userIdentityType": "aadUser"}},
            "body": {"contentType": "html", "content": html_text},
        })

    def install(self, server) -> None:
        server.expect_request(re.compile(r"^/v1\.0/.*$")).respond_with_handler(self.handle)
