"""Help requests in the vault: save, list per case (with their text and delivery state),
follow-ups (answers, help received, what I will try) and the group-session topic list."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from coachdesk.domain import help_request as hr
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.vault import schema as s
from coachdesk.vault.store import inserted_id, now_iso

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.engine import Connection, Row

    from coachdesk.privacy.model import ScrubResult
    from coachdesk.vault.store import Store


class FollowupKind(StrEnum):
    """What a follow-up records: an answer, the kind of help received, or what the coach will try."""

    ANSWER = "answer"  # "sparring offered Thursday"
    HELP_RECEIVED = "help_received"  # the kind of help received
    WILL_TRY = "will_try"  # what I will try


class HelpReceived(StrEnum):
    """The kind of help a request brought."""

    NONE = ""
    TIPS = "tips"
    SPARRING = "sparring"
    GROUP_SESSION = "group_session"
    OTHER = "other"


@dataclass(frozen=True)
class RequestRecord:
    """A saved request with the text that went (or would go) out and its newest delivery state."""

    request: hr.HelpRequest
    text: str
    state: str  # newest outbox item's state, or "unsent"
    created_at: str
    case_code: str = ""
    draft: bool = False  # saved by the composer as typed (``complete=False``), never checked or sent


@dataclass(frozen=True)
class Followup:
    """One follow-up of a request (an answer, help received, will try), for the case's timeline."""

    id: int
    request_id: int
    request_ref: str
    kind: FollowupKind
    help_kind: HelpReceived
    text: str
    date: date
    case_id: int | None


@dataclass(frozen=True)
class GroupTopic:
    """A request marked as a topic for the group session, without case code or pseudonym."""

    ref: str
    topic: str
    question: str
    date: str  # ISO date the request was made


def _row_to_request(row: Row[Any]) -> hr.HelpRequest:
    return hr.HelpRequest.from_fields(
        json.loads(row.fields),
        id=row.id,
        ref=row.ref,
        lang=row.lang,
        case_id=row.case_id,
        note_id=row.note_id,
        reflection_id=row.reflection_id,
        group_topic=bool(row.group_topic),
    )


REVIEW_KEY = "review"  # in ``fields``: the coach's review decisions (answers, dismissed words, placeholders)
DRAFT_KEY = "draft"  # in ``fields``: true while the request is an unfinished composer draft


def save_request(
    store: Store, request: hr.HelpRequest, text: str | None = None, *, complete: bool = True,
    review: dict | None = None,
) -> hr.HelpRequest:
    """Insert or update ``request``; ``text`` defaults to :func:`render_text`. A fresh reference
    is drawn if the random one is already taken. ``complete=False`` saves an unfinished draft
    (composer autosave) without requiring a topic and a question. ``review`` (JSON-ready) keeps the
    coach's review decisions with the request; when it is None an update keeps the stored ones."""
    if complete:
        hr.validate(request)
    elif request.lang not in hr.LANGS or not hr.REF_RE.match(request.ref):
        hr.validate(request)  # language and reference are checked even for a draft
    body = text if text is not None else hr.render_text(request)
    stamp = now_iso()
    values = {
        "case_id": request.case_id,
        "note_id": request.note_id,
        "reflection_id": request.reflection_id,
        "lang": request.lang,
        "topic": request.topic.strip(),
        "fields": json.dumps(request.fields_dict(), ensure_ascii=False),
        "text": body,
        "group_topic": int(request.group_topic),
        "updated_at": stamp,
    }
    extra: dict = {} if complete else {DRAFT_KEY: True}
    if review is not None:
        extra[REVIEW_KEY] = review
    values["fields"] = json.dumps({**request.fields_dict(), **extra}, ensure_ascii=False)
    if request.id is not None:
        with store.tx() as conn:
            if review is None:  # keep the decisions stored with the request
                stored = conn.execute(select(s.help_requests.c.fields).where(s.help_requests.c.id == request.id)).scalar()
                kept = json.loads(stored).get(REVIEW_KEY) if stored else None
                if kept is not None:
                    extra[REVIEW_KEY] = kept
                    values["fields"] = json.dumps({**request.fields_dict(), **extra}, ensure_ascii=False)
            if conn.execute(update(s.help_requests).where(s.help_requests.c.id == request.id).values(**values)).rowcount == 0:
                raise NotFound(f"No help request with id {request.id}.")
        return get_request(store, request.id)
    for _ in range(20):
        try:
            with store.tx() as conn:
                new_id = inserted_id(conn.execute(
                    insert(s.help_requests).values(ref=request.ref, created_at=stamp, **values)
                ))
            return get_request(store, new_id)
        except IntegrityError as err:
            if "FOREIGN KEY" in str(err).upper():
                raise NotFound("The case, note or reflection of this request no longer exists.") from err
            if text is None and f"#{request.ref}" in body:
                request.ref = hr.new_reference()
                body = hr.render_text(request)
                values["text"] = body
            else:
                raise InvalidInput(f"The request reference #{request.ref} is already in use.") from err
    raise InvalidInput("Could not find a free request reference.")  # pragma: no cover


