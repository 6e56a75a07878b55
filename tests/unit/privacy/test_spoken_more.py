"""More spoken forms (spoken_more.py): each rule of RULES fires on a sentence of its shape and leaves
its trap (an ordinary word, a duration, a count in the same position) alone."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.spoken_more import RULES


def _covered(text: str, span: str, lang: str) -> bool:
    res = scrub(text, lang=lang)
    s = text.index(span)
    cov = {i for f in res.findings for i in range(f.start, f.end)}
    return all(i in cov for i in range(s, s + len(span)) if text[i].isalnum())


def _touched(text: str, span: str, lang: str) -> bool:
    res = scrub(text, lang=lang)
    s = text.index(span)
    return any(f.start < s + len(span) and s < f.end for f in res.findings)


# (rule, lang, text, span that must be covered whole)
POSITIVES = [
    ("letter_code", "fi", "Asiakasnumero on aa äs viiva viis viis kaheksan yks kaks nolla, tarkistin sen.",
     "aa äs viiva viis viis kaheksan yks kaks nolla"),
    ("letter_code", "fi", "Viite on ärrä ee viiva kaks kolme neljä viis kuus.", "ärrä ee viiva kaks kolme neljä viis kuus"),
    ("letter_code", "fi", "Tunnus tee kaa viiva nolla tupla kolme seittemän, kolme kertaa soitin.",
     "tee kaa viiva nolla tupla kolme seittemän"),
    ("letter_code", "sv", "Kundnumret är a ess streck fem fem åtta ett två noll.", "a ess streck fem fem åtta ett två noll"),
    ("letter_code", "en", "The customer number is a s dash five five eight one two zero.",
     "a s dash five five eight one two zero"),
    ("age_turned", "fi", "Hän on niinku neljäkytyks vuotta täyttäny viime kuussa.", "neljäkytyks"),
    ("age_turned", "fi", "Mies, eli kolkyt viis vuotta täyttänyt, tuli ajallaan.", "kolkyt viis"),
    ("age_turned", "fi", "Hän täytti viiskytkaks vuotta keväällä.", "viiskytkaks"),
    ("age_restated", "sv", "Klienten har personnummer noll ett noll två åtta sex streck tre ett nio åtta, alltså femtiofyra år.",
     "femtiofyra"),
    ("age_restated", "fi", "Hetu on kaks kolme nolla viis yheksän yks viiva nolla seittemän kaks än, eli kolkytviis vuotta.",
     "kolkytviis"),
    ("date_year_words", "en", "She was born on the nineteenth of August ninety-nine in a small town.",
     "the nineteenth of August ninety-nine"),
    ("date_year_words", "en", "He was born on the third of March oh four.", "the third of March oh four"),
    ("date_year_words", "en", "Born on the seventh of July sixty six, she moved here.", "the seventh of July sixty six"),
]

# (rule, lang, text, a word that must survive)
TRAPS = [
    ("letter_code", "fi", "Hän sanoi aa niin, viiva tuli väärään kohtaan.", "viiva"),
    ("letter_code", "fi", "Odota ee… viis minuuttia vielä.", "viis"),
    ("letter_code", "fi", "Hän tuli ee viiva kaks kolme neljä viis kertaa.", "viis"),
    ("letter_code", "en", "Add a dash of salt and five six eggs.", "five"),
    ("age_turned", "fi", "Takana neljäkytyks vuotta työuraa.", "neljäkytyks"),
    ("age_turned", "fi", "Hänellä on neljäkytyks vuotta työuraa takana.", "neljäkytyks"),  # spoken.py _DURATION_AFTER
    ("age_turned", "fi", "Hän on niinku viis vuotta täyttäny lomakkeita.", "viis"),
    ("age_restated", "sv", "Hon flyttade hit, alltså fem år sedan.", "fem"),
    ("age_restated", "sv", "Hon har jobbat där, alltså tjugo år.", "tjugo"),
    ("date_year_words", "en", "She was the nineteenth of the group to finish.", "nineteenth"),
    ("date_year_words", "en", "There were ninety-nine problems.", "ninety-nine"),
    ("date_year_words", "en", "She started on the fifth of May, twenty-two of them came.", "twenty-two"),
    ("date_year_words", "en", "On the first of April eighty percent passed.", "eighty"),
]


@pytest.mark.parametrize(("rule", "lang", "text", "span"), POSITIVES)
def test_rule_fires(rule: str, lang: str, text: str, span: str) -> None:
    assert rule in RULES
    assert _covered(text, span, lang), scrub(text, lang=lang).text


@pytest.mark.parametrize(("rule", "lang", "text", "word"), TRAPS)
def test_trap_untouched(rule: str, lang: str, text: str, word: str) -> None:
    assert rule in RULES
    assert not _touched(text, word, lang), scrub(text, lang=lang).text


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert {r for r, *_ in POSITIVES} == set(RULES) == {r for r, *_ in TRAPS}


def test_letter_code_is_one_id_span() -> None:
    text = "Asiakasnumero on aa äs viiva viis viis kaheksan yks kaks nolla."
    res = scrub(text, lang="fi")
    ids = [f for f in res.findings if f.label == "ID"]
    assert len(ids) == 1 and text[ids[0].start : ids[0].end] == "aa äs viiva viis viis kaheksan yks kaks nolla"


def test_restated_age_needs_an_identity_code() -> None:
    assert not _touched("Hän kertoi asiasta, eli kolkytviis vuotta.", "kolkytviis", "fi")


def test_explain_names_the_rules(tmp_path) -> None:
    text = ("Asiakasnumero on aa äs viiva viis viis kaheksan yks kaks nolla. "
            "Hän on niinku neljäkytyks vuotta täyttäny.")
    out = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--explain", "--lang", "fi"],
        input=text, capture_output=True, text=True, check=True,
    ).stdout
    assert "letter_code" in out and "age_turned" in out
    en = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--explain", "--lang", "en"],
        input="She was born on the third of March oh four.", capture_output=True, text=True, check=True,
    ).stdout
    assert "date_year_words" in en


def test_long_text_of_dash_words_stays_linear() -> None:
    text = "viiva aa " * 4000 + "aa äs viiva viis viis kaheksan yks"
    res = scrub(text, lang="fi")
    assert any(f.label == "ID" for f in res.findings)
