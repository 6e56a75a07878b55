"""Dates whose month is said as an ordinal and ages before a hesitation (spoken_months.py): every rule of
RULES covers its span whole and leaves its traps alone."""

from __future__ import annotations

from coachdesk.privacy import scrub, spoken_months
from coachdesk.privacy.spoken_months import RULES
from tests.support.rule_cases import rule_table_tests

# (rule, lang, text, span that one finding covers whole, its label)
POSITIVES = [
    ("fi_month_ordinal", "fi", "hän on syntyny kakskytkolme kahdestoista kakstuhatta kuus ja asuu yksin",
     "kakskytkolme kahdestoista kakstuhatta kuus", "DATE"),
    ("fi_month_ordinal", "fi", "syntymäaika kolmastoista yhestoista yheksänkytkaheksan", "kolmastoista yhestoista yheksänkytkaheksan", "DATE"),
    ("fi_month_ordinal", "fi", "syntyny neljätoista kahestoista ja asuu nyt yksin", "neljätoista kahestoista", "DATE"),
    ("fi_month_ordinal", "fi", "tapaaminen on kakskytkaks yhestoista klo kymmenen", "kakskytkaks yhestoista", "DATE"),
    ("fi_month_ordinal", "fi", "hän on syntyny kakskyt yks yhettätoista kaheksankytseittemän", "kakskyt yks yhettätoista", "DATE"),
    ("en_of_the_ordinal", "en", "he was born twenty second of the eleventh two thousand five",
     "twenty second of the eleventh two thousand five", "DATE"),
    ("en_of_the_ordinal", "en", "she was born on the third of the fourth and lives alone", "third of the fourth", "DATE"),
    ("age_hesitation", "en", "so he's twenty three um lives at the shelter now", "twenty three", "AGE"),
    ("age_hesitation", "en", "she's forty-two uh works nights at the depot", "forty-two", "AGE"),
    ("age_hesitation", "en", "she's like forty-one uh works nights", "forty-one", "AGE"),
    ("age_hesitation", "en", "the client's thirty three um lives alone", "thirty three", "AGE"),
    ("age_hesitation", "en", "he's forty er forty-one I think", "forty er forty-one", "AGE"),
    ("sv_month_ordinal", "sv", "hon är född tjugoandra elfte tvåtusenfem och bor här", "tjugoandra elfte tvåtusenfem", "DATE"),
    ("sv_month_ordinal", "sv", "klienten föddes femte tredje och bor här", "femte tredje", "DATE"),
    ("age_hesitation", "fi", "hän on niinku neljäkytkaks öö tekee keikkatöitä", "neljäkytkaks", "AGE"),
    ("age_hesitation", "en", "honestly he’s sixty four hmm still drives the van", "sixty four", "AGE"),
]

# (rule, lang, text, a word that must survive)
TRAPS = [
    ("fi_month_ordinal", "fi", "kaksi kolmatta osaa hakemuksista on valmiina", "kolmatta"),
    ("fi_month_ordinal", "fi", "hän oli jonossa kolmas neljäs viides ja lopulta pääsi", "neljäs"),
    ("fi_month_ordinal", "fi", "luokalla oli yhdestoista kahdestoista ja kolmastoista oppilas", "kahdestoista"),
    ("fi_month_ordinal", "fi", "hän oli jonossa kolmas neljäs viides ja pääsi sisään", "neljäs"),
    ("en_of_the_ordinal", "en", "it was the second of the third meetings this week", "second"),
    ("age_hesitation", "en", "he's twenty um minutes late again", "twenty"),
    ("sv_month_ordinal", "sv", "hon kom tredje fjärde femte gången i rad", "fjärde"),
    ("sv_month_ordinal", "sv", "det var andra tredje försöket idag", "tredje"),
    ("age_hesitation", "en", "she's thirty uh percent done with the form", "thirty"),
    ("age_hesitation", "en", "he's twenty uh twenty-five minutes away", "twenty"),
]


(
    test_span_is_covered_whole,
    test_trap_word_survives,
    test_every_rule_has_a_positive_and_a_trap,
    test_explain_shows_the_rule,
    test_a_second_scrub_changes_nothing,
) = rule_table_tests(RULES, POSITIVES, TRAPS, spoken_months)


def test_the_age_is_a_range() -> None:
    assert "19–30" in scrub("so he's twenty three um lives at the shelter now", lang="en").text
