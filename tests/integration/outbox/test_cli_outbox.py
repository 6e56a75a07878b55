"""`coachdesk outbox | channel | request` in a subprocess against a real vault and a local server."""

from __future__ import annotations

import json

import jsonschema
import pytest

from coachdesk.domain import help_request as hr
from coachdesk.outbox import requests as rq
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.compose import preview_payload
from coachdesk.outbox.outbox import Outbox, State
from coachdesk.outbox.payloads import Message, build_payload
from coachdesk.outbox.urls import LOCAL_HTTP_ENV
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, run_cli
from tests.support.delivery import GOOD_URLS

LOCAL = {LOCAL_HTTP_ENV: "1"}


def test_request_preview_prints_exact_payload_without_a_vault(tmp_path, card_schema):
    text = "Kaipaisin vähän apuja: masennus #K7Q2\nMiten tukisin jaksamista?\n"
    src = tmp_path / "msg.txt"
    src.write_text(text, encoding="utf-8")
    for kind in ("teams", "slack", "mattermost", "googlechat", "discord", "json"):
        args = ["--data-dir", str(tmp_path / "none"), "request", "preview", "--kind", kind, "--text-file", str(src)]
        if kind == "teams":
            args += ["--mention", "Maija Mentori=maija@example.fi"]
        proc = run_cli(*args)
        assert proc.returncode == 0, proc.stderr
        mentions = ()
        if kind == "teams":
            from coachdesk.outbox.payloads import Mention

            mentions = (Mention("Maija Mentori", teams_upn="maija@example.fi"),)
        assert proc.stdout.encode() == build_payload(kind, Message.from_text(text, mentions)) + b"\n"
        if kind == "teams":
            jsonschema.Draft6Validator(card_schema).validate(json.loads(proc.stdout)["attachments"][0]["content"])
    assert not (tmp_path / "none").exists()
    bad = run_cli("request", "preview", "--kind", "slack", "--text-file", str(src), "--mention", "nobody")
    assert bad.returncode == 1 and "NAME=ID" in bad.stderr


# 10,000 characters of body, with characters that Slack escapes and an emoji (2 UTF-16 units).
TEN_K_BODY = ("Asiakas kertoo väsymyksestä & unettomuudesta <työkokeilun> alussa 😀. " * 200)[:10_000]
TEN_K_PARTS = {"teams": 1, "slack": 1, "mattermost": 1, "googlechat": 3, "discord": 3, "json": 1}


@pytest.mark.parametrize("kind", list(TEN_K_PARTS))
def test_request_preview_shows_every_part_of_a_10000_character_request(tmp_path, card_schema, kind):
    from coachdesk.outbox.payloads import Mention, build_parts, check_payload, payload_text

    text = "Kaipaisin vähän apuja: uni ja jaksaminen #K7Q2\n" + TEN_K_BODY + "\n"
    assert len(TEN_K_BODY) == 10_000
    src = tmp_path / "msg.txt"
    src.write_text(text, encoding="utf-8")
    ids = {"teams": "maija@example.fi", "slack": "U012ABCDEF", "mattermost": "maija.m",
           "googlechat": "users/1234567890", "discord": "123456789012345678", "json": "x"}
    proc = run_cli("--data-dir", str(tmp_path / "none"), "request", "preview", "--kind", kind, "--text-file", str(src),
                   "--mention", f"Maija={ids[kind]}", "--mention", f"Pekka={ids[kind]}x" if kind == "json" else "Pekka=")
    if kind != "json":  # "Pekka=" has no id: refused, say what is wanted
        assert proc.returncode == 1 and "NAME=ID" in proc.stderr
        proc = run_cli("--data-dir", str(tmp_path / "none"), "request", "preview", "--kind", kind, "--text-file",
                       str(src), "--mention", f"Maija={ids[kind]}")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.encode().split(b"\n")
    assert lines[-1] == b""
    posts = lines[:-1]
    assert len(posts) == TEN_K_PARTS[kind], [len(p) for p in posts]
    mention = Mention("Maija", **{
        "teams": {"teams_upn": ids["teams"]}, "slack": {"slack_id": ids["slack"]},
        "mattermost": {"mattermost_username": ids["mattermost"]}, "googlechat": {"googlechat_id": ids["googlechat"]},
        "discord": {"discord_id": ids["discord"]}}.get(kind, {}))
    mentions = (mention,) if kind != "json" else (Mention("Maija"), Mention("Pekka"))
    assert tuple(posts) == build_parts(kind, Message.from_text(text, mentions))  # byte for byte
    shown = ""
    for i, post in enumerate(posts, 1):
        check_payload(kind, post)
        part_text = payload_text(kind, post)
        assert "#K7Q2" in part_text and (len(posts) == 1 or f"#K7Q2 {i}/{len(posts)}" in part_text)
        shown += part_text
        if kind == "teams":
            jsonschema.Draft6Validator(card_schema).validate(json.loads(post)["attachments"][0]["content"])
    words = [w for w in TEN_K_BODY.replace("&", " ").replace("<", " ").replace(">", " ").split() if w]
    flat = shown.replace("&amp;", " ").replace("&lt;", " ").replace("&gt;", " ")
    assert sum(flat.count(w) >= 1 for w in set(words)) == len(set(words))  # nothing lost
    assert f"{len(posts)} post(s) to {kind}" in proc.stderr
    if kind != "json":
        assert "notified: Maija" in proc.stderr
    assert not (tmp_path / "none").exists()


