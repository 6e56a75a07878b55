"""Ages and dates whose evidence is the text's structure or a cue word, not their own shape.

Runs with the late rules (``scrubber._scrub``) and only adds candidates. Every decision is one row of
:data:`RULES` (invented examples).

| id | shape | evidence |
|---|---|---|
| age_column | a bare number in a table or CSV column headed `ikä`, `ålder`, `age` (`,` `;` tab or `|` cells) | the column header; 1–110 |
| name_column | one to three capitalised words in a column headed `nimi`, `namn`, `name`, `asiakas`, `client` … | the column header |
| age_who_is | `who is 34,` `som är 34 år`, `joka on 34,` | the relative pronoun and copula, then the end of the clause or an age word |
| date_cue | `rebooked 12.10`, `siirretty 3.4`, `flyttad till 5.6` (no final dot) | a verb or preposition of scheduling before it; day ≤ 31, month ≤ 12; not a time (`klo`, `at`) |
| date_lower_month | `july 3`, `3 july` in lower case | an English month that is no word (not `may`, `march`) |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy.patterns import age_range
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_AGE_DATE, PRIO_NAME, Cand

RULES = {
    r.id: r
    for r in (
        Rule("age_column", "a bare number in a column headed ikä / ålder / age"),
        Rule("name_column", "capitalised words in a column headed nimi / namn / name"),
        Rule("age_who_is", "an age after 'who is' / 'som är' / 'joka on'"),
        Rule("date_cue", "day.month without a final dot after a scheduling word"),
        Rule("date_lower_month", "an English month in lower case with a day"),
    )
}

_AGE_HEADERS = frozenset("ikä ika ålder age alder vuotta years".split())
_NAME_HEADERS = frozenset(
    (*"nimi etunimi sukunimi asiakas henkilö namn förnamn efternamn klient person name client participant".split(),
     "first name", "last name", "full name")
)
_NAME_CELL = re.compile(r"[ \t]*([A-ZÅÄÖ][\w'’-]+(?:[ \t]+[A-ZÅÄÖ][\w'’.-]*){0,2})[ \t]*")
_DELIMS = ("|", "\t", ";", ",")
_AGE_CELL = re.compile(r"[ \t]*(\d{1,3})[ \t]*(?:v|v\.|vuotta|år|y|yrs)?[ \t]*")
_WHO_IS = re.compile(
    r"(?i)(?<![\w])(?:who(?:'s| is| was| turned| turns)|som (?:är|var|fyllde|fyller)|joka (?:on|oli|täytti|täyttää))"
    r"[ \t]+(\d{1,3})(?=[ \t]*(?:[,.;)]|$|\s(?:and|ja|och|but|mutta|men|years?|år|vuotta|vuotias)\b))"
)
_DATE_CUE = re.compile(
    r"(?i)(?<![\w])(rebooked|booked|moved|postponed|scheduled|rescheduled|on|until|till|from|due|"
    r"siirretty|siirtyi|siirrettiin|siirtyy|varattu|flyttad|flyttat|flyttas|bokad|bokat|från)"
    r"(?: to| till| på| for)?[ \t]+(\d{1,2})\.(\d{1,2})(?![\d.:]|\.\d)"
)
_DATE_CUES = {
    "en": frozenset("rebooked booked moved postponed scheduled rescheduled on until till from due".split()),
    "fi": frozenset("siirretty siirtyi siirrettiin siirtyy varattu".split()),
    "sv": frozenset("flyttad flyttat flyttas bokad bokat till från".split()),
}
_NOT_TIME_AFTER = re.compile(r"[ \t]*(?:am|pm|a\.m|p\.m|o'clock|h\b|hrs|klo|kl\b|uhr)", re.IGNORECASE)
_LOWER_MONTHS = (
    "january|february|april|june|july|august|september|october|november|december|"
    "jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_MONTH_WORDS = tuple(_LOWER_MONTHS.split("|"))
_DATE_LOWER_MONTH = re.compile(
    rf"(?<![\w])(?:(?:{_LOWER_MONTHS})[ \t]+(\d{{1,2}})(?:st|nd|rd|th)?(?![\w])(?!:)"
    rf"|(\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:{_LOWER_MONTHS})(?![\w]))"
)


def _age(s: int, e: int, n: int, rule: str) -> Cand:
    c = Cand(s, e, "AGE", "age", f"exact age ({rule})", PRIO_AGE_DATE)
    c.replacement = age_range(n)
    return c


def _cells(line: str, delim: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a line split by ``delim`` (a leading and trailing | are no cells)."""
    out, pos = [], 0
    for part in line.split(delim):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    if delim == "|" and line.lstrip().startswith("|"):
        out = out[1:]
    if delim == "|" and line.rstrip().endswith("|"):
        out = out[:-1]
    return out


def _age_columns(text: str) -> Iterator[Cand]:
    """Rule age_column."""
    pos = 0
    lines = text.split("\n")
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        line = lines[i]
        delim = next((d for d in _DELIMS if d in line), None)
        col = None
        if delim is not None:
            heads = [line[a:b].strip().strip("*").strip().lower().rstrip(":") for a, b in _cells(line, delim)]
            col = next((k for k, h in enumerate(heads) if h in _AGE_HEADERS), None)
            names = [k for k, h in enumerate(heads) if h in _NAME_HEADERS]
        if col is None or delim is None:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and delim in lines[j]:
            cells = _cells(lines[j], delim)
            if col < len(cells):
                a, b = cells[col]
                m = _AGE_CELL.fullmatch(lines[j], a, b)
                if m and 1 <= int(m.group(1)) <= 110:
                    yield _age(offsets[j] + m.start(1), offsets[j] + m.end(1), int(m.group(1)), "age_column")
            for k in names:  # a table with an age column is a list of people
                if k < len(cells):
                    m = _NAME_CELL.fullmatch(lines[j], *cells[k])
                    if m:
                        yield Cand(offsets[j] + m.start(1), offsets[j] + m.end(1), "PERSON", "person",
                                   "name in a name column (name_column)", PRIO_NAME, key=(m.group(1).lower(), ""))
            j += 1
        i = j


def find_structured(text: str, lang: str) -> Iterator[Cand]:
    """Candidates of the rules of :data:`RULES`."""
    low = text.lower()  # cheap substring tests first: most notes have none of these shapes
    if "\n" in text and any(h in low for h in _AGE_HEADERS):
        yield from _age_columns(text)
    for m in _WHO_IS.finditer(text) if ("who" in low or "som " in low or "joka " in low) else ():
        n = int(m.group(1))
        if 1 <= n <= 110:
            yield _age(m.start(1), m.end(1), n, "age_who_is")
    cues = _DATE_CUES.get(lang, frozenset())
    for m in _DATE_CUE.finditer(text) if any(c in low for c in cues) else ():
        if m.group(1).lower() not in cues:
            continue
        d, mo = int(m.group(2)), int(m.group(3))
        if 1 <= d <= 31 and 1 <= mo <= 12 and not _NOT_TIME_AFTER.match(text, m.end()):
            yield Cand(m.start(2), m.end(3), "DATE", "date", "exact date (date_cue)", PRIO_AGE_DATE)
    if lang == "en" and any(mo in text for mo in _MONTH_WORDS):
        for m in _DATE_LOWER_MONTH.finditer(text):
            day = int(m.group(1) or m.group(2))
            if 1 <= day <= 31:
                yield Cand(m.start(), m.end(), "DATE", "date", "exact date (date_lower_month)", PRIO_AGE_DATE)
