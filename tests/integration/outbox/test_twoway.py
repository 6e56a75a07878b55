"""Two-way channels end to end against local imitations of the Slack Web API, the Mattermost API v4
and Microsoft Graph (real HTTP on 127.0.0.1, Graph over HTTPS with a trustme CA and an MSAL sign-in):
setup checks, sending through the outbox with the message id recorded, reading replies with
pagination, 401/403 error bodies, 429 + Retry-After, deleted threads, the age limit, and a reply
turned into an answer."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
import pytest

from coachdesk.domain import help_request as hr
from coachdesk.errors import InvalidInput
from coachdesk.outbox import ChannelKind, twoway
from coachdesk.outbox import replies as rp
from coachdesk.outbox import requests as rq
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.compose import preview_parts
from coachdesk.outbox.outbox import Outbox, State
from coachdesk.outbox.policy import Outcome
from coachdesk.outbox.sender import Sender
from tests.support.twoway_support import (
    MM_CHANNEL,
    MM_TOKEN,
    SLACK_CHANNEL,
    SLACK_TOKEN,
    TEAM,
    TEAMS_CHANNEL,
    FakeMattermost,
    FakeSlack,
    app_error,
)


@pytest.fixture
def slack(http_server, local_webhooks):
    fake = FakeSlack(base=http_server.url_for("").rstrip("/"))
    fake.install(http_server)
    return fake


@pytest.fixture
def mattermost(http_server, local_webhooks):
    fake = FakeMattermost(base=http_server.url_for("").rstrip("/"))
    fake.install(http_server)
    return fake


@pytest.fixture
def client():
    with httpx.Client(trust_env=False) as c:
        yield c


def _slack_channel(store, slack, name="Tiimi"):
    target = twoway.clean_target("slack_app", SLACK_CHANNEL, server=slack.api)
    return Channels(store).add_two_way(name, "slack_app", target, SLACK_TOKEN, prefer_keychain=False)


def _mm_channel(store, mattermost, name="Matti"):
    target = twoway.clean_target("mattermost_api", MM_CHANNEL, server=mattermost.base)
    return Channels(store).add_two_way(name, "mattermost_api", target, MM_TOKEN, prefer_keychain=False)


def _send(store, case, clock, channel, topic="jaksaminen"):
    request = rq.save_request(store, hr.HelpRequest(case_id=case.id, topic=topic, question="Miten tukisin?"))
    parts = preview_parts(request, channel.kind, target=channel.target)
    item = Outbox(store, clock=clock).submit(request.id, channel.name, parts, previewed=parts)
    return request, item


# ----- setup -----------------------------------------------------------------------------------------
def test_slack_setup_check_names_the_workspace_and_channel(slack, client):
    target = twoway.clean_target("slack_app", SLACK_CHANNEL, server=slack.api)
    assert twoway.check_new(client, "slack_app", target, SLACK_TOKEN) == "Tiimi #kollegatuki"
    assert slack.calls == ["auth.test", "conversations.info"]
    assert slack.auth[0] == f"Bearer {SLACK_TOKEN}"


def test_slack_setup_names_the_missing_scope(slack, client):
    slack.scopes = "chat:write,channels:read"
    target = twoway.clean_target("slack_app", SLACK_CHANNEL, server=slack.api)
    with pytest.raises(twoway.ApiError, match="channels:history") as err:
        twoway.check_new(client, "slack_app", target, SLACK_TOKEN)
    assert err.value.needed == "channels:history"
    # Slack's own missing_scope answer names what is needed
    slack.fail["auth.test"] = (200, {"ok": False, "error": "missing_scope", "needed": "channels:read",
                                     "provided": "chat:write"}, {})
    with pytest.raises(twoway.ApiError, match="lacks the permission channels:read"):
        twoway.check_new(client, "slack_app", target, SLACK_TOKEN)


def test_slack_setup_refuses_a_wrong_token_and_a_wrong_channel(slack, client):
    target = twoway.clean_target("slack_app", SLACK_CHANNEL, server=slack.api)
    with pytest.raises(twoway.ApiError, match="invalid_auth"):
        twoway.check_new(client, "slack_app", target, "xoxb-17-2048-wrongwrongwrongwrong")
    other = twoway.clean_target("slack_app", "C9999999999", server=slack.api)
    with pytest.raises(twoway.ApiError, match="channel_not_found"):
        twoway.check_new(client, "slack_app", other, SLACK_TOKEN)
    with pytest.raises(InvalidInput, match="xoxb-"):
        twoway.check_token(ChannelKind.SLACK_APP, "https://hooks.slack.com/services/T/B/x")


@pytest.mark.parametrize(("kind", "cid", "extra"), [
    ("slack_app", "#kollegatuki", {}),
    ("mattermost_api", MM_CHANNEL, {}),  # no server
    ("mattermost_api", MM_CHANNEL, {"server": "http://chat.example.fi"}),  # plain http
    ("teams_graph", TEAMS_CHANNEL, {"team": "not-a-guid"}),
    ("teams_graph", "General", {"team": TEAM}),
    ("discord", "123", {}),
])
def test_bad_ids_are_refused_with_a_clear_line(kind, cid, extra):
    with pytest.raises(InvalidInput):
        twoway.clean_target(kind, cid, **extra)


def test_mattermost_setup_check_and_401_app_error(mattermost, client):
    target = twoway.clean_target("mattermost_api", MM_CHANNEL, server=mattermost.base)
    assert "~Kollegatuki (as @coachdesk-bot)" in twoway.check_new(client, "mattermost_api", target, MM_TOKEN)
    with pytest.raises(twoway.ApiError, match=r"token was refused.*Invalid or expired session"):
        twoway.check_new(client, "mattermost_api", target, "a" * 26)
    mattermost.fail["channels/"] = app_error(403, "api.context.permissions.app_error",
                                             "You do not have the appropriate permissions.")
    with pytest.raises(twoway.ApiError, match=r"no permission.*appropriate permissions"):
        twoway.check_new(client, "mattermost_api", target, MM_TOKEN)


def test_the_token_is_a_secret_kept_in_the_keychain(store, slack, memory_keyring):
    target = twoway.clean_target("slack_app", SLACK_CHANNEL, server=slack.api)
    ch = Channels(store).add_two_way("Tiimi", "slack_app", target, SLACK_TOKEN)
    assert ch.secret_store == "keychain" and Channels(store).token(ch) == SLACK_TOKEN
    with store.engine.connect() as conn:
        assert SLACK_TOKEN not in json.dumps([tuple(r) for r in conn.exec_driver_sql("SELECT * FROM channels")])
    assert ch.target == SLACK_CHANNEL and ch.kind.two_way
    with pytest.raises(InvalidInput, match="two-way"):
        Channels(store).add("Toinen", "slack_app", "https://hooks.slack.com/services/T0123ABCD/B0123ABCD/x")


# ----- sending ---------------------------------------------------------------------------------------
def test_slack_send_posts_the_previewed_bytes_and_records_the_ts(store, case, clock, slack, memory_keyring, client):
    channel = _slack_channel(store, slack)
    _request, item = _send(store, case, clock, channel)
    with Sender(store, clock=clock, client=client) as sender:
        results = sender.flush()
    assert [(r.outcome, r.state) for r in results] == [(Outcome.DELIVERED, State.SENT)]
    assert slack.posted == [item.payload]  # byte for byte what the coach saw
    body = json.loads(item.payload)
    assert body["channel"] == SLACK_CHANNEL and body["blocks"] and body["unfurl_links"] is False
    assert slack.auth[-1] == f"Bearer {SLACK_TOKEN}"
    done = Outbox(store).get(item.id)
    assert done.message_id == "1765000001.000100" and f"#{item.request_ref}" in done.text


@pytest.mark.parametrize(("status", "body", "headers", "outcome", "state", "said"), [
    (200, {"ok": False, "error": "not_in_channel"}, {}, Outcome.REJECTED, State.NEEDS_FIXING, "invite it"),
    (200, {"ok": False, "error": "missing_scope", "needed": "chat:write", "provided": "channels:read"}, {},
     Outcome.REJECTED, State.NEEDS_FIXING, "chat:write"),
    (429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "30"}, Outcome.THROTTLED, State.QUEUED, "throttled"),
    (200, {"ok": False, "error": "fatal_error"}, {}, Outcome.AMBIGUOUS, State.POSSIBLY_SENT, "may have been posted"),
    (500, {"ok": False, "error": "internal_error"}, {}, Outcome.AMBIGUOUS, State.POSSIBLY_SENT, "may have been posted"),
])
def test_slack_send_errors_keep_the_outbox_promises(store, case, clock, slack, memory_keyring, client,
                                                    status, body, headers, outcome, state, said):
    channel = _slack_channel(store, slack)
    _request, item = _send(store, case, clock, channel)
    slack.fail["chat.postMessage"] = (status, body, headers)
    with Sender(store, clock=clock, client=client) as sender:
        (result,) = sender.flush()
        assert (result.outcome, result.state) == (outcome, state) and said in result.detail
        if outcome is Outcome.THROTTLED:
            assert Outbox(store).get(item.id).next_attempt_at >= (clock.now + timedelta(seconds=30)).isoformat()
        assert sender.flush() == []  # nothing resent on its own
    assert Outbox(store).get(item.id).message_id == ""


def test_send_interrupted_becomes_possibly_sent_and_is_never_resent(store, case, clock, slack, memory_keyring):
    channel = _slack_channel(store, slack)
    _request, item = _send(store, case, clock, channel)
    outbox = Outbox(store, clock=clock)
    outbox.claim(item.id)  # "sending" committed, then the process died
    assert [i.state for i in outbox.recover_interrupted()] == [State.POSSIBLY_SENT]
    assert slack.posted == []


def test_mattermost_send_records_the_post_id(store, case, clock, mattermost, memory_keyring, client):
    channel = _mm_channel(store, mattermost)
    _request, item = _send(store, case, clock, channel)
    with Sender(store, clock=clock, client=client) as sender:
        (result,) = sender.flush()
    assert result.outcome is Outcome.DELIVERED
    assert mattermost.posted == [item.payload]
    assert json.loads(item.payload)["channel_id"] == MM_CHANNEL
    assert Outbox(store).get(item.id).message_id == "01" + "p" * 24


def test_mattermost_403_on_send_needs_fixing_with_the_servers_words(store, case, clock, mattermost, memory_keyring,
                                                                      client):
    channel = _mm_channel(store, mattermost)
    _send(store, case, clock, channel)
    mattermost.fail["posts"] = app_error(403, "api.context.permissions.app_error",
                                         "You do not have the appropriate permissions.")
    with Sender(store, clock=clock, client=client) as sender:
        (result,) = sender.flush()
    assert result.state is State.NEEDS_FIXING and "appropriate permissions" in result.detail


# ----- replies ---------------------------------------------------------------------------------------
def _fetcher(store, clock, client):
    return rp.ReplyFetcher(store, client=client, clock=clock)


def _sent_slack(store, case, clock, slack, client, n=1):
    channel = _slack_channel(store, slack)
    items = [_send(store, case, clock, channel, topic=f"aihe {i}")[1] for i in range(n)]
    with Sender(store, clock=clock, client=client) as sender:
        sender.flush()
    return [Outbox(store).get(i.id) for i in items]


def test_slack_replies_are_paged_stored_once_and_named_from_the_directory(store, case, clock, slack, memory_keyring,
                                                                            client):
    from coachdesk.outbox.colleagues import Colleague, add_colleague

    add_colleague(store, Colleague(name="Maija Mentori", slack_id="U012ABCDEF"))
    (item,) = _sent_slack(store, case, clock, slack, client)
    for text in ("Voin sparrata torstaina.", "Kokeile <https://x.example|tätä> \x1b[31m", "Kolmas"):
        slack.reply(item.message_id, text)
    with _fetcher(store, clock, client) as fetcher:
        report = fetcher.fetch()
        assert (report.threads, report.new, report.new_requests) == (1, 3, [item.request_ref])
        assert slack.calls.count("conversations.replies") == 2  # 4 messages, 2 per page: next_cursor followed
        assert fetcher.fetch().new == 0  # nothing twice
        slack.reply(item.message_id, "Neljäs")
        assert fetcher.fetch().new == 1
    stored = rp.list_replies(store, case_id=case.id)
    assert next(r.text for r in stored) == "Voin sparrata torstaina."
    assert {r.author for r in stored} == {"Maija Mentori"} and len(stored) == 4
    assert rp.unseen_counts(store) == {case.id: 4}
    rp.mark_seen(store, case_id=case.id)
    assert rp.unseen_counts(store) == {}


def test_reply_text_never_reaches_the_log(store, case, clock, slack, memory_keyring, client, caplog):
    import logging

    (item,) = _sent_slack(store, case, clock, slack, client)
    slack.reply(item.message_id, "SALAINEN-VASTAUS")
    with caplog.at_level(logging.DEBUG), _fetcher(store, clock, client) as fetcher:
        assert fetcher.fetch().new == 1
    assert "SALAINEN" not in caplog.text and SLACK_TOKEN not in caplog.text


def test_slack_deleted_thread_is_marked_and_not_read_again(store, case, clock, slack, memory_keyring, client):
    first, second = _sent_slack(store, case, clock, slack, client, n=2)
    slack.reply(second.message_id, "vastaus")
    del slack.threads[first.message_id]  # the coach's message was deleted in Slack
    with _fetcher(store, clock, client) as fetcher:
        report = fetcher.fetch()
        assert report.gone == [first.request_ref] and report.new == 1
        calls = slack.calls.count("conversations.replies")
        fetcher.fetch()
        assert slack.calls.count("conversations.replies") == calls + 1  # only the live thread
    assert Outbox(store).get(first.id).thread_state == "gone"


def test_slack_429_pauses_the_channel_for_retry_after(store, case, clock, slack, memory_keyring, client):
    (item,) = _sent_slack(store, case, clock, slack, client)
    slack.reply(item.message_id, "vastaus")
    slack.fail["conversations.replies"] = (429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "30"})
    with _fetcher(store, clock, client) as fetcher:
        report = fetcher.fetch()
        assert report.paused == {"Tiimi": 30.0} and report.new == 0
        calls = len(slack.calls)
        clock.advance(10)
        assert fetcher.fetch().paused["Tiimi"] == pytest.approx(20.0)
        assert len(slack.calls) == calls  # no call while paused
        clock.advance(21)
        assert fetcher.fetch().new == 1


def test_slack_missing_scope_on_replies_is_one_line_naming_it(store, case, clock, slack, memory_keyring, client):
    (item,) = _sent_slack(store, case, clock, slack, client)
    slack.fail["conversations.replies"] = (200, {"ok": False, "error": "missing_scope", "needed": "channels:history",
                                                 "provided": "chat:write"}, {})
    with _fetcher(store, clock, client) as fetcher:
        report = fetcher.fetch()
    assert len(report.problems) == 1 and "channels:history" in report.problems[0]
    assert Outbox(store).get(item.id).thread_state == ""  # not a deleted thread: tried again later


def test_old_requests_are_skipped(store, case, clock, slack, memory_keyring, client):
    (item,) = _sent_slack(store, case, clock, slack, client)
    slack.reply(item.message_id, "myöhäinen")
    rp.set_max_age_days(store, 7)
    clock.advance(8 * 24 * 3600)
    with _fetcher(store, clock, client) as fetcher:
        report = fetcher.fetch()
    assert (report.skipped_old, report.threads, report.new) == (1, 0, 0)
    with pytest.raises(InvalidInput):
        rp.set_max_age_days(store, 0)


def test_offline_is_reported_and_nothing_changes(store, case, clock, slack, memory_keyring, client):
    import socket

    (item,) = _sent_slack(store, case, clock, slack, client)
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    from sqlalchemy import update

    from coachdesk.vault import schema as s

    with store.tx() as conn:
        conn.execute(update(s.channels).values(options=json.dumps(
            {"target": SLACK_CHANNEL, "api_base": f"http://127.0.0.1:{port}/api"})))
    with _fetcher(store, clock, client) as fetcher:
        report = fetcher.fetch()
    assert report.offline and report.new == 0 and Outbox(store).get(item.id).thread_state == ""


def test_mattermost_thread_pages_names_and_deleted_posts(store, case, clock, mattermost, memory_keyring, client):
    from coachdesk.outbox.colleagues import Colleague, add_colleague

    add_colleague(store, Colleague(name="Matti Mentori", mattermost_username="maija.m"))
    channel = _mm_channel(store, mattermost)
    _request, item = _send(store, case, clock, channel)
    with Sender(store, clock=clock, client=client) as sender:
        sender.flush()
    root = Outbox(store).get(item.id).message_id
    mattermost.reply(root, "Ensimmäinen")
    mattermost.reply(root, "Poistettu", deleted=True)
    mattermost.reply(root, "Kolmas")
    with _fetcher(store, clock, client) as fetcher:
        report = fetcher.fetch()
    assert report.new == 2
    assert [a.get("fromPost") for a in mattermost.thread_args] == [None, "r00" + root[:4] + "q" * 20]
    assert mattermost.thread_args[1]["fromCreateAt"] == "1765000100000"
    stored = rp.list_replies(store, request_id=item.request_id)
    assert [(r.author, r.text) for r in stored] == [("Matti Mentori", "Ensimmäinen"), ("Matti Mentori", "Kolmas")]
    del mattermost.threads[root]  # 404: the post was deleted
    with _fetcher(store, clock, client) as fetcher:
        assert fetcher.fetch().gone == [item.request_ref]


def test_mattermost_401_during_fetch_is_one_problem_line(store, case, clock, mattermost, memory_keyring, client):
    channel = _mm_channel(store, mattermost)
    _send(store, case, clock, channel)
    with Sender(store, clock=clock, client=client) as sender:
        sender.flush()
    mattermost.fail["posts/"] = app_error(401, "api.context.session_expired.app_error",
                                          "Invalid or expired session, please login again.")
    with _fetcher(store, clock, client) as fetcher:
        report = fetcher.fetch()
    assert report.problems == ["Matti: Mattermost: the token was refused (HTTP 401): "
                               "Invalid or expired session, please login again."]


# ----- a reply becomes an answer ------------------------------------------------------------------------
def test_a_reply_becomes_an_answer_in_one_step_and_only_once(store, case, clock, slack, memory_keyring, client):
    from coachdesk.outbox.colleagues import Colleague, add_colleague

    add_colleague(store, Colleague(name="Maija Mentori", slack_id="U012ABCDEF"))
    (item,) = _sent_slack(store, case, clock, slack, client)
    slack.reply(item.message_id, "Voin sparrata torstaina klo 14.")
    with _fetcher(store, clock, client) as fetcher:
        fetcher.fetch()
    (reply,) = rp.list_replies(store)
    made = rp.to_answer(store, reply.id, "sparring", "Kokeilen porrastettua paluuta.")
    assert [(f.kind.value, f.help_kind.value, f.text) for f in made] == [
        ("answer", "", "Maija Mentori: Voin sparrata torstaina klo 14."),
        ("help_received", "sparring", ""),
        ("will_try", "", "Kokeilen porrastettua paluuta."),
    ]
    assert [f.kind.value for f in rq.list_followups(store, case.id)] == ["answer", "help_received", "will_try"]
    assert rp.get_reply(store, reply.id).followup_id == made[0].id
    with pytest.raises(InvalidInput, match="already"):
        rp.to_answer(store, reply.id, "tip")
    with pytest.raises(InvalidInput, match="kind of help"):
        rp.to_answer(store, reply.id, "lunch")
    assert len(rq.list_followups(store, case.id)) == 3  # the refused ones changed nothing


def test_deleting_the_case_deletes_its_replies(store, case, clock, slack, memory_keyring, client):
    (item,) = _sent_slack(store, case, clock, slack, client)
    slack.reply(item.message_id, "vastaus")
    with _fetcher(store, clock, client) as fetcher:
        fetcher.fetch()
    with store.tx() as conn:
        conn.exec_driver_sql("DELETE FROM cases WHERE id = ?", (case.id,))
    assert rp.list_replies(store) == []


def test_html_to_text_and_token_scopes():
    assert twoway.html_to_text("<p>Hei &amp; kiitos</p><div>toinen<br/>rivi</div>") == "Hei & kiitos\ntoinen\nrivi"
    import base64

    claims = base64.urlsafe_b64encode(json.dumps({"scp": "ChannelMessage.Send User.Read"}).encode()).decode().rstrip("=")
    assert twoway.token_scopes(f"e30.{claims}.sig") == {"ChannelMessage.Send", "User.Read"}
    assert twoway.token_scopes("opaque") == set()


def test_slack_and_graph_hosts_are_fixed_outside_tests():
    with pytest.raises(InvalidInput, match="only on this computer"):
        twoway.clean_target("slack_app", SLACK_CHANNEL, server="https://evil.example.com/api")
    with pytest.raises(InvalidInput, match="only on this computer"):
        twoway.clean_target("teams_graph", TEAMS_CHANNEL, team=TEAM, server="https://evil.example.com/v1.0")
    assert twoway.clean_target("teams_graph", TEAMS_CHANNEL, team=TEAM, cloud="gcch").api_base == \
        "https://graph.microsoft.us/v1.0"
    assert twoway.clean_target("slack_app", SLACK_CHANNEL).api_base == "https://slack.com/api"


def test_a_cancelled_fetch_stops_between_threads_and_keeps_what_it_stored(store, case, clock, slack, memory_keyring,
                                                                            client):
    first, second = _sent_slack(store, case, clock, slack, client, n=2)
    slack.reply(first.message_id, "eka")
    slack.reply(second.message_id, "toka")
    fetcher = _fetcher(store, clock, client)
    original = fetcher._fetch_channel

    def cancel_after_first(*args):
        real_store = rp.store_replies

        def store_then_cancel(*a, **kw):
            n = real_store(*a, **kw)
            fetcher.cancel()  # the vault is about to lock
            return n

        rp.store_replies = store_then_cancel
        try:
            return original(*args)
        finally:
            rp.store_replies = real_store

    fetcher._fetch_channel = cancel_after_first
    with fetcher:
        assert fetcher.fetch().new == 1
    assert [r.text for r in rp.list_replies(store)] == ["eka"]
    with _fetcher(store, clock, client) as again:
        assert again.fetch().new == 1


def test_team_setup_file_leaves_two_way_channels_out(store, slack, memory_keyring):
    from coachdesk.outbox import teamfile
    from coachdesk.vault import keys

    _slack_channel(store, slack)
    Channels(store).add("Webhook", "slack", "https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnopqrstuvwx")
    kdf = keys.KdfParams(salt=keys.b64e(b"0123456789abcdef"), iterations=2, memory_kib=1024)
    blob = teamfile.export_team(store, "a long team passphrase 123", kdf=kdf)
    setup = teamfile.open_team_file(blob, "a long team passphrase 123")
    assert [c.name for c in setup.channels] == ["Webhook"]  # a personal token is never shared


def test_mattermost_429_with_retry_after_pauses_the_channel(store, case, clock, mattermost, memory_keyring, client):
    from werkzeug import Response

    channel = _mm_channel(store, mattermost)
    _send(store, case, clock, channel)
    with Sender(store, clock=clock, client=client) as sender:
        sender.flush()
    mattermost.fail["posts/"] = Response(json.dumps({
        "id": "api.context.rate_limit.app_error", "message": "Too many requests", "status_code": 429}),
        status=429, headers={"Retry-After": "5"}, content_type="application/json")
    with _fetcher(store, clock, client) as fetcher:
        assert fetcher.fetch().paused == {"Matti": 5.0}
        clock.advance(6)
        assert fetcher.fetch().threads == 1


def test_graph_paging_link_to_another_host_is_not_followed(http_server, local_webhooks, client):
    """The Graph token goes only to the Graph host: an @odata.nextLink elsewhere ends the paging."""
    calls = []

    def handler(request):
        from werkzeug import Response

        calls.append(request.url)
        doc = {"value": [{"id": "1765000000101", "messageType": "message", "createdDateTime": "2026-12-06T01:00:00Z",
                          "from": {"user": {"id": "u", "displayName": "Maija"}},
                          "body": {"contentType": "text", "content": "hei"}}],
               "@odata.nextLink": "https://graph.evil.example/v1.0/teams/x/replies?$skiptoken=1"}
        return Response(json.dumps(doc), content_type="application/json")

    http_server.expect_request(f"/v1.0/teams/{TEAM}/channels/{TEAMS_CHANNEL}/messages/1765000000001/replies") \
        .respond_with_handler(handler)
    target = twoway.clean_target("teams_graph", TEAMS_CHANNEL, team=TEAM, server=http_server.url_for("/v1.0"))
    api = twoway.GraphApi(client, target, "token")
    assert [r.text for r in api.replies("1765000000001")] == ["hei"]
    assert len(calls) == 1
