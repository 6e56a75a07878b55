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
