"""People and places of network minutes (minutes_names.py): every rule fires on an invented sentence, leaves its
trap alone, and `--explain` names it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coachdesk.privacy import minutes_names, scrub
from coachdesk.privacy.lexicon import get_lexicon
from coachdesk.privacy.minutes_names import RULES
from coachdesk.privacy.spans import PRIO_NAME, Cand
from coachdesk.privacy.tokens import tokenize


def _own(text: str, lang: str) -> list:
    """What this module alone finds in ``text``, given the people the scrub finds (as candidates)."""
    people = [Cand(f.start, f.end, f.label, "person", f.reason, PRIO_NAME, key=(f.text.split()[0].lower(), ""))
              for f in scrub(text, lang=lang).findings if f.label == "PERSON" and "minutes:" not in f.reason]
    return minutes_names.find(text, tokenize(text), get_lexicon().for_language(lang), lang, people)

# (rule, language, text, the words the finding must cover)
CASES = [
    ("honorific_name", "en", "Present: Saw Htoo Lay (client), his wife Naw Paw Mu and the coach.", "Saw Htoo Lay"),
    ("honorific_name", "en", "Present: Saw Htoo Lay (client), his wife Naw Paw Mu and the coach.", "Naw Paw Mu"),
    ("bracket_initials", "fi", "Paikalla valmentaja Sanna (SK) ja ohjaaja.", "SK"),
    ("bracket_initials", "fi", "Läsnä: asiakas Pentti Oja (asiakas, PO), Dr Holm (työterveys, EH)", "EH"),
    ("bracket_initials", "en", "Present: Lea Rinne (coach/LR), Tom Hill (TH, client)", "TH"),
    ("bracket_initials", "fi", "Läsnä: työterveyslääkäri (XH), esihenkilö (JM) ja asiakas", "XH"),
    ("bracket_initials", "en", "Present: Satu Koxulainen (SKo), coach Anu Kyxlönen (AnK), the client", "SKo"),
    ("bracket_initials", "en", "Present: Satu Koxulainen (SKo), coach Anu Kyxlönen (AnK), the client", "AnK"),
    ("bracket_initials", "en", "Present: Marisol dela Peña (friend/interpreter, MdP), the coach.\n5. MdP asked for a call.",
     "MdP"),
    ("bracket_initials", "sv", "Närvarande: företagshälsovårdens sjukskötare (MA) och coachen.\nMA sa nej.", "MA"),
    ("bracket_initials", "en", "Present: client, occupational physician (LV), coach.\nLV said no.", "LV"),
    ("hyphen_initials", "sv", "tel gun-britt 10.15 – avbytaren kom inte. gb gråter mkt, sover dåligt.", "gb"),
    ("hyphen_initials", "en", "phone, brita re: ville-pekka. vp (33) had a fall at work.", "vp"),
    ("hyphen_initials", "fi", "Ville-Pekka Xahtinen soitti eilen. VP:n kanssa sovittiin uusi aika.", "VP"),
    ("spelled_initials", "en", "Notes. Xbebe Qesfaye (XQ) agreed to the plan.", "Xbebe Qesfaye"),
    ("given_repeat", "sv", "Samtal med Sten Åkerlund om arbetsträning. Sten fyllde 61 i maj.", "Sten fyllde"),
    ("place_centrum", "sv", "Han bor i Dickursby centrum med sin fru.", "Dickursby"),
]

# (language, text, a word no finding may cover)
TRAPS = [
    ("en", "Saw the doctor on Monday about the pain.", "Saw"),
    ("en", "Saw Anna on Monday, she is fine.", "Saw"),
    ("fi", "Kävi TE-toimistossa (TE) ja Kelassa (KELA).", "KELA"),
    ("fi", "Läsnä: Liisa Koski (FM), Pekka Mäki (SAK) ja Dr Holm (työterveys, OT)", "FM"),
    ("fi", "Läsnä: Liisa Koski (FM), Pekka Mäki (SAK) ja Dr Holm (työterveys, OT)", "SAK"),
    ("fi", "Läsnä: Liisa Koski (FM), Pekka Mäki (SAK) ja Dr Holm (työterveys, OT)", "OT"),
    ("en", "We used the Patient Health Questionnaire (PHQ) and Work Ability Scale (WAS).", "Work Ability"),
    ("fi", "Läsnä: työterveyshoitaja (TT) ja fysioterapeutti (FT, Kela)", "FT"),
    ("sv", "Samtal med Sten Åkerlund om arbetsträning. Sten i njuren besvärar.", "njuren"),
    ("sv", "Hade sten i njuren förra året.", "sten"),
    ("sv", "Vi träffades vid Stora centrum i maj.", "Stora"),
    ("en", "Present: Olli Xangas (OK), the coach.\n1. OK, the plan stands.", "OK, the plan"),
    ("fi", "Läsnä: Matti Xirtanen (Mo) ja muut.", "Mo"),
    ("fi", "Ville-Pekka Xahtinen soitti. vp-päivä on perjantaina.", "vp-päivä"),
    ("fi", "Tiina-Elina Xoski soitti, ja TE sanoi ei.", "TE"),
    ("sv", "Jan-Anders Xund ringde, ja han kommer.", "ja han"),
    ("fi", "Ville Xahtinen soitti. VP:n kanssa ei sovittu mitään.", "VP"),
    ("fi", "Tapaaminen lääkäri (MA) klo 10 terveysasemalla.", "MA"),
]


def test_a_bracket_gives_the_person_its_initials_everywhere(rules_alone) -> None:
    text = ("Present: Satu Koxulainen (SKo), coach Anu Kyxlönen (AnK)\n"
            "1. SKo reminded everyone of the plan. AnK books the next meeting.")
    res = scrub(text, lang="en")
    assert "SKo" not in res.text and "AnK" not in res.text, res.text
    placeholders = {f.text: f.replacement for f in res.findings}
    assert placeholders["SKo"] == placeholders["Satu Koxulainen"]


@pytest.mark.parametrize(("rule", "lang", "text", "words"), CASES)
def test_the_rule_fires(rule: str, lang: str, text: str, words: str, rules_alone) -> None:
    found = scrub(text, lang=lang).findings
    at = text.rindex(words) if rule == "given_repeat" else text.index(words)
    end = at + len(words.split()[0]) if rule == "given_repeat" else at + len(words)
    assert any(f.start <= at and end <= f.end for f in found), [(f.text, f.reason) for f in found]
    own = [c for c in _own(text, lang) if f"({rule})" in c.reason]
    assert any(c.start <= at and end <= c.end for c in own), own


@pytest.mark.parametrize(("lang", "text", "word"), TRAPS)
def test_traps_stay(lang: str, text: str, word: str) -> None:
    at = text.index(word)
    assert not any(c.start <= at < c.end for c in _own(text, lang)), text
    assert not any(f.start <= at < f.end and "minutes:" in f.reason for f in scrub(text, lang=lang).findings)


def test_every_rule_has_a_case() -> None:
    assert {c[0] for c in CASES} == set(RULES)


def test_explain_shows_the_rule() -> None:
    out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "sv", "--format", "json", "--explain"],
                         input="Han bor i Dickursby centrum med sin fru.", capture_output=True, text=True,
                         check=True).stdout
    assert "place_centrum" in json.dumps(json.loads(out), ensure_ascii=False)
