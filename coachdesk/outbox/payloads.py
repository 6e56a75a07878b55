"""The JSON each platform's incoming webhook expects, built from one message, as exact bytes.

A message too long for one post becomes several parts, posted in order; every part starts with the
request reference and its number ("#K7Q2 2/3"). Text is split on characters of the FINAL text
(after each platform's escaping), at a paragraph, line or word where possible, never inside an
escape such as Slack's ``&amp;``. Limits (see docs/platform-limits.md for the sources):

| platform   | one message                                          | format                          |
|------------|------------------------------------------------------|---------------------------------|
| Teams      | 20 KB card (Teams allows ~28 KB per message)         | Adaptive Card 1.4, ``<at>`` mentions |
| Slack      | 50 blocks, section text 3,000, all blocks ~12,000    | header + mrkdwn sections, ``<@U…>`` |
| Mattermost | 16,383 characters                                    | Markdown ``text``, ``@username`` |
| Google Chat| 4,096 characters, parts in one thread (threadKey)    | ``text``, ``<users/123…>``       |
| Discord    | content 2,000; embed description 4,096               | ``content`` (+ one embed), ``<@id>`` with ``allowed_mentions`` |

The bytes returned here are what the coach previews and what is sent.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from coachdesk.errors import InvalidInput
from coachdesk.outbox import ChannelKind
from coachdesk.outbox.twoway_shape import GRAPH_TEXT_MAX, MATTERMOST_ID_RE, SLACK_CHANNEL_RE, html_to_text

TEAMS_MAX_BYTES = 20 * 1024
SLACK_SECTION_MAX = 3000
SLACK_HEADER_MAX = 150
SLACK_MAX_BLOCKS = 50
SLACK_TOTAL_MAX = 12_000  # Slack refuses ~13,200 characters of block text (msg_blocks_too_long)
DISCORD_CONTENT_MAX = 2000
DISCORD_EMBED_MAX = 4096
DISCORD_THREAD_NAME_MAX = 100
GOOGLECHAT_MAX = 4096
MATTERMOST_MAX = 16383
MAX_PARTS = 20
CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"

SLACK_ID_RE = re.compile(r"^[UW][A-Z0-9]{2,20}$")
MATTERMOST_USERNAME_RE = re.compile(r"^[a-z][a-z0-9._-]{2,21}$")
GOOGLECHAT_USER_RE = re.compile(r"^users/\d{1,30}$")
DISCORD_ID_RE = re.compile(r"^\d{17,20}$")
_REF_IN_TITLE = re.compile(r"#([A-Z0-9]{2,12})\b")


@dataclass(frozen=True)
class Mention:
    """A colleague to notify; each platform uses its own id (empty: named, not notified)."""

    name: str
    teams_upn: str = ""
    slack_id: str = ""
    mattermost_username: str = ""
    googlechat_id: str = ""  # "users/123456789"
    discord_id: str = ""

    def target(self, kind: ChannelKind | str) -> str:
        """The id that notifies this colleague on ``kind`` ("" when there is none or it is malformed)."""
        kind = ChannelKind(kind)
        if kind is ChannelKind.TEAMS_GRAPH:
            return ""  # a Graph post names colleagues in plain text (no mention entities)
        kind = kind.platform
        value, pattern = {
            ChannelKind.TEAMS: (self.teams_upn, re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")),
            ChannelKind.SLACK: (self.slack_id, SLACK_ID_RE),
            ChannelKind.MATTERMOST: (self.mattermost_username, MATTERMOST_USERNAME_RE),
            ChannelKind.GOOGLECHAT: (self.googlechat_id, GOOGLECHAT_USER_RE),
            ChannelKind.DISCORD: (self.discord_id, DISCORD_ID_RE),
        }.get(kind, ("", None))
        if kind is ChannelKind.MATTERMOST and value in ("all", "channel", "here", "everyone"):
            return ""  # never a channel-wide notification
        return value if pattern is not None and pattern.match(value) else ""


def notify_plan(kind: ChannelKind | str, mentions: Sequence[Mention]) -> tuple[list[str], list[str]]:
    """(names notified, names only written) for ``kind``: who the preview says will be notified."""
    notified = [m.name for m in mentions if m.target(kind)]
    plain = [m.name for m in mentions if not m.target(kind)]
    return notified, plain


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

    @property
    def ref(self) -> str:
        """The request reference shown in the title ("K7Q2"), or ""."""
        found = _REF_IN_TITLE.findall(self.title)
        return found[-1] if found else ""

    def units(self) -> list[tuple[str, str]]:
        """(label, value) pairs after the title; the free body is one unlabelled unit."""
        if self.sections:
            return [(label, value) for label, value in self.sections if value or label]
        return [("", self.body)] if self.body.strip() else []

    def plain_text(self) -> str:
        """The message as plain text: the title, then each section."""
        parts = [self.title]
        for label, value in self.units():
            parts.append(_labelled(label, value, "", ""))
        return "\n\n".join(p for p in parts if p)


def dumps(obj: object) -> bytes:
    """The canonical payload bytes: compact UTF-8 JSON."""
    # "replace": a lone surrogate (possible in text from a GUI) becomes "?" instead of an error
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "replace")


def sha256_hex(payload: bytes) -> str:
    """The SHA-256 of payload bytes, hex (the audit log keeps it instead of the text)."""
    return hashlib.sha256(payload).hexdigest()


def _labelled(label: str, value: str, bold_open: str, bold_close: str) -> str:
    if not label:
        return value
    if "\n" in value or not value:
        return f"{bold_open}{label}:{bold_close}\n{value}".rstrip("\n")
    return f"{bold_open}{label}:{bold_close} {value}"


_AT_TAG = re.compile(r"<\s*/?\s*at\s*>", re.IGNORECASE)
# What the coach typed must never notify anyone the preview does not list as notified: each
# platform's mention syntax in TYPED text is neutralised with a visible look-alike (shown in the
# preview exactly as sent). Generated mention lines are built after this and stay live.
FULLWIDTH_AT, FULLWIDTH_LT = "\uff20", "\uff1c"  # "＠", "＜"
_TYPED_AT = re.compile(r"(?<![\w.+\-@\uff20])@(?=\w)")  # @all, @channel, @here, @username (not e-mail)
_SLACKISH_TOKEN = re.compile(r"<(?=[!@#])")  # <!channel>, <!here>, <!all>, <@id> (Mattermost reads them too)
_GCHAT_USER_TOKEN = re.compile(r"<(?=\s*users/)", re.IGNORECASE)  # <users/all>, <users/123>


def _no_at_tags(text: str) -> str:
    """User text must not forge Teams mention tokens (removed until none is left, so nested pieces
    such as ``<<at>at>`` cannot rebuild one)."""
    while True:
        clean = _AT_TAG.sub("", text)
        if clean == text:
            return clean
        text = clean


def mattermost_safe(text: str) -> str:
    """Typed ``@all``/``@channel``/``@here``/``@username`` and Slack-style ``<!channel>``/``<@id>``
    become look-alikes that notify nobody on Mattermost."""
    return _TYPED_AT.sub(FULLWIDTH_AT, _SLACKISH_TOKEN.sub(FULLWIDTH_LT, text))


def googlechat_safe(text: str) -> str:
    """Typed ``<users/all>`` / ``<users/123>`` become look-alikes that notify nobody on Google Chat."""
    return _GCHAT_USER_TOKEN.sub(FULLWIDTH_LT, text)


def _slack_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _utf16_len(text: str) -> int:
    """Length as JavaScript counts it (an emoji is 2): the safe count for Discord and Google Chat."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _json_len(text: str) -> int:
    return len(json.dumps(text, ensure_ascii=False).encode("utf-8", "replace"))


