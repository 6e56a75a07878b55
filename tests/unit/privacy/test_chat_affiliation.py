"""chat_affiliation.py: a capitalised word at a chat line's start or after an emoji, then from / från / at and
a found organisation, is a person; a greeting or an update in the same place is not."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coachdesk.privacy import chat_affiliation, scrub
from coachdesk.privacy.chat_affiliation import RULES


def _people(text: str, lang: str) -> list[str]:
    return [text[f.start : f.end] for f in scrub(text, lang=lang).findings if f.label == "PERSON"]


POSITIVES = [
    ("chat_from_found", "en", "quick one 🙋 Dmytro from Vantaa Data Oy says the shift is moved", "Dmytro"),
    ("chat_from_found", "sv", "Oluwaseun från Pihla Oy ringde igår", "Oluwaseun"),
    ("chat_from_found", "en", "ok\n- Zoltan at Lumo Logistics Oy called back", "Zoltan"),
]

TRAPS = [
    ("chat_from_found", "en", "Greetings from Vantaa Data Oy!", "Greetings"),
    ("chat_from_found", "en", "Updates from Vantaa Data Oy: nothing new", "Updates"),
    ("chat_from_found", "en", "👍 Thanks from Vantaa Data Oy for the visit", "Thanks"),
    ("chat_from_found", "sv", "Hälsningar från Pihla Oy", "Hälsningar"),
]


@pytest.mark.parametrize(("rule", "lang", "text", "span"), POSITIVES)
def test_rule_fires(rule: str, lang: str, text: str, span: str) -> None:
    assert rule in RULES
    assert span in _people(text, lang), scrub(text, lang=lang).text


@pytest.mark.parametrize(("rule", "lang", "text", "word"), TRAPS)
def test_trap_untouched(rule: str, lang: str, text: str, word: str) -> None:
    assert rule in RULES
    res = scrub(text, lang=lang)
    s = text.index(word)
    assert not any(f.start < s + len(word) and s < f.end for f in res.findings), res.text


def test_every_rule_has_a_positive_a_trap_and_a_doc_row() -> None:
    assert {r for r, *_ in POSITIVES} == set(RULES) == {r for r, *_ in TRAPS}
    assert all(f"| {rule} |" in (chat_affiliation.__doc__ or "") for rule in RULES)


def test_explain_names_the_rule() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--explain", "--lang", "en"],
        input="quick one 🙋 Dmytro from Vantaa Data Oy says hi", capture_output=True, text=True, check=True,
    ).stdout
    assert "chat_from_found" in out
