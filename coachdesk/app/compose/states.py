"""Words for outbox states and audit outcomes, shared by the Requests tab and the outbox view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("OutboxStates", text)


def state_text(state: str) -> str:
    names = {
        "unsent": _t("Not sent"),
        "draft": _t("Draft"),
        "queued": _t("Queued"),
        "sending": _t("Sending…"),
        "sent": _t("Sent"),
        "needs_fixing": _t("Needs fixing"),
        "possibly_sent": _t("Possibly sent"),
        "cancelled": _t("Cancelled"),
    }
    return names.get(state, state)


def state_color(state: str) -> str:
    """A calm foreground colour per state (works on light and dark bases)."""
    return {
        "sent": "#2e7d5b",
        "needs_fixing": "#b3261e",
        "possibly_sent": "#b26a00",
        "queued": "#4a6fa5",
        "sending": "#4a6fa5",
    }.get(state, "")


def outcome_text(outcome: str) -> str:
    names = {
        "queued": _t("queued"),
        "delivered": _t("delivered"),
        "never_left": _t("not sent (no connection), will retry"),
        "throttled": _t("busy, will retry"),
        "rejected": _t("refused by the channel"),
        "ambiguous": _t("no clear answer"),
        "cancelled": _t("cancelled"),
        "send_again": _t("send again"),
        "marked_delivered": _t("marked delivered"),
        "interrupted": _t("interrupted"),
    }
    if outcome.startswith("test_"):
        return _t("test message") + ": " + names.get(outcome[5:], outcome[5:])
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
