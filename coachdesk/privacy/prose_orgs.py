"""Organisations in careful Finnish prose with no legal form and no head word: `Karjalan Kuitu otti yhteyttä`.

Runs with the organisation detectors (``scrubber._scrub``) and only adds ORG candidates (which win over a
person reading of the same words). Every decision is one row of :data:`RULES`.

| id | shape (invented examples) | evidence |
|---|---|---|
| run_gap | `Kebab & Pizza Kultamaa`, `Kemi IT-Palvelun`, `Pim Thai Hieronta` | a run of capitalised words (joined by a space, `&` or `-`) with a word no finding covers, and an organisation among its findings, a `&`, a hyphenated trade word (`IT-Palvelun`) or two findings around the uncovered word: one organisation (runs after the name rules; no kept word, no `IPS-sopimus` compound, no unfound word opening a sentence) |
| place_industry | `Karjalan Kuitu otti yhteyttä`, `töissä Savon Voimalla`, `Lapin Sähkö ja Vesi` | a capitalised genitive of a town or region of the lists, then a capitalised ordinary word (frequent, with no well-attested name reading; any case form), not at its own sentence start; `ja`/`&` + another such word after it joins |
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import ALLOW, COMMON, FIRST, KEEP, PLACE, REGION, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ORG, Cand
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("run_gap", "a capitalised run with findings and an uncovered word is one organisation: Vantaa Work Ability Hub"),
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


_COMPOUND = re.compile(r"-[a-zåäö]")
_RUN_GAP = re.compile(r"[ \t]+(?:&[ \t]+)?|-")  # what may join two words of a run


def fill_runs(text: str, toks: list[Token], lex: Lexicon, cands: list[Cand]) -> Iterator[Cand]:
    """ORG candidates for the rule run_gap (after the name rules, any language)."""
    found_at: dict[int, Cand] = {}  # token start -> the finding covering the token
    named = [c for c in cands if c.label in ("PERSON", "ORG", "LOCATION")]
    if not named:
        return
    starts = [t.start for t in toks]
    for c in named:
        i = bisect.bisect_left(starts, c.start)
        while i < len(toks) and toks[i].end <= c.end:
            found_at[toks[i].start] = c
            i += 1

    n, k = len(toks), 0
    while k < n:
        if not _run_word(toks[k], lex):
            k += 1
            continue
        j = k
        while (
            j + 1 < n
            and _run_word(toks[j + 1], lex)
            and _RUN_GAP.fullmatch(text, toks[j].end, toks[j + 1].start) is not None
            and not toks[j + 1].sent_start
        ):
            j += 1
        if j > k:
            run = toks[k : j + 1]
            found = [found_at.get(t.start) for t in run]
            hits = {id(c): c for c in found if c is not None}
            gaps = [t for t, c in zip(run, found, strict=True) if c is None]
            amp = "&" in text[run[0].start : run[-1].end]
            inner = any(found[i] is None for i in range(1, len(run) - 1)) and found[0] is not None and found[-1] is not None
            trade = any(_trade_word(t, lex) for t in gaps)  # "Kemi IT-Palvelun": a trade name's compound
            orgs = any(c.label == "ORG" for c in hits.values())
            if gaps and hits and ((len(hits) >= 2 and inner) or amp or orgs or trade):
                first = 0
                while first < len(run) and found[first] is None and run[first].sent_start:
                    first += 1  # "Työterveysneuvottelu Uudenkaupungin …": an unfound word opening a sentence stays
                if first < len(run) - 1:
                    yield Cand(run[first].start, run[-1].end, "ORG", "org", "capitalised run with a gap (run_gap)", PRIO_ORG)
        k = j + 1


def _trade_word(t: Token, lex: Lexicon) -> bool:
    """IT-Palvelun, Data-Service, Auto-Huolto: capitalised parts joined by a hyphen, no first name after it."""
    _, sep, tail = t.text.partition("-")
    return bool(sep) and tail[:1].isupper() and len(tail) >= 4 and not lex.lookup(tail)[0] & FIRST


def _run_word(t: Token, lex: Lexicon) -> bool:
    """A capitalised word that may stand in an organisation's name (not Kela, not a colon's ending)."""
    if not (t.cap or t.upper) or t.colon_suffix or _COMPOUND.search(t.text):
        return False  # "IPS-sopimusta": an acronym joined to a common noun
    return not lex.lookup(t.text)[0] & ALLOW
