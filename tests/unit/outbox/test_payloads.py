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
from coachdesk.outbox import WEBHOOK_KINDS, ChannelKind
from coachdesk.outbox.compose import message_for, preview_parts, preview_payload
from coachdesk.outbox.payloads import (
    DISCORD_CONTENT_MAX,
    DISCORD_EMBED_MAX,
    GOOGLECHAT_MAX,
    SLACK_MAX_BLOCKS,
    SLACK_SECTION_MAX,
    SLACK_TOTAL_MAX,
    TEAMS_MAX_BYTES,
    Mention,
    Message,
    build_parts,
    build_payload,
    check_payload,
    notify_plan,
    payload_text,
    split_text,
)
from tests.conftest import REPO
from tests.support.delivery import DATA

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


def test_teams_card_over_20_kb_becomes_several_cards(card_schema):
    parts = preview_parts(_request(situation="pitkä teksti " * 2000), "teams")
    assert len(parts) == 2
    for i, part in enumerate(parts, 1):
        assert len(part) <= TEAMS_MAX_BYTES
        jsonschema.Draft6Validator(card_schema).validate(_card(part))
        assert f"#K7Q2 {i}/2" in _card(part)["body"][0]["text"]
    ok = preview_payload(_request(situation="x " * 4000), "teams")
    assert len(ok) <= TEAMS_MAX_BYTES
    with pytest.raises(InvalidInput, match="too long for one teams post"):
        preview_payload(_request(situation="pitkä teksti " * 2000), "teams")


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


@pytest.mark.parametrize("char", ["&", "<", ">"])
def test_slack_never_cuts_an_escape_in_two(char):
    """5,000 '&' are 25,000 characters once escaped: sections of whole '&amp;' only."""
    parts = preview_parts(_request(situation=char * 5000, tried="x"), "slack")
    escaped = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}[char]
    pieces = []
    for part in parts:
        obj = json.loads(part)
        texts = [b["text"]["text"] for b in obj["blocks"]]
        assert len(obj["blocks"]) <= SLACK_MAX_BLOCKS and sum(map(len, texts)) <= SLACK_TOTAL_MAX
        assert all(len(t) <= SLACK_SECTION_MAX for t in texts)
        for t in texts:
            body = t.split("\n", 1)[1] if t.startswith("*") else t
            if escaped[1:] in body or escaped in body:
                assert body.replace(escaped, "") == "", body[:40]
                pieces.append(body.count(escaped))
    n = 3 if char == "&" else 2  # 25,000 / 20,000 escaped characters, about 12,000 per message
    assert sum(pieces) == 5000 and len(parts) == n
    headers = [json.loads(p)["blocks"][0]["text"]["text"] for p in parts]
    assert headers[0].endswith(f"#K7Q2 1/{n}") and headers[1:] == [f"#K7Q2 {i}/{n}" for i in range(2, n + 1)]


def test_split_text_prefers_paragraphs_lines_words_and_keeps_combining_marks():
    text = "eka kappale.\n\ntoinen rivi\nkolmas " + "sana " * 50
    pieces = split_text(text, 30)
    assert pieces[0] == "eka kappale.\n\ntoinen rivi" and all(len(p) <= 30 for p in pieces)  # the last line end
    assert " ".join(" ".join(pieces).split()) == " ".join(text.split())
    decomposed = "e\u0301" * 40  # é as e + combining acute
    for piece in split_text(decomposed, 25):
        assert piece[0] != "\u0301" and len(piece) <= 25
    assert split_text("", 10) == []


def test_discord_mentions_only_chosen_ids_and_splits_long_text_into_embeds():
    maija = Mention("Maija", discord_id="123456789012345678")
    obj = json.loads(preview_payload(_request(situation="@everyone <@999999999999999999>"), "discord",
                                     mentions=[maija, Mention("Pekka")]))
    assert obj["allowed_mentions"] == {"parse": [], "users": ["123456789012345678"]}
    assert obj["content"].endswith("<@123456789012345678>, Pekka") and "#K7Q2" in obj["content"]
    obj = json.loads(preview_payload(_request(situation="sana " * 500), "discord"))
    assert len(obj["content"]) <= 2000 and "#K7Q2" in obj["content"] and obj["embeds"][0]["description"]
    parts = [json.loads(p) for p in preview_parts(_request(situation="sana " * 1000), "discord", mentions=[maija])]
    assert len(parts) == 2 and parts[0]["content"] == "**Kaipaisin vähän apuja: masennus ja ahdistus #K7Q2 1/2**"
    assert parts[1]["content"] == "**#K7Q2 2/2**\n<@123456789012345678>"
    for part in parts:
        assert len(part["content"]) <= DISCORD_CONTENT_MAX and len(part["embeds"][0]["description"]) <= DISCORD_EMBED_MAX
        assert "thread_name" not in part


def test_discord_forum_channel_opens_a_thread_named_after_the_request():
    parts = [json.loads(p) for p in preview_parts(_request(topic="t" * 300, situation="sana " * 1000), "discord",
                                                    forum=True)]
    assert len(parts[0]["thread_name"]) == 100 and parts[0]["thread_name"].startswith("Kaipaisin")
    assert all("thread_name" not in p for p in parts[1:])


