"""More spoken forms of dictated notes: letter-name codes, ages said before "turned", restated ages, and
two-digit years in words after a spoken English date.

Runs right after ``spoken.find_spoken`` (``scrubber._scrub``) and reads the candidates found so far.
Every look-around is a bounded window around a cue word found by one literal-led regex, so the work
is linear in the text length. Every decision is one row of :data:`RULES`; the cue words are the
``SPOKEN_DASH``, ``AGE_TURNED`` and ``SPOKEN_RESTATE`` sections of the cue files.

| id | shape (invented examples) | evidence |
|---|---|---|
| letter_code | `aa äs viiva viis viis kaheksan yks`, `a ess streck fyra två …`, `a s dash five five …` | 1–4 letter names (fi, sv or en) or single letters, a dash word, 4–12 digits read out, no count noun after |
| age_turned | `niinku neljäkytyks vuotta täyttäny`, `täytti kolkytviis vuotta` | a number word 15–105 (one word or a ten and a unit) and `vuotta` right before or after a "turned" verb |
| age_restated | `…streck tre ett nio åtta, alltså femtiofyra år.` | a restating word (alltså, dvs, eli, siis, so …), a number word 15–105, a years word ending the clause, an identity code earlier in the same sentence |
| date_year_words | `the nineteenth of August ninety-nine`, `the third of March oh four` | a spoken English date ending at its month, then a two-digit year in words (a ten with a unit, or oh/zero and a digit), no count noun after |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy import cue_words, patterns, per_text
from coachdesk.privacy.cue_scan import word_start_keywords
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_AGE_DATE, Cand
from coachdesk.privacy.spoken_ids import EN_LETTER_NAMES, FI_COLLOQUIAL_LETTER_NAMES, SV_LETTER_NAMES
from coachdesk.privacy.spoken_numbers import CARDINAL, COUNTED, EN_MONTHS, LETTER_NAMES, en_cardinal

RULES = {
    r.id: r
    for r in (
        Rule("letter_code", "letter names (fi/sv/en), a dash word and 4-12 digits read out: one code"),
        Rule("age_turned", "a number word 15-105 + vuotta next to a 'turned' verb (täyttäny, täytti)"),
        Rule("age_restated", "alltså/dvs/eli/so + a number word + years ending the sentence of an identity code"),
        Rule("date_year_words", "a two-digit year in words after a spoken English date (ninety-nine, oh four)"),
    )
}

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")
_DASHES = cue_words.words("SPOKEN_DASH") | {"dash", "hyphen", "streck", "bindestreck"}
_TURNED = cue_words.words("AGE_TURNED")
_RESTATE = cue_words.words("SPOKEN_RESTATE")
_MULT = {"double": 2, "triple": 3, "tupla": 2, "dubbel": 2}
_YEARS = frozenset({"vuotta", "vuotias", "år", "years", "year"})
_LETTERS = {
    "fi": {**LETTER_NAMES, **FI_COLLOQUIAL_LETTER_NAMES, "är": "R", "see": "C"},  # words elsewhere, letters here
    "sv": SV_LETTER_NAMES,
    "en": {**LETTER_NAMES, **EN_LETTER_NAMES, "double-u": "W"},
}
_LETTERS["sv"] = {**_LETTERS["sv"], "dubbel-ve": "W"}
# what may end the clause of a restated age: a stop (said or written), a comma, "and", "old"
# (?<![\w-])(?:words)(?![\w-]) on the lower-cased text, the regex engine skipping to the words' first letters (cue_scan)
_DASH_AT = re.compile(
    word_start_keywords("|".join(sorted(map(re.escape, _DASHES), key=len, reverse=True)), r"\w-", ignorecase=False)
    + r"(?![\w-])"
)
_TURNED_AT = re.compile(r"t(?<![\w-]t)äyt")  # (?<![\w-])täyt
_YEARS_AT = re.compile(
    word_start_keywords("|".join(sorted(_YEARS, key=len, reverse=True)), r"\w-", ignorecase=False) + r"(?![\w-])"
)
_CLAUSE_END = re.compile(r"[ \t]*(?:[.!?;,)]|$|\n|(?:gammal|old|ja|och|and|piste|punkt|period|full[ \t]+stop)\b)")
_WINDOW = 120  # characters looked at on each side of a cue


def find(text: str, cands: list[Cand], lang: str) -> Iterator[Cand]:
    """New candidates of :data:`RULES` (``cands``: the findings so far; spoken dates are widened in place)."""
    if lang not in CARDINAL:
        lang = "fi"
    low = per_text.once(str.lower, text)
    if len(low) != len(text):
        return
    yield from _letter_codes(low, lang)
    yield from _turned_ages(low)
    yield from _restated_ages(text, low, lang, cands)
    if lang == "en":
        _year_words(low, cands)


def _words(low: str, start: int, end: int) -> list[re.Match[str]]:
    """The words of ``low[start:end]`` (a bounded window around a cue)."""
    return list(_WORD.finditer(low, max(0, start), min(len(low), end)))


def _cue_window(
    low: str, at: int, before: int, after: int, cues: frozenset[str] | set[str]
) -> tuple[list[re.Match[str]], int] | None:
    """The words around the cue word starting at ``at`` and its index among them, when it is one of ``cues``."""
    ws = _words(low, at - before, at + after)
    k = next((i for i, w in enumerate(ws) if w.start() == at), None)
    return None if k is None or ws[k].group() not in cues else (ws, k)


def _joined(low: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Only blanks, a comma or a hyphen between two words (an ellipsis or a full stop parts them)."""
    return low[a.end() : b.start()].strip(" \t,-") == ""


