"""Edges of spoken English dates and addresses (spoken_edges.py): each rule of RULES widens a found
span to the words that belong to it, and leaves counts and articles of other words alone."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.spans import PRIO_AGE_DATE, Cand
from coachdesk.privacy.spoken_edges import RULES, widen
from tests.support.rule_cases import assert_every_rule_has_cases


def _lang(rule: str, text: str) -> str:
    return {"den_date": "sv", "postal_prefix": "sv"}.get(rule, "sv" if " år" in text else "fi" if "vuotta" in text else "en")


def _covered(text: str, span: str, lang: str = "en") -> bool:
    res = scrub(text, lang=lang)
    s = text.index(span)
    cov = {i for f in res.findings for i in range(f.start, f.end)}
    return all(i in cov for i in range(s, s + len(span)) if text[i].isalnum())


def _touched(text: str, span: str, lang: str = "en") -> bool:
    res = scrub(text, lang=lang)
    s = text.index(span)
    return any(f.start < s + len(span) and s < f.end for f in res.findings)


# (rule, text, span that must be covered whole)
POSITIVES = [
    ("the_date", "He was born on the third of May nineteen eighty in Oulu.", "the third of May nineteen eighty"),
    ("the_date", "Her birthday is the twenty-first of June.", "the twenty-first of June"),
    ("number_street", "He lives at seven Puistokatu, Oulu.", "seven Puistokatu"),
    ("number_street", "She lives at twenty-two Puistokatu now.", "twenty-two Puistokatu"),
    ("den_date", "Nästa möte är den femte februari klockan tio.", "den femte februari"),
    ("den_date", "Hon är född den fjärde december tvåtusenfyra.", "den fjärde december tvåtusenfyra"),
    ("age_unit", "personbeteckning två nio noll fem åtta åtta Y tre tre ett fyra, hon är alltså trettioåtta år.",
     "trettioåtta år"),
    ("age_unit", "poika on siis kakskytyks vuotta ja asuu kotona", "kakskytyks vuotta"),
    ("age_unit", "she is um forty-one years old", "forty-one years old"),
    ("age_lead", "A cleaner aged 41 from the coast came in.", "aged 41"),
    ("name_possessive", "Present: client Alejandro Gutiérrez (AG, aged 55).\n- AG's lumbar stenosis is worse.", "AG's"),
    ("age_lead", "Client, aged forty two, came in.", "aged forty two"),
    ("postal_prefix", "han bor på Norra Esplanadgatan sju A fyra AX två två ett noll noll Mariehamn punkt",
     "Norra Esplanadgatan sju A fyra AX två två ett noll noll Mariehamn"),
    ("postal_prefix", "han bor på Strandvägen 5 AX 22100 Mariehamn.", "Strandvägen 5 AX 22100 Mariehamn"),
]

# (rule, text, a word that must survive)
TRAPS = [
    ("the_date", "We met the client on the third of May.", "the client"),
    ("number_street", "I met the two Puistokatu neighbours today.", "two"),
    ("den_date", "Den femte klienten kom sent i dag.", "Den"),
    ("age_unit", "Hon har jobbat på lagret i trettioåtta år.", "år"),
    ("age_unit", "Hän oli töissä siellä kaksikymmentä vuotta.", "vuotta"),
    ("age_lead", "He has aged a lot; 41 people came to the meeting.", "aged"),
    ("name_possessive", "It's fine, the client's plan is ready.", "It's"),
    ("postal_prefix", "Hon flyttade till Mariehamn AX i maj, koden är kort.", "AX"),
]


@pytest.mark.parametrize(("rule", "text", "span"), POSITIVES)
def test_span_is_whole(rule: str, text: str, span: str) -> None:
    assert rule in RULES
    assert _covered(text, span, _lang(rule, text)), (rule, text)


@pytest.mark.parametrize(("rule", "text", "word"), TRAPS)
def test_neighbour_stays(rule: str, text: str, word: str) -> None:
    assert rule in RULES
    assert not _touched(text, word, _lang(rule, text)), (rule, text)


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert_every_rule_has_cases(RULES, POSITIVES, TRAPS)


def test_only_english_dates_take_the_article() -> None:
    text = "born on the third of May"
    s = text.index("third")
    for lang, start in (("fi", s), ("sv", s), ("en", text.index("the "))):
        c = Cand(s, len(text), "DATE", "date", "spoken date", PRIO_AGE_DATE)
        widen(text, [c], lang)
        assert c.start == start, lang


def test_the_placeholder_keeps_the_possessive() -> None:
    text = "Anna Koski's son and Kalle Lind’s dog came."
    assert scrub(text, lang="en").text == "[Person A]'s son and [Person B]’s dog came."
