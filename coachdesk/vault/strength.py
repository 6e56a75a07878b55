"""Passphrase strength (Qt-free): a rough entropy estimate and a short piece of advice."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

COMMON = {
    "password", "salasana", "qwerty", "123456", "12345678", "coachdesk", "letmein", "salainen",
    "passw0rd", "abc123", "iloveyou", "admin", "welcome", "tervetuloa",
}
MIN_SCORE = 2  # "fair": what first run and passphrase changes accept


@dataclass(frozen=True)
class Strength:
    """A passphrase's estimated strength: score, bits and an advice key."""

    score: int  # 0 very weak .. 4 strong
    bits: float
    advice: str  # an English key; the UI translates it


def _charset(text: str) -> int:
    size = 0
    if re.search(r"[a-zäöå]", text):
        size += 29
    if re.search(r"[A-ZÄÖÅ]", text):
        size += 29
    if re.search(r"\d", text):
        size += 10
    if re.search(r"[^\w\s]", text):
        size += 33
    if " " in text:
        size += 1
    return max(size, 1)


def estimate(passphrase: str) -> Strength:
    """A rough entropy estimate of ``passphrase`` (common words and repeats count little)."""
    text = passphrase.strip()
    if not text:
        return Strength(0, 0.0, "empty")
    if text.lower() in COMMON or len(set(text)) <= 2:
        return Strength(0, 0.0, "common")
    bits = len(text) * math.log2(_charset(text))
    # Repeats and sequences add little: count distinct characters only once past the first 2 uses.
    distinct = len(set(text.lower()))
    bits = min(bits, distinct * 6.0 + len(text) * 1.5)
    words = [w for w in re.split(r"[\s\-_.,]+", text) if len(w) >= 3]
    if len(words) >= 3:
        bits = max(bits, len(words) * 11.0)
    if bits < 28:
        score, advice = 0, "too_short"
    elif bits < 40:
        score, advice = 1, "add_words"
    elif bits < 56:
        score, advice = 2, "fair"
    elif bits < 72:
        score, advice = 3, "good"
    else:
        score, advice = 4, "strong"
    return Strength(score, bits, advice)


def acceptable(passphrase: str) -> bool:
    """Strong enough for first run and passphrase changes (score at least ``MIN_SCORE``)."""
    return estimate(passphrase).score >= MIN_SCORE
