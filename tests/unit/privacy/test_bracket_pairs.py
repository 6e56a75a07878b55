"""An unknown given name and an unknown surname in brackets (bracket_pairs.py): the rule fires on invented
sentences, leaves its traps alone, and `--explain` names it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.bracket_pairs import RULES


@pytest.mark.parametrize(("line", "given", "sur"), [
    ("puh oleksii (savchuk) klo 10", "oleksii", "savchuk"),
    ("soitin oleksii (savchuk) eilen", "oleksii", "savchuk"),
])
def test_both_words_are_found(line: str, given: str, sur: str) -> None:
    r = scrub(line, lang="fi")
    for word in (given, sur):
        at = line.index(word)
        assert any(f.label == "PERSON" and f.start == at and f.end == at + len(word) for f in r.findings), r.text


@pytest.mark.parametrize("line", ["puh oleksii (ukr.) klo 10", "puh oleksii (tulkki) klo 10", "puh oleksii (ok) klo 10",
                                  "puh kela (ok)", "tiedosto (liite) tallessa"])
def test_traps_stay(line: str) -> None:
    r = scrub(line, lang="fi")
    assert not any("bracket_unknown_pair" in f.reason for f in r.findings), r.text
    inside = line.index("(") + 1  # what the brackets hold is no surname (oleksii itself is a listed given name)
    assert not any(f.label == "PERSON" and f.start <= inside < f.end for f in r.findings), r.text


def test_explain_shows_the_rule() -> None:
    """Without the dictionaries (with them, Voikko's `unknown_no_word` finds the surname first)."""
    assert set(RULES) == {"bracket_unknown_pair"}
    env = {**os.environ, "COACHDESK_VOIKKO": "0", "COACHDESK_SPELLING": "0"}
    out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "fi", "--format", "json", "--explain"],
                         input="puh oleksii (savchuk) klo 10", capture_output=True, text=True, check=True, env=env).stdout
    assert "bracket_unknown_pair" in json.dumps(json.loads(out), ensure_ascii=False)
