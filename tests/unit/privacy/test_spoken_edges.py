"""Edges of spoken English dates and addresses (spoken_edges.py): each rule of RULES widens a found
span to the words that belong to it, and leaves counts and articles of other words alone."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.spans import PRIO_AGE_DATE, Cand
from coachdesk.privacy.spoken_edges import RULES, widen
from tests.support.rule_cases import assert_every_rule_has_cases


def _covered(text: str, span: str) -> bool:
    res = scrub(text, lang="en")
    s = text.index(span)
    cov = {i for f in res.findings for i in range(f.start, f.end)}
    return all(i in cov for i in range(s, s + len(span)) if text[i].isalnum())


def _touched(text: str, span: str) -> bool:
    res = scrub(text, lang="en")
    s = text.index(span)
    return any(f.start < s + len(span) and s < f.end for f in res.findings)


# (rule, text, span that must be covered whole)
POSITIVES = [
    ("the_date", "He was born on the third of May nineteen eighty in Oulu.", "the third of May nineteen eighty"),
    ("the_date", "Her birthday is the twenty-first of June.", "the twenty-first of June"),
    ("number_street", "He lives at seven Puistokatu, Oulu.", "seven Puistokatu"),
    ("number_street", "She lives at twenty-two Puistokatu now.", "twenty-two Puistokatu"),
]

# (rule, text, a word that must survive)
TRAPS = [
    ("the_date", "We met the client on the third of May.", "the client"),
    ("number_street", "I met the two Puistokatu neighbours today.", "two"),
]


@pytest.mark.parametrize(("rule", "text", "span"), POSITIVES)
def test_span_is_whole(rule: str, text: str, span: str) -> None:
    assert rule in RULES
    assert _covered(text, span), (rule, text)


@pytest.mark.parametrize(("rule", "text", "word"), TRAPS)
def test_neighbour_stays(rule: str, text: str, word: str) -> None:
    assert rule in RULES
    assert not _touched(text, word), (rule, text)


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert_every_rule_has_cases(RULES, POSITIVES, TRAPS)


def test_only_english_texts_are_widened() -> None:
    text = "born on the third of May"
    s = text.index("third")
    for lang, start in (("fi", s), ("sv", s), ("en", text.index("the "))):
        c = Cand(s, len(text), "DATE", "date", "spoken date", PRIO_AGE_DATE)
        widen(text, [c], lang)
        assert c.start == start, lang
