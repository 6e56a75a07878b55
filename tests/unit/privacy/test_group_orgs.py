"""group_orgs.py: `at / with / for the <Capitalised words> Collective / Ensemble / Band …` is one ORG, whole;
a weekday or a kept body before the head word is not."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coachdesk.privacy import group_orgs, scrub
from coachdesk.privacy.group_orgs import RULES


def _orgs(text: str, lang: str) -> list[str]:
    return [text[f.start : f.end] for f in scrub(text, lang=lang).findings if f.label == "ORG"]


POSITIVES = [
    ("the_group_head", "en", "He plays with the Kallio Street Ensemble on Fridays.", "Kallio Street Ensemble"),
    ("the_group_head", "en", "These days she works for the Kaleva Ensemble, part time.", "Kaleva Ensemble"),
    ("the_group_head", "en", "He got a season job at the Eastside Dance Crew.", "Eastside Dance Crew"),
]

TRAPS = [
    ("the_group_head", "en", "We had a meeting with the Friday Collective about rotas.", "Friday"),
    ("the_group_head", "en", "She asked for the Kela Studio forms again.", "Kela"),
]


@pytest.mark.parametrize(("rule", "lang", "text", "span"), POSITIVES)
def test_rule_fires(rule: str, lang: str, text: str, span: str) -> None:
    assert rule in RULES
    assert span in _orgs(text, lang), scrub(text, lang=lang).text


@pytest.mark.parametrize(("rule", "lang", "text", "word"), TRAPS)
def test_trap_untouched(rule: str, lang: str, text: str, word: str) -> None:
    assert rule in RULES
    res = scrub(text, lang=lang)
    s = text.index(word)
    assert not any(f.start < s + len(word) and s < f.end for f in res.findings), res.text


def test_every_rule_has_a_positive_a_trap_and_a_doc_row() -> None:
    assert {r for r, *_ in POSITIVES} == set(RULES) == {r for r, *_ in TRAPS}
    assert all(f"| {rule} |" in (group_orgs.__doc__ or "") for rule in RULES)


def test_explain_names_the_rule() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--explain", "--lang", "en"],
        input="He plays with the Kallio Street Ensemble.", capture_output=True, text=True, check=True,
    ).stdout
    assert "the_group_head" in out
