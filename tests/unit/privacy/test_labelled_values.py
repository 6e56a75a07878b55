"""Labelled identifiers in digit groups and dates with an abbreviated month and its dot (labelled_values.py): each
rule takes the whole value, and leaves counts, sums and dates without a year alone."""

from __future__ import annotations

import subprocess
import sys

from coachdesk.privacy import labelled_values
from coachdesk.privacy.labelled_values import RULES
from tests.support.rule_cases import rule_table_tests

# (rule, lang, text, the whole value: one span, its label)
POSITIVES = [
    ("label_digit_groups", "fi", "Kelan asiakasnumero: 4471 0992 31.", "4471 0992 31", "ID"),
    ("label_digit_groups", "fi", "Asianumero: 1234 5678 90 koskee päätöstä.", "1234 5678 90", "ID"),
    ("label_digit_groups", "sv", "Ärendenummer 2026 4471 31 gäller.", "2026 4471 31", "ID"),
    ("label_digit_groups", "en", "Case no. 4471 0992 31 was closed.", "4471 0992 31", "ID"),
    ("month_abbr_dot", "fi", "Päätös tehty 4 feb. 2027.", "4 feb. 2027", "DATE"),
    ("month_abbr_dot", "sv", "Mötet hölls den 12 sept. 2026.", "12 sept. 2026", "DATE"),
    ("month_abbr_dot", "fi", "Tapaaminen 12 tammik. 2027 klo 9.", "12 tammik. 2027", "DATE"),
]

# (rule, lang, text, a word that must survive)
TRAPS = [
    ("label_digit_groups", "fi", "Asiakasnumero 4471 0992 12 kertaa kysytty.", "12"),
    ("label_digit_groups", "sv", "Kundnummer saknas, 12 procent.", "12"),
    ("label_digit_groups", "en", "Case no. 3 of 12 was fine; we saw 4 of them.", "12"),
    ("month_abbr_dot", "sv", "Vi ses den 4 feb. Ta med papper.", "Ta"),
    ("month_abbr_dot", "fi", "Sivu 3 dec. 12 kpl.", "12"),
]


(
    test_rule_fires,
    test_trap_untouched,
    test_every_rule_has_a_positive_a_trap_and_a_doc_row,
    test_explain_shows_rule,
    test_second_scrub_changes_nothing,
) = rule_table_tests(RULES, POSITIVES, TRAPS, labelled_values)


def test_explain_names_the_rules() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--explain", "--lang", "fi"],
        input="Kelan asiakasnumero: 4471 0992 31. Päätös tehty 4 feb. 2027.",
        capture_output=True, text=True, check=True,
    ).stdout
    assert "label_digit_groups" in out and "month_abbr_dot" in out
