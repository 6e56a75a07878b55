"""Teams via Microsoft Graph end to end: MSAL device-code sign-in against the local HTTPS imitation
of Entra ID with the Graph scope, the channel check, a post that records the message id, replies
with @odata.nextLink paging, 403 naming the permission, 404 (deleted), 401 -> sign in again."""

from __future__ import annotations

import json

import httpx
import pytest

from coachdesk.domain import help_request as hr
from coachdesk.outbox import entra, twoway
from coachdesk.outbox import replies as rp
from coachdesk.outbox import requests as rq
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.compose import preview_parts
from coachdesk.outbox.entra import ChannelAuth, EntraConfig, EntraSession, config_for
from coachdesk.outbox.outbox import Outbox, State
from coachdesk.outbox.policy import Outcome
from coachdesk.outbox.sender import Sender
from tests.support.entra_support import CLIENT_ID, TENANT, FakeEntra, https_server
from tests.support.twoway_support import GRAPH_AUDIENCE, TEAM, TEAMS_CHANNEL, FakeGraph, _json


@pytest.fixture(scope="module")
def _tls_server():
    server, ctx = https_server()
    yield server, ctx
    server.clear()
    server.stop()


@pytest.fixture
def fakes(_tls_server, monkeypatch):
    server, ctx = _tls_server
    server.clear()
    monkeypatch.setattr(entra, "TEST_VERIFY", ctx)
    fake = FakeEntra(base=f"https://127.0.0.1:{server.port}")
    fake.install(server)
    graph = FakeGraph(base=fake.base, entra=fake)
    graph.install(server)
    fake.ctx = ctx
    yield fake, graph
    server.clear()


@pytest.fixture
def channel(store, fakes, memory_keyring):
    fake, graph = fakes
    target = twoway.clean_target("teams_graph", TEAMS_CHANNEL, team=TEAM, server=graph.api)
    ch = Channels(store).add_two_way("Teams", "teams_graph", target,
                                     entra=EntraConfig(TENANT, CLIENT_ID, authority_host=fake.base))
    return ch


@pytest.fixture
def client(fakes):
    with httpx.Client(verify=fakes[0].ctx, trust_env=False) as c:
        yield c


def _sign_in(store, channel) -> None:
    config = config_for(store, channel)
    assert config.api == "graph" and config.scope == "https://graph.microsoft.com/.default"
    session = EntraSession(store, config)
    try:
        session.finish_device_code(session.start_device_code())
    finally:
        session.close()


def _send(store, case, clock, channel, client):
    request = rq.save_request(store, hr.HelpRequest(case_id=case.id, topic="jaksaminen <b>", question="Miten?"))
    parts = preview_parts(request, channel.kind, target=channel.target)
    item = Outbox(store, clock=clock).submit(request.id, channel.name, parts, previewed=parts)
    with Sender(store, clock=clock, client=client) as sender:
        results = sender.flush()
    return item, results


def test_graph_send_waits_for_sign_in_then_posts_and_reads_paged_replies(store, case, clock, fakes, channel, client):
    fake, graph = fakes
    item, results = _send(store, case, clock, channel, client)
    assert [(r.outcome, r.state) for r in results] == [(Outcome.WAITING, State.QUEUED)]  # not signed in: held
    assert graph.posted == []
    _sign_in(store, channel)
    assert fake.device_scopes[-1].split()[0] == "https://graph.microsoft.com/.default"
    Outbox(store, clock=clock).resume_waiting()
    with Sender(store, clock=clock, client=client) as sender:
        (result,) = sender.flush()
    assert result.outcome is Outcome.DELIVERED
    assert graph.posted == [item.payload]
    body = json.loads(item.payload)["body"]
    assert body["contentType"] == "html" and "jaksaminen &lt;b&gt;" in body["content"]
    sent = Outbox(store).get(item.id)
    assert sent.message_id == "1765000000001"
    auth = ChannelAuth(store)
    try:
        assert "Kollegatuki" in twoway.api_for(client, channel, twoway.token_for(store, channel, auth)).verify()
    finally:
        auth.close()
    graph.reply(sent.message_id, "<p>Voin sparrata &amp; jutella</p>")
    graph.reply(sent.message_id, "<p>poistettu</p>", deleted=True)
    graph.reply(sent.message_id, "<div>Kolmas<br>rivi</div>", name="Pekka Kollega")
    with rp.ReplyFetcher(store, client=client, clock=clock) as fetcher:
        report = fetcher.fetch()
    assert report.new == 2 and report.problems == []
    assert [(r.author, r.text) for r in rp.list_replies(store)] == [
        ("Maija Mentori", "Voin sparrata & jutella"), ("Pekka Kollega", "Kolmas\nrivi")]
    assert fake.access  # every Graph call carried a token the imitation issued for Graph
    assert set(fake.access.values()) == {GRAPH_AUDIENCE}


def test_graph_403_names_the_permission_and_404_marks_the_thread(store, case, clock, fakes, channel, client):
    _fake, graph = fakes
    _sign_in(store, channel)
    item, _ = _send(store, case, clock, channel, client)
    mid = Outbox(store).get(item.id).message_id
    graph.fail[f"/messages/{mid}/replies"] = _json({"error": {
        "code": "Forbidden", "message": "Missing scope permissions on the request. API requires one of "
        "'ChannelMessage.Read.All, Group.Read.All, Group.ReadWrite.All'. Scopes on the request 'ChannelMessage.Send'",
        "innerError": {"request-id": "x"}}}, 403)
    with rp.ReplyFetcher(store, client=client, clock=clock) as fetcher:
        report = fetcher.fetch()
        assert len(report.problems) == 1 and "ChannelMessage.Read.All" in report.problems[0]
        del graph.replies[mid]
        assert fetcher.fetch().gone == [item.request_ref]


def test_graph_401_asks_for_a_new_sign_in(store, case, clock, fakes, channel, client):
    fake, _graph = fakes
    _sign_in(store, channel)
    _item, _ = _send(store, case, clock, channel, client)
    fake.revoked.update(fake.access)
    with rp.ReplyFetcher(store, client=client, clock=clock) as fetcher:
        report = fetcher.fetch()
    assert "token was refused" in report.problems[0]
    assert EntraSession(store, config_for(store, channel)).needs_signin()
