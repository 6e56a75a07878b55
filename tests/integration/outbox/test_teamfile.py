"""The team setup file round-trips between two real vaults; wrong passphrases, tampering and hostile
files change nothing; names that exist are shown and never replaced."""

from __future__ import annotations

import base64
import json

import pytest

from coachdesk.errors import InvalidInput
from coachdesk.outbox import teamfile
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.colleagues import Colleague, add_colleague, list_colleagues
from coachdesk.outbox.entra import EntraConfig, config_for
from coachdesk.outbox.teamfile import WrongTeamPassphrase
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, fast_kdf, run_cli
from tests.integration.outbox.test_entra import TENANT_URL
from tests.support.delivery import GOOD_URLS
from tests.support.entra_support import CLIENT_ID, TENANT

TEAM_PASS = "kolme kissaa ja koira"


@pytest.fixture
def lead(vault, memory_keyring):
    """The team lead's vault: four channels (one protected by sign-in) and three colleagues."""
    store = vault.store
    channels = Channels(store)
    channels.add("Teams-tiimi", "teams", GOOD_URLS["teams"])
    channels.add("Tiimi (kirjautuen)", "teams", TENANT_URL, entra=EntraConfig(TENANT, CLIENT_ID))
    channels.add("Slack", "slack", GOOD_URLS["slack"], prefer_keychain=False)
    channels.add("Mattermost", "mattermost", GOOD_URLS["mattermost"])
    add_colleague(store, Colleague("Maija Mentori", ["masennus", "työkokeilu"], "maija.mentori@example.fi", "U012ABCDEF"))
    add_colleague(store, Colleague("Pekka Pätkä", ["uupumus"]))
    add_colleague(store, Colleague("Åsa Öberg", [], "asa.oberg@example.fi"))
    return vault


@pytest.fixture
def coach(tmp_path, memory_keyring):
    v, _ = Vault.create(tmp_path / "coach", PASSPHRASE, kdf=fast_kdf())
    yield v
    v.close()


def _state(store):
    channels = Channels(store)
    return (
        [(c.name, c.kind.value, channels.url(c), config_for(store, c)) for c in channels.list()],
        [(c.name, c.expertise, c.teams_upn, c.slack_id) for c in list_colleagues(store)],
    )


def test_round_trip_between_two_vaults(lead, coach):
    data = teamfile.export_team(lead.store, TEAM_PASS, kdf=fast_kdf())
    for secret in (GOOD_URLS["slack"], "Maija", "masennus", TENANT):
        assert secret.encode() not in data  # encrypted: no URL, name or tenant in clear
    envelope = json.loads(data)
    assert envelope["format"] == "coachdesk-team-setup" and envelope["version"] == 1
    assert envelope["meta"]["channels"] == 4 and envelope["meta"]["colleagues"] == 3

    setup = teamfile.open_team_file(data, TEAM_PASS)
    plan = teamfile.plan_import(coach.store, setup)
    text = "\n".join(plan.lines())
    assert "+ channel 'Tiimi (kirjautuen)' (teams, " in text and "sign-in" in text
    assert "+ colleague Maija Mentori (masennus, työkokeilu)" in text
    assert "https://" not in text  # hosts only, never a secret URL
    teamfile.apply_import(coach.store, setup, plan)
    assert _state(coach.store) == _state(lead.store)  # every URL, sign-in setting and colleague field
    assert teamfile.plan_import(coach.store, setup).empty  # importing again adds nothing


def test_existing_names_are_shown_and_never_replaced(lead, coach):
    Channels(coach.store).add("slack", "slack", "https://hooks.slack.com/services/T9999ABCD/B9999ABCD/zzzzzzzzzzzzzzzzzzzzzzzz")
    add_colleague(coach.store, Colleague("maija  mentori", ["oma tagi"]))
    setup = teamfile.open_team_file(teamfile.export_team(lead.store, TEAM_PASS, kdf=fast_kdf()), TEAM_PASS)
    plan = teamfile.plan_import(coach.store, setup)
    assert [c.name for c in plan.channels_existing] == ["Slack"]
    assert [c.name for c in plan.colleagues_existing] == ["Maija Mentori"]
    assert "channel 'Slack' exists already: kept as it is, not replaced" in "\n".join(plan.lines())
    teamfile.apply_import(coach.store, setup, plan)
    mine = Channels(coach.store)
    assert mine.url(mine.get("slack")).endswith("zzzzzzzzzzzzzzzzzzzzzzzz")
    assert [c.expertise for c in list_colleagues(coach.store) if c.name == "maija mentori"] == [["oma tagi"]]
    assert len(mine.list()) == 4 and len(list_colleagues(coach.store)) == 3


