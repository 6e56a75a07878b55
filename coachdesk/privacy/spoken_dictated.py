"""Dictated details one step beyond the spoken readers: short Finnish letter names of a stair, ages restated or
corrected, day ordinals with a letter dropped (kinds of misses of held-out rounds 37–41, invented examples).

Run on the token windows of ``spoken._Reader`` (hooks in ``spoken.py``, like ``spoken_ids.py``). Every look-around
is a bounded number of tokens. Every decision is one row of :data:`RULES`; the rule id ends the reason, so
``coachdesk scrub --explain`` shows it. Cue words: the ``SPOKEN_SHORT_LETTERS`` section of the cue files.

| id | shape (invented examples) | evidence | trap (stays) |
|---|---|---|---|
| fi_ordinal_variant | `kahdeskymmenesaheksas kesäkuuta`, `kolmaskymmenesensimäinen joulukuuta`, `kahdeskymmenesyhdes huhtikuuta`, `seitsmäs helmikuuta` | a day ordinal of nine letters or more with one letter dropped (speech to text or a hurried hand), or a ten's ordinal with the compound form of one or two (`yhdes`, `kahdes`) as its unit; read like the day it stands for, so a month must follow as for every spoken date | `kahdeskymmenesseitsemäs jonossa` (no month) |
| age_restated_birth | `syntynyt …, eli neljäkymmentäkolme vuotta`, `född nittonhundraåttiotvå, alltså fyrtiosju år`, `born in 1982, that is forty-four` | a restating word or phrase (`SPOKEN_RESTATE`, `RESTATE_PHRASES`: eli, siis, alltså, dvs, that is, i.e.), maybe `nyt`/`nu`/`now`, a number 14–99 (words or digits), maybe a years word, then the clause ends; a date or identity code found, or a birth word (`AGE_RESTATE_ANCHORS`: syntynyt, syntymävuosi, född, born …), earlier in the same sentence | `kolme kertaa viikossa, eli kaksitoista kertaa kuussa` |
| age_claimed | `kertoo olevansa neljäkymmentäseitsemän vuotta`, `sanoi olevansa kolmekymmentäkaksi.`, `uppger sig vara fyrtiosju år`, `says she is forty-seven` | a claim of being (`AGE_CLAIM_CUES`: olevansa, säger sig vara, says she is …), maybe `nyt`/`jo`, a number 14–99 (words or digits), maybe a years word, then the clause ends | `kertoo olevansa kolme kertaa viikossa töissä`, `sanoi olevansa kaksi viikkoa lomalla` |
| age_corrected | `on nyt viiskytkaks, ei vaan viiskytkolme`, `är fyrtiosju, förlåt, fyrtioåtta år`, `is forty-seven, sorry, forty-eight` | an age found, then a correction (`AGE_CORRECTIONS`: ei vaan, eikun, anteeksi, förlåt, nej, sorry, I mean …) and a number (words or digits) within ten years of it, maybe a years word, no counted noun after | `kello kaksitoista, ei vaan kolmetoista` (no age before), `52 vuotta, ei vaan 80 euroa` |
| fi_short_stair_letter | `Koivukatu kuus be kaks, kakskytkasi yks kolme nolla Pori`, `Rantatie seittemän de, …` | a short Finnish letter name (`be`, `ce`, `de` …: speech to text drops the second vowel) right after the house number of a spoken street address, then a number, a comma or the clause's end | `Koivukatu kuus te olette` (a lower-case word goes on) |
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from coachdesk.privacy import cue_words, ordinal_variants, patterns, per_text
from coachdesk.privacy.cue_scan import word_start_keywords
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_AGE_DATE, Cand
from coachdesk.privacy.spoken_more import spoken_value

if TYPE_CHECKING:
    from coachdesk.privacy.spoken import _Reader

RULES = {
    r.id: r
    for r in (
        Rule("fi_ordinal_variant", "a compound day ordinal with a letter dropped or a compound unit: kahdeskymmenesaheksas kesäkuuta"),
        Rule("age_restated_birth", "eli/siis/alltså/that is + an age read out after a date of birth: syntynyt …, eli neljäkymmentäkolme vuotta"),
        Rule("age_claimed", "an age read out after a verb of saying one is: kertoo olevansa neljäkymmentäseitsemän vuotta"),
        Rule("age_corrected", "a corrected age after a found one: viiskytkaks, ei vaan viiskytkolme"),
        Rule("fi_short_stair_letter", "a short Finnish letter name after a spoken house number: Koivukatu kuus be kaks"),
    )
}

# "be" B, "ce" C …: the letter is the first character of the word
_SHORT_LETTERS = cue_words.words("SPOKEN_SHORT_LETTERS")


def fi_stair_letter(r: _Reader, k: int) -> str:
    """Rule fi_short_stair_letter: the letter token k says after a house number in a Finnish text, or ""."""
    toks = r.toks
    if r.lang != "fi" or toks[k].low not in _SHORT_LETTERS:
        return ""
    if k + 1 >= len(toks):
        rest = r.text[toks[k].end : toks[k].end + 2].strip()
        return toks[k].low[0].upper() if not rest or rest[0] in ".,;:!?)" else ""
    gap = r.gap(k)
    if gap.strip()[:1] in (",", ".", ";", ")") or r.val[k + 1] is not None:
        return toks[k].low[0].upper()
    return ""


# --- fi_ordinal_variant ------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")


def tag_variant(text: str, c: Cand) -> Cand:
    """Name rule fi_ordinal_variant in the reason of a spoken date that read such a form (work: the span's length)."""
    if c.label == "DATE" and any(w.lower() in ordinal_variants.VARIANTS for w in _WORD.findall(text, c.start, c.end)):
        c.reason = f"{c.reason} (fi_ordinal_variant)"
    return c


# --- age_restated_birth, age_corrected ----------------------------------------------------------------

# a cue of two or three words is written with "_" in the cue files ("that_is", "ei_vaan")
_RESTATE = cue_words.words("SPOKEN_RESTATE") | {w.replace("_", " ") for w in cue_words.words("RESTATE_PHRASES")}
_ANCHORS = tuple(sorted(cue_words.words("AGE_RESTATE_ANCHORS")))
_CORRECTIONS = {w.replace("_", " ") for w in cue_words.words("AGE_CORRECTIONS")}
_FILLERS = frozenset("nyt nu now siis då then on är is jo redan already".split())  # "eli on nyt N vuotta"
_YEARS = frozenset({"vuotta", "vuotias", "år", "years", "year", "vuoden"})
_OLD = frozenset({"vanha", "gammal", "old"})
_COUNTED = cue_words.words("COUNTED")
_AGE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")
_STOP = re.compile(r"[.!?\n]")
# between a found age and its correction: punctuation and maybe the age's unit ("… vuotta, eiku …")
_UNIT_GAP = re.compile(r"[ \t,.;–-]*(?:(?:vuotta|vuotias|år|years?(?:[ \t]+old)?|v)[ \t,.;–-]*)?")
_CUE_REACH = 40  # characters between the restating word and the age said after it
_ANCHOR_REACH = 120  # characters between a date of birth and the restating word


def _cue_regex(cues: set[str] | frozenset[str]) -> re.Pattern[str]:
    """``(?<![\\w-])(?:cues)(?![\\w-])`` on the lower-cased text, the regex engine skipping to the cues' first letters."""
    alts = "|".join(sorted((re.escape(c).replace("\\ ", "[ \t]+") for c in cues), key=len, reverse=True))
    return re.compile(word_start_keywords(alts, r"\w-", ignorecase=False) + r"(?![\w-])")


_RESTATE_AT = _cue_regex(_RESTATE)
_CORRECTION_AT = _cue_regex(_CORRECTIONS)
_CLAIM_AT = _cue_regex({w.replace("_", " ") for w in cue_words.words("AGE_CLAIM_CUES")})


def _age_after(low: str, pos: int, lang: str) -> tuple[int, int, int] | None:
    """(start, end, value) of an age said right after ``pos`` (a filler maybe, one or two number words or
    digits, maybe a years word and ``old``), when the clause ends after it; None otherwise."""
    ws = list(_AGE_WORD.finditer(low, pos, min(len(low), pos + _CUE_REACH + 40)))
    k = 0
    while k < min(2, len(ws)) and ws[k].group() in _FILLERS:
        k += 1
    if k >= len(ws) or low[pos : ws[0].start()].strip(" \t,:") or any(
        low[ws[i].end() : ws[i + 1].start()].strip(" \t,") for i in range(k)
    ):
        return None
    for n in (2, 1):
        words = [w.group() for w in ws[k : k + n]]
        if len(words) < n or (n == 2 and low[ws[k].end() : ws[k + 1].start()] not in (" ", "-")):
            continue
        value = int(words[0]) if n == 1 and words[0].isdigit() and len(words[0]) <= 2 else spoken_value(words, lang)
        if value is None:
            continue
        start, end, j = ws[k].start(), ws[k + n - 1].end(), k + n
        said = end  # the finding is the number: the years word after it stays ("39–50 vuotta")
        if j < len(ws) and ws[j].group() in _COUNTED and ws[j].group() not in _YEARS:
            return None
        if j < len(ws) and ws[j].group() in _YEARS and not low[end : ws[j].start()].strip():
            end, j = ws[j].end(), j + 1
            if j < len(ws) and ws[j].group() in _OLD and not low[end : ws[j].start()].strip():
                end, j = ws[j].end(), j + 1
        rest = low[end : end + 12]
        if not re.match(r"[ \t]*(?:[.!?;,)]|$|\n|(?:ja|och|and|piste|punkt)\b)", rest):
            return None
        return start, said, value
    return None


_FI_YEARS_AFTER = re.compile(r"[ \t]+vuo(?:tta|den)\b")


_NEXT_WORDS = re.compile(r"[ \t,:]*([^\W_]+(?:-[^\W_]+)?)(?:[ \t,]+([^\W_]+(?:-[^\W_]+)?))?(?:[ \t,]+([^\W_]+(?:-[^\W_]+)?))?")


def _number_next(low: str, pos: int, lang: str) -> bool:
    """A number (digits or a number word) is among the first words after ``pos``, after at most two fillers: the
    quick look before the clause is read."""
    m = _NEXT_WORDS.match(low, pos)
    if m is None:
        return False
    for w in m.groups():
        if w is None:
            return False
        if w[0].isdigit() or spoken_value([w], lang) is not None or spoken_value(w.split("-")[:2], lang) is not None:
            return True
        if w not in _FILLERS:
            return False
    return False


def _age_cand(text: str, start: int, end: int, value: int, rule: str) -> Cand:
    """The AGE candidate of an age read out; a Finnish ``vuotta`` after it is left out (``eli neljäkymmentäkolme
    vuotta``: the word also counts a duration, ``22 vuotta töissä``), while ``år`` and ``years`` join it later
    (``spoken_edges.widen``), as in ``33 år``."""
    c = Cand(start, end, "AGE", "age", f"age read out ({rule})", PRIO_AGE_DATE)
    c.replacement = patterns.age_range(value)
    if _FI_YEARS_AFTER.match(text, end):
        c.extra["unit"] = "apart"  # spoken_edges.widen leaves the years word out
    return c


def find_ages(text: str, cands: list[Cand], lang: str) -> Iterator[Cand]:
    """Rules age_restated_birth, age_claimed and age_corrected (``cands``: the findings so far)."""
    low = per_text.once(str.lower, text)  # shared per scrub call
    if len(low) != len(text):
        return
    births = [c for c in cands if c.label == "DATE" or (c.label == "ID" and c.kind == "hetu")]
    for m in _RESTATE_AT.finditer(low):
        if not _number_next(low, m.end(), lang):
            continue  # ("so we met", "eli hän"): most restating words are followed by no number
        lo = max(0, m.start() - _ANCHOR_REACH)
        head = low[lo : m.start()]
        stop = max((x.end() for x in _STOP.finditer(head)), default=0)
        sentence = head[stop:]
        near = any(lo + stop <= c.end <= m.start() for c in births) or any(
            w.startswith(_ANCHORS) for w in _AGE_WORD.findall(sentence)
        )
        if not near:
            continue
        age = _age_after(low, m.end(), lang)
        if age is not None and 14 <= age[2] <= 99:
            yield _age_cand(low, *age, "age_restated_birth")
    for m in _CLAIM_AT.finditer(low):
        age = _age_after(low, m.end(), lang)
        if age is not None and 14 <= age[2] <= 99:
            yield _age_cand(low, *age, "age_claimed")
    ages = [c for c in cands if c.label == "AGE"]
    if not ages:
        return
    for m in _CORRECTION_AT.finditer(low):
        before = [c for c in ages if 0 <= m.start() - c.end <= 24 and _UNIT_GAP.fullmatch(low, c.end, m.start())]
        if not before:
            continue
        first = _value_of(low, before[0], lang)
        age = _age_after(low, m.end(), lang)
        if age is None or first is None or abs(age[2] - first) > 10 or not 1 <= age[2] <= 110:
            continue
        yield _age_cand(low, *age, "age_corrected")


def _value_of(low: str, c: Cand, lang: str) -> int | None:
    """The age a found AGE candidate says (its first number, words or digits)."""
    ws = _AGE_WORD.findall(low, c.start, c.end)
    for n in (2, 1):
        if len(ws) >= n:
            if n == 1 and ws[0].isdigit():
                return int(ws[0]) if len(ws[0]) <= 3 else None
            v = spoken_value(ws[:n], lang)
            if v is not None:
                return v
    return None
