"""Firms named after two or more people (firm_pairs.py): every rule covers the whole firm as one organisation,
and two people, kept bodies and common nouns joined by ja / & stay as they are."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.firm_pairs import RULES
from tests.support.rule_cases import assert_covered_whole, assert_every_rule_has_cases

# (rule, text, lang, the span one ORG finding must cover whole)
POSITIVES = [
    ("trade_pair", "Asiakas oli töissä Kotkan Ikkunapesu Rask ja Vuorela kaksi vuotta.", "fi", "Kotkan Ikkunapesu Rask ja Vuorela"),
    ("trade_pair", "asiakas oli töissä ikkunapesu karppinen ja hovi, loppui keväällä", "fi", "ikkunapesu karppinen ja hovi"),
    ("trade_pair", "Työkokeilu Sähköasennus Vesterinen ja Partanen alkaa maanantaina.", "fi", "Sähköasennus Vesterinen ja Partanen"),
    ("trade_pair", "Rakennus Koskela, Aro ja Lehto palkkasi hänet.", "fi", "Rakennus Koskela, Aro ja Lehto"),
    ("trade_pair", "Han började på Måleri Nyberg & Lindholm i våras.", "sv", "Måleri Nyberg & Lindholm"),
    ("pair_trade", "töissä hakala ja kivi kiinteistöhuolto, loppui keväällä", "fi", "hakala ja kivi kiinteistöhuolto"),
    ("pair_trade", "he has been at okafor and sons roofing for two years", "en", "okafor and sons roofing"),
    ("title_words", "han jobbar på Bryggeri Humla och Malt nattskift sedan september", "sv", "Bryggeri Humla och Malt"),
    ("title_words", "han prövar halvtid på Degerby Båt och Motor från januari", "sv", "Degerby Båt och Motor"),
    ("kin_firm", "Hän teki töitä Aaltonen ja Poika -yrityksessä.", "fi", "Aaltonen ja Poika"),
    ("kin_firm", "Företaget Backman och Söner anställde honom.", "sv", "Backman och Söner"),
    ("kin_firm", "Työnantaja T:mi Ahonen ja Poika, kesästä asti.", "fi", "T:mi Ahonen ja Poika"),
    ("kin_firm", "Hän oli töissä Virtanen ja Kumppanit -yhtiössä.", "fi", "Virtanen ja Kumppanit"),
]

# (rule, text, lang, a word no ORG finding may touch)
TRAPS = [
    ("trade_pair", "Remontti Virtanen ja Salo tekivät yhdessä.", "fi", "Virtanen"),
    ("trade_pair", "Kela ja TE-toimisto sopivat asiasta.", "fi", "Kela"),
    ("trade_pair", "Koulutus ja kuntoutus jatkuvat syksyllä.", "fi", "kuntoutus"),
    ("trade_pair", "Kuljetus Salo ja Lahti välillä hoituu junalla.", "fi", "Lahti"),
    ("pair_trade", "Ahonen ja Salo sopivat jatkosta.", "fi", "Ahonen"),
    ("pair_trade", "Keskustelin Kelan ja työterveyden kanssa.", "fi", "Kelan"),
    ("pair_trade", "Eilen Aho ja Kivi kävivät yhdessä. Aho ja Kivi kaupassa olivat iloisia.", "fi", "kaupassa"),
    ("title_words", "vi träffade Anna och Peter i går", "sv", "Anna"),
    ("title_words", "Bröd och Smör är gott på morgonen.", "sv", "Smör"),
    ("title_words", "Han köpte bröd och smör i butiken.", "sv", "smör"),
    ("kin_firm", "Virtanen ja poika tulivat yhdessä.", "fi", "Virtanen"),
    ("kin_firm", "Smith and son came to the meeting.", "en", "Smith"),
    ("kin_firm", "Hän kävi kumppanit ja ystävät läpi.", "fi", "kumppanit"),
]


@pytest.mark.parametrize(("rule", "text", "lang", "span"), POSITIVES)
def test_firm_is_one_organisation(rule: str, text: str, lang: str, span: str) -> None:
    assert_covered_whole(text, lang, span, "ORG", rule)


@pytest.mark.parametrize(("rule", "text", "lang", "word"), TRAPS)
def test_no_firm(rule: str, text: str, lang: str, word: str) -> None:
    assert rule in RULES
    s = text.index(word)
    orgs = [f for f in scrub(text, lang=lang).findings if f.label == "ORG" and f.start < s + len(word) and s < f.end]
    assert orgs == [], (rule, text, orgs)


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Hän oli töissä kivi & kallio kiinteistöhuolto kolme vuotta.", "fi", "kivi & kallio kiinteistöhuolto"),
        ("töissä laine & poika, loppui keväällä", "fi", "laine & poika"),
        ("Hän siirtyi firmaan Maalaus Heikkilä & Rantanen Oy viime keväänä.", "fi", "Maalaus Heikkilä & Rantanen Oy"),
    ],
)
def test_firm_stays_whole_with_the_other_org_rules(text: str, lang: str, span: str) -> None:
    s = text.index(span)
    assert any(f.label == "ORG" and f.start <= s and s + len(span) <= f.end for f in scrub(text, lang=lang).findings)


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert_every_rule_has_cases(RULES, POSITIVES, TRAPS)


def test_explain_names_the_rule() -> None:
    res = scrub("Asiakas oli töissä Kotkan Ikkunapesu Rask ja Vuorela.", lang="fi")
    assert any("(trade_pair)" in f.reason for f in res.findings)
