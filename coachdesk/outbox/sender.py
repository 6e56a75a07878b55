"""Delivery off the UI thread: :class:`Sender` (plain Python; ``flush()`` sends everything due and
returns the outcomes) and :class:`DeliveryWorker` (a thread that flushes when items fall due, on
start and when the network returns). The UI calls these from a worker and never waits on HTTP."""

from __future__ import annotations

import logging
import random
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit

from coachdesk.errors import CoachDeskError, KeychainUnavailable, NotFound
from coachdesk.outbox import ChannelKind
from coachdesk.outbox.http import Timeouts, post_json, probe_address
from coachdesk.outbox.outbox import Outbox, OutboxItem, State, audit_event, utc_now
from coachdesk.outbox.payloads import Message, build_payload, sha256_hex
from coachdesk.outbox.platform_session import PlatformSession
from coachdesk.outbox.policy import Classified, Outcome, backoff_delay
from coachdesk.outbox.urls import post_url, validate_url

if TYPE_CHECKING:
    import httpx

    from coachdesk.outbox.channels import Channel
    from coachdesk.vault.store import Store

log = logging.getLogger(__name__)

TEST_MESSAGE = {
    "fi": "CoachDesk: testiviesti #TEST\nTämä kanava on valmis kollegoilta kysymiseen. Viestissä ei ole asiakastietoja.",
    "en": "CoachDesk: test message #TEST\nThis channel is ready for asking colleagues. The message holds no client data.",
}


class AuthProvider(Protocol):
    """Extra request headers per channel (entra.ChannelAuth: the bearer token of a protected Teams
    trigger); raises entra.SignInRequired / TokenUnavailable when none can be had now."""

    def headers(self, channel: Channel) -> dict[str, str]:
        """Extra request headers for ``channel`` ({} when it needs none)."""

    def rejected(self, channel: Channel, status: int) -> None:
        """The channel refused the headers given (HTTP ``status``)."""

    def close(self) -> None:
        """Release what the provider holds (HTTP clients)."""


@dataclass(frozen=True)
class DeliveryResult:
    """The result of one send for the coach: item, channel, outcome, new state and a line of detail."""

    item_id: int | None
    request_ref: str
    channel_name: str
    outcome: Outcome
    state: State | None  # the item's new state (None for a test message)
    detail: str
    http_status: int | None
    next_attempt_at: str | None = None


