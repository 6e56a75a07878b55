"""split_streets.py: a village name, a lower-case Swedish street word apart and a house number are one address;
a street word without a number, a distance or a count is not."""

from __future__ import annotations

from coachdesk.privacy import scrub, split_streets
from coachdesk.privacy.split_streets import RULES
from tests.support.rule_cases import rule_table_tests


def _addresses(text: str, lang: str) -> list[str]:
    return [text[f.start : f.end] for f in scrub(text, lang=lang).findings if f.label == "ADDRESS"]


POSITIVES = [
    ("place_street_word", "sv", "Han bor på Kvarnby byväg 12, 10600 Ekenäs sedan i våras.", "Kvarnby byväg 12, 10600 Ekenäs", "ADDRESS"),
    ("place_street_word", "sv", "Adressen är Sandö strandväg 3 och hon är hemma på dagarna.", "Sandö strandväg 3", "ADDRESS"),
    ("place_street_word", "sv", "Hon flyttade till Bölsby skolväg 7 B 4, 68600 Jakobstad.", "Bölsby skolväg 7 B 4, 68600 Jakobstad", "ADDRESS"),
    ("place_street_word", "fi", "Asiakas asuu nykyään osoitteessa Näsby kyrkoväg 5, ja käy meillä bussilla.", "Näsby kyrkoväg 5", "ADDRESS"),
]

TRAPS = [
    ("place_street_word", "sv", "Vi träffades vid strandväg och gick sedan hem.", "strandväg"),
    ("place_street_word", "sv", "Vi körde Gamla landsväg 12 km innan vi stannade.", "12"),
    ("place_street_word", "sv", "Efter det gick vi Sedan stig 3 gånger runt sjön.", "3"),
    ("place_street_word", "sv", "vi tog den gamla skolväg 2 som barnen gick", "gamla"),
]

(
    test_address_is_covered_whole,
    test_trap_word_survives,
    test_every_rule_has_a_positive_and_a_trap,
    test_explain_shows_the_rule,
    test_a_second_scrub_changes_nothing,
) = rule_table_tests(RULES, POSITIVES, TRAPS, split_streets)


def test_long_text_stays_linear() -> None:
    text = " byväg" * 5000 + " Kvarnby byväg 12"
    assert _addresses(text, "sv")[-1] == "Kvarnby byväg 12"


def test_the_cue_scan_finds_what_the_plain_scan_finds() -> None:
    text = "Kvarnby byväg 12, x strandväg 3 och Sandö  stig 4, gata gata 5 " * 20 + "aaaaaaaaaaaaaaväg 1 byväg 2"
    plain = [m.span() for m in split_streets._STREET.finditer(text)]
    near = [m.span() for m in split_streets.finditer_near(split_streets._STREET, split_streets._CUE, text, split_streets._CUE_REACH)]
    assert plain == near and plain
