"""Every send has a total deadline (issue 12, finding 4): a server that answers 200 and then drips
one byte at a time, or drips even its status line, cannot hold `outbox send` past it."""

from __future__ import annotations

import socket
import threading

import pytest

from coachdesk.outbox.http import DEADLINE_ENV, Timeouts
from coachdesk.outbox.outbox import State
from coachdesk.outbox.policy import Outcome
from coachdesk.outbox.sender import Sender
from tests.conftest import PASSPHRASE, run_cli


class DrippingServer:
    """A real TCP server on 127.0.0.1 that reads a request, then sends ``head`` and one byte of
    ``drip`` every ``every`` seconds until the client goes away. Records how each connection ended."""

    def __init__(self, head: bytes, drip: bytes = b"x" * 10_000, every: float = 0.5) -> None:
        self.head, self.drip, self.every = head, drip, every
        self.requests: list[bytes] = []
        self.cut_by_client = threading.Event()
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.port = self.listener.getsockname()[1]
        self._stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def url(self, path: str = "/in") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        data = b""
        while b"\r\n\r\n" not in data:
            data += conn.recv(65536)
        head, _, body = data.partition(b"\r\n\r\n")
        length = int(next(line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")))
        while len(body) < length:
            body += conn.recv(65536)
        self.requests.append(body)
        try:
            conn.sendall(self.head)
            for byte in self.drip:
                if self._stop.wait(self.every):
                    break
                conn.sendall(bytes([byte]))
        except OSError:
            self.cut_by_client.set()  # the client shut the connection down: our write failed
        finally:
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self.listener.close()


@pytest.fixture
def dripping():
    made = []

    def make(head: bytes, **kw) -> DrippingServer:
        server = DrippingServer(head, **kw)
        made.append(server)
        return server

    yield make
    for server in made:
        server.close()


@pytest.mark.parametrize(
    ("name", "head", "every"),
    [
        ("body drips after 200", b"HTTP/1.1 200 OK\r\nContent-Length: 10000\r\n\r\n", 0.2),
        ("status line drips", b"", 0.2),
    ],
)
def test_dripping_answer_ends_at_the_deadline_as_possibly_sent(queue_one, store, clock, dripping, name, head, every):
    drip = b"x" * 10_000 if head else b"X-Slow: " + b"y" * 5000  # no head: the headers never end
    server = dripping(head or b"HTTP/1.1 200 OK\r\n", drip=drip, every=every)
    _request, item = queue_one("json", server.url())
    with Sender(store, clock=clock, timeouts=Timeouts(connect=2, write=2, read=30, pool=2, total=1.5)) as s:
        (result,) = s.flush()  # timings: bench/bench_deadline.py
    assert server.requests == [item.payload]  # it arrived: a resend would duplicate it
    assert result.outcome is Outcome.AMBIGUOUS and result.state is State.POSSIBLY_SENT
    assert "no complete answer within 1.5 s" in result.detail  # the deadline, not a read timeout (30 s)
    assert server.cut_by_client.wait(5)


def test_a_quick_answer_is_untouched_by_the_deadline(queue_one, store, clock, dripping):
    server = dripping(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", drip=b"", every=0)
    queue_one("json", server.url())
    with Sender(store, clock=clock, timeouts=Timeouts(total=5)) as s:
        (result,) = s.flush()
    assert result.outcome is Outcome.DELIVERED and result.state is State.SENT


def test_outbox_send_returns_after_the_deadline(vault, data_dir, dripping):
    """The command itself, against the dripping server, with the admin's deadline setting."""
    from coachdesk.domain import help_request as hr
    from coachdesk.domain import models as m
    from coachdesk.outbox import requests as rq
    from coachdesk.outbox.compose import preview_payload
    from coachdesk.outbox.outbox import Outbox
    from coachdesk.outbox.urls import LOCAL_HTTP_ENV
    from coachdesk.vault.vault import Vault

    server = dripping(b"HTTP/1.1 200 OK\r\nContent-Length: 10000\r\n\r\n", every=1.0)
    vault.close()
    added = run_cli("--data-dir", str(data_dir), "channel", "add", "Tiimi", "--kind", "json", "--passphrase-stdin",
                    stdin=f"{PASSPHRASE}\n{server.url()}\n", env={LOCAL_HTTP_ENV: "1"})
    assert added.returncode == 0, added.stderr
    with Vault.open(data_dir, PASSPHRASE) as v:
        case = v.store.create_case(m.Case(code="K-2026-077"))
        request = rq.save_request(v.store, hr.HelpRequest(case_id=case.id, topic="jaksaminen", question="Miten?"))
        payload = preview_payload(request, "json")
        Outbox(v.store).submit(request.id, "Tiimi", payload, previewed=payload)
    proc = run_cli("--data-dir", str(data_dir), "outbox", "send", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n",
                   env={LOCAL_HTTP_ENV: "1", DEADLINE_ENV: "3"}, timeout=60)  # it hung forever before
    assert "no complete answer within 3 s" in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    assert server.requests == [payload]
