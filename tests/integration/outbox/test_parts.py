"""A request too long for one post: its parts are previewed, stored and sent in order, each with the
exact previewed bytes; a part that is possibly sent or needs fixing holds the rest back (real HTTP
on 127.0.0.1, real SQLCipher vault)."""

from __future__ import annotations

import json

import pytest
from werkzeug import Response

from coachdesk.domain import help_request as hr
from coachdesk.errors import InvalidInput
from coachdesk.outbox import requests as rq
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.compose import preview_parts
from coachdesk.outbox.http import Timeouts
from coachdesk.outbox.outbox import Outbox, State
from coachdesk.outbox.policy import Outcome
from coachdesk.outbox.sender import Sender

LONG = ("Asiakas kertoo väsymyksestä & unettomuudesta <työkokeilun> alussa. " * 150).strip()  # ~10,000


@pytest.fixture
def sender(store, clock):
    with Sender(store, clock=clock, timeouts=Timeouts(connect=2, read=2, write=2, pool=2)) as s:
        yield s


@pytest.fixture
def long_post(store, case, local_webhooks, memory_keyring, clock):
    """long_post(kind, url, options=None) -> (request, parts, first item): previewed and queued."""

    def make(kind: str, url: str, options: dict | None = None):
        channel = Channels(store).add(f"{kind}-kanava", kind, url, options=options)
        request = rq.save_request(store, hr.HelpRequest(case_id=case.id, topic="uni", situation=LONG[:5000],
                                                        tried=LONG[5000:], question="Miten tukisin?"))
        parts = preview_parts(request, kind, forum=channel.forum)
        item = Outbox(store, clock=clock).submit(request.id, channel.name, parts, previewed=parts)
        return request, parts, item

    return make


def _bodies(server, path="/hook"):
    return [req.get_data() for req, _resp in server.log if req.path == path]


@pytest.mark.parametrize("kind", ["googlechat", "discord", "slack", "teams"])
def test_parts_go_out_in_order_byte_for_byte(long_post, http_server, sender, store, kind):
    http_server.expect_request("/hook", method="POST").respond_with_data("ok" if kind == "slack" else "", status=200)
    _request, parts, item = long_post(kind, http_server.url_for("/hook"))
    expected = {"googlechat": 3, "discord": 3, "slack": 1, "teams": 1}[kind]
    assert len(parts) == expected
    results = sender.flush()
    assert [r.outcome for r in results] == [Outcome.DELIVERED] * expected
    assert _bodies(http_server) == list(parts)  # in order, exactly the previewed bytes
    batch = Outbox(store).batch(item.id)
    assert [(i.part, i.parts, i.state) for i in batch] == [(n, expected, State.SENT) for n in range(1, expected + 1)]
    assert rq.list_requests(store)[0].state == "sent"
    if kind == "googlechat":
        args = [req.args for req, _resp in http_server.log]
        assert all(a.get("messageReplyOption") == "REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD" for a in args)
        assert len({json.loads(b)["thread"]["threadKey"] for b in parts}) == 1


def test_a_possibly_sent_part_holds_the_rest_until_the_coach_decides(long_post, http_server, sender, store, clock):
    calls = {"n": 0}

    def handler(_request):
        calls["n"] += 1
        return Response("", status=502 if calls["n"] == 2 else 200)

    http_server.expect_request("/hook").respond_with_handler(handler)
    _request, parts, item = long_post("googlechat", http_server.url_for("/hook"))
    results = sender.flush()
    assert [r.outcome for r in results] == [Outcome.DELIVERED, Outcome.AMBIGUOUS]
    one, two, three = Outbox(store).batch(item.id)
    assert (one.state, two.state, three.state) == (State.SENT, State.POSSIBLY_SENT, State.QUEUED)
    assert rq.list_requests(store)[0].state == "possibly_sent"
    for _ in range(3):
        clock.advance(3600)
        assert sender.flush() == []  # part 3 waits: never ahead of part 2
    assert Outbox(store).next_due_at() is None  # nothing due: the worker sleeps instead of spinning
    assert sender.send_item(three.id) is None  # not even by hand
    Outbox(store, clock=clock).send_again(two.id)
    assert [r.item_id for r in sender.flush()] == [two.id, three.id]
    assert _bodies(http_server) == [parts[0], parts[1], parts[1], parts[2]]
    assert rq.list_requests(store)[0].state == "sent"