def test_google_chat_parts_share_one_thread_per_request():
    parts = [json.loads(p) for p in preview_parts(_request(situation="sana " * 1000), "googlechat",
                                                    mentions=[Mention("Maija", googlechat_id="users/1234567890")])]
    assert len(parts) == 2 and all(len(p["text"]) <= GOOGLECHAT_MAX for p in parts)
    keys = {p["thread"]["threadKey"] for p in parts}
    assert len(keys) == 1 and keys.pop().startswith("coachdesk-K7Q2-")
    assert parts[0]["text"].startswith("*Kaipaisin vähän apuja: masennus ja ahdistus #K7Q2 1/2*")
    assert parts[1]["text"].startswith("*#K7Q2 2/2*") and parts[1]["text"].endswith("<users/1234567890>")
    other = json.loads(preview_payload(_request(question="Toinen kysymys?"), "googlechat"))
    assert other["thread"]["threadKey"] != parts[0]["thread"]["threadKey"]  # same #K7Q2, other request


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("teams", "<at>Maija Mentori</at>, Pekka"),
        ("slack", "<@U012ABCDEF>, Pekka"),
        ("mattermost", "@maija.mentori, Pekka"),
        ("googlechat", "<users/112233445566778899>, Pekka"),
        ("discord", "<@123456789012345678>, Pekka"),
        ("json", "Maija Mentori, Pekka"),
    ],
)
def test_platform_native_mentions_and_who_is_notified(kind, expected):
    maija = Mention("Maija Mentori", teams_upn="maija.mentori@example.fi", slack_id="U012ABCDEF",
                    mattermost_username="maija.mentori", googlechat_id="users/112233445566778899",
                    discord_id="123456789012345678")
    mentions = [maija, Mention("Pekka")]
    text = payload_text(kind, preview_payload(_request(), kind, mentions=mentions))
    assert text.rstrip().endswith(expected)
    assert notify_plan(kind, mentions) == ((["Maija Mentori"], ["Pekka"]) if kind != "json" else ([], ["Maija Mentori", "Pekka"]))
    assert notify_plan(kind, [Mention("X", slack_id="not-an-id", discord_id="12")]) == ([], ["X"])


@pytest.mark.parametrize("kind", ["mattermost", "json"])
def test_text_platforms(kind):
    obj = json.loads(preview_payload(_request(), kind))
    assert set(obj) == {"text"} and "#K7Q2" in obj["text"] and "Miten tukisin" in obj["text"]


def test_google_chat_text_with_its_thread():
    obj = json.loads(preview_payload(_request(), "googlechat"))
    assert set(obj) == {"text", "thread"} and "#K7Q2" in obj["text"] and "Miten tukisin" in obj["text"]


@pytest.mark.parametrize("kind", list(WEBHOOK_KINDS))
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
@given(title=_text, body=_text, label=_text, kind=st.sampled_from(list(WEBHOOK_KINDS)))
def test_any_text_gives_a_valid_payload_with_its_reference(card_schema, title, body, label, kind):
    message = Message(title=f"{title} #K7Q2".strip(), sections=((label or "x", body),) if body.strip() else ())
    try:
        parts = build_parts(kind, message)
    except InvalidInput as err:  # only "too long for this platform"
        assert "long" in str(err) or "KB" in str(err)
        return
    for i, payload in enumerate(parts, 1):
        obj = check_payload(kind, payload)
        payload.decode("utf-8")
        assert "#K7Q2" in payload_text(kind, payload)
        if len(parts) > 1:
            assert f"{i}/{len(parts)}" in payload_text(kind, payload)
        if kind is ChannelKind.TEAMS:
            jsonschema.Draft6Validator(card_schema).validate(obj["attachments"][0]["content"])
            assert b"<at>" not in payload


_long_text = st.lists(
    st.sampled_from([*"aäö &<>\n", "😀", "e\u0301", "sana ", "&amp;", "<at>", "\n\n"]), max_size=2500
).map("".join)


@settings(max_examples=40, deadline=None)
@given(body=_long_text, kind=st.sampled_from(["slack", "googlechat", "discord", "mattermost", "teams"]))
def test_split_parts_keep_every_character_in_order_within_limits(body, kind):
    """Whatever the text: every part within its platform's limits (check_payload), numbered, and
    the parts together hold the whole text in order (whitespace at the cuts aside)."""
    if not body.strip():
        return
    parts = build_parts(kind, Message(title="Kaipaisin apuja #K7Q2", body=body))
    joined = ""
    for i, part in enumerate(parts, 1):
        obj = check_payload(kind, part)
        text = payload_text(kind, part)
        head, _, rest = text.partition("\n")
        assert "#K7Q2" in head and (len(parts) == 1 or f"#K7Q2 {i}/{len(parts)}" in head)
        if kind == "slack":
            rest = "".join(b["text"]["text"] for b in obj["blocks"][1:])
            rest = rest.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        joined += rest
    if kind == "teams":
        assert b"<at>" not in b"".join(parts)
        return
    assert "".join(joined.split()) == "".join(body.split())
