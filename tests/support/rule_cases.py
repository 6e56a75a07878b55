"""Shared checks for the scrubber's rule tables: every rule has a sentence where it fires and a trap where it
must not, and a trap word comes out of the scrubber untouched."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from coachdesk.privacy import scrub


def touching(text: str, lang: str, word: str, start: int = 0) -> list[tuple[int, int, str]]:
    """The findings of ``scrub(text)`` that touch the first ``word`` at or after ``start``."""
    s = text.index(word, start)
    return [(f.start, f.end, f.label) for f in scrub(text, lang=lang).findings if f.start < s + len(word) and s < f.end]


def assert_left(text: str, lang: str, word: str, start: int = 0, why: object = None) -> None:
    """No finding touches ``word``: the trap survives."""
    hits = touching(text, lang, word, start)
    assert hits == [], (why, word, hits)


def assert_every_rule_has_cases(rules: Mapping[str, Any] | Iterable[str], *cases: Iterable[tuple[Any, ...]]) -> None:
    """Each case list (rows whose first item is a rule id) names every rule of the table, and no other."""
    ids = set(rules)
    for rows in cases:
        assert {row[0] for row in rows} == ids


def assert_covered_whole(text: str, lang: str, span: str, label: str, rule: str) -> None:
    """One finding of ``label`` covers the whole first ``span``, and its reason names ``rule``."""
    s = text.index(span)
    found = scrub(text, lang=lang).findings
    hits = [f for f in found if f.start <= s and s + len(span) <= f.end]
    assert hits and hits[0].label == label, (rule, [(f.start, f.end, f.label, f.reason) for f in found])
    assert f"({rule})" in hits[0].reason, hits
