"""Colleagues (optional): name, expertise tags, Teams UPN / Slack member id; suggestions of whom
to @mention, from tags that match the request's topic (Finnish inflected forms included)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select, update

from coachdesk.domain.models import normalize_tags
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.outbox.payloads import SLACK_ID_RE, Mention
from coachdesk.vault import schema as s
from coachdesk.vault.store import now_iso

if TYPE_CHECKING:
    from coachdesk.domain.help_request import HelpRequest
    from coachdesk.vault.store import Store

UPN_RE = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass
class Colleague:
    name: str
    expertise: list[str] = field(default_factory=list)
    teams_upn: str = ""
    slack_id: str = ""
    id: int | None = None

    def mention(self) -> Mention:
        return Mention(self.name, teams_upn=self.teams_upn, slack_id=self.slack_id)


def _clean(c: Colleague) -> dict:
    name = " ".join(c.name.split())
    if not name or len(name) > 100:
        raise InvalidInput("A colleague needs a name (at most 100 characters).")
    upn = c.teams_upn.strip()
    if upn and not UPN_RE.match(upn):
        raise InvalidInput(f"{upn!r} is not a Teams user name (UPN), e.g. maija.mentori@example.fi.")
    slack = c.slack_id.strip()
    if slack and not SLACK_ID_RE.match(slack):
        raise InvalidInput(f"{slack!r} is not a Slack member id (like U012ABCDEF).")
    return {
        "name": name,
        "expertise": json.dumps(normalize_tags(c.expertise), ensure_ascii=False),
        "teams_upn": upn,
        "slack_id": slack,
    }


def _row(r) -> Colleague:
    return Colleague(r.name, json.loads(r.expertise), r.teams_upn, r.slack_id, r.id)


def add_colleague(store: Store, colleague: Colleague) -> Colleague:
    values = _clean(colleague)
    stamp = now_iso()
    with store.tx() as conn:
        new_id = conn.execute(insert(s.colleagues).values(**values, created_at=stamp, updated_at=stamp)).inserted_primary_key[0]
    return get_colleague(store, new_id)


def update_colleague(store: Store, colleague: Colleague) -> Colleague:
    values = _clean(colleague)
    with store.tx() as conn:
        done = conn.execute(
            update(s.colleagues).where(s.colleagues.c.id == colleague.id).values(**values, updated_at=now_iso())
        ).rowcount
    if not done:
        raise NotFound(f"No colleague with id {colleague.id}.")
    return get_colleague(store, colleague.id)  # type: ignore[arg-type]


def get_colleague(store: Store, colleague_id: int) -> Colleague:
    with store.engine.connect() as conn:
        r = conn.execute(select(s.colleagues).where(s.colleagues.c.id == colleague_id)).first()
    if r is None:
        raise NotFound(f"No colleague with id {colleague_id}.")
    return _row(r)


def list_colleagues(store: Store) -> list[Colleague]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(s.colleagues).order_by(s.colleagues.c.name, s.colleagues.c.id)).all()
    return [_row(r) for r in rows]


def remove_colleague(store: Store, colleague_id: int) -> None:
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
