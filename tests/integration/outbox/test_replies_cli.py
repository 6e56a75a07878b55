"""`coachdesk replies fetch|list|answer` and `channel add --kind slack_app|mattermost_api` in a
subprocess against a real vault and the local Slack / Mattermost imitations; a 0003 vault upgraded to
0004 (kill -9 during a fetch: tests/reliability/test_kill9_replies_fetch.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

from coachdesk.domain import help_request as hr
from coachdesk.domain import models as m
from coachdesk.outbox import replies as rp
from coachdesk.outbox import requests as rq
from coachdesk.outbox import twoway
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.compose import preview_parts
from coachdesk.outbox.outbox import Outbox
from coachdesk.outbox.sender import Sender
from coachdesk.outbox.urls import LOCAL_HTTP_ENV
from coachdesk.vault import schema as s
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, fast_kdf, run_cli
from tests.support.twoway_support import (
    MM_CHANNEL,
    MM_TOKEN,
    SLACK_CHANNEL,
    SLACK_TOKEN,
    FakeMattermost,
    FakeSlack,
)

LOCAL = {LOCAL_HTTP_ENV: "1"}


def _slack(http_server) -> FakeSlack:
    fake = FakeSlack(base=http_server.url_for("").rstrip("/"))
    fake.install(http_server)
    return fake


def _sent(store, case, slack, n):
    target = twoway.clean_target("slack_app", SLACK_CHANNEL, server=slack.api)
    channel = Channels(store).add_two_way("Tiimi", "slack_app", target, SLACK_TOKEN, prefer_keychain=False)
    items = []
    for i in range(n):
        req = rq.save_request(store, hr.HelpRequest(case_id=case.id, topic=f"aihe {i}", question="Mitä tekisit?"))
        parts = preview_parts(req, channel.kind, target=channel.target)
        items.append(Outbox(store).submit(req.id, "Tiimi", parts, previewed=parts))
    with Sender(store) as sender:
        sender.flush()
    return [Outbox(store).get(i.id) for i in items]


def test_replies_fetch_list_and_answer_on_the_command_line(vault, data_dir, case, http_server, local_webhooks):
    slack = _slack(http_server)
    (item,) = _sent(vault.store, case, slack, 1)
    slack.reply(item.message_id, "Voin sparrata.\x1b[2J\u202eevil\rX")  # hostile: terminal escapes, bidi, CR
    slack.reply(item.message_id, "Toinen rivi\nja kolmas")
    vault.close()
    base = ("--data-dir", str(data_dir), "replies")
    pw = f"{PASSPHRASE}\n"
    fetched = run_cli(*base, "fetch", "--request", f"#{item.request_ref}", "--passphrase-stdin", stdin=pw, env=LOCAL)
    assert fetched.returncode == 0, fetched.stderr
    assert f"2 new replies to #{item.request_ref}" in fetched.stdout
    again = run_cli(*base, "fetch", "--passphrase-stdin", stdin=pw, env=LOCAL)
    assert "0 new replies" in again.stdout
    listed = run_cli(*base, "list", "--case", case.code, "--passphrase-stdin", stdin=pw)
    assert listed.returncode == 0
    assert "\x1b" not in listed.stdout and "\u202e" not in listed.stdout and "\r" not in listed.stdout
    assert "Voin sparrata.\\x1b[2J\\u202eevil\\x0dX" in listed.stdout and "[new]" in listed.stdout
    assert "    Toinen rivi\n    ja kolmas" in listed.stdout
    reply_id = listed.stdout.split()[0]
    answered = run_cli(*base, "answer", reply_id, "--help-kind", "tip", "--will-try", "Kokeilen.",
                       "--passphrase-stdin", stdin=pw)
    assert answered.returncode == 0 and "now the answer" in answered.stdout
    twice = run_cli(*base, "answer", reply_id, "--help-kind", "tip", "--passphrase-stdin", stdin=pw)
    assert twice.returncode == 1 and "already an answer" in twice.stderr
    age = run_cli(*base, "age", "14", "--passphrase-stdin", stdin=pw)
    assert age.returncode == 0 and "14 days" in age.stdout
    bad_age = run_cli(*base, "age", "0", "--passphrase-stdin", stdin=pw)
    assert bad_age.returncode == 1 and "1-3650 days" in bad_age.stderr
    unknown = run_cli(*base, "fetch", "--request", "ZZZZ", "--passphrase-stdin", stdin=pw)
    assert unknown.returncode == 1 and "No request #ZZZZ" in unknown.stderr
    with Vault.open(data_dir, PASSPHRASE) as v:
        kinds = [f.kind.value for f in rq.list_followups(v.store, case.id)]
        assert kinds == ["answer", "help_received", "will_try"]
    log_text = "".join(p.read_text(errors="replace") for p in (data_dir / "logs").glob("*"))
    assert "sparrata" not in log_text and SLACK_TOKEN not in log_text


def test_channel_add_two_way_verifies_the_token_before_unlocking(vault, data_dir, http_server, local_webhooks):
    slack = _slack(http_server)
    vault.close()
    base = ("--data-dir", str(data_dir), "channel", "add")
    bad = run_cli(*base, "Tiimi", "--kind", "slack_app", "--channel-id", SLACK_CHANNEL, "--server", slack.api,
                  "--passphrase-stdin", stdin=f"{PASSPHRASE}\nxoxb-17-2048-wrongwrongwrongwrongw\n", env=LOCAL)
    assert bad.returncode == 1 and "invalid_auth" in bad.stderr and "wrongwrong" not in bad.stderr
    slack.scopes = "chat:write"
    scoped = run_cli(*base, "Tiimi", "--kind", "slack_app", "--channel-id", SLACK_CHANNEL, "--server", slack.api,
                     "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{SLACK_TOKEN}\n", env=LOCAL)
    assert scoped.returncode == 1 and "channels:history" in scoped.stderr
    slack.scopes = "chat:write,channels:history"
    ok = run_cli(*base, "Tiimi", "--kind", "slack_app", "--channel-id", SLACK_CHANNEL, "--server", slack.api,
                 "--in-vault", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{SLACK_TOKEN}\n", env=LOCAL)
    assert ok.returncode == 0, ok.stderr
    assert "Tiimi #kollegatuki" in ok.stdout and SLACK_TOKEN not in ok.stdout
    verified = run_cli("--data-dir", str(data_dir), "channel", "verify", "Tiimi", "--passphrase-stdin",
                       stdin=f"{PASSPHRASE}\n", env=LOCAL)
    assert verified.returncode == 0 and "works" in verified.stdout
    with Vault.open(data_dir, PASSPHRASE) as v:
        (ch,) = Channels(v.store).list()
        assert ch.kind.value == "slack_app" and ch.secret_store == "vault" and ch.target == SLACK_CHANNEL


def test_mattermost_channel_add_on_the_command_line(vault, data_dir, http_server, local_webhooks):
    mm = FakeMattermost(base=http_server.url_for("").rstrip("/"))
    mm.install(http_server)
    vault.close()
    ok = run_cli("--data-dir", str(data_dir), "channel", "add", "Matti", "--kind", "mattermost_api",
                 "--channel-id", MM_CHANNEL, "--server", mm.base, "--in-vault", "--passphrase-stdin",
                 stdin=f"{PASSPHRASE}\n{MM_TOKEN}\n", env=LOCAL)
    assert ok.returncode == 0, ok.stderr
    assert "Kollegatuki" in ok.stdout


def test_vault_at_0003_upgrades_to_0004_keeping_channels_and_items(data_dir: Path, tmp_path: Path, monkeypatch,
                                                                    memory_keyring, local_webhooks):
    from coachdesk.vault import migrate

    old_scripts = tmp_path / "db"
    shutil.copytree(Path(migrate.migrations_dir()), old_scripts)
    for path in (old_scripts / "versions").glob("000[4-9]_*.py"):  # 0004 and every later revision
        path.unlink()
    with monkeypatch.context() as mp:
        mp.setattr(migrate, "migrations_dir", lambda: old_scripts)
        mp.setattr(migrate, "SCHEMA_HEAD", "0003")
        mp.setattr(migrate, "KNOWN_REVISIONS", ("0001", "0002", "0003"))
        v, _ = Vault.create(data_dir, PASSPHRASE, kdf=fast_kdf())
        with v:
            assert migrate.current_revision(v.engine) == "0003"
            case = v.store.create_case(m.Case(code="K-2026-001"))
            req = rq.save_request(v.store, hr.HelpRequest(topic="t", question="q?", case_id=case.id))
            with v.store.tx() as conn:
                conn.exec_driver_sql(
                    "INSERT INTO channels (name, kind, secret_store, secret_ref, host, created_at, updated_at) "
                    "VALUES ('Tiimi', 'slack', 'vault', 'ref1', 'hooks.slack.com', 'x', 'x')")
                conn.exec_driver_sql(
                    "INSERT INTO outbox_items (request_id, channel_name, kind, payload, payload_sha256, state, "
                    "created_at, updated_at) VALUES (?, 'Tiimi', 'slack', x'7b7d', 'h', 'sent', 'x', 'x')", (req.id,))
    with Vault.open(data_dir, PASSPHRASE) as v:
        assert migrate.current_revision(v.engine) == s.SCHEMA_HEAD
        (ch,) = Channels(v.store).list()
        assert ch.kind.value == "slack" and not ch.kind.two_way
        (item,) = Outbox(v.store).items()
        assert (item.message_id, item.thread_state) == ("", "")
        assert rp.list_replies(v.store) == [] and v.check() == []
    assert list((data_dir / "backups").glob("pre-migration-0003-*.cdbackup"))
