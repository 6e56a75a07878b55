"""Export instead of send (HTML, .md/.txt, mailto) and colleague suggestions."""

from __future__ import annotations

import os
from html.parser import HTMLParser
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from coachdesk.domain import help_request as hr
from coachdesk.errors import InvalidInput
from coachdesk.outbox import colleagues as co
from coachdesk.outbox.export import MAILTO_MAX, mailto_url, render_html, render_markdown, save_request


def _req(**kw) -> hr.HelpRequest:
    base = dict(ref="K7Q2", topic="masennus <b>& ahdistus</b>", situation="rivi 1\nrivi 2", question="Mitä tekisit?")
    base.update(kw)
    return hr.HelpRequest(**base)


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_render_html_escapes_and_keeps_structure():
    out = render_html(_req())
    parser = _Collect()
    parser.feed(out)
    assert set(parser.tags) <= {"p", "b", "br"}  # only what Teams and Slack keep when pasting
    assert "masennus <b>& ahdistus</b>" in "".join(parser.text)  # user text stays text
    assert "#K7Q2" in "".join(parser.text) and "rivi 1<br>rivi 2" in out


def test_markdown_and_text_files_are_owner_only(tmp_path):
    md = save_request(_req(), tmp_path / "pyynto.md", "en")
    txt = save_request(_req(), tmp_path / "pyynto.txt")
    assert md.read_text(encoding="utf-8") == render_markdown(_req(), "en")
    assert "**My question:** Mitä tekisit?" in md.read_text(encoding="utf-8")
    assert txt.read_text(encoding="utf-8") == hr.render_text(_req())
    if os.name == "posix":
        assert md.stat().st_mode & 0o077 == 0 and txt.stat().st_mode & 0o077 == 0
    with pytest.raises(InvalidInput):
        save_request(_req(), tmp_path / "x.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pyynto.md", "pyynto.txt"]  # no temp files left


def test_mailto_round_trips_short_requests():
    url = mailto_url(_req(), to="tiimi@example.fi")
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and unquote(parts.path) == "tiimi@example.fi"
    query = parse_qs(parts.query)
    assert query["subject"] == [hr.title(_req())]
    assert query["body"][0].replace("\r\n", "\n") == hr.render_text(_req())


@pytest.mark.parametrize("cap", [300, 800, MAILTO_MAX])
def test_mailto_is_capped_and_says_it_was_shortened(cap):
    long = _req(situation="Pitkä kuvaus tilanteesta äöå. " * 200)
    url = mailto_url(long, "fi", max_len=cap)
    assert len(url) <= cap
    body = parse_qs(urlsplit(url).query)["body"][0]
    assert body.endswith("(lyhennetty: liitä koko teksti leikepöydältä)")
    assert "#K7Q2" in parse_qs(urlsplit(url).query)["subject"][0]


def test_colleagues_suggested_by_topic_with_inflected_forms(store):
    maija = co.add_colleague(store, co.Colleague("Maija Mentori", ["Masennus", "ahdistus"], teams_upn="maija@example.fi"))
    co.add_colleague(store, co.Colleague("Pekka", ["päihteet"], slack_id="U012ABCDEF"))
    co.add_colleague(store, co.Colleague("Sari", ["ahdistus", "uupumus"]))
    req = hr.HelpRequest(topic="Masennuksen ja ahdistuksen kanssa työkokeilussa", question="Miten tuen?")
    suggested = co.suggest_colleagues(store, req)
    assert [(c.name, tags) for c, tags in suggested] == [("Maija Mentori", ["masennus", "ahdistus"]), ("Sari", ["ahdistus"])]
    assert suggested[0][0].mention().teams_upn == "maija@example.fi"
    assert co.suggest_colleagues(store, hr.HelpRequest(topic="talous", question="?")) == []
    maija.expertise = ["uupumus"]
    co.update_colleague(store, maija)
    assert [c.name for c, _ in co.suggest_colleagues(store, req)] == ["Sari"]
    co.remove_colleague(store, maija.id)
    assert [c.name for c in co.list_colleagues(store)] == ["Pekka", "Sari"]


