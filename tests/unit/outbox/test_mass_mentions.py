"""Mentions typed into the request TEXT never notify a whole channel (or anyone not in the preview's
"notified" list): each platform's own mention syntax is neutralised where the coach typed it, and
the payload (what the preview shows) carries the neutralised form byte for byte.

Platform rules (checked against their docs): Slack parses ``<!channel>``/``<!here>``/``<!everyone>``
and ``<@U…>`` (``&``, ``<``, ``>`` are its control characters, escaped); Mattermost notifies
``@all``/``@channel``/``@here`` and ``@username`` in a webhook's text and also accepts Slack's
``<!channel>``/``<!here>``/``<!all>`` and ``<@id>``; Google Chat mentions with ``<users/all>`` and
``<users/123>``; Discord parses ``@everyone``/``@here``/``<@&role>`` unless ``allowed_mentions``
says ``parse: []``; Teams mentions only from ``msteams.entities`` matching ``<at>…</at>``."""

from __future__ import annotations

import json
import re

import pytest

from coachdesk.outbox import ChannelKind
from coachdesk.outbox.payloads import Mention, Message, build_parts, payload_text

HOSTILE = ("Hei @all ja @channel, @here @everyone (@All) <!channel> <!here> <!everyone> <!all> "
           "<!subteam^S123|tiimi> <@U012AB3CD> <@123456789012345678> <@&987654321098765432> "
           "<users/all> <USERS/all> <users/123456789> <at>Aino</at> <<at>at>Aino<</at>/at> "
           "sähköposti aino@example.fi")
ALICE = Mention("Aino", teams_upn="aino@example.fi", slack_id="U0AINO123", mattermost_username="aino",
                googlechat_id="users/111", discord_id="111111111111111111")


def _message(text: str = HOSTILE, *, long: bool = False) -> Message:
    body = (HOSTILE + "\n\n") * (60 if long else 1)
    return Message(title=f"Kysymys {text[:40]} #K7Q2", sections=(("Tilanne", body.strip()),), mentions=(ALICE,))


def _texts(kind: ChannelKind, message: Message) -> list[str]:
    return [payload_text(kind, p) for p in build_parts(kind, message)]


@pytest.mark.parametrize("long", [False, True])
def test_mattermost_neutralises_typed_mentions_only(long):
    for text in _texts(ChannelKind.MATTERMOST, _message(long=long)):
        body = text.rsplit("\n\n", 1)[0] if "@aino" in text.rsplit("\n\n", 1)[-1] else text
        assert not re.search(r"(?<![\w.])@\w", body), body  # no @word left in what the coach typed
        assert "<!" not in text and "<@" not in text
        assert "aino@example.fi" in text  # an e-mail address is left alone
    assert _texts(ChannelKind.MATTERMOST, _message(long=long))[-1].endswith("@aino")  # the chosen colleague


@pytest.mark.parametrize("long", [False, True])
def test_google_chat_neutralises_users_tokens(long):
    texts = _texts(ChannelKind.GOOGLECHAT, _message(long=long))
    assert texts[-1].endswith("\n\n<users/111>")
    texts[-1] = texts[-1].removesuffix("\n\n<users/111>")  # the generated mention line
    for text in texts:
        assert not re.search(r"<\s*users/", text, re.I), text  # the chosen colleague is still notified


def test_slack_escapes_every_control_token():
    for payload in build_parts(ChannelKind.SLACK, _message(long=True)):
        obj = json.loads(payload)
        blob = obj["text"] + "".join(b["text"]["text"] for b in obj["blocks"])
        found = re.findall(r"<[^>]*>", blob)
        assert set(found) <= {"<@U0AINO123>"}, found


def test_discord_parses_no_mass_or_role_mentions():
    for payload in build_parts(ChannelKind.DISCORD, _message(long=True)):
        obj = json.loads(payload)
        assert obj["allowed_mentions"]["parse"] == []
        assert obj["allowed_mentions"].get("users") == ["111111111111111111"]
        assert "roles" not in obj["allowed_mentions"]


def test_teams_at_tags_cannot_be_rebuilt_from_nested_pieces():
    for payload in build_parts(ChannelKind.TEAMS, _message()):
        card = json.loads(payload)["attachments"][0]["content"]
        texts = [b["text"] for b in card["body"]]
        typed = "\n".join(texts[:-1])  # the last block is the generated mention line
        assert not re.search(r"<\s*/?\s*at\s*>", typed, re.I), typed
        assert texts[-1] == "<at>Aino</at>"


@pytest.mark.parametrize("kind,name", [(ChannelKind.MATTERMOST, "@channel"), (ChannelKind.MATTERMOST, "<!here>"),
                                       (ChannelKind.GOOGLECHAT, "<users/all>")])
def test_a_colleague_named_like_a_mass_mention_is_only_named(kind, name):
    """A colleague without an id on the platform is written by name: a name from a team file such as
    "@channel" must not become a live mention in the generated mention line."""
    message = Message(title="Kysymys #K7Q2", body="Tilanne.", mentions=(Mention(name),))
    text = _texts(kind, message)[-1]
    assert name not in text and "Tilanne." in text
