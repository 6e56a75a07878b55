"""Lower-case names by Finnish morphology (morphology.py, Voikko; morphology_names.py): every rule fires on an invented
line, leaves its traps alone, and `--explain` names it; without Voikko the module adds nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from coachdesk.privacy import morphology, scrub
from coachdesk.privacy.morphology_names import RULES

pytestmark = pytest.mark.skipif(not morphology.available(), reason="Voikko (libvoikko1, voikko-fi) is not installed")

# rule -> ([(line, the word it must take, what it must do)], [(trap line, the word that must stay untouched)])
CASES = {
    "proper_place": (
        [("tapasin vuokatissa eilen", "vuokatissa", "LOCATION"), ("toimisto on nyt lönnrotinkadulla", "lönnrotinkadulla", "ADDRESS")],
        [("uimassa lahdessa eilen", "lahdessa"), ("kävin kirjastossa eilen", "kirjastossa")],
    ),
    "proper_person": (
        [("juttelin niskaselle eilen pitkään", "niskaselle", "PERSON")],
        [("kerroin tuiskulle ja tuulelle", "tuiskulle"), ("onnin hetki tuli", "onnin")],
    ),
    "listed_no_word": (
        [("eilen farida puhu pitkään", "farida", "PERSON")],
        [("ottais yhteyttä huomenna", "ottais"), ("onnaa matkaan ja kiitos", "onnaa")],
    ),
    "unknown_start": (
        [("Oduya ei tullut tänään sovittuun aikaan.", "Oduya", "PERSON")],
        [("Fibromyalgia paheni taas.", "Fibromyalgia"), ("Pingatkaa kaikki tiimiläiset.", "Pingatkaa"),
         ("Asiakasnro löytyy kansiosta.", "Asiakasnro")],
    ),
    "unknown_no_word": (
        [("sanoin et tsegayen pitää tulla torstaina", "tsegayen", "question")],
        [("fibromyalgia paheni taas", "fibromyalgia"), ("rekkari hukassa taas", "rekkari"), ("muist paperit huomenna", "muist"),
         ("kakskyt vuotta samassa paikassa", "kakskyt"), ("ei oo soitellu viikkoon", "soitellu")],
    ),
}


def _touching(line: str, word: str) -> tuple[list[tuple[str, str]], list[str]]:
    r = scrub(line, lang="fi")
    at = line.index(word)
    found = [(f.label, f.reason) for f in r.findings if f.start <= at < f.end]
    asked = [q.text for q in r.questions if q.start <= at < q.end]
    return found, asked


@pytest.mark.parametrize(("rule", "line", "word", "what"),
                         [(r, s, w, x) for r, (hits, _) in CASES.items() for s, w, x in hits])
def test_the_rule_fires(rule: str, line: str, word: str, what: str) -> None:
    found, asked = _touching(line, word)
    if what == "question":
        assert not found and asked == [word], (found, asked)
    else:
        assert found and found[0][0] == what and f"({rule})" in found[0][1], found


@pytest.mark.parametrize(("rule", "line", "word"), [(r, s, w) for r, (_, traps) in CASES.items() for s, w in traps])
def test_traps_stay(rule: str, line: str, word: str) -> None:
    found, asked = _touching(line, word)
    assert not any(f"({rule})" in reason for _, reason in found), found
    if rule == "unknown_no_word":  # a question of this rule carries no reason: the trap is asked by no rule
        assert not asked, asked


def test_every_rule_has_a_case_and_explain_shows_it() -> None:
    assert set(RULES) == set(CASES)
    for rule, (hits, _) in CASES.items():
        out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "fi", "--format", "json", "--explain"],
                             input=hits[0][0], capture_output=True, text=True, check=True).stdout
        assert rule in json.dumps(json.loads(out), ensure_ascii=False), rule


@pytest.mark.parametrize(("spoken", "written"), [("ehtiny", "ehtinyt"), ("kipee", "kipeä"), ("osote", "osoite"),
                                                 ("siirty", "siirtyä"), ("seuraavaks", "seuraava"), ("onnaa", "onni")])
def test_spoken_forms_are_read_back(spoken: str, written: str) -> None:
    found = morphology.readings(spoken)
    assert found and any(base == written for _, base in found), found


def test_a_name_no_finnish_word_has_no_reading() -> None:
    assert morphology.readings("tsegaye") == ()


def test_without_voikko_the_scrubber_works_and_this_layer_adds_nothing() -> None:
    line = "sanoin et tsegayen pitää tulla, tapasin vuokatissa"
    code = ("import json, sys; from coachdesk.privacy import morphology, scrub; r = scrub(sys.argv[1], lang='fi'); "
            "print(json.dumps([morphology.available(), [f.reason for f in r.findings], [q.text for q in r.questions]]))")
    env = {**os.environ, morphology.ENV: "0"}
    out = subprocess.run([sys.executable, "-c", code, line], capture_output=True, text=True, check=True, env=env).stdout
    available, reasons, asked = json.loads(out)
    assert available is False
    assert not any("Finnish morphology" in r for r in reasons) and "tsegayen" not in asked
