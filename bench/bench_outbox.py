"""Benchmark of the outbox: prints figures, never fails.

    .venv/bin/python bench/bench_outbox.py [--items 50]

Against a local HTTP server on 127.0.0.1 (an imitation of a Slack / Teams webhook answering at
once), with a fast-KDF vault in a temporary folder:
- queue (UI thread): draft + queue of previewed bytes, two committed transactions, no network;
- queued -> sent: one ``Sender.flush()`` with one due item (claim committed, POST, result
  committed); budget <= 100 ms. The first send includes creating the HTTP client (truststore).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BUDGET_MS = 100.0


class Hook(BaseHTTPRequestHandler):
    status = 200

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        body = b"ok" if self.status == 200 else b""
        self.send_response(self.status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


class TeamsHook(Hook):
    status = 202


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=50)
    args = parser.parse_args()
    os.environ["COACHDESK_ALLOW_LOCAL_WEBHOOKS"] = "1"

    from coachdesk.domain import help_request as hr
    from coachdesk.domain import models as m
    from coachdesk.outbox import requests as rq
    from coachdesk.outbox.channels import Channels
    from coachdesk.outbox.compose import preview_payload
    from coachdesk.outbox.outbox import Outbox, State
    from coachdesk.outbox.sender import Sender
    from coachdesk.vault import keys
    from coachdesk.vault.vault import Vault

    servers = []
    for kind, handler in (("slack", Hook), ("teams", TeamsHook)):
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append((kind, server))

    with tempfile.TemporaryDirectory() as tmp:
        kdf = keys.KdfParams(salt=keys.b64e(os.urandom(16)), iterations=2, memory_kib=1024)
        vault, _ = Vault.create(Path(tmp) / "vault", "bench passphrase", kdf=kdf)
        with vault:
            store = vault.store
            case = store.create_case(m.Case(code="K-2026-001", tags=["masennus"]))
            outbox = Outbox(store)
            print(f"outbox benchmark: {args.items} items per channel kind, local server on 127.0.0.1")
            for kind, server in servers:
                Channels(store).add(kind, kind, f"http://127.0.0.1:{server.server_port}/hook", prefer_keychain=False)
                queue_ms: list[float] = []
                send_ms: list[float] = []
                with Sender(store) as sender:
                    t0 = time.perf_counter()
                    sender.client  # noqa: B018 - create the client (truststore context) once
                    client_ms = (time.perf_counter() - t0) * 1000
                    for i in range(args.items):
                        req = rq.save_request(
                            store, hr.HelpRequest(case_id=case.id, topic=f"aihe {i}", question="Mitä tekisit?")
                        )
                        payload = preview_payload(req, kind)
                        t0 = time.perf_counter()
                        item = outbox.submit(req.id, kind, payload, previewed=payload)
                        t1 = time.perf_counter()
                        (result,) = sender.flush()
                        t2 = time.perf_counter()
                        assert result.item_id == item.id and result.state is State.SENT, result
                        queue_ms.append((t1 - t0) * 1000)
                        send_ms.append((t2 - t1) * 1000)
                verdict = "within" if pct(send_ms, 0.95) <= BUDGET_MS else "OVER"
                print(
                    f"  {kind:6} client setup {client_ms:6.1f} ms | queue (UI) median {statistics.median(queue_ms):5.1f} ms"
                    f" p95 {pct(queue_ms, 0.95):5.1f} ms | queued->sent median {statistics.median(send_ms):5.1f} ms"
                    f" p95 {pct(send_ms, 0.95):5.1f} ms max {max(send_ms):5.1f} ms ({verdict} the {BUDGET_MS:.0f} ms budget)"
                )
    for _kind, server in servers:
        server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
