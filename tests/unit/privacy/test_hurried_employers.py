"""Lower-case employers of hurried notes (org_rules.py: en_firm_head, work_allative, sv_work_unknown,
name_trade_local, head_then_name with more heads and an unlisted word; town_firms.py: town_trade_plural): each
fires on an invented line and leaves the ordinary phrase in the same slot alone; `--explain` names it."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.org_rules import RULES
from coachdesk.privacy.town_firms import RULES as TOWN_RULES
from tests.support.rule_cases import assert_covered_whole, assert_left

FIRES = [
    ("en_firm_head", "en", "started at koivisto labs last week", "koivisto labs"),
    ("en_firm_head", "en", "he volunteers at rauma chess society on weds", "rauma chess society"),
    ("en_firm_head", "fi", "soitti, bang kao kitchen kiinni ma-ti", "bang kao kitchen"),
    ("en_firm_head", "en", "interview at kaleva datahub tomorrow 10am", "kaleva datahub"),
    ("work_allative", "fi", "lähti töihin kuusikolle klo 7", "kuusikolle"),
    ("work_allative", "fi", "pääsi duuniin rantalalle kesäks", "rantalalle"),
    ("sv_work_unknown", "sv", "hon säger att jobbet på lindhem är tungt", "lindhem"),
    ("name_trade_local", "fi", "menee tammi siivoukseen maanantaina", "tammi siivoukseen"),
    ("head_then_name", "fi", "kierrätyskeskus peippo ois ottamassa kokeiluun", "kierrätyskeskus peippo"),
    ("town_trade_plural", "fi", "honkajoen puusepät maksanu palkan myöhässä", "honkajoen puusepät"),
]

TRAPS = [
    ("en_firm_head", "en", "she was at the gym collective all day", "gym"),
    ("en_firm_head", "en", "he works at home studio now", "home"),
    ("en_firm_head", "en", "mikko works nights now", "works"),
    ("work_allative", "fi", "lähti töihin kotiin", "kotiin"),
    ("work_allative", "fi", "lähti töihin aamulla", "aamulla"),
    ("work_allative", "fi", "pääsi töihin kelalle", "kelalle"),
    ("sv_work_unknown", "sv", "jobbet på måndag var ok", "måndag"),
    ("sv_work_unknown", "sv", "jobbar på kvällarna nu", "kvällarna"),
    ("sv_work_unknown", "sv", "jobbar på timbasis nu", "timbasis"),
    ("name_trade_local", "fi", "menee siivoukseen maanantaina", "siivoukseen"),
    ("head_then_name", "fi", "kierrätyskeskus kiinni tänään", "kierrätyskeskus"),
    ("head_then_name", "fi", "terveyskeskus soitti aamulla", "terveyskeskus"),
    ("town_trade_plural", "fi", "kaupungin maalarit maksoi", "maalarit"),
    ("town_trade_plural", "fi", "honkajoen puusepät on taitavia", "puusepät"),
]


@pytest.mark.parametrize(("rule", "lang", "text", "span"), FIRES)
def test_the_employer_is_covered_whole(rule: str, lang: str, text: str, span: str) -> None:
    assert rule in RULES or rule in TOWN_RULES
    assert_covered_whole(text, lang, span, "ORG", rule)


@pytest.mark.parametrize(("rule", "lang", "text", "word"), TRAPS)
def test_the_ordinary_phrase_stays(rule: str, lang: str, text: str, word: str) -> None:
    assert rule in RULES or rule in TOWN_RULES
    assert_left(text, lang, word, why=rule)


def test_every_new_rule_has_a_case_and_a_trap() -> None:
    new = {"en_firm_head", "work_allative", "sv_work_unknown", "name_trade_local", "town_trade_plural"}
    assert new <= {r for r, *_ in FIRES} and new <= {r for r, *_ in TRAPS}


@pytest.mark.parametrize(("rule", "lang", "text"), [(r, lang, t) for r, lang, t, _ in FIRES])
def test_explain_names_the_rule_and_a_second_scrub_changes_nothing(rule: str, lang: str, text: str) -> None:
    from coachdesk.privacy.explain import explain_rows, format_rows
    from coachdesk.privacy.name_trace import collecting

    with collecting() as trace:
        res = scrub(text, lang=lang)
    assert f"({rule})" in format_rows(explain_rows(text, res, trace))
    assert scrub(res.text, lang=lang).text == res.text
