"""Organisations in careful Finnish prose with no legal form and no head word: `Karjalan Kuitu otti yhteyttä`.

Runs with the organisation detectors (``scrubber._scrub``) and only adds ORG candidates (which win over a
person reading of the same words). Every decision is one row of :data:`RULES`.

| id | shape (invented examples) | evidence |
|---|---|---|
| place_industry | `Karjalan Kuitu otti yhteyttä`, `töissä Savon Voimalla`, `Lapin Sähkö ja Vesi` | a capitalised genitive of a town or region of the lists, then a capitalised ordinary word (frequent, with no well-attested name reading; any case form), not at its own sentence start; `ja`/`&` + another such word after it joins |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import COMMON, KEEP, PLACE, REGION, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ORG, Cand
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("place_industry", "a town or region genitive before a capitalised ordinary word: Karjalan Kuitu, Savon Voimalla"),
    )
}

_STRONG_NAME = 500  # bearers: a name this common is read as the name (Virtanen), not as a word
_JOIN = frozenset({"ja", "&", "och", "and"})


def find(text: str, toks: list[Token], lex: Lexicon, lang: str) -> Iterator[Cand]:
    """ORG candidates for the rule place_industry (Finnish texts)."""
    if lang != "fi":
        return
    n = len(toks)
    for k in range(n - 1):
        p, t = toks[k], toks[k + 1]
        if not (p.cap and t.cap and p.lower.endswith("n") and not t.sent_start and not t.colon_suffix):
            continue
        if text[p.end : t.start] != " " or not _place_genitive(lex, p.text) or not _word(lex, t.lower):
            continue
        if lex.lookup(t.text)[0] & KEEP:
            continue  # "Lapin Kela": a kept body
        j = k + 1
        if (
            j + 2 < n
            and toks[j + 1].lower in _JOIN
            and toks[j + 2].cap
            and text[t.end : toks[j + 2].start] in (" ja ", " & ", " och ", " and ")
            and _word(lex, toks[j + 2].lower)
        ):
            j += 2  # "Lapin Sähkö ja Vesi"
        yield Cand(p.start, toks[j].end, "ORG", "org", "place and trade word (place_industry)", PRIO_ORG)


def _place_genitive(lex: Lexicon, word: str) -> bool:
    """A genitive of a town or region of the lists (Karjalan, Oulun, Keski-Suomen; not Suomeen, Irlantiin)."""
    found = lex.find(word, PLACE | REGION)
    if found is None or word[found[1] :].lower() != "n":
        return False
    low = word.lower()
    return low == found[0] + "n" or not re.search(r"([aeiouyäö])\1n$|hin$|seen$", low)  # Lapin; not Suomeen


def _word(lex: Lexicon, low: str) -> bool:
    """An ordinary Finnish word in some case form (kuitu, voimalla), not a well-attested name (Virtanen, Matti)."""
    if len(low) < 3 or not low.isalpha():
        return False
    bases = [base for base, _ in analyses(low)]
    if any(lex.get(b) & COMMON for b in bases):
        return True  # Mäki, Puu, Energia
    if any(lex.counts.get(b, 0) >= _STRONG_NAME for b in bases):
        return False  # Virtasen, Matti
    return any(b in lex.frequent for b in bases)  # Kuitu, Voimalla, Sähkö
