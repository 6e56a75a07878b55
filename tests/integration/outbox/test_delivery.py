"""Every row of the delivery table against local imitations of each platform (real HTTP on
127.0.0.1): delivered, throttled, rejected, ambiguous, never left."""

from __future__ import annotations

import json
import socket
import threading
import time
from datetime import datetime
from email.utils import formatdate

import pytest
from werkzeug import Response

from coachdesk.outbox.http import Timeouts
from coachdesk.outbox.outbox import Outbox, State
from coachdesk.outbox.payloads import sha256_hex
from coachdesk.outbox.policy import Outcome
from coachdesk.outbox.sender import Sender


@pytest.fixture
def sender(store, clock):
    with Sender(store, clock=clock, timeouts=Timeouts(connect=2, read=2, write=2, pool=2)) as s:
        yield s


def _requests(server, path):
    return [req for req, _resp in server.log if req.path == path]


@pytest.mark.parametrize(
    ("kind", "status", "body"),
    [
        ("teams", 202, b""),  # Workflows: accepted by the flow, empty body
        ("slack", 200, b"ok"),
        ("discord", 204, b""),
        ("discord", 200, b'{"id": "1", "content": "x"}'),  # with ?wait=true
        ("mattermost", 200, b"ok"),
        ("googlechat", 200, b'{"name": "spaces/x/messages/y"}'),
        ("json", 201, b""),
    ],
)
def test_delivered_sends_exact_previewed_bytes_once(queue_one, http_server, sender, store, kind, status, body):
    http_server.expect_request("/hook", method="POST").respond_with_data(body, status=status)
    _request, item = queue_one(kind, http_server.url_for("/hook"))
    results = sender.flush()
    assert [(r.item_id, r.outcome, r.state) for r in results] == [(item.id, Outcome.DELIVERED, State.SENT)]
    (req,) = _requests(http_server, "/hook")
    assert req.get_data() == item.payload  # byte for byte what the coach previewed
    assert req.headers["Content-Type"].startswith("application/json")
    if kind == "discord":
        assert req.args.get("wait") == "true"
    done = Outbox(store).get(item.id)
    assert done.state is State.SENT and done.sent_at and done.http_status == status
    audit = Outbox(store).audit(item.id)
    assert [a.outcome for a in audit] == ["queued", "delivered"]
    assert audit[-1].payload_sha256 == sha256_hex(req.get_data()) and audit[-1].channel_name.startswith(kind)
    assert sender.flush() == []  # nothing left, nothing sent twice
    assert len(_requests(http_server, "/hook")) == 1


@pytest.mark.parametrize(
    ("kind", "status", "body", "reason"),
    [
        ("slack", 400, b"invalid_payload", "invalid_payload"),
        ("slack", 404, b"channel_not_found", "channel_not_found"),
        ("slack", 410, b"channel_is_archived", "channel_is_archived"),
        ("slack", 403, b"action_prohibited", "restricted what this webhook may post"),
        ("slack", 403, b"posting_to_general_channel_denied", "only admins may post"),
        ("slack", 400, b"no_text", "no text"),
        ("slack", 400, b"too_many_attachments", "too_many_attachments"),
        ("mattermost", 501, b'{"id":"web.incoming_webhook.disabled.app_error","message":"Incoming webhooks have been '
         b'disabled by the system admin.","detailed_error":"","request_id":"7sgd1p9wgjbgxe","status_code":501}',
         "incoming webhooks are switched off"),
        ("mattermost", 400, b'{"id":"web.incoming_webhook.invalid.app_error","message":"Invalid webhook.",'
         b'"detailed_error":"","request_id":"x","status_code":400}', "Invalid webhook."),
        ("googlechat", 400, b'{"error": {"code": 400, "message": "Message cannot have more than 4096 characters.", '
         b'"status": "INVALID_ARGUMENT"}}', "4096 characters"),
        ("discord", 400, b'{"message": "Cannot send an empty message", "code": 50006}', "empty message"),
        ("teams", 400, b'{"error":{"code":"TriggerInputSchemaMismatch","message":"The input body for trigger '
         b'\'manual\' of type \'Request\' did not match its schema definition."}}', "did not match its schema"),
        ("teams", 401, b'{"error":{"code":"DirectApiAuthorizationRequired","message":"sig invalid"}}', "sig invalid"),
        ("teams", 302, b"", "redirects"),
        ("discord", 404, b'{"message": "Unknown Webhook", "code": 10015}', "Unknown Webhook"),
    ],
)
def test_rejected_needs_fixing_with_reason_and_no_retry(queue_one, http_server, sender, store, clock, kind, status, body, reason):
    headers = {"Location": http_server.url_for("/elsewhere")} if status == 302 else None
    http_server.expect_request("/hook").respond_with_data(body, status=status, headers=headers)
    http_server.expect_request("/elsewhere").respond_with_data("", status=200)
    _request, item = queue_one(kind, http_server.url_for("/hook"))
    (result,) = sender.flush()
    assert result.outcome is Outcome.REJECTED and result.state is State.NEEDS_FIXING
    assert reason in result.detail and str(status) in result.detail
    clock.advance(3600)
    assert sender.flush() == []
    assert len(_requests(http_server, "/hook")) == 1 and _requests(http_server, "/elsewhere") == []
    assert Outbox(store).get(item.id).last_error == result.detail


