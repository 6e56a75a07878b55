"""People and firms by their slot in hurried Swedish and English notes (hurried_slots.py): every rule fires on an
invented sentence, leaves its trap alone, and `--explain` names it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coachdesk.privacy import hurried_slots, scrub
from coachdesk.privacy.hurried_slots import RULES
from coachdesk.privacy.lexicon import get_lexicon
from coachdesk.privacy.tokens import tokenize


def _own(text: str, lang: str) -> list:
    """What this module alone finds in ``text`` (nothing found before it)."""
    return hurried_slots.find(text, tokenize(text), get_lexicon().for_language(lang), lang, [])

SV = "mån 3.11\n"
EN = "mon 3/11\n"

# (rule, language, line, the word the rule must cover)
CASES = [
    ("call_slot", "sv", "ringde pacho igår, mår bättre nu", "pacho"),
    ("call_slot", "en", "spoke to ade about the shifts", "ade"),
    ("call_slot", "en", "call w/ kofi 14:10 re cv", "kofi"),
    ("call_slot", "sv", "igår ringde jag femi, ingen svar", "femi"),
    ("call_slot", "en", "spoke briefly to ade re hours", "ade"),
    ("call_bracket", "sv", "ringde dimi (alltså dimitrios k.) om schemat", "dimitrios k"),
    ("call_bracket", "en", "call w/ bayo (i.e. adebayo o.) re shifts", "adebayo o"),
    ("start_aux", "en", "adaeze is taking exams in june", "adaeze"),
    ("start_aux", "en", "olu has a new job at the port", "olu"),
    ("owner_trade", "sv", "nybergs schakt ringde om jobbet", "schakt"),
    ("work_genitive", "sv", "jobbar nu på sundbergs sedan mars", "sundbergs"),
    ("work_genitive", "sv", "praktik hos åkerbergs från v. 12", "åkerbergs"),
    ("place_trade", "sv", "körde för vasa taxi i två år", "taxi"),
    ("place_trade", "sv", "spelade i närpes buss förr", "buss"),
    ("place_trade", "sv", "jakobstads taxi söker chaufförer", "taxi"),
    ("place_trade", "sv", "spelade förr i zorvlax bollklubb, vill börja igen", "zorvlax bollklubb"),
    ("brand_suffix", "en", "interview at zorp data on friday", "zorp data"),
    ("name_list", "sv", "snackade med jocke och strand om jobbet", "jocke"),
    ("name_list", "sv", "micke o dag kommer på mötet", "dag"),
    ("name_list", "sv", "träffade nisse och holm på stan", "holm"),
]

# (language, line, a word no rule of this module may take)
TRAPS = [
    ("sv", "ringde tillbaka till henne, inget svar", "tillbaka"),
    ("sv", "ringde upp arbetsgivaren igen", "arbetsgivaren"),
    ("en", "call w/ doctor 14:10 re meds", "doctor"),
    ("en", "spoke to hr about the contract", "hr"),
    ("en", "spoke to jobcentre about the contract", "jobcentre"),
    ("sv", "kursen börjar på måndag, bra", "kursen"),
    ("en", "nobody is taking the course this spring", "nobody"),
    ("sv", "ringde henne (alltså i morgon) om schemat", "morgon"),
    ("sv", "fick låna pappas verkstad en vecka", "verkstad"),
    ("sv", "jobbar på lagret sedan mars", "lagret"),
    ("sv", "praktik hos tandläkaren från v. 12", "tandläkaren"),
    ("sv", "jobbar nu på vasa sjukhus", "sjukhus"),
    ("sv", "åkte med gamla buss till stan", "gamla"),
    ("en", "interview at the data centre on friday", "data"),
    ("sv", "var ute med dag och natt", "dag"),
    ("sv", "lekte med hund och katt hela dagen", "hund"),
    ("sv", "träffade mamma och pappa på stan", "pappa"),
    ("en", "cbt is going well, sleeps better", "cbt"),
]


def _findings(lang: str, line: str) -> tuple[str, list]:
    text = (SV if lang == "sv" else EN) + line
    return text, list(scrub(text, lang=lang).findings)


@pytest.mark.parametrize(("rule", "lang", "line", "word"), CASES)
def test_the_rule_fires(rule: str, lang: str, line: str, word: str) -> None:
    text, found = _findings(lang, line)
    at = text.index(word, len(SV))
    assert any(f.start <= at and at + len(word) <= f.end for f in found), text
    own = [c for c in _own(text, lang) if f"({rule})" in c.reason]
    assert any(c.start <= at and at + len(word) <= c.end for c in own), [(c.start, c.end, c.reason) for c in own]


@pytest.mark.parametrize(("lang", "line", "word"), TRAPS)
def test_traps_stay(lang: str, line: str, word: str) -> None:
    text, found = _findings(lang, line)
    at = text.index(word, len(SV))
    assert not any(f.start <= at < f.end for f in found), [(f.text, f.reason) for f in found]
    assert not any(c.start <= at < c.end for c in _own(text, lang)), text


def test_every_rule_has_a_case() -> None:
    assert {c[0] for c in CASES} == set(RULES)


def test_explain_shows_the_rule() -> None:
    out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "en", "--format", "json", "--explain"],
                         input=EN + "spoke to ade about the shifts", capture_output=True, text=True, check=True).stdout
    assert "call_slot" in json.dumps(json.loads(out), ensure_ascii=False)
