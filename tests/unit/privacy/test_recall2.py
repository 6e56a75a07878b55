"""Recall on unseen text for organisations, ages, dates and places, and kept vocabulary (issue 14).

Every sentence here is our own; no name, place or firm comes from a corpus.
"""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub


def kept(res, original: str, surface: str) -> bool:
    start = original.index(surface)
    end = start + len(surface)
    return not any(f.start < end and start < f.end for f in res.findings)


# ----- eponymous diagnoses and methods survive (never_scrub.txt) ----------------------------------

@pytest.mark.parametrize(
    ("lang", "text", "term"),
    [
        ("fi", "Hänellä on todettu Aspergerin oireyhtymä viime vuonna.", "Aspergerin oireyhtymä"),
        ("fi", "Aspergerin oireyhtymän vuoksi hän tarvitsee rauhallisen tilan.", "Aspergerin oireyhtymän"),
        ("fi", "Isällä on Parkinsonin tauti, ja hän hoitaa häntä.", "Parkinsonin tauti"),
        ("fi", "Veljellä on Downin oireyhtymä.", "Downin oireyhtymä"),
        ("fi", "Touretten oireyhtymä vaikeuttaa asiakaspalvelua.", "Touretten oireyhtymä"),
        ("sv", "Han har Aspergers syndrom och behöver lugn.", "Aspergers syndrom"),
        ("sv", "Hans mor har Parkinsons sjukdom.", "Parkinsons sjukdom"),
        ("sv", "Hon har Downs syndrom.", "Downs syndrom"),
        ("en", "She has Asperger's syndrome and works best alone.", "Asperger's syndrome"),
        ("en", "Her father has Parkinson's disease.", "Parkinson's disease"),
        ("en", "Diagnosed with Tourette syndrome in his teens.", "Tourette syndrome"),
    ],
)
def test_eponymous_diagnoses_survive(lang: str, text: str, term: str) -> None:
    assert kept(scrub(text, lang=lang), text, term)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("fi", "Tapasin Tuomas Parkinsonin eilen kahvilassa.", "Tuomas Parkinsonin"),
        ("en", "Diagnosed with Down syndrome; I met Mr Down at the office.", "Mr Down"[3:]),
    ],
)
def test_a_person_with_a_diagnosis_surname_is_still_a_person(lang: str, text: str, name: str) -> None:
    res = scrub(text, lang=lang)
    idx = text.rindex(name)
    assert any(f.start <= idx and idx + len(name) <= f.end for f in res.findings)


# ----- form, field and dictation words are words (form_words.py) -----------------------------------

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


# ----- names that are words, in their idioms (never_scrub.txt) --------------------------------------

@pytest.mark.parametrize(
    ("text", "idiom"),
    [
        ("Tapasin Toivo Mäkisen. Toivoa on vielä, sanoi hän.", "Toivoa on"),
        ("Tapaamisessa mukana Lumi ja äiti. Lumi satoi koko päivän.", "Lumi satoi"),
        ("Hänellä on Onni matkassa, työpaikka löytyi.", "Onni matkassa"),
    ],
)
def test_word_names_in_their_idioms_stay(text: str, idiom: str) -> None:
    res = scrub(text, lang="fi")
    start = text.rindex(idiom)
    assert not any(f.start < start + len(idiom) and start < f.end for f in res.findings)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Toivoa ei tavoitettu eilen. Toivo Mäkinen soitti.", "Toivoa"),
        ("Tapaamisessa mukana Lumi ja äiti. Lumi kertoi koulusta.", "Lumi kertoi"[:4]),
    ],
)
def test_word_names_outside_their_idioms_stay_names(text: str, name: str) -> None:
    res = scrub(text, lang="fi")
    start = text.index(name)
    assert any(f.start <= start and start + len(name) <= f.end for f in res.findings)


def test_an_exact_idiom_never_keeps_the_names_other_forms() -> None:
    text = "Mies toivo on työtön. Toivo on väsynyt."
    res = scrub(text, lang="fi")
    assert any(f.label == "PERSON" and f.text.lower() == "toivo" for f in res.findings)


# ----- generic services are no organisation (form_words.py, generic_service) ------------------------

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
