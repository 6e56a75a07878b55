"""kill -9 of a process importing notes at random moments: the vault always opens, passes
``coachdesk check``, and holds every note whose import was reported as committed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coachdesk.vault.vault import Vault
from tests.conftest import REPO, run_cli

ROUNDS = int(os.environ.get("COACHDESK_KILL_ROUNDS", "30"))


@pytest.mark.slow
def test_repeated_kill9_during_import_loses_no_acknowledged_note(demo_vault: Path, tmp_path: Path):
    files = []
    for i in range(120):
        path = tmp_path / f"note-{i:03d}.txt"
        path.write_text(f"Muistiinpano {i}: " + "työkokeilu ja jaksaminen. " * 40, encoding="utf-8")
        files.append(path)
    rng = random.Random(20261127)
    acknowledged: dict[str, int] = {}
    for round_no in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-m", "coachdesk", "--data-dir", str(demo_vault), "import",
             *map(str, files), "--case", f"K-KILL-{round_no % 3}", "--passphrase-stdin"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
        )
        proc.stdin.write("demo-coachdesk\n")
        proc.stdin.close()
        time.sleep(rng.uniform(0.25, 1.2))
        proc.send_signal(signal.SIGKILL)
        out = proc.stdout.read()
        proc.stdout.close()
        proc.stderr.close()
        proc.wait(timeout=30)
        for line in out.splitlines():
            if line.startswith("committed "):
                _, name, _as, _note, note_id, _in, _code = line.split()
                acknowledged[note_id] = int(name[5:8])
        with Vault.open(demo_vault, "demo-coachdesk") as v:
            assert v.check() == [], f"round {round_no}"
            for note_id, index in acknowledged.items():
                assert v.store.get_note(int(note_id)).text.startswith(f"Muistiinpano {index}:")
    assert len(acknowledged) > ROUNDS  # the kills really landed mid-import, after some commits
    assert run_cli("--data-dir", str(demo_vault), "check", "--passphrase-stdin", stdin="demo-coachdesk\n").returncode == 0
