"""age_apposition.py: capitalised words no rule took, `, NN,` and a lower-case word are a person and an age;
a room, a product, ordinary words or a kept body before the number are not."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coachdesk.privacy import age_apposition, scrub
from coachdesk.privacy.age_apposition import RULES


def _labels(text: str, lang: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.label for f in scrub(text, lang=lang).findings}


# (rule, lang, text, name, age)
POSITIVES = [
    ("name_comma_age", "en", "What? Nok Saelim, 38, works nights at a warehouse and wants day shifts.", "Nok Saelim", "38"),
    ("name_comma_age", "en", "We talked about Tavita Oleniu, 52, who drives a delivery van.", "Tavita Oleniu", "52"),
    ("name_comma_age", "fi", "Tapasin eilen: Qorvel Imani, 41, tekee yövuoroja varastolla.", "Qorvel Imani", "41"),
    ("name_comma_age", "sv", "Jag träffade Ubrik Selto, 29, som jobbar natt på lagret.", "Ubrik Selto", "29"),
    ("name_comma_age", "en", "Ana Lúcia dos Xantos, 36, is a cook at a school.", "Ana Lúcia dos Xantos", "36"),
    ("name_comma_age", "en", "Abu Bakr al-Xassan, 44, drives a taxi.", "Abu Bakr al-Xassan", "44"),
    ("name_comma_age", "en", "Orvaha Ngelt, 22 – wants to study nursing.", "Orvaha Ngelt", "22"),
    ("name_comma_years", "fi", "Asiakas Agnieszka Zielińska, neljäkymmentäseitsemän vuotta, asuu Raisiossa.",
     "Agnieszka Zielińska", "neljäkymmentäseitsemän vuotta"),
    ("name_comma_years", "fi", "Asiakas Matti Virtanen, 47 vuotta, asuu yksin.", "Matti Virtanen", "47 vuotta"),
    ("name_comma_years", "en", "Met Reza Salehi, forty-one years old, at the office.", "Reza Salehi", "forty-one years old"),
    ("name_comma_years", "sv", "Vi träffade Anna Lund, 52 år, och hennes chef.", "Anna Lund", "52 år"),
    ("name_comma_years", "sv", "kunden Anna Lund trettiosex år bor på landet", "Anna Lund", "trettiosex år"),
    ("name_comma_years", "sv", "kunden Lund Tiina trettiosex år bor på landet", "Lund Tiina", "trettiosex år"),
    ("name_comma_years", "fi", "asiakas Laura Mäki pilkku neljäkymmentäkaksi vuotta uusi kappale", "Laura Mäki",
     "neljäkymmentäkaksi vuotta"),
    ("name_copula_age", "fi", "sanelu ensimmäinen Aamu Xänsman joka on kaksikymmentäviisi ja tulee Vuotsosta", "Aamu Xänsman",
     "kaksikymmentäviisi"),
    ("name_copula_age", "en", "dictation starts client Ahmed Xur Ali comma thirty nine comma lives in Tornio", "Ahmed Xur Ali",
     "thirty nine"),
    ("name_copula_age", "sv", "Vi träffade Anna Lund i går. Anna Lund är 38, har arbetat i gruvan.", "Anna Lund", "38"),
]

# (rule, lang, text, a word that must survive)
TRAPS = [
    ("name_comma_age", "en", "Room 4, 38, was booked for the group.", "38"),
    ("name_comma_age", "en", "The Volvo XC40, 2019, was sold last week.", "2019"),
    ("name_comma_age", "en", "Highway Nine, 38, runs north of the town.", "Highway"),
    ("name_comma_age", "fi", "Kela, 38, maksoi korvauksen viime viikolla.", "Kela"),
    ("name_comma_age", "en", "Volvo Amazon, 38, was restored by the club.", "Volvo"),
    ("name_comma_years", "fi", "Matti Virtanen, 22 vuotta töissä, jäi pois.", "22"),
    ("name_comma_years", "fi", "asiakas Matti Virtanen kaksikymmentäkaksi vuotta töissä samassa firmassa", "kaksikymmentäkaksi"),
    ("name_comma_years", "sv", "han träffade Anna Lund trettio år sedan", "trettio"),
    ("name_comma_years", "fi", "asiakas Matti Virtanen 42 vuotta", "42"),
    ("name_comma_years", "fi", "Hän oli töissä Pekka Virtasella kakskytkolme vuotta.", "kakskytkolme"),
    ("name_comma_years", "fi", "Asiakas Anna Koski, kaks vuotta, ei muuta.", "kaks"),
    ("name_comma_years", "en", "The Highway, 30 years, is old.", "30"),
    ("name_copula_age", "fi", "Matti Virtanen on 38 tuntia töissä viikossa.", "38"),
    ("name_copula_age", "fi", "sanelu Matti Virtanen pilkku kaksi pilkku asuu Kuopiossa", "kaksi"),
    ("name_copula_age", "sv", "Anna Lund är trettio minuter sen.", "trettio"),
    ("name_copula_age", "en", "client Ahmed Ali comma 39 comma lives here", "39"),
    ("name_copula_age", "en", "Ahmed Ali is forty percent done", "forty"),
]


@pytest.mark.parametrize(("rule", "lang", "text", "name", "age"), POSITIVES)
def test_rule_fires(rule: str, lang: str, text: str, name: str, age: str) -> None:
    assert rule in RULES
    found = _labels(text, lang)
    assert found.get(name) == "PERSON" and found.get(age) == "AGE", scrub(text, lang=lang).text


@pytest.mark.parametrize(("rule", "lang", "text", "word"), TRAPS)
def test_trap_untouched(rule: str, lang: str, text: str, word: str) -> None:
    assert rule in RULES
    res = scrub(text, lang=lang)
    s = text.index(word)
    assert not any(f.start < s + len(word) and s < f.end for f in res.findings), res.text


def test_every_rule_has_a_positive_a_trap_and_a_doc_row() -> None:
    assert {r for r, *_ in POSITIVES} == set(RULES) == {r for r, *_ in TRAPS}
    assert all(f"| {rule} |" in (age_apposition.__doc__ or "") for rule in RULES)


def test_a_found_name_keeps_its_own_rule() -> None:
    text = "I met Matti Virtanen, 44, last week; he drives a bus."
    reasons = [f.reason for f in scrub(text, lang="en").findings]
    assert not any("name_comma_age" in r for r in reasons)


def test_explain_names_the_rule(rules_alone) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--explain", "--lang", "en"],
        input="What? Pim Rainwater, 38, works nights.", capture_output=True, text=True, check=True,
    ).stdout
    assert "name_comma_age" in out
    out = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--explain", "--lang", "fi"],
        input="Asiakas Matti Virtanen, 47 vuotta, asuu yksin.", capture_output=True, text=True, check=True,
    ).stdout
    assert "name_comma_years" in out


def test_the_years_word_stays_readable() -> None:
    assert scrub("Asiakas Matti Virtanen, 47 vuotta, asuu yksin.", lang="fi").text == \
        "Asiakas [Henkilö A], 39–50 vuotta, asuu yksin."
