"""A capitalised listed place before a hyphen and a common noun (place_hyphen.py): the rule fires on an invented
sentence, leaves its traps alone, and `--explain` names it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.place_hyphen import RULES

PREFIX = "Tapaaminen sujui hyvin. Asiakas on motivoitunut ja jaksaa paremmin.\n"


@pytest.mark.parametrize(("line", "place"), [
    ("Kävi eilen Lahti-hallissa pelaamassa.", "Lahti"),
    ("Helsinki-päivänä oli juhla.", "Helsinki"),
    ("Asuu Salossa ja kävi Salo-hallissa.", "Salo-"),
])
def test_the_place_part_is_found(line: str, place: str) -> None:
    text = PREFIX + line
    r = scrub(text, lang="fi")
    at = text.index(place, len(PREFIX))
    hit = [f for f in r.findings if f.start == at]
    assert hit and hit[0].label == "LOCATION" and "(place_hyphen_noun)" in hit[0].reason, r.text
    assert hit[0].end == at + len(place.rstrip("-")), r.text  # the common noun after the hyphen stays
    assert "-hallissa" in r.text or "-päivänä" in r.text


@pytest.mark.parametrize(("line", "kept"), [
    ("Haki Kela-korvausta viime kuussa.", "Kela"),
    ("TE-palvelut ohjasi kurssille.", "TE"),
    ("Suomi-neito on tuttu kuva.", "Suomi"),
    ("Salo-hallissa kävi porukkaa.", "Salo"),  # a first name too, and no place elsewhere
])
def test_traps_stay(line: str, kept: str) -> None:
    text = PREFIX + line
    r = scrub(text, lang="fi")
    at = text.index(kept, len(PREFIX))
    assert not any(f.start <= at < f.end and "(place_hyphen_noun)" in f.reason for f in r.findings), r.text
    assert not any(f.start <= at < f.end for f in r.findings if kept != "Salo"), r.text


def test_explain_shows_the_rule() -> None:
    assert set(RULES) == {"place_hyphen_noun"}
    out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "fi", "--format", "json", "--explain"],
                         input=PREFIX + "Kävi eilen Lahti-hallissa.", capture_output=True, text=True, check=True).stdout
    assert "place_hyphen_noun" in json.dumps(json.loads(out), ensure_ascii=False)
