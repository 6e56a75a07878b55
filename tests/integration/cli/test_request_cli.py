"""`coachdesk request preview --case` and `request submit --previewed` as processes against a real
vault: nothing is queued that is not byte for byte the previewed file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, run_cli

CASE = "K-2026-007"  # the "request" recipe: two notes, a summary, tags, pseudonym "Asiakas A"
PW = PASSPHRASE + "\n"


@pytest.fixture
def request_vault(make_vault, data_dir: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A closed vault with the request case and a json channel "Tiimi"; and a template file."""
    from coachdesk.services.channels import add_channel

    opened = make_vault(cases=("request",), keep_open=True)
    add_channel(opened.store, "Tiimi", "json", "https://example.com/hook", prefer_keychain=False)
    opened.close()
    template = tmp_path / "pyynto.json"
    template.write_text(json.dumps({"question": "Miten tukisin jaksamista työkokeilussa?",
                                    "help_wanted": ["tips", "sparring"], "sparring_topic": "uupumus"}),
                        encoding="utf-8")
    return data_dir, template


def _preview(data_dir: Path, template: Path, out: Path, *extra: str):
    return run_cli("--data-dir", str(data_dir), "request", "preview", "--case", CASE, "--channel", "Tiimi",
                   "--template", str(template), "--out", str(out), "--passphrase-stdin", *extra, stdin=PW)


def _submit(data_dir: Path, template: Path, previewed: Path):
    return run_cli("--data-dir", str(data_dir), "request", "submit", "--case", CASE, "--channel", "Tiimi",
                   "--template", str(template), "--previewed", str(previewed), "--passphrase-stdin", stdin=PW)


def _queued(data_dir: Path) -> tuple[list[bytes], int]:
    """The payloads of every outbox item and the number of saved requests."""
    from coachdesk.outbox.requests import list_requests
    from coachdesk.services.requests import items

    with Vault.open(data_dir, PASSPHRASE) as v:
        return [i.payload for i in items(v.store)], len(list_requests(v.store))


def test_preview_then_submit_queues_exactly_the_file(request_vault, tmp_path):
    data_dir, template = request_vault
    out = tmp_path / "esikatselu.jsonl"
    proc = _preview(data_dir, template, out)
    assert proc.returncode == 0, proc.stderr
    shown = out.read_bytes()
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert shown.endswith(b"\n") and shown.count(b"\n") == 1  # one post, one line
    text = json.loads(shown)["text"]
    assert "Asiakas A" not in text and "[Henkilö A]" in text  # checked as the composer checks
    assert "Miten tukisin jaksamista työkokeilussa?" in text and "nukkuvansa huonosti" in text
    assert _queued(data_dir) == ([], 0)  # a preview writes nothing into the vault

    proc = _submit(data_dir, template, out)
    assert proc.returncode == 0, proc.stderr
    assert "queued" in proc.stdout
    payloads, requests = _queued(data_dir)
    assert payloads == [shown[:-1]] and requests == 1
    ref = text.split("#", 1)[1][:4]
    listed = run_cli("--data-dir", str(data_dir), "outbox", "list", "--passphrase-stdin", stdin=PW)
    assert listed.returncode == 0 and f"#{ref}" in listed.stdout and "queued" in listed.stdout

    again = _submit(data_dir, template, out)  # the same preview twice: refused, nothing more saved
    assert again.returncode == 1 and "submitted already" in again.stderr
    assert _queued(data_dir) == ([shown[:-1]], 1)


@pytest.mark.parametrize("tamper", [
    lambda b: b.replace(b"jaksamista", "jaksamista ja Liisa Mäkelää".encode()),
    lambda b: b[:-1],  # the final line break gone
    lambda b: b + b"{}\n",  # a post added
    lambda b: b.replace(b"#", b"#X", 1),
    lambda b: b"",
])
def test_a_tampered_preview_is_refused_and_nothing_written(request_vault, tmp_path, tamper):
    data_dir, template = request_vault
    out = tmp_path / "esikatselu.jsonl"
    assert _preview(data_dir, template, out).returncode == 0
    out.write_bytes(tamper(out.read_bytes()))
    proc = _submit(data_dir, template, out)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "preview it again" in proc.stderr and "Traceback" not in proc.stderr
    assert _queued(data_dir) == ([], 0)


