"""chat_affiliation.py: a capitalised word at a chat line's start or after an emoji, then from / från / at and
a found organisation, is a person; a greeting or an update in the same place is not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.privacy import chat_affiliation
from coachdesk.privacy.chat_affiliation import RULES
from tests.support.rule_cases import rule_table_tests

POSITIVES = [
    ("chat_from_found", "en", "quick one 🙋 Dmytro from Vantaa Data Oy says the shift is moved", "Dmytro", "PERSON"),
    ("chat_from_found", "sv", "Oluwaseun från Pihla Oy ringde igår", "Oluwaseun", "PERSON"),
]

TRAPS = [
    ("chat_from_found", "en", "Greetings from Vantaa Data Oy!", "Greetings"),
    ("chat_from_found", "en", "Updates from Vantaa Data Oy: nothing new", "Updates"),
    ("chat_from_found", "en", "👍 Thanks from Vantaa Data Oy for the visit", "Thanks"),
    ("chat_from_found", "sv", "Hälsningar från Pihla Oy", "Hälsningar"),
]

(
    test_person_is_covered_whole,
    test_trap_word_survives,
    test_every_rule_has_a_positive_and_a_trap,
    test_explain_shows_the_rule,
    test_a_second_scrub_changes_nothing,
) = rule_table_tests(RULES, POSITIVES, TRAPS, chat_affiliation)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Maria", " ", "\t", "\n", "from", "at", "på", "för", "å", "x", "-", "• ", "🙋", ",", "Ab"]),
                max_size=12))
def test_the_preposition_precheck_never_skips_a_match(pieces: list[str]) -> None:
    from coachdesk.privacy import chat_affiliation as ca

    text = "".join(pieces) + "Nordea"
    end = len(text) - len("Nordea")
    m = ca._BEFORE.search(text, max(0, end - ca._REACH), end)
    if m is not None and m.group(2) in ca._PREPS:
        assert ca._prep_before(text, end)
