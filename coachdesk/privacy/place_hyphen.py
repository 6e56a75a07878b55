"""A capitalised place as the first part of a hyphenated compound with a common noun (`Xby-lagret`, `Xkylä-hallissa`).

Runs after ``hurried_local.find`` on Finnish and Swedish text, only on words nothing holds yet (a whole `X-hallissa` an organisation
rule took stays one). The place part alone is the finding (`[paikkakunta]-hallissa`): the common noun after the
hyphen tells nothing. Every decision is one row of :data:`RULES`; the finding's reason names it.

| id | shape (invented examples) | trap |
|---|---|---|
| place_hyphen_noun | a capitalised word of the place lists (no kept region or country, no organisation word such as an acronym), a hyphen, then a lower-case common word (frequent, or a case form of one): the place part (`kävi Xkoski-hallissa`, `Xniemi-päivänä`); a place that is also a first name only when the same place is found elsewhere in the text | `Kela-korvaus`, `TE-palvelut`, `Suomi-neito`, `Anna-ohjaajan` |
"""

from __future__ import annotations

from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import FIRST, KEEP, PLACE, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_WEAK, Cand
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("place_hyphen_noun", "a capitalised listed place, a hyphen and a common noun: the place part (X-hallissa)"),
    )
}


def _common(lex: Lexicon, low: str) -> bool:
    """A frequent word or a case form of one (`hallissa`, `päivänä`, `lagret`)."""
    if low in lex.frequent:
        return True
    return any(len(b) >= 3 and b in lex.frequent for b, _ in analyses(low)[1:])


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New LOCATION candidates of :data:`RULES` on Finnish and Swedish text (``cands``: found so far, read only;
    English `Tallinn-bound`, `Oslo-based` are left to its own rules)."""
    if lang not in ("fi", "sv") or "-" not in text:
        return []
    covered = bytearray(len(text))
    for c in cands:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    places = {text[c.start : c.end].lower() for c in cands if c.label == "LOCATION"} | {
        c.key[0] for c in cands if c.label == "LOCATION" and c.key[0]}
    out: list[Cand] = []
    for t in toks:
        word = t.text
        if word.count("-") != 1 or not word[:1].isupper() or any(covered[t.start : t.end]):
            continue
        head, tail = word.split("-")
        if len(head) < 3 or len(tail) < 3 or not head.isalpha() or not tail.isalpha() or not tail.islower():
            continue
        if not head[1:].islower():
            continue  # an acronym or a camel-cased brand: TE-palvelut, KELA-kortti
        low = head.lower()
        flags = lex.get(low)
        if not flags & PLACE or flags & KEEP or lex.lookup_all(head) & KEEP or not _common(lex, tail):
            continue
        if flags & FIRST and low not in places:
            continue  # a first name too: only a place found elsewhere (`Anna-ohjaajan` is a person)
        out.append(Cand(t.start, t.start + len(head), "LOCATION", "place", "place in a compound (place_hyphen_noun)",
                        PRIO_WEAK, key=(low, "")))
    return out