def request_id_by_ref(store: Store, ref: str) -> int:
    """The id of the request with reference ``ref`` ("#K7Q2" or "k7q2"); NotFound when there is none."""
    clean = ref.strip().lstrip("#").upper()
    with store.engine.connect() as conn:
        found = conn.execute(select(s.help_requests.c.id).where(s.help_requests.c.ref == clean)).scalar()
    if found is None:
        raise NotFound(f"No request #{clean}.")
    return int(found)


def get_request(store: Store, request_id: int) -> hr.HelpRequest:
    """The help request with id ``request_id``; NotFound when there is none."""
    with store.engine.connect() as conn:
        row = conn.execute(select(s.help_requests).where(s.help_requests.c.id == request_id)).first()
    if row is None:
        raise NotFound(f"No help request with id {request_id}.")
    return _row_to_request(row)


def request_review(store: Store, request_id: int) -> dict:
    """The review decisions saved with a request ({} when none)."""
    with store.engine.connect() as conn:
        value = conn.execute(select(s.help_requests.c.fields).where(s.help_requests.c.id == request_id)).scalar()
    if value is None:
        raise NotFound(f"No help request with id {request_id}.")
    review = json.loads(value).get(REVIEW_KEY)
    return review if isinstance(review, dict) else {}


def case_reviews(store: Store, case_id: int) -> list[dict]:
    """The review decisions of every request of a case, oldest first (answers are remembered per case)."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(s.help_requests.c.fields).where(s.help_requests.c.case_id == case_id).order_by(s.help_requests.c.id)
        ).scalars().all()
    out = []
    for value in rows:
        review = json.loads(value).get(REVIEW_KEY)
        if isinstance(review, dict):
            out.append(review)
    return out


def list_drafts(store: Store, case_id: int) -> list[RequestRecord]:
    """Composer drafts of a case (saved as the coach types, never sent), newest first."""
    return [r for r in list_requests(store, case_id) if r.draft]


def request_text(store: Store, request_id: int) -> str:
    """The stored text of a request (as it was sent); NotFound when there is none."""
    with store.engine.connect() as conn:
        value = conn.execute(select(s.help_requests.c.text).where(s.help_requests.c.id == request_id)).scalar()
    if value is None:
        raise NotFound(f"No help request with id {request_id}.")
    return value


def _latest_states(conn: Connection, request_ids: list[int]) -> dict[int, str]:
    """Each request's delivery state: its newest post's; for a post in parts, the first part that
    is not sent yet (a "possibly sent" part 2 is what the coach must see), else "sent"."""
    out: dict[int, str] = {}
    if not request_ids:
        return out
    rows = conn.execute(
        select(s.outbox_items.c.request_id, s.outbox_items.c.id, s.outbox_items.c.batch_id,
               s.outbox_items.c.part, s.outbox_items.c.state)
        .where(s.outbox_items.c.request_id.in_(request_ids))
        .order_by(s.outbox_items.c.id)
    ).all()
    newest: dict[int, list] = {}
    for row in rows:
        batch = row.batch_id if row.batch_id is not None else row.id
        current = newest.get(row.request_id)
        if current is None or current[0] != batch:
            newest[row.request_id] = [batch, []]  # the newest post wins
        newest[row.request_id][1].append((row.part, row.state))
    for request_id, (_batch, parts) in newest.items():
        waiting = [state for _part, state in sorted(parts) if state != "sent"]
        out[request_id] = waiting[0] if waiting else "sent"
    return out


def list_requests(store: Store, case_id: int | None = None) -> list[RequestRecord]:
    """Requests of a case (or all), newest first, with their text and delivery state."""
    query = select(s.help_requests, s.cases.c.code.label("case_code")).outerjoin(
        s.cases, s.cases.c.id == s.help_requests.c.case_id
    )
    if case_id is not None:
        query = query.where(s.help_requests.c.case_id == case_id)
    with store.engine.connect() as conn:
        rows = conn.execute(query.order_by(s.help_requests.c.id.desc())).all()
        states = _latest_states(conn, [r.id for r in rows])
    return [
        RequestRecord(_row_to_request(r), r.text, states.get(r.id, "unsent"), r.created_at, r.case_code or "",
                      _is_draft(r.fields) and r.id not in states)
        for r in rows
    ]


def _is_draft(fields: str) -> bool:
    try:
        return json.loads(fields).get(DRAFT_KEY) is True
    except (ValueError, AttributeError):
        return False


def delete_request(store: Store, request_id: int) -> None:
    """Delete a request with its outbox items and follow-ups (refused while it is being sent)."""
    from sqlalchemy import delete

    with store.tx() as conn:
        sending = conn.execute(
            select(s.outbox_items.c.id).where(
                s.outbox_items.c.request_id == request_id, s.outbox_items.c.state == "sending"
            )
        ).first()
        if sending:
            raise InvalidInput("The request is being sent right now; try again in a moment.")
        conn.execute(delete(s.help_requests).where(s.help_requests.c.id == request_id))


# ----- closing the loop ----------------------------------------------------------------------------
def add_followup(
    store: Store,
    request_id: int,
    kind: FollowupKind | str,
    text: str = "",
    *,
    help_kind: HelpReceived | str = HelpReceived.NONE,
    on: date | None = None,
) -> Followup:
    """Record an answer, the help received, or what the coach will try (shown in the case timeline)."""
    kind = FollowupKind(kind)
    help_kind = HelpReceived(help_kind)
    text = text.strip()
    if kind is FollowupKind.HELP_RECEIVED and help_kind is HelpReceived.NONE:
        raise InvalidInput("Say which kind of help you received.")
    if kind is not FollowupKind.HELP_RECEIVED and not text:
        raise InvalidInput("A follow-up needs some text.")
    on = on or date.today()
    get_request(store, request_id)
    with store.tx() as conn:
        new_id = inserted_id(conn.execute(
            insert(s.request_followups).values(
                request_id=request_id, kind=kind.value, help_kind=help_kind.value, text=text, date=on,
                created_at=now_iso(),
            )
        ))
    return next(f for f in list_followups(store, request_id=request_id) if f.id == new_id)


def list_followups(store: Store, case_id: int | None = None, *, request_id: int | None = None) -> list[Followup]:
    """Follow-ups of one case (for its timeline) or one request, oldest first."""
    q = select(
        s.request_followups, s.help_requests.c.ref, s.help_requests.c.case_id
    ).join(s.help_requests, s.help_requests.c.id == s.request_followups.c.request_id)
    if case_id is not None:
        q = q.where(s.help_requests.c.case_id == case_id)
    if request_id is not None:
        q = q.where(s.request_followups.c.request_id == request_id)
    with store.engine.connect() as conn:
        rows = conn.execute(q.order_by(s.request_followups.c.date, s.request_followups.c.id)).all()
    return [
        Followup(r.id, r.request_id, r.ref, FollowupKind(r.kind), HelpReceived(r.help_kind), r.text, r.date, r.case_id)
        for r in rows
    ]


def set_group_topic(store: Store, request_id: int, marked: bool = True) -> None:
    """Mark (or unmark) a request as a topic for the group session."""
    with store.tx() as conn:
        result = conn.execute(
            update(s.help_requests)
            .where(s.help_requests.c.id == request_id)
            .values(group_topic=int(marked), updated_at=now_iso())
        )
        if result.rowcount == 0:
            raise NotFound(f"No help request with id {request_id}.")


def group_session_topics(store: Store, *, scrub: bool = True) -> list[GroupTopic]:
    """Topics marked for the group session, anonymised: no case code or pseudonym, and topic and
    question passed through the scrubber (with the case's identifying details) when it is available."""
    q = (
        select(s.help_requests)
        .where(s.help_requests.c.group_topic == 1)
        .order_by(s.help_requests.c.created_at, s.help_requests.c.id)
    )
    with store.engine.connect() as conn:
        rows = conn.execute(q).all()
    scrubber = _scrubber() if scrub else None
    out = []
    for row in rows:
        request = _row_to_request(row)
        topic, question = request.topic.strip(), request.question.strip()
        if scrubber is not None:
            terms = store.case_terms(row.case_id) if row.case_id is not None else []
            case = store.get_case(row.case_id) if row.case_id is not None else None
            if case is not None:
                terms += [t for t in (case.code, case.pseudonym) if t]
            topic = scrubber(topic, lang=request.lang, terms=terms).text if topic else topic
            question = scrubber(question, lang=request.lang, terms=terms).text if question else question
        out.append(GroupTopic(row.ref, topic, question, row.created_at[:10]))
    return out


def _scrubber() -> Callable[..., ScrubResult] | None:
    try:
        from coachdesk.privacy import scrub
    except ImportError:  # the scrubber is not installed in this build
        return None
    return scrub
