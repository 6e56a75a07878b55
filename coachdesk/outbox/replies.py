"""Replies to sent requests, read back from two-way channels (Qt-free; run it off the UI thread).

``ReplyFetcher(store).fetch()`` reads the thread of every sent post of a two-way channel that is
younger than the age limit and not gone, and stores the new replies in the vault: one transaction
per thread, ``(request_id, reply_id)`` unique, so a fetch killed at any moment and run again loses
nothing and stores nothing twice. A 429 / ``ratelimited`` pauses that channel for its Retry-After;
a deleted message marks the thread "gone" (never read again); any other failure is reported in one
line and the fetch goes on with the next channel. Reply text lives only in the vault: nothing read
is logged (counts and ids only).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from coachdesk.errors import CoachDeskError, InvalidInput, NotFound
from coachdesk.outbox import TWO_WAY_KINDS, ChannelKind
from coachdesk.outbox.outbox import Outbox, OutboxItem, State, iso, utc_now
from coachdesk.outbox.platform_session import PlatformSession
from coachdesk.outbox.requests import FollowupKind, HelpReceived, get_request, list_followups
from coachdesk.vault import schema as s
from coachdesk.vault.store import inserted_id, now_iso

if TYPE_CHECKING:
    import httpx
    from sqlalchemy import Select
    from sqlalchemy.engine import Row

    from coachdesk.outbox.channels import Channel
    from coachdesk.outbox.requests import Followup
    from coachdesk.vault.store import Store

log = logging.getLogger(__name__)

MAX_AGE_SETTING = "replies.max_age_days"
DEFAULT_MAX_AGE_DAYS = 30
DEFAULT_PAUSE_S = 60.0  # a 429 without Retry-After
GONE = "gone"
# kinds of help a reply can become (issue 17): tip, 1:1 sparring, group-session topic
HELP_KINDS = {"tip": HelpReceived.TIPS, "sparring": HelpReceived.SPARRING, "group": HelpReceived.GROUP_SESSION}


@dataclass(frozen=True)
class StoredReply:
    """A reply read back from a two-way channel, as kept in the vault."""

    id: int
    request_id: int
    request_ref: str
    case_id: int | None
    channel_name: str
    reply_id: str
    author: str
    text: str
    posted_at: str
    fetched_at: str
    seen_at: str | None
    followup_id: int | None


@dataclass
class FetchReport:
    """What one fetch did: threads read, new replies, gone threads, paused channels, problems."""

    threads: int = 0  # threads read
    new: int = 0  # replies stored now
    new_requests: list[str] = field(default_factory=list)  # refs with new replies
    gone: list[str] = field(default_factory=list)  # refs whose message was deleted
    skipped_old: int = 0
    paused: dict[str, float] = field(default_factory=dict)  # channel -> seconds until the next try
    problems: list[str] = field(default_factory=list)  # one line per channel (never reply text)
    offline: bool = False


def max_age_days(store: Store) -> int:
    """How many days after sending a post's replies are still read (the vault setting, or the default)."""
    raw = store.get_setting(MAX_AGE_SETTING)
    try:
        return max(1, int(raw)) if raw else DEFAULT_MAX_AGE_DAYS
    except ValueError:
        return DEFAULT_MAX_AGE_DAYS


def set_max_age_days(store: Store, days: int) -> None:
    """Set how many days after sending replies are read (1-3650)."""
    if not 1 <= int(days) <= 3650:
        raise InvalidInput("Replies are read for 1-3650 days after sending.")
    store.set_setting(MAX_AGE_SETTING, str(int(days)))


def open_threads(store: Store, *, request_id: int | None = None, since: datetime | None = None) -> list[OutboxItem]:
    """Sent posts of two-way channels with a message id whose thread is still there."""
    items = Outbox(store).items(states=[State.SENT], request_id=request_id)
    kinds = {k.value for k in TWO_WAY_KINDS}
    out = [i for i in items if i.kind in kinds and i.message_id and not i.thread_state]
    if since is not None:
        out = [i for i in out if i.sent_at and datetime.fromisoformat(i.sent_at) >= since]
    return out


def _names(store: Store) -> dict[str, str]:
    """Platform user ids / usernames -> the colleague's name in the directory."""
    from coachdesk.outbox.colleagues import list_colleagues

    names: dict[str, str] = {}
    for c in list_colleagues(store):
        for key in (c.slack_id, c.mattermost_username, c.teams_upn.lower()):
            if key:
                names[key] = c.name
    return names


