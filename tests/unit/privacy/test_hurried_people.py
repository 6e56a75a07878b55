"""People of lower-case hurried notes (hurried_people.py): every rule fires in an invented sentence and leaves its
trap alone; `--explain` names the rule."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.hurried_people import RULES

PREFIX = {
    "fi": "Tapaaminen sujui hyvin. Asiakas on motivoitunut ja jaksaa paremmin. Sovimme seuraavan ajan.\n",
    "sv": "Mötet gick bra. Klienten är motiverad och orkar bättre. Vi bokade en ny tid.\n",
}

# (rule id, lang, a line where it fires, the span it finds, a trap line, a word of it that stays)
CASES = [
    ("full_name_tail", "fi", "soitti mai tursunbekova, itki puhelimessa", "mai tursunbekova",
     "soitti mai takaisin, kaikki ok", "takaisin"),
    ("unknown_surname", "fi", "kysyi zohal rezaei, tuleeko aika", "zohal rezaei",
     "kysyi sitten uudestaan, tuleeko aika", "sitten"),
    ("full_name_tail", "sv", "ringde pia holmqvist, grät i telefon", "pia holmqvist",
     "ringde bosse igår. han frågade om kristina kan skriva intyg", "om"),  # `om` is no given name in a Swedish text
    ("unknown_pair", "fi", "tapasin aigerim bekova eilen, puhuttiin", "aigerim bekova",
     "soitti kotikäynnillä eilen, puhuttiin", "kotikäynnillä"),
    ("unknown_pair", "sv", "ringde aigerim bekova idag om tiden", "aigerim bekova",
     "ringde försäkringskassan idag om tiden", "försäkringskassan"),
    ("name_forms", "fi", "kysyi zohal rezaei, itki. zohalillekin soitan huomenna", "zohalillekin",
     "soitti mai tursunbekova, itki. maista puhuttiin ruokailussa", "maista"),
    ("name_forms", "fi", "äiti üllar on kipeä, üllarillekin soitin", "üllarillekin",
     "äiti üllar on kipeä, ülläri ei ollut", "ei"),
    ("hyphen_given", "sv", "leif-ove ringde idag om tiden", "leif-ove",
     "te-byrån ringde idag om tiden", "te-byrån"),
    ("hyphen_given", "fi", "stig-olle soitti eilen", "stig-olle",
     "te-toimisto soitti eilen, ml. kela-asiat", "te-toimisto"),
    ("hyphen_initials", "fi", "anna-kaisa soitti aamulla. a-k (41) on ollut kotona", "a-k",
     "soitti aamulla. a-k tarkastus ok, ml. lomakkeet", "a-k"),
    ("foreign_letters", "fi", "äiti üllar on kipeä", "üllar",
     "asiakas söi müsliä aamulla", "müsliä"),
    ("foreign_letters", "fi", "äiti şükran on kipeä", "şükran",
     "asiakas söi müsliä aamulla", "müsliä"),
    ("sv_kin_given", "sv", "maken bo ringde igår", "bo",
     "maken har ringt igår, chefen sa att det är ok", "har"),
    ("sv_kin_given", "sv", "maken bo ringde igår", "bo",
     "hennes sambon ville inte flytta till stan", "ville"),
]


@pytest.mark.parametrize(("rid", "lang", "yes", "span", "no", "kept"), CASES, ids=[c[0] for c in CASES])
def test_rule_fires_and_trap_stays(rid: str, lang: str, yes: str, span: str, no: str, kept: str) -> None:
    text = PREFIX[lang] + yes
    r = scrub(text, lang=lang)
    start = text.rindex(span, len(PREFIX[lang]))
    assert any(f.start <= start and f.end >= start + len(span) and f.label == "PERSON" for f in r.findings), r.text
    trap = PREFIX[lang] + no
    r = scrub(trap, lang=lang)
    at = trap.index(kept, len(PREFIX[lang]))
    assert not any(f.start <= at < f.end for f in r.findings), r.text


def test_every_rule_names_itself_in_a_finding() -> None:
    assert {c[0] for c in CASES} == set(RULES)
    assert all(r.doc for r in RULES.values())
    named: set[str] = set()
    for rid, lang, yes, span, _, _ in CASES:
        text = PREFIX[lang] + yes
        start = text.rindex(span, len(PREFIX[lang]))
        if any(f.start <= start < f.end and f"({rid})" in f.reason for f in scrub(text, lang=lang).findings):
            named.add(rid)
    assert named == set(RULES)


def test_initials_age_is_an_age_and_one_person() -> None:
    text = PREFIX["fi"] + "anna-kaisa soitti aamulla. a-k (41) on ollut kotona"
    r = scrub(text, lang="fi")
    assert "41" not in r.text and "a-k" not in r.text, r.text
    people = {f.replacement.split("]")[0] for f in r.findings if f.label == "PERSON"}
    assert len(people) == 1, r.text


def test_forms_follow_a_consonant_stem_with_clitics(rules_alone) -> None:
    text = PREFIX["fi"] + "kysyi zohal rezaei, itki. zohalilla selkä kipeä, zohalin mies, zohalillekaan ei soitettu"
    r = scrub(text, lang="fi")
    assert "zohal" not in r.text, r.text


def test_careful_lines_and_capitalised_forms() -> None:
    """A lower-case name in a line that opens with a capital, its capitalised case forms after it."""
    text = PREFIX["fi"] + "Muistiinpano: tapasin aigerim bekova eilen. Aigerimille lähetetään lomake."
    r = scrub(text, lang="fi")
    assert "aigerim" not in r.text.lower() and "bekova" not in r.text, r.text
    text = PREFIX["fi"] + "Soitto klo 14: Leyla Karimi, itki. leylankin mies soitti."
    assert "leylankin" not in scrub(text, lang="fi").text


@pytest.mark.parametrize("line", [
    "klo 10 aigerim bekova soitti, kysyi ajasta.",
    "asiakas aigerim bekova tuli myöhässä.",
    "aigerim bekova (34) soitti.",
    "aigerim bekova: kysyi ajasta.",
    "- aigerim bekova soitti, itki",
])
def test_full_name_in_a_person_place_is_one_person(line: str) -> None:
    text = PREFIX["fi"] + line
    r = scrub(text, lang="fi")
    assert "aigerim" not in r.text and "bekova" not in r.text, r.text
    assert len({f.replacement for f in r.findings if f.label == "PERSON"}) == 1, r.text
    assert not r.questions, r.text


def test_short_note_with_hyphen_initials_stays_finnish() -> None:
    from coachdesk.privacy.detect_lang import detect_lang

    assert detect_lang("anna-kaisa soitti aamulla. a-k (41) on ollut kotona") == "fi"


def test_surname_forms_and_inflected_hyphen_names_are_one_person() -> None:
    text = PREFIX["fi"] + "soitti aigerim bekova, itki. bekovalle soitan huomenna, bekovankin lapset."
    r = scrub(text, lang="fi")
    assert "bekova" not in r.text and len({f.replacement.split("]")[0] for f in r.findings}) == 1, r.text
    text = PREFIX["fi"] + "kaj-ingvarille soitin eilen, kaj-ingvar ei vastannut."
    r = scrub(text, lang="fi")
    assert "ingvar" not in r.text and r.text.count("]:lle") == 1, r.text
    assert len({f.replacement.split("]")[0] for f in r.findings}) == 1, r.text


def test_a_found_name_again_is_replaced_not_asked() -> None:
    text = PREFIX["sv"] + "mamman jüri ringde. pappan tõnis sa nej, tõnis kommer sen."
    r = scrub(text, lang="sv")
    assert "tõnis" not in r.text and not r.questions, r.text


def test_a_given_name_the_lists_read_as_a_form_opens_a_full_name() -> None:
    text = PREFIX["fi"] + "puhelu\nsoitti gulnara ismailova, kysyi kurssista. gulnaralle lähetetty linkki."
    r = scrub(text, lang="fi")
    assert "gulnara" not in r.text and "ismailova" not in r.text and not r.questions, r.text


def test_swedish_kin_nouns_before_verbs_stay() -> None:
    text = PREFIX["sv"] + "hustrun har ringt. sonen ringde igår. chefen sa att det är ok. mamman och pappan kommer."
    assert not [f for f in scrub(text, lang="sv").findings if f.start >= len(PREFIX["sv"])]


def test_explain_shows_the_rule() -> None:
    text = PREFIX["sv"] + "leif-ove ringde idag om tiden"
    out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "sv", "--format", "json", "--explain"],
                         input=text, capture_output=True, text=True, check=True).stdout
    assert "hyphen_given" in json.dumps(json.loads(out), ensure_ascii=False)
