"""An English employer named `the <Capitalised words> Collective / Ensemble / Band …` after `at`, `with`, `for`.

Runs with the organisation rules (``scrubber._scrub``) and only adds ORG candidates (which win over a
person reading of the same words: `at the Kallio Street Ensemble`). Every decision is one row of
:data:`RULES`. Cue words: the ``GROUP_ORG_HEADS`` section of the cue files.

| id | shape (invented examples) | evidence |
|---|---|---|
| the_group_head | `works at the Tammela Jazz Collective`, `plays with the Riikonen Brass Band`, `cooks for the Harbour Lane Kitchen` | `at` / `with` / `for`, `the`, one to three capitalised words, then a group or workplace head word (`Collective`, `Ensemble`, `Band`, `Crew`, `Studio`, `Kitchen`, `Choir`, `Orchestra` …; section `GROUP_ORG_HEADS`), whole; at least one word before the head is a name or place of the lists or no frequent or common word, and none is kept (`Friday`, `Kela`) (`at the Community Kitchen`, `with the Friday Collective`, `for the Kela Studio` stay) |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy.cue_scan import finditer_near
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.lexicon import COMMON, KEEP, NAME, PLACE, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ORG, Cand

RULES = {
    r.id: r
    for r in (
        Rule("the_group_head", "at / with / for the + capitalised words + Collective / Ensemble / Band / Crew / Studio / Kitchen"),
    )
}

_HEADS = sorted(words("GROUP_ORG_HEADS"), key=len, reverse=True)
_CUE = re.compile(r"(?<![\w-])(?:[Aa]t|[Ww]ith|[Ff]or)[ \t]+the[ \t]+")
_ORG = re.compile(
    r"(?<![\w-])(?:[Aa]t|[Ww]ith|[Ff]or)[ \t]+the[ \t]+"
    rf"((?:[A-ZÅÄÖ][\w'’&.-]*[ \t]+){{1,3}}(?:{'|'.join(h.capitalize() for h in _HEADS)}))(?![\w-])"
)


def find(text: str, lex: Lexicon, lang: str) -> Iterator[Cand]:
    """ORG candidates of rule the_group_head (English wording, in any text)."""
    if lang not in ("en", "fi", "sv") or not _HEADS or "the" not in text:
        return
    for m in finditer_near(_ORG, _CUE, text, 0):
        names = m.group(1).split()[:-1]
        lows = [w.lower() for w in names]
        if any(lex.get(w) & KEEP for w in lows):
            continue  # "for the Kela Studio"
        if all((w in lex.frequent or lex.get(w) & COMMON) and not lex.get(w) & (NAME | PLACE) for w in lows):
            continue  # "at the Community Kitchen", "with the Friday Collective"
        yield Cand(m.start(1), m.end(1), "ORG", "org", "group or workplace named with the (the_group_head)", PRIO_ORG)
