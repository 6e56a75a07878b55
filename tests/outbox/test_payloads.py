"""Payload bytes per platform; Teams cards validated against the official Adaptive Card 1.4 schema."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachdesk.domain import help_request as hr
from coachdesk.errors import InvalidInput
from coachdesk.outbox import ChannelKind
from coachdesk.outbox.compose import message_for, preview_payload
from coachdesk.outbox.payloads import (
    TEAMS_MAX_BYTES,
    Mention,
    Message,
    build_payload,
    check_payload,
    payload_text,
)
from tests.conftest import REPO
from tests.outbox.conftest import DATA

SCHEMA_SHA256 = "e1750b01c13459b1d937ae0a8792d825314d54ddd22b1c8159cfd809d2caab09"


def _request(**kw) -> hr.HelpRequest:
    base = dict(
        ref="K7Q2",
        topic="masennus ja ahdistus",
        phase="kartoitus",
        situation="Asiakas perui kaksi tapaamista.\nNukkuu huonosti.",
        tried="Lyhyemmät tapaamiset; auttoi vähän.",
        question="Miten tukisin jaksamista työkokeilun alussa?",
        help_wanted=[hr.HelpKind.TIPS, hr.HelpKind.SPARRING],
        sparring_topic="masennus",
    )
    base.update(kw)
    return hr.HelpRequest(**base)


def _card(payload: bytes) -> dict:
    return json.loads(payload)["attachments"][0]["content"]


def test_schema_copy_is_the_official_file():
    assert hashlib.sha256((DATA / "adaptive-card-1.4.json").read_bytes()).hexdigest() == SCHEMA_SHA256
    shared = Path(REPO).parent / "shared" / "schemas" / "adaptive-card-1.4.json"
    if shared.exists():
        assert shared.read_bytes() == (DATA / "adaptive-card-1.4.json").read_bytes()


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("mentions", [(), (Mention("Maija Mentori", teams_upn="maija.mentori@example.fi"),)])
def test_teams_card_is_valid_adaptive_card_14(card_schema, lang, mentions):
    payload = preview_payload(_request(), "teams", lang=lang, mentions=mentions)
    envelope = json.loads(payload)
    assert envelope["type"] == "message"
    assert envelope["attachments"][0]["contentType"] == "application/vnd.microsoft.card.adaptive"
    card = _card(payload)
    jsonschema.Draft6Validator(card_schema).validate(card)
    assert card["version"] == "1.4" and card["msteams"]["width"] == "Full"
    assert "#K7Q2" in card["body"][0]["text"]
    if mentions:
        entity = card["msteams"]["entities"][0]
        assert entity["text"] == "<at>Maija Mentori</at>"
        assert entity["mentioned"] == {"id": "maija.mentori@example.fi", "name": "Maija Mentori"}
        assert any("<at>Maija Mentori</at>" in b["text"] for b in card["body"])


def test_schema_check_really_rejects_a_broken_card(card_schema):
    card = _card(preview_payload(_request(), "teams"))
    card["body"][0]["weight"] = "Heavy"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft6Validator(card_schema).validate(card)
    card = _card(preview_payload(_request(), "teams"))
    card["msteams"]["colour"] = "red"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft6Validator(card_schema).validate(card)


def test_user_text_cannot_forge_a_teams_mention(card_schema):
    payload = build_payload("teams", Message.from_text("Hei <at>Pomo</at> #AAAA\nteksti <at>x</at>"))
    assert b"<at>" not in payload
    jsonschema.Draft6Validator(card_schema).validate(_card(payload))


def test_teams_card_over_20_kb_is_refused():
    long = _request(situation="pitkä teksti " * 2000)
    with pytest.raises(InvalidInput, match="20 KB"):
        preview_payload(long, "teams")
    ok = preview_payload(_request(situation="x " * 4000), "teams")
    assert len(ok) <= TEAMS_MAX_BYTES


def test_slack_text_and_blocks_with_fallback():
    mention = Mention("Maija", slack_id="U012ABCDEF")
    obj = json.loads(preview_payload(_request(situation="a < b & c"), "slack", mentions=[mention]))
    assert "#K7Q2" in obj["text"] and "<@U012ABCDEF>" in obj["text"]
    assert obj["blocks"][0]["type"] == "header" and "#K7Q2" in obj["blocks"][0]["text"]["text"]
    texts = [b["text"]["text"] for b in obj["blocks"][1:]]
    assert any("a &lt; b &amp; c" in t for t in texts)
    assert all(len(t) <= 3000 for t in texts)
    big = json.loads(preview_payload(_request(situation="sana " * 1500), "slack"))
    assert all(len(b["text"]["text"]) <= 3000 for b in big["blocks"])


def test_discord_disables_mentions_and_uses_embed_when_long():
    obj = json.loads(preview_payload(_request(), "discord"))
    assert obj["allowed_mentions"] == {"parse": []} and "#K7Q2" in obj["content"]
    obj = json.loads(preview_payload(_request(situation="sana " * 500), "discord"))
    assert len(obj["content"]) <= 2000 and "#K7Q2" in obj["content"] and obj["embeds"][0]["description"]
    with pytest.raises(InvalidInput, match="Discord"):
        preview_payload(_request(situation="sana " * 1000), "discord")


@pytest.mark.parametrize("kind", ["mattermost", "googlechat", "json"])
def test_text_platforms(kind):
    obj = json.loads(preview_payload(_request(), kind))
    assert set(obj) == {"text"} and "#K7Q2" in obj["text"] and "Miten tukisin" in obj["text"]


@pytest.mark.parametrize("kind", list(ChannelKind))
def test_payload_bytes_are_deterministic_utf8_and_round_trip(kind):
    a = preview_payload(_request(), kind)
    assert a == preview_payload(_request(), kind)
    assert "ä".encode() in a  # readable UTF-8, not \\u escapes
    assert check_payload(kind, a)
    assert "#K7Q2" in payload_text(kind, a)


@pytest.mark.parametrize(
    ("kind", "payload"),
    [
        ("teams", b'{"text": "hi"}'),
        ("teams", b"not json"),
        ("slack", b'{"blocks": []}'),
        ("discord", b'{"text": "x"}'),
        ("json", b"[1, 2]"),
        ("json", b"\xff\xfe"),
    ],
)
def test_check_payload_refuses_wrong_shapes(kind, payload):
    with pytest.raises(InvalidInput):
        check_payload(kind, payload)


def test_message_for_uses_template_sections():
    msg = message_for(_request(), "en")
    labels = [label for label, _ in msg.sections]
    assert labels[:3] == ["Topic", "Phase", "Situation now"] and "My question" in labels
    assert msg.title.endswith("#K7Q2")


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400) | st.sampled_from(
    ["<at>x</at>", "a\x00b", "\ud800", "**bold** <b>", "&amp; < > \" '", "😀" * 50, "\n\n\n"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=_text, body=_text, label=_text, kind=st.sampled_from(list(ChannelKind)))
def test_any_text_gives_a_valid_payload_with_its_reference(card_schema, title, body, label, kind):
    message = Message(title=f"{title} #K7Q2".strip(), sections=((label or "x", body),) if body.strip() else ())
    try:
        payload = build_payload(kind, message)
    except InvalidInput as err:  # only "too long for this platform"
        assert "long" in str(err) or "KB" in str(err)
        return
    obj = check_payload(kind, payload)
    payload.decode("utf-8")
    assert "#K7Q2" in payload_text(kind, payload)
    if kind is ChannelKind.TEAMS:
        jsonschema.Draft6Validator(card_schema).validate(obj["attachments"][0]["content"])
        assert b"<at>" not in payload
