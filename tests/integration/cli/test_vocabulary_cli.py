"""``coachdesk vocabulary list|add|remove`` as processes on a real vault: one line per answer, a
refused term changes nothing (and is refused before the passphrase is asked)."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE, run_cli


@pytest.fixture
def folder(vault, data_dir):
    vault.close()
    return data_dir


def _voc(folder, *args, stdin=PASSPHRASE + "\n"):
    return run_cli("--data-dir", str(folder), "vocabulary", *args, "--passphrase-stdin", stdin=stdin)


def _listed(folder) -> list[str]:
    proc = _voc(folder, "list")
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()


def test_add_list_remove(folder):
    proc = _voc(folder, "list")
    assert proc.returncode == 0 and proc.stdout == "" and "shipped list" in proc.stderr
    proc = _voc(folder, "add", "  Saapas-kahvila ")
    assert proc.returncode == 0 and "Added Saapas-kahvila" in proc.stdout, proc.stderr
    assert _voc(folder, "add", "Duunipolku-hanke").returncode == 0
    proc = _voc(folder, "add", "SAAPAS-KAHVILA")
    assert proc.returncode == 0 and "already" in proc.stdout
    assert _listed(folder) == ["Saapas-kahvila", "Duunipolku-hanke"]
    proc = _voc(folder, "remove", "saapas-kahvila")
    assert proc.returncode == 0 and proc.stdout.strip() == "Removed Saapas-kahvila."
    assert _listed(folder) == ["Duunipolku-hanke"]
    proc = _voc(folder, "remove", "Saapas-kahvila")
    assert proc.returncode == 1
    assert proc.stderr.strip() == "coachdesk: No never-scrub term 'Saapas-kahvila' (see 'coachdesk vocabulary list')."


@pytest.mark.parametrize("term", ["Matti", "matti.virtanen@example.fi", "131052-308T", "x" * 10_000,
                                  "Saapas\u202ekahvila", "a"])
def test_a_refused_term_is_one_line_and_changes_nothing(folder, term):
    assert _voc(folder, "add", "Duunipolku-hanke").returncode == 0
    proc = _voc(folder, "add", term, stdin="")  # refused before the passphrase is asked
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("coachdesk: Never-scrub term '") and "\u202e" not in lines[0]
    assert "Passphrase" not in proc.stderr and "Traceback" not in proc.stderr
    assert _listed(folder) == ["Duunipolku-hanke"]


def test_a_wrong_passphrase_changes_nothing(folder):
    proc = _voc(folder, "add", "Saapas-kahvila", stdin="not the passphrase\n")
    assert proc.returncode == 1 and "Wrong passphrase" in proc.stderr
    assert _listed(folder) == []


def test_the_command_is_in_the_help():
    proc = run_cli("--help")
    assert proc.returncode == 0 and "vocabulary" in proc.stdout
    proc = run_cli("vocabulary", "--help")
    assert proc.returncode == 0 and all(a in proc.stdout for a in ("list", "add", "remove"))
