"""Colleagues (optional): name, expertise tags and an id per platform (Teams UPN, Slack member id,
Mattermost username, Google Chat user id, Discord user id) for native @mentions; suggestions of
whom to mention, from tags that match the request's topic (Finnish inflected forms included).

:func:`colleague_to_dict` / :func:`colleague_from_dict` are THE (de)serialisation of a colleague
(directory export/import, the team setup file): a new field is added there once."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select, update

from coachdesk.domain.models import normalize_tags
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.outbox.payloads import (
    DISCORD_ID_RE,
    GOOGLECHAT_USER_RE,
    MATTERMOST_USERNAME_RE,
    SLACK_ID_RE,
    Mention,
)
from coachdesk.vault import schema as s
from coachdesk.vault.store import inserted_id, now_iso

if TYPE_CHECKING:
    from sqlalchemy.engine import Row

    from coachdesk.domain.help_request import HelpRequest
    from coachdesk.vault.store import Store

UPN_RE = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass
class Colleague:
    """A colleague in the directory: name, areas of expertise and an id per platform for mentions."""

    name: str
    expertise: list[str] = field(default_factory=list)
    teams_upn: str = ""
    slack_id: str = ""
    id: int | None = None
    mattermost_username: str = ""
    googlechat_id: str = ""  # "users/123456789"
    discord_id: str = ""

    def mention(self) -> Mention:
        """The colleague as a mention, with an id for every platform they have one on."""
        return Mention(self.name, teams_upn=self.teams_upn, slack_id=self.slack_id,
                       mattermost_username=self.mattermost_username, googlechat_id=self.googlechat_id,
                       discord_id=self.discord_id)


# The platform ids, in the order forms and files show them: (field, what the coach is told).
ID_FIELDS: tuple[tuple[str, str], ...] = (
    ("teams_upn", "a Teams user name (UPN), e.g. maija.mentori@example.fi"),
    ("slack_id", "a Slack member id (like U012ABCDEF)"),
    ("mattermost_username", "a Mattermost username (like maija.mentori)"),
    ("googlechat_id", "a Google Chat user id (like users/123456789012345678901)"),
    ("discord_id", "a Discord user id (17-20 digits, like 123456789012345678)"),
)


def clean_platform_id(field_name: str, raw: str) -> str:
    """One platform id, normalised ('@maija' -> 'maija', '1234' -> 'users/1234', '<@id>' -> 'id');
    InvalidInput when it does not have the platform's shape."""
    value = raw.strip()
    if not value:
        return ""
    if field_name == "teams_upn":
        ok = bool(UPN_RE.match(value))
    elif field_name == "slack_id":
        ok = bool(SLACK_ID_RE.match(value))
    elif field_name == "mattermost_username":
        value = value.removeprefix("@").lower()
        ok = bool(MATTERMOST_USERNAME_RE.match(value)) and value not in ("all", "channel", "here", "everyone")
    elif field_name == "googlechat_id":
        value = value.strip("<>")
        value = value if value.startswith("users/") else f"users/{value}"
        ok = bool(GOOGLECHAT_USER_RE.match(value))
    else:
        value = value.removeprefix("<@").removeprefix("!").removesuffix(">")
        ok = bool(DISCORD_ID_RE.match(value))
    if not ok:
        what = dict(ID_FIELDS)[field_name]
        raise InvalidInput(f"{raw.strip()[:60]!r} is not {what}.")
    return value


def _refuse_controls(*texts: str) -> None:
    """Names, tags and ids come from files too: no control or format characters (terminal escapes,
    bidi overrides, zero-width characters) ever enter the vault or a mention."""
    for text in texts:
        if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") for ch in text):
            raise InvalidInput("A colleague's name, tags or ids contain control or invisible characters.")


def _clean(c: Colleague) -> dict:
    _refuse_controls(c.name, *c.expertise, *(getattr(c, f) or "" for f, _what in ID_FIELDS))
    name = " ".join(c.name.split())
    if not name or len(name) > 100:
        raise InvalidInput("A colleague needs a name (at most 100 characters).")
    values = {"name": name, "expertise": json.dumps(normalize_tags(c.expertise), ensure_ascii=False)}
    for field_name, _what in ID_FIELDS:
        values[field_name] = clean_platform_id(field_name, getattr(c, field_name) or "")
    return values


def _row(r: Row[Any]) -> Colleague:
    return Colleague(r.name, json.loads(r.expertise), r.teams_upn, r.slack_id, r.id,
                     r.mattermost_username, r.googlechat_id, r.discord_id)


def colleague_to_dict(c: Colleague) -> dict:
    """A colleague as plain JSON data (no vault id): name, expertise and every platform id."""
    data: dict = {"name": c.name, "expertise": list(c.expertise)}
    data.update({field_name: getattr(c, field_name) for field_name, _what in ID_FIELDS})
    return data


