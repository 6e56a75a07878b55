"""Help requests ("ask a colleague") and their answers for a summary, read-only.

The tables come with schema revision 0002. A vault (or a code base) without them gives ``None``,
and the summary prints a short "not available" line instead of the section: a clear guard, never
a crash.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachdesk.vault.store import Store

_TABLES = ("help_requests", "request_followups")
_UNAVAILABLE = {
    "fi": "Kysymykset kollegoille eivät ole vielä käytettävissä tässä holvissa.",
    "sv": "Frågor till kolleger finns ännu inte i det här valvet.",
    "en": "Questions to colleagues are not available in this vault yet.",
}


@dataclass(frozen=True)
class HelpRequestView:
    """A question to colleagues as printed: the question, its fields and the answers."""

    date: date
    topic: str
    text: str  # the question (or the whole request text when it has no separate question)
    fields: dict[str, str] = field(default_factory=dict)
    answers: tuple[str, ...] = ()
    will_try: tuple[str, ...] = ()
    group_topic: bool = False
    status: str = ""


def unavailable_text(lang: str) -> str:
    """The line printed when the questions to colleagues cannot be read, in ``lang``."""
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
    """The case's help requests (oldest first) with answers; None where requests are not available."""
    if not requests_available(store):
        return None
    try:
        from coachdesk.outbox.requests import FollowupKind, list_followups, list_requests
    except ImportError:  # a code base without the ask-a-colleague feature
        return None
    answers: dict[int, list[str]] = {}
    will_try: dict[int, list[str]] = {}
    for followup in list_followups(store, case_id):
        if followup.kind is FollowupKind.ANSWER and followup.text:
            answers.setdefault(followup.request_id, []).append(followup.text)
        elif followup.kind is FollowupKind.WILL_TRY and followup.text:
            will_try.setdefault(followup.request_id, []).append(followup.text)
    out = []
    for record in reversed(list_requests(store, case_id)):  # oldest first
        if getattr(record, "draft", False):
            continue  # a composer draft (saved as typed, never checked or sent): not a request yet
        request = record.request
        fields_ = {k: v for k, v in request.fields_dict().items() if isinstance(v, str)}
        out.append(
            HelpRequestView(
                date=_day(record.created_at),
                topic=request.topic,
                text=request.question or record.text,
                fields=fields_,
                answers=tuple(answers.get(request.id, ())),  # type: ignore[arg-type]
                will_try=tuple(will_try.get(request.id, ())),  # type: ignore[arg-type]
                group_topic=request.group_topic,
                status=record.state,
            )
        )
    return out
