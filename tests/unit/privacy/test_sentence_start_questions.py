"""Sentence starts that are ordinary words ask nothing: a weak name reading (a rare surname) of a frequent word
form at a sentence start, and a word after a typeset dialogue dash (− U+2212, ‒, ―), as in news and blog text."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.tokens import tokenize


def _asked(text: str) -> set[str]:
    return {q.text for q in scrub(text, lang="fi").questions}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sivut ovat yhä pystyssä palvelimella. Yhtiön konkurssipesän hoitaja ei kommentoinut.", "Yhtiön"),
        ("− Tämä on helppo ymmärtää oppimisprosessin kautta.", "Tämä"),
        ("Kaksikielinen puhuja oppii. − Jos kaksi kieltä on mahdollista saada aivoihin, hyvä.", "Jos"),
        ("Hän vastasi heti. ― Nyt en muista mitään.", "Nyt"),
    ],
)
def test_ordinary_sentence_start_is_not_asked(text: str, word: str) -> None:
    assert word not in _asked(text)
    assert not any(f.text == word for f in scrub(text, lang="fi").findings)


def test_a_name_after_a_dialogue_dash_is_still_found() -> None:
    text = "Asiakas kertoi tilanteestaan. − Eveliina Järvinen soitti eilen työnantajalle."
    r = scrub(text, lang="fi")
    assert "Eveliina" not in r.text and "Järvinen" not in r.text


@pytest.mark.parametrize("dash", ["−", "‒", "―", "–"])
def test_a_dialogue_dash_opens_a_sentence_only_after_a_sentence_end(dash: str) -> None:
    toks = {t.text: t for t in tokenize(f"Hän vastasi heti. {dash} Nyt en muista. Tapasin asiakkaan {dash} Tosin myöhään.")}
    assert toks["Nyt"].sent_start
    assert not toks["Tosin"].sent_start
