"""The durable outbox in the vault: draft -> queued -> sending -> sent | needs fixing | possibly
sent. Exact payload bytes are stored when the coach previews them and sent unchanged.

Crash safety: an item is marked "sending" in a committed transaction BEFORE its HTTP request, so an
item found in "sending" at start-up (after a quit or kill -9 mid-request) becomes "possibly sent"
and waits for the coach: nothing is lost and nothing is sent twice without the coach's decision.

Parts: a request too long for one post is stored as items part 1..n of one batch (``batch_id`` =
the id of part 1), created and queued together in one transaction, each with the exact bytes the
coach previewed. A part is due only when every earlier part of its batch is sent, so the parts go
out in order, and a part that is "possibly sent" or "needs fixing" holds the rest back until the
coach decides. Cancelling a part cancels the later ones; sending a cancelled part again brings the
later cancelled ones back.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import exists, insert, select, update

from coachdesk.errors import InvalidInput, NotFound
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.payloads import check_payload, payload_text, sha256_hex
from coachdesk.outbox.policy import Classified, Outcome
from coachdesk.vault import schema as s
from coachdesk.vault.store import inserted_id

if TYPE_CHECKING:
    from sqlalchemy import Exists, Select
    from sqlalchemy.engine import Connection, Row

    from coachdesk.vault.store import Store


class State(StrEnum):
    """The life of an outbox item: draft, queued, sending, then sent, needs fixing, possibly sent or cancelled."""

    DRAFT = "draft"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    NEEDS_FIXING = "needs_fixing"
    POSSIBLY_SENT = "possibly_sent"
    CANCELLED = "cancelled"


# Audit-log outcomes beyond the delivery ones: the coach's decisions and start-up recovery.
QUEUED_EVENT = "queued"
CANCELLED_EVENT = "cancelled"
SEND_AGAIN_EVENT = "send_again"
MARKED_DELIVERED_EVENT = "marked_delivered"
INTERRUPTED_EVENT = "interrupted"  # found in "sending" at start-up

_THREAD_ID = re.compile(r"\d{15,22}")
_THREAD_LINK = re.compile(r"https://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/channels/\d{15,22}/(\d{15,22})(?:/\d{15,22})?/?")
THREAD_HOW = ("in Discord right-click the post > Copy Link, then run 'coachdesk outbox thread {id} LINK' "
              "(or cancel the rest)")


def discord_thread_id(text: str) -> str:
    """The thread id of a Discord forum post from its link ("https://discord.com/channels/<server>/
    <thread>[/<message>]", as Discord's Copy Link gives it) or from the bare id."""
    value = text.strip()
    found = _THREAD_LINK.fullmatch(value)
    if found:
        return found.group(1)
    if _THREAD_ID.fullmatch(value):
        return value
    raise InvalidInput("Give the forum post's link (in Discord: right-click the post > Copy Link; "
                       "https://discord.com/channels/...) or its thread id.")


CANCELLABLE = (State.DRAFT, State.QUEUED, State.NEEDS_FIXING, State.POSSIBLY_SENT)
RESENDABLE = (State.NEEDS_FIXING, State.POSSIBLY_SENT, State.CANCELLED)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """Now, in UTC."""
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """A moment as an ISO 8601 UTC string with microseconds (sorts as it compares)."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class OutboxItem:
    """One post of a request to one channel: the exact payload bytes, its state and delivery record."""

    id: int
    request_id: int
    request_ref: str
    channel_id: int | None
    channel_name: str
    kind: str
    payload: bytes
    payload_sha256: str
    state: State
    attempts: int
    next_attempt_at: str | None
    last_outcome: str
    last_error: str
    http_status: int | None
    sent_at: str | None
    created_at: str
    updated_at: str
    batch_id: int | None = None
    part: int = 1
    parts: int = 1
    thread_ref: str = ""
    message_id: str = ""  # 0004: the platform's message id (two-way channels; replies are read from it)
    thread_state: str = ""  # 0004: "" | "gone" (the message was deleted) | "no_access"

    @property
    def label(self) -> str:
        """"#K7Q2", or "#K7Q2 2/3" for a part."""
        return f"#{self.request_ref}" + (f" {self.part}/{self.parts}" if self.parts > 1 else "")

    @property
    def text(self) -> str:
        """The visible text inside the payload."""
        return payload_text(self.kind, self.payload)


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log: when, which item and channel, the outcome and the payload's hash; no text."""

    id: int
    at: str
    outbox_item_id: int | None
    request_ref: str
    channel_name: str
    kind: str
    attempt: int
    outcome: str
    http_status: int | None
    detail: str
    payload_sha256: str


def _query() -> Select[Any]:
    return select(s.outbox_items, s.help_requests.c.ref.label("request_ref")).join(
        s.help_requests, s.help_requests.c.id == s.outbox_items.c.request_id
    )


def _row_to_item(row: Row[Any]) -> OutboxItem:
    return OutboxItem(
        id=row.id,
        request_id=row.request_id,
        request_ref=row.request_ref,
        channel_id=row.channel_id,
        channel_name=row.channel_name,
        kind=row.kind,
        payload=bytes(row.payload),
        payload_sha256=row.payload_sha256,
        state=State(row.state),
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        last_outcome=row.last_outcome,
        last_error=row.last_error,
        http_status=row.http_status,
        sent_at=row.sent_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        batch_id=row.batch_id,
        part=row.part,
        parts=row.parts,
        thread_ref=row.thread_ref,
        message_id=row.message_id,
        thread_state=row.thread_state,
    )


def _waiting_for_earlier_part() -> Exists:
    """SQL: an earlier part of the same batch is not sent yet (so this part must wait)."""
    earlier = s.outbox_items.alias("earlier")
    return exists().where(
        earlier.c.batch_id == s.outbox_items.c.batch_id,
        earlier.c.part < s.outbox_items.c.part,
        earlier.c.state != State.SENT.value,
    )


def _as_parts(payload: bytes | Sequence[bytes]) -> list[bytes]:
    if isinstance(payload, bytes | bytearray | memoryview):
        return [bytes(payload)]
    return [bytes(p) for p in payload]


class Outbox:
    """The outbox's state machine over the vault; safe to use from the UI and a worker thread."""

    def __init__(self, store: Store, *, clock: Clock = utc_now) -> None:
        self.store = store
        self.clock = clock
        self.channels = Channels(store)

    # ----- reading ------------------------------------------------------------------------------
    def get(self, item_id: int) -> OutboxItem:
        """The item with id ``item_id``; NotFound when there is none."""
        with self.store.engine.connect() as conn:
            row = conn.execute(_query().where(s.outbox_items.c.id == item_id)).first()
        if row is None:
            raise NotFound(f"No outbox item {item_id} (see 'coachdesk outbox list').")
        return _row_to_item(row)

    def items(self, *, states: Iterable[State] | None = None, request_id: int | None = None) -> list[OutboxItem]:
        """Items (optionally only in ``states`` or of one request), oldest first."""
        query = _query()
        if states is not None:
            query = query.where(s.outbox_items.c.state.in_([State(x).value for x in states]))
        if request_id is not None:
            query = query.where(s.outbox_items.c.request_id == request_id)
        with self.store.engine.connect() as conn:
            rows = conn.execute(query.order_by(s.outbox_items.c.id)).all()
        return [_row_to_item(r) for r in rows]

    def due(self, now: datetime | None = None) -> list[OutboxItem]:
        """Queued items whose next attempt time has come, oldest first."""
        stamp = iso(now or self.clock())
        query = _query().where(
            s.outbox_items.c.state == State.QUEUED.value,
            (s.outbox_items.c.next_attempt_at.is_(None)) | (s.outbox_items.c.next_attempt_at <= stamp),
            ~_waiting_for_earlier_part(),
        )
        with self.store.engine.connect() as conn:
            rows = conn.execute(query.order_by(s.outbox_items.c.next_attempt_at, s.outbox_items.c.id)).all()
        return [_row_to_item(r) for r in rows]

    def next_due_at(self) -> datetime | None:
        """When the earliest queued item is due (None: nothing queued)."""
        with self.store.engine.connect() as conn:
            value = conn.execute(
                select(s.outbox_items.c.next_attempt_at)
                .where(s.outbox_items.c.state == State.QUEUED.value, ~_waiting_for_earlier_part())
                .order_by(s.outbox_items.c.next_attempt_at)
                .limit(1)
            ).first()
        if value is None:
            return None
        return datetime.fromisoformat(value[0]) if value[0] else self.clock()

    def audit(self, item_id: int | None = None) -> list[AuditEntry]:
        """The audit log (optionally of one item), oldest first."""
        query = select(s.audit_log)
        if item_id is not None:
            query = query.where(s.audit_log.c.outbox_item_id == item_id)
        with self.store.engine.connect() as conn:
            rows = conn.execute(query.order_by(s.audit_log.c.id)).all()
        return [AuditEntry(**r._mapping) for r in rows]

    # ----- the coach's actions ----------------------------------------------------------------------
    def create_draft(self, request_id: int, channel_name: str, payload: bytes | Sequence[bytes]) -> OutboxItem:
        """Store the payload bytes shown to the coach for ``channel_name`` (state "draft"): one
        payload, or the parts of a long request in order (one transaction). Each must be a valid
        payload for the channel's kind and show the request reference. Returns part 1."""
        channel = self.channels.get(channel_name)
        payloads = _as_parts(payload)
        if not payloads:
            raise InvalidInput("There is nothing to send.")
        from coachdesk.domain.help_request import validate
        from coachdesk.outbox.requests import get_request

        ref = validate(get_request(self.store, request_id)).ref  # a finished request only
        for one in payloads:
            check_payload(channel.kind, one)
            if f"#{ref}" not in payload_text(channel.kind, one):
                raise InvalidInput(f"The message must show its reference #{ref} so colleagues can spot a duplicate.")
        stamp = iso(self.clock())
        with self.store.tx() as conn:
            first_id: int | None = None
            for number, one in enumerate(payloads, 1):
                item_id = inserted_id(conn.execute(
                    insert(s.outbox_items).values(
                        request_id=request_id, channel_id=channel.id, channel_name=channel.name,
                        kind=channel.kind.value, payload=one, payload_sha256=sha256_hex(one),
                        state=State.DRAFT.value, created_at=stamp, updated_at=stamp,
                        batch_id=first_id, part=number, parts=len(payloads),
                    )
                ))
                if first_id is None:
                    first_id = item_id
                    conn.execute(update(s.outbox_items).where(s.outbox_items.c.id == item_id).values(batch_id=item_id))
        assert first_id is not None  # payloads is never empty (checked above)
        return self.get(first_id)

    def batch(self, item_id: int) -> list[OutboxItem]:
        """Every part of the item's request post, in order (one item for a short request)."""
        item = self.get(item_id)
        if item.batch_id is None:
            return [item]
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                _query().where(s.outbox_items.c.batch_id == item.batch_id).order_by(s.outbox_items.c.part)
            ).all()
        return [_row_to_item(r) for r in rows]

    def queue(self, item_id: int, previewed: bytes | Sequence[bytes]) -> OutboxItem:
        """Draft -> queued for the whole post (all its parts, one transaction), only when
        ``previewed`` is byte for byte what the drafts hold, every part in order (the coach sends
        exactly what they saw)."""
        stamp = iso(self.clock())
        shown = _as_parts(previewed)
        with self.store.tx() as conn:
            row = self._row(conn, item_id)
            rows: Sequence[Row[Any]] = [row]
            if row.batch_id is not None:
                rows = conn.execute(
                    select(s.outbox_items).where(s.outbox_items.c.batch_id == row.batch_id).order_by(s.outbox_items.c.part)
                ).all()
            if any(r.state != State.DRAFT.value for r in rows):
                raise InvalidInput(f"Outbox item {item_id} is {row.state}, not a draft.")
            if len(shown) != len(rows) or any(bytes(a) != bytes(r.payload) for a, r in zip(shown, rows, strict=False)):
                raise InvalidInput("The message changed after the preview; preview it again before sending.")
            for r in rows:
                conn.execute(
                    update(s.outbox_items)
                    .where(s.outbox_items.c.id == r.id)
                    .values(state=State.QUEUED.value, next_attempt_at=stamp, updated_at=stamp)
                )
                self._audit(conn, r, QUEUED_EVENT, "queued by the coach")
        return self.get(item_id)

    def submit(
        self, request_id: int, channel_name: str, payload: bytes | Sequence[bytes], previewed: bytes | Sequence[bytes]
    ) -> OutboxItem:
        """Draft and queue in one step (the composer's "Send" after its preview)."""
        item = self.create_draft(request_id, channel_name, payload)
        return self.queue(item.id, previewed)

    def cancel(self, item_id: int) -> OutboxItem:
        """The coach cancels an item that is not sent (draft, queued, needs fixing or possibly sent)."""
        return self._decide(item_id, CANCELLABLE, State.CANCELLED, CANCELLED_EVENT, "cancelled by the coach")

    def send_again(self, item_id: int) -> OutboxItem:
        """The coach's decision after "needs fixing" or "possibly sent": queue the same bytes again."""
        return self._decide(item_id, RESENDABLE, State.QUEUED, SEND_AGAIN_EVENT, "the coach chose to send again")

    def retry(self, item_id: int) -> OutboxItem:
        """"Retry" from the outbox list: a queued item is tried now, a stopped one is sent again; a
        cancelled one is refused (the coach decided not to send it)."""
        item = self.get(item_id)
        if item.state is State.CANCELLED:
            raise InvalidInput(
                f"Outbox item {item_id} was cancelled: you decided not to send it, so it is not retried; "
                "write a new request to ask again."
            )
        if item.state is not State.QUEUED:
            return self.send_again(item_id)
        with self.store.tx() as conn:
            conn.execute(
                update(s.outbox_items)
                .where(s.outbox_items.c.id == item_id, s.outbox_items.c.state == State.QUEUED.value)
                .values(next_attempt_at=iso(self.clock()))
            )
        return self.get(item_id)

    def mark_delivered(self, item_id: int, *, thread: str = "") -> OutboxItem:
        """The coach saw the message in the channel: "possibly sent" -> sent. ``thread``: for the
        first part of a Discord forum post, the post's link (or thread id) the coach copied, so
        the later parts go into it (CoachDesk never saw Discord's answer naming it)."""
        tid = discord_thread_id(thread) if thread else ""
        if tid and not _opens_thread(self.get(item_id).payload):
            raise InvalidInput("Only the first part of a Discord forum post opens a post (thread); no link is needed.")

        def then(conn: Connection, row: Row[Any]) -> None:
            if tid:
                self._set_thread(conn, row, tid)

        return self._decide(
            item_id, (State.POSSIBLY_SENT,), State.SENT, MARKED_DELIVERED_EVENT, "the coach saw it in the channel",
            then=then,
        )

    def thread_missing(self, item: OutboxItem) -> bool:
        """A later part of a Discord forum post whose thread is unknown (part 1 was marked delivered
        by hand): posting it would fail (Discord: 400), so it waits for the post's link."""
        if item.part <= 1 or item.batch_id is None or item.thread_ref:
            return False
        with self.store.engine.connect() as conn:
            first = conn.execute(select(s.outbox_items.c.payload).where(
                s.outbox_items.c.batch_id == item.batch_id, s.outbox_items.c.part == 1)).first()
        return first is not None and _opens_thread(first[0])

    def set_thread(self, item_id: int, thread: str) -> OutboxItem:
        """The coach gives the link of the forum post part 1 opened: the unsent later parts go into
        it; a part held for want of it is queued again (one transaction)."""
        tid = discord_thread_id(thread)
        item = self.get(item_id)
        if not self.thread_missing(item) and not (item.part > 1 and item.thread_ref):
            raise InvalidInput(f"Outbox item {item_id} is not a later part of a Discord forum post.")
        stamp = iso(self.clock())
        with self.store.tx() as conn:
            first = conn.execute(select(s.outbox_items).where(
                s.outbox_items.c.batch_id == item.batch_id, s.outbox_items.c.part == 1)).first()
            if first is None or first.state != State.SENT.value:
                raise InvalidInput("Part 1 of this post is not sent yet; it opens the post when it is sent.")
            self._set_thread(conn, first, tid)
            held = conn.execute(select(s.outbox_items).where(
                s.outbox_items.c.batch_id == item.batch_id, s.outbox_items.c.part > 1,
                s.outbox_items.c.state == State.NEEDS_FIXING.value)).all()
            for r in held:
                conn.execute(update(s.outbox_items).where(s.outbox_items.c.id == r.id, s.outbox_items.c.state == r.state)
                             .values(state=State.QUEUED.value, next_attempt_at=stamp, last_error="", updated_at=stamp))
                self._audit(conn, r, SEND_AGAIN_EVENT, "the coach gave the forum post's link")
        return self.get(item_id)

    def _set_thread(self, conn: Connection, first: Row[Any], tid: str) -> None:
        conn.execute(update(s.outbox_items).where(
            s.outbox_items.c.batch_id == first.batch_id, s.outbox_items.c.part > first.part,
            s.outbox_items.c.state != State.SENT.value).values(thread_ref=tid))

    def _decide(self, item_id: int, allowed: tuple[State, ...], to: State, event: str, detail: str,
                then: Callable[[Connection, Row[Any]], None] | None = None) -> OutboxItem:
        stamp = iso(self.clock())
        with self.store.tx() as conn:
            row = self._row(conn, item_id)
            if row.state not in {a.value for a in allowed}:
                raise InvalidInput(
                    f"Outbox item {item_id} is {row.state.replace('_', ' ')}; "
                    f"this is possible only when it is {' / '.join(a.value.replace('_', ' ') for a in allowed)}."
                )
            values: dict = {"state": to.value, "updated_at": stamp}
            if to is State.QUEUED:
                values.update(next_attempt_at=stamp, last_error="")
            if to is State.SENT:
                values["sent_at"] = stamp
            rows = [row]
            if row.batch_id is not None and to is State.CANCELLED:  # the later parts cannot go alone
                rows += self._later_parts(conn, row, [x.value for x in CANCELLABLE])
            elif row.batch_id is not None and to is State.QUEUED and row.state == State.CANCELLED.value:
                rows += self._later_parts(conn, row, [State.CANCELLED.value])
            for r in rows:
                conn.execute(
                    update(s.outbox_items)
                    .where(s.outbox_items.c.id == r.id, s.outbox_items.c.state == r.state)
                    .values(**values)
                )
                self._audit(conn, r, event, detail if r.id == row.id else f"{detail} (with part {row.part})")
            if then is not None:
                then(conn, row)
        return self.get(item_id)

    def _later_parts(self, conn: Connection, row: Row[Any], states: list[str]) -> Sequence[Row[Any]]:
        return conn.execute(
            select(s.outbox_items).where(
                s.outbox_items.c.batch_id == row.batch_id,
                s.outbox_items.c.part > row.part,
                s.outbox_items.c.state.in_(states),
            ).order_by(s.outbox_items.c.part)
        ).all()

    # ----- start-up and network -------------------------------------------------------------------
    def recover_interrupted(self) -> list[OutboxItem]:
        """At start-up: every item still "sending" was interrupted mid-request -> "possibly sent"."""
        stamp = iso(self.clock())
        with self.store.tx() as conn:
            rows = conn.execute(select(s.outbox_items).where(s.outbox_items.c.state == State.SENDING.value)).all()
            for row in rows:
                conn.execute(
                    update(s.outbox_items)
                    .where(s.outbox_items.c.id == row.id)
                    .values(
                        state=State.POSSIBLY_SENT.value,
                        last_outcome=Outcome.AMBIGUOUS.value,
                        last_error="CoachDesk stopped while sending; check the channel",
                        updated_at=stamp,
                    )
                )
                self._audit(conn, row, INTERRUPTED_EVENT, "found sending at start-up; now possibly sent")
        return [self.get(r.id) for r in rows]

    def resume_after_network(self) -> int:
        """The network is back (or the app started): items waiting only because they never left
        the machine are due now. Throttled items keep the delay the server asked for."""
        stamp = iso(self.clock())
        with self.store.tx() as conn:
            return conn.execute(
                update(s.outbox_items)
                .where(
                    s.outbox_items.c.state == State.QUEUED.value,
                    s.outbox_items.c.last_outcome == Outcome.NEVER_LEFT.value,
                )
                .values(next_attempt_at=stamp)
            ).rowcount

    def hold(self, item_id: int, result: Classified, retry_in_s: float) -> OutboxItem:
        """A queued item that cannot go yet (no sign-in token, or the sign-in service is offline):
        it stays queued, unclaimed, with the reason shown and its next look-in time."""
        now = self.clock()
        with self.store.tx() as conn:
            conn.execute(
                update(s.outbox_items)
                .where(s.outbox_items.c.id == item_id, s.outbox_items.c.state == State.QUEUED.value)
                .values(last_outcome=result.outcome.value, last_error=result.detail,
                        next_attempt_at=iso(now + timedelta(seconds=retry_in_s)), updated_at=iso(now))
            )
        return self.get(item_id)

    def resume_waiting(self) -> int:
        """The coach has signed in: items waiting for it are due now."""
        stamp = iso(self.clock())
        with self.store.tx() as conn:
            return conn.execute(
                update(s.outbox_items)
                .where(s.outbox_items.c.state == State.QUEUED.value,
                       s.outbox_items.c.last_outcome == Outcome.WAITING.value)
                .values(next_attempt_at=stamp)
            ).rowcount

    # ----- used by the sender -----------------------------------------------------------------------
    def claim(self, item_id: int) -> OutboxItem | None:
        """Queued -> sending, committed before any byte goes out; None if someone else took it."""
        stamp = iso(self.clock())
        with self.store.tx() as conn:
            claimed = conn.execute(
                update(s.outbox_items)
                .where(
                    s.outbox_items.c.id == item_id,
                    s.outbox_items.c.state == State.QUEUED.value,
                    ~_waiting_for_earlier_part(),  # parts go strictly in order
                )
                .values(state=State.SENDING.value, attempts=s.outbox_items.c.attempts + 1, updated_at=stamp)
            ).rowcount
        return self.get(item_id) if claimed else None

    def record(self, item: OutboxItem, result: Classified, *, retry_in_s: float | None = None) -> OutboxItem:
        """Store an attempt's result (sending -> next state) and its audit entry in one transaction."""
        now = self.clock()
        stamp = iso(now)
        values: dict = {
            "last_outcome": result.outcome.value,
            "http_status": result.http_status,
            "updated_at": stamp,
        }
        if result.outcome is Outcome.DELIVERED:
            values.update(state=State.SENT.value, sent_at=stamp, last_error="", next_attempt_at=None,
                          message_id=result.message_id)
        elif result.outcome in (Outcome.NEVER_LEFT, Outcome.THROTTLED, Outcome.WAITING):
            delay = retry_in_s if retry_in_s is not None else 0.0
            values.update(
                state=State.QUEUED.value, last_error=result.detail, next_attempt_at=iso(now + timedelta(seconds=delay))
            )
        elif result.outcome is Outcome.REJECTED:
            values.update(state=State.NEEDS_FIXING.value, last_error=result.detail, next_attempt_at=None)
        else:
            values.update(state=State.POSSIBLY_SENT.value, last_error=result.detail, next_attempt_at=None)
        with self.store.tx() as conn:
            row = self._row(conn, item.id)
            changed = conn.execute(
                update(s.outbox_items)
                .where(s.outbox_items.c.id == item.id, s.outbox_items.c.state == State.SENDING.value)
                .values(**values)
            ).rowcount
            if changed:
                self._audit(conn, row, result.outcome.value, result.detail, http_status=result.http_status)
                if result.outcome is Outcome.DELIVERED and result.thread_ref and _opens_thread(row.payload):
                    conn.execute(  # the later parts go into the thread (forum post) this part opened
                        update(s.outbox_items)
                        .where(s.outbox_items.c.batch_id == row.batch_id, s.outbox_items.c.part > row.part)
                        .values(thread_ref=result.thread_ref)
                    )
        return self.get(item.id)

    def _row(self, conn: Connection, item_id: int) -> Row[Any]:
        row = conn.execute(select(s.outbox_items).where(s.outbox_items.c.id == item_id)).first()
        if row is None:
            raise NotFound(f"No outbox item {item_id} (see 'coachdesk outbox list').")
        return row

    def _audit(self, conn: Connection, row: Row[Any], outcome: str, detail: str, *, http_status: int | None = None) -> None:
        ref = conn.execute(select(s.help_requests.c.ref).where(s.help_requests.c.id == row.request_id)).scalar()
        attempts = conn.execute(select(s.outbox_items.c.attempts).where(s.outbox_items.c.id == row.id)).scalar()
        conn.execute(
            insert(s.audit_log).values(
                at=iso(self.clock()), outbox_item_id=row.id, request_ref=ref or "", channel_name=row.channel_name,
                kind=row.kind, attempt=attempts or 0, outcome=outcome, http_status=http_status, detail=detail,
                payload_sha256=row.payload_sha256,
            )
        )


def _opens_thread(payload: bytes) -> bool:
    """A Discord forum post's first part (it names the thread it creates)."""
    try:
        return bool(json.loads(bytes(payload)).get("thread_name"))
    except (ValueError, AttributeError, RecursionError):
        return False


def audit_event(
    store: Store,
    *,
    channel_name: str,
    kind: str,
    outcome: str,
    detail: str,
    http_status: int | None = None,
    payload_sha256: str = "",
    request_ref: str = "",
    attempt: int = 1,
    clock: Clock = utc_now,
) -> None:
    """An audit entry that belongs to no outbox item ("Send test message", or an item deleted
    while its request was out)."""
    with store.tx() as conn:
        conn.execute(
            insert(s.audit_log).values(
                at=iso(clock()), outbox_item_id=None, request_ref=request_ref, channel_name=channel_name, kind=kind,
                attempt=attempt, outcome=outcome, http_status=http_status, detail=detail, payload_sha256=payload_sha256,
            )
        )
