"""Ask a colleague: submit a reviewed request in ONE transaction, the coach's decisions on outbox
items, sending now, and the background delivery worker.

One transaction: help requests, channels, outbox items and the audit log are tables of the same
SQLCipher database, so :func:`submit_request` runs save, payload, cancel of the replaced item,
draft and queue inside one ``Store.transaction()``: every step reads and writes through one
connection, and the vault holds all of them or none (no saved request without its item, no
cancelled old item without the new one). Nothing here waits on the network except the ``send_*``
functions (call them off the UI thread).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from coachdesk.outbox.outbox import CANCELLABLE, RESENDABLE, AuditEntry, OutboxItem, State

if TYPE_CHECKING:
    import httpx

    from coachdesk.domain import models as m
    from coachdesk.domain.help_request import HelpRequest
    from coachdesk.outbox.payloads import Mention
    from coachdesk.outbox.review import ReviewState
    from coachdesk.outbox.sender import DeliveryResult, DeliveryWorker
    from coachdesk.vault.store import Store

__all__ = [
    "CANCELLABLE", "DECISIONS", "RESENDABLE", "AuditEntry", "OutboxItem", "Prepared", "State", "Submitted", "audit",
    "case_language", "case_review_state", "decide", "delivery_worker", "item", "items", "prepare_from_case", "preview_file",
    "recover_interrupted", "request_id_by_ref", "resume_waiting", "send_due", "send_now", "send_test", "submit_previewed", "submit_request",
]


@dataclass(frozen=True)
class Submitted:
    """What :func:`submit_request` did: the saved request and part 1 of its queued post, or no
    item when the random reference was taken: then nothing was saved and ``request`` carries a new
    reference, which the coach must see (preview again) before sending."""

    request: HelpRequest
    item: OutboxItem | None

    @property
    def new_reference(self) -> bool:
        """The random reference was taken: nothing was saved or queued; preview the new one."""
        return self.item is None


def submit_request(
    store: Store,
    request: HelpRequest,
    channel_name: str,
    previewed: bytes | Sequence[bytes],
    *,
    mentions: Iterable[Mention] = (),
    review: dict | None = None,
    replaces: int | None = None,
) -> Submitted:
    """Save ``request`` complete (with the coach's ``review`` decisions), build its posts for
    ``channel_name``, cancel the outbox item it ``replaces`` (edit and resend) while that can
    still be cancelled, draft and queue the posts, refused unless they are byte for byte the
    ``previewed`` ones: all in one transaction. Any error leaves the vault as it was."""
    from coachdesk.outbox import requests
    from coachdesk.outbox.channels import Channels
    from coachdesk.outbox.compose import preview_parts
    from coachdesk.outbox.outbox import Outbox

    mentions = tuple(mentions)
    try:
        with store.transaction() as tx:
            saved = requests.save_request(tx, replace(request), review=review)  # a copy: a new ref is not written back
            if saved.ref != request.ref:  # a fresh reference was drawn: the coach sees it before anything is kept
                raise _FreshReference(saved.ref)  # rolls the save back: no request without its post
            assert saved.id is not None  # a saved request has its id
            channel = Channels(tx).get(channel_name)
            parts = preview_parts(saved, channel.kind, mentions=mentions, forum=channel.forum, target=channel.target)
            outbox = Outbox(tx)
            if replaces is not None:
                old = outbox.get(replaces)
                if old.state in CANCELLABLE:
                    outbox.cancel(old.id)
            item = outbox.submit(saved.id, channel.name, parts, previewed=previewed)
    except _FreshReference as fresh:
        return Submitted(replace(request, ref=fresh.ref), None)
    return Submitted(saved, item)


class _FreshReference(Exception):
    """The request's random reference was taken; the new one, for the coach to see (the save is undone)."""

    def __init__(self, ref: str) -> None:
        super().__init__(ref)  # internal: never shown, caught in submit_request
        self.ref = ref


# ----- reading -----------------------------------------------------------------------------------------
def items(store: Store, *, states: Iterable[State] | None = None, request_id: int | None = None) -> list[OutboxItem]:
    """Outbox items, oldest first: all, those in ``states``, or those of one request."""
    from coachdesk.outbox.outbox import Outbox

    return Outbox(store).items(states=states, request_id=request_id)


def item(store: Store, item_id: int) -> OutboxItem:
    """One outbox item (NotFound when there is none)."""
    from coachdesk.outbox.outbox import Outbox

    return Outbox(store).get(item_id)


def audit(store: Store, item_id: int | None = None) -> list[AuditEntry]:
    """The delivery log of one item (or all), oldest first."""
    from coachdesk.outbox.outbox import Outbox

    return Outbox(store).audit(item_id)


def request_id_by_ref(store: Store, ref: str) -> int:
    """The id of the request with reference ``ref`` ("#K7Q2" or "K7Q2"); NotFound when there is none."""
    from coachdesk.outbox import requests

    return requests.request_id_by_ref(store, ref)


# ----- the coach's decisions ---------------------------------------------------------------------------
DECISIONS = ("cancel", "send_again", "mark_delivered", "retry")


def decide(store: Store, what: str, item_id: int, *, thread: str = "") -> OutboxItem:
    """The coach's decision on an item (one transaction): ``cancel``, ``send_again``,
    ``mark_delivered`` (``thread``: a Discord forum post's link), ``retry``, or ``thread`` (the
    link of the forum post a later part goes into)."""
    from coachdesk.outbox.outbox import Outbox

    outbox = Outbox(store)
    if what == "mark_delivered":
        return outbox.mark_delivered(item_id, thread=thread)
    if what == "thread":
        return outbox.set_thread(item_id, thread)
    if what not in DECISIONS:
        raise ValueError(f"unknown decision {what!r}")  # a caller's mistake, never the coach's
    decision: Callable[[int], OutboxItem] = getattr(outbox, what)
    return decision(item_id)


def recover_interrupted(store: Store) -> list[OutboxItem]:
    """At start-up (one process per vault): items left "sending" become "possibly sent"."""
    from coachdesk.outbox.outbox import Outbox

    return Outbox(store).recover_interrupted()


def resume_waiting(store: Store) -> int:
    """After a sign-in: the items waiting for it are due now; returns how many."""
    from coachdesk.outbox.outbox import Outbox

    return Outbox(store).resume_waiting()


# ----- sending (network: call off the UI thread) -----------------------------------------------------
def send_due(store: Store) -> list[DeliveryResult]:
    """Send everything due now (items that never left the machine are due again first)."""
    from coachdesk.outbox.outbox import Outbox
    from coachdesk.outbox.sender import Sender

    Outbox(store).resume_after_network()
    with Sender(store) as sender:
        return sender.flush()


def send_now(store: Store, item_id: int) -> list[DeliveryResult]:
    """"Retry": queue the item again if the coach may (never a cancelled one), then send it now."""
    from coachdesk.outbox.outbox import Outbox
    from coachdesk.outbox.sender import Sender

    with Sender(store) as sender:
        Outbox(store).retry(item_id)
        result = sender.send_item(item_id)
    return [result] if result is not None else []


def send_test(store: Store, channel_name: str, lang: str = "fi") -> DeliveryResult:
    """Post a test message (no client data) to a channel; recorded in the audit log."""
    from coachdesk.outbox.sender import Sender

    with Sender(store) as sender:
        return sender.send_test(channel_name, lang)


def delivery_worker(
    store: Store,
    on_results: Callable[[list[DeliveryResult]], None] | None = None,
    *,
    client: httpx.Client | None = None,
) -> DeliveryWorker:
    """A started background worker that flushes the outbox (``wake()``, ``network_changed()``,
    ``stop()``; its ``sender`` is closed by the caller after the worker stopped)."""
    from coachdesk.outbox.sender import DeliveryWorker, Sender

    worker = DeliveryWorker(Sender(store, client=client), on_results)
    worker.start()
    return worker



# ----- a request built from a case, checked as the composer checks it (the command line) -------------
@dataclass(frozen=True)
class Prepared:
    """A request drafted from a case and checked as the composer checks it: the scrubbed request,
    the exact bytes of every post to the channel, and the review decisions saved with it."""

    request: HelpRequest
    parts: tuple[bytes, ...]
    review: dict


def case_language(store: Store, case_id: int, default: str) -> str:
    """One language per request: the language the case is written in (summary and newest notes;
    an English case gets the English template), else ``default``."""
    from coachdesk.domain import help_request as hr
    from coachdesk.privacy.detect_lang import detect_lang

    case = store.get_case(case_id)
    notes = store.list_notes(case_id, newest_first=True)[:3]
    text = "\n".join([case.summary, *(n.text for n in notes)]).strip()
    if len(text.split()) < 5:
        return default
    lang = detect_lang(text, default=default)
    return lang if lang in hr.LANGS else default


def case_review_state(store: Store, case: m.Case | None, lang: str) -> tuple[ReviewState, set[str]]:
    """The composer's check for a request about ``case``: the coach's never-scrub vocabulary, the
    case's listed identifying details (with its code and pseudonym) as terms keeping their kinds,
    and the answers given before for the case (questions answered, words found fine, which are
    kept). Returns the state and the words found fine (saved with the request's review)."""
    from coachdesk.outbox import requests
    from coachdesk.outbox.review import ReviewState
    from coachdesk.services.vocabulary import keep_terms

    state = ReviewState(lang=lang, keep_terms=keep_terms(store))  # the coach's never-scrub list
    fine: set[str] = set()
    if case is None or case.id is None:
        return state, fine
    identifiers = store.list_identifiers(case.id)
    state.kinds = {i.value: str(i.kind.value) for i in identifiers}
    if case.pseudonym:
        state.kinds.setdefault(case.pseudonym, "name")
    state.terms = list(store.case_terms_with_kinds(case.id))
    state.terms += [t for t in (case.code, case.pseudonym) if t and t not in {i.value for i in identifiers}]
    for review in requests.case_reviews(store, case.id):
        answered = review.get("answered")
        for pair in answered if isinstance(answered, list) else []:
            if isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair):
                state.answered.add((pair[0], pair[1]))
        words = review.get("fine")
        fine |= {w for w in words if isinstance(w, str) and w.strip()} if isinstance(words, list) else set()
    state.keep |= fine
    return state, fine


