"""Schools, bodies and firms named after a region or town (region_orgs.py): each rule fires on invented
sentences, leaves its traps alone, and `--explain` names it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coachdesk.privacy import morphology, scrub
from coachdesk.privacy.region_orgs import RULES

needs_voikko = pytest.mark.skipif(not morphology.available(), reason="Voikko (libvoikko, voikko-fi) not installed")


@pytest.mark.parametrize(("rule", "line", "org"), [
    ("region_school", "asiakas opiskeli pirkanmaan ammattiopistossa kaks vuotta", "pirkanmaan ammattiopistossa"),
    ("region_school", "hän on töissä savon koulutuskuntayhtymän kautta", "savon koulutuskuntayhtymän"),
    ("region_school", "Kävi Lapin ammatti- ja aikuisopistoa viime vuonna.", "Lapin ammatti- ja aikuisopistoa"),
    ("region_school", "opiskeli stadin ammatti- ja aikuisopistossa", "stadin ammatti- ja aikuisopistossa"),
    ("region_trade_firm", "Hän työskentelee Kainuun Metsätyöllä nyt.", "Kainuun Metsätyöllä"),
    ("region_trade_firm", "Hän on Kymen Konetyössä töissä.", "Kymen Konetyössä"),
    ("region_trade_lower", "työkokeilu kangasalan metallityö alkaa ma", "kangasalan metallityö"),
    ("region_trade_lower", "soitin himangan teräkselle eilen", "himangan teräkselle"),
    ("region_trade_lower", "harjoittelu loimaan kotileivässä jatkuu", "loimaan kotileivässä"),
    pytest.param("region_title_firm", "Työnantaja Hämeen Kylmävarasto ei pysty tarjoamaan työtä.", "Hämeen Kylmävarasto",
                 marks=needs_voikko),
    pytest.param("region_title_firm", "Palaveri 2.12., Kajaanin Sellu, huone 3.", "Kajaanin Sellu",
                 marks=needs_voikko),
])
def test_the_organisation_is_found_whole(rule: str, line: str, org: str) -> None:
    r = scrub(line, lang="fi")
    at = line.index(org)
    hit = [f for f in r.findings if f.start <= at < f.end]
    assert hit and hit[0].label == "ORG", r.text
    assert hit[0].start == at and hit[0].end >= at + len(org), r.text
    assert any(f"({rule})" in f.reason for f in r.findings), [f.reason for f in r.findings]


@pytest.mark.parametrize("line", ["hän kävi ammattiopistoa kaks vuotta", "opisto on kiva ja lähellä",
                                  "kaupungin opistossa on kursseja", "Hän valmistui uuden opiston kautta.",
                                  "Asiakas on Kainuun hyvinvointialueen asiakas.", "Yhteys Lapin ELY-keskukseen tehty.",
                                  "Kävi Lapin metsissä.", "Asiakas on Kainuun Hyvinvointialueen asiakas.",
                                  "Kävimme Oulun kylmävarastossa.",
                                  "Oulun Virtanen soitti eilen.", "Palaveri oli Oulun. Kylmävarasto ei vastannut.",
                                  "Verkostopalaveri Savonlinnan Ohjaamossa 8.12. klo 14.",
                                  "kontulan toimistolla käytiin", "kiteen lomituspalvelut ok", "kaavin kaivos kiinnostaa",
                                  "suomen teräs on iso", "lapin marjat maistuu", "porin kalasta puhuttiin"])
def test_traps_stay(line: str) -> None:
    r = scrub(line, lang="fi")
    assert not any("region_" in f.reason for f in r.findings), r.text
    assert not any(f.label == "ORG" for f in r.findings), r.text


def test_explain_shows_the_rule() -> None:
    assert set(RULES) == {"region_school", "region_trade_firm", "region_trade_lower", "region_title_firm"}
    out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "fi", "--format", "json", "--explain"],
                         input="asiakas opiskeli pirkanmaan ammattiopistossa", capture_output=True, text=True,
                         check=True).stdout
    assert "region_school" in json.dumps(json.loads(out), ensure_ascii=False)


@needs_voikko
def test_a_country_is_no_town_of_a_firm() -> None:
    """`Suomen X` names a national body (another rule may still judge it), never a firm of this layer."""
    r = scrub("Hän kävi Suomen Kuntoutussäätiön kurssin ja Ruotsin Kylmävaraston.", lang="fi")
    assert not any("region_title_firm" in f.reason for f in r.findings), [f.reason for f in r.findings]


@needs_voikko
def test_a_finnish_firm_in_an_english_note() -> None:
    r = scrub("Her cousin from Oulun Kylmävarasto called me twice last week.", lang="en")
    assert any(f.text == "Oulun Kylmävarasto" and "region_title_firm" in f.reason for f in r.findings), r.findings
