"""kill -9 during sending (a subprocess sender against a slow local server), then restart:
nothing lost, nothing sent twice without the coach's decision."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from werkzeug import Response

from coachdesk.domain import help_request as hr
from coachdesk.outbox import requests as rq
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.compose import preview_payload
from coachdesk.outbox.outbox import Outbox, State
from coachdesk.outbox.sender import Sender
from coachdesk.outbox.urls import LOCAL_HTTP_ENV
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, REPO


def test_kill9_mid_request_then_restart(vault, data_dir, case, http_server, local_webhooks):
    store = vault.store
    arrived = threading.Event()
    release = threading.Event()
    hits: dict[str, list[bytes]] = {"/fast": [], "/slow": [], "/later": []}

    def handler(request):
        hits[request.path].append(request.get_data())
        if request.path == "/slow" and len(hits["/slow"]) == 1:
            arrived.set()
            release.wait(30)
        return Response("ok", status=200)

    for path in hits:
        http_server.expect_request(path).respond_with_handler(handler)
    outbox = Outbox(store)
    items = {}
    for path in hits:
        name = path.strip("/")
        Channels(store).add(name, "slack", http_server.url_for(path), prefer_keychain=False)
        req = rq.save_request(store, hr.HelpRequest(case_id=case.id, topic=f"aihe {name}", question="Mitä tekisit?"))
        payload = preview_payload(req, "slack")
        items[path] = outbox.submit(req.id, name, payload, previewed=payload)
    vault.close()

    proc = subprocess.Popen(
        [sys.executable, "-m", "coachdesk", "--data-dir", str(data_dir), "outbox", "send", "--passphrase-stdin"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO,
        env={**os.environ, LOCAL_HTTP_ENV: "1"},
    )
    proc.stdin.write(f"{PASSPHRASE}\n".encode())
    proc.stdin.close()
    try:
        assert arrived.wait(60), proc.stderr.read().decode()
        proc.kill()  # SIGKILL while the slow request is in flight
        proc.wait(30)
    finally:
        release.set()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -9

    with Vault.open(data_dir, PASSPHRASE) as again:
        outbox = Outbox(again.store)
        states = {path: outbox.get(item.id).state for path, item in items.items()}
        assert states == {"/fast": State.SENT, "/slow": State.SENDING, "/later": State.QUEUED}
        recovered = outbox.recover_interrupted()
        assert [r.id for r in recovered] == [items["/slow"].id]
        assert outbox.get(items["/slow"].id).state is State.POSSIBLY_SENT
        with Sender(again.store) as sender:
            results = sender.flush()
            # nothing lost: the never-attempted item goes now; the interrupted one waits for the coach
            assert [(r.item_id, r.state) for r in results] == [(items["/later"].id, State.SENT)]
            assert {p: len(v) for p, v in hits.items()} == {"/fast": 1, "/slow": 1, "/later": 1}
            outbox.send_again(items["/slow"].id)  # the coach checked the channel and decided
            (resent,) = sender.flush()
        assert resent.state is State.SENT and len(hits["/slow"]) == 2
        assert hits["/slow"][0] == hits["/slow"][1] == items["/slow"].payload
        assert [a.outcome for a in outbox.audit(items["/slow"].id)] == [
            "queued", "interrupted", "send_again", "delivered",
        ]
        assert again.check() == []