def test_channel_add_list_test_remove(vault, data_dir, http_server):
    vault.close()
    http_server.expect_request("/flow").respond_with_data("", status=202)
    url = http_server.url_for("/flow")
    base = ("--data-dir", str(data_dir), "channel")
    added = run_cli(*base, "add", "Tiimi", "--kind", "teams", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{url}\n", env=LOCAL)
    assert added.returncode == 0, added.stderr
    assert "encrypted vault" in added.stdout and url not in added.stdout  # no keychain in the subprocess
    with Vault.open(data_dir, PASSPHRASE) as v:
        with v.engine.connect() as conn:
            keys = [r[0] for r in conn.exec_driver_sql("SELECT key FROM settings").all()]
        assert [k for k in keys if k.startswith("outbox.webhook.")]
    listed = run_cli(*base, "list", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    assert listed.stdout.split("\t")[:3] == ["Tiimi", "teams", "127.0.0.1"] and "/flow" not in listed.stdout
    tested = run_cli(*base, "test", "Tiimi", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n", env=LOCAL)
    assert tested.returncode == 0, tested.stderr
    assert "HTTP 202" in tested.stdout and "flow accepted it" in tested.stdout
    assert len(http_server.log) == 1
    removed = run_cli(*base, "remove", "Tiimi", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    assert removed.returncode == 0
    with Vault.open(data_dir, PASSPHRASE) as v:
        assert Channels(v.store).list() == []
        with v.engine.connect() as conn:
            keys = [r[0] for r in conn.exec_driver_sql("SELECT key FROM settings").all()]
        assert not [k for k in keys if k.startswith("outbox.webhook.")]  # the secret went with it


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://contoso.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d", "Send webhook alerts to a channel"),
        ("http://hooks.slack.com/services/x", "https"),
    ],
)
def test_channel_add_refuses_bad_urls_before_unlocking(tmp_path, url, message):
    proc = run_cli("--data-dir", str(tmp_path / "nothing"), "channel", "add", "x", "--kind", "teams",
                   "--passphrase-stdin", stdin=f"whatever\n{url}\n")
    assert proc.returncode == 1 and message in proc.stderr and url not in proc.stderr


def test_failed_channel_test_exits_1_with_reason(vault, data_dir, http_server, memory_keyring, local_webhooks):
    http_server.expect_request("/gone").respond_with_data("channel_is_archived", status=410)
    Channels(vault.store).add("Vanha", "slack", http_server.url_for("/gone"), prefer_keychain=False)
    vault.close()
    proc = run_cli("--data-dir", str(data_dir), "channel", "test", "Vanha", "--passphrase-stdin",
                   stdin=f"{PASSPHRASE}\n", env=LOCAL)
    assert proc.returncode == 1 and "channel_is_archived" in proc.stderr and "410" in proc.stderr


def test_outbox_list_retry_cancel_delivered(vault, data_dir, case, http_server, local_webhooks):
    http_server.expect_oneshot_request("/hook").respond_with_data("boom", status=500)
    http_server.expect_request("/hook").respond_with_data("ok")
    store = vault.store
    Channels(store).add("Tiimi", "slack", http_server.url_for("/hook"), prefer_keychain=False)
    outbox = Outbox(store)
    ids = []
    for topic in ("eka", "toka"):
        req = rq.save_request(store, hr.HelpRequest(case_id=case.id, topic=topic, question="Mitä tekisit?"))
        payload = preview_payload(req, "slack")
        ids.append(outbox.submit(req.id, "Tiimi", payload, payload).id)
    vault.close()
    base = ("--data-dir", str(data_dir), "outbox")
    pw = f"{PASSPHRASE}\n"

    cancelled = run_cli(*base, "cancel", str(ids[1]), "--passphrase-stdin", stdin=pw)
    assert cancelled.returncode == 0 and "cancelled" in cancelled.stdout
    sent = run_cli(*base, "send", "--passphrase-stdin", stdin=pw, env=LOCAL)
    assert sent.returncode == 0 and "possibly sent" in sent.stdout and "Check the channel" in sent.stdout
    listed = run_cli(*base, "list", "--passphrase-stdin", stdin=pw)
    assert "possibly sent" in listed.stdout and "cancelled" not in listed.stdout
    again = run_cli(*base, "send", "--passphrase-stdin", stdin=pw, env=LOCAL)
    assert "Nothing was due" in again.stdout  # never resent automatically
    retried = run_cli(*base, "retry", str(ids[0]), "--passphrase-stdin", stdin=pw, env=LOCAL)
    assert retried.returncode == 0 and ": sent" in retried.stdout, retried.stdout + retried.stderr
    bad = run_cli(*base, "delivered", str(ids[0]), "--passphrase-stdin", stdin=pw)
    assert bad.returncode == 1 and "possibly sent" in bad.stderr
    everything = run_cli(*base, "list", "--all", "--passphrase-stdin", stdin=pw)
    assert "sent" in everything.stdout and "cancelled" in everything.stdout
    assert len(http_server.log) == 2
    with Vault.open(data_dir, PASSPHRASE) as v:
        states = [Outbox(v.store).get(i).state for i in ids]
    assert states == [State.SENT, State.CANCELLED]


def test_channel_add_reads_url_from_stdin_not_argv(tmp_path):
    proc = run_cli("channel", "add", "x", "--kind", "slack", GOOD_URLS["slack"])
    assert proc.returncode == 2  # no positional URL accepted


def test_colleague_directory_export_import_between_two_vaults(vault, data_dir, tmp_path):
    import os
    import stat

    from coachdesk.outbox import colleagues as co
    from tests.conftest import fast_kdf

    co.add_colleague(vault.store, co.Colleague("Maija", ["uni"], "maija@example.fi", "U012ABCDEF", None,
                                               "maija.m", "users/1234567890", "123456789012345678"))
    vault.close()
    out = tmp_path / "kollegat.json"
    done = run_cli("--data-dir", str(data_dir), "colleague", "export", str(out), "--passphrase-stdin",
                   stdin=f"{PASSPHRASE}\n")
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "coachdesk-colleagues" and doc["colleagues"][0]["discord_id"] == "123456789012345678"
    again = run_cli("--data-dir", str(data_dir), "colleague", "export", str(out), "--passphrase-stdin",
                    stdin=f"{PASSPHRASE}\n")
    assert again.returncode == 1 and "exists already" in again.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == doc  # never overwritten
    other_dir = tmp_path / "other"
    Vault.create(other_dir, PASSPHRASE, kdf=fast_kdf())[0].close()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "coachdesk-colleagues", "colleagues": [{"name": "X", "discord_id": "@all"}]}))
    refused = run_cli("--data-dir", str(other_dir), "colleague", "import", str(bad), "--passphrase-stdin",
                      stdin=f"{PASSPHRASE}\n")
    assert refused.returncode == 1 and "Colleague 1" in refused.stderr and "Discord" in refused.stderr
    done = run_cli("--data-dir", str(other_dir), "colleague", "import", str(out), "--passphrase-stdin",
                   stdin=f"{PASSPHRASE}\n")
    assert done.returncode == 0 and "1 added, 0 updated" in done.stdout, done.stderr
    listed = run_cli("--data-dir", str(other_dir), "colleague", "list", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    assert "Maija\tuni\tnotified on: teams, slack, mattermost, googlechat, discord" in listed.stdout
