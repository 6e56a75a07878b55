"""Help requests ("ask a colleague") and their answers for a summary, read-only.

The tables come with schema revision 0002. A vault (or a code base) without them gives ``None``,
and the summary prints a short "not available" line instead of the section: a clear guard, never
a crash.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachdesk.vault.store import Store

_TABLES = ("help_requests", "request_followups")
_UNAVAILABLE = {
    "fi": "Kysymykset kollegoille eivät ole vielä käytettävissä tässä holvissa.",
    "en": "Questions to colleagues are not available in this vault yet.",
}


@dataclass(frozen=True)
class HelpRequestView:
    date: date
    topic: str
    text: str  # the question (or the whole request text when it has no separate question)
    fields: dict[str, str] = field(default_factory=dict)
    answers: tuple[str, ...] = ()
    group_topic: bool = False
    status: str = ""


def unavailable_text(lang: str) -> str:
    return _UNAVAILABLE.get(lang, _UNAVAILABLE["en"])


def requests_available(store: Store) -> bool:
    """True when the vault has the help-request tables (schema 0002 or newer)."""
    from sqlalchemy import text

    with store.engine.connect() as conn:
        names = set(
            conn.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (:a, :b)"),
                {"a": _TABLES[0], "b": _TABLES[1]},
            ).scalars()
        )
    return names == set(_TABLES)


def _day(value: object) -> date:
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def load_requests(store: Store, case_id: int) -> list[HelpRequestView] | None:
    """The case's help requests (oldest first) with their answers; None without the tables."""
    if not requests_available(store):
        return None
    from sqlalchemy import text

    with store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, topic, fields, text, group_topic, created_at FROM help_requests "
                "WHERE case_id = :case_id ORDER BY created_at, id"
            ),
            {"case_id": case_id},
        ).all()
        answers: dict[int, list[str]] = {}
        if rows:
            for request_id, body in conn.execute(
                text(
                    "SELECT f.request_id, f.text FROM request_followups f JOIN help_requests r "
                    "ON r.id = f.request_id WHERE r.case_id = :case_id AND f.kind = 'answer' "
                    "ORDER BY f.date, f.id"
                ),
                {"case_id": case_id},
            ):
                answers.setdefault(request_id, []).append(body or "")
    out = []
    for row in rows:
        try:
            fields_ = {k: str(v) for k, v in json.loads(row.fields or "{}").items() if isinstance(v, str)}
        except (ValueError, AttributeError):
            fields_ = {}
        out.append(
            HelpRequestView(
                date=_day(row.created_at),
                topic=row.topic or fields_.get("topic", ""),
                text=fields_.get("question") or row.text or "",
                fields=fields_,
                answers=tuple(answers.get(row.id, ())),
                group_topic=bool(row.group_topic),
            )
        )
    return out
