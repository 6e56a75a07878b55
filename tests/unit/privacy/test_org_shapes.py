"""Organisations by their shape in Finnish notes (org_shapes.py): every rule fires on an invented sentence, leaves
its traps alone, and `--explain` names it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.org_shapes import RULES

FIRES = [
    ("Gállogieddi-paliskunnan poromies soitti", "Gállogieddi-paliskunnan", "rural_hyphen"),
    ("Hän on kesät Vuotson-osakaskunnalla töissä.", "Vuotson-osakaskunnalla", "rural_hyphen"),
    ("Hän opiskelee XYZ-yliopistossa toista vuotta.", "XYZ-yliopistossa", "acronym_school"),
    ("Kävi Kiannon Lääkäriasemalla eilen", "Kiannon Lääkäriasemalla", "genitive_service"),
    ("Meni eilen Kolarin Lääkäripraktiikkaan.", "Kolarin Lääkäripraktiikkaan", "genitive_service"),
    ("hoivakoti kielon vuorolistat tuli", "hoivakoti kielon", "venue_genitive"),
    ("siivoojana hotelli aurorassa, vuorot sekasin", "hotelli aurorassa", "venue_at_work"),
    ("palvelutalo vaahteran yövuorot muuttu", "palvelutalo vaahteran", "venue_genitive"),
]

TRAPS = [
    ("Hän kävi TE-toimistossa ja AMK-tutkinto on kesken.", "AMK-tutkinto"),
    ("hoivakoti on kaukana", "hoivakoti"),
    ("hotelli oli täynnä", "hotelli"),
    ("töissä hotelli keskustassa nyt", "hotelli keskustassa"),
    ("kokki ravintola kiireessä taas", "ravintola kiireessä"),
    ("hotelli kaupungin keskustassa oli täynnä", "hotelli kaupungin"),
    ("kahvila suljettiin eilen", "kahvila"),
    ("Asiakas asioi Kelan toimistolla.", "Kelan"),
    ("Kävi lääkäriasemalla eilen.", "lääkäriasemalla"),
    ("Kävi eilen Virtasen Vastaanotolla.", "Vastaanotolla"),
    ("Poro-osakaskunnan kokous oli eilen.", "Poro-osakaskunnan"),
    ("TE-paliskunta ei ole mikään.", "TE-paliskunta"),
]


@pytest.mark.parametrize(("text", "org", "rule"), FIRES)
def test_the_rule_fires(text: str, org: str, rule: str) -> None:
    r = scrub(text, lang="fi")
    at = text.index(org)
    hit = [f for f in r.findings if f.start <= at and at + len(org) <= f.end]
    assert hit and hit[0].label == "ORG" and f"({rule})" in hit[0].reason, r.text


@pytest.mark.parametrize(("text", "kept"), TRAPS)
def test_traps_stay(text: str, kept: str) -> None:
    r = scrub(text, lang="fi")
    assert not any(f"({rule})" in f.reason for f in r.findings for rule in RULES), r.text


def test_every_rule_has_a_case() -> None:
    assert {rule for *_, rule in FIRES} == set(RULES)


def test_explain_shows_the_rule() -> None:
    out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "fi", "--format", "json", "--explain"],
                         input="Kävi Kiannon Lääkäriasemalla eilen.", capture_output=True, text=True, check=True).stdout
    assert "genitive_service" in json.dumps(json.loads(out), ensure_ascii=False)
