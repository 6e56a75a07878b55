"""services.requests.submit_request: save, payload, cancel of the replaced item, draft and queue
in ONE transaction of the real SQLCipher vault; a failure at any step leaves no half state."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from coachdesk.domain import help_request as hr
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.outbox import requests as rq
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.compose import preview_parts
from coachdesk.services import requests as svc
from coachdesk.vault import schema as s
from tests.support.delivery import GOOD_URLS


@pytest.fixture
def team(store, memory_keyring):
    return Channels(store).add("Tiimi", "slack", GOOD_URLS["slack"])


def _request(case, **fields) -> hr.HelpRequest:
    return hr.HelpRequest(case_id=case.id, topic=fields.pop("topic", "masennus ja ahdistus"),
                          question=fields.pop("question", "Miten tukisin jaksamista?"), **fields)


def _snapshot(store) -> dict:
    """Every row of the tables a submit touches (compared before and after a failure)."""
    with store.engine.connect() as conn:
        return {t.name: sorted(tuple(r) for r in conn.execute(select(t)).all())
                for t in (s.help_requests, s.outbox_items, s.audit_log)}


def _count(store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_submit_saves_and_queues_exactly_the_previewed_parts(store, case, team):
    request = _request(case)
    shown = preview_parts(request, team.kind)
    done = svc.submit_request(store, request, "Tiimi", shown, review={"answers": {"x": "kept"}})
    assert not done.new_reference and done.request.id is not None
    assert done.item is not None and done.item.state is svc.State.QUEUED
    assert [i.payload for i in svc.items(store, request_id=done.request.id)] == list(shown)
    assert rq.request_review(store, done.request.id) == {"answers": {"x": "kept"}}
    [record] = rq.list_requests(store, case.id)
    assert record.state == "queued" and not record.draft
    assert [a.outcome for a in svc.audit(store, done.item.id)] == ["queued"]


def test_a_long_request_goes_as_parts_in_one_submit(store, case, team):
    discord = Channels(store).add("Discord", "discord", GOOD_URLS["discord"])
    request = _request(case, situation="Pitkä tilanne. " * 300)
    shown = preview_parts(request, discord.kind)
    assert len(shown) > 1
    done = svc.submit_request(store, request, "Discord", shown)
    queued = svc.items(store, request_id=done.request.id)
    assert [i.part for i in queued] == list(range(1, len(shown) + 1))
    assert {i.state for i in queued} == {svc.State.QUEUED}


def test_changed_bytes_leave_no_request_and_no_item(store, case, team):
    request = _request(case)
    shown = list(preview_parts(request, team.kind))
    shown[0] = shown[0].replace(b"masennus", b"MASENNUS")
    before = _snapshot(store)
    with pytest.raises(InvalidInput, match="changed after the preview"):
        svc.submit_request(store, request, "Tiimi", shown)
    assert _snapshot(store) == before
    assert _count(store, s.help_requests) == 0


def test_a_failing_payload_builder_keeps_the_draft_a_draft(store, case, team, monkeypatch):
    draft = rq.save_request(store, _request(case), complete=False, review={"answers": {}})
    request = _request(case, ref=draft.ref, id=draft.id, situation="Muokattu tilanne.")
    before = _snapshot(store)

    def broken(*_a, **_k):
        raise InvalidInput("the payload builder failed")

    monkeypatch.setattr("coachdesk.outbox.compose.preview_parts", broken)
    with pytest.raises(InvalidInput, match="payload builder failed"):
        svc.submit_request(store, request, "Tiimi", [b"{}"])
    assert _snapshot(store) == before  # the complete save was rolled back with the rest
    [record] = rq.list_requests(store, case.id)
    assert record.draft and record.request.situation == ""


def test_a_failure_after_the_cancel_keeps_the_old_item(store, case, team):
    """Edit and resend: the old item is cancelled inside the transaction, then the queue step
    refuses; the old item is still queued and no new item exists."""
    request = _request(case)
    first = svc.submit_request(store, request, "Tiimi", preview_parts(request, team.kind))
    assert first.item is not None and first.item.state is svc.State.QUEUED
    saved, old = first.request, first.item
    edited = _request(case, ref=saved.ref, id=saved.id, situation="Uusi tieto.")
    before = _snapshot(store)
    with pytest.raises(InvalidInput, match="changed after the preview"):
        svc.submit_request(store, edited, "Tiimi", [b"not what was shown"], replaces=old.id)
    assert _snapshot(store) == before
    assert svc.item(store, old.id).state is svc.State.QUEUED
    assert svc.audit(store, old.id)[-1].outcome == "queued"  # no "cancelled" entry survived


def test_edit_and_resend_cancels_the_old_item_and_queues_the_new_one(store, case, team):
    request = _request(case)
    first = svc.submit_request(store, request, "Tiimi", preview_parts(request, team.kind))
    assert first.item is not None
    edited = _request(case, ref=first.request.ref, id=first.request.id, situation="Uusi tieto.")
    again = svc.submit_request(store, edited, "Tiimi", preview_parts(edited, team.kind), replaces=first.item.id)
    assert again.item is not None and again.item.id != first.item.id
    assert svc.item(store, first.item.id).state is svc.State.CANCELLED
    assert [i.state for i in svc.items(store, request_id=first.request.id)] == [svc.State.CANCELLED, svc.State.QUEUED]


def test_an_unknown_channel_changes_nothing(store, case, team):
    request = _request(case)
    before = _snapshot(store)
    with pytest.raises(NotFound):
        svc.submit_request(store, request, "Ei ole", preview_parts(request, team.kind))
    assert _snapshot(store) == before


def test_a_taken_reference_gives_a_new_one_and_saves_nothing_until_it_is_previewed(store, case, team):
    taken = rq.save_request(store, _request(case, topic="eka"))
    request = _request(case, ref=taken.ref)
    before = _snapshot(store)
    done = svc.submit_request(store, request, "Tiimi", preview_parts(request, team.kind))
    assert done.new_reference and done.request.ref != taken.ref and done.request.id is None
    assert _snapshot(store) == before  # no request without its post (a kill -9 test found one)
    again = svc.submit_request(store, done.request, "Tiimi", preview_parts(done.request, team.kind))
    assert again.item is not None and again.request.ref == done.request.ref


def test_decisions_go_through_one_function(store, case, team):
    request = _request(case)
    done = svc.submit_request(store, request, "Tiimi", preview_parts(request, team.kind))
    assert done.item is not None
    assert svc.decide(store, "cancel", done.item.id).state is svc.State.CANCELLED
    assert svc.decide(store, "send_again", done.item.id).state is svc.State.QUEUED
    with pytest.raises(ValueError, match="unknown decision"):
        svc.decide(store, "delete_everything", done.item.id)
    with pytest.raises(InvalidInput):
        svc.decide(store, "mark_delivered", done.item.id)  # only a "possibly sent" item
    with pytest.raises(InvalidInput):
        svc.decide(store, "retry", svc.decide(store, "cancel", done.item.id).id)  # a cancelled one is never retried


def test_send_due_send_now_and_a_test_message_over_real_http(store, case, local_webhooks, memory_keyring, http_server):
    """A submitted request goes out through send_due as the exact queued bytes; a rejected one
    waits for the coach and send_now sends it again after the fix; the test message reaches the
    channel too."""
    from coachdesk.services.channels import add_channel

    add_channel(store, "Paikallinen", "json", http_server.url_for("/hook"))
    request = _request(case)
    shown = preview_parts(request, "json")
    done = svc.submit_request(store, request, "Paikallinen", shown)
    assert done.item is not None
    http_server.expect_oneshot_request("/hook", method="POST").respond_with_data("nope", status=400)
    [first] = svc.send_due(store)
    assert first.state is svc.State.NEEDS_FIXING
    http_server.expect_request("/hook", method="POST").respond_with_data("ok", status=200)
    [again] = svc.send_now(store, done.item.id)
    assert again.state is svc.State.SENT
    assert [bytes(r.data) for r, _ in http_server.log][-1] == shown[0]
    assert svc.send_test(store, "Paikallinen", "en").http_status == 200
    assert svc.send_due(store) == []
