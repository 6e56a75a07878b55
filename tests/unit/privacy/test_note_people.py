"""People of Finnish phone notes (note_people.py) and the colloquial `kaa` of word_names: every rule fires on an
invented sentence, leaves its traps alone, and `--explain` names it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.note_people import RULES

# rule -> ([(line, the word it must take)], [(trap line, the word that must stay)])
CASES = {
    "joined_given_names": (
        [("villekalle soitti aamulla", "villekalle"), ("soitin jonnemarkolle eilen", "jonnemarkolle")],
        [("iltasatu soitti mielessä", "iltasatu"), ("lumisade haittasi ajoa eilen", "lumisade")],
    ),
    "call_header_from": (
        [("puhelu ranjitalta: haluaa uuden ajan", "ranjitalta"), ("viesti oranailta - ei pääse", "oranailta"),
         ("- 12.3. klo 9.15 puhelu ranjitalta: ok", "ranjitalta"), ("soitto oranaille: ei vastannut", "oranaille"),
         ("soitto ranjitalta klo 9.10: ok", "ranjitalta"),
         ("ma 3.2 viesti oranailta: myöhässä", "oranailta")],
        [("puhelu kelalta: päätös tulossa", "kelalta"), ("viesti työkkäriltä: kurssi alkaa", "työkkäriltä"),
         ("soitto lääkäriltä - lausunto valmis", "lääkäriltä"), ("viesti ohjaajalta: kurssi peruttu", "ohjaajalta"),
         ("viesti oranailta kelasta tänään", "oranailta")],
    ),
    "nickname_came": (
        [("pertsa tuli käymään", "pertsa"), ("asiakas ok, jykke lähti hakemaan", "jykke")],
        [("sossu tuli käymään", "sossu"), ("kaveri tuli käymään", "kaveri"), ("firma tuli hakemaan", "firma")],
    ),
    "start_name_org_from": (
        [("Toivo työterveydestä suositteli osa-aikaa.", "Toivo"), ("Usva kelasta soitti eilen.", "Usva")],
        [("Toivo paremmasta huomisesta on tärkeää.", "Toivo"), ("Usko työterveydestä on kova.", "Usko")],
    ),
}


@pytest.mark.parametrize(("rule", "line", "word"), [(r, s, w) for r, (hits, _) in CASES.items() for s, w in hits])
def test_the_rule_fires(rule: str, line: str, word: str) -> None:
    r = scrub(line, lang="fi")
    at = line.index(word)
    hit = [f for f in r.findings if f.start <= at < f.end]
    assert hit and hit[0].label == "PERSON" and f"({rule})" in hit[0].reason, (r.text, [f.reason for f in hit])
    assert hit[0].certain


@pytest.mark.parametrize(("rule", "line", "word"), [(r, s, w) for r, (_, traps) in CASES.items() for s, w in traps])
def test_traps_stay(rule: str, line: str, word: str) -> None:
    r = scrub(line, lang="fi")
    at = line.index(word)
    assert not any(f"({rule})" in f.reason for f in r.findings), r.text
    assert not any(f.start <= at < f.end for f in r.findings), r.text


@pytest.mark.parametrize(("line", "word"), [("maken kaa puhuttiin eilen", "maken"), ("sovittiin tepan kaa uusi aika", "tepan"),
                                          ("arskan kans sovittiin", "arskan"), ("lähetin viestin tepalle", "tepalle"),
                                          ("tsekkasin jusalta, ei tiedä", "jusalta")])
def test_colloquial_cues_of_a_nickname(line: str, word: str) -> None:
    r = scrub(line, lang="fi")
    at = line.index(word)
    assert any(f.start == at and f.label == "PERSON" for f in r.findings), r.text


@pytest.mark.parametrize("line", ["lähti matkalle kans", "lähetin viestin postilla", "sen kans pärjää"])
def test_colloquial_cues_leave_words(line: str) -> None:
    assert not scrub(line, lang="fi").findings


def test_every_rule_has_a_case_and_explain_shows_it() -> None:
    assert set(RULES) == set(CASES)
    for rule, (hits, _) in CASES.items():
        out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "fi", "--format", "json", "--explain"],
                             input=hits[0][0], capture_output=True, text=True, check=True).stdout
        assert rule in json.dumps(json.loads(out), ensure_ascii=False)
