"""Optional system components of the scrubber (Voikko, Hunspell): the switch that turns one off."""

from __future__ import annotations

import os

OFF_VALUES = ("0", "off", "no", "false")


def switched_off(env: str) -> bool:
    """The environment variable ``env`` turns the component off (`COACHDESK_VOIKKO=0`)."""
    return os.environ.get(env, "").lower() in OFF_VALUES
