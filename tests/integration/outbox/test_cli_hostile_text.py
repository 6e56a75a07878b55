"""`outbox send` / `outbox list` show a server's words escaped (issue 12, 7); `outbox retry` refuses
a cancelled item (issue 12, 8)."""

from __future__ import annotations

from coachdesk.domain import help_request as hr
from coachdesk.outbox import requests as rq
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.compose import preview_payload
from coachdesk.outbox.outbox import Outbox, State
from coachdesk.outbox.urls import LOCAL_HTTP_ENV
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, run_cli, snapshot_files

LOCAL = {LOCAL_HTTP_ENV: "1"}
HOSTILE = "\x1b[2J\x1b]0;owned\x07bad\u202etxt.exe\x9b31m\x7fend"


def _items(vault, case, url: str, n: int) -> list[int]:
    store = vault.store
    Channels(store).add("Tiimi\x1b[31m", "slack", url, prefer_keychain=False)
    outbox = Outbox(store)
    ids = []
    for k in range(n):
        req = rq.save_request(store, hr.HelpRequest(case_id=case.id, topic=f"aihe {k}", question="Mitä tekisit?"))
        payload = preview_payload(req, "slack")
        ids.append(outbox.submit(req.id, "Tiimi\x1b[31m", payload, payload).id)
    return ids


def _clean(text: str) -> None:
    for bad in ("\x1b", "\x07", "\u202e", "\x9b", "\x7f"):
        assert bad not in text, repr(text)


def test_server_error_body_is_escaped_in_send_and_list(vault, data_dir, case, http_server, local_webhooks):
    http_server.expect_request("/hook").respond_with_data(HOSTILE, status=400)
    _items(vault, case, http_server.url_for("/hook"), 1)
    vault.close()
    base = ("--data-dir", str(data_dir), "outbox")
    sent = run_cli(*base, "send", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n", env=LOCAL)
    assert sent.returncode == 0, sent.stderr
    _clean(sent.stdout + sent.stderr)
    # the reason is shown (controls removed by the platform policy, the rest escaped), never raw
    assert "needs fixing" in sent.stdout and "owned" in sent.stdout and "Tiimi\\x1b[31m" in sent.stdout
    listed = run_cli(*base, "list", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    _clean(listed.stdout + listed.stderr)
    assert "owned" in listed.stdout and "Tiimi\\x1b[31m" in listed.stdout
    assert len(listed.stdout.splitlines()) == 2  # the heading and one row: nothing forged


def test_retry_refuses_a_cancelled_item(vault, data_dir, case, http_server, local_webhooks):
    http_server.expect_request("/hook").respond_with_data("ok")
    (item,) = _items(vault, case, http_server.url_for("/hook"), 1)
    Outbox(vault.store).cancel(item)
    vault.close()
    before = snapshot_files(data_dir)
    proc = run_cli("--data-dir", str(data_dir), "outbox", "retry", str(item), "--passphrase-stdin",
                   stdin=f"{PASSPHRASE}\n", env=LOCAL)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
    assert "cancelled" in proc.stderr and "new request" in proc.stderr
    assert len(http_server.log) == 0
    with Vault.open(data_dir, PASSPHRASE) as v:
        assert Outbox(v.store).get(item).state is State.CANCELLED
    assert {k: v for k, v in snapshot_files(data_dir).items() if not k.startswith("logs/")}.keys() == {
        k for k in before if not k.startswith("logs/")}
    helped = run_cli("outbox", "retry", "--help")
    assert "cancelled" in helped.stdout


def test_channel_names_escaped_in_channel_list(vault, data_dir, case, http_server, local_webhooks):
    _items(vault, case, http_server.url_for("/hook"), 0)
    vault.close()
    listed = run_cli("--data-dir", str(data_dir), "channel", "list", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    assert listed.returncode == 0
    _clean(listed.stdout)
    assert "Tiimi\\x1b[31m" in listed.stdout
