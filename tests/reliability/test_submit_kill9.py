"""kill -9 of a process submitting and resubmitting requests (services.requests.submit_request)
at random moments: the vault opens and passes its checks, every acknowledged submit is there,
no finished request is without its post, and no request's posts are all cancelled (an edit and
resend cancels the old post only together with queueing the new one)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from coachdesk.services.channels import add_channel
from coachdesk.vault import schema as s
from coachdesk.vault.vault import Vault
from tests.conftest import REPO

ROUNDS = int(os.environ.get("COACHDESK_KILL_ROUNDS", "25")) // 2 or 1

SUBMITTER = """
import sys
from dataclasses import replace
from coachdesk.domain import help_request as hr
from coachdesk.outbox.compose import preview_parts
from coachdesk.services.requests import submit_request
from coachdesk.vault.vault import Vault
v = Vault.open(sys.argv[1], "demo-coachdesk")
case = v.store.get_case_by_code("K-2026-001")
n = 0
while True:
    n += 1
    request = hr.HelpRequest(case_id=case.id, topic=f"aihe {n}", question="Miten tukisin jaksamista?")
    done = submit_request(v.store, request, "Tiimi", preview_parts(request, "json"))
    while done.item is None:  # the random reference was taken (hundreds of requests): preview the new one
        done = submit_request(v.store, done.request, "Tiimi", preview_parts(done.request, "json"))
    print(f"ack {done.request.id} {done.item.id}", flush=True)
    for edit in range(3):
        request = replace(done.request, situation=f"versio {edit} " * (edit + 1))
        done = submit_request(v.store, request, "Tiimi", preview_parts(request, "json"), replaces=done.item.id)
        print(f"ack {done.request.id} {done.item.id}", flush=True)
"""


@pytest.mark.slow
def test_kill9_during_submits_leaves_no_half_state(demo_vault: Path):
    with Vault.open(demo_vault, "demo-coachdesk") as v:
        add_channel(v.store, "Tiimi", "json", "https://hooks.example.org/coachdesk/in", prefer_keychain=False)
    rng = random.Random(1527)
    acked: set[tuple[int, int]] = set()
    for round_no in range(ROUNDS):
        proc = subprocess.Popen([sys.executable, "-c", SUBMITTER, str(demo_vault)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
        time.sleep(rng.uniform(0.4, 1.2))
        proc.send_signal(signal.SIGKILL)
        out = proc.stdout.read()
        proc.stdout.close()
        proc.stderr.close()
        proc.wait(timeout=30)
        acked |= {(int(a), int(b)) for _ack, a, b in (line.split() for line in out.splitlines() if line.startswith("ack "))}
        with Vault.open(demo_vault, "demo-coachdesk") as v, v.store.engine.connect() as conn:
            assert v.check() == [], f"round {round_no}"
            items = conn.execute(select(s.outbox_items.c.id, s.outbox_items.c.request_id, s.outbox_items.c.state)).all()
            requests = conn.execute(select(s.help_requests.c.id)).scalars().all()
        states: dict[int, list[tuple[int, str]]] = {}
        for item_id, request_id, state in items:
            states.setdefault(request_id, []).append((item_id, state))
        assert {(r, i) for r, posts in states.items() for i, _ in posts} >= acked, round_no
        for request_id in requests:  # the demo vault has none of its own
            posts = sorted(states.get(request_id, []))
            assert posts, f"round {round_no}: request {request_id} saved without its post"
            assert posts[-1][1] == "queued", f"round {round_no}: request {request_id}: {posts}"
            assert all(state == "cancelled" for _i, state in posts[:-1]), (round_no, request_id, posts)
    assert len(acked) > ROUNDS  # the kills landed after some commits
