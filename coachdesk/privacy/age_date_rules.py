"""Ages and dates that ``patterns.py`` leaves: `who is 34`, initials with an age,
day.month without its final dot next to a date word, lower-case English months.

Each rule is one row of :data:`RULES` (id, doc, its bounds); ``find`` yields AGE and DATE candidates
with the same replacements as the digit patterns (an age becomes its widened decade). Every rule reads
a bounded window around its match, so the whole pass is linear in the text.

| id | shape | example | bounds |
|---|---|---|---|
| who_is | a bare number after `who is` / `joka on` / `som är`, then punctuation | `Dawn, who is 34,` | 14–105 |
| initials_age | an age in brackets after initials | `A-M (41):`, `T.K. (52)` | 14–99 |
| day_month_cue | `d.m` without the final dot (or `d/m`) after a date word (`rebooked`, `siirretty`, `uusi aika`, `pvm`) or a weekday (`ma 12.10`, `Mon 12/10`), or `d.m` before a time (`12.10 klo 9`) | `rebooked 12.10` | day 1–31, month 1–12 |
| month_lower | an English month in lower case with its day (`may`, `march` only with an ordinal or `of`) | `july 3`, `3rd of july` | day 1–31 |
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from coachdesk.privacy.patterns import age_range
from coachdesk.privacy.spans import PRIO_AGE_DATE, Cand


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    doc: str
    low: int  # smallest value taken (an age, or a day)
    high: int  # largest value taken


RULES = {
    r.id: r
    for r in (
        Rule("who_is", "a bare number after who is / joka on / som är", 14, 105),
        Rule("initials_age", "an age in brackets after initials", 14, 99),
        Rule("day_month_cue", "d.m without its final dot next to a date word or before a time", 1, 31),
        Rule("month_lower", "an English month in lower case with its day", 1, 31),
    )
}

_WHO_IS = re.compile(
    r"(?i)(?<![\w])(?:who(?:'s|\s+is|\s+was|\s+turned|\s+turns)|joka\s+on|joka\s+täytti|som\s+är|som\s+fyllde)"
    r"\s+(?:now\s+|just\s+|only\s+|nyt\s+|juuri\s+|nu\s+)?(\d{1,3})(?=\s?[,;:)]|\.(?:\s|$)|\s+(?:and|ja|och)\s|\s*$)"
)
_INITIALS_AGE = re.compile(
    r"(?<![\w.-])(?:[A-ZÅÄÖ](?:[-.][A-ZÅÄÖ]){1,2}\.?|[A-ZÅÄÖ]\.)\s?\((\d{2})(?:\s?(?:v|år|y|yo)\.?)?\)"
)
_DAY_MONTH = re.compile(r"(?<![\w.,:/])(\d{1,2})([./])(\d{1,2})(?![\d]|[.,:/]\d|\.(?!\d))")
_DATE_CUE_BEFORE = re.compile(
    r"(?i)(?:\b(?:rebooked|booked|re-booked|moved|postponed|rescheduled|date|dated|due|until|"
    r"siirretty|siirrettiin|siirtyi|siirtyy|siirsimme|siirsin|päivämäärä|pvm|päivälle|päiväksi|saakka|asti|"
    r"mennessä|datum|flyttad|flyttat|till den|fram till)(?:\s+(?:to|for|on|till|on the|to the|päivälle))?"
    r"|\buusi\s+aika|\bnew\s+date|\bnext\s+(?:meeting|session|appointment)(?:\s+(?:is|on))?|\bnästa\s+träff(?:\s+är)?"
    # a weekday before the day (ma 12.10, Mon 12.10, tisdag 3.11); never "to" (English "to 12.10" ends a time)
    r"|\b(?:ma|ti|ke|pe|la|su|maanantai\w*|tiistai\w*|keskiviikko\w*|torstai\w*|perjantai\w*|lauantai\w*|"
    r"sunnuntai\w*|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|mån|tis|ons|tors|fre|lör|sön|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)\.?)"
    r"[\s:,]*$"
)
_TIME_BEFORE = re.compile(r"(?i)(?:\bklo|\bkello|\bkl\.?|\bat|\bfrom|\btime|@)\s*$")
_TIME_AFTER = re.compile(r"(?i)^\s*(?:klo|kello|kl\.?|at)\s*\d")
_RANGE_AFTER = re.compile(r"^\s?[–-]\s?\d")
_EN_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
_MONTH_LOWER = re.compile(
    rf"(?<![\w])(?:(\d{{1,2}})(st|nd|rd|th)?(\s+of)?\s+({_EN_MONTHS})"
    rf"|({_EN_MONTHS})\s+(\d{{1,2}})(st|nd|rd|th)?(?![\w]|[.,:]\d))(?![\w])"
)


def _age(start: int, end: int, n: int, rule: str) -> Cand:
    c = Cand(start, end, "AGE", "age", f"age ({rule})", PRIO_AGE_DATE)
    c.replacement = age_range(n)
    return c


def _day_month(text: str) -> Iterator[Cand]:
    rule = RULES["day_month_cue"]
    for m in _DAY_MONTH.finditer(text):
        d, mo = int(m.group(1)), int(m.group(3))
        if not (rule.low <= d <= rule.high and 1 <= mo <= 12):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 12]
        if _TIME_BEFORE.search(before) or _RANGE_AFTER.match(after):
            continue  # "klo 12.10", "12.10–13.00": a time
        if _DATE_CUE_BEFORE.search(before) or (m.group(2) == "." and _TIME_AFTER.match(after)):
            yield Cand(m.start(), m.end(), "DATE", "date", "date (day_month_cue)", PRIO_AGE_DATE)


def _months(text: str) -> Iterator[Cand]:
    rule = RULES["month_lower"]
    for m in _MONTH_LOWER.finditer(text):
        month = m.group(4) or m.group(5)
        day = int(m.group(1) or m.group(6))
        if not rule.low <= day <= rule.high:
            continue
        if month in ("may", "march") and not (m.group(2) or m.group(3) or m.group(7)):
            continue  # "may 3", "we march 2 miles": verbs; "3rd of may", "may 3rd" are dates
        yield Cand(m.start(), m.end(), "DATE", "date", "date (month_lower)", PRIO_AGE_DATE)


_MONTH_WORDS = tuple(_EN_MONTHS.split("|"))


def find(text: str) -> Iterator[Cand]:
    """AGE and DATE candidates of the rules in :data:`RULES` (each rule's regex runs only when a cheap
    substring test says it can match)."""
    low = text.lower()
    if "who" in low or "joka" in low or "som " in low:
        for m in _WHO_IS.finditer(text):
            n = int(m.group(1))
            if RULES["who_is"].low <= n <= RULES["who_is"].high:
                yield _age(m.start(1), m.end(1), n, "who_is")
    if "(" in text:
        for m in _INITIALS_AGE.finditer(text):
            n = int(m.group(1))
            if RULES["initials_age"].low <= n <= RULES["initials_age"].high:
                yield _age(m.start(1), m.end(1), n, "initials_age")
    if "." in text or "/" in text:
        yield from _day_month(text)
    if any(w in text for w in _MONTH_WORDS):
        yield from _months(text)
