"""An unknown given name and an unknown surname in brackets after it, both in lower case (`puh X (Y)`), where
``people_shapes.bracket_surname`` needs a name another rule found or a surname of the lists.

Runs after ``people_shapes.find`` (``scrubber._word_names``) on Finnish text; it only adds person candidates and
never takes a word another finding holds. The cue words are the ``BRACKET_PAIR_CUES`` and
``HURRIED_ASK_CALL_VERBS`` sections of the cue file; a word's name shape is ``people_shapes``' own test. The
decision is one row of :data:`RULES`; the finding's reason names it. With Voikko and the Hunspell dictionaries,
``morphology_names`` and ``hurried_names`` usually find both words first; this row is what holds without them.

| id | shape (invented examples) | trap |
|---|---|---|
| bracket_unknown_pair | a call or meeting cue (`puh`, `soitin`, `tapasin`; ``BRACKET_PAIR_CUES``) or a line start, a lower-case word in no list of a name's shape, then one lower-case word in brackets in no list of a name's shape (no word, no role, no abbreviation's dot): both words | `puh X (ukr.)`, `puh X (tulkki)`, `puh X (ok)`, `puh kela (ok)` |
"""

from __future__ import annotations

import re

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.lexicon import Lexicon
from coachdesk.privacy.people_shapes import name_shaped
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand

RULES = {
    r.id: r
    for r in (
        Rule("bracket_unknown_pair", "a cue, an unknown given name and an unknown surname in brackets: puh X (Y)"),
    )
}

_CUES = words("BRACKET_PAIR_CUES") | words("HURRIED_ASK_CALL_VERBS")
_IN = re.compile(r"\(([^\W\d_][\w'’-]{2,20})\)")
_BEFORE = re.compile(r"(?:^|(?<=[ \t]))(?:([^\W\d_]+)[ \t]+)?([^\W\d_][\w'’-]{2,20})$")


def find(text: str, lex: Lexicon, lang: str, held: bytearray) -> list[Cand]:
    """New PERSON candidates of :data:`RULES` on Finnish text (``held``: the characters a finding holds)."""
    if lang != "fi" or " (" not in text:
        return []
    out: list[Cand] = []
    p = text.find(" (")
    while p >= 0:
        m = _IN.match(text, p + 1)
        lo = max(text.rfind("\n", 0, p) + 1, p - 60)
        w = _BEFORE.search(text[lo:p]) if m else None
        if m and w:
            cue, given, sur = w.group(1), w.group(2), m.group(1)
            gs = lo + w.start(2)
            at_start = w.start() == 0 and lo == text.rfind("\n", 0, p) + 1
            opens = (cue.lower() in _CUES) if cue else at_start
            if (opens and given.islower() and sur.islower() and not held[gs] and not held[m.start(1)]
                    and not lex.lookup_all(given) and not lex.lookup_all(sur)
                    and name_shaped(lex, given, lang) and name_shaped(lex, sur, lang)):
                key = (given, sur)
                out.append(Cand(gs, gs + len(given), "PERSON", "person", "given name (bracket_unknown_pair)", PRIO_NAME,
                                key=key))
                out.append(Cand(m.start(1), m.end(1), "PERSON", "person", "surname (bracket_unknown_pair)", PRIO_NAME,
                                key=key))
        p = text.find(" (", p + 2)
    return out
