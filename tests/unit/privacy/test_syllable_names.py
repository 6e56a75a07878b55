"""Korean given names by their shape (syllable_names.py): the rule fires on invented lines, leaves its traps alone,
keeps a case ending or genitive on the placeholder, and `--explain` names it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.syllable_names import RULES

HITS = [
    ("fi", "Tapasin Seo-yeonin eilen toimistolla.", "Seo-yeonin"),
    ("fi", "lupasin soittaa hye-jinille takas klo 16", "hye-jinille"),
    ("en", "call w/ min-jun re shifts tomorrow", "min-jun"),
    ("en", "Present: client Park Ji-ho (JP) and his sister.", "Park Ji-ho"),
    ("sv", "Hennes man Kim Dae-sung är hemma med barnen.", "Kim Dae-sung"),
]
TRAPS = [
    ("en", "this is a no-go, a so-so week", "no-go"),
    ("en", "please log-in first", "log-in"),
    ("fi", "ravintola kiinni ma-ti ja ke-pe", "ma-ti"),
    ("fi", "lähetin e-mailin ja TE-palvelut vastasi", "e-mailin"),
]


@pytest.mark.parametrize(("lang", "line", "name"), HITS)
def test_the_rule_fires(lang: str, line: str, name: str) -> None:
    r = scrub(line, lang=lang)
    at = line.index(name)
    assert any(f.label == "PERSON" and f.start == at and f.end == at + len(name) for f in r.findings), r.text


@pytest.mark.parametrize(("lang", "line", "word"), TRAPS)
def test_traps_stay(lang: str, line: str, word: str) -> None:
    r = scrub(line, lang=lang)
    at = line.index(word)
    assert not any(f.start <= at < f.end for f in r.findings), r.text


def test_a_word_before_the_name_stays() -> None:
    assert scrub("Ja Seo-yeon tuli myös.", lang="fi").text.startswith("Ja [Henkilö A] tuli")


def test_the_placeholder_keeps_the_ending() -> None:
    assert scrub("soitin hye-jinille eilen", lang="fi").text == "soitin [Henkilö A]:ille eilen"
    assert scrub("Choi Hyun-woo's sister called", lang="en").text == "[Person A]'s sister called"


def test_explain_names_the_rule() -> None:
    assert set(RULES) == {"korean_given"}
    out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "fi", "--format", "json", "--explain"],
                         input=HITS[0][1], capture_output=True, text=True, check=True).stdout
    assert "korean_given" in json.dumps(json.loads(out), ensure_ascii=False)
