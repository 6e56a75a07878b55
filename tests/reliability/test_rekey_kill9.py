"""kill -9 of a process changing the passphrase, at every step of the key rotation and at random
moments: the vault opens with the old or the new passphrase, passes its checks and holds every
acknowledged note."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coachdesk.errors import WrongPassphrase
from coachdesk.vault.rekey import STAGING
from coachdesk.vault.vault import Vault
from tests.conftest import REPO

ROTATOR = """
import os, signal, sys
from coachdesk.domain import models as m
from coachdesk.vault import rekey
from coachdesk.vault.vault import Vault
from tests.conftest import fast_kdf

folder, old, new, kill_at, tag = sys.argv[1:]

def reached(step):
    if step == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)

rekey._reached = reached
v = Vault.open(folder, old)
case = v.store.get_case_by_code("K-2026-001")
for i in range(3):
    print("ack", v.store.add_note(m.Note(case_id=case.id, text=f"{tag} before {i}")).id, flush=True)
v.change_passphrase(old, new, kdf=fast_kdf())
print("rotated", flush=True)
for i in range(200):
    print("ack", v.store.add_note(m.Note(case_id=case.id, text=f"{tag} after {i}")).id, flush=True)
v.close()
"""

STEPS = ["exported", "staged", "ready", "db-replaced", "swapped"]


def _round(folder: Path, old: str, new: str, kill_at: str, tag: str, delay: float | None) -> tuple[list[int], bool]:
    proc = subprocess.Popen([sys.executable, "-c", ROTATOR, str(folder), old, new, kill_at, tag],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    lines = []
    if delay is not None:  # the third note is acknowledged right before the rotation starts
        while len(lines) < 3 and (line := proc.stdout.readline()):
            lines.append(line)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode in (0, -signal.SIGKILL), err
    out = "".join(lines) + out
    acked = [int(line.split()[1]) for line in out.splitlines() if line.startswith("ack ")]
    return acked, "rotated" in out


def _open_either(folder: Path, old: str, new: str) -> tuple[Vault, str]:
    for passphrase in (new, old):
        try:
            return Vault.open(folder, passphrase), passphrase
        except WrongPassphrase:
            continue
    raise AssertionError("the vault opens with neither the old nor the new passphrase")


@pytest.mark.slow
def test_kill9_during_key_rotation_keeps_the_vault_and_every_acknowledged_note(demo_vault: Path):
    rng = random.Random(1212)
    current = "demo-coachdesk"
    acknowledged: list[int] = []
    plan = [(step, None) for step in STEPS] + [("never", rng.uniform(0.0, 0.5)) for _ in range(10)]
    outcomes = {}
    for round_no, (kill_at, delay) in enumerate(plan):
        new = f"passphrase number {round_no}"
        acked, rotated = _round(demo_vault, current, new, kill_at, f"r{round_no}", delay)
        acknowledged += acked
        vault, opened_with = _open_either(demo_vault, current, new)
        with vault:
            assert vault.check() == [], (kill_at, delay)
            for note_id in acknowledged:
                vault.store.get_note(note_id)  # NotFound would fail the test
        assert not (demo_vault / STAGING).exists()  # finished or discarded at open
        if rotated:
            assert opened_with == new
        outcomes[(kill_at, delay)] = opened_with == new
        current = opened_with
    # the named steps: before READY the old passphrase stays, from READY on the new one wins
    assert [outcomes[(s, None)] for s in STEPS] == [False, False, True, True, True]
    assert len(acknowledged) >= 3 * len(plan)
