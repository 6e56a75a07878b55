"""An English age said as a hyphenated number word after a person pronoun and its copula: `so she's thirty-seven`.

Runs with the other bare ages (``scrubber._scrub``, after ``kin_copula_ages``) and only adds AGE candidates,
each replaced by its widened decade (``age_range``). Every look-around is bounded and starts at a pronoun
found by ``cue_scan.cue_starts``. Every decision is one row of :data:`RULES`; the reason names it.
Cue words: the ``PRONOUN_AGE_SUBJECTS`` and ``KIN_AGE_FILLERS`` sections of the cue files.

| id | shape (invented examples) | evidence |
|---|---|---|
| pronoun_copula_age | `so she's thirty-seven.`, `he is fifty-one now`, `she's already forty-four and` | a person pronoun (`she`, `he`; section `PRONOUN_AGE_SUBJECTS`) with `'s` / `is`, at most one filler (`now`, `already`, `just`; section `KIN_AGE_FILLERS`), a hyphenated number word 21–99 (`thirty-seven`), perhaps `years old` / `now`, then the clause ends (punctuation, the line end, `and` / `but` / `so`) or a word that is no measure (no plural, not `to` / `past` / `percent` …: `she's thirty-seven with two kids`); not `it's twenty-five minutes`, `page forty-two`, `he is twenty-five minutes late` |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy.cue_scan import cue_starts
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.patterns import age_range
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_AGE_DATE, Cand
from coachdesk.privacy.spoken_numbers import en_cardinal

RULES = {
    r.id: r
    for r in (
        Rule(
            "pronoun_copula_age",
            "she's / he is, a filler or none, a hyphenated number word 21-99 ending the clause: so she's thirty-seven.",
        ),
    )
}

_SUBJECTS = words("PRONOUN_AGE_SUBJECTS")
_FILLERS = words("KIN_AGE_FILLERS")
_CUES = tuple(sorted({c for w in _SUBJECTS for c in (w, w.capitalize())}))
_AFTER = re.compile(
    r"(?:'s|’s|[ \t]+is)[ \t]+(?:([^\W\d_]+)[ \t]+)?([^\W\d_]+)-([^\W\d_]+)"
    r"(?=(?:[ \t]+years?[ \t]+old)?(?:[ \t]+(?:now|today))?"
    r"[ \t]*(?:$|\n|[,;:!?)–—-]|\.(?!\d)|(?:and|but|so|or)(?![\w-])|([^\W\d_]+)))"
)
# a word after the number that makes it a measure, a clock or a share: "twenty-five minutes", "to", "percent"
_MEASURE = frozenset(
    "to past of out per percent am pm hundred thousand times euro euros kg km cm points o'clock".split()
)


def find(text: str, lang: str) -> Iterator[Cand]:
    """AGE candidates of rule pronoun_copula_age (English text only)."""
    if lang != "en":
        return
    for i in cue_starts(text, _CUES):
        if i and (text[i - 1].isalnum() or text[i - 1] in "-_'’"):
            continue  # "ache's", "the's"
        word = text[i : i + 3].lower()
        at = i + (3 if word == "she" else 2)
        m = _AFTER.match(text, at)
        if m is None:
            continue
        if m.group(1) and m.group(1).lower() not in _FILLERS:
            continue
        nxt = (m.group(4) or "").lower()
        if nxt and (nxt in _MEASURE or nxt.endswith("s") or not nxt.isalpha()):
            continue  # "he is twenty-five minutes late", "she's forty-two kilos"
        tens, unit = en_cardinal(m.group(2).lower()), en_cardinal(m.group(3).lower())
        if tens is None or unit is None or tens % 10 or not 20 <= tens <= 90 or not 1 <= unit <= 9:
            continue
        c = Cand(m.start(2), m.end(3), "AGE", "age", "bare age (pronoun_copula_age)", PRIO_AGE_DATE)
        c.replacement = age_range(tens + unit)
        yield c
