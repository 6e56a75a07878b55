"""Revision 0002 in a real SQLCipher vault: the upgrade from 0001, cascades, requests, follow-ups."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from coachdesk.domain import help_request as hr
from coachdesk.domain import models as m
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.outbox import requests as rq
from coachdesk.vault import schema as s
from coachdesk.vault.store import now_iso
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, fast_kdf


def test_vault_at_0001_upgrades_to_0002_keeping_data(data_dir: Path, tmp_path: Path, monkeypatch):
    from coachdesk.vault import migrate

    old_scripts = tmp_path / "db"
    shutil.copytree(Path(migrate.migrations_dir()), old_scripts)
    for path in [*(old_scripts / "versions").glob("000[2-9]_*.py")]:
        path.unlink()
    with monkeypatch.context() as mp:
        mp.setattr(migrate, "migrations_dir", lambda: old_scripts)
        mp.setattr(migrate, "SCHEMA_HEAD", "0001")
        mp.setattr(migrate, "KNOWN_REVISIONS", ("0001",))
        v, _ = Vault.create(data_dir, PASSPHRASE, kdf=fast_kdf())
        with v:
            assert migrate.current_revision(v.engine) == "0001"
            v.store.create_case(m.Case(code="K-2026-001"))
    with Vault.open(data_dir, PASSPHRASE) as v:
        assert migrate.current_revision(v.engine) == s.SCHEMA_HEAD
        assert v.store.get_case_by_code("K-2026-001")
        saved = rq.save_request(v.store, hr.HelpRequest(topic="t", question="q?", case_id=v.store.list_cases()[0].id))
        assert rq.get_request(v.store, saved.id).topic == "t"
        assert v.check() == []
    assert list((data_dir / "backups").glob("pre-migration-0001-*.cdbackup"))


def test_vault_at_0002_upgrades_to_0003_keeping_channels_colleagues_and_outbox(data_dir: Path, tmp_path: Path,
                                                                            monkeypatch):
    """Revision 0003 only adds columns: every 0002 row keeps its values and gets the defaults."""
    from coachdesk.vault import migrate

    old_scripts = tmp_path / "db"
    shutil.copytree(Path(migrate.migrations_dir()), old_scripts)
    for path in (old_scripts / "versions").glob("000[3-9]_*.py"):
        path.unlink()
    with monkeypatch.context() as mp:
        mp.setattr(migrate, "migrations_dir", lambda: old_scripts)
        mp.setattr(migrate, "SCHEMA_HEAD", "0002")
        mp.setattr(migrate, "KNOWN_REVISIONS", ("0001", "0002"))
        v, _ = Vault.create(data_dir, PASSPHRASE, kdf=fast_kdf())
        with v:
            assert migrate.current_revision(v.engine) == "0002"
            case = v.store.create_case(m.Case(code="K-2026-001"))
            req = rq.save_request(v.store, hr.HelpRequest(topic="t", question="q?", case_id=case.id))
            stamp = now_iso()
            with v.store.tx() as conn:
                conn.exec_driver_sql(
                    "INSERT INTO colleagues (name, expertise, teams_upn, slack_id, created_at, updated_at) "
                    "VALUES ('Maija', '[\"uni\"]', 'maija@example.fi', 'U012ABCDEF', ?, ?)", (stamp, stamp))
                conn.exec_driver_sql(
                    "INSERT INTO channels (name, kind, secret_store, secret_ref, host, created_at, updated_at) "
                    "VALUES ('Tiimi', 'slack', 'vault', 'ref1', 'hooks.slack.com', ?, ?)", (stamp, stamp))
                conn.exec_driver_sql(
                    "INSERT INTO outbox_items (request_id, channel_name, kind, payload, payload_sha256, state, "
                    "created_at, updated_at) VALUES (?, 'Tiimi', 'slack', x'7b7d', 'h', 'possibly_sent', ?, ?)",
                    (req.id, stamp, stamp))
    with Vault.open(data_dir, PASSPHRASE) as v:
        assert migrate.current_revision(v.engine) == s.SCHEMA_HEAD
        with v.store.engine.connect() as conn:
            col = conn.execute(select(s.colleagues)).one()
            assert (col.name, col.teams_upn, col.slack_id, col.mattermost_username, col.googlechat_id,
                    col.discord_id) == ("Maija", "maija@example.fi", "U012ABCDEF", "", "", "")
            assert conn.execute(select(s.channels.c.options)).scalar_one() == "{}"
            item = conn.execute(select(s.outbox_items)).one()
            assert (item.state, item.batch_id, item.part, item.parts, item.thread_ref) == ("possibly_sent", None, 1, 1, "")
        assert v.check() == []
    assert list((data_dir / "backups").glob("pre-migration-0002-*.cdbackup"))


def _count(store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_deleting_a_case_deletes_its_requests_outbox_items_drafts_and_followups(store, case):
    other = store.create_case(m.Case(code="K-2026-008"))
    mine = rq.save_request(store, hr.HelpRequest(topic="t", question="q?", case_id=case.id))
    rq.save_request(store, hr.HelpRequest(topic="u", question="q?", case_id=case.id))
    theirs = rq.save_request(store, hr.HelpRequest(topic="v", question="q?", case_id=other.id))
    stamp = now_iso()
    with store.tx() as conn:
        for state in ("draft", "queued", "sent"):
            item_id = conn.execute(
                insert(s.outbox_items).values(
                    request_id=mine.id, channel_name="c", kind="json", payload=b'{"text":"x"}',
                    payload_sha256="h", state=state, created_at=stamp, updated_at=stamp,
                )
            ).inserted_primary_key[0]
        conn.execute(insert(s.audit_log).values(at=stamp, outbox_item_id=item_id, outcome="delivered", request_ref=mine.ref))
    rq.add_followup(store, mine.id, "answer", "sparrausta torstaina")
    store.delete_case(case.id)
    assert [r.request.id for r in rq.list_requests(store)] == [theirs.id]
    assert _count(store, s.outbox_items) == 0
    assert _count(store, s.request_followups) == 0
    # the audit log keeps the attempt (no text in it), unlinked from the deleted item
    with store.engine.connect() as conn:
        row = conn.execute(select(s.audit_log)).one()
    assert row.outbox_item_id is None and row.outcome == "delivered"


def test_deleting_a_note_or_reflection_keeps_the_request(store, case):
    note = store.list_notes(case.id)[0]
    req = rq.save_request(store, _filled(hr.draft_from_note(store, note.id)))
    store.delete_note(note.id)
    again = rq.get_request(store, req.id)
    assert again.note_id is None and again.case_id == case.id


def _filled(req: hr.HelpRequest) -> hr.HelpRequest:
    req.question = req.question or "Mitä tekisit?"
    req.topic = req.topic or "aihe"
    return req


def test_save_list_and_text_of_requests(store, case):
    draft = _filled(hr.draft_from_case(store, case.id))
    saved = rq.save_request(store, draft)
    assert saved.id and saved.ref == draft.ref
    records = rq.list_requests(store, case.id)
    assert len(records) == 1 and records[0].state == "unsent" and records[0].case_code == case.code
    assert f"#{saved.ref}" in records[0].text and records[0].text == hr.render_text(saved)
    saved.question = "Uusi kysymys?"
    rq.save_request(store, saved, text="muokattu teksti #" + saved.ref)
    assert rq.request_text(store, saved.id) == "muokattu teksti #" + saved.ref
    assert rq.get_request(store, saved.id).question == "Uusi kysymys?"
    with pytest.raises(NotFound):
        rq.save_request(store, _filled(hr.HelpRequest(case_id=999_999)))


def test_duplicate_reference_gets_a_fresh_one(store, case):
    first = rq.save_request(store, hr.HelpRequest(ref="AAAA", topic="t", question="q"))
    second = rq.save_request(store, hr.HelpRequest(ref="AAAA", topic="t", question="q"))
    assert first.ref == "AAAA" and second.ref != "AAAA"
    assert f"#{second.ref}" in rq.request_text(store, second.id)
    with pytest.raises(InvalidInput):
        rq.save_request(store, hr.HelpRequest(ref="AAAA", topic="t", question="q"), text="fixed #AAAA")


def test_followups_close_the_loop_in_case_timeline(store, case):
    req = rq.save_request(store, _filled(hr.draft_from_case(store, case.id)))
    rq.add_followup(store, req.id, rq.FollowupKind.ANSWER, "Sparrausta tarjottu torstaina", on=date(2026, 11, 27))
    rq.add_followup(store, req.id, "help_received", help_kind="sparring", on=date(2026, 11, 28))
    rq.add_followup(store, req.id, "will_try", "Lyhyet puhelut ennen tapaamista", on=date(2026, 11, 28))
    timeline = rq.list_followups(store, case.id)
    assert [(f.kind, f.help_kind) for f in timeline] == [
        (rq.FollowupKind.ANSWER, rq.HelpReceived.NONE),
        (rq.FollowupKind.HELP_RECEIVED, rq.HelpReceived.SPARRING),
        (rq.FollowupKind.WILL_TRY, rq.HelpReceived.NONE),
    ]
    assert all(f.request_ref == req.ref and f.case_id == case.id for f in timeline)
    with pytest.raises(InvalidInput):
        rq.add_followup(store, req.id, "help_received")
    with pytest.raises(InvalidInput):
        rq.add_followup(store, req.id, "answer", "  ")
    with pytest.raises(NotFound):
        rq.add_followup(store, 12345, "answer", "x")


def test_group_session_topics_are_anonymised(store, case):
    store.add_identifier(case.id, "Virtanen", m.IdentifierKind.NAME)
    req = rq.save_request(
        store,
        hr.HelpRequest(
            case_id=case.id, topic="Paluu työhön, Asiakas A", question="Miten tuen Virtasta, kun K-2026-007 jännittää?"
        ),
    )
    rq.save_request(store, hr.HelpRequest(case_id=case.id, topic="ei ryhmään", question="q"))
    assert rq.group_session_topics(store) == []
    rq.set_group_topic(store, req.id)
    topics = rq.group_session_topics(store)
    assert [t.ref for t in topics] == [req.ref]
    joined = topics[0].topic + " " + topics[0].question
    pytest.importorskip("coachdesk.privacy.scrubber")
    for secret in ("Virtanen", "Virtasta", "K-2026-007", "Asiakas A"):
        assert secret not in joined, secret
    rq.set_group_topic(store, req.id, False)
    assert rq.group_session_topics(store) == []


def test_unfinished_draft_can_be_autosaved(store, case):
    draft = hr.draft_from_case(store, case.id)
    draft.topic, draft.question = "", ""
    with pytest.raises(InvalidInput):
        rq.save_request(store, draft)
    saved = rq.save_request(store, draft, complete=False)
    assert rq.get_request(store, saved.id).situation == draft.situation
    saved.lang = "de"
    with pytest.raises(InvalidInput):
        rq.save_request(store, saved, complete=False)
