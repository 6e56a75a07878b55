"""Benchmark of reading replies: prints figures, never fails.

    .venv/bin/python bench/bench_replies.py [--requests 50] [--replies 3]

Against local imitations on 127.0.0.1 of the Slack Web API (``conversations.replies``) and the
Mattermost API (``posts/{id}/thread``, ``users/ids``), with a fast-KDF vault in a temporary
folder: ``--requests`` open requests sent through each two-way channel, each thread with
``--replies`` replies. Figures: the first fetch (every reply new, one transaction per thread) and
a second fetch (nothing new). Budget: a fetch for 50 open requests <= 2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BUDGET_S = 2.0
REPLIES = 3
MM_USER = "w8ecwjz5ofgm9dstfgc6hypkhe"


class Api(BaseHTTPRequestHandler):
    counter = 0
    lock = threading.Lock()

    def _send(self, obj, status: int = 200) -> None:
        body = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _next(self) -> int:
        with Api.lock:
            Api.counter += 1
            return Api.counter

    def do_POST(self) -> None:
        data = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        path = urlsplit(self.path).path
        if path == "/api/chat.postMessage":
            self._send({"ok": True, "channel": "C0123ABCDEF", "ts": f"1765{self._next():06d}.000100"})
        elif path == "/api/v4/posts":
            self._send({"id": f"{self._next():06d}" + "p" * 20, "message": json.loads(data)["message"]}, 201)
        elif path == "/api/v4/users/ids":
            self._send([{"id": MM_USER, "username": "maija.m"}])
        else:
            self._send({"ok": False, "error": "unknown_method"}, 404)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        args = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.path == "/api/conversations.replies":
            ts = args["ts"]
            msgs = [{"type": "message", "ts": ts, "text": "#REF", "bot_id": "B1"}] + [
                {"type": "message", "ts": f"{float(ts) + i + 1:.6f}", "user": "U012ABCDEF", "text": f"vastaus {i}"}
                for i in range(REPLIES)
            ]
            self._send({"ok": True, "messages": msgs, "has_more": False, "response_metadata": {"next_cursor": ""}})
            return
        m = re.fullmatch(r"/api/v4/posts/([a-z0-9]{26})/thread", parts.path)
        if m:
            root = m.group(1)
            posts = [{"id": root, "create_at": 1765000000000, "message": "#REF", "user_id": "bot", "delete_at": 0}] + [
                {"id": f"r{i}{root[:6]}" + "q" * 19, "create_at": 1765000000100 + i, "message": f"vastaus {i}",
                 "user_id": MM_USER, "delete_at": 0} for i in range(REPLIES)
            ]
            self._send({"order": [p["id"] for p in posts], "posts": {p["id"]: p for p in posts}, "has_next": False})
            return
        self._send({"ok": False, "error": "unknown_method"}, 404)

    def log_message(self, *args) -> None:
        pass


def main() -> int:
    global REPLIES
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--replies", type=int, default=3)
    args = parser.parse_args()
    REPLIES = args.replies
    os.environ["COACHDESK_ALLOW_LOCAL_WEBHOOKS"] = "1"

    from coachdesk.domain import help_request as hr
    from coachdesk.domain import models as m
    from coachdesk.outbox import requests as rq
    from coachdesk.outbox import twoway
    from coachdesk.outbox.channels import Channels
    from coachdesk.outbox.compose import preview_parts
    from coachdesk.outbox.outbox import Outbox
    from coachdesk.outbox.replies import ReplyFetcher
    from coachdesk.outbox.sender import Sender
    from coachdesk.vault import keys
    from coachdesk.vault.vault import Vault

    server = ThreadingHTTPServer(("127.0.0.1", 0), Api)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    print(f"replies benchmark: {args.requests} open requests per two-way channel, {REPLIES} replies each, "
          "local server on 127.0.0.1")
    with tempfile.TemporaryDirectory() as tmp:
        kdf = keys.KdfParams(salt=keys.b64e(os.urandom(16)), iterations=2, memory_kib=1024)
        vault, _ = Vault.create(Path(tmp) / "vault", "bench passphrase", kdf=kdf)
        with vault:
            store = vault.store
            case = store.create_case(m.Case(code="K-2026-001"))
            channels = Channels(store)
            setups = [
                ("slack_app", twoway.clean_target("slack_app", "C0123ABCDEF", server=f"{base}/api"),
                 "xoxb-17-2048-abcdefghijklmnopqrstuvwx"),
                ("mattermost_api", twoway.clean_target("mattermost_api", "4xp9fdt77pncbef59f4k1qe83o", server=base),
                 "9xuqwrwgstrb3mzrxb83nb357a"),
            ]
            for kind, target, token in setups:
                ch = channels.add_two_way(kind, kind, target, token, prefer_keychain=False)
                for i in range(args.requests):
                    req = rq.save_request(store, hr.HelpRequest(case_id=case.id, topic=f"aihe {i}", question="Mitä?"))
                    parts = preview_parts(req, ch.kind, target=ch.target)
                    Outbox(store).submit(req.id, ch.name, parts, previewed=parts)
            with Sender(store) as sender:
                sender.flush()
            for kind, _target, _token in setups:
                other = [c.name for c in channels.list() if c.name != kind]
                # one channel at a time: park the other's items by giving them an old sent_at
                from sqlalchemy import update

                from coachdesk.vault import schema as s

                with store.tx() as conn:
                    conn.execute(update(s.outbox_items).where(s.outbox_items.c.channel_name.in_(other))
                                 .values(thread_state="bench-parked"))
                    conn.execute(update(s.outbox_items).where(s.outbox_items.c.channel_name == kind)
                                 .values(thread_state=""))
                with ReplyFetcher(store) as fetcher:
                    t0 = time.perf_counter()
                    first = fetcher.fetch()
                    t1 = time.perf_counter()
                    second = fetcher.fetch()
                    t2 = time.perf_counter()
                verdict = "within" if max(t1 - t0, t2 - t1) <= BUDGET_S else "OVER"
                print(f"  {kind:14} first fetch {first.threads} threads, {first.new} new: {t1 - t0:5.2f} s | "
                      f"again ({second.new} new): {t2 - t1:5.2f} s ({verdict} the {BUDGET_S:.0f} s budget)")
    server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
