"""Dates whose month is said as an ordinal and ages before a hesitation (spoken_months.py): every rule of
RULES covers its span whole and leaves its traps alone."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub, spoken_months
from coachdesk.privacy.spoken_months import RULES
from tests.support.rule_cases import assert_covered_whole, assert_every_rule_has_cases, assert_left

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


@pytest.mark.parametrize(("rule", "lang", "text", "span", "label"), POSITIVES)
def test_span_is_covered_whole(rule: str, lang: str, text: str, span: str, label: str) -> None:
    assert rule in RULES
    assert_covered_whole(text, lang, span, label, rule)


@pytest.mark.parametrize(("rule", "lang", "text", "word"), TRAPS)
def test_trap_word_survives(rule: str, lang: str, text: str, word: str) -> None:
    assert rule in RULES
    assert_left(text, lang, word, why=rule)


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert_every_rule_has_cases(RULES, POSITIVES, TRAPS)
    assert all(f"| {rule} |" in (spoken_months.__doc__ or "") for rule in RULES)


@pytest.mark.parametrize(("rule", "lang", "text"), [(r, lang, t) for r, lang, t, *_ in POSITIVES])
def test_explain_shows_the_rule(rule: str, lang: str, text: str) -> None:
    from coachdesk.privacy.explain import explain_rows, format_rows
    from coachdesk.privacy.name_trace import collecting

    with collecting() as trace:
        res = scrub(text, lang=lang)
    assert f"({rule})" in format_rows(explain_rows(text, res, trace))


@pytest.mark.parametrize(("rule", "lang", "text"), [(r, lang, t) for r, lang, t, *_ in POSITIVES])
def test_a_second_scrub_changes_nothing(rule: str, lang: str, text: str) -> None:
    once = scrub(text, lang=lang).text
    assert scrub(once, lang=lang).text == once, rule


def test_the_age_is_a_range() -> None:
    assert "19–30" in scrub("so he's twenty three um lives at the shelter now", lang="en").text