def test_marking_a_part_delivered_lets_the_next_one_go(long_post, http_server, sender, store, clock):
    http_server.expect_oneshot_request("/hook").respond_with_data("", status=504)
    http_server.expect_request("/hook").respond_with_data("", status=200)
    _request, parts, item = long_post("discord", http_server.url_for("/hook"))
    (first,) = sender.flush()
    assert first.state is State.POSSIBLY_SENT
    Outbox(store, clock=clock).mark_delivered(item.id)
    assert len(sender.flush()) == 2
    assert _bodies(http_server) == list(parts)


def test_queue_needs_every_previewed_part_unchanged(store, case, local_webhooks, memory_keyring, clock):
    Channels(store).add("gc", "googlechat", "http://127.0.0.1:9/hook")
    request = rq.save_request(store, hr.HelpRequest(case_id=case.id, topic="uni", situation=LONG, question="Miten?"))
    parts = preview_parts(request, "googlechat")
    outbox = Outbox(store, clock=clock)
    item = outbox.create_draft(request.id, "gc", parts)
    for shown in (parts[:-1], [*parts[:-1], parts[-1] + b" "], list(reversed(parts)), parts[0]):
        with pytest.raises(InvalidInput, match="changed after the preview"):
            outbox.queue(item.id, shown)
    assert {i.state for i in outbox.batch(item.id)} == {State.DRAFT}
    outbox.queue(item.id, parts)
    assert {i.state for i in outbox.batch(item.id)} == {State.QUEUED}
    with pytest.raises(InvalidInput, match="reference"):
        outbox.create_draft(request.id, "gc", [parts[0], json.dumps({"text": "ilman viitettä"}).encode()])
    assert len(outbox.items(request_id=request.id)) == len(parts)  # the refused post left nothing behind


def test_cancel_takes_the_later_parts_and_send_again_brings_them_back(long_post, http_server, sender, store, clock):
    http_server.expect_request("/hook").respond_with_data("", status=200)
    _request, parts, item = long_post("googlechat", http_server.url_for("/hook"))
    outbox = Outbox(store, clock=clock)
    outbox.cancel(item.id)
    assert {i.state for i in outbox.batch(item.id)} == {State.CANCELLED}
    assert sender.flush() == []
    outbox.send_again(item.id)
    assert len(sender.flush()) == len(parts) and _bodies(http_server) == list(parts)


def test_interrupted_part_becomes_possibly_sent_and_holds_the_rest(long_post, http_server, sender, store, clock):
    http_server.expect_request("/hook").respond_with_data("", status=200)
    _request, _parts, item = long_post("googlechat", http_server.url_for("/hook"))
    outbox = Outbox(store, clock=clock)
    assert outbox.claim(item.id) is not None  # "sending" committed, then the process dies
    (recovered,) = outbox.recover_interrupted()
    assert recovered.state is State.POSSIBLY_SENT
    assert sender.flush() == [] and _bodies(http_server) == []


def test_discord_forum_later_parts_go_into_the_post_the_first_part_opened(long_post, http_server, sender, store):
    thread = "1187654321098765432"

    def handler(request):
        body = json.loads(request.get_data())
        channel = thread if "thread_name" in body or request.args.get("thread_id") == thread else "1"
        return Response(json.dumps({"id": "5", "channel_id": channel}), status=200, content_type="application/json")

    http_server.expect_request("/hook").respond_with_handler(handler)
    _request, parts, _item = long_post("discord", http_server.url_for("/hook"), options={"discord_forum": True})
    assert json.loads(parts[0])["thread_name"].startswith("Kaipaisin vähän apuja: uni")
    assert len(sender.flush()) == 3
    args = [req.args for req, _resp in http_server.log]
    assert [a.get("thread_id") for a in args] == [None, thread, thread]
    assert all(a.get("wait") == "true" for a in args)
    assert _bodies(http_server) == list(parts)