class Sender(PlatformSession):
    """Sends due outbox items. One instance per vault; ``flush()`` may run on any thread (not two
    flushes of the same item at once: claiming is atomic in the vault)."""

    def __init__(
        self,
        store: Store,
        *,
        client: httpx.Client | None = None,
        timeouts: Timeouts | None = None,
        rng: random.Random | None = None,
        clock: Callable[[], datetime] = utc_now,
        auth: AuthProvider | None = None,
    ) -> None:
        super().__init__(store, client, auth, timeouts)
        self.outbox = Outbox(store, clock=clock)
        self.rng = rng or random.Random()
        self.offline = False  # the last attempt could not reach the network
        self._lock = threading.Lock()

    # ----- sending ------------------------------------------------------------------------------
    def flush(self, now: datetime | None = None) -> list[DeliveryResult]:
        """Send every due item once; returns what happened to each."""
        with self._lock:
            results = []
            tried: set[int] = set()
            while True:  # again after each round: a sent part makes the next part of its post due
                due = [item for item in self.outbox.due(now) if item.id not in tried]
                if not due:
                    break
                _ = self.client  # a client that cannot be built fails here, before any claim
                for item in due:
                    tried.add(item.id)
                    headers = self._auth_headers(item)  # before the claim: a token fetch is not a send
                    if isinstance(headers, DeliveryResult):
                        results.append(headers)
                        continue
                    claimed = self.outbox.claim(item.id)
                    if claimed is not None:
                        results.append(self._deliver(claimed, headers))
            if results:
                self.offline = all(r.outcome is Outcome.NEVER_LEFT for r in results)
            return results

    def send_item(self, item_id: int) -> DeliveryResult | None:
        """Send one queued item now (None if it is not queued)."""
        with self._lock:
            _ = self.client
            item = self.outbox.get(item_id)
            headers = self._auth_headers(item) if item.state is State.QUEUED else {}
            if isinstance(headers, DeliveryResult):
                return headers
            claimed = self.outbox.claim(item_id)
            return self._deliver(claimed, headers) if claimed is not None else None

    # ----- the auth header hook (protected Teams triggers, entra.py) --------------------------------
    def _channel_of(self, item: OutboxItem) -> Channel:
        channels = self.outbox.channels
        return channels.get_by_id(item.channel_id) if item.channel_id is not None else channels.get(item.channel_name)

    def _auth_headers(self, item: OutboxItem) -> dict[str, str] | DeliveryResult:
        """The item's extra headers, or (no token now) the item held in the queue with the reason."""
        from coachdesk.outbox.entra import WAIT_FOR_SIGNIN_S, SignInRequired, TokenUnavailable

        try:
            return self.auth.headers(self._channel_of(item))
        except SignInRequired as err:
            result, wait = Classified(Outcome.WAITING, f"waiting for sign-in: {err}"), WAIT_FOR_SIGNIN_S
        except TokenUnavailable as err:
            result, wait = Classified(Outcome.NEVER_LEFT, str(err)), backoff_delay(item.attempts + 1, self.rng)
        except CoachDeskError:
            return {}  # a missing channel etc.: _deliver reports it
        held = self.outbox.hold(item.id, result, wait)
        log.info("outbox item %s held: %s", item.id, result.outcome.value)
        return DeliveryResult(item.id, item.request_ref, item.channel_name, result.outcome, held.state,
                              result.detail, None, held.next_attempt_at)

    def _post_two_way(self, item: OutboxItem, headers: dict[str, str] | None) -> Classified:
        """A two-way channel: the stored bytes to the platform's API; the result holds the message id."""
        from coachdesk.outbox import twoway

        channel = self._channel_of(item)
        if channel.kind.value != item.kind:
            return Classified(Outcome.REJECTED, f"Channel {channel.name!r} is now {channel.kind.value}, "
                              f"but the message was made for {item.kind}.")
        if channel.kind is ChannelKind.TEAMS_GRAPH:
            token = (headers or {}).get("Authorization", "").removeprefix("Bearer ")
            if not token:
                return Classified(Outcome.WAITING, "waiting for sign-in: not signed in yet")
        else:
            token = self.outbox.channels.token(channel)
        result = twoway.api_for(self.client, channel, token).post(item.payload)
        if channel.kind is ChannelKind.TEAMS_GRAPH and result.http_status == 401:  # nothing was posted
            self.auth.rejected(channel, 401)
            result = Classified(Outcome.WAITING, "waiting for sign-in: Teams refused the sign-in (HTTP 401)", 401)
        return result

    def _deliver(self, item: OutboxItem, headers: dict[str, str] | None = None) -> DeliveryResult:
        if ChannelKind(item.kind).two_way:
            try:
                result = self._post_two_way(item, headers)
            except KeychainUnavailable as err:
                result = Classified(Outcome.NEVER_LEFT, f"the token could not be read: {err}")
            except CoachDeskError as err:
                result = Classified(Outcome.REJECTED, str(err))
            except Exception as err:  # a defect after the claim: the coach decides
                log.error("outbox item %s: unexpected %s while sending", item.id, type(err).__name__)
                result = Classified(Outcome.AMBIGUOUS, f"unexpected error while sending ({type(err).__name__}); "
                                    "it may have been posted")
            return self._finish(item, result)
        try:
            url = self._url_for(item)
        except KeychainUnavailable as err:
            result = Classified(Outcome.NEVER_LEFT, f"the webhook URL could not be read: {err}")
        except CoachDeskError as err:
            result = Classified(Outcome.REJECTED, str(err))
        else:
            try:
                result = post_json(self.client, url, item.payload, headers=headers)
                if headers and result.http_status == 401:  # the token was refused: nothing was posted
                    self.auth.rejected(self._channel_of(item), 401)
                    result = Classified(Outcome.WAITING, "waiting for sign-in: the flow refused the sign-in (HTTP 401)", 401)
            except Exception as err:  # a defect, not a network answer: the coach decides
                # type only: a traceback or message could carry the secret URL
                log.error("outbox item %s: unexpected %s while sending", item.id, type(err).__name__)
                result = Classified(
                    Outcome.AMBIGUOUS, f"unexpected error while sending ({type(err).__name__}); it may have been posted"
                )
        return self._finish(item, result)

    def _finish(self, item: OutboxItem, result: Classified) -> DeliveryResult:
        retry_in = None
        if result.outcome is Outcome.NEVER_LEFT:
            retry_in = backoff_delay(item.attempts, self.rng)
        elif result.outcome is Outcome.WAITING:
            from coachdesk.outbox.entra import WAIT_FOR_SIGNIN_S

            retry_in = WAIT_FOR_SIGNIN_S
        elif result.outcome is Outcome.THROTTLED:
            retry_in = result.retry_after_s
            if retry_in is None:
                retry_in = backoff_delay(item.attempts, self.rng)
            retry_in += self.rng.uniform(0, 1)  # jitter, so many clients do not return at once
        try:
            updated = self.outbox.record(item, result, retry_in_s=retry_in)
        except NotFound:  # the case (and with it the item) was deleted while the request was out
            log.info("outbox item %s deleted during its attempt: %s", item.id, result.outcome.value)
            audit_event(
                self.store, channel_name=item.channel_name, kind=item.kind, outcome=result.outcome.value,
                detail=result.detail + " (deleted meanwhile)", http_status=result.http_status,
                payload_sha256=item.payload_sha256, request_ref=item.request_ref, attempt=item.attempts,
            )
            return DeliveryResult(item.id, item.request_ref, item.channel_name, result.outcome, None,
                                  result.detail, result.http_status)
        log.info("outbox item %s attempt %s: %s", item.id, updated.attempts, result.outcome.value)
        return DeliveryResult(
            item.id, item.request_ref, item.channel_name, result.outcome, updated.state, result.detail,
            result.http_status, updated.next_attempt_at,
        )

    def _url_for(self, item: OutboxItem) -> str:
        channels = self.outbox.channels
        channel = self._channel_of(item)
        if channel.kind.two_way:
            from coachdesk.outbox.twoway import api_for

            return api_for(self.client, channel, "").post_url()
        if channel.kind.value != item.kind:
            raise CoachDeskError(
                f"Channel {channel.name!r} is now {channel.kind.value}, but the message was made for {item.kind}."
            )
        url = validate_url(channel.kind, channels.url(channel), protected=channels.protected(channel))
        if self.outbox.thread_missing(item):  # Discord would refuse it (400): nothing is posted
            from coachdesk.outbox.outbox import THREAD_HOW

            how = THREAD_HOW.format(id=item.id)
            raise CoachDeskError("part 1 opened a Discord forum post that CoachDesk did not see (marked delivered "
                                 f"by hand), so this part needs the post's link: {how}")
        return post_url(channel.kind, url, thread_id=item.thread_ref)

    # ----- test message and network ---------------------------------------------------------------
    def send_test(self, channel_name: str, lang: str = "fi") -> DeliveryResult:
        """"Send test message" to a channel (no client data); recorded in the audit log."""
        channels = self.outbox.channels
        channel = channels.get(channel_name)
        payload = build_payload(channel.kind, Message.from_text(TEST_MESSAGE[lang]), target=channel.target)
        from coachdesk.outbox.entra import SignInRequired, TokenUnavailable

        try:
            if channel.kind.two_way:
                from coachdesk.outbox import twoway

                token = twoway.token_for(self.store, channel, self.auth)
                result = twoway.api_for(self.client, channel, token).post(payload)
            else:
                url = post_url(channel.kind, validate_url(channel.kind, channels.url(channel),
                                                          protected=channels.protected(channel)))
                headers = self.auth.headers(channel)
                result = post_json(self.client, url, payload, headers=headers)
                if headers and result.http_status == 401:
                    self.auth.rejected(channel, 401)
                    result = Classified(Outcome.WAITING, "sign in again: the flow refused the sign-in (HTTP 401)", 401)
        except SignInRequired as err:
            result = Classified(Outcome.WAITING, f"sign in first: {err}")
        except TokenUnavailable as err:
            result = Classified(Outcome.NEVER_LEFT, str(err))
        except CoachDeskError as err:
            result = Classified(Outcome.REJECTED, str(err))
        audit_event(
            self.store, channel_name=channel.name, kind=channel.kind.value, outcome=f"test_{result.outcome.value}",
            detail=result.detail, http_status=result.http_status, payload_sha256=sha256_hex(payload),
        )
        return DeliveryResult(None, "TEST", channel.name, result.outcome, None, result.detail, result.http_status)

    def network_reachable(self, timeout: float = 3.0) -> bool:
        """Offline detection: can a TCP connection be opened to the host of a queued item?"""
        for item in self.outbox.items(states=[State.QUEUED]):
            try:
                url = self._url_for(item)
            except CoachDeskError:
                continue
            parts = urlsplit(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
            try:
                address = probe_address(parts.hostname or "", port, timeout)  # public hosts only
                with socket.create_connection(address, timeout=timeout):
                    return True
            except CoachDeskError:
                continue
            except OSError:
                return False
        return not self.offline


class DeliveryWorker(threading.Thread):
    """Flushes the outbox in the background: at start (after turning interrupted sends into
    "possibly sent"), whenever an item falls due, on :meth:`wake` (new item queued, network back)
    and, while offline, every ``offline_poll_s`` once the network is reachable again.
    ``on_results`` is called on THIS thread; a Qt UI forwards it to the UI thread with a signal."""

    def __init__(
        self,
        sender: Sender,
        on_results: Callable[[list[DeliveryResult]], None] | None = None,
        *,
        idle_poll_s: float = 60.0,
        offline_poll_s: float = 15.0,
    ) -> None:
        super().__init__(name="coachdesk-outbox", daemon=True)
        self.sender = sender
        self.on_results = on_results
        self.idle_poll_s = idle_poll_s
        self.offline_poll_s = offline_poll_s
        self._wake = threading.Event()
        self._halt = threading.Event()

    def wake(self) -> None:
        """Flush now (something was queued)."""
        self._wake.set()

    def network_changed(self) -> None:
        """The OS says the network is back: retry what never left, now."""
        self.sender.outbox.resume_after_network()
        self._wake.set()

    def stop(self, timeout: float | None = 10.0) -> None:
        """Stop the worker and wait up to ``timeout`` seconds for it."""
        self._halt.set()
        self._wake.set()
        if self.is_alive():
            self.join(timeout)

    def run(self) -> None:
        """The thread: recover interrupted sends, then deliver whatever falls due until stopped."""
        outbox = self.sender.outbox
        try:
            outbox.recover_interrupted()
            outbox.resume_after_network()
        except Exception as err:  # pragma: no cover - the vault was closed under us
            log.error("outbox start-up failed: %s", type(err).__name__)  # no traceback: no URL, no text
            return
        while not self._halt.is_set():
            try:
                results = self.sender.flush()
                if results and self.on_results is not None:
                    self.on_results(results)
                wait = self._next_wait()
            except Exception as err:
                log.error("outbox flush failed: %s", type(err).__name__)
                wait = self.offline_poll_s
            self._wake.wait(wait)
            self._wake.clear()
            if self._halt.is_set():
                break
            try:
                if self.sender.offline and self.sender.network_reachable():
                    outbox.resume_after_network()
            except Exception as err:
                log.error("outbox network probe failed: %s", type(err).__name__)

    def _next_wait(self) -> float:
        due = self.sender.outbox.next_due_at()
        if due is None:
            return self.idle_poll_s
        seconds = (due - self.sender.outbox.clock()).total_seconds()
        cap = self.offline_poll_s if self.sender.offline else self.idle_poll_s
        return max(0.0, min(cap, seconds))