def test_a_note_added_after_the_preview_is_refused(request_vault, tmp_path):
    from datetime import date

    from coachdesk.domain import models as m
    from coachdesk.services import cases

    data_dir, template = request_vault
    out = tmp_path / "esikatselu.jsonl"
    assert _preview(data_dir, template, out).returncode == 0
    with Vault.open(data_dir, PASSPHRASE) as v:
        case = cases.case_by_code(v.store, CASE)
        cases.add_note(v.store, m.Note(case_id=case.id, text="Uusi käänne: lääkäri suositteli lepoa.",
                                       date=date(2026, 11, 30)))
    proc = _submit(data_dir, template, out)
    assert proc.returncode == 1 and "preview it again" in proc.stderr
    assert _queued(data_dir) == ([], 0)
    fresh = tmp_path / "uusi.jsonl"  # a new preview shows the new note, and that one goes
    assert _preview(data_dir, template, fresh).returncode == 0
    assert "lääkäri suositteli lepoa" in json.loads(fresh.read_bytes())["text"]
    assert _submit(data_dir, template, fresh).returncode == 0


def test_hostile_out_paths_are_refused(request_vault, tmp_path):
    data_dir, template = request_vault
    kept = tmp_path / "tärkeä.txt"
    kept.write_bytes(b"the coach keeps this")
    link = tmp_path / "linkki.jsonl"
    os.symlink(data_dir / "vault.header.json", link)
    dangling = tmp_path / "roikkuva.jsonl"
    os.symlink(data_dir / "backups" / "new.jsonl", dangling)
    before = {p: p.read_bytes() for p in (data_dir / "vault.header.json", data_dir / "vault.db", kept)}
    for out in (data_dir / "vault.db", data_dir / "vault.header.json", data_dir / "backups" / "x.jsonl",
                link, dangling, kept, tmp_path / "ei-kansiota" / "x.jsonl", tmp_path):
        proc = _preview(data_dir, template, out)
        assert proc.returncode == 1, (out, proc.stdout, proc.stderr)
        assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert {p: p.read_bytes() for p in before} == before
    assert not (data_dir / "backups" / "x.jsonl").exists() and not (data_dir / "backups" / "new.jsonl").exists()


def test_usage_and_help():
    proc = run_cli("request", "preview", "--help")
    assert proc.returncode == 0 and "--case" in proc.stdout and "--out" in proc.stdout
    proc = run_cli("request", "submit", "--help")
    assert proc.returncode == 0 and "--previewed" in proc.stdout
    proc = run_cli("request", "preview", "--case", CASE)  # no --channel / --out: one line, before any vault
    assert proc.returncode == 1 and "--channel" in proc.stderr
    proc = run_cli("request", "preview", "--kind", "json")
    assert proc.returncode == 1 and "--text-file" in proc.stderr


def test_preview_and_submit_in_swedish(request_vault, tmp_path):
    """``--lang sv``: the Swedish template's headings, submitted with the same language."""
    data_dir, template = request_vault
    out = tmp_path / "forhandsvisning.jsonl"
    proc = _preview(data_dir, template, out, "--lang", "sv")
    assert proc.returncode == 0, proc.stderr
    text = json.loads(out.read_bytes())["text"]
    assert text.startswith("Jag skulle behöva lite hjälp: ")
    assert "Min fråga: Miten tukisin" in text and "1:1-sparring med någon erfaren (inom uupumus)" in text
    assert "Kaipaisin" not in text
    proc = run_cli("--data-dir", str(data_dir), "request", "submit", "--case", CASE, "--channel", "Tiimi",
                   "--template", str(template), "--previewed", str(out), "--lang", "sv", "--passphrase-stdin",
                   stdin=PW)
    assert proc.returncode == 0, proc.stderr
    from coachdesk.outbox.requests import list_requests

    with Vault.open(data_dir, PASSPHRASE) as v:
        assert [r.request.lang for r in list_requests(v.store)] == ["sv"]
