"""Deeply nested JSON (a hostile file or server answer) is one clear line, never a RecursionError."""

from __future__ import annotations

import json

import pytest

from coachdesk.errors import InvalidInput
from coachdesk.outbox import teamfile
from coachdesk.outbox.policy import Outcome, classify_status, parse_error_body
from tests.conftest import PASSPHRASE, run_cli

DEEP = "[" * 100_000


def test_deep_team_file_is_not_a_team_file():
    with pytest.raises(InvalidInput, match="not a CoachDesk team setup file"):
        teamfile.read_envelope(DEEP.encode())


def test_deep_colleague_directory_is_one_line(vault, data_dir, tmp_path):
    vault.close()
    path = tmp_path / "deep.json"
    path.write_text('{"format": "coachdesk-colleagues", "colleagues": ' + DEEP[:200_000 // 2], encoding="utf-8")
    result = run_cli("--data-dir", str(data_dir), "colleague", "import", str(path), "--passphrase-stdin",
                     stdin=f"{PASSPHRASE}\n")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr[-500:]


@pytest.mark.parametrize("status,outcome", [(200, Outcome.DELIVERED), (400, Outcome.REJECTED),
                                            (429, Outcome.THROTTLED), (500, Outcome.AMBIGUOUS)])
def test_deep_answers_from_a_server_are_read_as_text(status, outcome):
    body = ('{"message": ' + DEEP[:60_000]).encode()  # within the 64 KB answer cap
    parse_error_body(body)
    result = classify_status(status, {}, body, 0.0)
    assert result.outcome is outcome and "unexpected" not in result.detail
    assert json.dumps(result.detail)


@pytest.mark.parametrize("command", [("team", "import", "/dev/zero", "--dry-run"), ("colleague", "import", "/dev/zero")])
def test_a_device_posing_as_a_file_is_read_bounded(vault, data_dir, command):
    vault.close()
    result = run_cli("--data-dir", str(data_dir), *command, "--passphrase-stdin", stdin=f"{PASSPHRASE}\n", timeout=60)
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr[-300:]
    assert "larger" in result.stderr or "too large" in result.stderr