def test_plan_is_refused_when_the_vault_changed_after_it_was_shown(lead, coach):
    setup = teamfile.open_team_file(teamfile.export_team(lead.store, TEAM_PASS, kdf=fast_kdf()), TEAM_PASS)
    plan = teamfile.plan_import(coach.store, setup)
    add_colleague(coach.store, Colleague("Pekka Pätkä"))
    before = _state(coach.store)
    with pytest.raises(InvalidInput, match="changed meanwhile"):
        teamfile.apply_import(coach.store, setup, plan)
    assert _state(coach.store) == before


def _tamper(data: bytes, edit) -> bytes:
    envelope = json.loads(data)
    edit(envelope)
    return json.dumps(envelope).encode()


def _flip_ct(env):
    raw = bytearray(base64.b64decode(env["ct"]))
    raw[10] ^= 1
    env["ct"] = base64.b64encode(bytes(raw)).decode()


@pytest.mark.parametrize("edit", [
    _flip_ct,
    lambda env: env["meta"].update(channels=5),  # authenticated metadata
    lambda env: env["meta"].update(created_at="2020-01-01T00:00:00+00:00"),
    lambda env: env["kdf"].update(iterations=env["kdf"]["iterations"] + 1),
])
def test_tampered_file_gives_one_line_and_changes_nothing(lead, coach, edit):
    data = _tamper(teamfile.export_team(lead.store, TEAM_PASS, kdf=fast_kdf()), edit)
    before = _state(coach.store)
    with pytest.raises(WrongTeamPassphrase) as err:
        teamfile.open_team_file(data, TEAM_PASS)
    assert "\n" not in str(err.value)
    assert _state(coach.store) == before


def test_wrong_passphrase(lead):
    data = teamfile.export_team(lead.store, TEAM_PASS, kdf=fast_kdf())
    with pytest.raises(WrongTeamPassphrase, match="Wrong passphrase, or the file was changed"):
        teamfile.open_team_file(data, TEAM_PASS + "x")


@pytest.mark.parametrize(("data", "message"), [
    (b"", "not a CoachDesk team setup file"),
    (b"\xff\xfe", "not a CoachDesk team setup file"),
    (b"[1, 2]", "not a CoachDesk team setup file"),
    (b'{"format": "coachdesk-backup"}', "not a CoachDesk team setup file"),
    (b'{"format": "coachdesk-team-setup", "version": 2}', "newer CoachDesk"),
    (b'{"format": "coachdesk-team-setup", "version": true}', "not a CoachDesk team setup file"),
    (b'{"format": "coachdesk-team-setup", "version": 1, "cipher": "aes-256-gcm", "meta": {}, "kdf": {}}', "damaged"),
])
def test_hostile_envelopes_are_refused_clearly(data, message):
    with pytest.raises(InvalidInput, match=message):
        teamfile.open_team_file(data, TEAM_PASS)


def test_kdf_settings_that_would_freeze_the_machine_are_refused(lead):
    data = _tamper(teamfile.export_team(lead.store, TEAM_PASS, kdf=fast_kdf()),
                   lambda env: env["kdf"].update(memory_kib=4 * 1024 * 1024))
    with pytest.raises(InvalidInput, match="unreasonable key settings"):
        teamfile.open_team_file(data, TEAM_PASS)


def test_bad_entries_inside_a_genuine_file_are_left_out_with_a_reason(coach):
    from coachdesk.vault import keys

    params = fast_kdf()
    envelope = {"format": "coachdesk-team-setup", "version": 1, "kdf": params.to_dict(), "cipher": "aes-256-gcm",
                "meta": {"created_at": "2026-12-01T10:00:00+00:00"}}
    content = {"channels": [
        {"name": "Vanha", "kind": "teams", "url": "https://contoso.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d"},
        {"name": "Outo", "kind": "fax", "url": "x"},
        "not a dict",
        {"name": "Hyvä", "kind": "slack", "url": GOOD_URLS["slack"], "extra": 1},
        {"name": "Ansa\x1b]0;pwned\x07", "kind": "slack", "url": GOOD_URLS["slack"]},  # terminal escape
        {"name": "Tiimi", "kind": "teams", "url": TENANT_URL,
         "entra": {"tenant": TENANT, "client_id": CLIENT_ID, "authority_host": "https://login.evil.example"}},
    ], "colleagues": [
        {"name": "Lauri", "teams_upn": "not an upn"}, {"name": 5}, {"name": "Liisa", "expertise": ["x", 5]},
        {"name": "Leena", "unknown_future_field": "kept out"},
        {"name": "Bidi\u202eevil"},
    ]}
    sealed = keys.wrap(keys.derive_passphrase_key(TEAM_PASS, params),
                       json.dumps(content).encode(), teamfile._aad(envelope))
    envelope.update(nonce=sealed["nonce"], ct=sealed["ct"])
    setup = teamfile.open_team_file(json.dumps(envelope).encode(), TEAM_PASS)
    assert [c.name for c in setup.channels] == ["Hyvä"]
    assert [c.name for c in setup.colleagues] == ["Leena"]
    refused = dict(setup.refused)
    assert "Office 365 connector" in refused["channel 'Vanha'"]
    assert set(refused) == {"channel 'Vanha'", "channel 'Outo'", "channel '#3'", "colleague 'Lauri'",
                            "colleague '#2'", "colleague 'Liisa'", "channel 'Ansa?]0;pwned?'", "channel 'Tiimi'",
                            "colleague 'Bidi?evil'"}
    assert "only on this computer" in refused["channel 'Tiimi'"]
    # colleagues are checked by THE colleague rules (colleagues.colleague_from_dict), each reason kept
    # with its entry
    assert refused["colleague 'Liisa'"] == "A colleague's expertise must be a list of words."
    assert refused["colleague '#2'"] == "A colleague's name and ids must be text."
    assert "control or invisible characters" in refused["colleague 'Bidi?evil'"]
    assert refused["colleague 'Lauri'"].startswith("'not an upn' is not a Teams user name (UPN)")
    lines = "\n".join(teamfile.plan_import(coach.store, setup).lines())
    assert "! channel 'Vanha': left out" in lines


