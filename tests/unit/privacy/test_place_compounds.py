"""Lower-case compound places and towns whose first part inflects (place_compounds.py): every rule fires on an
invented sentence, leaves its traps alone, and `--explain` names it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.place_compounds import RULES, loose_village, town_both_inflected

CASES = {
    "fi_village_loose": (
        ["isä tuli ruskakummusta hakemaan", "muutti kettuharjuun viime vuonna",
         "asiakas muutti keväällä susinurmelle, ei autoa", "Asiakas asuu nykyään ruskaniemessä ja käy töissä.",
         "soitti, on nyt ruskakummussa", "Asiakas kertoi, että hän tuli ruskasalmelta."],
        ["asuu järvenrannassa, ok", "asiakas asuu nyt kotipellolla", "muutti perunapellolle",
         "asuu opiskelijakylässä", "pyöräili alamäessä ja kaatui", "Hän kävi uimarannalla eilen.",
         "kävi eilen mökkijärvellä kalassa", "Asiakas kertoi, että hän kävi ruskaniemessä lapsena."],
    ),
    "fi_town_both_inflected": (
        ["Hän on aina asunut Uudessakaupungissa.", "asiakas muutti uuteenkaupunkiin", "Isossakyrössä asui ennen.",
         "uudenkaupungin telakalla töissä"],
        ["ajoi isossa kylässä ja uudessa kaupungissa", "Uusi kaupunki oli vieras."],
    ),
}
_WORDS = {
    "isä tuli ruskakummusta hakemaan": "ruskakummusta",
    "muutti kettuharjuun viime vuonna": "kettuharjuun",
    "asiakas muutti keväällä susinurmelle, ei autoa": "susinurmelle",
    "Asiakas asuu nykyään ruskaniemessä ja käy töissä.": "ruskaniemessä",
    "soitti, on nyt ruskakummussa": "ruskakummussa",
    "Asiakas kertoi, että hän tuli ruskasalmelta.": "ruskasalmelta",
    "Hän on aina asunut Uudessakaupungissa.": "Uudessakaupungissa",
    "asiakas muutti uuteenkaupunkiin": "uuteenkaupunkiin",
    "Isossakyrössä asui ennen.": "Isossakyrössä",
    "uudenkaupungin telakalla töissä": "uudenkaupungin",
}


@pytest.mark.parametrize(("rule", "line"), [(r, s) for r, (hits, _) in CASES.items() for s in hits])
def test_the_rule_fires(rule: str, line: str) -> None:
    r = scrub(line, lang="fi")
    word = _WORDS[line]
    at = line.index(word)
    hit = [f for f in r.findings if f.start <= at < f.end]
    assert hit and hit[0].label == "LOCATION" and f"({rule})" in hit[0].reason, (r.text, [f.reason for f in hit])
    assert word not in r.text


@pytest.mark.parametrize(("rule", "line"), [(r, s) for r, (_, traps) in CASES.items() for s in traps])
def test_traps_stay(rule: str, line: str) -> None:
    r = scrub(line, lang="fi")
    assert not any(f"({rule})" in f.reason for f in r.findings), r.text
    assert not any(f.label == "LOCATION" for f in r.findings), r.text


def test_the_shapes() -> None:
    from coachdesk.privacy.lexicon import get_lexicon

    lex = get_lexicon().for_language("fi")
    assert loose_village(lex, "ruskakummussa", True) == "ruskakumpu"
    assert loose_village(lex, "ruskakummussa", False) == "ruskakumpu"  # -kumpu mostly names places
    assert loose_village(lex, "ruskarannassa", True) == "ruskaranta"
    assert loose_village(lex, "ruskarannassa", False) == ""  # before -ranta a frequent modifier needs a place cue
    assert loose_village(lex, "uimarannalla", True) == ""
    assert town_both_inflected("uudestakaupungista") == ("uusikaupunki", "sta")
    assert town_both_inflected("uudessakaupungista") == ("", "")  # the parts disagree in case
    assert town_both_inflected("uudenkaupungin") == ("uusikaupunki", "n")


def test_every_rule_has_a_case_and_explain_shows_it() -> None:
    assert set(RULES) == set(CASES)
    for rule, (hits, _) in CASES.items():
        out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "fi", "--format", "json", "--explain"],
                             input=hits[0], capture_output=True, text=True, check=True).stdout
        assert rule in json.dumps(json.loads(out), ensure_ascii=False)
