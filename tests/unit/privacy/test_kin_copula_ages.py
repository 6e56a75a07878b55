"""kin_copula_ages.py: a kin noun, a name and `on` + an age said in words (colloquial too) is an AGE; a clock,
a count of people or a room number after `on` is not."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coachdesk.privacy import kin_copula_ages, scrub
from coachdesk.privacy.kin_copula_ages import RULES


def _ages(text: str, lang: str) -> list[str]:
    return [text[f.start : f.end] for f in scrub(text, lang=lang).findings if f.label == "AGE"]


POSITIVES = [
    ("kin_copula_age", "fi", "Äiti kertoi, että poika Eetu on yheksän. Hän käy koulua.", "yheksän"),
    ("kin_copula_age", "fi", "Tytär on kaheksan ja käy eskaria.", "kaheksan"),
    ("kin_copula_age", "fi", "puhelussa selvis et isosisko Sanna on seittemäntoista, asuu vielä kotona", "seittemäntoista"),
    ("kin_copula_age", "fi", "Hänen kuopus on kuus mutta osaa jo lukea.", "kuus"),
    ("kin_copula_age", "sv", "Hon berättade att sonen Elis är nio och går i skolan.", "nio"),
    ("kin_copula_age", "en", "Her daughter Mia is seven, and she needs after-school care.", "seven"),
    ("kin_copula_age", "fi", "soitti äiti, poika eetu on yheksän, käy koulua", "yheksän"),
    ("kin_copula_age", "fi", "Tytär Aino on jo kaheksan ja käy koulua.", "kaheksan"),
    ("kin_copula_age", "sv", "Hon sa att dottern är nu sju.", "sju"),
]

TRAPS = [
    ("kin_copula_age", "fi", "Kello on kaheksan kun aloitetaan.", "kaheksan"),
    ("kin_copula_age", "fi", "Meitä on kaheksan ryhmässä.", "kaheksan"),
    ("kin_copula_age", "fi", "Huone on kaheksan, kerros kolme.", "kaheksan"),
    ("kin_copula_age", "fi", "Poika on kaks kertaa käynyt vastaanotolla.", "kaks"),
    ("kin_copula_age", "fi", "Lapsia on kolme ja kaikki koulussa.", "kolme"),
    ("kin_copula_age", "en", "Her son is one of three children.", "one"),
    ("kin_copula_age", "fi", "poika kertoi että bussi on kaheksan.", "kaheksan"),
    ("kin_copula_age", "fi", "Poika sanoi kello on kaheksan.", "kaheksan"),
    ("kin_copula_age", "en", "My son said the bus is nine.", "nine"),
]


@pytest.mark.parametrize(("rule", "lang", "text", "span"), POSITIVES)
def test_rule_fires(rule: str, lang: str, text: str, span: str) -> None:
    assert rule in RULES
    assert span in _ages(text, lang), scrub(text, lang=lang).text


@pytest.mark.parametrize(("rule", "lang", "text", "word"), TRAPS)
def test_trap_untouched(rule: str, lang: str, text: str, word: str) -> None:
    assert rule in RULES
    res = scrub(text, lang=lang)
    s = text.index(word)
    assert not any(f.start < s + len(word) and s < f.end for f in res.findings), res.text


def test_every_rule_has_a_positive_a_trap_and_a_doc_row() -> None:
    assert {r for r, *_ in POSITIVES} == set(RULES) == {r for r, *_ in TRAPS}
    assert all(f"| {rule} |" in (kin_copula_ages.__doc__ or "") for rule in RULES)


def test_the_age_becomes_a_range() -> None:
    assert scrub("Tytär on kaheksan ja käy eskaria.", lang="fi").text == "Tytär on 0–10 ja käy eskaria."


def test_explain_names_the_rule() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--explain", "--lang", "fi"],
        input="Tytär on kaheksan ja käy eskaria.", capture_output=True, text=True, check=True,
    ).stdout
    assert "kin_copula_age" in out
