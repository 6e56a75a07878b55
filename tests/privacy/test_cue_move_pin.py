"""Pins the move of the cue word lists from code into resources/data/privacy/cues/ (issue 14, item 1).

``data/cues_before_move.json`` holds every list as the code defined it before the move; each exported
name must hold exactly the same words now that it is read from the language files. Temporary: it goes
once the move has landed, and the lists may grow (test_cue_files.py checks their structure).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coachdesk.privacy import chat, cues, orgs, patterns, spoken, spoken_numbers, tokens

SNAPSHOT = json.loads((Path(__file__).parent / "data" / "cues_before_move.json").read_text(encoding="utf-8"))
MODULES = {"cues": cues, "orgs": orgs, "chat": chat, "patterns": patterns, "spoken_numbers": spoken_numbers,
           "spoken": spoken, "tokens": tokens}
LISTS = sorted(k for k in SNAPSHOT if not k.startswith("__"))


@pytest.mark.parametrize("key", LISTS)
def test_every_list_holds_the_same_words_as_before(key: str) -> None:
    module, name = key.split(".", 1)
    now = getattr(MODULES[module], name)
    before = SNAPSHOT[key]
    if isinstance(before, dict):
        assert {lang: sorted(ws) for lang, ws in now.items()} == before
    else:
        assert isinstance(now, frozenset) or name == "_STREET_NOMINATIVE"  # a tuple for str.endswith
        assert sorted(now) == before


def test_cues_exports_every_name_it_exported_before() -> None:
    assert set(SNAPSHOT["__cues_names__"]) <= set(vars(cues))


def test_the_regexes_and_endings_of_cues_are_unchanged() -> None:
    for name, before in SNAPSHOT["__cues_other__"].items():
        value = getattr(cues, name)
        now = value.pattern if isinstance(value, re.Pattern) else repr(value)
        if name == "WEEKDAY_RANGE":  # the alternatives were in set order before, sorted now
            alts = re.compile(r"\(\?:([^)]*)\)")
            assert [sorted(a.split("|")) for a in alts.findall(now)] == [sorted(a.split("|")) for a in alts.findall(before)]
            continue
        assert now == before, name
