"""Qt-free "ask a colleague" core: channel formats, URL checks, the durable outbox and its sender.

Nothing here imports PySide6. The UI and the CLI reach it through ``coachdesk.services``
(``services.requests.submit_request`` does steps 2-4 in one transaction); underneath:

1. ``hr.draft_from_case(store, case_id, lang)`` / ``draft_from_note`` / ``draft_from_reflection``
   (coachdesk.domain.help_request) -> a HelpRequest; the coach edits and scrubs the fields
   (``coachdesk.privacy.scrub``); ``colleagues.suggest_colleagues(store, request)`` for @mentions.
2. ``requests.save_request(store, request)`` -> saved, with its reference (#K7Q2).
3. ``compose.preview_parts(request, kind, mentions=..., forum=channel.forum)`` -> the exact bytes
   of every post (a long request is split, "#K7Q2 1/3"); ``payloads.payload_text(kind, payload)``
   is their visible text, ``payloads.notify_plan(kind, mentions)`` who is notified.
4. ``Outbox(store).create_draft(request.id, channel_name, parts)``, then on "Send"
   ``Outbox(store).queue(item.id, previewed=<the parts shown>)`` (refused if any differs); the
   parts go out in order.
5. A worker thread: ``DeliveryWorker(Sender(store), on_results)``; ``wake()`` after queueing,
   ``network_changed()`` when the OS reports the network back, ``stop()`` on lock/quit. Or call
   ``Sender.flush()`` from your own worker: it returns a DeliveryResult per attempt.
6. Decisions: ``Outbox.send_again`` / ``mark_delivered`` / ``cancel``; history:
   ``requests.list_requests(store, case_id)``, ``Outbox.audit()``; follow-ups:
   ``requests.add_followup`` / ``list_followups``; ``requests.group_session_topics(store)``.
7. Export instead of send: ``export.render_html`` (clipboard rich text), ``hr.render_text``
   (plain), ``export.save_request`` (.md/.txt), ``export.mailto_url``.
"""

from __future__ import annotations

from enum import StrEnum


class ChannelKind(StrEnum):
    """Where a request can be posted: a webhook platform, or a two-way kind that posts through the platform's API."""

    TEAMS = "teams"
    SLACK = "slack"
    MATTERMOST = "mattermost"
    GOOGLECHAT = "googlechat"
    DISCORD = "discord"
    JSON = "json"
    # two-way kinds (twoway.py): post through the platform's API with a token, read the replies back
    SLACK_APP = "slack_app"
    MATTERMOST_API = "mattermost_api"
    TEAMS_GRAPH = "teams_graph"

    @property
    def two_way(self) -> bool:
        """Posts through the platform's API and reads the replies (a webhook kind is one-way)."""
        return self in _PLATFORM

    @property
    def platform(self) -> ChannelKind:
        """The chat platform: ``slack`` for both Slack kinds (mentions, formatting)."""
        return _PLATFORM.get(self, self)


_PLATFORM = {
    ChannelKind.SLACK_APP: ChannelKind.SLACK,
    ChannelKind.MATTERMOST_API: ChannelKind.MATTERMOST,
    ChannelKind.TEAMS_GRAPH: ChannelKind.TEAMS,
}
WEBHOOK_KINDS = tuple(k for k in ChannelKind if not k.two_way)
TWO_WAY_KINDS = tuple(_PLATFORM)

__all__ = ["TWO_WAY_KINDS", "WEBHOOK_KINDS", "ChannelKind"]
