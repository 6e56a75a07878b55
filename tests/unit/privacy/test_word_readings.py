"""Ordinary words that were read as names (the issue's list of known wrong readings), each with the name
that must still be found in the same place."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("sv", "Hennes sambo ville inte flytta till stan.", "ville"),
        ("fi", "Katso Taulukko 2 ja Liite B.", "Taulukko"),
        ("sv", "Se Bilaga 3 och Tabell 2.", "Bilaga"),
        ("en", "See Appendix 3, Figure 1 and Section 4.", "Figure"),
        ("fi", "| Kunta | Kemijärvi |\n| Ikä | 45 |", "Kunta"),
    ],
)
def test_the_word_is_left_and_not_asked(lang: str, text: str, word: str) -> None:
    result = scrub(text, lang=lang)
    at = text.index(word)
    assert not any(f.start <= at < f.end for f in result.findings), result.text
    assert not any(w.start <= at < w.end for w in result.warnings), result.warnings


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("sv", "Hennes sambo Ville ringde igår om tiden.", "Ville"),
        ("fi", "Lapsi Sade 4 v on kotona.", "Sade"),
        ("fi", "| Nimi | Matti Virtanen |\n| Kunta | Kemijärvi |", "Kemijärvi"),
    ],
)
def test_the_name_in_the_same_place_is_still_found(lang: str, text: str, name: str) -> None:
    assert name not in scrub(text, lang=lang).text
