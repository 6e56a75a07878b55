"""The edges of spoken dates, ages and addresses, and of names: the words around a found span that belong to it.

Runs after every detector (``scrubber._scrub``) and only widens DATE, AGE, ADDRESS and PERSON candidates already
found (``spoken.py``, ``patterns.py``, the name rules); it never adds a span of its own. Every decision is one row of
:data:`RULES`.

| id | shape (invented examples) | evidence |
|---|---|---|
| the_date | `born on the third of May nineteen eighty`, `the 21st of January`: the span starts at `the` | a date found from a spoken ordinal, `the` right before it; or any date opening with a day's number, `the` or `den` right before it (any language) |
| number_street | `seven Puistokatu, Oulu`, `twenty two Station Road`, `22 Station Road` | a street found; one to three number words (1–9999) or digits right before it |
| den_date | `född den femte februari`, `den 21 januari`: the span starts at `den` | a Swedish date found from a spoken ordinal, `den` right before it (a day's number: as `the_date`) |
| age_unit | `hon är alltså trettioåtta år`, `eli kakskytyks vuotta`, `he is um forty-one years old` | an age found; its unit word (and `vanha` / `gammal` / `old`) right after it |
| name_possessive | `AG's lumbar stenosis`, `liu’s meeting` | a person found; an English possessive `'s` (`’s`) right after it, in an English text: one span (writers put it inside or outside the name) |
| age_lead | `a cleaner aged 41`, `aged forty-one` | an age found; `aged` right before it (the replacement keeps it: `aged 39–50`) |
| postal_prefix | `Norra Esplanadgatan sju A fyra AX två två ett noll noll Mariehamn` | an address found right before a country prefix said or written apart (`AX`, `FI`, `SE`, any case) and an address found right after it (the postal code read out): the prefix joins the second |
"""

from __future__ import annotations

import re

from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import Cand
from coachdesk.privacy.spoken_numbers import en_cardinal

RULES = {
    r.id: r
    for r in (
        Rule("the_date", "'the' before a spoken English date"),
        Rule("number_street", "a house number (words or digits) before an English-read street"),
        Rule("den_date", "'den' before a spoken Swedish date"),
        Rule("age_unit", "the unit word (and 'old') after a found age"),
        Rule("age_lead", "'aged' before a found age"),
        Rule("name_possessive", "an English possessive 's right after a found person"),
        Rule("postal_prefix", "a country prefix (AX, FI, SE) between two found address parts"),
    )
}

_THE = re.compile(r"(?i)\bthe[ \t]+$")
_DEN = re.compile(r"(?i)\bden[ \t]+$")
_AGED = re.compile(r"(?i)\baged[ \t]+$")
_ARTICLE_DIGITS = re.compile(r"(?i)(?<![\w])(?:den|the)\s$")  # before a day's number, in any language
_POSSESSIVES = ("'s", "’s")
_PREFIX_BEFORE = re.compile(r"[ \t]((?i:ax|fi|se))[ \t]$")  # a country prefix said apart before a postal code
_AGE_UNIT = re.compile(
    r"[ \t]+(?:vuotta|vuoden|v|år|years?|yrs)(?:[ \t]+(?:vanha|vanhana|gammal|old))?(?![\w-])", re.IGNORECASE
)
DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|these|those|all|both|of)[ \t]+$")  # "the two Puistokatu neighbours" counts
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+(?:-[A-Za-z]+)?|\d{1,4}[A-Za-z]?)[ \t]+$")


def widen(text: str, cands: list[Cand], lang: str) -> None:
    """Widen the DATE, AGE and street candidates by the rules of :data:`RULES` (in place)."""
    if " AX " in text or " FI " in text or " SE " in text or " ax " in text or " fi " in text:
        _postal_prefixes(text, cands)
    for c in cands:
        if c.label == "PERSON":
            if lang == "en":
                _possessive(text, c)
            continue
        if c.label == "AGE":
            if c.extra.get("unit") == "apart":
                continue  # an age restated or corrected (spoken_dictated): the number alone, its unit stays
            m = _AGE_UNIT.match(text, c.end)
            if m:  # the unit stays readable: "[29–40] år" reads "29–40 år"
                if c.replacement is not None:
                    c.replacement += m.group(0)
                c.end = m.end()
            lead = _AGED.search(text, max(0, c.start - 8), c.start)
            if lead:  # "aged [39–50]"
                if c.replacement is not None:
                    c.replacement = text[lead.start() : c.start] + c.replacement
                c.start = lead.start()
        elif c.label == "DATE" and text[c.start : c.start + 1].isdigit():
            m = _ARTICLE_DIGITS.search(text, max(0, c.start - 4), c.start)
            if m:  # "den 21 januari", "the 21st of May"
                c.start = m.start()
        elif lang == "sv" and c.label == "DATE" and text[c.start : c.start + 1].isalpha():
            m = _DEN.search(text, max(0, c.start - 8), c.start)
            if m:
                c.start = m.start()
        elif lang != "en":
            continue
        elif c.label == "DATE" and text[c.start : c.start + 1].isalpha():
            m = _THE.search(text, max(0, c.start - 8), c.start)
            if m:
                c.start = m.start()
        elif c.label == "ADDRESS" and c.kind == "street" and text[c.start : c.start + 1].isupper():
            start = number_before(text, c.start)
            if start is not None and not DETERMINER_BEFORE.search(text, max(0, start - 8), start):
                c.start = start


def _postal_prefixes(text: str, cands: list[Cand]) -> None:
    """Rule postal_prefix: `… fyra AX två två ett noll noll Mariehamn`: the prefix joins the postal code after it."""
    ends = {c.end for c in cands if c.label == "ADDRESS"}
    for c in cands:
        if c.label != "ADDRESS":
            continue
        m = _PREFIX_BEFORE.search(text, max(0, c.start - 5), c.start)
        if m and m.start() in ends:
            c.start = m.start(1)


def _possessive(text: str, c: Cand) -> None:
    """Rule name_possessive: the 's after a person joins the span (`AG's`), and the placeholder keeps it."""
    if text[c.end : c.end + 2] in _POSSESSIVES and not text[c.end + 2 : c.end + 3].isalnum():
        c.end += 2
    if c.end - c.start > 2 and text[c.end - 2 : c.end] in _POSSESSIVES and not c.ending:
        c.ending = text[c.end - 2 : c.end]  # "[Person A]'s"


def _value(words: list[str]) -> int | None:
    """``seven`` -> 7, ``twenty two`` / ``twenty-two`` -> 22, ``one twenty`` -> 120 (read as digits)."""
    parts = [en_cardinal(p) for w in words for p in w.split("-")]
    if not parts or any(p is None for p in parts):
        return None
    nums = [p for p in parts if p is not None]
    if len(nums) == 1:
        return nums[0]
    if len(nums) == 2 and nums[0] % 10 == 0 and 20 <= nums[0] <= 90 and 1 <= nums[1] <= 9:
        return nums[0] + nums[1]
    if all(0 <= n <= 99 for n in nums):  # read as groups of digits: "one twenty" = 120
        return int("".join(str(n) for n in nums))
    return None


def number_before(text: str, pos: int) -> int | None:
    """Start of one to three number words (or a house number in digits) right before ``pos``."""
    m = _WORD_BEFORE.search(text, max(0, pos - 20), pos)
    if m and m.group(1)[0].isdigit():
        return m.start(1)
    start = None
    words: list[str] = []
    while m and len(words) < 3:
        words.insert(0, m.group(1).lower())
        value = _value(words)
        if value is None or not 1 <= value <= 9999:
            break
        start = m.start(1)
        m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return start
