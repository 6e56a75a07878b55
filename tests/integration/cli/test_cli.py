"""The command line, run as a real subprocess against real vault files."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, run_cli, snapshot_files

MARKER = "QuuxMarker-8842-ÄÖÅ-luottamuksellinen"


def test_version_and_help():
    proc = run_cli("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("CoachDesk ")
    proc = run_cli("--help")
    assert proc.returncode == 0
    for command in ("init", "demo", "import", "cases", "export", "check", "passwd", "recover", "scrub"):
        assert command in proc.stdout


def test_usage_error_exit_2():
    assert run_cli("no-such-command").returncode == 2
    assert run_cli("export").returncode == 2


def test_init_import_export_marker_never_in_files(tmp_path: Path):
    folder = tmp_path / "v"
    proc = run_cli("--data-dir", str(folder), "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert proc.returncode == 0, proc.stderr
    assert "Recovery key" in proc.stdout
    recovery = proc.stdout.strip().splitlines()[-1].strip()
    assert len(recovery.split("-")) == 8
    note = tmp_path / "muistiinpano.txt"
    note.write_text(f"Tapaaminen.\n{MARKER}\n", encoding="utf-8")
    proc = run_cli("--data-dir", str(folder), "import", str(note), "--case", "K-2026-014",
                   "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert proc.returncode == 0, proc.stderr
    assert "committed muistiinpano.txt" in proc.stdout
    for path in folder.rglob("*"):
        if path.is_file():
            assert MARKER.encode() not in path.read_bytes(), path
            assert b"QuuxMarker" not in path.read_bytes(), path
    proc = run_cli("--data-dir", str(folder), "export", "--case", "K-2026-014", "--format", "md",
                   "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert proc.returncode == 0 and MARKER in proc.stdout
    proc = run_cli("--data-dir", str(folder), "export", "--all", "--format", "json",
                   "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert proc.returncode == 0 and MARKER in proc.stdout
    proc = run_cli("--data-dir", str(folder), "cases", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert "K-2026-014" in proc.stdout and proc.stdout.split()[-1] == "1"
    proc = run_cli("--data-dir", str(folder), "check", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert proc.returncode == 0, proc.stderr
    # the recovery key sets a new passphrase
    proc = run_cli("--data-dir", str(folder), "recover", "--passphrase-stdin",
                   stdin=f"{recovery}\nnew passphrase 123\n")
    assert proc.returncode == 0, proc.stderr
    proc = run_cli("--data-dir", str(folder), "passwd", "--passphrase-stdin",
                   stdin="new passphrase 123\nthird passphrase\n")
    assert proc.returncode == 0, proc.stderr
    assert run_cli("--data-dir", str(folder), "cases", "--passphrase-stdin", stdin="third passphrase\n").returncode == 0


@pytest.mark.parametrize("command", ["cases", "check", "export --all", "import {note} --case K-9"])
def test_wrong_passphrase_one_line_no_traceback_files_identical(demo_vault: Path, tmp_path: Path, command: str):
    note = tmp_path / "n.txt"
    note.write_text("hei")
    before = snapshot_files(demo_vault)
    proc = run_cli("--data-dir", str(demo_vault), *command.format(note=note).split(), "--passphrase-stdin",
                   stdin="wrong passphrase\n")
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0 and "Wrong passphrase" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    assert snapshot_files(demo_vault) == before


def test_clear_errors(tmp_path: Path, demo_vault: Path):
    proc = run_cli("--data-dir", str(tmp_path / "none"), "cases", "--passphrase-stdin", stdin="x\n")
    assert proc.returncode == 1 and "No CoachDesk vault" in proc.stderr
    (demo_vault / "vault.header.json").write_text("{not json")
    before = snapshot_files(demo_vault)
    proc = run_cli("--data-dir", str(demo_vault), "check", "--passphrase-stdin", stdin="demo-coachdesk\n")
    assert proc.returncode == 1 and "damaged" in proc.stderr and "Traceback" not in proc.stderr
    assert snapshot_files(demo_vault) == before


def test_init_refuses_existing_and_short_passphrase(demo_vault: Path, tmp_path: Path):
    proc = run_cli("--data-dir", str(demo_vault), "init", "--passphrase-stdin", stdin="whatever123\n")
    assert proc.returncode == 1 and "already exists" in proc.stderr
    proc = run_cli("--data-dir", str(tmp_path / "new"), "init", "--passphrase-stdin", stdin="short\n")
    assert proc.returncode == 1 and "at least 8" in proc.stderr
    assert not (tmp_path / "new" / "vault.db").exists()


def test_import_refuses_binary_and_undecodable_storing_nothing(demo_vault: Path, tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text("hyvä muistiinpano")
    binary = tmp_path / "kuva.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "latin.md"
    latin.write_bytes("työkokeilu".encode("latin-1"))
    for bad in (binary, latin):
        proc = run_cli("--data-dir", str(demo_vault), "import", str(good), str(bad), "--case", "K-NEW",
                       "--passphrase-stdin", stdin="demo-coachdesk\n")
        assert proc.returncode == 1 and bad.name in proc.stderr and "nothing was imported" in proc.stderr
    with Vault.open(demo_vault, "demo-coachdesk") as v:
        assert "K-NEW" not in v.store.case_codes()


def test_no_passphrase_on_argv():
    proc = run_cli("cases", "--passphrase", "x")
    assert proc.returncode == 2


def test_demo_command_prints_passphrase(tmp_path: Path):
    proc = run_cli("--data-dir", str(tmp_path / "d"), "demo", timeout=120)
    assert proc.returncode == 0 and "demo-coachdesk" in proc.stdout
    with Vault.open(tmp_path / "d", "demo-coachdesk") as v:
        cases = v.store.list_cases()
        assert len(cases) >= 5 and sum(c.note_count for c in cases) >= 10
        assert v.store.list_reflections()
        assert v.check() == []


def test_gui_only_arguments_skip_the_full_parser():
    from coachdesk.cli import _gui_only_args

    assert _gui_only_args([]).data_dir is None
    assert str(_gui_only_args(["--data-dir", "/x"]).data_dir) == "/x"
    assert str(_gui_only_args(["--data-dir=/y"]).data_dir) == "/y"
    for argv in (["cases"], ["--data-dir"], ["--version"], ["--data-dir", "/x", "check"], ["-h"]):
        assert _gui_only_args(argv) is None
