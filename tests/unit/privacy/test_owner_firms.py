"""owner_firms.py: firms carrying a person's or a town's name are one organisation, whole; a person at a doctor's,
a relative's or a first name's genitive, kept bodies and two people are not."""

from __future__ import annotations

from coachdesk.privacy import owner_firms
from coachdesk.privacy.owner_firms import RULES
from tests.support.rule_cases import rule_table_tests

POSITIVES = [
    ("titled_clinic", "fi", "Asiakas kävi Hammaslääkäriasema Dr. Omid Rahimilla tarkastuksessa.", "Hammaslääkäriasema Dr. Omid Rahimilla", "ORG"),
    ("titled_clinic", "en", "She was seen at the Dental Clinic Dr. Okoro on Friday.", "Clinic Dr. Okoro", "ORG"),
    ("owner_head", "fi", "Rahimin klinikka soitti eilen ja peruutti ajan.", "Rahimin klinikka", "ORG"),
    ("owner_head", "fi", "Hän on kesän töissä Lindroosin autokorjaamolla.", "Lindroosin autokorjaamolla", "ORG"),
    ("sv_owner_pair", "sv", "Hon jobbar på Lindqvists Fiske och Båtskjuts i sommar.", "Lindqvists Fiske och Båtskjuts", "ORG"),
    ("sv_owner_pair", "sv", "Han fick jobb hos Nordbergs Bil & Däck i maj.", "Nordbergs Bil & Däck", "ORG"),
    ("town_trade_pair", "fi", "Työkokeilu alkaa Porin Vanne ja Pesu -liikkeessä maanantaina.", "Porin Vanne ja Pesu", "ORG"),
]

TRAPS = [
    ("titled_clinic", "fi", "Hän kävi eilen vastaanotolla Dr. Rahimilla.", "vastaanotolla"),
    ("owner_head", "fi", "Lääkärin klinikka soitti eilen.", "Lääkärin"),
    ("owner_head", "fi", "Matin kauppa oli kiinni.", "kauppa"),
    ("owner_head", "fi", "Kelan toimisto soitti.", "Kelan"),
    ("sv_owner_pair", "sv", "Han var hos Sveriges Radio och TV.", "Radio"),
    ("town_trade_pair", "fi", "Lapin Kela ja TE-toimisto sopivat asiasta.", "Kela"),
]

(
    test_org_is_covered_whole,
    test_trap_word_survives,
    test_every_rule_has_a_positive_and_a_trap,
    test_explain_shows_the_rule,
    test_a_second_scrub_changes_nothing,
) = rule_table_tests(RULES, POSITIVES, TRAPS, owner_firms)


def test_title_cue_matches_as_the_plain_alternation() -> None:
    import re

    from coachdesk.privacy import owner_firms

    titles = owner_firms._TITLES
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(sorted((re.escape(t.capitalize()) + "|" + re.escape(t) for t in titles),
                                                          key=len, reverse=True)) + r")\.?[ \t]")
    text = " ".join(t + end for t in sorted(titles) for end in (" ", ". ", ".", "x ", "-")) + " " + " ".join(
        "-" + t.capitalize() + " x" + t + " " for t in sorted(titles))
    assert [m.span() for m in owner_firms._TITLE_CUE.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert owner_firms._TITLE_CUE.search(text)