# ----- splitting -----------------------------------------------------------------------------------
MIN_PIECE = 300  # a part with less room left than this is closed instead of taking a tiny piece


def split_first(text: str, limit: int, measure: Callable[[str], int] = len) -> tuple[str, str]:
    """(head, rest): the longest head of RAW ``text`` whose FINAL size ``measure(head)`` is at most
    ``limit``, cut at a blank line, a line end or a space where possible, never between a
    character and its combining marks. Since the cut is made in the raw text and each piece is
    escaped afterwards, no escape (Slack's ``&amp;``) is ever cut in two."""
    if measure(text) <= limit:
        return text, ""
    lo, hi = 0, len(text)  # the longest prefix that fits, by bisection (measure is monotone)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(text[:mid]) <= limit:
            lo = mid
        else:
            hi = mid - 1
    if lo == 0:
        raise InvalidInput("A single character is too long for this platform.")
    cut = lo
    for sep in ("\n\n", "\n", " "):
        at = text.rfind(sep, 0, lo + 1)
        if at >= lo // 2:
            cut = at
            break
    while 0 < cut < len(text) and unicodedata.combining(text[cut]):
        cut -= 1
    if cut <= 0 or not text[:cut].strip():
        cut = lo
    return text[:cut].rstrip(), text[cut:].lstrip(" \n")


