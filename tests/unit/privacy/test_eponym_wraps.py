"""An eponymous diagnosis wrapped to the next line is kept like the one-line form (eponyms.py): the medical
heads and the Swedish -it/-os words were looked for after a space only. Invented examples."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub

DIAGNOSES = [
    ("fi", "Asiakkaalla on Aspergerin{}oireyhtymä.", "Aspergerin"),
    ("en", "He has Parkinson's{}disease.", "Parkinson's"),
    ("fi", "Asiakkaalla todettu Dupuytrenin{}kontraktuura oikeassa kädessä.", "Dupuytrenin"),
    ("fi", "Hänellä on Mortonin{}neurooma.", "Mortonin"),
    ("fi", "Kuvissa näkyi Bakerin{}kysta.", "Bakerin"),
    ("sv", "Klienten har Dupuytrens{}kontraktur i handen.", "Dupuytrens"),
    ("sv", "Hon har de Quervains{}tendinit.", "Quervains"),
    ("sv", "Hon har Hashimotos{}tyreoidit.", "Hashimotos"),
    ("en", "The client has Dupuytren's{}contracture.", "Dupuytren's"),
    ("en", "History of Bell's{}palsy.", "Bell's"),
]


@pytest.mark.parametrize("gap", [" ", "\n", "\r\n", " \n  ", "\t"])
@pytest.mark.parametrize(("lang", "text", "word"), DIAGNOSES)
def test_a_wrapped_diagnosis_is_kept(lang: str, text: str, word: str, gap: str) -> None:
    res = scrub(text.format(gap), lang=lang)
    assert res.findings == () and word in res.text, res.text


def test_a_person_before_a_wrapped_head_is_still_a_person() -> None:
    """The veto of the national lists holds across the line break too (Matin kysta: Matti's cyst)."""
    res = scrub("Eilen poistettiin Matin\nkysta.", lang="fi")
    assert "Matin" not in res.text
