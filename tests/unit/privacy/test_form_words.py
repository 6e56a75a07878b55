"""Form, field and dictation words that are no name where they stand (form_words.py): each rule of RULES
with what it must leave and what still goes. Every sentence here is our own."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.form_words import RULES, words


def _touched(text: str, lang: str, span: str) -> bool:
    res = scrub(text, lang=lang)
    s = text.index(span)
    return any(f.start < s + len(span) and s < f.end for f in res.findings)


# (rule, text, lang, word that must stay, word that must still be replaced or "")
CASES = [
    ("label_before_name", "Osoite Koivukuja 5 B 12, 00100 Helsinki", "fi", "Osoite", "Koivukuja"),
    ("label_before_name", "Tulkki Ahmed Hassan paikalla.", "fi", "Tulkki", "Ahmed Hassan"),
    ("label_before_name", "Sanelu Maija Virtanen, kotikäynti.", "fi", "Sanelu", "Maija Virtanen"),
    ("dictation_word", "asiakas kävi piste Seuraava tapaaminen piste Soittakaa hänelle piste Lopetus", "fi",
     "Seuraava", ""),
    ("dictation_word", "Sanelu. Tänään kävi asiakas. Soittakaa hänelle. Lopetus.", "fi", "Soittakaa", ""),
    ("header_line", "Kenttä Arvo\nNimi Matti Virtanen", "fi", "Arvo", "Matti Virtanen"),
    ("header_line", "| Nimi | Tila |\n| Onni | ok |", "fi", "Tila", ""),
    ("header_line", "Client,Occupation,Age,Employer\nA,welder,58,Northern Steel Works", "en", "Occupation", "Northern"),
    ("header_line", "Toimenpide;Vastuu;Pvm\nSoitto;JK;1.2.", "fi", "Vastuu", "JK"),
    ("header_line", '"Asiakas","Ikä","Työnantaja"\n"A","45","Lapin Kuitu"', "fi", "Ikä", "Lapin Kuitu"),
    ("sv_bo", "Bo kvar i lägenheten är målet.", "sv", "Bo kvar", ""),
    ("thing_verb", "eilen Lumi satoi koko päivän. Lumi kertoi olevansa väsynyt.", "fi", "Lumi satoi", "Lumi kertoi"),
    ("table_header", "| Viikko | Tunne |\n|---|---|\n| 1 | hyvä |", "fi", "Viikko", ""),
]


@pytest.mark.parametrize(("rule", "text", "lang", "kept", "gone"), CASES)
def test_form_word_rule(rule: str, text: str, lang: str, kept: str, gone: str) -> None:
    assert rule in RULES
    assert not _touched(text, lang, kept), scrub(text, lang=lang).text
    if gone:
        res = scrub(text, lang=lang)
        assert gone.split()[0] not in res.text.replace(kept, ""), res.text


def test_bo_as_a_name_is_still_found() -> None:
    assert not _touched("Bo ringde i morse.", "sv", "i morse")
    assert "Bo" not in scrub("Bo Lindqvist ringde i morse.", lang="sv").text


def test_rules_table_has_a_doc_for_every_rule() -> None:
    assert all(r.doc for r in RULES.values())
    assert {"label_before_name", "dictation_word", "header_line", "table_header", "sv_bo", "thing_verb"} <= set(RULES)


def test_word_lists_load() -> None:
    w = words()
    assert {"form", "dictation", "header", "thing_verb"} <= set(w)
    assert all(x == x.lower() for section in w.values() for x in section)

def kept(res, original: str, surface: str) -> bool:
    start = original.index(surface)
    end = start + len(surface)
    return not any(f.start < end and start < f.end for f in res.findings)


# ----- form, field and dictation words are words----------------------------------------------------

@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("Tulkki Abdirahman Warsame oli mukana.", "Tulkki", "Abdirahman Warsame"),
        ("Paikalla: asiakas, Tulkki Zoltan Ferenczy ja ohjaaja.", "Tulkki", "Zoltan Ferenczy"),
        ("Yhteyshenkilö Brynjar Ødegaard soittaa.", "Yhteyshenkilö", "Brynjar Ødegaard"),
        ("Seuraava Ignatius Okonkwo soittaa.", "Seuraava", "Ignatius Okonkwo"),
    ],
)
def test_a_label_before_a_name_stays(text: str, word: str, name: str) -> None:
    res = scrub(text, lang="fi")
    assert kept(res, text, word)
    start = text.index(name)
    assert any(f.start <= start and start + len(name) <= f.end for f in res.findings)


@pytest.mark.parametrize(
    "text",
    [
        "Sanelu alkaa. asiakas soitti aamulla pilkku hänellä on kova kipu piste Seuraava tapaaminen ensi viikolla piste Lopetus.",
        "| Kenttä | Arvo |\n|---|---|\n| Tilinumero | puuttuu |",
        "Kenttä Arvo\nTilinumero puuttuu",
        "asiakas kertoi että Hänellä on kipuja ja Tilinumero puuttuu vielä",
    ],
)
def test_form_and_dictation_words_stay(text: str) -> None:
    res = scrub(text, lang="fi")
    assert not any(f.label in ("PERSON", "LOCATION") for f in res.findings), [(f.text, f.reason) for f in res.findings]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Arvo soitti eilen ja kertoi uudesta työstä.", "Arvo"),  # a first name with a person verb
        ("Terveisin\nArvo", "Arvo"),  # a sign-off
        ("Esihenkilö Arvo Virtanen soitti.", "Arvo Virtanen"),
        ("Tapasin Kalle Kentän eilen.", "Kalle Kentän"),
    ],
)
def test_form_words_that_are_names_stay_names(text: str, name: str) -> None:
    res = scrub(text, lang="fi")
    start = text.index(name)
    assert any(f.label == "PERSON" and f.start <= start and start + len(name) <= f.end for f in res.findings)


def test_a_pipe_table_header_is_labels_but_listed_names_stay() -> None:
    text = "| Havainto | Kommentti |\n|---|---|\n| jatko | ok |"
    assert not scrub(text, lang="fi").findings
    text = "| | Matti | Liisa |\n|---|---|---|\n| ikä | 34 | 41 |"
    res = scrub(text, lang="fi")
    assert {f.text for f in res.findings if f.label == "PERSON"} == {"Matti", "Liisa"}


# ----- generic services are no organisation (generic_service) ---------------------------------------

@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Asiakas kävi Kipuklinikalla ja Psykiatrian poliklinikalla."),
        ("fi", "Hän käy Mielenterveyskeskuksessa ja Työterveysasemalla."),
        ("fi", "Kävin Päihdeklinikalla ja Perheneuvolassa, sitten Muistipoliklinikalla ja Uniklinikalla."),
        ("en", "She visits the Pain Clinic and the Memory Clinic monthly."),
    ],
)
def test_generic_services_stay(lang: str, text: str) -> None:
    res = scrub(text, lang=lang)
    assert not res.findings, [(f.text, f.reason) for f in res.findings]


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        ("fi", "Hän asuu Itäkeskuksessa ja käy Kalevankeskuksessa.", "Kalevankeskuksessa"),
        ("fi", "Hän on töissä Ratakeskuksella ja Nuorisokeskus Vihreässä.", "Vihreässä"),
        ("en", "She works at the Smith Clinic on Fridays.", "Smith Clinic"),
    ],
)
def test_named_services_stay_organisations(lang: str, text: str, org: str) -> None:
    res = scrub(text, lang=lang)
    start = text.index(org)
    assert any(f.start <= start and start + len(org) <= f.end for f in res.findings)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Spoke with Mr Okafor of Harbour Logistics today.", "Okafor", "Harbour Logistics"),
        ("Contact: Mr David Okafor of Harbour Logistics", "David Okafor", "Harbour Logistics"),
        ("Mr. Okafor of Riverside Works called.", "Okafor", "Riverside Works"),
    ],
)
def test_title_name_of_organisation_come_apart(text: str, person: str, org: str) -> None:
    res = scrub(text, lang="en")
    assert kept(res, text, "of ")
    assert any(f.label == "PERSON" and f.text == person for f in res.findings)
    assert any(f.label == "ORG" and f.text == org for f in res.findings)


def test_an_organisation_with_of_inside_stays_whole() -> None:
    text = "She works at Bank of Åland now."
    assert any(f.label == "ORG" and f.text == "Bank of Åland" for f in scrub(text, lang="en").findings)
