"""Ages and dates whose evidence is the text's structure or a cue word, not their own shape: table and
CSV columns, `who is 34`, initials with an age, day.month without its final dot, lower-case months.

Runs with the digit patterns (``scrubber._scrub``) and only adds candidates, with the same
replacements as ``patterns.py`` (an age becomes its widened decade). Every rule is one row of
:data:`RULES`; a rule's value bounds are in :data:`BOUNDS`. Every rule reads a bounded window
around its match, so the whole pass is linear in the text (invented examples).

| id | shape | example | bounds |
|---|---|---|---|
| table_age | a number in a table/CSV column headed `ikä`, `ålder`, `age` (also `ikä (v)`; cells split by `|`, tab, `;`, `,`) | `nimi;ikä;kunta` … `Anu K;34;…` | 0–110 |
| name_column | one to three capitalised words in a column headed `nimi`, `namn`, `name`, `asiakas` … of a table with an age column | `namn;ålder` … `Anna;29` | |
| who_is | a bare number after `who is` / `joka on` / `som är`, then punctuation, `and`, or an age word | `Dawn, who is 34,` | 1–110 |
| self_age | a bare number after a first-person copula (`olen`, `oon`, `jag är`, `I'm`, `I am`) or spoken Finnish `se on` (she is), an optional adverb, then punctuation, `and` or an age word closing the clause | `Olen nyt 63 ja tuntuu …`, `se on 22 ja siivoo …` (not `se on 22 euroa`, `I am 30 minutes late`) | 14–99 |
| turns_age | a number after a verb of turning an age (`täytän`, `täyttää`, `fyller`, `turns`, `turned` …), then a clause end, a conjunction, an age word or a time word (`ensi`, `next`, `nästa`, a month) | `Täytän 30 helmikuun 2. päivä`, `hän täyttää 50 ensi kuussa`, `she turns 41 in May`, `hon fyller 60 i juni` (not `täytän 20 lomaketta`, `turn 90 degrees`) | 14–99 |
| children_ages | two to four children's ages after a children noun (`lapset`, `barnen`, `kids` …), joined by `ja`/`och`/`and`/commas and closed by an age unit, in brackets too: each number (the last with its unit) | `lapset 13 ja 6 v`, `lapset (4 ja 7 v)`, `barnen 3 och 5 år` (not `lapset 2 ja 3 kertaa`) | 0–25 |
| initials_age | an age in brackets after initials | `A-M (41):`, `T.K. (52)` | 14–99 |
| day_month_cue | `d.m` without the final dot (or `d/m`) after a scheduling word (`rebooked`, `siirretty`, `siirtämään`, `ehdotin`, `uusi aika`, `pvm`, `t.o.m.`, Swedish `den`) or a weekday (`ma 12.10`, `Thu 3/11`), or `d.m` or `d/m` before a time (`12.10 klo 9`, `17/12 kl 10`, `17/12 9:40`); never a time (`klo 12.10`, `12.10–13.00`), a score (`kipu 8/10`) or a share (`den 2.5 procent`) | `rebooked 12.10` | day 1–31, month 1–12 |
| month_lower | an English month in lower case with its day, short forms in English texts (`may`, `march` only with an ordinal or `of`, or a day after a word that asks for a date: `due 5 may`, `from 3 march`, or before a clause's end or a time: `17 march at nine`, `seen 4 may, then`; not `3 may options`) | `july 3`, `3rd of july`, `sept 12` | day 1–31 |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy import per_text
from coachdesk.privacy.cue_scan import word_start_keywords
from coachdesk.privacy.patterns import age_range
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.run_scan import digit_finditer, finditer_at, number_starts
from coachdesk.privacy.spans import PRIO_AGE_DATE, PRIO_NAME, Cand

RULES = {
    r.id: r
    for r in (
        Rule("table_age", "a number in the age column of a table (ikä / ålder / age)"),
        Rule("name_column", "capitalised words in a name column of a table with an age column"),
        Rule("who_is", "a bare number after who is / joka on / som är"),
        Rule("self_age", "a bare number after `olen` / `I'm` / `jag är` / spoken `se on`, closing the clause"),
        Rule("turns_age", "a number after täytän / täyttää / fyller / turns, before a clause end, a conjunction or a time"),
        Rule("children_ages", "children's ages after lapset / barnen / kids, joined by ja / och / and, closed by a unit"),
        Rule("initials_age", "an age in brackets after initials"),
        Rule("day_month_cue", "d.m without its final dot next to a date word or weekday, or before a time"),
        Rule("month_lower", "an English month in lower case with its day"),
    )
}
BOUNDS = {"table_age": (0, 110), "who_is": (1, 110), "self_age": (14, 99), "turns_age": (14, 99), "children_ages": (0, 25), "initials_age": (14, 99), "day_month_cue": (1, 31), "month_lower": (1, 31)}

# -- table_age, name_column --
_OPT_UNIT = r"(?:\s*\((?:v|vuotta|år|y|years)\)|\s*/\s*v|\s+v)?"
_AGE_HEADER = re.compile(rf"(?i)(?:ikä|ika|ålder|alder|age|vuotta|years){_OPT_UNIT}")
_AGE_WORDS = ("ikä", "ika", "ålder", "alder", "age", "vuotta", "years")
_NAME_HEADERS = frozenset(
    (*"nimi etunimi sukunimi asiakas henkilö namn förnamn efternamn klient person name client participant".split(),
     "first name", "last name", "full name")
)
_NAME_CELL = re.compile(r"[ \t]*([A-ZÅÄÖ][\w'’-]+(?:[ \t]+[A-ZÅÄÖ][\w'’.-]*){0,2})[ \t]*")
_DELIMS = ("|", "\t", ";", ",")
_MAX_HEADER_CELL = 30
_AGE_CELL = re.compile(r"\s*\"?(\d{1,3})[ \t]*(?:v|v\.|vuotta|vuotta\.|år|år\.|y|y\.|yrs)?\"?\s*")

# -- who_is: the relative pronoun and copula, an optional adverb, the number, then the end of the clause --
_WHO_IS = re.compile(  # (?<![\w])(?i:who …|som …|joka …): the regex engine skips to w, s and j (cue_scan)
    word_start_keywords(r"who(?:'s|\s+is|\s+was|\s+turned|\s+turns)|som\s+(?:är|var|fyllde|fyller)|joka\s+(?:on|oli|täytti|täyttää)")
    + r"(?i:\s+(?:now\s+|just\s+|only\s+|nyt\s+|juuri\s+|nu\s+)?(\d{1,3})"
    r"(?=[ \t]*(?:[,.;:)]|$|\s(?:and|ja|och|but|mutta|men|years?|år|vuotta|vuotias)\b)|\s*$))"
)
_SELF_AGE = re.compile(  # "Olen nyt 63 ja …", "I'm 41, and", "jag är 38.", "se on 22 ja siivoo" (spoken: she is)
    word_start_keywords(r"olen|oon|jag\s+är|i'm|i\s+am|se\s+on")
    + r"(?i:\s+(?:now\s+|just\s+|only\s+|nyt\s+|jo\s+|vasta\s+|nu\s+|redan\s+|bara\s+)?(\d{2})"
    r"(?=[ \t]*(?:[,.;)]|$|\s(?:and|ja|och|but|mutta|men|years?|år|vuotta|v)\b)|\s*$))"
)
_TURNS_AGE = re.compile(  # "Täytän 30 helmikuun 2. päivä", "hän täyttää 50 ensi kuussa", "she turns 41 in May"
    word_start_keywords(r"täytän|täytin|täyttää|täytti|täyttänyt|täyttäny|fyller|fyllde|fyllt|turns?|turned|turning")
    + r"(?i:\s+(\d{2})(?=[ \t]*(?:[,.;)!?]|$|\s(?:and|ja|och|but|mutta|men|years?|år|vuotta|v|ensi|next|this|"
    r"nästa|i|in|on|tänä|den|(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu|jan|feb|mar|"
    r"apr|may|jun|jul|aug|sep|oct|nov|dec|maj|okt)\w*)\b)|\s*$))"
)
_CHILDREN_AGES = re.compile(  # "lapset 13 ja 6 v", "lapset (4 ja 7 v)", "barnen 3 och 5 år", "kids 4 and 7 yrs"
    word_start_keywords(r"lapset|lapsilla|lapsia|barnen|barn|kids|children|pojat|tytöt|döttrar|söner")
    + r"[ \t]*\(?[ \t]*(\d{1,2}(?:[ \t]*(?:,|ja|och|and|&)[ \t]*\d{1,2}){1,3})[ \t]?"
    r"(v\.?|vuotta|vuotiaat|år|years?|yrs|y)(?![\w])"
)
_SE_ON_GOES_ON = re.compile(r"(?:,|[ \t]+ja)[ \t]+[^\W\d_]")
_INITIALS_AGE = re.compile(
    r"[A-ZÅÄÖ](?<![\w.-][A-ZÅÄÖ])(?:(?:[-.][A-ZÅÄÖ]){1,2}\.?|\.)\s?\((\d{2})(?:\s?(?:v|år|y|yo)\.?)?\)"
)

# -- day_month_cue: a date word or weekday before it (English `on` only in English), or a time after it --
_DAY_MONTH = re.compile(r"(\d(?<![\w.,:/]\d)\d?)([./])(\d{1,2})(?![\d]|[.,:/]\d|\.(?!\d))")
_DATE_CUE_BEFORE = re.compile(
    r"(?i)(?:\b(?:rebooked|booked|re-booked|moved|postponed|rescheduled|scheduled|on|date|dated|due|until|"
    r"siirretty|siirrettiin|siirtyi|siirtyy|siirsimme|siirsin|siirtämään|siirtää|siirretään|ehdotin|ehdotti|"
    r"ehdotettiin|proposed|suggested|föreslog|päivämäärä|pvm|päivälle|päiväksi|saakka|asti|"
    r"mennessä|varattu|datum|flyttad|flyttat|flyttas|bokad|bokat|från|till|till den|fram till|den)(?:\s+(?:to|for|on|till|på|on the|to the|päivälle))?"
    r"|(?<![\w.])(?:t\.\s?o\.\s?m|fr\.\s?o\.\s?m)\."  # Swedish "till och med", "från och med"
    r"|\buusi\s+aika|\bnew\s+date|\bnext\s+(?:meeting|session|appointment)(?:\s+(?:is|on))?|\bnästa\s+träff(?:\s+är)?"
    # a weekday before the day (ma 12.10, Mon 12.10, tisdag 3.11); never "to" (English "to 12.10" ends a time)
    r"|\b(?:ma|ti|ke|pe|la|su|maanantai\w*|tiistai\w*|keskiviikko\w*|torstai\w*|perjantai\w*|lauantai\w*|"
    r"sunnuntai\w*|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|mån|tis|ons|tors|fre|lör|sön|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)\.?)"
    r"[\s:,]*$"
)
_TIME_BEFORE = re.compile(r"(?i)(?:\bklo|\bkello|\bkl\.?|\bat|\bfrom|\btime|@)\s*$")
_TIME_AFTER = re.compile(r"(?i)^\s*(?:(?:klo|kello|kl\.?|at)\s*\d|(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d|[.,:/]\d))")  # "… 9:40" too
_RANGE_AFTER = re.compile(r"^\s?[–-]\s?\d")
_UNIT_AFTER = re.compile(r"(?i)^\s?(?:h\b|tun|min|km|kg|%|€|e\b|eur|vuo|hour|timm|dagar|days?\b|weeks?\b|viik|kk\b|pro[cs]ent|percent)")
# a rating before it: "kipu 8/10", "VAS 7/10", "mood 3/5" is a score, whatever follows
_SCORE_BEFORE = re.compile(r"(?i)\b(?:kipu\w*|kivu\w*|särky\w*|pain|smärt\w*|vas|nrs|mieliala\w*|mood|humör|uni|unen|sleep|sömn|"
                           r"jaksami\w*|energ\w*|ahdist\w*|anxiety|ångest|stress\w*|score|pisteet|pistettä|poäng|arvio\w*|rating)"
                           r"[\s:=]*$")

# -- month_lower: full English months in any text, short forms (jan, sept) in English texts --
_EN_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
_SHORT_MONTHS = r"jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec"
_MONTH_WORDS = tuple(_EN_MONTHS.split("|"))
_EN_TRIGGERS = (*_SHORT_MONTHS.split("|"), "may", "march")  # every month of an English text contains one
_MONTH_LOWER = re.compile(
    rf"(?<![\w])(?:(\d{{1,2}})(st|nd|rd|th)?(\s+of)?\s+({_EN_MONTHS}|{_SHORT_MONTHS})"
    rf"|({_EN_MONTHS}|{_SHORT_MONTHS})\s+(\d{{1,2}})(st|nd|rd|th)?(?![\w]|[.,:]\d))(?![\w])"
)


_MONTH_CUE_BEFORE = re.compile(r"(?i)\b(?:due|on|from|until|till|by|since|before|after|starts?|ends?)[ \t]+$")  # "due 5 may"
# "17 march at nine", "seen 4 may, then": a clause that ends after the day and month, or a time or place after them
_MONTH_END_AFTER = re.compile(r"[ \t]*(?:[,;.!?)]|$|\n|(?:at|in|kl|klo)\b)")


def _age(start: int, end: int, n: int, rule: str) -> Cand:
    c = Cand(start, end, "AGE", "age", f"age ({rule})", PRIO_AGE_DATE)
    c.replacement = age_range(n)
    return c


def _date(start: int, end: int, rule: str) -> Cand:
    return Cand(start, end, "DATE", "date", f"date ({rule})", PRIO_AGE_DATE)


def split_cells(line: str, delim: str) -> list[tuple[int, int]]:
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


def _header(line: str) -> tuple[str, list[int], list[int]] | None:
    """The separator, the age columns and the name columns of a table header line, or None."""
    for delim in _DELIMS:
        if delim not in line:
            continue
        heads = [line[a:b].strip().strip("*\"").strip().rstrip(":") for a, b in split_cells(line, delim)]  # "Ikä"
        if len(heads) < (3 if delim == "," else 2) or any(len(h) > _MAX_HEADER_CELL for h in heads):
            continue  # prose with a comma ("Age, gender and town were asked.") is no header
        ages = [k for k, h in enumerate(heads) if _AGE_HEADER.fullmatch(h)]
        if ages:
            return delim, ages, [k for k, h in enumerate(heads) if h.lower() in _NAME_HEADERS]
    return None


def _table(text: str) -> Iterator[Cand]:
    """Rules table_age and name_column: one pass over the lines."""
    low_b, high_b = BOUNDS["table_age"]
    head: tuple[str, list[int], list[int]] | None = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if head is not None and head[0] in line:
            delim, ages, names = head
            cells = split_cells(line, delim)
            for k in ages:
                m = _AGE_CELL.fullmatch(line, *cells[k]) if k < len(cells) else None
                if m and low_b <= int(m.group(1)) <= high_b:
                    yield _age(start + m.start(1), start + m.end(1), int(m.group(1)), "table_age")
            for k in names:  # a table with an age column is a list of people
                m = _NAME_CELL.fullmatch(line, *cells[k]) if k < len(cells) else None
                if m:
                    yield Cand(start + m.start(1), start + m.end(1), "PERSON", "person",
                               "name in a name column (name_column)", PRIO_NAME, key=(m.group(1).lower(), ""))
            continue
        head = _header(line)


def _day_month(text: str, lang: str) -> Iterator[Cand]:
    """Rule day_month_cue."""
    lo, hi = BOUNDS["day_month_cue"]
    for m in digit_finditer(_DAY_MONTH, text):
        d, mo = int(m.group(1)), int(m.group(3))
        if not (lo <= d <= hi and 1 <= mo <= 12):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 12]
        if _TIME_BEFORE.search(before) or _RANGE_AFTER.match(after) or _UNIT_AFTER.match(after) or _SCORE_BEFORE.search(before):
            continue  # "klo 12.10", "12.10–13.00": a time; "ehdotin 1.5 tunnin …": a measure
        cue = _DATE_CUE_BEFORE.search(before)
        if cue and cue.group(0).lower().split()[0] == "on" and lang != "en":
            cue = None  # Finnish "on" is "is": "Kokous on 12.10" says nothing of a date
        if cue and cue.group(0).lower().split()[0] == "den" and lang != "sv":
            cue = None  # Swedish "den 1.4" (the first of April); "den" is no date word in English or Finnish
        if cue or _TIME_AFTER.match(after):  # "12.10 klo 9", "17/12 kl 10": a day before a time
            yield _date(m.start(), m.end(), "day_month_cue")


def _months(text: str, lang: str) -> Iterator[Cand]:
    """Rule month_lower."""
    lo, hi = BOUNDS["month_lower"]
    en = lang == "en"
    if not any(w in text for w in (_EN_TRIGGERS if en else _MONTH_WORDS)):
        return
    for m in finditer_at(_MONTH_LOWER, text, number_starts(text)):  # at a number or the word before one
        month = m.group(4) or m.group(5)
        if not lo <= int(m.group(1) or m.group(6)) <= hi or (not en and month not in _MONTH_WORDS):
            continue
        if month in ("may", "march") and not (m.group(2) or m.group(3) or m.group(7) or (
                m.group(1) and (_MONTH_CUE_BEFORE.search(text, max(0, m.start() - 8), m.start())
                                or _MONTH_END_AFTER.match(text, m.end())))):
            continue  # "may 3", "we march 2 miles", "3 may options": no dates; "3rd of may", "may 3rd", "due 5 may",
            # "17 march at nine" are
        yield _date(m.start(), m.end(), "month_lower")


def _all(text: str, lang: str) -> Iterator[Cand]:
    low = per_text.once(str.lower, text)  # cheap substring tests first: most notes have none of these shapes
    if "\n" in text and any(h in low for h in _AGE_WORDS):
        yield from _table(text)
    if "who" in low or "joka" in low or "som " in low:
        lo, hi = BOUNDS["who_is"]
        for m in _WHO_IS.finditer(text):
            if lo <= int(m.group(1)) <= hi:
                yield _age(m.start(1), m.end(1), int(m.group(1)), "who_is")
    if any(w in low for w in ("lap", "barn", "kids", "children", "pojat", "tytöt", "döttrar", "söner")):
        lo, hi = BOUNDS["children_ages"]
        for m in _CHILDREN_AGES.finditer(text):
            nums = list(re.finditer(r"\d{1,2}", m.group(1)))
            if all(lo <= int(x.group()) <= hi for x in nums):
                base = m.start(1)
                for x in nums[:-1]:
                    yield _age(base + x.start(), base + x.end(), int(x.group()), "children_ages")
                last = nums[-1]
                age = _age(base + last.start(), m.end(), int(last.group()), "children_ages")
                age.replacement = age_range(int(last.group())) + text[base + last.end() : m.end()]
                yield age
    if any(w in low for w in ("olen", "oon", "är", "i'm", "i am", "se on")):
        lo, hi = BOUNDS["self_age"]
        for m in _SELF_AGE.finditer(text):
            if m.group(0)[:2].lower() == "se" and not _SE_ON_GOES_ON.match(text, m.end(1)):
                continue  # "hinta? se on 22.": `se` is a thing as often; a person's clause goes on (`, `, `ja`)
            if lo <= int(m.group(1)) <= hi:
                yield _age(m.start(1), m.end(1), int(m.group(1)), "self_age")
    if any(w in low for w in ("täyt", "fyll", "turn")):
        lo, hi = BOUNDS["turns_age"]
        for m in _TURNS_AGE.finditer(text):
            if lo <= int(m.group(1)) <= hi:
                yield _age(m.start(1), m.end(1), int(m.group(1)), "turns_age")
    if "(" in text:
        lo, hi = BOUNDS["initials_age"]
        for m in _INITIALS_AGE.finditer(text):
            if lo <= int(m.group(1)) <= hi:
                yield _age(m.start(1), m.end(1), int(m.group(1)), "initials_age")
    if "." in text or "/" in text:
        yield from _day_month(text, lang)
    yield from _months(text, lang)


def find(text: str, lang: str) -> list[Cand]:
    """AGE, DATE and PERSON candidates of the rules in :data:`RULES` (one per span and label)."""
    seen: set[tuple[int, int, str]] = set()
    out = []
    for c in _all(text, lang):
        if (c.start, c.end, c.label) not in seen:
            seen.add((c.start, c.end, c.label))
            out.append(c)
    return out
