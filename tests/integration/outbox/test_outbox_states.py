"""The outbox state machine: exact previewed bytes only, the coach's decisions, start-up recovery,
the background worker."""

from __future__ import annotations

import threading

import pytest

from coachdesk.domain import help_request as hr
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.outbox import requests as rq
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.compose import preview_payload
from coachdesk.outbox.outbox import Outbox, State
from coachdesk.outbox.payloads import Message, build_payload, sha256_hex
from coachdesk.outbox.sender import DeliveryWorker, Sender
from tests.support.delivery import GOOD_URLS


@pytest.fixture
def ready(store, case, memory_keyring):
    Channels(store).add("Tiimi", "slack", GOOD_URLS["slack"])
    req = rq.save_request(store, hr.HelpRequest(case_id=case.id, topic="masennus", question="Mitä tekisit?"))
    return req, preview_payload(req, "slack")


def test_queue_only_the_exact_previewed_bytes(store, ready):
    req, payload = ready
    outbox = Outbox(store)
    draft = outbox.create_draft(req.id, "Tiimi", payload)
    assert draft.state is State.DRAFT and draft.payload == payload and draft.payload_sha256 == sha256_hex(payload)
    tampered = payload.replace(b"masennus", b"MASENNUS")
    with pytest.raises(InvalidInput, match="changed after the preview"):
        outbox.queue(draft.id, tampered)
    with pytest.raises(InvalidInput):
        outbox.queue(draft.id, payload + b" ")
    assert outbox.get(draft.id).state is State.DRAFT
    queued = outbox.queue(draft.id, bytearray(payload))
    assert queued.state is State.QUEUED and queued.payload == payload
    with pytest.raises(InvalidInput, match="not a draft"):
        outbox.queue(draft.id, payload)
    assert [a.outcome for a in outbox.audit(draft.id)] == ["queued"]
    assert "#" + req.ref in queued.text


def test_draft_needs_valid_payload_with_reference(store, ready):
    req, payload = ready
    outbox = Outbox(store)
    with pytest.raises(InvalidInput, match="reference"):
        outbox.create_draft(req.id, "Tiimi", build_payload("slack", Message.from_text("ei viitettä\nteksti")))
    with pytest.raises(InvalidInput):
        outbox.create_draft(req.id, "Tiimi", preview_payload(req, "teams"))  # wrong kind for the channel
    with pytest.raises(NotFound):
        outbox.create_draft(req.id, "Ei ole", payload)
    with pytest.raises(NotFound):
        outbox.create_draft(99999, "Tiimi", payload)
    unfinished = rq.save_request(store, hr.HelpRequest(case_id=req.case_id), complete=False)  # no topic, no question
    with pytest.raises(InvalidInput):
        outbox.create_draft(unfinished.id, "Tiimi", payload)


def test_cancel_send_again_and_mark_delivered_rules(store, ready):
    req, payload = ready
    outbox = Outbox(store)
    item = outbox.submit(req.id, "Tiimi", payload, payload)
    with pytest.raises(InvalidInput, match="possibly sent"):
        outbox.mark_delivered(item.id)
    with pytest.raises(InvalidInput):
        outbox.send_again(item.id)  # still queued: nothing to decide
    assert outbox.cancel(item.id).state is State.CANCELLED
    assert outbox.due() == []
    with pytest.raises(InvalidInput):
        outbox.cancel(item.id)
    assert outbox.send_again(item.id).state is State.QUEUED
    with pytest.raises(NotFound):
        outbox.cancel(4242)


def test_items_found_sending_at_startup_become_possibly_sent(store, ready):
    req, payload = ready
    outbox = Outbox(store)
    item = outbox.submit(req.id, "Tiimi", payload, payload)
    claimed = outbox.claim(item.id)
    assert claimed.state is State.SENDING and claimed.attempts == 1
    assert outbox.claim(item.id) is None  # nobody else can take it
    assert outbox.due() == []
    (recovered,) = outbox.recover_interrupted()
    assert recovered.state is State.POSSIBLY_SENT and "check the channel" in recovered.last_error
    assert outbox.recover_interrupted() == []


def test_deleting_the_case_removes_drafts_and_queued_items(store, case, ready):
    req, payload = ready
    outbox = Outbox(store)
    draft = outbox.create_draft(req.id, "Tiimi", payload)
    queued = outbox.submit(req.id, "Tiimi", payload, payload)
    store.delete_case(case.id)
    for item_id in (draft.id, queued.id):
        with pytest.raises(NotFound):
            outbox.get(item_id)
    assert outbox.items() == [] and outbox.due() == []
    assert len(outbox.audit()) == 1 and outbox.audit()[0].outbox_item_id is None


