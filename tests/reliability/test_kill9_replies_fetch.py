"""kill -9 during `coachdesk replies fetch` (a subprocess against the local Slack imitation): the thread
already read is kept, the next fetch adds what was missing and duplicates nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from sqlalchemy import func, select

from coachdesk.outbox import replies as rp
from coachdesk.outbox.urls import LOCAL_HTTP_ENV
from coachdesk.vault import schema as s
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, REPO
from tests.integration.outbox.test_replies_cli import _sent, _slack


def test_kill9_during_a_fetch_loses_nothing_and_duplicates_nothing(vault, data_dir, case, http_server,
                                                                   local_webhooks):
    slack = _slack(http_server)
    first, second = _sent(vault.store, case, slack, 2)
    for text in ("eka 1", "eka 2", "eka 3"):
        slack.reply(first.message_id, text)
    slack.reply(second.message_id, "toka 1")
    slack.gate = threading.Event()  # the second thread's replies hang until released
    vault.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "coachdesk", "--data-dir", str(data_dir), "replies", "fetch", "--passphrase-stdin"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO,
        env={**os.environ, LOCAL_HTTP_ENV: "1"},
    )
    proc.stdin.write(f"{PASSPHRASE}\n".encode())
    proc.stdin.close()
    try:
        assert slack.reached_second.wait(60), proc.stderr.read().decode()
        proc.kill()  # SIGKILL while the second thread is being read
        proc.wait(30)
    finally:
        slack.gate.set()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -9
    with Vault.open(data_dir, PASSPHRASE) as again:
        store = again.store
        assert [r.text for r in rp.list_replies(store)] == ["eka 1", "eka 2", "eka 3"]  # the first thread: kept
        with rp.ReplyFetcher(store) as fetcher:
            report = fetcher.fetch()
        assert report.new == 1
        assert sorted(r.text for r in rp.list_replies(store)) == ["eka 1", "eka 2", "eka 3", "toka 1"]
        with store.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(s.request_replies)).scalar() == 4
        assert again.check() == []