def split_text(text: str, limit: int, measure: Callable[[str], int] = len) -> list[str]:
    """Cut RAW text into pieces whose FINAL size is at most ``limit`` (see :func:`split_first`)."""
    out: list[str] = []
    rest = text.strip("\n")
    while rest:
        head, rest = split_first(rest, limit, measure)
        if head:
            out.append(head)
    return out


@dataclass(frozen=True)
class _Rules:
    """How one platform renders and measures a unit of text, and how much fits in one message."""

    render: Callable[[str, str], str]  # (label, raw value) -> final text
    measure: Callable[[str], int]  # size of final text
    unit_max: int  # one unit (Slack: one section block)
    part_max: int  # all units of one part, with their separators
    sep: int = 2  # "\n\n" between units
    max_units: int = 10_000


def _layout(message: Message, rules: _Rules) -> list[list[tuple[str, str]]]:
    """The units of each part, in order: a long value continues in the next part, cut where the
    current part is full (its label stays with its first piece)."""
    parts: list[list[tuple[str, str]]] = [[]]
    size = 0
    for label, value in message.units():
        rest = value
        while True:
            sep = rules.sep if parts[-1] else 0
            room = min(rules.unit_max, rules.part_max - size - sep)
            if len(parts[-1]) >= rules.max_units:
                room = 0
            cost = rules.measure(rules.render(label, rest))
            if cost <= room:
                parts[-1].append((label, rest))
                size += sep + cost
                break
            if room < MIN_PIECE and parts[-1]:
                parts.append([])
                size = 0
                continue
            def cost_of(v: str, lb: str = label) -> int:
                return rules.measure(rules.render(lb, v))

            head, rest = split_first(rest, room, cost_of)
            if head.strip():  # (a run of blanks at the cut is dropped, never posted as an empty piece)
                parts[-1].append((label, head))
                size += sep + rules.measure(rules.render(label, head))
                label = ""
            if not rest:
                break
    return [p for p in parts if p] or [[]]


def _header(message: Message, index: int, count: int) -> str:
    """Part 1: the title, with "1/3" after its reference; later parts: "#K7Q2 2/3"."""
    if count == 1:
        return message.title
    ref = message.ref
    if index == 1:
        if ref and message.title.endswith(f"#{ref}"):
            return f"{message.title} {index}/{count}"
        return f"{message.title} ({f'#{ref} ' if ref else ''}{index}/{count})"
    return f"#{ref} {index}/{count}" if ref else f"({index}/{count})"


def _split_message(message: Message, rules: _Rules, reserve: int) -> list[list[tuple[str, str]]]:
    """The units of each part; ``reserve`` is room kept in each part for its header and mentions."""
    budget = _Rules(rules.render, rules.measure, rules.unit_max, rules.part_max - reserve, rules.sep, rules.max_units)
    if budget.part_max < 2 * MIN_PIECE:
        raise InvalidInput("The title or the mentions are too long for one message on this platform; shorten them.")
    parts = _layout(message, budget)
    if len(parts) > MAX_PARTS:
        raise InvalidInput(f"The message would need more than {MAX_PARTS} posts on this platform; shorten it.")
    return parts


