"""Words of forms, minutes and dictation that are no name where they stand (field_words.py), and the
eponymous diagnoses of the never-scrub list: each rule with what it must leave and what still goes."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.field_words import RULES, words


def _touched(text: str, lang: str, span: str) -> bool:
    res = scrub(text, lang=lang)
    s = text.index(span)
    return any(f.start < s + len(span) and s < f.end for f in res.findings)


# (rule, text, lang, word that must stay, word that must still be replaced or "")
CASES = [
    ("label_head", "Osoite Koivukuja 5 B 12, 00100 Helsinki", "fi", "Osoite", "Koivukuja"),
    ("label_head", "Tulkki Ahmed Hassan paikalla.", "fi", "Tulkki", "Ahmed Hassan"),
    ("label_head", "Sanelu Maija Virtanen, kotikäynti.", "fi", "Sanelu", "Maija Virtanen"),
    ("dictation_word", "asiakas kävi piste Seuraava tapaaminen piste Soittakaa hänelle piste Lopetus", "fi",
     "Seuraava", ""),
    ("dictation_word", "Sanelu. Tänään kävi asiakas. Soittakaa hänelle. Lopetus.", "fi", "Soittakaa", ""),
    ("header_line", "Kenttä Arvo\nNimi Matti Virtanen", "fi", "Arvo", "Matti Virtanen"),
    ("header_line", "| Nimi | Tila |\n| Onni | ok |", "fi", "Tila", ""),
    ("sv_bo", "Bo kvar i lägenheten är målet.", "sv", "Bo kvar", ""),
    ("thing_verb", "eilen Lumi satoi koko päivän. Lumi kertoi olevansa väsynyt.", "fi", "Lumi satoi", "Lumi kertoi"),
    ("table_header", "| Viikko | Tunne |\n|---|---|\n| 1 | hyvä |", "fi", "Viikko", ""),
]


@pytest.mark.parametrize(("rule", "text", "lang", "kept", "gone"), CASES)
def test_field_words(rule: str, text: str, lang: str, kept: str, gone: str) -> None:
    assert rule in RULES
    assert not _touched(text, lang, kept), scrub(text, lang=lang).text
    if gone:
        res = scrub(text, lang=lang)
        assert gone.split()[0] not in res.text.replace(kept, ""), res.text


def test_bo_as_a_name_is_still_found() -> None:
    assert not _touched("Bo ringde i morse.", "sv", "i morse")
    assert "Bo" not in scrub("Bo Lindqvist ringde i morse.", lang="sv").text


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Han har diagnosen Aspergers syndrom sedan barndomen.", "sv", "Aspergers syndrom"),
        ("Hon har Aspergers.", "sv", "Aspergers"),
        ("He has Asperger's syndrome.", "en", "Asperger's syndrome"),
        ("Epäily Aspergerista ja Touretten oireyhtymästä.", "fi", "Aspergerista"),
        ("Hans pappa har Parkinsons sjukdom.", "sv", "Parkinsons sjukdom"),
    ],
)
def test_eponymous_diagnoses_survive(text: str, lang: str, kept: str) -> None:
    assert not _touched(text, lang, kept), scrub(text, lang=lang).text


def test_word_lists_load() -> None:
    w = words()
    assert {"label", "dictation", "header", "thing_verb"} <= set(w)
    assert all(x == x.lower() for section in w.values() for x in section)
