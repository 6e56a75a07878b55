"""A child's or relative's age said after a kin noun, a name and the copula: `poika Eetu on yheksän.`

Runs with the other bare ages (``scrubber._scrub``, after ``bare_ages``) and only adds AGE candidates, each
replaced by its widened decade (``age_range``). Every look-around is a bounded number of characters before
a copula found by ``cue_scan.cue_starts``. Every decision is one row of :data:`RULES`; the reason names it.
Cue words: the ``KIN_COPULA_SUBJECTS`` section of the cue files.

| id | shape (invented examples) | evidence |
|---|---|---|
| kin_copula_age | `poika Eetu on yheksän.`, `tytär on kaheksan ja …`, `isosisko Sanna on seittemäntoista`, sv `sonen Elis är nio.`, en `her son Leo is nine,` | a singular kin noun (`poika`, `tytär`, `tyttö`, `veli`, `sisko`, `kuopus`, a compound ending in one: `isosisko`, `pikkuveli`; sv `sonen`, `dottern`, `lillebror`; en `son`, `daughter`), at most two names (capitalised, or lower-case words that are no frequent word: `poika eetu on yheksän`), `on` / `är` / `is`, at most one filler (`jo`, `nyt`, `kohta`, `nu`, `redan`, `now`; section `KIN_AGE_FILLERS`), a number 1–99 (a number word, colloquial too, or digits), perhaps a unit (`vuotta`, `år`), then the clause ends (punctuation, the line end, `ja` / `och` / `and` / `mutta` / `men` / `but` / `eli`); not `kello on kaheksan`, `meitä on kaheksan`, `huone on kaheksan`, `poika on kaks kertaa …`, `poika kertoi että bussi on kaheksan` |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy.cue_scan import cue_starts
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.lexicon import NAME, Lexicon
from coachdesk.privacy.patterns import age_range
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_AGE_DATE, Cand
from coachdesk.privacy.spoken_numbers import CARDINAL

RULES = {
    r.id: r
    for r in (
        Rule("kin_copula_age", "a kin noun, a name or none, on / är / is and a number 1-99 ending the clause: poika Eetu on yheksän."),
    )
}

_COPULAS = {"fi": (" on ", "\ton "), "sv": (" är ", "\tär "), "en": (" is ", "\tis ")}
_KIN = words("KIN_COPULA_SUBJECTS")
_KIN_ENDS = tuple(sorted(w for w in _KIN if len(w) >= 4))  # "isosisko", "pikkuveli", "storasyster"
# the last three words before the copula (read within _REACH characters): a kin noun and at most two names
_BEFORE = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)?(?:[ \t]+[^\W\d_]+(?:-[^\W\d_]+)?){0,2}[ \t]*$")
_REACH = 60
_FILLERS = words("KIN_AGE_FILLERS")
_FILLER = re.compile(r"[ \t]*([^\W\d_]+)")
_NUMBER = re.compile(
    r"[ \t]*(\d{1,2}(?![\d.,:]\d)|[^\W\d_]+(?:-[^\W\d_]+)?)"
    r"(?=(?:[ \t]+(?:vuotta|vuotias|v|vee|år|years))?"  # "poika on yheksän vuotta.": the unit stays outside
    r"[ \t]*(?:$|\n|[,;!?)]|\.(?!\d)|(?:ja|och|and|mutta|mut|men|but|eli)(?![\w-])))"
)


def _kin(low: str) -> bool:
    return low in _KIN or (len(low) >= 7 and low.endswith(_KIN_ENDS))


def _hurried_name(lex: Lexicon, word: str) -> bool:
    low = word.lower()
    if low in _FILLERS:
        return False
    return bool(lex.lookup(low)[0] & NAME) or low not in lex.frequent


def _value(word: str, lang: str) -> int | None:
    if word.isdigit():
        return int(word)
    card = CARDINAL[lang]
    parts = word.lower().split("-")
    vals = [card(p) for p in parts]
    if len(vals) == 1:
        return vals[0]
    tens, unit = vals if len(vals) == 2 else (None, None)
    if tens is None or unit is None or tens % 10 or tens < 20 or not 1 <= unit <= 9:
        return None  # "twenty-one" only
    return tens + unit


def find(text: str, lang: str, lex: Lexicon) -> Iterator[Cand]:
    """AGE candidates of rule kin_copula_age (a lower-case word between the kin noun and the copula is a name
    written in a hurry only when it is a name of the lists or no frequent word)."""
    if lang not in _COPULAS:
        return
    for i in cue_starts(text, _COPULAS[lang]):
        at = i + 4  # every copula of _COPULAS is four characters
        f = _FILLER.match(text, at)
        if f and f.group(1).lower() in _FILLERS:
            at = f.end()  # "tytär on jo kaheksan", "sonen är nu nio"
        m = _NUMBER.match(text, at)
        if m is None:
            continue
        n = _value(m.group(1), lang)
        if n is None or not 1 <= n <= 99:
            continue
        b = _BEFORE.search(text, max(0, i - _REACH), i)
        if b is None:
            continue
        before = b.group(0).split()  # the kin noun is one of the last three words, the rest names
        k = next((k for k in range(len(before) - 1, -1, -1) if _kin(before[k].lower())), None)
        if k is None:
            continue
        between = before[k + 1 :]
        if any(not w[0].isupper() and not _hurried_name(lex, w) for w in between):
            continue  # "poika kertoi että bussi on kaheksan": words of a clause, no name
        c = Cand(m.start(1), m.end(1), "AGE", "age", "bare age (kin_copula_age)", PRIO_AGE_DATE)
        c.replacement = age_range(n)
        yield c
