"""Ages, names and dates found by structure or a cue word (columns.py): each rule of RULES with what it
must catch and what must stay (counts, times, the modal 'may')."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.columns import RULES


def _label_at(text: str, lang: str, span: str) -> str:
    res = scrub(text, lang=lang)
    s = text.index(span)
    hits = [f for f in res.findings if f.start <= s and s + len(span) <= f.end]
    return hits[0].label if hits else ""


POSITIVES = [
    ("age_column", "nimi,ikä,kunta\nMatti,34,Turku\nLiisa,41,Espoo", "fi", "41", "AGE"),
    ("age_column", "namn;ålder\nAnna;29\nBo;52", "sv", "29", "AGE"),
    ("age_column", "| Name | Age |\n|---|---|\n| Tom | 35 |", "en", "35", "AGE"),
    ("name_column", "namn;ålder\nAnna;29\nBo;52", "sv", "Anna", "PERSON"),
    ("age_who_is", "We met Sam, who is 34, and his sister.", "en", "34", "AGE"),
    ("date_cue", "appointment rebooked 12.10 due to illness", "en", "12.10", "DATE"),
    ("date_cue", "Kokous siirretty 14.10 koska", "fi", "14.10", "DATE"),
    ("date_lower_month", "next session july 3, then 17 july", "en", "july 3", "DATE"),
    ("date_lower_month", "next session july 3, then 17 july", "en", "17 july", "DATE"),
]


@pytest.mark.parametrize(("rule", "text", "lang", "span", "label"), POSITIVES)
def test_structured_rule_catches(rule: str, text: str, lang: str, span: str, label: str) -> None:
    assert rule in RULES
    assert _label_at(text, lang, span) == label, scrub(text, lang=lang).text


NEGATIVES = [
    ("age_column", "tehtävä,tunnit\nraportti,34", "fi", "34"),
    ("age_who_is", "The client who is 34 minutes late is fine.", "en", "34"),
    ("date_cue", "meeting at 12.10 on monday", "en", "12.10"),
    ("date_cue", "Kokous on 12.10 ja kestää tunnin.", "fi", "12.10"),
    ("date_lower_month", "may 3 people come along", "en", "may 3"),
]


@pytest.mark.parametrize(("rule", "text", "lang", "kept"), NEGATIVES)
def test_structured_rule_leaves(rule: str, text: str, lang: str, kept: str) -> None:
    assert rule in RULES
    assert _label_at(text, lang, kept) == "", scrub(text, lang=lang).text