@pytest.mark.parametrize(
    "bad",
    [co.Colleague(""), co.Colleague("x", teams_upn="ei upn"), co.Colleague("x", slack_id="<@U1>"), co.Colleague("x", teams_upn="<at>@x.fi")],
)
def test_colleague_validation(store, bad):
    with pytest.raises(InvalidInput):
        co.add_colleague(store, bad)


def test_platform_ids_are_normalised_stored_and_become_native_mentions(store):
    saved = co.add_colleague(store, co.Colleague(
        "Maija Mentori", ["uni"], teams_upn="maija@example.fi", slack_id="U012ABCDEF",
        mattermost_username="@Maija.Mentori", googlechat_id="112233445566778899", discord_id="<@123456789012345678>",
    ))
    got = co.get_colleague(store, saved.id)
    assert (got.mattermost_username, got.googlechat_id, got.discord_id) == (
        "maija.mentori", "users/112233445566778899", "123456789012345678")
    mention = got.mention()
    assert mention.target("mattermost") == "maija.mentori" and mention.target("discord") == "123456789012345678"
    assert mention.target("googlechat") == "users/112233445566778899" and mention.target("slack") == "U012ABCDEF"


@pytest.mark.parametrize(
    ("field", "value", "what"),
    [
        ("mattermost_username", "maija mentori", "Mattermost username"),
        ("mattermost_username", "@all", "Mattermost username"),
        ("googlechat_id", "users/all", "Google Chat user id"),
        ("googlechat_id", "maija@example.fi", "Google Chat user id"),
        ("discord_id", "@everyone", "Discord user id"),
        ("discord_id", "12345", "Discord user id"),
    ],
)
def test_bad_platform_ids_are_refused_with_their_shape(store, field, value, what):
    with pytest.raises(InvalidInput, match=what):
        co.add_colleague(store, co.Colleague("x", **{field: value}))
    assert co.list_colleagues(store) == []


def test_directory_round_trips_every_field_between_two_vaults(store, tmp_path):
    from coachdesk.vault.vault import Vault
    from tests.conftest import PASSPHRASE, fast_kdf

    co.add_colleague(store, co.Colleague("Maija", ["uni", "ahdistus"], "maija@example.fi", "U012ABCDEF", None,
                                         "maija.m", "users/1234567890", "123456789012345678"))
    co.add_colleague(store, co.Colleague("Pekka", ["päihteet"]))
    data = co.export_directory(store)
    assert data[0] == {"name": "Maija", "expertise": ["uni", "ahdistus"], "teams_upn": "maija@example.fi",
                       "slack_id": "U012ABCDEF", "mattermost_username": "maija.m",
                       "googlechat_id": "users/1234567890", "discord_id": "123456789012345678"}
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=fast_kdf())
    with other:
        co.add_colleague(other.store, co.Colleague("maija", ["työkokeilu"], discord_id="999999999999999999"))
        assert co.import_directory(other.store, data) == (1, 1)
        by_name = {c.name: c for c in co.list_colleagues(other.store)}
        maija, pekka = by_name["maija"], by_name["Pekka"]
        assert maija.expertise == ["työkokeilu", "uni", "ahdistus"] and maija.discord_id == "123456789012345678"
        assert maija.mattermost_username == "maija.m" and pekka.name == "Pekka"
        before = co.export_directory(other.store)
        with pytest.raises(InvalidInput, match=r"Colleague 2: .*Discord"):
            co.import_directory(other.store, [data[1], {"name": "Bad", "discord_id": "x"}])
        assert co.export_directory(other.store) == before  # one bad entry changes nothing
        for bad in ("not a list", [None], [{"name": 5}], [{"name": "x", "expertise": [1]}]):
            with pytest.raises(InvalidInput):
                co.import_directory(other.store, bad)
