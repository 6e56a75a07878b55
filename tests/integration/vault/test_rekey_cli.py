"""`coachdesk passwd` / `recover` rotate the key and say what happens to older backups."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.errors import WrongPassphrase
from coachdesk.vault.backup import write_backup
from coachdesk.vault.restore import verify_unpacked
from coachdesk.vault.vault import Vault
from tests.conftest import run_cli

DEMO = "demo-coachdesk"
NEW = "uusi tunnuslause 2026"


def _backups(folder: Path) -> list[Path]:
    with Vault.open(folder, DEMO) as v:
        return [write_backup(v, v.paths.backups / f"daily-2026120{i}.cdbackup") for i in (1, 2)]


def _opens_with(backup: Path, passphrase: str, tmp_path: Path) -> bool:
    from coachdesk.vault.backup import unpack_backup

    target = tmp_path / f"check-{backup.stem}-{passphrase[:4]}"
    unpack_backup(backup, target)
    try:
        verify_unpacked(target, passphrase=passphrase)
    except WrongPassphrase:
        return False
    return True


@pytest.mark.parametrize("choice", ["reencrypt", "delete", None])
def test_passwd_rotates_and_handles_older_backups(demo_vault: Path, tmp_path: Path, choice: str | None):
    backups = _backups(demo_vault)
    extra = ["--old-backups", choice] if choice else []
    proc = run_cli("--data-dir", str(demo_vault), "passwd", *extra, "--passphrase-stdin", stdin=f"{DEMO}\n{NEW}\n")
    assert proc.returncode == 0, proc.stderr
    assert "re-encrypted with a new data key" in proc.stdout
    assert "2 backup(s)" in proc.stdout and "still open" in proc.stdout
    Vault.open(demo_vault, NEW).close()
    if choice == "delete":
        assert not any(b.exists() for b in backups) and "deleted: 2" in proc.stdout
    elif choice == "reencrypt":
        assert "Re-encrypted with the new key: 2" in proc.stdout
        assert all(_opens_with(b, NEW, tmp_path) and not _opens_with(b, DEMO, tmp_path) for b in backups)
    else:  # no terminal to ask: kept, and the coach is told so
        assert "kept" in proc.stdout and "--old-backups" in proc.stdout
        assert all(_opens_with(b, DEMO, tmp_path) for b in backups)


def test_recover_rotates_and_keeps_the_recovery_key(tmp_path: Path):
    folder = tmp_path / "v"
    proc = run_cli("--data-dir", str(folder), "init", "--passphrase-stdin", stdin="first passphrase\n")
    assert proc.returncode == 0, proc.stderr
    recovery = proc.stdout.strip().splitlines()[-1].strip()
    for new in ("second passphrase", "third passphrase"):
        proc = run_cli("--data-dir", str(folder), "recover", "--passphrase-stdin", stdin=f"{recovery}\n{new}\n")
        assert proc.returncode == 0, proc.stderr
        assert "re-encrypted with a new data key" in proc.stdout
    Vault.open(folder, "third passphrase").close()


def test_old_header_copy_beside_the_new_database_is_refused_by_the_cli(demo_vault: Path, tmp_path: Path):
    """The acceptance check of issue 12 through the command line: backup, passwd, then the backup's
    header beside the current database: one line, exit 1, nothing opened."""
    import shutil

    from coachdesk.vault.backup import unpack_backup

    (backup,) = _backups(demo_vault)[:1]
    proc = run_cli("--data-dir", str(demo_vault), "passwd", "--old-backups", "keep", "--passphrase-stdin",
                   stdin=f"{DEMO}\n{NEW}\n")
    assert proc.returncode == 0, proc.stderr
    unpack_backup(backup, tmp_path / "old")
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    shutil.copy(demo_vault / "vault.db", mixed / "vault.db")
    shutil.copy(tmp_path / "old" / "vault.header.json", mixed / "vault.header.json")
    proc = run_cli("--data-dir", str(mixed), "cases", "--passphrase-stdin", stdin=f"{DEMO}\n")
    assert proc.returncode == 1 and proc.stderr.strip().count("\n") == 0, proc.stderr
    assert "Traceback" not in proc.stderr and "K-2026" not in proc.stdout