def prepare_from_case(
    store: Store, case_code: str, channel_name: str, *, fields: dict | None = None, lang: str | None = None,
    ref: str | None = None,
) -> Prepared:
    """Draft a request from the case (newest note, summary, tags, phase), lay the coach's template
    ``fields`` over it, and check it as the composer does (listed details always hidden, the
    case's earlier answers remembered): refused unless the check is finished (no question left,
    nothing identifying found again). ``ref``: rebuild a previewed request with its reference."""
    from coachdesk.domain import help_request as hr
    from coachdesk.errors import InvalidInput
    from coachdesk.outbox.channels import Channels
    from coachdesk.outbox.compose import preview_parts
    from coachdesk.outbox.review import originals_of, scrubbed_request

    case = store.get_case_by_code(case_code)
    assert case.id is not None  # a stored case has its id
    channel = Channels(store).get(channel_name)  # an unknown channel is refused before the slow check
    request = hr.draft_from_case(store, case.id, lang or case_language(store, case.id, "fi"))
    if fields:
        request = hr.HelpRequest.from_fields({**request.fields_dict(), **fields}, lang=request.lang,
                                             case_id=case.id, ref=request.ref)
    if ref is not None:
        request.ref = ref
    state, fine = case_review_state(store, case, request.lang)
    result = state.compute(originals_of(request))
    if not result.ready:
        left = len(result.questions) + len(result.open_findings)
        raise InvalidInput(f"The check of this request is not finished ({left} question(s) or detail(s) left); "
                           "finish it in the app's composer. Nothing was written.")
    final = hr.validate(scrubbed_request(request, result))
    parts = preview_parts(final, channel.kind, forum=channel.forum, target=channel.target)
    review = {"answered": sorted([list(k) for k in state.answered]), "fine": sorted(fine),
              "keep": sorted(state.keep - fine), "overrides": {}}
    return Prepared(final, parts, review)


