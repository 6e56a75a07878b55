"""Revision 0005 in a real SQLCipher vault: help_requests.lang accepts 'sv'; every request, outbox item
and follow-up of a 0004 vault stays (the table is not rebuilt, so no ON DELETE CASCADE can fire)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from coachdesk.domain import help_request as hr
from coachdesk.domain import models as m
from coachdesk.outbox import requests as rq
from coachdesk.vault import schema as s
from coachdesk.vault.sql_0005 import NEW_CHECK, OLD_CHECK
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, fast_kdf


def _vault_at_0004(data_dir: Path, tmp_path: Path, monkeypatch) -> None:
    from coachdesk.vault import migrate

    old_scripts = tmp_path / "db"
    shutil.copytree(Path(migrate.migrations_dir()), old_scripts)
    for path in (old_scripts / "versions").glob("000[5-9]_*.py"):
        path.unlink()
    with monkeypatch.context() as mp:
        mp.setattr(migrate, "migrations_dir", lambda: old_scripts)
        mp.setattr(migrate, "SCHEMA_HEAD", "0004")
        mp.setattr(migrate, "KNOWN_REVISIONS", ("0001", "0002", "0003", "0004"))
        v, _ = Vault.create(data_dir, PASSPHRASE, kdf=fast_kdf())
        with v:
            assert migrate.current_revision(v.engine) == "0004"
            case = v.store.create_case(m.Case(code="K-2026-001"))
            for lang in ("fi", "en"):
                req = rq.save_request(v.store, hr.HelpRequest(lang=lang, topic=lang, question="q?", case_id=case.id))
                with v.store.tx() as conn:
                    conn.exec_driver_sql(
                        "INSERT INTO outbox_items (request_id, channel_name, kind, payload, payload_sha256, state, "
                        "created_at, updated_at) VALUES (?, 'Tiimi', 'slack', x'7b7d', 'h', 'sent', 'x', 'x')",
                        (req.id,))
            with pytest.raises(IntegrityError), v.store.tx() as conn:  # 0004 refuses Swedish
                conn.exec_driver_sql("UPDATE help_requests SET lang = 'sv'")


def _count(store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_vault_at_0004_upgrades_to_0005_keeping_every_request_and_item(data_dir: Path, tmp_path: Path, monkeypatch):
    from coachdesk.vault import migrate

    _vault_at_0004(data_dir, tmp_path, monkeypatch)
    with Vault.open(data_dir, PASSPHRASE) as v:
        assert migrate.current_revision(v.engine) == s.SCHEMA_HEAD
        with v.store.engine.connect() as conn:
            assert sorted(conn.execute(select(s.help_requests.c.lang)).scalars()) == ["en", "fi"]
        assert _count(v.store, s.outbox_items) == 2  # nothing cascaded away
        with v.store.engine.connect() as conn:
            (sql,) = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'help_requests'").one()
            assert NEW_CHECK in sql and OLD_CHECK not in sql
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        case = v.store.get_case_by_code("K-2026-001")
        saved = rq.save_request(v.store, hr.HelpRequest(lang="sv", topic="arbetsprövning", question="Hur?",
                                                        case_id=case.id))
        assert rq.get_request(v.store, saved.id).lang == "sv"
        with pytest.raises(IntegrityError), v.store.tx() as conn:  # the check still holds for others
            conn.exec_driver_sql("UPDATE help_requests SET lang = 'de' WHERE id = ?", (saved.id,))
        assert v.check() == []
    assert list((data_dir / "backups").glob("pre-migration-0004-*.cdbackup"))
    with Vault.open(data_dir, PASSPHRASE) as v:  # opens again at the head, no second migration
        assert migrate.current_revision(v.engine) == s.SCHEMA_HEAD
        assert len(list((data_dir / "backups").glob("pre-migration-*.cdbackup"))) == 1


def test_a_new_vault_takes_swedish_requests(store, case):
    saved = rq.save_request(store, hr.HelpRequest(lang="sv", topic="t", question="q?", case_id=case.id))
    assert rq.get_request(store, saved.id).lang == "sv"
