"""Names after a hard line wrap in pasted prose (wrapped_names.py): each rule fires on a name that opens a
line in the middle of a sentence, and leaves real sentence starts, blank lines, list items and common words."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.lexicon import get_lexicon
from coachdesk.privacy.tokens import tokenize
from coachdesk.privacy.wrapped_names import RULES, find
from tests.support.rule_cases import assert_every_rule_has_cases, assert_left

# (rule, lang, text, name) — invented text
POSITIVES = [
    ("wrap_role_name", "sv", "Han berättade att han pratade länge med chefen\nSkarpling tvekar fortfarande om tjänsten.", "Skarpling"),
    ("wrap_role_name", "sv", "Han sa att mötet gick bra men att chefen\nSten tvekar fortfarande.", "Sten"),
    ("wrap_role_name", "en", "He said the meeting went well and that his manager\nQuorvath would call him next week.", "Quorvath"),
    ("wrap_role_name", "fi", "Asiakas kertoi, että hän on puhunut asiasta ja esimies\nTarvolin ei ole vastannut.", "Tarvolin"),
    ("wrap_joiner_name", "fi", "Asiakas kertoi tapaamisen jälkeen pitkään, että\nOnni soitti hänelle uudestaan.", "Onni"),
    ("wrap_joiner_name", "en", "She told me after the meeting that she has talked with\nPriya about the course.", "Priya"),
]

# (rule, lang, text, word the rule must leave)
TRAPS = [
    ("wrap_role_name", "sv", "Han berättade att han pratade länge med chefen\nArbetet fortsätter nu som vanligt.", "Arbetet"),
    ("wrap_role_name", "sv", "Han berättade att han pratade länge med chefen.\nSkarpling tvekar fortfarande.", "Skarpling"),
    ("wrap_role_name", "en", "He said the meeting went well and that his manager\n\nQuorvath would call him.", "Quorvath"),
    ("wrap_role_name", "en", "Notes from the meeting with the manager\n- Quorvath would call him.", "Quorvath"),
    ("wrap_role_name", "fi", "Asiakas kertoi, että hän on puhunut asiasta ja esimies\nKuntoutus jatkuu syksyllä.", "Kuntoutus"),
    ("wrap_role_name", "en", "He said the meeting went well and that his manager\nOK would call him.", "OK"),
    ("wrap_joiner_name", "en", "He said the meeting went well and that\nMay is a good month to start.", "May"),
    ("wrap_joiner_name", "fi", "Asiakas kertoi tapaamisen jälkeen pitkään, että\nTyö on raskasta.", "Työ"),
    ("wrap_joiner_name", "fi", "Asiakas kertoi tapaamisen jälkeen pitkään\nOnni soitti hänelle uudestaan.", "Onni"),
]


def _fired(text: str, lang: str, word: str) -> set[str]:
    s = text.index(word)
    lex = get_lexicon().for_language(lang)
    return {c.reason for c in find(text, tokenize(text), lex, lang) if c.start <= s < c.end}


@pytest.mark.parametrize(("rule", "lang", "text", "name"), POSITIVES)
def test_rule_fires_and_name_is_hidden(rule: str, lang: str, text: str, name: str) -> None:
    assert rule in _fired(text, lang, name)
    s = text.index(name)
    hits = [f for f in scrub(text, lang=lang).findings if f.start <= s and s + len(name) <= f.end]
    assert hits and hits[0].label == "PERSON", (rule, hits)


def test_rule_named_in_reason() -> None:
    text = POSITIVES[0][2]
    s = text.index("Skarpling")
    hits = [f for f in scrub(text, lang="sv").findings if f.start == s]
    assert hits and "wrap_role_name" in hits[0].reason


@pytest.mark.parametrize(("rule", "lang", "text", "word"), TRAPS)
def test_rule_leaves_trap(rule: str, lang: str, text: str, word: str) -> None:
    assert rule not in _fired(text, lang, word)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [(lang, text, word) for _, lang, text, word in TRAPS if word in ("Arbetet", "Kuntoutus", "OK", "Työ")],
)
def test_ordinary_word_after_wrap_survives(lang: str, text: str, word: str) -> None:
    assert_left(text, lang, word, why="wrap")


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert_every_rule_has_cases(RULES, POSITIVES, TRAPS)