def _number(w: str, lang: str) -> int | None:
    if w.isdigit():
        return int(w) if len(w) <= 3 else None
    parts = w.split("-")
    if len(parts) == 2 and lang == "en":
        a, b = en_cardinal(parts[0]), en_cardinal(parts[1])
        return a + b if a and b and a % 10 == 0 and 20 <= a <= 90 and 1 <= b <= 9 else None
    return CARDINAL[lang](w) if len(parts) == 1 else None


def spoken_value(words: list[str], lang: str) -> int | None:
    """One or two number words as one number: ``neljäkytyks`` 41, ``neljäkyt yks`` 41, ``forty-one`` 41."""
    vals = [_number(w, lang) for w in words]
    if any(v is None for v in vals) or any(w.isdigit() for w in words):
        return None
    if len(vals) == 1:
        return vals[0]
    a, b = vals
    if len(vals) == 2 and a is not None and b is not None and a % 10 == 0 and 20 <= a <= 90 and 1 <= b <= 9:
        return a + b
    return None


# --- letter_code --------------------------------------------------------------------------------


def _letter_codes(low: str, lang: str) -> Iterator[Cand]:
    """Rule letter_code: letter names right before a dash word, 4-12 digits read out after it."""
    rule = RULES["letter_code"]
    names = _LETTERS[lang]
    for cue in _DASH_AT.finditer(low):
        window = _cue_window(low, cue.start(), 60, 140, _DASHES)
        if window is None:
            continue
        ws, k = window
        first = k
        while first > 0 and k - first < 4 and _joined(low, ws[first - 1], ws[first]):
            w = ws[first - 1].group()
            if not (w in names or (len(w) == 1 and w.isalpha())):
                break
            first -= 1
        if first == k:
            continue
        digits, last, ends = "", k, []
        j = k + 1
        while j < len(ws) and _joined(low, ws[j - 1], ws[j]) and len(digits) < 12:
            w = ws[j].group()
            if w in _DASHES and digits:
                j += 1
                continue
            times = _MULT.get(w, 1)  # "double four", "tupla kaks"
            if times > 1 and j + 1 < len(ws) and _joined(low, ws[j], ws[j + 1]):
                j += 1
                w = ws[j].group()
            v = _number(w, lang)
            if v is None or v >= 100 or w.isdigit() or (times > 1 and v > 9):
                break
            digits += str(v) * times
            ends.append((len(digits), j))
            last = j
            j += 1
        nxt = ws[last + 1].group() if last + 1 < len(ws) and _joined(low, ws[last], ws[last + 1]) else ""
        if nxt in COUNTED and len(ends) > 1:  # "… kolme kuus, kaksi kertaa yritin": the count is no part of it
            n_digits, last = ends[-2]
            digits = digits[:n_digits]
        elif nxt in COUNTED:
            continue
        if not 4 <= len(digits) <= 12:
            continue
        yield Cand(ws[first].start(), ws[last].end(), "ID", "case", f"code read out with letter names ({rule.id})", 84)


# --- age_turned -------------------------------------------------------------------------------


def _age(s: int, e: int, n: int, rule_id: str) -> Cand:
    c = Cand(s, e, "AGE", "age", f"age read out ({rule_id})", PRIO_AGE_DATE)
    c.replacement = patterns.age_range(n)
    return c


def _number_before(low: str, ws: list[re.Match[str]], k: int, lang: str) -> tuple[int, int] | None:
    """(first word index, value) of one or two number words ending right before word k."""
    for n in (2, 1):
        if k - n < 0 or not all(_joined(low, ws[i], ws[i + 1]) for i in range(k - n, k)):
            continue
        v = spoken_value([w.group() for w in ws[k - n : k]], lang)
        if v is not None:
            return k - n, v
    return None


