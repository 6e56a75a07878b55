"""Qt-free "ask a colleague" core: channel formats, URL checks, the durable outbox and its sender.

Nothing here imports PySide6; the UI calls :class:`coachdesk.outbox.sender.Sender` from a worker.
"""

from __future__ import annotations

from enum import StrEnum


class ChannelKind(StrEnum):
    TEAMS = "teams"
    SLACK = "slack"
    MATTERMOST = "mattermost"
    GOOGLECHAT = "googlechat"
    DISCORD = "discord"
    JSON = "json"


__all__ = ["ChannelKind"]
