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


# ----- organisations written in a hurry (org_rules.py) ---------------------------------------------

def _org_over(res, original: str, surface: str, rule: str | None = None) -> bool:
    start = original.index(surface)
    end = start + len(surface)
    return any(
        f.label == "ORG" and f.start <= start and end <= f.end and (rule is None or rule in f.reason) for f in res.findings
    )


@pytest.mark.parametrize(
    ("lang", "text", "org", "rule"),
    [
        ("fi", "soitin jalava putki oy:lle, asentaja tulee huomenna", "jalava putki oy", "legal_lower"),
        ("fi", "työkokeilu alkaa sähköasennus pulkkinen ky:ssä maanantaina", "sähköasennus pulkkinen ky", "legal_lower"),
        ("en", "she got a trial at hirvonen oy through the te office", "hirvonen oy", "legal_lower"),
        ("fi", "kävin konditori lindholm:ssa kahvilla", "konditori lindholm", "head_then_name"),
        ("fi", "sitten kukkakauppa kettusen kautta kotiin", "kukkakauppa kettusen", "head_then_name"),
        ("fi", "hän teki kesätöitä rantasen leipomossa", "rantasen leipomossa", "name_then_head"),
        ("fi", "salminen & veljesten huolto soitti eilen", "salminen & veljesten huolto", "name_then_head"),
        ("en", "client now works at nurmi removals, started monday", "nurmi removals", "name_then_head"),
        ("fi", "asiakas on ollut töissä k-supermarketissa ja tokmannilla", "k-supermarketissa", "chain_lower"),
        ("fi", "asiakas on ollut töissä k-supermarketissa ja tokmannilla", "tokmannilla", "chain_lower"),
        ("sv", "hon jobbar på bageriet i närpes sedan i fjol", "bageriet i närpes", "sv_workplace_town"),
        ("sv", "Han studerar vid Kustbygdens folkhögskola i höst.", "Kustbygdens folkhögskola", "sv_institution"),
    ],
)
def test_hurried_organisations(lang: str, text: str, org: str, rule: str) -> None:
    assert _org_over(scrub(text, lang=lang), text, org, rule)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Hyvä oy:n toiminta on hänelle tuttua."),  # an ordinary word before a legal form
        ("fi", "Kauppa oli kiinni, joten hän meni kotiin."),
        ("fi", "Asiakkaan isä omistaa kahvilan ja leipomon."),
        ("fi", "Kunnan työterveyshuolto ja kaupungin liikenne toimivat hyvin."),
        ("fi", "Valtion kuntoutus ja kirkon kahvila ovat tuttuja."),  # genitives of ordinary words
        ("fi", "kaupungin muutos ja kunnan remontti jatkuvat"),
        ("fi", "se alko itkeä kesken tapaamisen"),  # Alko is a chain, alko also 'began'
        ("sv", "Hon bor i Närpes och går i skolan i Kristinestad."),
        ("sv", "Det finns en folkhögskola i närheten."),
        ("en", "The cleaning was done, then the building services came."),
    ],
)
def test_hurried_organisation_traps(lang: str, text: str) -> None:
    res = scrub(text, lang=lang)
    assert not any("organisation (" in f.reason for f in res.findings), [(f.text, f.reason) for f in res.findings]


def test_org_rules_table_has_a_doc_for_every_rule() -> None:
    from coachdesk.privacy import org_rules

    assert set(org_rules.RULES) == {
        "legal_lower", "head_then_name", "name_then_head", "chain_lower", "sv_workplace_town", "sv_institution",
    }
    assert all(r.doc for r in org_rules.RULES.values())