def colleague_from_dict(data: object) -> Colleague:
    """A checked colleague from :func:`colleague_to_dict` data (unknown keys ignored, ids
    validated); InvalidInput with a clear line when something does not fit."""
    if not isinstance(data, dict):
        raise InvalidInput("A colleague entry must be an object with a name.")
    expertise = data.get("expertise", [])
    if isinstance(expertise, str):
        expertise = [t for t in expertise.split(",") if t.strip()]
    if not isinstance(expertise, list) or not all(isinstance(t, str) for t in expertise):
        raise InvalidInput("A colleague's expertise must be a list of words.")
    values = {field_name: data.get(field_name, "") for field_name, _what in ID_FIELDS}
    if not all(isinstance(v, str) for v in values.values()) or not isinstance(data.get("name", ""), str):
        raise InvalidInput("A colleague's name and ids must be text.")
    colleague = Colleague(str(data.get("name", "")), expertise, **values)
    cleaned = _clean(colleague)
    return Colleague(cleaned["name"], json.loads(cleaned["expertise"]),
                     **{f: cleaned[f] for f, _what in ID_FIELDS})


def export_directory(store: Store) -> list[dict]:
    """The colleague directory as plain data (for a file or the team setup file)."""
    return [colleague_to_dict(c) for c in list_colleagues(store)]


def import_directory(store: Store, entries: list) -> tuple[int, int]:
    """Add or update colleagues from :func:`export_directory` data in ONE transaction (matched by
    name, case-insensitively; ids given in the file replace the stored ones, empty ones keep
    them). Every entry is checked first: one bad entry changes nothing. Returns (added, updated)."""
    if not isinstance(entries, list):
        raise InvalidInput("The colleague directory must be a list of colleagues.")
    checked = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, 1):
        try:
            colleague = colleague_from_dict(entry)
        except InvalidInput as err:
            raise InvalidInput(f"Colleague {number}: {err}") from err
        if colleague.name.casefold() in seen:
            raise InvalidInput(f"Colleague {number}: the name {colleague.name!r} is twice in the file; nothing was imported.")
        seen.add(colleague.name.casefold())
        checked.append(colleague)
    existing = {c.name.casefold(): c for c in list_colleagues(store)}
    added = updated = 0
    stamp = now_iso()
    with store.tx() as conn:
        for new in checked:
            old = existing.get(new.name.casefold())
            if old is None:
                conn.execute(insert(s.colleagues).values(**_clean(new), created_at=stamp, updated_at=stamp))
                existing[new.name.casefold()] = new
                added += 1
                continue
            tags = old.expertise + [t for t in new.expertise if t not in old.expertise]
            merged = Colleague(old.name, tags, id=old.id,
                               **{f: getattr(new, f) or getattr(old, f) for f, _what in ID_FIELDS})
            if old.id is not None:
                conn.execute(update(s.colleagues).where(s.colleagues.c.id == old.id)
                             .values(**_clean(merged), updated_at=stamp))
                updated += 1
    return added, updated


def add_colleague(store: Store, colleague: Colleague) -> Colleague:
    """Save a new colleague (checked first); returns it as stored."""
    values = _clean(colleague)
    stamp = now_iso()
    with store.tx() as conn:
        new_id = inserted_id(conn.execute(insert(s.colleagues).values(**values, created_at=stamp, updated_at=stamp)))
    return get_colleague(store, new_id)


def update_colleague(store: Store, colleague: Colleague) -> Colleague:
    """Save a changed colleague (checked first); NotFound when it no longer exists."""
    values = _clean(colleague)
    with store.tx() as conn:
        done = conn.execute(
            update(s.colleagues).where(s.colleagues.c.id == colleague.id).values(**values, updated_at=now_iso())
        ).rowcount
    if not done:
        raise NotFound(f"No colleague with id {colleague.id}.")
    return get_colleague(store, colleague.id)  # type: ignore[arg-type]


def get_colleague(store: Store, colleague_id: int) -> Colleague:
    """The colleague with id ``colleague_id``; NotFound when there is none."""
    with store.engine.connect() as conn:
        r = conn.execute(select(s.colleagues).where(s.colleagues.c.id == colleague_id)).first()
    if r is None:
        raise NotFound(f"No colleague with id {colleague_id}.")
    return _row(r)


def list_colleagues(store: Store) -> list[Colleague]:
    """Every colleague, by name."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(s.colleagues).order_by(s.colleagues.c.name, s.colleagues.c.id)).all()
    return [_row(r) for r in rows]


def remove_colleague(store: Store, colleague_id: int) -> None:
    """Delete a colleague (nothing happens when it is already gone)."""
    with store.tx() as conn:
        conn.execute(delete(s.colleagues).where(s.colleagues.c.id == colleague_id))


def _stem(word: str) -> str:
    """A crude stem for Finnish inflection: masennus / masennuksen / masentunut -> "masen"."""
    return word if len(word) <= 4 else word[: max(4, len(word) - 3)]


def tag_matches(tag: str, words: set[str]) -> bool:
    """True when every significant word of ``tag`` appears (inflected) among ``words``."""
    parts = [w for w in _WORD_RE.findall(tag.casefold()) if len(w) >= 3]
    return bool(parts) and all(any(w.startswith(_stem(p)) for w in words) for p in parts)


def suggest_colleagues(store: Store, request: HelpRequest, limit: int = 3) -> list[tuple[Colleague, list[str]]]:
    """Colleagues whose expertise tags match the request's topic, sparring topic or question,
    best match first, with the matching tags."""
    text = " ".join((request.topic, request.sparring_topic, request.question)).casefold()
    words = set(_WORD_RE.findall(text))
    scored = []
    for colleague in list_colleagues(store):
        matched = [t for t in colleague.expertise if tag_matches(t, words)]
        if matched:
            scored.append((colleague, matched))
    scored.sort(key=lambda pair: (-len(pair[1]), pair[0].name))
    return scored[:limit]