@pytest.mark.parametrize("status", [500, 502, 504, 503, 408])
def test_server_error_is_possibly_sent_and_never_resent_automatically(queue_one, http_server, sender, store, clock, status):
    http_server.expect_oneshot_request("/hook").respond_with_data("boom", status=status)
    http_server.expect_request("/hook").respond_with_data("ok", status=200)
    _request, item = queue_one("slack", http_server.url_for("/hook"))
    (result,) = sender.flush()
    assert result.outcome is Outcome.AMBIGUOUS and result.state is State.POSSIBLY_SENT
    for _ in range(3):
        clock.advance(24 * 3600)
        assert sender.flush() == []
    assert len(_requests(http_server, "/hook")) == 1
    outbox = Outbox(store, clock=clock)
    outbox.send_again(item.id)  # the coach checked the channel and decided
    (again,) = sender.flush()
    assert again.outcome is Outcome.DELIVERED and len(_requests(http_server, "/hook")) == 2
    assert [a.outcome for a in outbox.audit(item.id)] == ["queued", "ambiguous", "send_again", "delivered"]


def test_mark_delivered_after_checking_the_channel(queue_one, http_server, sender, store):
    http_server.expect_request("/hook").respond_with_data("", status=502)
    _request, item = queue_one("teams", http_server.url_for("/hook"))
    sender.flush()
    outbox = Outbox(store)
    assert outbox.mark_delivered(item.id).state is State.SENT
    assert outbox.audit(item.id)[-1].outcome == "marked_delivered"
    assert sender.flush() == [] and len(_requests(http_server, "/hook")) == 1


def test_read_timeout_after_the_body_was_sent_is_possibly_sent(queue_one, http_server, store, clock):
    release = threading.Event()
    received = []

    def slow(request):
        received.append(request.get_data())
        release.wait(10)
        return Response("ok", status=200)

    http_server.expect_request("/slow").respond_with_handler(slow)
    _request, item = queue_one("slack", http_server.url_for("/slow"))
    with Sender(store, clock=clock, timeouts=Timeouts(connect=2, read=0.3, write=2, pool=2)) as s:
        (result,) = s.flush()
    release.set()
    assert received == [item.payload]  # it did arrive: a resend would duplicate it
    assert result.outcome is Outcome.AMBIGUOUS and result.state is State.POSSIBLY_SENT
    assert "may have been posted" in result.detail


