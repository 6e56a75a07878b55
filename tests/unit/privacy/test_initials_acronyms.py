"""Initials that spell a service's acronym (prose_names.py owner_initials, found_initials): after Tiina Elo is
named, `TE hjälper med …` and `TE-palvelut` are the employment services, `vastuu TE` is her (her letter);
the same for FPA. KELA (four letters) is never a person's initials. Invented examples."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub

SERVICE_STAYS = [
    ("sv", "Tiina Elo är coach. TE hjälper med jobbsökningen.", "TE hjälper"),
    ("fi", "Tiina Elo soitti. TE-palvelut ohjaa asiakkaan kurssille.", "TE-palvelut"),
    ("fi", "Tiina Elo soitti. Asia siirtyy TE:lle ensi viikolla.", "TE:lle"),
    ("en", "Tiina Elo called. TE helps with the job search.", "TE helps"),
    ("fi", "Tiina Elo: TE ja Kela ovat mukana.", "TE ja Kela"),
    ("sv", "Tiina Elo, TE och FPA hjälper.", "TE och FPA"),
    ("fi", "Kerttu Elina Laine hoitaa. KELA maksaa tuen.", "KELA maksaa"),
    ("sv", "Fanny Pettersson Andersson ringde. FPA betalar ut stödet.", "FPA betalar"),
    ("fi", "Vastuu TE.", "Vastuu TE."),  # no person with these initials: the service
    ("sv", "Ansvar FPA.", "Ansvar FPA."),
]

OWNER_IS_HER = [
    ("fi", "Palaveri: Tiina Elo, asiakas. Vastuu TE.", "Vastuu [Henkilö A]."),
    ("fi", "Tiina Elo kävi. TE-palvelut mukana. vastuu TE", "vastuu [Henkilö A]"),
    ("en", "Tiina Elo called. Owner: TE", "Owner: [Person A]"),
    ("sv", "Fanny Pettersson Andersson ringde. FPA betalar ut stödet. Ansvar FPA.", "Ansvar [Person A]."),
    ("fi", "Kerttu Laine hoitaa. Vastuu KL.", "Vastuu [Henkilö A]."),  # her letter, not a new person
]


@pytest.mark.parametrize(("lang", "text", "kept"), SERVICE_STAYS)
def test_the_service_acronym_stays(lang: str, text: str, kept: str) -> None:
    assert kept in scrub(text, lang=lang).text


@pytest.mark.parametrize(("lang", "text", "owner"), OWNER_IS_HER)
def test_the_task_owner_is_the_person_with_those_initials(lang: str, text: str, owner: str) -> None:
    res = scrub(text, lang=lang)
    assert owner in res.text, res.text
    assert res.text.count("[Henkilö B]") + res.text.count("[Person B]") == 0
    assert scrub(res.text, lang=lang).findings == ()
