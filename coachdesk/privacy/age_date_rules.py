"""Ages and dates that ``patterns.py`` leaves: table columns, `who is 34`, initials with an age,
day.month without its final dot next to a date word, lower-case English months.

Each rule is one row of :data:`RULES` (id, doc, its bounds); ``find`` yields AGE and DATE candidates
with the same replacements as the digit patterns (an age becomes its widened decade). Every rule reads
a bounded window around its match, so the whole pass is linear in the text.

| id | shape | example | bounds |
|---|---|---|---|
| table_age | a number in the column headed `ikä` / `ålder` / `age` of a `;`, `,`, tab or pipe table | `nimi;ikä;kunta` … `Anu K;34;…` | 0–110 |
| who_is | a bare number after `who is` / `joka on` / `som är`, then punctuation | `Dawn, who is 34,` | 14–105 |
| initials_age | an age in brackets after initials | `A-M (41):`, `T.K. (52)` | 14–99 |
| day_month_cue | `d.m` without the final dot after a date word (`rebooked`, `siirretty`, `uusi aika`, `pvm`) or before a time (`12.10 klo 9`) | `rebooked 12.10` | day 1–31, month 1–12 |
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
        Rule("table_age", "a number in the age column of a table", 0, 110),
        Rule("who_is", "a bare number after who is / joka on / som är", 14, 105),
        Rule("initials_age", "an age in brackets after initials", 14, 99),
        Rule("day_month_cue", "d.m without its final dot next to a date word or before a time", 1, 31),
        Rule("month_lower", "an English month in lower case with its day", 1, 31),
    )
}

_SEPARATORS = (";", "\t", "|", ",")
_AGE_HEADER = re.compile(r"(?i)^\s*(?:ikä|ika|ålder|alder|age)(?:\s*\((?:v|vuotta|år|y|years)\)|\s*/\s*v|\s+v)?\s*$")
_AGE_CELL = re.compile(r"^\s*(\d{1,3})(?:\s?(?:v|år|y|vuotta)\.?)?\s*$")
_WHO_IS = re.compile(
    r"(?i)(?<![\w])(?:who(?:'s|\s+is|\s+was|\s+turned|\s+turns)|joka\s+on|joka\s+täytti|som\s+är|som\s+fyllde)"
    r"\s+(?:now\s+|just\s+|only\s+|nyt\s+|juuri\s+|nu\s+)?(\d{1,3})(?=\s?[,;:)]|\.(?:\s|$)|\s+(?:and|ja|och)\s|\s*$)"
)
_INITIALS_AGE = re.compile(
    r"(?<![\w.-])(?:[A-ZÅÄÖ](?:[-.][A-ZÅÄÖ]){1,2}\.?|[A-ZÅÄÖ]\.)\s?\((\d{2})(?:\s?(?:v|år|y|yo)\.?)?\)"
)
_DAY_MONTH = re.compile(r"(?<![\w.,:/])(\d{1,2})\.(\d{1,2})(?![\d]|[.,:/]\d|\.(?!\d))")
_DATE_CUE_BEFORE = re.compile(
    r"(?i)(?:\b(?:rebooked|booked|re-booked|moved|postponed|rescheduled|date|dated|due|until|"
    r"siirretty|siirrettiin|siirtyi|siirtyy|siirsimme|siirsin|päivämäärä|pvm|päivälle|päiväksi|saakka|asti|"
    r"mennessä|datum|flyttad|flyttat|till den|fram till)(?:\s+(?:to|for|on|till|on the|to the|päivälle))?"
    r"|\buusi\s+aika|\bnew\s+date|\bnext\s+(?:meeting|session|appointment)(?:\s+(?:is|on))?|\bnästa\s+träff(?:\s+är)?)"
    r"[\s:]*$"
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


def _table_ages(text: str) -> Iterator[Cand]:
    """Ages in the column headed ikä / ålder / age, for the rows that follow the header."""
    col: int | None = None
    sep = ""
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if col is not None and sep in line:
            cells = line.split(sep)
            if col < len(cells):
                off = start + sum(len(c) + 1 for c in cells[:col])
                m = _AGE_CELL.match(cells[col])
                if m and RULES["table_age"].low <= int(m.group(1)) <= RULES["table_age"].high:
                    yield _age(off + m.start(1), off + m.end(1), int(m.group(1)), "table_age")
            continue
        col = None
        for s in _SEPARATORS:
            if s in line:
                cells = line.split(s)
                hit = next((k for k, c in enumerate(cells) if _AGE_HEADER.match(c)), None)
                # a header row: short cells only (prose "Age, gender and town …" is no header)
                if hit is not None and len(cells) >= (3 if s == "," else 2) and all(len(c) <= 30 for c in cells):
                    col, sep = hit, s
                    break


def _day_month(text: str) -> Iterator[Cand]:
    rule = RULES["day_month_cue"]
    for m in _DAY_MONTH.finditer(text):
        d, mo = int(m.group(1)), int(m.group(2))
        if not (rule.low <= d <= rule.high and 1 <= mo <= 12):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 12]
        if _TIME_BEFORE.search(before) or _RANGE_AFTER.match(after):
            continue  # "klo 12.10", "12.10–13.00": a time
        if _DATE_CUE_BEFORE.search(before) or _TIME_AFTER.match(after):
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
    if "\n" in text:
        yield from _table_ages(text)
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
    if "." in text:
        yield from _day_month(text)
    if any(w in text for w in _MONTH_WORDS):
        yield from _months(text)
