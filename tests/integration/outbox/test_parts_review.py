"""Review of issue 13 (parts): a 10,000-character request on EVERY platform goes out as exactly the
previewed bytes, in order; kill -9 between two parts leaves a state the coach resolves."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from werkzeug import Response

from coachdesk.outbox.outbox import Outbox, State
from coachdesk.outbox.policy import Outcome
from coachdesk.outbox.sender import Sender
from coachdesk.outbox.urls import LOCAL_HTTP_ENV
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, REPO
from tests.integration.outbox.test_parts import LONG, long_post, sender  # noqa: F401 (fixtures)


@pytest.mark.parametrize("kind", ["teams", "slack", "mattermost", "googlechat", "discord", "json"])
def test_ten_thousand_characters_on_every_platform_exact_bytes(long_post, http_server, sender, kind):  # noqa: F811
    assert len(LONG) >= 10_000
    http_server.expect_request("/hook", method="POST").respond_with_data("ok", status=200)
    _request, parts, item = long_post(kind, http_server.url_for("/hook"))
    results = sender.flush()
    assert [r.outcome for r in results] == [Outcome.DELIVERED] * len(parts)
    assert [req.get_data() for req, _resp in http_server.log] == list(parts)
    assert [i.payload for i in sender.outbox.batch(item.id)] == list(parts)


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
