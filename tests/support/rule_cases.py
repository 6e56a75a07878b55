"""Shared checks for the scrubber's rule tables: every rule has a sentence where it fires and a trap where it
must not, and a trap word comes out of the scrubber untouched; ``rule_table_tests`` makes the standard test
functions of a table."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from types import ModuleType
from typing import Any

import pytest

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


Test = Callable[..., None]


def rule_table_tests(
    rules: Mapping[str, Any] | Iterable[str],
    positives: Sequence[tuple[str, str, str, str, str]],
    traps: Sequence[tuple[str, str, str, str]],
    table: ModuleType | None = None,
) -> tuple[Test, Test, Test, Test, Test]:
    """The standard tests of a rule table whose POSITIVES are ``(rule, lang, text, span, label)`` and TRAPS
    ``(rule, lang, text, word)``: each span covered whole, each trap word left, every rule with a positive
    and a trap (and a ``| rule |`` row in the docstring of the rule module ``table``, when given), --explain
    naming the rule, a second scrub changing nothing. Bind them to ``test_*`` names in the test module:
    pytest collects them by that name."""
    ids = set(rules)
    spoken = [(r, lang, t) for r, lang, t, *_ in positives]

    @pytest.mark.parametrize(("rule", "lang", "text", "span", "label"), positives)
    def covered_whole(rule: str, lang: str, text: str, span: str, label: str) -> None:
        assert rule in ids, rule
        assert_covered_whole(text, lang, span, label, rule)

    @pytest.mark.parametrize(("rule", "lang", "text", "word"), traps)
    def trap_survives(rule: str, lang: str, text: str, word: str) -> None:
        assert rule in ids, rule
        assert_left(text, lang, word, why=rule)

    def every_rule_has_cases() -> None:
        assert_every_rule_has_cases(ids, positives, traps)
        if table is not None:
            missing = [r for r in sorted(ids) if f"| {r} |" not in (table.__doc__ or "")]
            assert missing == [], f"not in the table of {table.__name__}: {missing}"

    @pytest.mark.parametrize(("rule", "lang", "text"), spoken)
    def explain_shows_rule(rule: str, lang: str, text: str) -> None:
        from coachdesk.privacy.explain import explain_rows, format_rows
        from coachdesk.privacy.name_trace import collecting

        with collecting() as trace:
            res = scrub(text, lang=lang)
        shown = format_rows(explain_rows(text, res, trace))
        assert f"({rule})" in shown, (rule, shown)

    @pytest.mark.parametrize(("rule", "lang", "text"), spoken)
    def second_scrub_changes_nothing(rule: str, lang: str, text: str) -> None:
        once = scrub(text, lang=lang).text
        twice = scrub(once, lang=lang).text
        assert twice == once, (rule, once, twice)

    return covered_whole, trap_survives, every_rule_has_cases, explain_shows_rule, second_scrub_changes_nothing
