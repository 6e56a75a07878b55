"""A chat line's writer or subject named by affiliation: `🙋 Dmytro from Lahti Energy Oy says …`.

Runs after the organisation and name rules (``scrubber._scrub``) and only adds PERSON candidates. The
look-back is a bounded number of characters before each ORG or PERSON candidate already found. Every
decision is one row of :data:`RULES`; the reason names it. Cue words: the ``AFFILIATION_PREPS`` section
of the cue files.

| id | shape (invented examples) | evidence |
|---|---|---|
| chat_from_found | `quick one 🙋 Dmytro from Vantaa Data Oy says`, `Tsvetomir at Lumo Oy asked`, line start `Xenia från Pihla Oy ringde` | a capitalised word (three letters or more, lower case after the first) at a line start (after bullets or `>`) or right after an emoji, then `from` / `från` / `at` (section `AFFILIATION_PREPS`), then an organisation or person already found; the word is no frequent or common word, no kept word and no cue word (`Greetings from X`, `Updates from X`, `Terveiset from X` stay) |
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.lexicon import COMMON, KEEP, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand

RULES = {
    r.id: r
    for r in (
        Rule("chat_from_found", "a capitalised word at a line start or after an emoji, from / från / at, a found org or person"),
    )
}

_PREPS = words("AFFILIATION_PREPS")
_REACH = 48
_BEFORE = re.compile(
    r"(?:^|(?<=\n)|(?<=[>*•·-] )|(?<=[^\w\s,.;:!?()\"'’-]))[ \t]*"
    r"([A-ZÅÄÖÜÉ][a-zåäöüéèáóíúçñšž'’]{2,}(?:-[A-ZÅÄÖ][a-zåäöü]+)?)[ \t]+([a-zå]+)[ \t]+$"
)
_LINE_OPEN = re.compile(r"[ \t>*•·-]*$")


def _emoji(ch: str) -> bool:
    return unicodedata.category(ch) == "So" or ch in "\u200d\ufe0f"


_LOWER_AZ = frozenset("abcdefghijklmnopqrstuvwxyzå")


def _prep_before(text: str, end: int) -> bool:
    """Whether the word ``[a-zå]+`` between blanks right before ``end`` (or before a line break right there, where
    ``$`` also matches) is one of ``_PREPS``: where group 2 of ``_BEFORE`` (searched up to ``end``) must stand."""
    for q in (end, end - 1) if end and text[end - 1] == "\n" else (end,):
        r = q
        while r > 0 and text[r - 1] in " \t":
            r -= 1
        y = r
        while y > 0 and text[y - 1] in _LOWER_AZ:
            y -= 1
        if r < q and y < r and y > 0 and text[y - 1] in " \t" and text[y:r] in _PREPS:
            return True
    return False


def find(text: str, lex: Lexicon, cands: Iterable[Cand]) -> Iterator[Cand]:
    """PERSON candidates of rule chat_from_found."""
    for c in cands:
        if c.label not in ("ORG", "PERSON"):
            continue
        if not _prep_before(text, c.start):
            continue  # (the one place _BEFORE's preposition can stand holds none: the search would fail)
        lo = max(0, c.start - _REACH)
        m = _BEFORE.search(text, lo, c.start)
        if m is None or m.group(2) not in _PREPS:
            continue
        s = m.start(1)
        before = text[text.rfind("\n", 0, s) + 1 : s]
        if not (_LINE_OPEN.fullmatch(before) or _emoji(before.rstrip(" \t")[-1:] or " ")):
            continue  # mid-sentence: "Greetings to Maria from X" is another rule's
        low = m.group(1).lower()
        flags = lex.get(low)
        if low in lex.frequent or flags & (COMMON | KEEP) or low in lex.lang_words:
            continue  # "Greetings from X", "Updates from X"
        yield Cand(s, m.end(1), "PERSON", "person", "a name before from / at a found body (chat_from_found)", PRIO_NAME, key=(low, ""))