# ----- mentions ------------------------------------------------------------------------------------
def mention_line(kind: ChannelKind | str, mentions: Sequence[Mention]) -> str:
    """The mention line in the platform's syntax; colleagues without an id are named in plain text."""
    kind = ChannelKind(kind)
    kind = kind if kind is ChannelKind.TEAMS_GRAPH else kind.platform
    out = []
    for m in mentions:
        target = m.target(kind)
        if kind is ChannelKind.TEAMS:
            out.append(f"<at>{_no_at_tags(m.name)}</at>" if target else _no_at_tags(m.name))
        elif kind is ChannelKind.SLACK:
            out.append(f"<@{target}>" if target else _slack_escape(m.name))
        elif kind is ChannelKind.MATTERMOST:
            out.append(f"@{target}" if target else mattermost_safe(m.name))
        elif kind is ChannelKind.GOOGLECHAT:
            out.append(f"<{target}>" if target else googlechat_safe(m.name))
        elif kind is ChannelKind.DISCORD:
            out.append(f"<@{target}>" if target else m.name)
        else:
            out.append(m.name)
    return ", ".join(out)


# ----- builders: each returns the list of part objects -------------------------------------------
def _teams_card(header: str, units: list[tuple[str, str]], mentions: Sequence[Mention]) -> dict:
    body: list[dict] = [
        {"type": "TextBlock", "text": _no_at_tags(header), "weight": "Bolder", "size": "Medium", "wrap": True}
    ]
    for label, value in units:
        if label:
            body.append({"type": "TextBlock", "text": _no_at_tags(label), "weight": "Bolder", "wrap": True,
                         "spacing": "Medium"})
        body.append({"type": "TextBlock", "text": _no_at_tags(value), "wrap": True,
                     "spacing": "Small" if label else "Default"})
    card: dict = {"$schema": CARD_SCHEMA, "type": "AdaptiveCard", "version": "1.4", "body": body,
                  "msteams": {"width": "Full"}}
    if mentions:
        body.append({"type": "TextBlock", "text": mention_line(ChannelKind.TEAMS, mentions), "wrap": True,
                     "spacing": "Medium"})
        entities = [
            {"type": "mention", "text": f"<at>{_no_at_tags(m.name)}</at>",
             "mentioned": {"id": m.teams_upn, "name": m.name}}
            for m in mentions if m.target(ChannelKind.TEAMS)
        ]
        if entities:
            card["msteams"]["entities"] = entities
    return {"type": "message",
            "attachments": [{"contentType": CARD_CONTENT_TYPE, "contentUrl": None, "content": card}]}


def teams_parts(message: Message) -> list[dict]:
    """The posts of ``message`` as Teams Workflows Adaptive Card 1.4 envelopes."""
    def measure_unit(text: str) -> int:
        return _json_len(text) + 180  # the TextBlock(s) around it

    rules = _Rules(lambda label, value: _no_at_tags(label) + "\x00" + _no_at_tags(value), measure_unit,
                   TEAMS_MAX_BYTES, TEAMS_MAX_BYTES - 512, sep=0)
    longest = _header(message, 1, MAX_PARTS)
    reserve = len(dumps(_teams_card(longest, [], message.mentions)))
    parts = _split_message(message, rules, reserve)
    return [
        _teams_card(_header(message, i, len(parts)), units, message.mentions if i == len(parts) else ())
        for i, units in enumerate(parts, 1)
    ]


def _slack_render(label: str, value: str) -> str:
    return f"*{_slack_escape(label)}*\n{_slack_escape(value)}" if label else _slack_escape(value)


def _slack_part(header: str, units: list[tuple[str, str]], mentions_text: str) -> dict:
    blocks: list[dict] = []
    if header.strip():  # Slack refuses an empty header
        if len(header) <= SLACK_HEADER_MAX:
            blocks.append({"type": "header", "text": {"type": "plain_text", "text": header, "emoji": True}})
        else:  # a long title would be cut (losing its reference): a bold section instead
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": f"*{_slack_escape(header)}*"}})
    blocks.extend({"type": "section", "text": {"type": "mrkdwn", "text": _slack_render(*u)}} for u in units)
    if mentions_text:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": mentions_text}})
    fallback = _slack_escape(header) + (f"\n{mentions_text}" if mentions_text else "")
    return {"text": fallback, "blocks": blocks}


def slack_parts(message: Message) -> list[dict]:
    """The posts of ``message`` as Slack webhook messages (section blocks)."""
    mentions_text = mention_line(ChannelKind.SLACK, message.mentions) if message.mentions else ""
    if len(_slack_escape(_header(message, 1, MAX_PARTS))) + 2 > SLACK_SECTION_MAX:
        raise InvalidInput("The title is too long for Slack; shorten the topic.")
    rules = _Rules(_slack_render, len, SLACK_SECTION_MAX, SLACK_TOTAL_MAX, sep=0, max_units=SLACK_MAX_BLOCKS - 2)
    reserve = len(_slack_escape(_header(message, 1, MAX_PARTS))) + 2 + len(mentions_text)
    parts = _split_message(message, rules, reserve)
    return [
        _slack_part(_header(message, i, len(parts)), units, mentions_text if i == len(parts) else "")
        for i, units in enumerate(parts, 1)
    ]


