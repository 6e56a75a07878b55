"""A Swedish street written as a place name and a lower-case street word apart: `Kvarnby byväg 12, 10600 Ekenäs`.

The address patterns (``patterns.find_addresses``) read a street as one word ending in a street suffix
(`Kvarnbyvägen 12`); a village name followed by `byväg`, `strandväg`, `skolväg`, `gränd` … as a word of its
own escapes them. Runs with the detectors (``scrubber._scrub``), on every language (a Finnish note quotes a
Swedish address as it is). The scan starts at each lower-case street word before a digit and looks back one
word. Every decision is one row of :data:`RULES`; the reason names it. Cue words: the
``SPLIT_STREET_WORDS`` section of the cue files.

| id | shape (invented examples) | trap |
|---|---|---|
| place_street_word | a capitalised word (not an ordinary word of the lists; in lower case only a place of the lists or a word of a village's shape, `kvarnby byväg 12`), a lower-case word ending in a street word (`väg`, `byväg`, `strandväg`, `skolväg`, `kyrkoväg`, `gränd`, `stig`, `gata`, `backe` …), a house number (a stair letter, a flat number), optionally a postal code and a town: the whole is ADDRESS (`Kvarnby byväg 12, 10600 Ekenäs`, `Sandö strandväg 3`) | `vid strandväg` (no number), `Gamla landsväg 12 km` (a distance), `Under gata 3 år` (a counted noun after it) |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy import patterns
from coachdesk.privacy.cue_scan import finditer_near
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.lexicon import NAME, PLACE, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ADDRESS, Cand
from coachdesk.privacy.spoken_numbers import COUNTED

RULES = {
    r.id: r
    for r in (
        Rule("place_street_word", "a capitalised place, a lower-case street word apart and a house number: Kvarnby byväg 12"),
    )
}

_ENDS = "|".join(sorted(words("SPLIT_STREET_WORDS"), key=len, reverse=True))
_STREET = re.compile(rf"[ \t]([a-zåäö]{{0,12}}(?:{_ENDS}))(?=[ \t]+\d)")
_CUE = re.compile(rf"(?:{_ENDS})(?=[ \t]+\d)")  # inside every match, at most _CUE_REACH characters after its start
_CUE_REACH = 13
_PLACE_BEFORE = re.compile(r"(?<![\w-])[^\W\d_]{3,}(?:-[^\W\d_]+)?$")
# endings of Swedish village names: a lower-case word before the street word is a place only with one
_VILLAGE_ENDS = ("by", "bo", "böle", "vik", "näs", "sund", "ö", "holm", "dal", "berg", "backa", "torp", "skog", "mark",
                 "näset", "udd", "udden", "hamn", "bäck", "fors", "lid", "gård", "kulla", "nge")
_NUMBER = re.compile(rf"[ \t]+{patterns._NUM}(?![\d]){patterns._POST}")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
_UNITS = frozenset("km m meter meters metres kilometer kilometri kilometriä metriä mil miles år vuotta years".split())


def find(text: str, lex: Lexicon) -> Iterator[Cand]:
    """ADDRESS candidates of rule place_street_word."""
    for m in finditer_near(_STREET, _CUE, text, _CUE_REACH):
        b = _PLACE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if b is None:
            continue
        flags = lex.lookup(b.group(0))[0]
        low = b.group(0).lower()
        if (low in lex.frequent or low in COUNTED) and not flags & (PLACE | NAME):
            continue  # "Under gata 3": an ordinary word before the street word
        if b.group(0).islower() and not (flags & PLACE or (low.endswith(_VILLAGE_ENDS) and low not in lex.frequent)):
            continue  # lower case in a hurried note: a place of the lists or a village's shape ("kvarnby byväg 12")
        n = _NUMBER.match(text, m.end(1))
        if n is None:
            continue
        after = _WORD_AFTER.match(text, n.end())
        if after and (after.group(1).lower() in COUNTED or after.group(1).lower() in _UNITS):
            continue  # "landsväg 12 km", "väg 3 gånger"
        e = n.end()
        while e > b.start() and text[e - 1] in " ,\t":
            e -= 1
        yield Cand(b.start(), e, "ADDRESS", "address", "street address (place_street_word)", PRIO_ADDRESS)
