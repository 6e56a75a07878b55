"""kin_copula_ages.py: a kin noun, a name and `on` + an age said in words (colloquial too) is an AGE; a clock,
a count of people or a room number after `on` is not."""

from __future__ import annotations

from coachdesk.privacy import kin_copula_ages, scrub
from coachdesk.privacy.kin_copula_ages import RULES
from tests.support.rule_cases import rule_table_tests

POSITIVES = [
    ("kin_copula_age", "fi", "Äiti kertoi, että poika Eetu on yheksän. Hän käy koulua.", "yheksän", "AGE"),
    ("kin_copula_age", "fi", "Tytär on kaheksan ja käy eskaria.", "kaheksan", "AGE"),
    ("kin_copula_age", "fi", "Hänen kuopus on kuus mutta osaa jo lukea.", "kuus", "AGE"),
    ("kin_copula_age", "sv", "Hon berättade att sonen Elis är nio och går i skolan.", "nio", "AGE"),
    ("kin_copula_age", "en", "Her daughter Mia is seven, and she needs after-school care.", "seven", "AGE"),
    ("kin_copula_age", "fi", "soitti äiti, poika eetu on yheksän, käy koulua", "yheksän", "AGE"),
    ("kin_copula_age", "fi", "Tytär Aino on jo kaheksan ja käy koulua.", "kaheksan", "AGE"),
    ("kin_copula_age", "sv", "Hon sa att dottern är nu sju.", "sju", "AGE"),
]

TRAPS = [
    ("kin_copula_age", "fi", "Kello on kaheksan kun aloitetaan.", "kaheksan"),
    ("kin_copula_age", "fi", "Meitä on kaheksan ryhmässä.", "kaheksan"),
    ("kin_copula_age", "fi", "Huone on kaheksan, kerros kolme.", "kaheksan"),
    ("kin_copula_age", "fi", "Poika on kaks kertaa käynyt vastaanotolla.", "kaks"),
    ("kin_copula_age", "fi", "Lapsia on kolme ja kaikki koulussa.", "kolme"),
    ("kin_copula_age", "en", "Her son is one of three children.", "one"),
    ("kin_copula_age", "fi", "poika kertoi että bussi on kaheksan.", "kaheksan"),
    ("kin_copula_age", "fi", "Poika sanoi kello on kaheksan.", "kaheksan"),
    ("kin_copula_age", "en", "My son said the bus is nine.", "nine"),
]

(
    test_age_is_covered_whole,
    test_trap_word_survives,
    test_every_rule_has_a_positive_and_a_trap,
    test_explain_shows_the_rule,
    test_a_second_scrub_changes_nothing,
) = rule_table_tests(RULES, POSITIVES, TRAPS, kin_copula_ages)


def test_the_age_becomes_a_range() -> None:
    assert scrub("Tytär on kaheksan ja käy eskaria.", lang="fi").text == "Tytär on 0–10 ja käy eskaria."
