"""``demo --force`` only ever replaces a demo vault, and only with the vault lock held (issue 12, 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.vault.backup import daily_backup_if_due
from coachdesk.vault.lockfile import VaultLock
from coachdesk.vault.vault import Vault, VaultPaths
from tests.conftest import PASSPHRASE, fast_kdf, run_cli, snapshot_files


def _one_line_refusal(proc, before: dict, folder: Path) -> None:
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert snapshot_files(folder) == before


@pytest.fixture
def real_vault(make_vault, data_dir: Path) -> Path:
    """A coach's vault (not a demo) with a note and an automatic backup in its backups folder."""
    with make_vault(cases=["one_note"], keep_open=True) as vault:
        assert daily_backup_if_due(vault) is not None
    return data_dir


def test_force_refuses_a_real_vault_and_keeps_every_byte(real_vault: Path):
    before = snapshot_files(real_vault)
    assert any(name.startswith("backups/") for name in before)
    proc = run_cli("--data-dir", str(real_vault), "demo", "--force")
    _one_line_refusal(proc, before, real_vault)
    assert "not a demo vault" in proc.stderr
    with Vault.open(real_vault, PASSPHRASE) as vault:
        assert [c.code for c in vault.store.list_cases()] == ["K-2026-014"]


@pytest.mark.parametrize("damage", ["zero_db", "no_header", "header_garbage", "header_says_demo_no_db"])
def test_force_refuses_what_it_cannot_prove_is_a_demo(data_dir: Path, damage: str):
    data_dir.mkdir(mode=0o700)
    paths = VaultPaths(data_dir)
    if damage == "zero_db":
        paths.db.write_bytes(b"")
        paths.header.write_text('{"extra": {}}')
    elif damage == "no_header":
        paths.db.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    elif damage == "header_garbage":
        paths.db.write_bytes(b"x" * 4096)
        paths.header.write_bytes(b"\xff\xfe not json")
    else:  # a header copied in by hand that claims "demo" but no database beside it is not a demo vault
        paths.header.write_text('{"extra": {"demo": true}}')
    before = snapshot_files(data_dir)
    proc = run_cli("--data-dir", str(data_dir), "demo", "--force")
    _one_line_refusal(proc, before, data_dir)


def test_force_on_a_demo_vault_open_elsewhere_deletes_nothing(demo_vault: Path):
    before = snapshot_files(demo_vault)
    lock = VaultLock(VaultPaths(demo_vault).lock).acquire()  # another process has it open
    try:
        proc = run_cli("--data-dir", str(demo_vault), "demo", "--force")
    finally:
        lock.release()
    _one_line_refusal(proc, before, demo_vault)
    assert "in use" in proc.stderr


def test_force_replaces_a_demo_vault(demo_vault: Path):
    old_db = (demo_vault / "vault.db").read_bytes()
    (demo_vault / "backups").mkdir()
    (demo_vault / "backups" / "daily-20260101.cdbackup").write_bytes(b"demo backup")
    proc = run_cli("--data-dir", str(demo_vault), "demo", "--force")
    assert proc.returncode == 0, proc.stderr
    assert (demo_vault / "vault.db").read_bytes() != old_db
    assert not (demo_vault / "backups").exists()
    from coachdesk.vault.demo import DEMO_PASSPHRASE
    from coachdesk.vault.peek import is_demo_vault

    assert is_demo_vault(demo_vault)
    with Vault.open(demo_vault, DEMO_PASSPHRASE) as vault:
        assert len(vault.store.list_cases()) == 5


def test_without_force_an_existing_vault_is_refused(real_vault: Path):
    before = snapshot_files(real_vault)
    _one_line_refusal(run_cli("--data-dir", str(real_vault), "demo"), before, real_vault)


def test_replace_in_process_refuses_a_real_vault(real_vault: Path):
    from coachdesk.errors import CoachDeskError
    from coachdesk.vault.demo import create_demo_vault

    before = snapshot_files(real_vault)
    with pytest.raises(CoachDeskError, match="not a demo vault"):
        create_demo_vault(real_vault, replace=True, kdf=fast_kdf())
    assert snapshot_files(real_vault) == before
