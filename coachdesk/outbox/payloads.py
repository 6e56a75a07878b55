"""The JSON each platform's incoming webhook expects, built from one message, as exact bytes.

Teams (Workflows): an Adaptive Card 1.4 in a ``message`` envelope, ``msteams.width: Full``,
mentions as ``<at>Name</at>`` plus entities, at most 20 KB. Slack: ``text`` fallback + blocks.
Mattermost / Google Chat / generic: ``{"text": ...}``. Discord: ``content`` (or an embed when
long) with mentions disabled. The bytes returned here are what the coach previews and what is sent.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field

from coachdesk.errors import InvalidInput
from coachdesk.outbox import ChannelKind

TEAMS_MAX_BYTES = 20 * 1024
SLACK_SECTION_MAX = 3000
SLACK_MAX_BLOCKS = 50
DISCORD_CONTENT_MAX = 2000
DISCORD_EMBED_MAX = 4096
GOOGLECHAT_MAX = 4096
MATTERMOST_MAX = 16383
CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
SLACK_ID_RE = re.compile(r"^[UW][A-Z0-9]{2,20}$")


@dataclass(frozen=True)
class Mention:
    name: str
    teams_upn: str = ""
    slack_id: str = ""


@dataclass(frozen=True)
class Message:
    """What to post: a title line (with the request reference), labelled sections, mentions."""

    title: str
    sections: tuple[tuple[str, str], ...] = ()
    body: str = ""  # free text after the title when there are no sections
    mentions: tuple[Mention, ...] = field(default_factory=tuple)

    @classmethod
    def from_text(cls, text: str, mentions: tuple[Mention, ...] = ()) -> Message:
        """A message from plain text: the first line is the title, the rest the body."""
        first, _, rest = text.strip("\n").partition("\n")
        return cls(title=first.strip(), body=rest.strip("\n"), mentions=tuple(mentions))

    def plain_text(self) -> str:
        parts = [self.title]
        if self.sections:
            for label, value in self.sections:
                parts.append(f"{label}:\n{value}" if "\n" in value else f"{label}: {value}")
        elif self.body:
            parts.append(self.body)
        return "\n\n".join(p for p in parts if p)


def dumps(obj: object) -> bytes:
    """The canonical payload bytes: compact UTF-8 JSON."""
    # "replace": a lone surrogate (possible in text from a GUI) becomes "?" instead of an error
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "replace")


def sha256_hex(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()


def _no_at_tags(text: str) -> str:
    """User text must not forge Teams mention tokens."""
    return text.replace("<at>", "").replace("</at>", "")


def _slack_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _chunks(text: str, size: int) -> list[str]:
    out: list[str] = []
    while len(text) > size:
        cut = text.rfind("\n", 0, size)
        if cut <= 0:
            cut = size
        out.append(text[:cut])
        text = text[cut:].lstrip("\n")
    out.append(text)
    return out


# ----- builders ----------------------------------------------------------------------------------
def teams_card(message: Message) -> dict:
    """The Adaptive Card 1.4 (content only)."""
    body: list[dict] = [
        {"type": "TextBlock", "text": _no_at_tags(message.title), "weight": "Bolder", "size": "Medium", "wrap": True}
    ]
    if message.sections:
        for label, value in message.sections:
            body.append({"type": "TextBlock", "text": _no_at_tags(label), "weight": "Bolder", "wrap": True, "spacing": "Medium"})
            body.append({"type": "TextBlock", "text": _no_at_tags(value), "wrap": True, "spacing": "Small"})
    elif message.body:
        body.append({"type": "TextBlock", "text": _no_at_tags(message.body), "wrap": True})
    card: dict = {
        "$schema": CARD_SCHEMA,
        "type": "AdaptiveCard",
        "version": "1.4",
        "body": body,
        "msteams": {"width": "Full"},
    }
    mentioned = [m for m in message.mentions if m.teams_upn]
    if mentioned:
        tags = " ".join(f"<at>{_no_at_tags(m.name)}</at>" for m in mentioned)
        body.append({"type": "TextBlock", "text": tags, "wrap": True, "spacing": "Medium"})
        card["msteams"]["entities"] = [
            {
                "type": "mention",
                "text": f"<at>{_no_at_tags(m.name)}</at>",
                "mentioned": {"id": m.teams_upn, "name": m.name},
            }
            for m in mentioned
        ]
    return card


def teams_payload(message: Message) -> dict:
    return {
        "type": "message",
        "attachments": [{"contentType": CARD_CONTENT_TYPE, "contentUrl": None, "content": teams_card(message)}],
    }


def slack_payload(message: Message) -> dict:
    mention_text = " ".join(f"<@{m.slack_id}>" for m in message.mentions if SLACK_ID_RE.match(m.slack_id))
    fallback = _slack_escape(message.plain_text()) + (f"\n\n{mention_text}" if mention_text else "")
    blocks: list[dict] = []
    if message.title.strip():  # Slack refuses an empty header
        blocks.append({"type": "header", "text": {"type": "plain_text", "text": message.title[:150], "emoji": True}})
    if message.sections:
        for label, value in message.sections:
            text = f"*{_slack_escape(label)}*\n{_slack_escape(value)}"
            blocks.extend({"type": "section", "text": {"type": "mrkdwn", "text": c}} for c in _chunks(text, SLACK_SECTION_MAX))
    elif message.body:
        blocks.extend(
            {"type": "section", "text": {"type": "mrkdwn", "text": c}}
            for c in _chunks(_slack_escape(message.body), SLACK_SECTION_MAX)
        )
    if mention_text:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": mention_text}})
    if len(blocks) > SLACK_MAX_BLOCKS:
        raise InvalidInput("The message is too long for one Slack message; shorten it.")
    return {"text": fallback, "blocks": blocks}


def _mention_line(message: Message) -> str:
    return " ".join(f"@{m.name}" for m in message.mentions)


def markdown_text(message: Message) -> str:
    """Markdown for Mattermost and Discord: bold labels."""
    parts = [f"**{message.title}**"]
    if message.sections:
        parts.extend(f"**{label}:**\n{value}" if "\n" in value else f"**{label}:** {value}" for label, value in message.sections)
    elif message.body:
        parts.append(message.body)
    if message.mentions:
        parts.append(_mention_line(message))
    return "\n\n".join(parts)


def discord_payload(message: Message) -> dict:
    text = markdown_text(message)
    if len(text) <= DISCORD_CONTENT_MAX:
        return {"content": text, "allowed_mentions": {"parse": []}}
    rest = text.split("\n\n", 1)[1] if "\n\n" in text else text
    if len(rest) > DISCORD_EMBED_MAX or len(message.title) > DISCORD_CONTENT_MAX:
        raise InvalidInput(f"The message is too long for Discord ({DISCORD_EMBED_MAX} characters); shorten it.")
    return {"content": f"**{message.title}**", "embeds": [{"description": rest}], "allowed_mentions": {"parse": []}}


def googlechat_payload(message: Message) -> dict:
    parts = [f"*{message.title}*"]
    if message.sections:
        parts.extend(f"*{label}:*\n{value}" if "\n" in value else f"*{label}:* {value}" for label, value in message.sections)
    elif message.body:
        parts.append(message.body)
    if message.mentions:
        parts.append(_mention_line(message))
    text = "\n\n".join(parts)
    if len(text) > GOOGLECHAT_MAX:
        raise InvalidInput(f"The message is too long for Google Chat ({GOOGLECHAT_MAX} characters); shorten it.")
    return {"text": text}


def mattermost_payload(message: Message) -> dict:
    text = markdown_text(message)
    if len(text) > MATTERMOST_MAX:
        raise InvalidInput(f"The message is too long for Mattermost ({MATTERMOST_MAX} characters); shorten it.")
    return {"text": text}


def json_payload(message: Message) -> dict:
    text = message.plain_text()
    if message.mentions:
        text += "\n\n" + _mention_line(message)
    return {"text": text}


BUILDERS = {
    ChannelKind.TEAMS: teams_payload,
    ChannelKind.SLACK: slack_payload,
    ChannelKind.MATTERMOST: mattermost_payload,
    ChannelKind.GOOGLECHAT: googlechat_payload,
    ChannelKind.DISCORD: discord_payload,
    ChannelKind.JSON: json_payload,
}


def build_payload(kind: ChannelKind | str, message: Message) -> bytes:
    """The exact bytes to preview and post for ``kind``; checked by :func:`check_payload`."""
    kind = ChannelKind(kind)
    payload = dumps(BUILDERS[kind](message))
    check_payload(kind, payload)
    return payload


def check_payload(kind: ChannelKind | str, payload: bytes) -> dict:
    """Parse and check payload bytes for ``kind`` (structure and size); returns the JSON object."""
    kind = ChannelKind(kind)
    try:
        obj = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as err:
        raise InvalidInput("The message payload is not valid UTF-8 JSON.") from err
    if not isinstance(obj, dict):
        raise InvalidInput("The message payload must be a JSON object.")
    if kind is ChannelKind.TEAMS:
        if len(payload) > TEAMS_MAX_BYTES:
            raise InvalidInput(f"The Teams card is {len(payload) // 1024} KB; the limit is 20 KB. Shorten the message.")
        atts = obj.get("attachments")
        ok = (
            obj.get("type") == "message"
            and isinstance(atts, list)
            and len(atts) == 1
            and isinstance(atts[0], dict)
            and atts[0].get("contentType") == CARD_CONTENT_TYPE
            and isinstance(atts[0].get("content"), dict)
            and atts[0]["content"].get("type") == "AdaptiveCard"
        )
        if not ok:
            raise InvalidInput("A Teams payload must be a message with one Adaptive Card attachment.")
    elif kind is ChannelKind.DISCORD:
        if not isinstance(obj.get("content"), str) or not obj["content"].strip():
            raise InvalidInput("A Discord payload needs non-empty content.")
    elif not isinstance(obj.get("text"), str) or not obj["text"].strip():
        raise InvalidInput(f"A {kind.value} payload needs a non-empty text.")
    return obj


def payload_text(kind: ChannelKind | str, payload: bytes) -> str:
    """The human-readable text inside payload bytes (for previews and the request history)."""
    kind = ChannelKind(kind)
    obj = check_payload(kind, payload)
    if kind is ChannelKind.TEAMS:
        blocks = obj["attachments"][0]["content"].get("body", [])
        return "\n".join(b.get("text", "") for b in blocks if isinstance(b, dict))
    if kind is ChannelKind.DISCORD:
        embeds = obj.get("embeds") or []
        return "\n\n".join([obj["content"], *(e.get("description", "") for e in embeds if isinstance(e, dict))])
    return obj["text"]
