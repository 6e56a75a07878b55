"""Gazetteer places (gazetteer_places.py): every rule fires in an invented sentence and leaves its trap alone; a name
of the gazetteer is never taken without a slot; the list itself holds no ordinary word and names its licence."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.gazetteer_places import EVIDENCE, names
from coachdesk.privacy.lexicon import data_dir

FI = "Tapaaminen sujui hyvin. Asiakas on motivoitunut ja jaksaa paremmin. Sovimme seuraavan ajan.\n"
SV = "Mötet gick bra. Klienten är motiverad och orkar bättre. Vi bokade en ny tid.\n"
EN = "The meeting went well. The client is motivated and copes better. We booked a new time.\n"
PREFIX = {"fi": FI, "sv": SV, "en": EN}

# The names in the lines are of the gazetteer (GeoNames) or of the place lists, never of a corpus.
# (rule id, language, a line where it fires, the span it finds, a trap line, a word of it that stays)
CASES = [
    ("gaz_fi_slot", "fi", "soitti kaislastenlahdesta eilen, ok", "kaislastenlahdesta",
     "soitti työkkäristä eilen, ok", "työkkäristä"),
    ("gaz_fi_slot", "fi", "puh ok, muutti eilen konginkankaalle yksin", "konginkankaalle",
     "puh ok, muutti eilen kerrostaloon yksin", "kerrostaloon"),
    ("gaz_fi_slot", "fi", "bussi ei tullu leppäkaarteeseen, myöhässä", "leppäkaarteeseen",
     "bussi ei tullu kotiin, myöhässä", "kotiin"),
    ("gaz_fi_slot", "fi", "asuu nyt kinkomaalla, ok", "kinkomaalla",
     "asuu nyt maalla, ok", "maalla"),
    ("gaz_prep_nominative", "en", "went to the gym in tapaninvainio today", "tapaninvainio",
     "went to the gym in time today", "time"),
    ("gaz_prep_nominative", "sv", "jobbar i Svedängen nu", "Svedängen",
     "jobbar i morgon igen", "morgon"),
    ("gaz_village_head", "sv", "jobbar i sibbo kyrkby nu", "kyrkby",
     "kyrkby är ett ord", "kyrkby"),
    ("gaz_village_head", "fi", "asuu kuhmalahden kirkonkylässä", "kuhmalahden kirkonkylässä",
     "asuu vanhassa kirkonkylässä", "kirkonkylässä"),
]


@pytest.mark.parametrize(("rid", "lang", "yes", "span", "no", "kept"), CASES, ids=[c[0] for c in CASES])
def test_rule_fires_and_trap_stays(rid: str, lang: str, yes: str, span: str, no: str, kept: str) -> None:
    prefix = PREFIX[lang]
    text = prefix + yes
    r = scrub(text, lang=lang)
    start = text.rindex(span)
    assert any(f.start <= start and f.end >= start + len(span) and f.label == "LOCATION" and f"({rid})" in f.reason
               and f.certain for f in r.findings), r.text
    trap = prefix + no
    r = scrub(trap, lang=lang)
    at = trap.index(kept, len(prefix))
    assert not any(f.start <= at < f.end and f"({rid})" in f.reason for f in r.findings), r.text


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert {c[0] for c in CASES} == set(EVIDENCE)
    assert all(r.doc for r in EVIDENCE.values())


@pytest.mark.parametrize("line", ["kaislastenlahdessa oli kivaa", "tapaninvainio on kaunis",
                                  "kaislastenlahti mainittiin"])
def test_no_slot_no_place(line: str) -> None:
    """A gazetteer name with no cue before it is never taken by these rules."""
    r = scrub(FI + line, lang="fi")
    assert not any("gazetteer:" in f.reason for f in r.findings), r.findings


@pytest.mark.parametrize("line", ["oli eilen kaupassa ja sitten kotona", "asuu nyt poikaystävällä",
                                  "muutti eilen kotiin", "soitti haapalalle eilen", "kävi eilen lääkärissä",
                                  "bussi ei tullu ajoissa", "meni eilen nukkumaan",
                                  "asuu kotikylässä yksin"])
def test_finnish_ordinary_words_stay(line: str) -> None:
    r = scrub(FI + line, lang="fi")
    assert not any("gazetteer:" in f.reason for f in r.findings), r.findings


def test_the_list_holds_no_ordinary_word_nor_a_listed_place() -> None:
    folder = data_dir()
    ordinary = set()
    for name in ("frequent_words.txt", "common_words.txt", "municipalities_fi.txt", "places_extra.txt"):
        ordinary |= {w.strip().lower() for w in (folder / name).read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#")}
    gaz = names()
    assert len(gaz) > 1000
    assert not gaz & ordinary
    head = (folder / "places_gazetteer.txt").read_text(encoding="utf-8").split("\n", 5)
    assert any("GeoNames" in line and "CC BY 4.0" in line for line in head)


def test_explain_shows_the_rule() -> None:
    text = FI + "soitti kaislastenlahdesta eilen, ok"
    out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "fi", "--format", "json", "--explain"],
                         input=text, capture_output=True, text=True, check=True).stdout
    assert "gaz_fi_slot" in json.dumps(json.loads(out), ensure_ascii=False)


def test_the_notice_credits_geonames() -> None:
    notice = (data_dir().parents[2] / "NOTICE").read_text(encoding="utf-8")
    assert "places_gazetteer.txt" in notice and "GeoNames" in notice and "Attribution 4.0" in notice


@pytest.mark.parametrize(("text", "lang"), [("asuu nyt", "fi"), ("soitti", "fi"), ("gym in", "en"), ("jobbar i", "sv"),
                                            ("kyrkby", "sv"), ("asuu  nyt  \n kaislastenlahdessa", "fi"), ("", "fi"),
                                            ("in in in in in", "en"), ("asuu 123:ssa", "fi")])
def test_a_cue_at_the_end_or_odd_spacing_finds_nothing(text: str, lang: str) -> None:
    r = scrub(text, lang=lang)
    assert not any("gazetteer:" in f.reason for f in r.findings), r.findings
