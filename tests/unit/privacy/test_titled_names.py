"""Names after a title abbreviation (titled_names.py): the name is replaced, the title stays; units, kept
words, compounds of common nouns and ordinary words after a title are left alone."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.titled_names import RULES
from tests.support.rule_cases import assert_every_rule_has_cases, assert_left

# (rule, text, lang, the name that must be a PERSON finding, the title that must survive)
POSITIVES = [
    ("title_surname", "Läsnä: ft Kallio, th Nyberg, psyk. Ranta, asiakas", "fi", "Ranta", "psyk."),
    ("title_surname", "psyk. Laakso arvioi tilanteen uudelleen.", "fi", "Laakso", "psyk."),
    ("title_surname", "Soitin psyk. Rannalle eilen illalla.", "fi", "Rannalle", "psyk."),
    ("title_surname", "Närvarande: ssk Åberg, läk. Holmqvist", "sv", "Åberg", "ssk"),
    ("title_surname", "soitto: ft mäki soitti aamulla, palaa asiaan", "fi", "mäki", "ft"),
    ("title_kept", "Ystävällisin terveisin\nFt Hanna Rinne\nKuntoutus", "fi", "Hanna Rinne", "Ft"),
    ("title_kept", "PsM Granqvist arvioi kognitiota.", "fi", "Granqvist", "PsM"),
    ("title_initial", "Lääkäri: Dr. Lahti. Myöhemmin Dr. L. kirjoitti B-lausunnon.", "fi", "L.", "Dr."),
    ("title_initial", "ft M. oli paikalla koko palaverin ajan.", "fi", "M.", "ft"),
]

# (rule, text, lang, a word that must survive)
TRAPS = [
    ("title_surname", "Käynnillä ft. Seuraava tapaaminen sovittiin.", "fi", "Seuraava"),
    ("title_surname", "Lähete: psyk. Arvio valmistuu ensi viikolla.", "fi", "Arvio"),
    ("title_surname", "Lähete: psyk. Arvion mukaan työkyky riittää.", "fi", "Arvion"),
    ("title_surname", "Ohjaus th Kela-asioissa jatkuu.", "fi", "Kela-asioissa"),
    ("title_surname", "psyk. ADHD-arvio tehdään syksyllä.", "fi", "ADHD-arvio"),
    ("title_surname", "ft arvio valmis ensi viikolla", "fi", "arvio"),
    ("title_surname", "He is 6 ft Tallinn-bound next week.", "en", "Tallinn-bound"),
    ("title_kept", "Tri Nguyen kertoi asiasta.", "fi", "Tri"),
    ("title_initial", "Dr. B-lausunto on tulossa.", "fi", "B-lausunto"),
    ("title_initial", "Kohta A. käsiteltiin ensin.", "fi", "A"),
]


@pytest.mark.parametrize(("rule", "text", "lang", "name", "title"), POSITIVES)
def test_name_after_title(rule: str, text: str, lang: str, name: str, title: str) -> None:
    assert rule in RULES
    res = scrub(text, lang=lang)
    s = text.rindex(name)
    letters = [i for i in range(s, s + len(name)) if text[i].isalnum()]
    assert all(any(f.start <= i < f.end and f.label == "PERSON" for f in res.findings) for i in letters), (rule, res.findings)
    t = text.index(title)
    assert not any(f.start < t + len(title) and t < f.end for f in res.findings), (rule, res.findings)


@pytest.mark.parametrize(("rule", "text", "lang", "word"), TRAPS)
def test_word_after_title_stays(rule: str, text: str, lang: str, word: str) -> None:
    assert rule in RULES
    if rule == "title_kept":  # a title word that is also a first name stays part of the name it opens
        s = text.index(word)
        assert any(f.label == "PERSON" and f.start <= s < f.end for f in scrub(text, lang=lang).findings), text
        return
    assert_left(text, lang, word, why=rule)


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert_every_rule_has_cases(RULES, POSITIVES, TRAPS)


def test_initial_shares_the_letter_of_the_named_person() -> None:
    res = scrub("Dr. Salo jatkaa hoitoa; Dr. S. soittaa perjantaina.", lang="fi")
    assert res.text.count("[Henkilö A]") == 2, res.text


def test_explain_names_the_rule() -> None:
    res = scrub("psyk. Laakso arvioi tilanteen.", lang="fi")
    assert any("(title_surname)" in f.reason for f in res.findings)


@pytest.mark.parametrize(
    "text",
    [
        "Terveisin\nFt Hanna Rinne\nKuntoutus",
        "Läsnä: psyk. Laakso, ft mäki soitti. Dr. Lahti soitti; Dr. L. kirjoittaa.",
        "Med vänlig hälsning\nSsk Lind",
    ],
)
def test_scrubbing_twice_changes_nothing(text: str) -> None:
    once = scrub(text).text
    assert scrub(once).text == once


def test_a_surname_in_a_word_form_is_replaced_with_its_ending_and_asks_nothing() -> None:
    res = scrub("Kävin ft Kiven kanssa läpi harjoitteet.", lang="fi")
    assert res.text == "Kävin ft [Henkilö A]:n kanssa läpi harjoitteet.", res.text
    assert not res.questions