def _turned_ages(low: str) -> Iterator[Cand]:
    """Rule age_turned: ``N vuotta täyttäny`` or ``täytti N vuotta``."""
    rule = RULES["age_turned"]
    for cue in _TURNED_AT.finditer(low):
        window = _cue_window(low, cue.start(), 60, 60, _TURNED)
        if window is None:
            continue
        ws, k = window
        found = None
        if k >= 2 and ws[k - 1].group() == "vuotta" and _joined(low, ws[k - 1], ws[k]):
            hit = _number_before(low, ws, k - 1, "fi")
            if hit:
                found = (ws[hit[0]].start(), ws[k - 2].end(), hit[1])
        else:
            for n in (2, 1):  # "täytti kolkytviis vuotta"
                if k + n + 1 < len(ws) and ws[k + n + 1].group() == "vuotta":
                    v = spoken_value([w.group() for w in ws[k + 1 : k + n + 1]], "fi")
                    if v is not None and all(_joined(low, ws[i], ws[i + 1]) for i in range(k, k + n + 1)):
                        found = (ws[k + 1].start(), ws[k + n].end(), v)
                        break
        if found and 15 <= found[2] <= 105:
            yield _age(found[0], found[1], found[2], rule.id)


# --- age_restated -----------------------------------------------------------------------------


def _restated_ages(text: str, low: str, lang: str, cands: list[Cand]) -> Iterator[Cand]:
    """Rule age_restated: ``…, alltså femtiofyra år.`` after an identity code of the same sentence."""
    rule = RULES["age_restated"]
    codes = [c for c in cands if c.label == "ID" and c.kind == "hetu"]
    if not codes:
        return
    for cue in _YEARS_AT.finditer(low):
        window = _cue_window(low, cue.start(), 60, 20, _YEARS)
        if window is None:
            continue
        ws, k = window
        if not _CLAUSE_END.match(low, ws[k].end()):
            continue
        hit = _number_before(low, ws, k, lang)
        if not hit or not 15 <= hit[1] <= 105:
            continue
        r = hit[0] - 1
        if r < 0 or ws[r].group() not in _RESTATE or not _joined(low, ws[r], ws[hit[0]]):
            continue
        if r >= 2 and f"{ws[r - 2].group()} {ws[r - 1].group()} {ws[r].group()}" == "det vill säga":
            r -= 2
        start = ws[r].start()
        if any(0 <= start - c.end <= _WINDOW and not re.search(r"[.!?\n]", text[c.end : start]) for c in codes):
            yield _age(ws[hit[0]].start(), ws[k - 1].end(), hit[1], rule.id)


# --- date_year_words --------------------------------------------------------------------------

_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
# after a number that is no year: "twenty-two of them", "eighty percent", "ninety more"
_NOT_YEAR_AFTER = frozenset({"of", "percent", "per", "more", "less", "out", "to", "or", "times", "minutes", "hours"})
_YEAR_AFTER = re.compile(r"[ \t]*,?[ \t]*([a-z]+(?:-[a-z]+)?)(?:[ \t]+([a-z]+))?(?:[ \t]+([a-z]+))?")


def _year_words(low: str, cands: list[Cand]) -> None:
    """Rule date_year_words: widen a spoken English date over a two-digit year in words (in place)."""
    rule = RULES["date_year_words"]
    for c in cands:
        words = low[c.start : c.end].split()
        if c.label != "DATE" or not words or words[-1] not in EN_MONTHS:
            continue  # only a date that ends at its month: "the nineteenth of August"
        m = _YEAR_AFTER.match(low, c.end)
        if not m:
            continue
        w1, w2, w3 = m.group(1), m.group(2), m.group(3)
        end, after = None, None
        if w1 in ("oh", "zero", "o") and w2 and (en_cardinal(w2) or 0) in range(1, 10):
            end, after = m.end(2), w3
        elif "-" in w1 and _number(w1, "en") is not None and w1.split("-")[0] in _TENS:
            end, after = m.end(1), w2
        elif w1 in _TENS:
            if w2 and (en_cardinal(w2) or 0) in range(1, 10):
                end, after = m.end(2), w3
            else:
                end, after = m.end(1), w2
        if end is None or (after and (after in COUNTED or after in _NOT_YEAR_AFTER or en_cardinal(after) is not None)):
            continue
        c.end = end
        c.reason = f"{c.reason} ({rule.id})"
