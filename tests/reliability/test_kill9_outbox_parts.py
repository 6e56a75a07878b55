"""Review of issue 13 (parts): kill -9 between two parts of a long request (a subprocess sender, part 2
hanging on the local server) leaves a state the coach resolves: each part sent once, exact bytes, in order."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from werkzeug import Response

from coachdesk.outbox.outbox import Outbox, State
from coachdesk.outbox.sender import Sender
from coachdesk.outbox.urls import LOCAL_HTTP_ENV
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, REPO
from tests.integration.outbox.test_parts import LONG


def test_kill9_between_parts_then_the_coach_resolves(vault, data_dir, case, http_server, local_webhooks):
    arrived, release, hits = threading.Event(), threading.Event(), []

    def handler(request):
        hits.append(request.get_data())
        if len(hits) == 2:  # part 2 hangs: the sender is killed while it is out
            arrived.set()
            release.wait(30)
        return Response("{}", status=200, content_type="application/json")

    http_server.expect_request("/hook").respond_with_handler(handler)
    from coachdesk.domain import help_request as hr
    from coachdesk.outbox import requests as rq
    from coachdesk.outbox.channels import Channels
    from coachdesk.outbox.compose import preview_parts

    Channels(vault.store).add("chat", "googlechat", http_server.url_for("/hook"), prefer_keychain=False)
    request = rq.save_request(vault.store, hr.HelpRequest(case_id=case.id, topic="uni", situation=LONG[:5000],
                                                          tried=LONG[5000:], question="Miten tukisin?"))
    parts = preview_parts(request, "googlechat")
    item = Outbox(vault.store).submit(request.id, "chat", parts, previewed=parts)
    assert len(parts) == 3
    vault.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "coachdesk", "--data-dir", str(data_dir), "outbox", "send", "--passphrase-stdin"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO,
        env={**os.environ, LOCAL_HTTP_ENV: "1"},
    )
    proc.stdin.write(f"{PASSPHRASE}\n".encode())
    proc.stdin.close()
    try:
        assert arrived.wait(60), proc.stderr.read().decode()
        proc.kill()
        proc.wait(30)
    finally:
        release.set()
        proc.stderr.close()
    assert proc.returncode == -9
    with Vault.open(data_dir, PASSPHRASE) as again:
        outbox = Outbox(again.store)
        outbox.recover_interrupted()
        batch = outbox.batch(item.id)
        assert [i.state for i in batch] == [State.SENT, State.POSSIBLY_SENT, State.QUEUED]
        with Sender(again.store) as sender_again:
            assert sender_again.flush() == []  # part 3 waits for the coach's decision on part 2
            outbox.mark_delivered(batch[1].id)  # the coach saw part 2 in the thread
            (last,) = sender_again.flush()
        assert last.state is State.SENT and hits == list(parts)  # each part once, exact bytes, in order
        assert again.check() == []
