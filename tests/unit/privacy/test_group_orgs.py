"""group_orgs.py: `at / with / for the <Capitalised words> Collective / Ensemble / Band …` is one ORG, whole;
a weekday or a kept body before the head word is not."""

from __future__ import annotations

from coachdesk.privacy import group_orgs
from coachdesk.privacy.group_orgs import RULES
from tests.support.rule_cases import rule_table_tests

POSITIVES = [
    ("the_group_head", "en", "He plays with the Kallio Street Ensemble on Fridays.", "Kallio Street Ensemble", "ORG"),
    ("the_group_head", "en", "These days she works for the Kaleva Ensemble, part time.", "Kaleva Ensemble", "ORG"),
    ("the_group_head", "en", "He got a season job at the Eastside Dance Crew.", "Eastside Dance Crew", "ORG"),
]

TRAPS = [
    ("the_group_head", "en", "We had a meeting with the Friday Collective about rotas.", "Friday"),
    ("the_group_head", "en", "She asked for the Kela Studio forms again.", "Kela"),
]

(
    test_org_is_covered_whole,
    test_trap_word_survives,
    test_every_rule_has_a_positive_and_a_trap,
    test_explain_shows_the_rule,
    test_a_second_scrub_changes_nothing,
) = rule_table_tests(RULES, POSITIVES, TRAPS, group_orgs)
