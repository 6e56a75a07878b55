"""pronoun_ages.py: `she's` / `he is` + a hyphenated number word ending the clause is an AGE; minutes, a page
or a count after another subject is not."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coachdesk.privacy import pronoun_ages, scrub
from coachdesk.privacy.pronoun_ages import RULES


def _ages(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scrub(text, lang="en").findings if f.label == "AGE"]


POSITIVES = [
    ("pronoun_copula_age", "Talked to the client again, so she's thirty-seven and wants a new field.", "thirty-seven"),
    ("pronoun_copula_age", "He is fifty-one now, and the back pain got worse.", "fifty-one"),
    ("pronoun_copula_age", "client called. she's already forty-four but still studying", "forty-four"),
    ("pronoun_copula_age", "He's sixty-two years old.", "sixty-two"),
    ("pronoun_copula_age", "ok so she is almost thirty-seven with two kids at home", "thirty-seven"),
]

TRAPS = [
    ("pronoun_copula_age", "It's twenty-five minutes to the office by bus.", "twenty-five"),
    ("pronoun_copula_age", "See page forty-two of the guide.", "forty-two"),
    ("pronoun_copula_age", "He is twenty-five minutes late again.", "twenty-five"),
    ("pronoun_copula_age", "The ache's thirty-one, she said, on a scale.", "thirty-one"),
    ("pronoun_copula_age", "He's thirty-five hours a week at the depot.", "thirty-five"),
    ("pronoun_copula_age", "She.s twenty-five to nine at the latest.", "twenty-five"),
    ("pronoun_copula_age", "he is twenty-one percent over the limit", "twenty-one"),
]


@pytest.mark.parametrize(("rule", "text", "span"), POSITIVES)
def test_rule_fires(rule: str, text: str, span: str) -> None:
    assert rule in RULES
    assert any(span in a for a in _ages(text)), scrub(text, lang="en").text


@pytest.mark.parametrize(("rule", "text", "word"), TRAPS)
def test_trap_untouched(rule: str, text: str, word: str) -> None:
    assert rule in RULES
    res = scrub(text, lang="en")
    s = text.index(word)
    assert not any(f.start < s + len(word) and s < f.end and f.label == "AGE" for f in res.findings), res.text


def test_every_rule_has_a_positive_a_trap_and_a_doc_row() -> None:
    assert {r for r, *_ in POSITIVES} == set(RULES) == {r for r, *_ in TRAPS}
    assert all(f"| {rule} |" in (pronoun_ages.__doc__ or "") for rule in RULES)


def test_explain_names_the_rule() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--explain", "--lang", "en"],
        input="client called. she's nearly forty-four but still studying", capture_output=True, text=True, check=True,
    ).stdout
    assert "pronoun_copula_age" in out
