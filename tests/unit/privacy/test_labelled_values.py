"""Labelled identifiers in digit groups and dates with an abbreviated month and its dot (labelled_values.py): each
rule takes the whole value, and leaves counts, sums and dates without a year alone."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.labelled_values import RULES


def _spans(text: str, lang: str) -> list[str]:
    return [text[f.start : f.end] for f in scrub(text, lang=lang).findings]


def _touched(text: str, word: str, lang: str) -> bool:
    s = text.rindex(word)
    return any(f.start < s + len(word) and s < f.end for f in scrub(text, lang=lang).findings)


# (rule, lang, text, the whole value: one span)
POSITIVES = [
    ("label_digit_groups", "fi", "Kelan asiakasnumero: 4471 0992 31.", "4471 0992 31"),
    ("label_digit_groups", "fi", "Asianumero: 1234 5678 90 koskee päätöstä.", "1234 5678 90"),
    ("label_digit_groups", "sv", "Ärendenummer 2026 4471 31 gäller.", "2026 4471 31"),
    ("label_digit_groups", "en", "Case no. 4471 0992 31 was closed.", "4471 0992 31"),
    ("month_abbr_dot", "fi", "Päätös tehty 4 feb. 2027.", "4 feb. 2027"),
    ("month_abbr_dot", "sv", "Mötet hölls den 12 sept. 2026.", "12 sept. 2026"),
    ("month_abbr_dot", "fi", "Tapaaminen 12 tammik. 2027 klo 9.", "12 tammik. 2027"),
]

# (rule, lang, text, a word that must survive)
TRAPS = [
    ("label_digit_groups", "fi", "Asiakasnumero 4471 0992 12 kertaa kysytty.", "12"),
    ("label_digit_groups", "sv", "Kundnummer saknas, 12 procent.", "12"),
    ("label_digit_groups", "en", "Case no. 3 of 12 was fine; we saw 4 of them.", "12"),
    ("month_abbr_dot", "sv", "Vi ses den 4 feb. Ta med papper.", "Ta"),
    ("month_abbr_dot", "fi", "Sivu 3 dec. 12 kpl.", "12"),
]


@pytest.mark.parametrize(("rule", "lang", "text", "span"), POSITIVES)
def test_rule_fires(rule: str, lang: str, text: str, span: str) -> None:
    assert rule in RULES
    res = scrub(text, lang=lang)
    assert span in _spans(text, lang), res.text


@pytest.mark.parametrize(("rule", "lang", "text", "word"), TRAPS)
def test_trap_untouched(rule: str, lang: str, text: str, word: str) -> None:
    assert rule in RULES
    assert not _touched(text, word, lang), scrub(text, lang=lang).text


def test_every_rule_has_a_positive_a_trap_and_a_doc_row() -> None:
    from coachdesk.privacy import labelled_values

    assert {r for r, *_ in POSITIVES} == set(RULES) == {r for r, *_ in TRAPS}
    assert all(f"| {rule} |" in (labelled_values.__doc__ or "") for rule in RULES)


def test_second_scrub_changes_nothing() -> None:
    for _, lang, text, _span in POSITIVES:
        once = scrub(text, lang=lang).text
        assert scrub(once, lang=lang).text == once


def test_explain_names_the_rules() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--explain", "--lang", "fi"],
        input="Kelan asiakasnumero: 4471 0992 31. Päätös tehty 4 feb. 2027.",
        capture_output=True, text=True, check=True,
    ).stdout
    assert "label_digit_groups" in out and "month_abbr_dot" in out