def _markdown_render(label: str, value: str) -> str:
    return _labelled(label, value, "**", "**")


def _text_parts(message: Message, kind: ChannelKind, limit: int, render: Callable[[str, str], str], bold: str,
                measure: Callable[[str], int] = len, safe: Callable[[str], str] = str) -> list[str]:
    """Parts of a plain-text platform: "<bold>header<bold>", the units, the mention line (last part).
    ``safe`` neutralises the platform's mention syntax in typed text (header and units)."""
    line = mention_line(kind, message.mentions) if message.mentions else ""
    rules = _Rules(lambda label, value: safe(render(label, value)), measure, limit, limit)
    reserve = measure(f"{bold}{safe(_header(message, 1, MAX_PARTS))}{bold}") + 2 + (measure(line) + 2 if line else 0)
    parts = _split_message(message, rules, reserve)
    out = []
    for i, units in enumerate(parts, 1):
        chunks = [f"{bold}{safe(_header(message, i, len(parts)))}{bold}"] + [rules.render(*u) for u in units]
        if line and i == len(parts):
            chunks.append(line)
        out.append("\n\n".join(chunks))
    return out


def markdown_text(message: Message) -> str:
    """Markdown for Mattermost and Discord: bold labels (the whole message in one text)."""
    parts = [f"**{message.title}**"] + [_markdown_render(*u) for u in message.units()]
    if message.mentions:
        parts.append(mention_line(ChannelKind.MATTERMOST, message.mentions))
    return "\n\n".join(parts)


def mattermost_parts(message: Message) -> list[dict]:
    """The posts of ``message`` as Mattermost webhook messages (Markdown text)."""
    return [{"text": t} for t in _text_parts(message, ChannelKind.MATTERMOST, MATTERMOST_MAX, _markdown_render, "**",
                                            safe=mattermost_safe)]


def googlechat_thread_key(message: Message) -> str:
    """One request = one thread: its reference plus a short hash of its text (two coaches' #K7Q2
    never share a thread)."""
    digest = hashlib.sha256(message.plain_text().encode("utf-8", "replace")).hexdigest()[:10]
    return f"coachdesk-{message.ref or 'x'}-{digest}"


def googlechat_parts(message: Message) -> list[dict]:
    """The posts of ``message`` as Google Chat webhook messages, all in the request's thread."""
    texts = _text_parts(message, ChannelKind.GOOGLECHAT, GOOGLECHAT_MAX,
                        lambda label, value: _labelled(label, value, "*", "*"), "*", _utf16_len,
                        safe=googlechat_safe)
    key = googlechat_thread_key(message)
    return [{"text": t, "thread": {"threadKey": key}} for t in texts]


def discord_parts(message: Message, *, forum: bool = False) -> list[dict]:
    """The posts of ``message`` as Discord webhook messages (``forum``: part 1 opens a forum post)."""
    ids = [m.target(ChannelKind.DISCORD) for m in message.mentions if m.target(ChannelKind.DISCORD)]
    allowed: dict = {"parse": []}
    if ids:
        allowed["users"] = ids[:100]
    line = mention_line(ChannelKind.DISCORD, message.mentions) if message.mentions else ""
    whole = "\n\n".join([f"**{message.title}**"] + [_markdown_render(*u) for u in message.units()]
                        + ([line] if line else []))
    if _utf16_len(whole) <= DISCORD_CONTENT_MAX:
        parts: list[dict] = [{"content": whole, "allowed_mentions": allowed}]
    else:  # content: the header (and mentions); one embed per part holds the text
        rules = _Rules(_markdown_render, _utf16_len, DISCORD_EMBED_MAX, DISCORD_EMBED_MAX)
        split = _split_message(message, rules, 0)
        parts = []
        for i, units in enumerate(split, 1):
            content = f"**{_header(message, i, len(split))}**" + (f"\n{line}" if line and i == len(split) else "")
            if _utf16_len(content) > DISCORD_CONTENT_MAX:
                raise InvalidInput("The title and mentions are too long for Discord; shorten them.")
            description = "\n\n".join(_markdown_render(*u) for u in units)
            part: dict = {"content": content, "allowed_mentions": allowed}
            if description:
                part["embeds"] = [{"description": description}]
            parts.append(part)
    if forum:  # a forum channel: the first part opens a post (thread) named after the request
        name = " ".join(message.title.split())
        parts[0]["thread_name"] = name if len(name) <= DISCORD_THREAD_NAME_MAX else name[: DISCORD_THREAD_NAME_MAX - 1] + "…"
    return parts


