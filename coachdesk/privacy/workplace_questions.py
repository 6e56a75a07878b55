"""Questions about a workplace written in lower case with ordinary words next to a found place or name.

A hurried note or a chat writes a small workplace's name in lower case (`lielahden logistiikkaan`,
`kemi steel temp`, `lovisa växthus`, `hoivakoti lempi`). The rules find the place or the name; whether the
word beside it makes the name of a firm (`loviisan panimolle`) or is a generic unit (`rauman varastolla`)
the text does not tell, so the review asks the coach about both words (kind ``uncertain_name``). Nothing is
scrubbed here: a question costs the coach one click, a wrong finding a word of the colleague's reading.

Every decision is one row of :data:`RULES`.

| id | shape (invented examples) | trap |
|---|---|---|
| place_then_workplace | a lower-case place or name finding (in a Finnish text its genitive), then a lower-case workplace word (``WORKPLACE_WORDS``, ``HURRIED_VENUES``, ``REGION_FIRM_PRODUCTS``; any Finnish case, or a Finnish compound that ends in one): `lielahden logistiikkaan`, `masala terminal`, `pellon poroteurastamo` | a capitalised word; a kept term; a word already covered; `kajaanin kaupungin` (no workplace word); `kävin kajaanissa kaupassa`, `pyydä helmi kahvilasta` (no genitive) |
| workplace_then_name | a lower-case workplace word right before a lower-case name or place finding: `hoivakoti lempi`, `cafe ruusu` | the same |
| org_then_word | a lower-case organisation finding and a lower-case word beside it in no frequency list, four letters or more (before it in a Finnish text a genitive): `k-market kevätkumpu`, `hovinsaaren k-supermarketissa` | a frequent word (`k-market tomorrow`); a kept term (`työkokeilu kahvila aino`) |
"""

from __future__ import annotations

from coachdesk.privacy import token_index
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import KEEP, Lexicon
from coachdesk.privacy.name_trace import TraceEntry
from coachdesk.privacy.name_trace import current as current_trace
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import Cand
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("place_then_workplace", "a lower-case place or name found, then a workplace word: lielahden logistiikkaan"),
        Rule("workplace_then_name", "a lower-case workplace word, then a name or place found: hoivakoti lempi"),
        Rule("org_then_word", "a lower-case organisation found and an unlisted word beside it: k-market kevätkumpu"),
    )
}

_WORKPLACE = words("WORKPLACE_WORDS") | words("HURRIED_VENUES") | words("REGION_FIRM_PRODUCTS")
_HEADS = tuple(sorted(w for w in _WORKPLACE if len(w) >= 5 and w.isalpha()))  # a compound may end in one
_NEAR = ("PERSON", "LOCATION")


def _workplace(t: Token, lex: Lexicon) -> bool:
    """A lower-case workplace word as written, in a Finnish case, or a Finnish compound ending in one."""
    low = t.lower
    if not low.isalpha() and "-" not in low:
        return False
    if low in _WORKPLACE:
        return True
    return any(base in _WORKPLACE or (len(base) > 7 and base.endswith(_HEADS)) for base, _ in analyses(low))


def _genitive(low: str) -> bool:
    """A Finnish genitive's shape: ``-n`` but no illative (`rauman`, `hovinsaaren`; not `työkokeiluun`)."""
    return low.endswith("n") and not (len(low) > 3 and low[-2] == low[-3] and low[-2] in "aeiouyäö")


def _lower(text: str, start: int, end: int) -> bool:
    span = text[start:end]
    return any(ch.isalpha() for ch in span) and span == span.lower()


def find(text: str, toks: list[Token], cands: list[Cand], lex: Lexicon, lang: str,
         kept: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, words) of each question: a finding and the word beside it, both in lower case (the rule
    behind each is in the trace of ``coachdesk scrub --explain``). ``kept``: the kept phrases (never asked about)."""
    covered = bytearray(len(text))
    for c in cands:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    for s, e in kept:
        covered[s:e] = b"\x01" * (e - s)
    starts, ends = token_index.by_start(text, toks), token_index.by_end(text, toks)
    out: list[tuple[int, int, str]] = []
    seen: set[tuple[int, int]] = set()

    def free(t: Token) -> bool:
        return (not t.cap and not t.upper and covered.find(1, t.start, t.end) < 0
                and not lex.lookup_all(t.text) & KEEP)

    def unlisted(t: Token) -> bool:
        return free(t) and len(t.text) >= 4 and t.lower not in lex.frequent and t.text.isalpha()

    def ask(start: int, end: int, rule: str) -> None:
        if (start, end) not in seen:
            seen.add((start, end))
            out.append((start, end, text[start:end]))
            trace = current_trace()
            if trace is not None:
                trace.add(TraceEntry(start, end, text[start:end], "", "question", 0.0,
                                     (("workplace." + rule, 1.0, text[start:end]),), False))

    for c in cands:
        if c.label not in (*_NEAR, "ORG") or not _lower(text, c.start, c.end):
            continue
        after = _next(text, toks, ends.get(c.end), +1)
        before = _next(text, toks, starts.get(c.start), -1)
        if c.label in _NEAR:
            genitive = lang != "fi" or _genitive(text[c.start : c.end].lower())  # not `kajaanissa kaupassa`
            if after is not None and genitive and free(after) and _workplace(after, lex):
                ask(c.start, after.end, "place_then_workplace")
            if before is not None and free(before) and _workplace(before, lex):
                ask(before.start, c.end, "workplace_then_name")
            continue
        if after is not None and unlisted(after):
            ask(c.start, after.end, "org_then_word")
        if before is not None and (lang != "fi" or _genitive(before.lower)) and unlisted(before):
            ask(before.start, c.end, "org_then_word")  # fi: the place's genitive owns the firm
    return sorted(out)


def _next(text: str, toks: list[Token], k: int | None, step: int) -> Token | None:
    """The token one space away from token ``k`` in direction ``step`` (no punctuation between)."""
    if k is None or not 0 <= k + step < len(toks):
        return None
    a, b = (toks[k], toks[k + 1]) if step > 0 else (toks[k - 1], toks[k])
    return toks[k + step] if text[a.end : b.start] == " " else None
