"""Words for outbox states and audit outcomes, shared by the Requests tab and the outbox view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def state_text(state: str) -> str:
    names = {
        "unsent": QCoreApplication.translate("OutboxStates", "Not sent"),
        "draft": QCoreApplication.translate("OutboxStates", "Draft"),
        "queued": QCoreApplication.translate("OutboxStates", "Queued"),
        "sending": QCoreApplication.translate("OutboxStates", "Sending…"),
        "sent": QCoreApplication.translate("OutboxStates", "Sent"),
        "needs_fixing": QCoreApplication.translate("OutboxStates", "Needs fixing"),
        "possibly_sent": QCoreApplication.translate("OutboxStates", "Possibly sent"),
        "cancelled": QCoreApplication.translate("OutboxStates", "Cancelled"),
        "answered": QCoreApplication.translate("OutboxStates", "Answered"),
    }
    return names.get(state, state)


def state_color(state: str) -> str:
    """A calm foreground colour per state (works on light and dark bases)."""
    return {
        "sent": "#2e7d5b",
        "answered": "#2e7d5b",
        "needs_fixing": "#b3261e",
        "possibly_sent": "#b26a00",
        "queued": "#4a6fa5",
        "sending": "#4a6fa5",
    }.get(state, "")


def outcome_text(outcome: str) -> str:
    names = {
        "queued": QCoreApplication.translate("OutboxStates", "queued"),
        "delivered": QCoreApplication.translate("OutboxStates", "delivered"),
        "never_left": QCoreApplication.translate("OutboxStates", "not sent (no connection), will retry"),
        "throttled": QCoreApplication.translate("OutboxStates", "busy, will retry"),
        "rejected": QCoreApplication.translate("OutboxStates", "refused by the channel"),
        "ambiguous": QCoreApplication.translate("OutboxStates", "no clear answer"),
        "cancelled": QCoreApplication.translate("OutboxStates", "cancelled"),
        "send_again": QCoreApplication.translate("OutboxStates", "send again"),
        "marked_delivered": QCoreApplication.translate("OutboxStates", "marked delivered"),
        "interrupted": QCoreApplication.translate("OutboxStates", "interrupted"),
        "waiting": QCoreApplication.translate("OutboxStates", "waiting for sign-in"),
    }
    if outcome.startswith("test_"):
        return QCoreApplication.translate("OutboxStates", "test message") + ": " + names.get(outcome[5:], outcome[5:])
    return names.get(outcome, outcome)


def local_time(iso_text: str | None) -> str:
    """"27.11.2026 14.05" in local time."""
    from datetime import datetime

    if not iso_text:
        return ""
    try:
        moment = datetime.fromisoformat(iso_text)
    except ValueError:
        return iso_text
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{moment.day}.{moment.month}.{moment.year} {moment.hour:02d}.{moment.minute:02d}"
