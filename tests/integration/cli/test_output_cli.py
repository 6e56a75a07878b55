"""export --out, summary --pdf and backup OUT never write into, over or through a symlink to a vault
file (issue 12, 2): exit 1, one line, every file byte-identical; asked before the passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.vault.demo import DEMO_PASSPHRASE
from tests.conftest import run_cli, snapshot_files

COMMANDS = {
    "export": ["export", "--all", "--out"],
    "summary": ["summary", "K-2026-001", "--pdf"],
    "backup": ["backup"],
}


def _target(folder: Path, tmp_path: Path, how: str) -> Path:
    if how == "header":
        return folder / "vault.header.json"
    if how == "db":
        return folder / "vault.db"
    if how == "backups":
        (folder / "backups").mkdir(exist_ok=True)
        return folder / "backups" / "mine.cdbackup"
    if how == "symlink":
        link = tmp_path / "innocent.pdf"
        link.symlink_to(folder / "vault.header.json")
        return link
    return tmp_path / ".." / tmp_path.name / folder.name / "x" / ".." / "vault.db-wal"  # dotdot, does not exist


@pytest.mark.parametrize("how", ["header", "db", "backups", "symlink", "dotdot"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_output_into_the_vault_refused(demo_vault: Path, tmp_path: Path, command: str, how: str):
    target = _target(demo_vault, tmp_path, how)
    before = snapshot_files(demo_vault)
    # no passphrase given: the refusal comes before it is asked for
    proc = run_cli("--data-dir", str(demo_vault), *COMMANDS[command], str(target), "--passphrase-stdin", stdin="")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stderr.count("\n") == 1 and "belongs to the CoachDesk vault" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
    assert snapshot_files(demo_vault) == before


def test_output_into_another_vault_refused_too(demo_vault: Path, tmp_path: Path):
    """The guard knows a vault by its files, not only the --data-dir of this command."""
    other = tmp_path / "other"
    other.mkdir()
    (other / "vault.header.json").write_text("{}")
    proc = run_cli("--data-dir", str(demo_vault), "export", "--all", "--out", str(other / "vault.header.json"),
                   "--passphrase-stdin", stdin=DEMO_PASSPHRASE + "\n")
    assert proc.returncode == 1 and (other / "vault.header.json").read_text() == "{}"


def test_ordinary_output_still_written(demo_vault: Path, tmp_path: Path):
    out = tmp_path / "all.md"
    proc = run_cli("--data-dir", str(demo_vault), "export", "--all", "--out", str(out), "--passphrase-stdin",
                   stdin=DEMO_PASSPHRASE + "\n")
    assert proc.returncode == 0, proc.stderr
    assert "K-2026-001" in out.read_text(encoding="utf-8")