def preview_file(parts: Sequence[bytes]) -> bytes:
    """The preview file of a request: every post's exact bytes, each on a line of its own, in order
    (a JSON payload holds no raw line break)."""
    if any(b"\n" in part for part in parts):  # pragma: no cover - JSON escapes every line break
        raise ValueError("a payload with a line break cannot be one line of a preview file")
    return b"".join(part + b"\n" for part in parts)


def submit_previewed(
    store: Store, case_code: str, channel_name: str, previewed: bytes, *, fields: dict | None = None,
    lang: str | None = None,
) -> Submitted:
    """Submit the request of ``case_code`` to ``channel_name`` only if, built and checked now, its
    posts are byte for byte the ``previewed`` file (:func:`preview_file`): a case edited since the
    preview, or a changed file, is refused and nothing is written."""
    import re

    from coachdesk.domain import help_request as hr
    from coachdesk.errors import InvalidInput
    from coachdesk.outbox import requests

    changed = InvalidInput("The preview file is not what this request would send now (the case or the file "
                           "changed); preview it again. Nothing was queued.")
    if not previewed.endswith(b"\n"):
        raise changed
    parts = tuple(previewed[:-1].split(b"\n"))
    refs = dict.fromkeys(m.decode("ascii") for m in re.findall(rb"#([%s]{%d})" % (
        hr.REF_ALPHABET.encode("ascii"), hr.REF_LEN), parts[0]))
    for ref in refs:  # the reference shown in the preview; any other bytes must match exactly
        prepared = prepare_from_case(store, case_code, channel_name, fields=fields, lang=lang, ref=ref)
        if prepared.parts != parts:
            continue
        if any(r.request.ref == ref for r in requests.list_requests(store)):  # else a new one would be drawn
            raise InvalidInput(f"Request #{ref} was submitted already; preview a new request. Nothing was queued.")
        return submit_request(store, prepared.request, channel_name, parts, review=prepared.review)
    raise changed
