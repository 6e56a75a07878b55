"""csv_names.py: a `Surname, Given` field of a pasted CSV row is one PERSON, whole; a place and its
country, kept bodies and answers in the same shape are not."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coachdesk.privacy import csv_names, scrub
from coachdesk.privacy.csv_names import RULES


def _people(text: str, lang: str) -> list[str]:
    return [text[f.start : f.end] for f in scrub(text, lang=lang).findings if f.label == "PERSON"]


POSITIVES = [
    ("csv_surname_given", "fi", 'nro;nimi;synt\n1;"Okafor, Chidi";1985;Vantaa\n', "Okafor, Chidi"),
    ("csv_surname_given", "en", 'id,client,year,status\n3,"Mbeki, Thandi",2021,open\n', "Mbeki, Thandi"),
    ("csv_surname_given", "sv", "Lindholm, Eva;1990;pågår\n", "Lindholm, Eva"),
    ("csv_surname_given", "fi", 'lista:\n"Tervo-Anttila, Riikka Maria"\t2019\tkesken\n', "Tervo-Anttila, Riikka Maria"),
]

TRAPS = [
    ("csv_surname_given", "en", 'id,office,year\n4,"Helsinki, Finland",2020,closed\n', "Helsinki, Finland"),
    ("csv_surname_given", "fi", 'rivi;taho;vuosi\n5;"Kela, TE";2019\n', "Kela, TE"),
    ("csv_surname_given", "en", 'q,answer,n\n6,"Yes, Maybe",12\n', "Yes, Maybe"),
    ("csv_surname_given", "fi", 'Asiakas sanoi "Kiitos, Moikka" ja lähti.\n', "Kiitos, Moikka"),
]


@pytest.mark.parametrize(("rule", "lang", "text", "span"), POSITIVES)
def test_rule_fires(rule: str, lang: str, text: str, span: str) -> None:
    assert rule in RULES
    assert span in _people(text, lang), scrub(text, lang=lang).text


@pytest.mark.parametrize(("rule", "lang", "text", "field"), TRAPS)
def test_trap_untouched(rule: str, lang: str, text: str, field: str) -> None:
    assert rule in RULES
    res = scrub(text, lang=lang)
    s = text.index(field)
    assert not any(f.start < s + len(field) and s < f.end and f.label == "PERSON" for f in res.findings), res.text


def test_every_rule_has_a_positive_a_trap_and_a_doc_row() -> None:
    assert {r for r, *_ in POSITIVES} == set(RULES) == {r for r, *_ in TRAPS}
    assert all(f"| {rule} |" in (csv_names.__doc__ or "") for rule in RULES)


def test_explain_names_the_rule() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--explain", "--lang", "fi"],
        input='1;"Okafor, Chidi";1985\n', capture_output=True, text=True, check=True,
    ).stdout
    assert "csv_surname_given" in out
