"""Review of issue 13: the team setup file carries EVERY colleague field and channel option between
two real vaults; names with control or bidi characters never enter a vault through any import."""

from __future__ import annotations

import json

import pytest

from coachdesk.errors import InvalidInput
from coachdesk.outbox import colleagues as co
from coachdesk.outbox import teamfile
from coachdesk.outbox.channels import Channels
from tests.conftest import PASSPHRASE, fast_kdf, run_cli
from tests.integration.outbox.test_teamfile import TEAM_PASS, coach  # noqa: F401 (fixture)
from tests.support.delivery import GOOD_URLS

FULL = co.Colleague("Maija Mentori", ["uni", "ahdistus"], "maija@example.fi", "U012ABCDEF", None,
                    "maija.m", "users/1234567890", "123456789012345678")


def test_team_file_round_trip_keeps_every_colleague_field_and_channel_option(vault, coach):  # noqa: F811
    store = vault.store
    Channels(store).add("Foorumi", "discord", GOOD_URLS["discord"], options={"discord_forum": True})
    co.add_colleague(store, FULL)
    setup = teamfile.open_team_file(teamfile.export_team(store, TEAM_PASS, kdf=fast_kdf()), TEAM_PASS)
    teamfile.apply_import(coach.store, setup, teamfile.plan_import(coach.store, setup))
    assert co.export_directory(coach.store) == co.export_directory(store)
    (got,) = Channels(coach.store).list()
    assert got.options == {"discord_forum": True} and got.forum


BIDI_AND_CONTROL = ["Maija\u202eatnem", "\x1b[31mMaija", "Maija\u2066x\u2069", "Mai\u200bja", "Maija\x00"]


@pytest.mark.parametrize("name", BIDI_AND_CONTROL)
def test_directory_import_refuses_control_and_bidi_characters(store, name):
    with pytest.raises(InvalidInput, match="control"):
        co.import_directory(store, [{"name": "Hyvä"}, {"name": name}])
    assert co.list_colleagues(store) == []  # all or nothing
    with pytest.raises(InvalidInput, match="control"):
        co.import_directory(store, [{"name": "Hyvä", "expertise": [f"tagi {name}"]}])


def test_cli_colleague_import_of_hostile_file_prints_one_line_and_saves_nothing(vault, data_dir, tmp_path):
    vault.close()
    path = tmp_path / "hakemisto.json"
    path.write_text(json.dumps({"format": "coachdesk-colleagues",
                                "colleagues": [{"name": "Hyvä"}, {"name": "Paha\u202e\x1b[2J"}]}), encoding="utf-8")
    args = ("--data-dir", str(data_dir))
    result = run_cli(*args, "colleague", "import", str(path), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "\u202e" not in result.stderr and "\x1b" not in result.stderr
    listed = run_cli(*args, "colleague", "list", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    assert "Hyvä" not in listed.stdout


@pytest.mark.parametrize("host", ["https://localhost:8443", "https://127.0.0.1", "https://[::1]:9000"])
def test_team_file_never_points_a_sign_in_at_this_computer(host, monkeypatch):
    """A sign-in host on loopback exists for the local imitation in tests only: a team file carrying
    one (a local listener could then phish the coach's sign-in) is left out unless tests allow it."""
    from coachdesk.outbox.urls import LOCAL_HTTP_ENV
    from tests.integration.outbox.test_entra import TENANT_URL
    from tests.support.entra_support import CLIENT_ID, TENANT

    monkeypatch.delenv(LOCAL_HTTP_ENV, raising=False)
    raw = {"name": "Tiimi", "kind": "teams", "url": TENANT_URL,
           "entra": {"tenant": TENANT, "client_id": CLIENT_ID, "authority_host": host}}
    with pytest.raises(InvalidInput, match="sign-in host"):
        teamfile._channel_entry(raw)
    monkeypatch.setenv(LOCAL_HTTP_ENV, "1")
    assert teamfile._channel_entry(raw).entra.authority_host == host


def test_directory_import_refuses_a_name_twice_in_the_file(store):
    """The second entry's ids used to vanish silently (the first one won)."""
    entries = [{"name": "Maija", "slack_id": "U012ABCDEF"}, {"name": " maija ", "discord_id": "123456789012345678"}]
    with pytest.raises(InvalidInput, match=r"Colleague 2: .*twice"):
        co.import_directory(store, entries)
    assert co.list_colleagues(store) == []