def test_connection_reset_after_sending_is_possibly_sent(queue_one, store, clock):
    """A server that reads the request and closes without answering."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    got = []

    def serve():
        conn, _ = listener.accept()
        got.append(conn.recv(65536))
        conn.close()

    thread = threading.Thread(target=serve)
    thread.start()
    _request, _item = queue_one("json", f"http://127.0.0.1:{port}/in")
    with Sender(store, clock=clock, timeouts=Timeouts(connect=2, read=5, write=2, pool=2)) as s:
        (result,) = s.flush()
    thread.join(5)
    listener.close()
    assert got and result.outcome is Outcome.AMBIGUOUS and result.state is State.POSSIBLY_SENT


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_connection_refused_retries_with_backoff_then_flushes_when_network_returns(queue_one, store, clock, sender):
    port = _free_port()
    _request, item = queue_one("slack", f"http://127.0.0.1:{port}/hook")
    (first,) = sender.flush()
    assert first.outcome is Outcome.NEVER_LEFT and first.state is State.QUEUED and sender.offline
    delay1 = (datetime.fromisoformat(first.next_attempt_at) - clock.now).total_seconds()
    assert 1.0 <= delay1 <= 2.0
    assert sender.flush() == []  # not due yet
    clock.advance(delay1)
    (second,) = sender.flush()
    delay2 = (datetime.fromisoformat(second.next_attempt_at) - clock.now).total_seconds()
    assert second.outcome is Outcome.NEVER_LEFT and 2.0 <= delay2 <= 4.0
    # the network returns: a server now listens there
    from pytest_httpserver import HTTPServer

    server = HTTPServer(host="127.0.0.1", port=port)
    server.expect_request("/hook").respond_with_data("ok")
    server.start()
    try:
        assert sender.network_reachable()
        assert Outbox(store, clock=clock).resume_after_network() == 1
        (third,) = sender.flush()
        assert third.outcome is Outcome.DELIVERED and not sender.offline
        assert len(server.log) == 1
    finally:
        server.stop()
    item = Outbox(store).get(item.id)
    assert item.attempts == 3 and item.state is State.SENT


def test_backoff_is_exponential_with_jitter_and_capped():
    import random

    from coachdesk.outbox.policy import BACKOFF_CAP_S, backoff_delay

    rng = random.Random(5)
    for attempt in range(1, 20):
        top = min(BACKOFF_CAP_S, 2.0 * 2 ** (attempt - 1))
        values = {backoff_delay(attempt, rng) for _ in range(20)}
        assert all(top / 2 <= v <= top for v in values) and len(values) > 1


@pytest.mark.parametrize(
    ("kind", "status", "headers", "body", "expected"),
    [
        ("discord", 429, None, b'{"message": "You are being rate limited.", "retry_after": 2.5, "global": false}', 2.5),
        ("slack", 429, {"Retry-After": "30"}, b"rate_limited", 30),
        ("teams", 429, {"Retry-After": "7"}, b"", 7),
        ("json", 503, {"Retry-After": "HTTP-DATE+120"}, b"", 120),
    ],
)
def test_throttled_waits_for_retry_after_then_sends(queue_one, http_server, sender, store, clock, kind, status, headers, body, expected):
    if headers and headers["Retry-After"] == "HTTP-DATE+120":
        headers = {"Retry-After": formatdate(time.time() + 120, usegmt=True)}
    http_server.expect_oneshot_request("/hook").respond_with_data(body, status=status, headers=headers)
    http_server.expect_request("/hook").respond_with_data("", status=204 if kind == "discord" else 200)
    _request, _item = queue_one(kind, http_server.url_for("/hook"))
    (result,) = sender.flush()
    assert result.outcome is Outcome.THROTTLED and result.state is State.QUEUED
    wait = (datetime.fromisoformat(result.next_attempt_at) - clock.now).total_seconds()
    assert expected - 2 <= wait <= expected + 1  # an HTTP date is second-precise
    clock.advance(wait - 0.5)
    assert sender.flush() == []  # honoured: not before the delay
    clock.advance(1.0)
    (done,) = sender.flush()
    assert done.outcome is Outcome.DELIVERED
    assert len(_requests(http_server, "/hook")) == 2


def test_large_error_body_is_capped(queue_one, http_server, sender):
    http_server.expect_request("/hook").respond_with_data(b"x" * (2 * 1024 * 1024), status=400)
    queue_one("json", http_server.url_for("/hook"))
    (result,) = sender.flush()
    assert result.outcome is Outcome.REJECTED and len(result.detail) < 400


def test_missing_channel_needs_fixing_and_readding_fixes_it(queue_one, http_server, sender, store, clock):
    from coachdesk.outbox.channels import Channels

    http_server.expect_request("/hook").respond_with_data("ok")
    _request, item = queue_one("slack", http_server.url_for("/hook"))
    Channels(store).remove(item.channel_name)
    (result,) = sender.flush()
    assert result.state is State.NEEDS_FIXING and "No channel" in result.detail
    Channels(store).add(item.channel_name, "slack", http_server.url_for("/hook"))
    Outbox(store, clock=clock).send_again(item.id)
    (again,) = sender.flush()
    assert again.outcome is Outcome.DELIVERED


def test_send_test_message(http_server, store, local_webhooks, memory_keyring, sender):
    from coachdesk.outbox.channels import Channels

    http_server.expect_request("/teams").respond_with_data("", status=202)
    Channels(store).add("Tiimi", "teams", http_server.url_for("/teams"))
    result = sender.send_test("Tiimi")
    assert result.outcome is Outcome.DELIVERED and result.http_status == 202
    body = json.loads(http_server.log[0][0].get_data())
    assert "#TEST" in body["attachments"][0]["content"]["body"][0]["text"]
    entry = Outbox(store).audit()[-1]
    assert entry.outcome == "test_delivered" and entry.outbox_item_id is None


def test_webhook_url_never_reaches_the_logs(queue_one, http_server, sender, caplog):
    import logging

    http_server.expect_request("/secret-path-XYZ").respond_with_data("ok")
    queue_one("slack", http_server.url_for("/secret-path-XYZ"))
    with caplog.at_level(logging.DEBUG):
        (result,) = sender.flush()
    assert result.outcome is Outcome.DELIVERED
    ours = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("werkzeug"))  # not the test server
    assert "outbox item" in ours  # ids and outcomes are logged ...
    assert "secret-path-XYZ" not in ours  # ... never the URL
    assert "Miten tukisin" not in ours  # nor the message


def test_case_deleted_while_its_request_is_out(queue_one, http_server, store, case, clock):
    def delete_during(request):
        store.delete_case(case.id)  # the coach deletes the case while the POST is in flight
        return Response("ok", status=200)

    http_server.expect_request("/hook").respond_with_handler(delete_during)
    _request, item = queue_one("slack", http_server.url_for("/hook"))
    with Sender(store, clock=clock) as s:
        (result,) = s.flush()
    assert result.outcome is Outcome.DELIVERED and result.state is None
    assert Outbox(store).items() == []
    audit = Outbox(store).audit()  # every attempt stays in the audit log, unlinked, without text
    assert [a.outcome for a in audit] == ["queued", "delivered"]
    assert audit[-1].payload_sha256 == item.payload_sha256 and audit[-1].request_ref == item.request_ref


class _OneShotTcp:
    """A local TCP peer that records what arrives and answers with fixed bytes, then closes."""

    def __init__(self, answer: bytes) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.port = self.sock.getsockname()[1]
        self.answer = answer
        self.received: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self.sock.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(5)
            try:
                self.received.append(conn.recv(65536))
                conn.sendall(self.answer)
            except OSError:
                pass

    def close(self) -> None:
        self.sock.close()
        self.thread.join(5)


def test_proxy_from_environment_is_used_and_a_refusal_never_left(queue_one, store, clock, monkeypatch):
    """System/env proxies: the request goes to the proxy (CONNECT); a refusing proxy = never left."""
    proxy = _OneShotTcp(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy.port}")
    _request, _item = queue_one("json", "https://hooks.example.org/coachdesk/in")
    try:
        with Sender(store, clock=clock, timeouts=Timeouts(connect=3, read=3, write=3, pool=3)) as s:
            (result,) = s.flush()
    finally:
        proxy.close()
    assert proxy.received and proxy.received[0].startswith(b"CONNECT hooks.example.org:443")
    assert b"Miten tukisin" not in proxy.received[0]  # the message never left
    assert result.outcome is Outcome.NEVER_LEFT and result.state is State.QUEUED and "proxy" in result.detail


def test_tls_handshake_failure_never_left(queue_one, store, clock):
    peer = _OneShotTcp(b"HTTP/1.1 400 Bad Request\r\n\r\nthis is not TLS")
    _request, _item = queue_one("json", f"https://127.0.0.1:{peer.port}/in")
    try:
        with Sender(store, clock=clock, timeouts=Timeouts(connect=3, read=3, write=3, pool=3)) as s:
            (result,) = s.flush()
    finally:
        peer.close()
    assert result.outcome is Outcome.NEVER_LEFT and result.state is State.QUEUED and "TLS" in result.detail
    assert b"Miten tukisin" not in b"".join(peer.received)  # only a ClientHello went out


def test_error_classes_map_to_the_delivery_table():
    import httpx

    from coachdesk.outbox.policy import classify_error

    request = httpx.Request("POST", "https://example.org/")
    expected = {
        httpx.ConnectTimeout("t", request=request): Outcome.NEVER_LEFT,
        httpx.PoolTimeout("t", request=request): Outcome.NEVER_LEFT,
        httpx.ConnectError("name resolution failed", request=request): Outcome.NEVER_LEFT,
        httpx.ProxyError("refused", request=request): Outcome.NEVER_LEFT,
        httpx.WriteTimeout("t", request=request): Outcome.AMBIGUOUS,
        httpx.WriteError("reset", request=request): Outcome.AMBIGUOUS,
        httpx.ReadTimeout("t", request=request): Outcome.AMBIGUOUS,
        httpx.ReadError("reset", request=request): Outcome.AMBIGUOUS,
        httpx.RemoteProtocolError("closed", request=request): Outcome.AMBIGUOUS,
        httpx.UnsupportedProtocol("ftp", request=request): Outcome.REJECTED,
    }
    assert {type(e).__name__: classify_error(e).outcome for e in expected} == {
        type(e).__name__: o for e, o in expected.items()
    }


@pytest.mark.parametrize(
    ("status", "body", "reason"),
    [
        (500, b"rollup_error", "rollup_error"),
        (502, b"<html><head><title>502 Bad Gateway</title></head><body>nginx https://chat.example.fi/hooks/"
              b"abcdefghijklmnopqrstuvwxyz</body></html>", "502 Bad Gateway"),
        (500, b'{"id":"app.post.save.app_error","message":"Unable to save the post.","status_code":500}',
         "Unable to save the post."),
        (504, b'{"error":{"code":"GatewayTimeout","message":"Request to https://x.example/secret?sig=abc timed out"}}',
         "Request to [link] timed out"),
    ],
)
def test_server_error_shows_its_short_sanitised_reason(queue_one, http_server, sender, status, body, reason):
    http_server.expect_request("/hook").respond_with_data(body, status=status)
    queue_one("mattermost", http_server.url_for("/hook"))
    (result,) = sender.flush()
    assert result.outcome is Outcome.AMBIGUOUS and result.state is State.POSSIBLY_SENT
    assert "may have been posted" in result.detail and reason in result.detail
    assert "http" not in result.detail.replace("HTTP", "") and "sig=" not in result.detail and "\n" not in result.detail


def test_parse_error_body_is_one_clean_line():
    from coachdesk.outbox.policy import parse_error_body

    assert parse_error_body(b"channel_not_found") == ("channel_not_found", "channel_not_found")
    _code, reason = parse_error_body(b'{"message": "You are being rate limited.", "retry_after": 1.5, "global": false}')
    assert reason == "You are being rate limited."
    _code, reason = parse_error_body(b"line one\r\nline\x00two\x1b[31m " + b"x" * 1000)
    assert "\n" not in reason and "\x00" not in reason and "\x1b" not in reason and len(reason) <= 300
    assert parse_error_body(b"\xff\xfe{")[1]
