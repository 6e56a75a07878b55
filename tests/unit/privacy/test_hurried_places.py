"""Unlisted places of hurried notes (hurried_places.py): every rule fires in an invented sentence and leaves its
traps alone; `--explain` names the rule."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.hurried_places import RULES, _standard_forms

FI = "Tapaaminen sujui hyvin. Asiakas on motivoitunut ja jaksaa paremmin. Sovimme seuraavan ajan.\n"
SV = "Mötet gick bra. Klienten är motiverad och orkar bättre. Vi bokade en ny tid.\n"

# (rule id, language, a line where it fires, the span it finds, a trap line, a word of it that stays)
CASES = [
    ("fi_stay_adverbs", "fi", "puh ok, asuu tällä hetkellä rölikässä yksin", "rölikässä",
     "puh ok, asuu tällä hetkellä kerrostalossa yksin", "kerrostalossa"),
    ("fi_stay_adverbs", "fi", "oli viikonloppuna mökillä pörnikässä, väsyny", "pörnikässä",
     "oli viikonloppuna mökillä kaupassa, väsyny", "kaupassa"),
    ("fi_stay_adverbs", "fi", "on ollu harjoittelussa pörnikässä koko viikon", "pörnikässä",
     "on ollu kuntoutuksessa koko viikon, nyt sairauslomalla", "sairauslomalla"),
    ("fi_stay_adverbs", "fi", "kävi eilen kontrollissa rölikässä, ok", "rölikässä",
     "oli eilen käymässä lääkärissä, ok", "lääkärissä"),
    ("fi_stay_adverbs", "fi", "oli eilen pörnikän kontrollissa, ok", "pörnikän",
     "oli eilen lääkärin vastaanotolla, ok", "lääkärin"),
    ("fi_stay_adverbs", "fi", "vietti viikonlopun rölikässä, väsyny", "rölikässä",
     "vietti viikonlopun mökillä, väsyny", "mökillä"),
    ("fi_move_adverbs", "fi", "puh ok, palasi eilen rölikästä, väsyny", "rölikästä",
     "puh ok, palasi eilen töistä, väsyny", "töistä"),
    ("fi_move_adverbs", "fi", "muutti viime vuonna pörnikälle yksin", "pörnikälle",
     "muutti viime vuonna poikaystävälle yksin", "poikaystävälle"),
    ("fi_dialect_municipality", "fi", "puh ok, muutti kuopijoon viime vuonna", "kuopijoon",
     "puh ok, tilanteessa on kallista, kuopassa oli vettä", "tilanteessa"),
    ("fi_dialect_municipality", "fi", "kaveri kajjaanista tuli mukaan", "kajjaanista",
     "joo käy kaupassa töissä", "kaupassa"),
    ("fi_dialect_municipality", "fi", "soitti iisalamesta eilen", "iisalamesta",
     "soitti kalliolta eilen", "kalliolta"),
    ("note_head_place", "fi", "pörnikkä 9.15 / puh asiakas, ei vastannut", "pörnikkä",
     "puhelu 9.15 / asiakas ei vastannut", "puhelu"),
    ("note_head_place", "fi", "rölikkä 14.30 – soitin asiakkaalle", "rölikkä",
     "muistio 14.30 – soitin asiakkaalle", "muistio"),
    ("note_head_place", "fi", "- iso-pörnikkä klo 9.15 / puh", "iso-pörnikkä",
     "- kokous klo 9.15 / puh", "kokous"),
    ("note_head_place", "fi", "rölikkä 12.1. / puh, sovittiin käynti", "rölikkä",
     "seurantapuhelu 12.1. / puh, sovittiin käynti", "seurantapuhelu"),
    ("note_head_place", "fi", "ruka 9.15 / puh asiakas ei vastannut", "ruka",
     "ma 12.1. / soitin asiakkaalle", "ma"),
    ("sv_motion_unlisted", "sv", "ringde, hon kör henne till pyhä ibland", "pyhä",
     "ringde, hon kör henne till jobbet ibland", "jobbet"),
    ("sv_motion_unlisted", "sv", "ringde, jobbar på ylläs hos en kusin", "ylläs",
     "ringde, jobbar på morgonen hos en kusin", "morgonen"),
    ("saint_place", "sv", "klienten flyttade till S:t Karins förra året", "S:t Karins",
     "S:t kommer senare, sa hon", "S:t"),
    ("saint_place", "sv", "bodde länge i Sankt Michel", "Sankt Michel",
     "Sankt och heligt, sa hon", "Sankt"),
    ("saint_place", "fi", "asiakas asuu nyt Pyhä Mikaelissa", "Pyhä Mikaelissa",
     "asiakas P. Virtanen soitti", "Virtanen"),
]


@pytest.mark.parametrize(("rid", "lang", "yes", "span", "no", "kept"), CASES, ids=[c[0] for c in CASES])
def test_rule_fires_and_trap_stays(rid: str, lang: str, yes: str, span: str, no: str, kept: str) -> None:
    prefix = FI if lang == "fi" else SV
    text = prefix + yes
    r = scrub(text, lang=lang)
    start = text.rindex(span)
    assert any(f.start <= start and f.end >= start + len(span) and f.label == "LOCATION" and f"({rid})" in f.reason
               for f in r.findings), r.text
    trap = prefix + no
    r = scrub(trap, lang=lang)
    at = trap.index(kept, len(prefix))
    assert not any(f.start <= at < f.end and f"({rid})" in f.reason for f in r.findings), r.text


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert {c[0] for c in CASES} == set(RULES)
    assert all(r.doc for r in RULES.values())


@pytest.mark.parametrize("line", ["asiakas oli eilen kaupassa ja sitten kotona",
                                  "oli viime viikolla työkokeilussa ja kävi eilen työterveydessä",
                                  "on ollu kesätöissä koko viikon", "oli pari päivää sairaalassa, nyt kotihoidossa",
                                  "asuu nyt poikaystävällä, oli eilen mummolla", "oli tänään palaverissa ja työkkärissä",
                                  "kokous 10.00 / asiakas ei tullut", "tapaaminen 13.00 – sovittiin jatko",
                                  "huomenna 9.15 / soitan", "kotikäynti 12.30 – asiakas kotona",
                                  "muutti eilen kotiin", "meni eilen nukkumaan", "muutti takaisin kotikaupunkiin",
                                  "lähti viikonloppuna mökille", "pääsi eilen kuntoutukseen"])
def test_finnish_ordinary_words_stay(line: str) -> None:
    r = scrub(FI + line, lang="fi")
    assert not any(f.start >= len(FI) and f.label == "LOCATION" for f in r.findings), r.text


@pytest.mark.parametrize("line", ["kör henne till jobbet på morgonen, åker till stan ibland",
                                  "jobbar på lagret, åker till affären, kör till skolan",
                                  "kör honom till träningen, jobbar i köket, åker hem",
                                  "han kom till mötet, gick till läkaren, reste till utlandet"])
def test_swedish_ordinary_words_stay(line: str) -> None:
    r = scrub(SV + line, lang="sv")
    assert not any(f.start >= len(SV) and f.label == "LOCATION" for f in r.findings), r.text


@pytest.mark.parametrize(("word", "std"), [("kuopijossa", "kuopiossa"), ("iisalamessa", "iisalmessa"),
                                           ("kajjaanissa", "kajaanissa"), ("tornijoon", "tornioon"),
                                           ("iisalimessa", "iisalmessa")])
def test_a_dialect_sound_is_undone(word: str, std: str) -> None:
    assert std in _standard_forms(word)


def test_explain_shows_the_rule() -> None:
    text = FI + "puh ok, asuu tällä hetkellä rölikässä yksin"
    out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "fi", "--format", "json", "--explain"],
                         input=text, capture_output=True, text=True, check=True).stdout
    assert "fi_stay_adverbs" in json.dumps(json.loads(out), ensure_ascii=False)


def test_a_frequent_line_head_is_asked_about() -> None:
    """A frequent word that is no common noun's paradigm (`ruka`) is replaced and asked; an unknown one is certain."""
    r = scrub(FI + "ruka 9.15 / puh asiakas ei vastannut\npörnikkä 10.15 / puh", lang="fi")
    found = {f.text: f.certain for f in r.findings if "(note_head_place)" in f.reason}
    assert found == {"ruka": False, "pörnikkä": True}, r.text


@pytest.mark.parametrize("line", ["Kuopijossa asuu nyt äiti", "kaveri kuopijjosta soitti"])
def test_a_dialect_form_wins_over_a_question(line: str, rules_alone) -> None:
    r = scrub(FI + line, lang="fi")
    assert any("(fi_dialect_municipality)" in f.reason and f.certain for f in r.findings), r.text
    assert not [q for q in r.questions if q.start >= len(FI)], r.questions


def test_a_listed_name_opening_a_phone_note_is_replaced_and_asked() -> None:
    r = scrub(FI + "rautio 9.15 / puh, ei vastannu\nmuistio 10.15 / puh", lang="fi")
    found = {f.text: (f.label, f.certain) for f in r.findings if "(note_head_place)" in f.reason}
    assert found == {"rautio": ("PERSON", False)}, r.text


def test_a_listed_place_that_is_a_word_opens_a_phone_note_asked() -> None:
    r = scrub(FI + "lahti 9.15 / puh asiakas\nkoti 9.15 / puh", lang="fi")
    found = {f.text: f.certain for f in r.findings if "(note_head_place)" in f.reason}
    assert found == {"lahti": False}, r.text
