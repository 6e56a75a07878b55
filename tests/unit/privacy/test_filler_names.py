"""A lower-case given name that is also a word in a filler-opened hurried clause (filler_names.py): the rule
fires on invented sentences, leaves its traps alone, and `--explain` names it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.filler_names import RULES


@pytest.mark.parametrize(("line", "name"), [
    ("joo niinku usva on ollu tosi väsyny viime aikoina", "usva"),
    ("siis kukka oli sairaana koko viikon", "kukka"),
    ("eli usva kerto et ei jaksa", "usva"),
])
def test_the_name_is_found(line: str, name: str) -> None:
    r = scrub(line, lang="fi")
    at = line.index(name)
    hit = [f for f in r.findings if f.start == at and f.end == at + len(name)]
    assert hit and hit[0].label == "PERSON", r.text


@pytest.mark.parametrize("line", ["niinku toivo on hyvä asia", "eli tuuli oli kova koko päivän", "siis lumi satoi eilen",
                                  "niinku ilo on ollu poissa"])
def test_traps_stay(line: str) -> None:
    r = scrub(line, lang="fi")
    assert not any("filler_name_person" in f.reason for f in r.findings), r.text
    assert not any(f.label == "PERSON" for f in r.findings), r.text


def test_explain_shows_the_rule() -> None:
    assert set(RULES) == {"filler_name_person"}
    out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "fi", "--format", "json", "--explain"],
                         input="siis kukka oli sairaana koko viikon", capture_output=True, text=True, check=True).stdout
    assert "filler_name_person" in json.dumps(json.loads(out), ensure_ascii=False)
