"""Cells of name and town columns (table_cells.py): each rule of RULES with a table it must catch and
prose or other columns it must leave alone."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.lexicon import get_lexicon
from coachdesk.privacy.table_cells import RULES, find
from tests.support.rule_cases import assert_every_rule_has_cases


def _touched(text: str, lang: str, span: str) -> bool:
    res = scrub(text, lang=lang)
    s = text.index(span)
    return any(f.start < s + len(span) and s < f.end for f in res.findings)


# (rule, text, lang, cell that must be replaced whole)
POSITIVES = [
    ("place_column", "nimi;kunta;ikä\nKoski Aino;Lahti;45\nVirtanen Matti;Espoo;33", "fi", "Lahti"),
    ("place_column", "Name, Town, Status\nGrace Hill, Hope, unemployed", "en", "Hope"),
    ("place_column", "namn\tort\nSiv Lind\tMora", "sv", "Mora"),
    ("place_column", "nimi;kunta;ikä\nKoski Aino;Nastola;45\nVirtanen Matti;Espoo;33", "fi", "Nastola"),
    ("place_column", "Nimi;Asuinpaikkakunta;Ikä\nAino Koski;Mänttä;45", "fi", "Mänttä"),
    ("district_column", "nimi;kylä;ikä\nSalo Heikki;Ylijoki;54\nPuro Sanna;Kuusela;33", "fi", "Ylijoki"),
    ("district_column", "namn,stadsdel\nKarin Ek,Norrhage", "sv", "Norrhage"),
    ("name_cell", "Nimi;Tilanne\nKoski Aino;työtön\nHaapa Usko;opiskelee", "fi", "Koski Aino"),
    ("name_cell", "| Name | Status |\n| Hope Rivers | unemployed |", "en", "Hope Rivers"),
    ("employer_column", "Asiakas;Ikä;Työnantaja\nA;45;Lapin Kuitu\nB;33;Oulu Data & Co", "fi", "Lapin Kuitu"),
    ("employer_column", "Client,Age,Employer\nA,58,Northern Steel Works", "en", "Northern Steel Works"),
    ("employer_column", "Klient;Arbetsgivare\nA;Borgå Bygg & Måleri", "sv", "Borgå Bygg & Måleri"),
    ("initials_column", "| Toimenpide | Vastuu |\n|---|---|\n| Soitto | JK |\n| Lomake | M.L. |", "fi", "JK"),
    ("initials_column", "Action;Owner\nCall the employer;M.L.", "en", "M.L."),
    ("role_initials_column", "| Asiakas | Ohjaaja | Tila |\n|---|---|---|\n| B | EK | valmis |", "fi", "EK"),
    ("role_initials_column", "case,coach,status\nA,EK,open\nB,T.R.,closed", "en", "T.R."),
    ("role_initials_column", "Klient;Handläggare\nA;MB", "sv", "MB"),
]

# (rule, text, lang, a word that must survive)
TRAPS = [
    ("place_column", "Ryhmä: Kunta, TE-toimisto ja Kela\nHyvä palaveri, Lahti mainittiin.", "fi", "Kunta"),
    ("place_column", "nimi;kunta\nKoski Aino;Kela\n\nLahti on kaunis.", "fi", "Kela"),
    ("name_cell", "Nimi;Tilanne\nKoski Aino;Työtön", "fi", "Työtön"),
    ("place_column", "nimi;kunta\nKoski Aino;Tuntematon\nSalo Pekka;Muu", "fi", "Tuntematon"),
    ("place_column", "nimi;kunta\nKoski Aino;Työtön", "fi", "Työtön"),
    ("district_column", "nimi;kaupunginosa\nKoski Aino;Keskusta", "fi", "Keskusta"),
    ("district_column", "Name | District\nHope Rivers | Unknown", "en", "Unknown"),
    ("name_cell", "Asiakas, jonka nimi jäi mainitsematta, soitti.\nHyvä niin.", "fi", "Hyvä"),
    ("name_cell", "Asiakas;Tilanne\nUusi Asiakas;aloittaa", "fi", "Uusi"),
    # a key-value table: "Työkokeilupaikka" heads no column
    ("employer_column", "| Kenttä | Arvo |\n| Työkokeilupaikka | Kahvila Onni |\n| Ohjaaja | Pertti |", "fi", "Ohjaaja"),
    ("employer_column", "Asiakas;Työnantaja\nA;Kela", "fi", "Kela"),
    ("initials_column", "| Toimenpide | Vastuu |\n|---|---|\n| Soitto | itse |\n| Lomake | KELA |", "fi", "itse"),
    ("role_initials_column", "| Asiakas | Ohjaaja | Kela |\n|---|---|---|\n| B | EI | OK |", "fi", "EI"),
    ("role_initials_column", "case,coach,status\nA,OK,open\nB,TE,closed", "en", "OK"),
    ("role_initials_column", "case,coach,status\nA,OK,open\nB,TE,closed", "en", "TE"),
    ("role_initials_column", "| Asiakas | Ohjaaja | Matka |\n|---|---|---|\n| B | KM | 12 |", "fi", "KM"),
    ("role_initials_column", "| Asiakas | Tila | Matka |\n|---|---|---|\n| B | EK | 12 |", "fi", "EK"),
]


@pytest.mark.parametrize(("rule", "text", "lang", "cell"), POSITIVES)
def test_cell_is_replaced(rule: str, text: str, lang: str, cell: str) -> None:
    assert rule in RULES
    s = text.index(cell)
    assert any(c.start == s and c.end == s + len(cell) and rule in c.reason for c in find(text, get_lexicon().for_language(lang))), (rule, text)
    assert cell not in scrub(text, lang=lang).text


@pytest.mark.parametrize(("rule", "text", "lang", "word"), TRAPS)
def test_other_cells_stay(rule: str, text: str, lang: str, word: str) -> None:
    assert rule in RULES
    assert not _touched(text, lang, word), (rule, text)


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert_every_rule_has_cases(RULES, POSITIVES, TRAPS)