def test_request_list_shows_text_and_newest_state(store, case, ready):
    req, payload = ready
    outbox = Outbox(store)
    outbox.submit(req.id, "Tiimi", payload, payload)
    (record,) = rq.list_requests(store, case.id)
    assert record.state == "queued" and f"#{req.ref}" in record.text


def test_worker_flushes_in_background_and_reports(store, case, http_server, local_webhooks, memory_keyring):
    http_server.expect_request("/w").respond_with_data("ok")
    Channels(store).add("W", "slack", http_server.url_for("/w"))
    outbox = Outbox(store)
    got: list = []
    done = threading.Event()

    def on_results(results):
        got.extend(results)
        done.set()

    sender = Sender(store)
    worker = DeliveryWorker(sender, on_results, idle_poll_s=30)
    worker.start()
    try:
        req = rq.save_request(store, hr.HelpRequest(case_id=case.id, topic="t", question="q?"))
        payload = preview_payload(req, "slack")
        item = outbox.submit(req.id, "W", payload, payload)
        worker.wake()  # "new item queued": the UI never waits for the network
        assert done.wait(20)
    finally:
        worker.stop()
        sender.close()
    assert not worker.is_alive()
    assert [(r.item_id, r.state) for r in got] == [(item.id, State.SENT)]
    assert len(http_server.log) == 1


def test_worker_detects_offline_and_flushes_when_the_network_returns(store, case, local_webhooks, memory_keyring):
    import socket

    from pytest_httpserver import HTTPServer

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    Channels(store).add("Offline", "json", f"http://127.0.0.1:{port}/in")
    req = rq.save_request(store, hr.HelpRequest(case_id=case.id, topic="t", question="q?"))
    payload = preview_payload(req, "json")
    item = Outbox(store).submit(req.id, "Offline", payload, payload)
    seen: list = []
    offline = threading.Event()
    delivered = threading.Event()

    def on_results(results):
        seen.extend(results)
        if any(r.state is State.QUEUED for r in results):
            offline.set()
        if any(r.state is State.SENT for r in results):
            delivered.set()

    sender = Sender(store)
    worker = DeliveryWorker(sender, on_results, idle_poll_s=30, offline_poll_s=0.05)
    worker.start()
    server = HTTPServer(host="127.0.0.1", port=port)
    try:
        assert offline.wait(20) and sender.offline  # connection refused: offline, nothing lost
        server.expect_request("/in").respond_with_data("ok")
        server.start()  # the network returns
        assert delivered.wait(20)
    finally:
        worker.stop()
        sender.close()
        if server.is_running():
            server.stop()
    assert Outbox(store).get(item.id).state is State.SENT and len(server.log) == 1
    assert not sender.offline


def test_worker_at_start_recovers_and_flushes_what_waited_offline(store, case, http_server, local_webhooks, memory_keyring):
    from datetime import timedelta

    from coachdesk.outbox.outbox import utc_now
    from coachdesk.outbox.policy import Classified, Outcome

    http_server.expect_request("/s").respond_with_data("ok")
    Channels(store).add("S", "slack", http_server.url_for("/s"))
    outbox = Outbox(store)
    items = []
    for topic in ("offline", "interrupted"):
        req = rq.save_request(store, hr.HelpRequest(case_id=case.id, topic=topic, question="q?"))
        payload = preview_payload(req, "slack")
        items.append(outbox.submit(req.id, "S", payload, payload))
    # the last session: one item never left (next try far ahead), one was cut off mid-request
    outbox.record(outbox.claim(items[0].id), Classified(Outcome.NEVER_LEFT, "offline"), retry_in_s=3600)
    outbox.claim(items[1].id)
    assert outbox.next_due_at() > utc_now() + timedelta(minutes=30)
    done = threading.Event()
    got: list = []

    def on_results(results):
        got.extend(results)
        done.set()

    sender = Sender(store)
    worker = DeliveryWorker(sender, on_results, idle_poll_s=30)
    worker.start()
    try:
        assert done.wait(20)
    finally:
        worker.stop()
        sender.close()
    assert [(r.item_id, r.state) for r in got] == [(items[0].id, State.SENT)]
    assert outbox.get(items[1].id).state is State.POSSIBLY_SENT  # waits for the coach
    assert len(http_server.log) == 1
