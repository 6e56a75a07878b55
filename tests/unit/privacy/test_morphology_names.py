"""Names by what Finnish morphology (morphology.py, Voikko) and the Swedish and English dictionaries (spelling.py,
Hunspell) say of a word (morphology_names.py): every rule fires on an invented line, leaves its traps alone, and
`--explain` names it; without them the module adds nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from coachdesk.privacy import morphology, scrub, spelling
from coachdesk.privacy.morphology_names import RULES

# rule -> ([(line, the word it must take, what it must do)], [(trap line, the word that must stay untouched)])
CASES = {
    "proper_place": (
        [("fi", "tapasin vuokatissa eilen", "vuokatissa", "LOCATION"),
         ("fi", "toimisto on nyt lönnrotinkadulla", "lönnrotinkadulla", "ADDRESS"),
         ("sv", "vi träffades i ylläs förra veckan", "ylläs", "LOCATION")],
        [("fi", "uimassa lahdessa eilen", "lahdessa"), ("fi", "kävin kirjastossa eilen", "kirjastossa")],
    ),
    "proper_person": (
        [("fi", "juttelin niskaselle eilen pitkään", "niskaselle", "PERSON")],
        [("fi", "kerroin tuiskulle ja tuulelle", "tuiskulle"), ("fi", "onnin hetki tuli", "onnin")],
    ),
    "listed_given": (
        [("fi", "moi, nopee kysymys: dmitri (se trukkikuski) ei tullu tänään", "dmitri", "PERSON"),
         ("fi", "kämppis soitti -> sano et yusra nukkuu paljo eikä syö", "yusra", "PERSON"),
         ("en", "mine is yusra, the other one came through the office", "yusra", "PERSON"),
         ("sv", "snabb fråga: dmitri (han på lagret) kom inte idag", "dmitri", "PERSON"),
         ("fi", "eilen farida puhu pitkään", "farida", "PERSON"), ("en", "need to chase ngozi about the forms", "ngozi", "PERSON")],
        [("fi", "puhuu daria ja vähän englantia", "daria"), ("fi", "karenin tulkki tulee ens kerralla", "karenin"),
         ("fi", "ootko nähny sen paperin eiks se oo tärkee", "ootko"), ("fi", "ootko nähny sen paperin eiks se oo tärkee", "eiks"),
         ("fi", "ottais yhteyttä huomenna", "ottais"), ("fi", "onnaa matkaan ja kiitos", "onnaa")],
    ),
    "unknown_start": (
        [("fi", "Oduya ei tullut tänään sovittuun aikaan.", "Oduya", "PERSON"), ("en", "Oduya is unwell again.", "Oduya", "PERSON")],
        [("fi", "Fibromyalgia paheni taas.", "Fibromyalgia"), ("fi", "Pingatkaa kaikki tiimiläiset.", "Pingatkaa"),
         ("fi", "Asiakasnro löytyy kansiosta.", "Asiakasnro"), ("en", "Bookkeeping starts in May.", "Bookkeeping")],
    ),
    "unknown_no_word": (
        [("fi", "sanoin et tsegayen pitää tulla torstaina", "tsegayen", "PERSON"),
         ("sv", "pratade länge, mukami e sjuk idag", "mukami", "PERSON"),
         ("en", "need to chase bukola about the forms", "bukola", "PERSON")],
        [("fi", "fibromyalgia paheni taas", "fibromyalgia"), ("fi", "rekkari hukassa taas", "rekkari"),
         ("fi", "muist paperit huomenna", "muist"), ("fi", "kakskyt vuotta samassa paikassa", "kakskyt"),
         ("fi", "ei oo soitellu viikkoon", "soitellu"), ("en", "the forklift course starts monday", "forklift"),
         ("en", "he didnt show up again", "didnt"), ("sv", "hundn e sjuk, kommer inte", "hundn"),
         ("sv", "pratade om omskolning igen", "omskolning"),
         ("sv", "i maj tar hennes deltidssjukdagpenning slut", "deltidssjukdagpenning"), ("sv", "ring mig på telnr i pärmen", "telnr"),
         ("fi", "ajat kipupoli ensi viikolla", "kipupoli"), ("en", "asked re de quervain surgery queue", "quervain"), ("fi", "reumatoid artriitti todettu", "reumatoid")],
    ),
}


def _available(lang: str) -> bool:
    return morphology.available() and (lang == "fi" or spelling.available(lang))


def _touching(lang: str, line: str, word: str) -> tuple[list[tuple[str, str]], list[str]]:
    if not _available(lang):
        pytest.skip(f"no dictionary for {lang}")
    r = scrub(line, lang=lang)
    at = line.index(word)
    found = [(f.label, f.reason) for f in r.findings if f.start <= at < f.end]
    asked = [q.text for q in r.questions if q.start <= at < q.end]
    return found, asked


@pytest.mark.parametrize(("rule", "lang", "line", "word", "what"),
                         [(r, lang, s, w, x) for r, (hits, _) in CASES.items() for lang, s, w, x in hits])
def test_the_rule_fires(rule: str, lang: str, line: str, word: str, what: str, rules_alone) -> None:
    found, asked = _touching(lang, line, word)
    if what == "question":
        assert not found and asked == [word], (found, asked)
    else:
        assert found and found[0][0] == what and f"({rule})" in found[0][1], found


@pytest.mark.parametrize(("rule", "lang", "line", "word"),
                         [(r, lang, s, w) for r, (_, traps) in CASES.items() for lang, s, w in traps])
def test_traps_stay(rule: str, lang: str, line: str, word: str) -> None:
    found, _ = _touching(lang, line, word)
    assert not any(f"({rule})" in reason for _, reason in found), found


def test_every_rule_has_a_case_and_explain_shows_it(rules_alone) -> None:
    assert set(RULES) == set(CASES)
    for rule, (hits, _) in CASES.items():
        lang, line = hits[0][:2]
        if not _available(lang):
            continue
        out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", lang, "--format", "json", "--explain"],
                             input=line, capture_output=True, text=True, check=True).stdout
        assert rule in json.dumps(json.loads(out), ensure_ascii=False), rule


@pytest.mark.parametrize(("spoken", "written"), [("ehtiny", "ehtinyt"), ("kipee", "kipeä"), ("osote", "osoite"),
                                                 ("siirty", "siirtyä"), ("seuraavaks", "seuraava"), ("onnaa", "onni")])
@pytest.mark.skipif(not morphology.available(), reason="Voikko (libvoikko1, voikko-fi) is not installed")
def test_spoken_forms_are_read_back(spoken: str, written: str) -> None:
    found = morphology.readings(spoken)
    assert found and any(base == written for _, base in found), found


@pytest.mark.skipif(not morphology.available(), reason="Voikko (libvoikko1, voikko-fi) is not installed")
def test_a_name_no_finnish_word_has_no_reading() -> None:
    assert morphology.readings("tsegaye") == ()


@pytest.mark.parametrize(("low", "common"), [("kirjastossa", True), ("usva", True), ("liitteenä", True),
                                             ("vuokatissa", False), ("niskaselle", False), ("tsegaye", False)])
@pytest.mark.skipif(not morphology.available(), reason="Voikko (libvoikko1, voikko-fi) is not installed")
def test_common_word_is_an_ordinary_reading_not_a_proper_noun(low: str, common: bool) -> None:
    assert morphology.common_word(low) is common


def test_without_voikko_the_scrubber_works_and_this_layer_adds_nothing() -> None:
    line = "sanoin et tsegayen pitää tulla, tapasin vuokatissa"
    code = ("import json, sys; from coachdesk.privacy import morphology, scrub, spelling; r = scrub(sys.argv[1], lang='fi'); "
            "print(json.dumps([morphology.available(), [f.reason for f in r.findings], [q.text for q in r.questions]]))")
    env = {**os.environ, morphology.ENV: "0"}
    out = subprocess.run([sys.executable, "-c", code, line], capture_output=True, text=True, check=True, env=env).stdout
    available, reasons, asked = json.loads(out)
    assert available is False
    assert not any("Finnish morphology" in r for r in reasons) and "tsegayen" not in asked


@pytest.mark.skipif(not spelling.available("sv") or not spelling.available("en"), reason="Hunspell dictionaries missing")
@pytest.mark.parametrize(("word", "is_word"), [("omskolning", True), ("hörselnedsättning", True), ("didnt", True),
                                               ("yesss", True), ("hundn", True), ("mukami", False), ("bukola", False),
                                               ("jerome", False)])
def test_dictionary_words_as_notes_write_them(word: str, is_word: bool) -> None:
    assert spelling.word_like(word) is is_word


def test_without_hunspell_no_dictionary_is_used() -> None:
    code = ("import json; from coachdesk.privacy import spelling; "
            "print(json.dumps([spelling.available('sv'), spelling.known('omskolning', 'sv')]))")
    env = {**os.environ, spelling.ENV: "0"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    assert json.loads(out) == [False, None]


@pytest.mark.skipif(not morphology.available(), reason="Voikko (libvoikko1, voikko-fi) is not installed")
def test_a_surname_voikko_reads_keeps_its_case_ending() -> None:
    assert scrub("juttelin myös niskaselle eilen", lang="fi").text == "juttelin myös [Henkilö A]:lle eilen"


@pytest.mark.skipif(not morphology.available(), reason="Voikko (libvoikko1, voikko-fi) is not installed")
def test_unknown_words_are_asked_within_the_budget() -> None:
    """At most one new word form per QUESTION_CHARS characters; a longer note has room for more."""
    from coachdesk.privacy import morphology_names

    names = ["oduyaxe", "tsegawin", "bokarimo", "nkwelato", "zubirako", "mbolexa"]

    def asked(filler: str) -> tuple[int, list[str]]:
        text = "".join(f"soitin {n} eilen{filler}." for n in names)
        found = [f.text for f in scrub(text, lang="fi").findings if "unknown_no_word" in f.reason]
        return max(1, len(text) // morphology_names.QUESTION_CHARS), found

    short_budget, short = asked(" ja sovittiin")
    long_budget, long = asked(" ja sovittiin että jatketaan ensi viikolla samaan malliin, mikäli kaikki sopii"
                              " kaikille osapuolille ja työterveyshuolto ehtii antaa oman lausuntonsa ajoissa")
    assert 0 < len(short) <= short_budget < long_budget, (short_budget, short)
    assert len(short) < len(long) <= long_budget, (long_budget, long)
