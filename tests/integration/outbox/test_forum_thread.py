"""The known gap of issue 13: a Discord forum post whose part 1 the coach marks delivered by hand
(after "possibly sent") leaves CoachDesk without the thread it opened. The later parts must never
be posted without it (Discord answers 400: a forum webhook needs thread_name or thread_id); the
coach gives the post's link (with 'delivered' or afterwards) and the rest goes into that post."""

from __future__ import annotations

import json

import pytest
from werkzeug import Response

from coachdesk.errors import InvalidInput
from coachdesk.outbox.outbox import State, discord_thread_id
from coachdesk.outbox.policy import Outcome
from tests.integration.outbox.test_parts import long_post, sender  # noqa: F401 (fixtures)

THREAD = "1187654321098765432"
LINK = f"https://discord.com/channels/111111111111111111/{THREAD}"


@pytest.fixture
def forum(long_post, http_server):  # noqa: F811
    """A 3-part forum post whose first answer is lost (HTTP 502: possibly sent)."""
    answers = iter([Response("bad gateway", status=502)])

    def handler(request):
        if request.args.get("thread_id") is None and "thread_name" not in json.loads(request.get_data()):
            return Response('{"message": "Webhooks posted to forum channels must have a thread_name or thread_id",'
                            ' "code": 220001}', status=400, content_type="application/json")
        first = next(answers, None)
        if first is not None:
            return first
        return Response(json.dumps({"id": "5", "channel_id": request.args.get("thread_id", THREAD)}),
                        status=200, content_type="application/json")

    http_server.expect_request("/hook").respond_with_handler(handler)
    _request, parts, item = long_post("discord", http_server.url_for("/hook"), options={"discord_forum": True})
    assert len(parts) == 3 and "thread_name" in json.loads(parts[0])
    return parts, item


def _bodies(server):
    return [(req.args.get("thread_id"), req.get_data()) for req, _resp in server.log]


def test_marked_delivered_without_the_link_holds_the_rest_with_what_to_do(forum, sender, store, http_server):  # noqa: F811
    parts, item = forum
    assert [r.outcome for r in sender.flush()] == [Outcome.AMBIGUOUS]
    outbox = sender.outbox
    outbox.mark_delivered(item.id)
    (result,) = sender.flush()
    second = outbox.batch(item.id)[1]
    assert second.state is State.NEEDS_FIXING and result.outcome is Outcome.REJECTED
    assert "link" in second.last_error and f"outbox thread {second.id}" in second.last_error
    assert len(http_server.log) == 1  # nothing was posted for part 2: no 400 from Discord
    outbox.set_thread(second.id, LINK)  # the coach copies the post's link
    assert [r.outcome for r in sender.flush()] == [Outcome.DELIVERED] * 2
    assert _bodies(http_server)[1:] == [(THREAD, parts[1]), (THREAD, parts[2])]  # exact bytes, into the post
    assert [i.state for i in outbox.batch(item.id)] == [State.SENT] * 3


def test_the_link_given_with_delivered_sends_the_rest_into_the_post(forum, sender, store, http_server):  # noqa: F811
    parts, item = forum
    sender.flush()
    sender.outbox.mark_delivered(item.id, thread=LINK + "/1187654321098765999")  # a message link works too
    assert [r.outcome for r in sender.flush()] == [Outcome.DELIVERED] * 2
    assert _bodies(http_server)[1:] == [(THREAD, parts[1]), (THREAD, parts[2])]


@pytest.mark.parametrize("bad", ["", "x", "https://evil.example/channels/1/2", "https://discord.com/channels/1/2",
                                 f"{LINK}?x=1", f"https://discord.com.evil.fi/channels/111111111111111111/{THREAD}"])
def test_a_bad_link_is_refused_and_changes_nothing(forum, sender, store, bad):  # noqa: F811
    _parts, item = forum
    sender.flush()
    outbox = sender.outbox
    with pytest.raises(InvalidInput):
        outbox.mark_delivered(item.id, thread=bad or " ")
    assert outbox.get(item.id).state is State.POSSIBLY_SENT
    assert all(i.thread_ref == "" for i in outbox.batch(item.id))


def test_a_thread_only_for_a_forum_post():
    assert discord_thread_id(LINK) == THREAD and discord_thread_id(f" {THREAD} ") == THREAD
    assert discord_thread_id(f"https://ptb.discord.com/channels/111111111111111111/{THREAD}/") == THREAD


def test_cli_delivered_with_thread_and_thread_command(forum, sender, store, data_dir, vault):  # noqa: F811
    from tests.conftest import PASSPHRASE, run_cli

    _parts, item = forum
    sender.flush()
    second = sender.outbox.batch(item.id)[1]
    vault.close()
    args = ("--data-dir", str(data_dir))
    bad = run_cli(*args, "outbox", "delivered", str(item.id), "--thread", "nope", "--passphrase-stdin",
                  stdin=f"{PASSPHRASE}\n")
    assert bad.returncode == 1 and "link" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    early = run_cli(*args, "outbox", "thread", str(second.id), LINK, "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    assert early.returncode == 1 and "not sent yet" in early.stderr
    done = run_cli(*args, "outbox", "delivered", str(item.id), "--thread", LINK, "--passphrase-stdin",
                   stdin=f"{PASSPHRASE}\n")
    assert done.returncode == 0, done.stderr
