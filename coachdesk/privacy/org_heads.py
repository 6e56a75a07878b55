"""Organisations named in English inside a Finnish or Swedish sentence: `Pho Hanoi Kitchenissä`.

Runs with the organisation rules (``scrubber._scrub``) and only adds ORG candidates (which win over a
person reading of the same words). Every decision is one row of :data:`RULES`.

| id | shape (invented examples) | evidence |
|---|---|---|
| inflected_head | `Pho Hanoi Kitchenissä`, `Lahti Bike Studiolla`, `Salo Care Servicesiin` | one to three capitalised words, then an English head word (ORG_HEADS_EN) with a Finnish case ending (or `:n`, `:ssa`); a frequent word opening the sentence is left out; a kept word (Kela) opens no name |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.lexicon import COMMON, KEEP, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ORG, Cand

RULES = {r.id: r for r in (Rule("inflected_head", "capitalised words before an English head word with a Finnish ending"),)}

_HEADS = sorted((w for w in words("ORG_HEADS_EN") if w.isalpha() and w[:1].isupper()), key=len, reverse=True)
_ENDINGS = (
    r"(?::?(?:n|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|a|ä|iin|hin|seen|ssa|issa|issä|ista|istä|illa|illä|ille|iin|ia|iä|in|ien)"
    r"|:(?:n|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|iin|hin|seen))"
)
# One to three capitalised words, then a head word. (The first word's "no word before" check comes after its
# capital, so the regex engine skips to capitals; the runs are possessive, "*+", "++": what follows each is never
# in its class. The same matches as (?<![\w\-])((?:[A-ZÅÄÖ][\w'’&-]*[ \t]+){1,3})(?:heads)endings(?![\w]).)
_CAP_WORD = r"[\w'’&-]*+[ \t]++"
_ORG = re.compile(
    rf"([A-ZÅÄÖ](?<![\w\-][A-ZÅÄÖ]){_CAP_WORD}(?:[A-ZÅÄÖ]{_CAP_WORD}){{0,2}})(?:{'|'.join(_HEADS)}){_ENDINGS}(?![\w])"
) if _HEADS else None


def find(text: str, lex: Lexicon, lang: str) -> Iterator[Cand]:
    """ORG candidates for the rules of :data:`RULES` (Finnish texts, where the endings are)."""
    if lang != "fi" or _ORG is None:
        return
    for m in _ORG.finditer(text):
        start = m.start()
        names = m.group(1).split()
        while len(names) > 1 and (names[0].lower() in lex.frequent or lex.get(names[0].lower()) & COMMON):
            start = text.index(names[1], start + len(names[0]))  # "Työkokeilu Pho Hanoi Kitchenissä"
            names = names[1:]
        if lex.get(names[0].lower()) & KEEP or lex.lookup(names[0])[0] & KEEP:
            continue
        yield Cand(start, m.end(), "ORG", "org", "English organisation name (inflected_head)", PRIO_ORG)
