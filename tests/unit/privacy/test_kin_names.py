"""A given name joined to a kin noun by a hyphen (kin_names.py): the name part is the person, the kin word
stays; acronyms, kept words and diagnoses before a hyphen stay whole."""

from __future__ import annotations

import pytest

from coachdesk.privacy import kin_names, scrub
from coachdesk.privacy.kin_names import RULES
from tests.support.rule_cases import rule_table_tests

# (rule, lang, text, span that one finding covers whole, its label)
POSITIVES = [
    ("hyphen_kin", "fi", "Asiakas kävi Mervi-tädin kautta tutustumassa työpaikkaan.", "Mervi", "PERSON"),
    ("hyphen_kin", "fi", "Hänen Kalle-enollaan on oma yritys, jossa voisi harjoitella.", "Kalle", "PERSON"),
    ("hyphen_kin", "fi", "Vein kortin Helmi-mummolle eilen illalla.", "Helmi", "PERSON"),
    ("hyphen_kin", "fi", "Sain viestin Ritva-kummilta, joka lupasi auttaa.", "Ritva", "PERSON"),
    ("hyphen_kin", "fi", "Hän asuu nykyään Omar-serkun luona.", "Omar", "PERSON"),
    ("hyphen_kin", "fi", "Muutossa auttaa myös Hodan-tädin perhe.", "Hodan", "PERSON"),
    ("hyphen_kin", "fi", "Ayaan-tädin luona hän asuu nyt.", "Ayaan", "PERSON"),
]

# (rule, lang, text, a word that must survive)
TRAPS = [
    ("hyphen_kin", "fi", "Hän sai Kela-korvauksen ja kävi TE-toimiston infossa.", "Kela"),
    ("hyphen_kin", "fi", "ADHD-lääkitys aloitettiin, työkokeilu-jakso alkaa maanantaina.", "ADHD"),
    ("hyphen_kin", "fi", "Alzheimer-potilas ei ole asiakkaanamme.", "Alzheimer"),
    ("hyphen_kin", "fi", "Pikku-veli aloittaa koulun syksyllä.", "Pikku"),
    ("hyphen_kin", "fi", "Bonus-isä on mukana arjessa.", "Bonus"),
    ("hyphen_kin", "fi", "Kaisa-ryhmä kokoontuu tiistaisin.", "ryhmä"),
    ("hyphen_kin", "fi", "Näytelmä kertoi Tuhlaaja-pojasta, joka palasi kotiin.", "Tuhlaaja"),
]


(
    test_name_is_covered_whole,
    test_trap_word_survives,
    test_every_rule_has_a_positive_and_a_trap,
    test_explain_shows_the_rule,
    test_a_second_scrub_changes_nothing,
) = rule_table_tests(RULES, POSITIVES, TRAPS, kin_names)


@pytest.mark.parametrize(("rule", "lang", "text", "span", "label"), POSITIVES)
def test_kin_word_stays(rule: str, lang: str, text: str, span: str, label: str) -> None:
    out = scrub(text, lang=lang).text
    assert span not in out
    assert "]-" in out, out  # "[Henkilö A]-tädin": the kin word survives after the placeholder
