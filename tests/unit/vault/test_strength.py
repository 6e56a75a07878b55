"""Passphrase strength (Qt-free, moved from the app package)."""

from __future__ import annotations

from coachdesk.vault.strength import MIN_SCORE, acceptable, estimate


def test_strength_scores():
    assert estimate("").score == 0
    assert estimate("salasana").advice == "common"
    assert estimate("abc").score < MIN_SCORE
    assert not acceptable("kissa")
    assert acceptable("tuli meri kivi ovi")
    assert estimate("correct horse battery staple").score == 4
    assert estimate("aaaaaaaaaaaaaaaaaaaa").score < MIN_SCORE
