"""A town's lower-case genitive and a trade compound (town_firms.py), and a lower-case `ry` (org_rules.legal_lower):
the rule fires on invented sentences, leaves its traps alone, and `--explain` names it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.town_firms import RULES


@pytest.mark.parametrize(("line", "firm"), [
    ("pääsi töihin porin kattoässät -firmaan", "porin kattoässät"),
    ("aloitti kotkan siivousapu:ssa, tykkää", "kotkan siivousapu"),
    ("soitti kotkan siivousavusta esimies", "kotkan siivousavusta"),
    ("vantaan muuttopojilla töissä", "vantaan muuttopojilla"),
])
def test_the_firm_is_found_whole(line: str, firm: str) -> None:
    r = scrub(line, lang="fi")
    at = line.index(firm)
    hit = [f for f in r.findings if f.start <= at < f.end]
    assert hit and hit[0].label == "ORG" and "(town_trade_compound)" in hit[0].reason, r.text
    assert hit[0].end >= at + len(firm)


@pytest.mark.parametrize("line", ["kelan toimisto soitti", "kaupungin siivous tuli", "porin torilla tavattiin", "porin puuteatterissa kävi",
                                  "on töissä lahden kiinteistöhuollolla"])
def test_traps_stay(line: str) -> None:
    r = scrub(line, lang="fi")
    assert not any("(town_trade_compound)" in f.reason for f in r.findings), r.text
    assert not any(f.label == "ORG" for f in r.findings), r.text


@pytest.mark.parametrize(("line", "firm"), [
    ("pääsi porilogistiikalle töihin", "porilogistiikalle"),
    ("aloitti kotkansiivouksessa, tykkää", "kotkansiivouksessa"),
])
def test_a_work_cue_and_a_name_like_trade_compound(line: str, firm: str) -> None:
    r = scrub(line, lang="fi")
    at = line.index(firm)
    hit = [f for f in r.findings if f.start == at]
    assert hit and hit[0].label == "ORG" and "(work_trade_compound)" in hit[0].reason, r.text


@pytest.mark.parametrize("line", ["pääsi satamalogistiikalle", "duunissa kuljetusliikkeellä nyt",
                                  "töissä kotisiivouksella", "töissä äidinsiivouksella"])
def test_work_traps_stay(line: str) -> None:
    r = scrub(line, lang="fi")
    assert not any(f.label == "ORG" for f in r.findings), r.text


def test_a_lower_case_ry_closes_an_association() -> None:
    line = "harrastaa nyt, samba tampere ry:ssä käy"
    r = scrub(line, lang="fi")
    at = line.index("samba")
    assert any(f.label == "ORG" and f.start <= at and f.end >= line.index("ry") + 2 for f in r.findings), r.text


def test_explain_shows_the_rule() -> None:
    assert set(RULES) == {"town_trade_compound", "work_trade_compound", "town_trade_plural"}
    out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "fi", "--format", "json", "--explain"],
                         input="aloitti kotkan siivousapu:ssa, tykkää", capture_output=True, text=True, check=True).stdout
    assert "town_trade_compound" in json.dumps(json.loads(out), ensure_ascii=False)