def json_parts(message: Message) -> list[dict]:
    """The message as one generic JSON post: ``{"text": ...}``."""
    text = message.plain_text()
    if message.mentions:
        text += "\n\n" + mention_line(ChannelKind.JSON, message.mentions)
    return [{"text": text}]


def build_parts(
    kind: ChannelKind | str, message: Message, *, forum: bool = False, target: str = ""
) -> tuple[bytes, ...]:
    """The exact bytes of every post for ``kind``, in order (one element when the message fits).
    A two-way kind needs ``target`` (the platform's channel id; twoway.py)."""
    kind = ChannelKind(kind)
    if kind.two_way:
        return api_parts(kind, message, target)
    if kind is ChannelKind.TEAMS:
        objs = teams_parts(message)
    elif kind is ChannelKind.SLACK:
        objs = slack_parts(message)
    elif kind is ChannelKind.MATTERMOST:
        objs = mattermost_parts(message)
    elif kind is ChannelKind.GOOGLECHAT:
        objs = googlechat_parts(message)
    elif kind is ChannelKind.DISCORD:
        objs = discord_parts(message, forum=forum)
    else:
        objs = json_parts(message)
    payloads = tuple(dumps(obj) for obj in objs)
    for payload in payloads:
        check_payload(kind, payload)
    return payloads


def build_payload(kind: ChannelKind | str, message: Message, *, target: str = "") -> bytes:
    """The exact bytes of a message that must fit in ONE post (the test message)."""
    parts = build_parts(kind, message, target=target)
    if len(parts) != 1:
        raise InvalidInput(f"The message is too long for one {ChannelKind(kind).value} post; shorten it.")
    return parts[0]


# ----- checking and reading back ---------------------------------------------------------------------
def check_payload(kind: ChannelKind | str, payload: bytes) -> dict:
    """Parse and check payload bytes for ``kind`` (structure and size); returns the JSON object."""
    kind = ChannelKind(kind)
    if kind.two_way:
        return check_api_payload(kind, payload)
    try:
        obj = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as err:
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
        if len(obj["content"]) > DISCORD_CONTENT_MAX:  # the builder counts UTF-16, stricter
            raise InvalidInput(f"Discord content is limited to {DISCORD_CONTENT_MAX} characters.")
        for embed in obj.get("embeds") or []:
            if not isinstance(embed, dict) or len(str(embed.get("description", ""))) > DISCORD_EMBED_MAX:
                raise InvalidInput(f"A Discord embed is limited to {DISCORD_EMBED_MAX} characters.")
    elif not isinstance(obj.get("text"), str) or not obj["text"].strip():
        raise InvalidInput(f"A {kind.value} payload needs a non-empty text.")
    elif kind is ChannelKind.SLACK:
        blocks = obj.get("blocks") or []
        if not isinstance(blocks, list) or len(blocks) > SLACK_MAX_BLOCKS:
            raise InvalidInput(f"A Slack message holds at most {SLACK_MAX_BLOCKS} blocks.")
        texts = [b.get("text", {}).get("text", "") for b in blocks if isinstance(b, dict)]
        if any(len(t) > SLACK_SECTION_MAX for t in texts):  # (the ~12,000 total is kept by the builder:
            raise InvalidInput("The Slack message is too long; shorten it.")  # items stored before 0003 may exceed it)
    elif kind is ChannelKind.GOOGLECHAT and len(obj["text"]) > GOOGLECHAT_MAX:
        raise InvalidInput(f"Google Chat text is limited to {GOOGLECHAT_MAX} characters.")
    elif kind is ChannelKind.MATTERMOST and len(obj["text"]) > MATTERMOST_MAX:
        raise InvalidInput(f"Mattermost text is limited to {MATTERMOST_MAX} characters.")
    return obj