def store_replies(store: Store, item: OutboxItem, replies: list, *, now: datetime | None = None,
                  names: dict[str, str] | None = None) -> int:
    """Insert the replies not yet stored and stamp the thread as read, in ONE transaction."""
    stamp = iso(now or utc_now())
    names = names or {}
    with store.tx() as conn:
        new = 0
        for r in replies:
            author = names.get(r.author_id) or names.get(r.author) or r.author or r.author_id
            new += conn.execute(
                sqlite_insert(s.request_replies).values(
                    request_id=item.request_id, outbox_item_id=item.id, reply_id=r.reply_id, author_id=r.author_id,
                    author=author[:120], text=r.text, posted_at=r.posted_at, fetched_at=stamp,
                ).on_conflict_do_nothing(index_elements=["request_id", "reply_id"])
            ).rowcount
        conn.execute(update(s.outbox_items).where(s.outbox_items.c.id == item.id).values(replies_checked_at=stamp))
    return new


def mark_thread(store: Store, item_id: int, state: str) -> None:
    """Record the state of a sent post's thread (for example "gone" when the message was deleted)."""
    with store.tx() as conn:
        conn.execute(update(s.outbox_items).where(s.outbox_items.c.id == item_id).values(thread_state=state))


class ReplyFetcher(PlatformSession):
    """Reads replies for open requests. Keep one per unlocked vault: it remembers how long each
    channel asked us to wait (Retry-After). ``fetch`` may run on any worker thread."""

    def __init__(self, store: Store, *, client: httpx.Client | None = None, auth: Any = None,
                 clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(store, client, auth)
        self.clock = clock
        self.not_before: dict[int, datetime] = {}
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop after the thread being read (the vault is about to lock); what is stored stays."""
        self._cancel.set()

    def fetch(self, request_id: int | None = None) -> FetchReport:
        """Read every open thread once (or those of one request); never raises for a platform's answer."""
        from coachdesk.outbox.channels import Channels

        report = FetchReport()
        self._cancel.clear()
        now = self.clock()
        everything = open_threads(self.store, request_id=request_id)
        cutoff = now - timedelta(days=max_age_days(self.store))
        items = [i for i in everything if i.sent_at and datetime.fromisoformat(i.sent_at) >= cutoff]
        report.skipped_old = len(everything) - len(items)
        by_channel: dict[int | None, list[OutboxItem]] = {}
        for item in items:
            by_channel.setdefault(item.channel_id, []).append(item)
        channels = Channels(self.store)
        names = _names(self.store)
        for channel_id, group in by_channel.items():
            if channel_id is None:
                continue  # the channel was removed: its token is gone too
            try:
                channel = channels.get_by_id(channel_id)
            except NotFound:
                continue
            wait = self.not_before.get(channel_id)
            if wait is not None and wait > now:
                report.paused[channel.name] = (wait - now).total_seconds()
                continue
            if not self._fetch_channel(channel, group, report, names):
                break  # offline: the next channels would fail the same way
        log.info("replies fetched: %s threads, %s new, %s gone", report.threads, report.new, len(report.gone))
        return report

    def _fetch_channel(self, channel: Channel, items: list[OutboxItem], report: FetchReport,
                       names: dict[str, str]) -> bool:
        from coachdesk.outbox import twoway
        from coachdesk.outbox.entra import SignInRequired, TokenUnavailable

        try:
            api = twoway.api_for(self.client, channel, twoway.token_for(self.store, channel, self.auth))
        except SignInRequired as err:
            report.problems.append(f"{channel.name}: sign in to read replies ({err})")
            return True
        except TokenUnavailable:
            report.offline = True
            return False
        except CoachDeskError as err:
            report.problems.append(f"{channel.name}: {err}")
            return True
        for item in items:
            if self._cancel.is_set():
                return False
            if ChannelKind(item.kind) is not channel.kind:
                continue
            try:
                replies = api.replies(item.message_id)
            except twoway.ThreadGone:
                mark_thread(self.store, item.id, GONE)
                report.gone.append(item.request_ref)
                log.info("outbox item %s: thread gone", item.id)
                continue
            except twoway.Throttled as err:
                pause = err.retry_after if err.retry_after is not None else DEFAULT_PAUSE_S
                self.not_before[channel.id] = self.clock() + timedelta(seconds=pause)
                report.paused[channel.name] = pause
                return True
            except twoway.Unreachable:
                report.offline = True
                return False
            except twoway.ApiError as err:
                if channel.kind is ChannelKind.TEAMS_GRAPH and err.status == 401:
                    self.auth.rejected(channel, 401)
                report.problems.append(f"{channel.name}: {err}")
                return True
            try:
                new = store_replies(self.store, item, replies, now=self.clock(), names=names)
            except NotFound:
                continue
            report.threads += 1
            if new:
                report.new += new
                if item.request_ref not in report.new_requests:
                    report.new_requests.append(item.request_ref)
        return True


# ----- reading, seen, turning a reply into an answer ----------------------------------------------------
def _query() -> Select[Any]:
    return (
        select(s.request_replies, s.help_requests.c.ref, s.help_requests.c.case_id,
               s.outbox_items.c.channel_name)
        .join(s.help_requests, s.help_requests.c.id == s.request_replies.c.request_id)
        .outerjoin(s.outbox_items, s.outbox_items.c.id == s.request_replies.c.outbox_item_id)
    )


def _row(r: Row[Any]) -> StoredReply:
    return StoredReply(r.id, r.request_id, r.ref, r.case_id, r.channel_name or "", r.reply_id, r.author, r.text,
                       r.posted_at, r.fetched_at, r.seen_at, r.followup_id)


def list_replies(store: Store, *, case_id: int | None = None, request_id: int | None = None) -> list[StoredReply]:
    """Stored replies, oldest first (of one case or one request)."""
    q = _query()
    if case_id is not None:
        q = q.where(s.help_requests.c.case_id == case_id)
    if request_id is not None:
        q = q.where(s.request_replies.c.request_id == request_id)
    with store.engine.connect() as conn:
        rows = conn.execute(q.order_by(s.request_replies.c.posted_at, s.request_replies.c.id)).all()
    return [_row(r) for r in rows]


def get_reply(store: Store, reply_pk: int) -> StoredReply:
    """The stored reply ``reply_pk``; NotFound when there is none."""
    with store.engine.connect() as conn:
        row = conn.execute(_query().where(s.request_replies.c.id == reply_pk)).first()
    if row is None:
        raise NotFound(f"No reply {reply_pk} (see 'coachdesk replies list').")
    return _row(row)


def unseen_counts(store: Store) -> dict[int, int]:
    """Case id -> replies not yet seen (the count in the case list)."""
    q = (select(s.help_requests.c.case_id, func.count())
         .join(s.help_requests, s.help_requests.c.id == s.request_replies.c.request_id)
         .where(s.request_replies.c.seen_at.is_(None)).group_by(s.help_requests.c.case_id))
    with store.engine.connect() as conn:
        return {case_id: n for case_id, n in conn.execute(q).all() if case_id is not None}


def mark_seen(store: Store, *, request_id: int | None = None, case_id: int | None = None) -> int:
    """Mark the replies of one request or case as seen; returns how many were new."""
    ids = select(s.help_requests.c.id)
    if request_id is not None:
        ids = ids.where(s.help_requests.c.id == request_id)
    if case_id is not None:
        ids = ids.where(s.help_requests.c.case_id == case_id)
    with store.tx() as conn:
        return conn.execute(update(s.request_replies).where(
            s.request_replies.c.request_id.in_(ids), s.request_replies.c.seen_at.is_(None)).values(seen_at=now_iso())
        ).rowcount


def to_answer(store: Store, reply_pk: int, help_kind: str, will_try: str = "", *,
              on: date | None = None) -> list[Followup]:
    """One click: the reply becomes the request's answer ("Maija: …"), with the kind of help
    (tip / sparring / group) and optionally what the coach will try; all in one transaction,
    shown in the case timeline like any answer. A reply becomes an answer once."""
    if help_kind not in HELP_KINDS:
        raise InvalidInput(f"The kind of help is one of: {', '.join(HELP_KINDS)}.")
    reply = get_reply(store, reply_pk)
    if reply.followup_id is not None:
        raise InvalidInput("This reply is already an answer.")
    get_request(store, reply.request_id)
    on = on or datetime.now(UTC).astimezone().date()
    text = f"{reply.author}: {reply.text}".strip() if reply.author else reply.text.strip()
    rows = [(FollowupKind.ANSWER, HelpReceived.NONE, text or "(empty reply)"),
            (FollowupKind.HELP_RECEIVED, HELP_KINDS[help_kind], "")]
    if will_try.strip():
        rows.append((FollowupKind.WILL_TRY, HelpReceived.NONE, will_try.strip()))
    stamp = now_iso()
    with store.tx() as conn:
        answer_id: int | None = None
        for kind, help_value, value in rows:
            new_id = inserted_id(conn.execute(insert(s.request_followups).values(
                request_id=reply.request_id, kind=kind.value, help_kind=help_value.value, text=value, date=on,
                created_at=stamp)))
            answer_id = answer_id or new_id
        done = conn.execute(update(s.request_replies).where(
            s.request_replies.c.id == reply_pk, s.request_replies.c.followup_id.is_(None)
        ).values(followup_id=answer_id, seen_at=func.coalesce(s.request_replies.c.seen_at, stamp))).rowcount
        if not done:
            raise InvalidInput("This reply is already an answer.")  # rolls the follow-ups back too
    assert answer_id is not None  # rows always holds the answer
    return [f for f in list_followups(store, request_id=reply.request_id) if f.id >= answer_id]
