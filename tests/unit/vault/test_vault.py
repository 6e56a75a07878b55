"""The vault on a real SQLCipher file: create, open, keys, damage, versions, locking, disk full."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk.domain import models as m
from coachdesk.errors import (
    DiskFull,
    NoVault,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultTooNew,
    WrongPassphrase,
)
from coachdesk.vault import header as header_mod
from coachdesk.vault.vault import Vault, unlock_with_passphrase, unlock_with_recovery_key
from tests.conftest import PASSPHRASE, fast_kdf, snapshot_files

MARKER = "Zyxwvut-MARKER-4711 asiakkaan salainen muistiinpano"


def _note(v: Vault, text: str = MARKER) -> m.Note:
    case = v.store.create_case(m.Case(code="K-2026-001", pseudonym="Testi"))
    return v.store.add_note(m.Note(case_id=case.id, text=text))


def test_create_open_roundtrip(vault: Vault, data_dir: Path):
    _note(vault)
    vault.close()
    with Vault.open(data_dir, PASSPHRASE) as again:
        notes = again.store.list_notes(again.store.get_case_by_code("K-2026-001").id)
        assert [n.text for n in notes] == [MARKER]


def test_files_are_encrypted_and_owner_only(vault: Vault, data_dir: Path):
    _note(vault)
    vault.close()
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert MARKER.encode() not in path.read_bytes(), path
            assert b"4711" not in path.read_bytes() or path.suffix != ".json"
            if os.name == "posix":
                assert path.stat().st_mode & 0o077 == 0, path
    assert data_dir.stat().st_mode & 0o077 == 0
    assert data_dir.joinpath("vault.db").read_bytes()[:16] != b"SQLite format 3\x00"


def test_wrong_passphrase_changes_nothing(vault: Vault, data_dir: Path):
    vault.close()
    before = snapshot_files(data_dir)
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, "not it")
    assert snapshot_files(data_dir) == before


def test_recovery_key_opens_and_resets_passphrase(vault: Vault, data_dir: Path):
    recovery = vault.recovery_key_for_tests
    vault.close()
    key = unlock_with_recovery_key(data_dir, recovery.lower())
    with Vault.open_with_key(data_dir, key) as v:
        v.reset_passphrase("brand new passphrase", kdf=fast_kdf())
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(data_dir, PASSPHRASE)
    Vault.open(data_dir, "brand new passphrase").close()
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(data_dir, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")


def test_change_passphrase_reencrypts_with_a_new_key(vault: Vault, data_dir: Path):
    _note(vault)
    vault.close()
    db_before = (data_dir / "vault.db").read_bytes()
    header_before = (data_dir / "vault.header.json").read_bytes()
    vault = Vault.open(data_dir, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("wrong", "x" * 10, kdf=fast_kdf())
    vault.close()
    assert (data_dir / "vault.db").read_bytes() == db_before  # a wrong old passphrase changes nothing
    assert (data_dir / "vault.header.json").read_bytes() == header_before
    vault = Vault.open(data_dir, PASSPHRASE)
    vault.change_passphrase(PASSPHRASE, "another passphrase", kdf=fast_kdf())
    vault.close()
    assert (data_dir / "vault.db").read_bytes() != db_before  # rotated: see tests/unit/vault/test_rekey.py
    Vault.open(data_dir, "another passphrase").close()


def test_new_recovery_key_replaces_old(vault: Vault, data_dir: Path):
    old = vault.recovery_key_for_tests
    new = vault.new_recovery_key(PASSPHRASE)
    vault.close()
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(data_dir, old)
    assert unlock_with_recovery_key(data_dir, new)


def test_header_has_no_secret_and_params_stored(vault: Vault, data_dir: Path):
    doc = json.loads((data_dir / "vault.header.json").read_text())
    assert doc["kdf"]["name"] == "argon2id" and doc["kdf"]["iterations"] == 2
    assert vault.data_key.hex() not in json.dumps(doc)
    assert PASSPHRASE not in json.dumps(doc)


def test_no_vault_and_exists(tmp_path: Path, vault: Vault, data_dir: Path):
    with pytest.raises(NoVault):
        Vault.open(tmp_path / "nothing", PASSPHRASE)
    assert not (tmp_path / "nothing").exists()
    with pytest.raises(VaultExists):
        Vault.create(data_dir, PASSPHRASE, kdf=fast_kdf())


@pytest.mark.parametrize("field", ["ct", "kdf_iterations", "salt"])
def test_tampered_header_is_damaged_and_untouched(vault: Vault, data_dir: Path, field: str):
    vault.close()
    path = data_dir / "vault.header.json"
    doc = json.loads(path.read_text())
    if field == "ct":
        ct = bytearray(header_mod.keys.b64d(doc["passphrase_wrap"]["ct"]))
        ct[0] ^= 1
        doc["passphrase_wrap"]["ct"] = header_mod.keys.b64e(bytes(ct))
    elif field == "kdf_iterations":
        doc["kdf"]["iterations"] = 3
    else:
        doc["kdf"]["salt"] = header_mod.keys.b64e(b"z" * 16)
    path.write_text(json.dumps(doc))
    before = snapshot_files(data_dir)
    with pytest.raises(VaultDamaged):
        Vault.open(data_dir, PASSPHRASE)
    assert snapshot_files(data_dir) == before


def test_truncated_or_garbage_database_is_damaged(vault: Vault, data_dir: Path):
    _note(vault)
    vault.close()
    db = data_dir / "vault.db"
    for sidecar in ("vault.db-wal", "vault.db-shm"):
        (data_dir / sidecar).unlink(missing_ok=True)
    db.write_bytes(db.read_bytes()[:1000])
    before = snapshot_files(data_dir)
    with pytest.raises(VaultDamaged):
        Vault.open(data_dir, PASSPHRASE)
    assert snapshot_files(data_dir) == before
    db.write_bytes(os.urandom(8192))
    with pytest.raises(VaultDamaged):
        Vault.open(data_dir, PASSPHRASE)


def test_missing_database_is_damaged(vault: Vault, data_dir: Path):
    vault.close()
    (data_dir / "vault.db").unlink()
    with pytest.raises(VaultDamaged):
        Vault.open(data_dir, PASSPHRASE)


def test_newer_schema_is_refused(vault: Vault, data_dir: Path):
    from sqlalchemy import text

    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    vault.close()
    with pytest.raises(VaultTooNew, match="newer CoachDesk"):
        Vault.open(data_dir, PASSPHRASE)


def test_second_process_is_refused(vault: Vault, data_dir: Path):
    code = (
        "import sys\n"
        "from coachdesk.vault.vault import Vault\n"
        "from coachdesk.errors import VaultInUse\n"
        f"try:\n    Vault.open({str(data_dir)!r}, {PASSPHRASE!r})\nexcept VaultInUse:\n    sys.exit(3)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert proc.returncode == 3, proc.stderr
    with pytest.raises(VaultInUse):
        Vault.open(data_dir, PASSPHRASE)


def test_closed_vault_refuses_use_and_wipes_key(vault: Vault):
    vault.close()
    with pytest.raises(VaultLocked):
        _ = vault.engine
    assert not vault.is_open


def test_disk_full_rolls_back_with_clear_message(vault: Vault):
    from sqlalchemy import text

    case = vault.store.create_case(m.Case(code="K-1"))
    vault.store.add_note(m.Note(case_id=case.id, text="kept"))
    with vault.engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar()
    # every pooled connection caps the file at its current size: the next growth fails as SQLITE_FULL
    from sqlalchemy import event

    @event.listens_for(vault.engine, "connect")
    def _cap(dbapi_conn, _rec):
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    vault.engine.dispose()
    with pytest.raises(DiskFull, match="rolled back"):
        vault.store.add_note(m.Note(case_id=case.id, text="x" * 400_000))
    assert [n.text for n in vault.store.list_notes(case.id)] == ["kept"]
    assert vault.check() == []


def test_check_detects_fts_drift(vault: Vault):
    from sqlalchemy import text

    _note(vault)
    assert vault.check() == []
    with vault.engine.begin() as conn:
        conn.execute(text("DELETE FROM notes_fts"))
    assert any("notes_fts" in p for p in vault.check())


def test_migration_takes_encrypted_backup_first(vault: Vault, data_dir: Path, tmp_path: Path, monkeypatch):
    """A vault at the head opened by code that knows one more revision: backup first, then upgrade."""
    from coachdesk.vault import migrate, schema

    _note(vault)
    vault.close()
    head, known = schema.SCHEMA_HEAD, schema.KNOWN_REVISIONS
    scripts = tmp_path / "db"
    shutil.copytree(Path(migrate.migrations_dir()), scripts)
    (scripts / "versions" / "0099_test.py").write_text(
        'from alembic import op\nimport sqlalchemy as sa\nrevision = "0099"\n'
        f'down_revision = "{head}"\n'
        "branch_labels = None\ndepends_on = None\n"
        'def upgrade():\n    op.add_column("cases", sa.Column("extra", sa.Text()))\n'
    )
    monkeypatch.setattr(migrate, "migrations_dir", lambda: scripts)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "0099")
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (*known, "0099"))
    monkeypatch.setattr(schema, "SCHEMA_HEAD", "0099")
    with Vault.open(data_dir, PASSPHRASE) as v:
        assert migrate.current_revision(v.engine) == "0099"
    backups = list((data_dir / "backups").glob(f"pre-migration-{head}-*.cdbackup"))
    assert len(backups) == 1
    raw = backups[0].read_bytes()
    assert MARKER.encode() not in raw
    # the backup restores to the pre-migration state and opens with the passphrase
    from coachdesk.vault.backup import unpack_backup

    unpack_backup(backups[0], tmp_path / "restored")
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", head)
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", known)
    with Vault.open(tmp_path / "restored", PASSPHRASE) as r:
        assert migrate.current_revision(r.engine) == head
        assert r.check() == []


def test_schema_head_matches_migration_scripts_and_metadata(vault: Vault):
    """The Core tables the code queries are exactly what the migrations built."""
    from sqlalchemy import inspect

    from coachdesk.vault import migrate, schema

    assert migrate.head_of_scripts() == schema.SCHEMA_HEAD == schema.KNOWN_REVISIONS[-1]
    insp = inspect(vault.engine)
    real = {t for t in insp.get_table_names() if "_fts" not in t and t != "alembic_version"}
    assert real == set(schema.metadata.tables)
    for name, table in schema.metadata.tables.items():
        cols = {c["name"]: c for c in insp.get_columns(name)}
        assert set(cols) == {c.name for c in table.columns}, name
        for col in table.columns:
            if not col.primary_key:
                assert cols[col.name]["nullable"] == col.nullable, (name, col.name)
        with vault.engine.connect() as conn:
            rows = conn.exec_driver_sql(f"PRAGMA foreign_key_list({name})").all()
        fks = {(r[3], r[2], r[6]) for r in rows}  # from, table, on_delete
        assert fks == {(fk.parent.name, fk.column.table.name, fk.ondelete) for fk in table.foreign_keys}, name


def test_demo_vault_is_marked_and_quick_check_can_be_deferred(demo_vault: Path, tmp_path: Path):
    from coachdesk.vault.vault import is_demo_vault

    Vault.create(tmp_path / "real", PASSPHRASE, kdf=fast_kdf())[0].close()
    assert is_demo_vault(demo_vault) and not is_demo_vault(tmp_path / "real")
    assert not is_demo_vault(tmp_path / "none")
    with Vault.open(demo_vault, "demo-coachdesk", quick_check=False) as v:
        assert v.is_demo
        v.quick_check()


def test_quick_check_reports_a_damaged_page_as_damage(demo_vault: Path):
    with Vault.open(demo_vault, "demo-coachdesk") as v:
        v.quick_check()
    db = demo_vault / "vault.db"
    raw = bytearray(db.read_bytes())
    page = 4096
    for i in range(page * 2, min(len(raw), page * 2 + 64)):
        raw[i] ^= 0xFF  # scramble the start of page 3 (an encrypted table page)
    db.write_bytes(bytes(raw))
    try:
        v = Vault.open(demo_vault, "demo-coachdesk", quick_check=False)
    except VaultDamaged:
        return  # damage noticed already while opening: also a clear answer
    with v, pytest.raises(VaultDamaged):
        v.quick_check()
