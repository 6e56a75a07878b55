"""Backups and restore, retention, damaged files, disk full on a real tmpfs, logs free of notes."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain import models as m
from coachdesk.errors import DiskFull, InvalidInput, VaultDamaged, WrongPassphrase
from coachdesk.vault import backup as backup_mod
from coachdesk.vault import retention
from coachdesk.vault.importer import decode_note
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, fast_kdf, run_cli, snapshot_files

DEMO = "demo-coachdesk"


def test_backup_restore_new_folder_export_identical(demo_vault: Path, tmp_path: Path):
    out = tmp_path / "b" / "kopio.cdbackup"
    proc = run_cli("--data-dir", str(demo_vault), "backup", str(out), "--passphrase-stdin", stdin=DEMO + "\n")
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_mode & 0o077 == 0
    assert b"Mets\xc3\xa4tie" not in out.read_bytes()  # a demo pseudonym: the backup is encrypted
    restored = tmp_path / "restored"
    proc = run_cli("--data-dir", str(restored), "restore", str(out), "--passphrase-stdin", stdin=DEMO + "\n")
    assert proc.returncode == 0, proc.stderr
    exports = [
        run_cli("--data-dir", str(d), "export", "--all", "--format", "json", "--passphrase-stdin", stdin=DEMO + "\n")
        for d in (demo_vault, restored)
    ]
    assert exports[0].returncode == 0 and exports[0].stdout == exports[1].stdout
    assert "Metsätie" in exports[1].stdout


def test_restore_with_recovery_key_and_over_current_keeps_old(tmp_path: Path):
    folder = tmp_path / "v"
    v, recovery = Vault.create(folder, PASSPHRASE, kdf=fast_kdf())
    case = v.store.create_case(m.Case(code="K-1"))
    v.store.add_note(m.Note(case_id=case.id, text="ennen varmuuskopiota"))
    backup_mod.write_backup(v, tmp_path / "b.cdbackup")
    v.store.add_note(m.Note(case_id=case.id, text="varmuuskopion jälkeen"))
    v.close()
    from coachdesk.vault.restore import restore

    with pytest.raises(WrongPassphrase):
        restore(tmp_path / "b.cdbackup", folder, passphrase="wrong", replace=True)
    before = snapshot_files(folder)
    assert snapshot_files(folder) == before
    aside = restore(tmp_path / "b.cdbackup", folder, recovery_key=recovery, replace=True)
    assert aside is not None and (aside / "vault.db").exists()
    with Vault.open(folder, PASSPHRASE) as again:
        assert [n.text for n in again.store.list_notes(case.id)] == ["ennen varmuuskopiota"]
    with Vault.open(aside, PASSPHRASE) as old:
        assert len(old.store.list_notes(case.id)) == 2


def test_damaged_backup_is_refused_and_target_untouched(vault: Vault, tmp_path: Path):
    path = backup_mod.write_backup(vault, tmp_path / "b.cdbackup")
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    path.write_bytes(bytes(raw))
    from coachdesk.vault.restore import restore

    with pytest.raises(VaultDamaged):
        restore(path, tmp_path / "new", passphrase=PASSPHRASE)
    assert not (tmp_path / "new" / "vault.db").exists()
    (tmp_path / "junk.cdbackup").write_bytes(b"not a backup at all")
    with pytest.raises(InvalidInput):
        restore(tmp_path / "junk.cdbackup", tmp_path / "new2", passphrase=PASSPHRASE)


def test_daily_backup_once_a_day_keeps_last_seven(vault: Vault):
    start = datetime(2026, 11, 1)
    for day in range(10):
        when = start + timedelta(days=day)
        assert backup_mod.daily_backup_if_due(vault, when) is not None
        os.utime(vault.paths.backups / f"daily-{when:%Y%m%d}.cdbackup", (when.timestamp(), when.timestamp()))
        assert backup_mod.daily_backup_if_due(vault, when) is None
    names = sorted(p.name for p in vault.paths.backups.glob("daily-*"))
    assert names == [f"daily-202611{d:02d}.cdbackup" for d in range(4, 11)]
    assert backup_mod.newest_backups(vault.paths.root)[0].name == "daily-20261110.cdbackup"


def test_retention_reminder_and_secure_purge(vault: Vault):
    from sqlalchemy import text

    store = vault.store
    old = store.create_case(m.Case(code="K-OLD", status=m.CaseStatus.CLOSED, opened=date(2024, 1, 1),
                                   closed=date(2025, 1, 15)))
    recent = store.create_case(m.Case(code="K-NEW", status=m.CaseStatus.CLOSED, opened=date(2026, 1, 1),
                                      closed=date(2026, 10, 1)))
    store.create_case(m.Case(code="K-ACTIVE"))
    store.add_note(m.Note(case_id=old.id, text="poistettavamerkki " * 20))
    store.add_reflection(m.Reflection(template="free", answers={"text": "poistettavamerkki"}, case_id=old.id))
    items = {i.code: i for i in retention.closed_cases(vault, date(2026, 11, 27))}
    assert set(items) == {"K-OLD", "K-NEW"}
    assert items["K-OLD"].due and items["K-OLD"].months_closed == 22 and not items["K-NEW"].due
    store.set_setting(retention.RETENTION_SETTING, "1")
    assert retention.closed_cases(vault, date(2026, 11, 27))[1].due
    retention.purge_case(vault, old.id)
    assert store.search("poistettavamerkki") == []
    with vault.engine.connect() as conn:
        for table in ("notes_fts_data", "reflections_fts_data"):
            blob = b"".join(bytes(r[0]) for r in conn.execute(text(f"SELECT block FROM {table}")) if r[0])
            assert b"poistettavamerkki" not in blob
    assert vault.check() == []
    assert [c.code for c in store.list_cases()] == ["K-ACTIVE", "K-NEW"]
    assert (vault.paths.root / "vault.db-wal").stat().st_size == 0
    assert recent.id


def test_retention_cli(demo_vault: Path):
    proc = run_cli("--data-dir", str(demo_vault), "retention", "--passphrase-stdin", stdin=DEMO + "\n")
    assert proc.returncode == 0 and "K-2025-031" in proc.stdout and "12 months" in proc.stdout
    proc = run_cli("--data-dir", str(demo_vault), "retention", "--purge", "K-2026-001", "--passphrase-stdin",
                   stdin=DEMO + "\n")
    assert proc.returncode == 1 and "nothing was deleted" in proc.stderr
    proc = run_cli("--data-dir", str(demo_vault), "retention", "--purge", "K-2025-031", "--passphrase-stdin",
                   stdin=DEMO + "\n")
    assert proc.returncode == 0, proc.stderr
    proc = run_cli("--data-dir", str(demo_vault), "cases", "--passphrase-stdin", stdin=DEMO + "\n")
    assert "K-2025-031" not in proc.stdout and "K-2026-001" in proc.stdout


@pytest.mark.parametrize("seed", range(8))
def test_flipped_bytes_in_database_clear_message_nothing_overwritten(demo_vault: Path, seed: int):
    rng = random.Random(seed)
    db = demo_vault / "vault.db"
    raw = bytearray(db.read_bytes())
    for _ in range(rng.randint(1, 6)):
        raw[rng.randrange(0, len(raw))] ^= 1 << rng.randrange(8)
    db.write_bytes(bytes(raw))
    before = snapshot_files(demo_vault)
    proc = run_cli("--data-dir", str(demo_vault), "check", "--passphrase-stdin", stdin=DEMO + "\n")
    assert "Traceback" not in proc.stderr
    if proc.returncode == 0:  # a flip in unused space can be harmless; the check said so
        assert "sound" in proc.stdout
    else:
        assert proc.returncode == 1 and proc.stderr.startswith("coachdesk: ")
    assert snapshot_files(demo_vault)["vault.db"] == before["vault.db"]


@pytest.mark.parametrize("seed", range(6))
def test_flipped_bytes_in_header_exit_1_nothing_changed(demo_vault: Path, seed: int):
    rng = random.Random(seed)
    path = demo_vault / "vault.header.json"
    raw = bytearray(path.read_bytes())
    raw[rng.randrange(0, len(raw))] ^= 1 << rng.randrange(7)
    path.write_bytes(bytes(raw))
    before = snapshot_files(demo_vault)
    proc = run_cli("--data-dir", str(demo_vault), "cases", "--passphrase-stdin", stdin=DEMO + "\n")
    assert proc.returncode == 1, proc.stdout
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "damaged" in proc.stderr or "Wrong" in proc.stderr
    assert snapshot_files(demo_vault) == before


@pytest.fixture
def small_tmpfs(tmp_path: Path):
    mnt = tmp_path / "tmpfs"
    mnt.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1200k", "tmpfs", str(mnt)], capture_output=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.decode().strip()}")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_disk_full_on_real_tmpfs_rolls_back_and_keeps_acknowledged(small_tmpfs: Path):
    folder = small_tmpfs / "v"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=fast_kdf())
    case = vault.store.create_case(m.Case(code="K-1"))
    acknowledged = []
    with pytest.raises(DiskFull, match="rolled back"):
        for i in range(10_000):
            text = f"muistiinpano {i} " + uuid.uuid4().hex * 40
            vault.store.add_note(m.Note(case_id=case.id, text=text))
            acknowledged.append(text)
    assert len(acknowledged) > 5
    vault.close()
    with Vault.open(folder, PASSPHRASE) as again:
        texts = {n.text for n in again.store.list_notes(case.id)}
        assert set(acknowledged) <= texts and len(texts) == len(acknowledged)
        assert again.check() == []


def test_logs_never_hold_note_text(tmp_path: Path):
    planted = ["Hilkka-Marjatta Plantedname", "Plantedvillage", "070785-123X"]
    folder = tmp_path / "v"
    assert run_cli("--data-dir", str(folder), "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0
    note = tmp_path / "n.txt"
    note.write_text(" ".join(planted), encoding="utf-8")
    for args in (["import", str(note), "--case", "K-LOG"], ["export", "--all"], ["check"], ["cases"],
                 ["backup", str(tmp_path / "b.cdbackup")]):
        proc = run_cli("--data-dir", str(folder), *args, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
        assert proc.returncode == 0, proc.stderr
    logs = list((folder / "logs").glob("*.log*"))
    assert logs, "the CLI flow should have logged something"
    content = b"".join(p.read_bytes() for p in logs)
    assert b"vault" in content
    for word in planted:
        assert word.encode() not in content


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_importer_never_crashes_on_random_bytes(raw: bytes):
    try:
        text = decode_note(raw, "x.txt")
    except InvalidInput as err:
        assert "x.txt" in str(err) and "nothing was imported" in str(err)
    else:
        assert isinstance(text, str) and "\r" not in text


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=500),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_importer_roundtrips_real_text_in_any_unicode_encoding(text: str, encoding: str):
    assert decode_note(text.encode(encoding), "x.txt") == text