def payload_text(kind: ChannelKind | str, payload: bytes) -> str:
    """The human-readable text inside payload bytes (for previews and the request history)."""
    kind = ChannelKind(kind)
    if kind.two_way:
        return api_text(kind, payload)
    obj = check_payload(kind, payload)
    if kind is ChannelKind.TEAMS:
        blocks = obj["attachments"][0]["content"].get("body", [])
        return "\n".join(b.get("text", "") for b in blocks if isinstance(b, dict))
    if kind is ChannelKind.DISCORD:
        embeds = obj.get("embeds") or []
        return "\n\n".join([obj["content"], *(e.get("description", "") for e in embeds if isinstance(e, dict))])
    if kind is ChannelKind.SLACK and obj.get("blocks"):
        texts = [b.get("text", {}).get("text", "") for b in obj["blocks"] if isinstance(b, dict)]
        return "\n\n".join(t for t in texts if t)
    return obj["text"]


# ----- two-way channels: the exact API request bodies (twoway_shape.py checks the ids) -----------------
def api_parts(kind: ChannelKind, message: Message, target: str) -> tuple[bytes, ...]:
    """The exact API request bodies of a two-way kind (``chat.postMessage``, ``POST /api/v4/posts``,
    a Graph channel message) posting ``message`` to the platform's channel ``target``."""
    if not target:
        raise InvalidInput("A two-way channel needs its channel ID.")
    if kind is ChannelKind.SLACK_APP:
        objs = [{"channel": target, **obj, "unfurl_links": False, "unfurl_media": False} for obj in slack_parts(message)]
    elif kind is ChannelKind.MATTERMOST_API:
        objs = [{"channel_id": target, "message": obj["text"]} for obj in mattermost_parts(message)]
    else:
        texts = _text_parts(message, ChannelKind.TEAMS_GRAPH, GRAPH_TEXT_MAX,
                            lambda label, value: f"{label}\n{value}" if label else value, "")
        objs = [{"body": {"contentType": "html", "content": html.escape(t, quote=False).replace("\n", "<br>")}}
                for t in texts]
    out = tuple(dumps(obj) for obj in objs)
    for one in out:
        check_api_payload(kind, one)
    return out


def check_api_payload(kind: ChannelKind, payload: bytes) -> dict:
    """Parse and check an API request body of a two-way kind; returns the JSON object."""
    try:
        obj = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as err:
        raise InvalidInput("The message payload is not valid UTF-8 JSON.") from err
    if not isinstance(obj, dict):
        raise InvalidInput("The message payload must be a JSON object.")
    if kind is ChannelKind.SLACK_APP:
        if not SLACK_CHANNEL_RE.match(str(obj.get("channel", ""))):
            raise InvalidInput("A Slack app message names its channel ID.")
        check_payload(ChannelKind.SLACK, payload)
    elif kind is ChannelKind.MATTERMOST_API:
        text = obj.get("message")
        if not MATTERMOST_ID_RE.match(str(obj.get("channel_id", ""))) or not isinstance(text, str) or not text.strip():
            raise InvalidInput("A Mattermost post needs its channel ID and a non-empty message.")
        if len(text) > MATTERMOST_MAX:
            raise InvalidInput(f"Mattermost text is limited to {MATTERMOST_MAX} characters.")
    else:
        body = obj.get("body")
        if not isinstance(body, dict) or body.get("contentType") != "html" or not str(body.get("content", "")).strip():
            raise InvalidInput("A Teams (Graph) message needs an HTML body.")
        if len(payload) > 28_000:
            raise InvalidInput("The Teams message is too long (about 28 KB at most); shorten it.")
    return obj


def api_text(kind: ChannelKind, payload: bytes) -> str:
    """The human-readable text inside an API request body of a two-way kind."""
    obj = check_api_payload(kind, payload)
    if kind is ChannelKind.SLACK_APP:
        return payload_text(ChannelKind.SLACK, payload)
    if kind is ChannelKind.MATTERMOST_API:
        return obj["message"]
    return html_to_text(obj["body"]["content"])