def test_short_passphrase_is_refused():
    with pytest.raises(InvalidInput, match="at least 12"):
        teamfile.check_new_passphrase("lyhyt")


# ----- the command line ---------------------------------------------------------------------------------
def test_cli_export_then_import_into_another_vault(lead, tmp_path, coach, data_dir):
    lead_dir, coach_dir = data_dir, tmp_path / "coach"
    Channels(lead.store).remove("Teams-tiimi")  # the subprocess has no keychain: keep vault-held URLs only
    Channels(lead.store).remove("Tiimi (kirjautuen)")
    Channels(lead.store).remove("Mattermost")
    lead.close()
    coach.close()
    out = tmp_path / "tiimi.cdteam"
    short = run_cli("--data-dir", str(lead_dir), "team", "export", "--out", str(out), "--passphrase-stdin",
                    stdin=f"{PASSPHRASE}\nlyhyt\n")
    assert short.returncode == 1 and "at least 12" in short.stderr and not out.exists()
    made = run_cli("--data-dir", str(lead_dir), "team", "export", "--out", str(out), "--passphrase-stdin",
                   stdin=f"{PASSPHRASE}\n{TEAM_PASS}\n")
    assert made.returncode == 0, made.stderr
    assert out.stat().st_mode & 0o077 == 0
    again = run_cli("--data-dir", str(lead_dir), "team", "export", "--out", str(out), "--passphrase-stdin",
                    stdin=f"{PASSPHRASE}\n{TEAM_PASS}\n")
    assert again.returncode == 1 and "exists already" in again.stderr

    base = ("--data-dir", str(coach_dir), "team", "import", str(out), "--passphrase-stdin")
    wrong = run_cli(*base, stdin=f"{PASSPHRASE}\nväärä salasana\n")
    assert wrong.returncode == 1 and wrong.stderr.strip().count("\n") == 0 and "Wrong passphrase" in wrong.stderr
    dry = run_cli(*base, "--dry-run", stdin=f"{PASSPHRASE}\n{TEAM_PASS}\n")
    assert dry.returncode == 0, dry.stderr
    assert "+ channel 'Slack' (slack, hooks.slack.com)" in dry.stdout and "Dry run: nothing was saved." in dry.stdout
    assert GOOD_URLS["slack"] not in dry.stdout
    unasked = run_cli(*base, stdin=f"{PASSPHRASE}\n{TEAM_PASS}\n")
    assert unasked.returncode == 1 and "--yes" in unasked.stderr
    with Vault.open(coach_dir, PASSPHRASE) as v:
        assert Channels(v.store).list() == [] and list_colleagues(v.store) == []
    done = run_cli(*base, "--yes", stdin=f"{PASSPHRASE}\n{TEAM_PASS}\n")
    assert done.returncode == 0, done.stderr
    assert "Added 1 channel(s) and 3 colleague(s)." in done.stdout
    with Vault.open(coach_dir, PASSPHRASE) as v:
        channels = Channels(v.store)
        assert channels.url(channels.get("Slack")) == GOOD_URLS["slack"]
        assert [c.name for c in list_colleagues(v.store)] == ["Maija Mentori", "Pekka Pätkä", "Åsa Öberg"]
    not_team = tmp_path / "x.txt"
    not_team.write_text("hello")
    bad = run_cli("--data-dir", str(coach_dir), "team", "import", str(not_team), "--passphrase-stdin", stdin="")
    assert bad.returncode == 1 and "not a CoachDesk team setup file" in bad.stderr
