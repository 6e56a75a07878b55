"""Direct identifiers written in a hurry: a bare day.month after a call word, a lower-case plate after a
vehicle word, a relative's age after the given name, a chat speaker after a time stamp.

Runs with the digit patterns (``scrubber._scrub``) and only adds candidates. Every rule is one row of
:data:`RULES`; cue words are in the ``DIRECT_*`` sections of the cue files. Every rule reads a bounded
window around a match found at a fast cue (a digit, a hyphen before a digit, a kin word, a line start), so
the pass is linear in the text (invented examples).

| id | shape | example | never |
|---|---|---|---|
| day_month_call | `d.m` (day 1–31, month 1–12) after a call or meeting word among the three words before it, or closing a hurried line; `d/m` after such a word only (`nästa möte 23/3`, `sick leave until 15/3`; not a count: `Tapaaminen 5/8`, `Session 4/10`) | `soitan uudestaan 17.2`, `cb 3.10`, `nytt samtal 4.11` | a time (`klo 3.10`; `9.10`, `13.05`: an hour of the working day on a five-minute mark), an amount or measure (`3.10 €`, `4.11 km`), a section or version (`luku 4.11`, `§ 2.1`, `v. 2.5`), a score after an acronym, part of a longer number |
| plate_vehicle | a plate shape in any letter case (2–3 letters, hyphen, 1–3 digits) with a vehicle word among the three words before it or the two after; capitals and digits with a space after a vehicle word (`auto ABC 123`, the Swedish `bil (MXK 47B)`), digits first too (`Ajoneuvo: 482 BKT`, an Estonian plate; not `auto maksoi 482 EUR`); `reg abc 123` with a space after `reg` | `auto xkt-391 takavarikossa`, `bilen rbn-27` | a scale or service acronym (`ADHD-1`), no vehicle word (`covid-19`, `sote-2`) |
| kin_name_age | a kin word, a capitalised given name, an age (with `v`, `år`, `y` …) closing the list item; further items after `ja`, `och`, `and`, a comma | `lapsi Aino 3 v`, `barn: Elis 5 år`, `son Leo, 7` | a common noun in the name's place (`lapsi Ryhmä 3`), a number going on (`poika Leo 2020 syntynyt`) |
| chat_time_speaker_lower | a thread typed in lower case (two bracketed time headers or more): a listed given name, even one that is a word, or a word in no list that speaks twice; any word with an initial after it (`will t:`, `henna.k:` as a chat shows a user name) | `[11.20] kaisla: …`, `[14:22] will t: …`, `[09:12] X.k: …` | `[9.30] huom: …`, `[9.45] kela: …` (no given name, said once) |
| chat_time_speaker | the speaker of a chat line header: a time stamp (bracketed or not, a date before it allowed), one or two capitalised names (hyphenated too), a colon | `[14:33] Anna-Kaisa: …`, `09:12 Mai-Lis: …` | bot, system and role labels (`System`, `Teams`, `Bot`, `Admin`, `Coach`), a single frequent or compound word that is no given name (`Keskustelu:`, `Tiimipalaveri:`) |
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterator

from coachdesk.privacy import cue_words, per_text
from coachdesk.privacy.cue_scan import finditer_near, keyword_finditer, keyword_prefixes, word_start_keywords
from coachdesk.privacy.hurried_style import hurried_lines
from coachdesk.privacy.lexicon import COMMON, FIRST, KEEP, Lexicon
from coachdesk.privacy.name_words import fi_common_word
from coachdesk.privacy.patterns import age_range
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.run_scan import digit_finditer
from coachdesk.privacy.spans import PRIO_AGE_DATE, PRIO_NAME, PRIO_PATTERN, Cand

RULES = {
    r.id: r
    for r in (
        Rule("day_month_call", "a bare d.m after a call or meeting word, or closing a hurried line"),
        Rule("plate_vehicle", "a plate shape in any letter case after a vehicle word"),
        Rule("kin_name_age", "a kin word, a given name and an age closing the list item"),
        Rule("chat_time_speaker", "the speaker of a chat line header after a time stamp"),
        Rule("chat_time_speaker_lower", "a lower-case speaker after a bracketed time stamp in a thread of two or more: "
             "a listed given name, or a repeated word in no list"),
    )
}

_DATE_CUES = cue_words.words("DIRECT_DATE_CUES")
_NOT_DATE_BEFORE = cue_words.words("DIRECT_NOT_DATE_BEFORE")
_CUE_STEMS = tuple(sorted(w for w in _DATE_CUES if len(w) >= 5))  # "soittoaika", "samtalstid", "callback"
_VEHICLES = cue_words.words("DIRECT_VEHICLE_WORDS")
_KIN = cue_words.words("DIRECT_KIN_AGE")
_NOT_SPEAKERS = cue_words.words("DIRECT_NOT_SPEAKERS")
_SCALE_ACRONYMS = frozenset(w.upper() for w in cue_words.words("SCALE_ACRONYMS"))

_WORD = re.compile(r"[\w§@€$£%&-]+(?:\.(?=\s))?")

# -- day_month_call --
_BARE_DM = re.compile(r"(\d(?<![\w.,:/§+-]\d)\d?)\.(\d{1,2})(?![\w]|[.,:/]\d|-\d)")
_SERIES_NOUNS = frozenset(("tapaaminen", "tapaamiskerta", "käynti", "kerta", "sessio", "session", "meeting", "visit",
                           "appointment", "möte", "träff", "besök", "samtal", "gång", "vk", "viikko", "week", "vecka"))
_NEXT_WORDS = frozenset(("seuraava", "seur", "ens", "uusi", "next", "new", "nästa", "nytt", "ny"))
_SLASH_DM = re.compile(r"(\d(?<![\w.,:/§+-]\d)\d?)/(\d{1,2})(?![\w/]|[.,:]\d|-\d)")  # "möte 23/3": after a cue only
_TIME_BEFORE = re.compile(r"(?i)(?:\bklo|\bkello|\bkl|\bat|@|\bfrom|\bto|\bkl\.|\bfrån|\btill|\bklockan)[ \t]*\.?[ \t]*$")
_UNIT_AFTER = re.compile(
    r"(?i)[ \t]*(?:[€$£%]|[-–—]\s*\d|(?:e|eur|euro|euroa|kr|sek|km|m|cm|mm|kg|g|mg|l|dl|ml|h|min|t|tuntia|timmar|"
    r"hours?|hrs?|v|vuotta|år|y|years?|kk|mån|months?|p|pts?|pistettä|poäng|points?|x|kpl|st|pcs|milj|mrd|k)\b)"
)
_TIME_MINUTES = ("05", "10")  # H.MM of a call on a five-minute mark, which a day.month may also read
_DAY_HOURS = (6, 21)
_CLOSES = re.compile(r"[ \t]*(?:$|\n|[,;!?)]|\.(?!\d)|[-–—>→][ \t])")

# -- plate_vehicle --
_PLATE_ANY = re.compile(r"([A-Za-zÅÄÖåäö](?<![\w-][A-Za-zÅÄÖåäö])[A-Za-zÅÄÖåäö]{1,2})-(\d{1,3})(?![\w-]|[.,]\d)")
_HYPHEN_DIGIT = re.compile(r"-\d")
_CAPS_SPACE_PLATE = re.compile(r"([A-ZÅÄÖ](?<![\w-][A-ZÅÄÖ])[A-ZÅÄÖ]{1,2}) (\d{1,3}|\d\d[A-Z])(?![\w-]|[.,:]\d)")  # MXK 47B: Swedish
_SPACE_DIGIT = re.compile(r"[A-ZÅÄÖ] \d")
_DIGITS_CAPS_PLATE = re.compile(r"(?<![\w.,:/-])\d{3} [A-Z]{3}(?![\w-])")  # an Estonian plate: "482 BKT"
_DIGIT_SPACE_CAP = re.compile(r"\d [A-Z]")
_CURRENCIES = frozenset(("EUR", "USD", "SEK", "NOK", "DKK", "GBP", "RUB", "CHF", "PLN", "UAH", "JPY", "CNY", "ISK"))
_REG_SPACE = re.compile(
    word_start_keywords(r"reg|rek|regno|rekno") + r"\.?(?:[ \t]*(?:no|nro|nr)\.?)?[ \t:]{1,3}"
    r"([A-Za-zÅÄÖåäö]{2,3}[ \t]\d{1,3})(?![\w-]|[.,]\d)"
)

# -- kin_name_age --
_KIN_ALTS = "|".join(sorted(_KIN, key=lambda w: (-len(w), w)))
_KIN_PREFIXES = keyword_prefixes(_KIN_ALTS)
_KIN_RX = re.compile(
    word_start_keywords(_KIN_ALTS)
    + r"(?![\w-])[ \t]*(?:\(?\d\)?[ \t]*)?:?[ \t]*"  # "lapset (2): Aino 3 v"
)
_NAME = r"[A-ZÅÄÖÉ][a-zåäöéüß]+(?:-[A-ZÅÄÖÉ][a-zåäöéüß]+)?"
_ITEM = re.compile(
    rf"({_NAME})(?:[ \t]+[A-ZÅÄÖ][a-zåäöéüß]+)?(?:[ \t]*\([ \t]*|,?[ \t]+)"
    r"(\d{1,2})((?:[ \t]?(?:v|v\.|vuotta|vuotias|vuotiaana|år|års|åring|y|y\.|yrs|years(?:[ \t]+old)?|yo|y/o|vee|kk|mån|months?))?)"
    r"(?=[ \t]*(?:\)|$|\n|[,;/]|\.(?!\d)|[ \t](?:ja|och|and|sekä|samt|&)\b))\)?"
)
_ITEM_JOIN = re.compile(r"[ \t]*(?:[,;/]|ja|och|and|sekä|samt|&)?[ \t]*(?:(?:ja|och|and|&)[ \t]+)?")
_MONTH_UNITS = ("kk", "mån", "month", "months")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_BULLET = re.compile(r"[ \t]*(?:[-•*–][ \t]*|\d{1,2}[.)][ \t]*)?")

# -- chat_time_speaker --
_SPEAKER_NAME = (
    r"[A-ZÅÄÖÉ][a-zåäöéüß]+(?:-[A-ZÅÄÖÉ]?[a-zåäöéüß]+)*"
    r"(?:[ \t][A-ZÅÄÖÉ][a-zåäöéüß]+(?:-[A-ZÅÄÖÉ][a-zåäöéüß]+)?|[ \t][A-ZÅÄÖ]\.?)?"
)
_TIME_HEADER = re.compile(
    r"(?m)^[ \t]*(?:[-•*][ \t]*)?(?:\[[^\]\n]{0,24}?\d{1,2}[:.]\d{2}(?::\d{2})?[^\]\n]{0,6}\]"
    r"|(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?[ \t])?\d{1,2}[:.]\d{2}(?::\d{2})?)"
    rf"[ \t]*(?:[-–][ \t]*)?({_SPEAKER_NAME}):(?=[ \t]|$)"
)


# -- chat_time_speaker_lower --
_LOWER_HEADER = re.compile(
    r"(?m)^[ \t]*\[[^\]\n]{0,24}?\d{1,2}[:.]\d{2}(?::\d{2})?[^\]\n]{0,6}\][ \t]*(?:[-–][ \t]*)?"
    r"([a-zåäöé][a-zåäöéü]+(?:-[a-zåäöé]+)?(?:[ .][a-zåäö]\.?)?):(?=[ \t]|$)"
)


def _words_before(text: str, start: int, n: int) -> list[str]:
    """The last ``n`` words of the line before ``start``, lower case, nearest last."""
    line_start = text.rfind("\n", max(0, start - 60), start) + 1
    window = text[max(line_start, start - 60) : start]
    return [w.lower().rstrip(".") for w in _WORD.findall(window)][-n:]


def _day_month(text: str) -> Iterator[Cand]:
    """Rule day_month_call."""
    hurried: list[tuple[int, int]] | None = None
    slashes = digit_finditer(_SLASH_DM, text) if "/" in text else ()
    for m in heapq.merge(digit_finditer(_BARE_DM, text), slashes, key=lambda m: m.start()):
        d, mo = int(m.group(1)), int(m.group(2))
        slash = text[m.end(1)] == "/"
        if not (1 <= d <= 31 and 1 <= mo <= 12) or (slash and m.group(0) == "24/7"):
            continue  # "24/7": round the clock
        if m.group(2) in _TIME_MINUTES and _DAY_HOURS[0] <= d <= _DAY_HOURS[1]:
            continue  # "soitto asiakkaalle 9.10", "13.05": a time of the working day on a five-minute mark
        before = text[max(0, m.start() - 16) : m.start()]
        if _TIME_BEFORE.search(before) or _UNIT_AFTER.match(text, m.end()):
            continue  # "klo 3.10", "3.10 €", "4.11 km", "3.10-4.10"
        prev = _words_before(text, m.start(), 3)
        if prev and (prev[-1] in _NOT_DATE_BEFORE or prev[-1] in ("§", "nr", "no", "nro")):
            continue  # "luku 4.11", "kohta 3.2", "v. 2.5"
        raw_prev = before.split()[-1] if before.split() else ""
        if (raw_prev.isupper() and len(raw_prev) >= 2) or any(ch.isdigit() for ch in raw_prev):
            continue  # "GAF 4.5", "PHQ-9 2.1": a score
        if slash and prev and prev[-1] in _SERIES_NOUNS and not any(w in _NEXT_WORDS for w in prev):
            continue  # "Tapaaminen 5/8", "Session 4/10": the fifth of eight (but "nästa möte 23/3")
        if any(w in _DATE_CUES or (len(w) > 5 and w.startswith(_CUE_STEMS)) for w in prev):
            yield Cand(m.start(), m.end(), "DATE", "date", "date (day_month_call)", PRIO_AGE_DATE)
            continue
        if slash or not _CLOSES.match(text, m.end()) or (len(m.group(1)) == 1 and len(m.group(2)) == 1):
            continue  # closing a hurried line without a call word: never "nukkuu 6.5", "1.5" (a decimal more likely)
        if hurried is None:
            hurried = hurried_lines(text)
        if any(a <= m.start() < b for a, b in hurried):
            yield Cand(m.start(), m.end(), "DATE", "date", "date closing a hurried line (day_month_call)", PRIO_AGE_DATE)


def _vehicle_after(text: str, end: int) -> bool:
    """A vehicle word among the two words after ``end`` on its line ("xkt-391 (auto)", "abc-12:n pakettiauto")."""
    nl = text.find("\n", end, end + 40)
    window = text[end : nl if nl >= 0 else end + 40]
    return any(w.lower().rstrip(".") in _VEHICLES for w in _WORD.findall(window)[:2])


def _plates(text: str) -> Iterator[Cand]:
    """Rule plate_vehicle."""
    for m in finditer_near(_PLATE_ANY, _HYPHEN_DIGIT, text, 3):
        letters = m.group(1)
        if letters.isupper() or letters.upper() in _SCALE_ACRONYMS:
            continue  # upper case: the plate pattern has it; "ADHD-1"-like acronyms never
        if any(w in _VEHICLES for w in _words_before(text, m.start(), 3)) or _vehicle_after(text, m.end()):
            yield Cand(m.start(), m.end(), "ID", "plate", "car registration plate after a vehicle word (plate_vehicle)",
                       PRIO_PATTERN + 5)
    for m in finditer_near(_CAPS_SPACE_PLATE, _SPACE_DIGIT, text, 4):
        if m.group(1) not in _SCALE_ACRONYMS and any(w in _VEHICLES for w in _words_before(text, m.start(), 3)):
            yield Cand(m.start(), m.end(), "ID", "plate", "car registration plate after a vehicle word (plate_vehicle)",
                       PRIO_PATTERN + 5)  # "auto ABC 123"
    for m in finditer_near(_DIGITS_CAPS_PLATE, _DIGIT_SPACE_CAP, text, 3):
        if m.group(0)[-3:] in _CURRENCIES:
            continue  # "auto maksoi 482 EUR"
        if any(w in _VEHICLES for w in _words_before(text, m.start(), 3)) or _vehicle_after(text, m.end()):
            yield Cand(m.start(), m.end(), "ID", "plate", "car registration plate after a vehicle word (plate_vehicle)",
                       PRIO_PATTERN + 5)  # "Ajoneuvo: 482 BKT"
    low = per_text.once(str.lower, text)
    if "reg" in low or "rek" in low:
        for m in _REG_SPACE.finditer(text):
            letters = m.group(1).split()[0]
            if letters.upper() in _SCALE_ACRONYMS or letters.lower() in ("on", "oli", "is", "was", "är", "var", "nro", "no"):
                continue
            yield Cand(m.start(1), m.end(1), "ID", "plate", "car registration plate after reg (plate_vehicle)",
                       PRIO_PATTERN + 5)


def _kin_age(text: str, m: re.Match[str], lex: Lexicon) -> Cand | None:
    """The age of one item ``Name N v`` (None when the name is a common noun: "lapsi Ryhmä 3")."""
    flags = lex.get(m.group(1).lower())
    if "-" not in m.group(1) and flags & (COMMON | KEEP) and not flags & FIRST:
        return None
    n, unit = int(m.group(2)), m.group(3).strip().lower()
    c = Cand(m.start(2), m.start(3) + len(m.group(3)), "AGE", "age", "age after a relative's name (kin_name_age)",
             PRIO_AGE_DATE)
    c.replacement = age_range(n // 12) if unit.startswith(_MONTH_UNITS) else age_range(n) + m.group(3)
    return c


def _kin_ages(text: str, lex: Lexicon) -> Iterator[Cand]:
    """Rule kin_name_age: items after the kin word on its line, or list items on the lines below a
    kin heading that ends its line ("Lapset:" then "- Aino 3 v")."""
    for k in keyword_finditer(_KIN_RX, text, _KIN_PREFIXES):
        pos = k.end()
        for _ in range(6):
            m = _ITEM.match(text, pos)
            if m is None or (c := _kin_age(text, m, lex)) is None:
                break
            yield c
            j = _ITEM_JOIN.match(text, m.end())
            pos = j.end() if j else m.end()
        if pos == k.end() and text[k.end() - 1 : k.end()] in (":", " ", "\t") and _LINE_END.match(text, k.end()):
            line = text.find("\n", k.end())
            for _ in range(8):  # the list items below the heading
                b = _BULLET.match(text, line + 1) if line >= 0 else None
                m = _ITEM.match(text, b.end()) if b else None
                if m is None or (c := _kin_age(text, m, lex)) is None:
                    break
                yield c
                line = text.find("\n", m.end())


def _speakers(text: str, lex: Lexicon) -> Iterator[Cand]:
    """Rule chat_time_speaker."""
    for m in _TIME_HEADER.finditer(text):
        label = m.group(1)
        first = label.split()[0]
        low = first.lower()
        if low in _NOT_SPEAKERS:
            continue
        if "-" not in first and " " not in label:
            flags = lex.get(low)
            if flags & KEEP or (not flags & FIRST and (flags & COMMON or low in lex.frequent or fi_common_word(low, lex))):
                continue  # "Huom:", "Kela:", "Note:", "Tiimipalaveri:": a word, no speaker
        yield Cand(m.start(1), m.end(1), "PERSON", "person", "chat speaker after a time stamp (chat_time_speaker)",
                   PRIO_NAME, key=(low, ""))


def _lower_speakers(text: str, lex: Lexicon) -> Iterator[Cand]:
    """Rule chat_time_speaker_lower: a thread typed in lower case, two bracketed time headers or more."""
    matches = list(_LOWER_HEADER.finditer(text))
    if len(matches) < 2:
        return
    repeated = Counter(m.group(1) for m in matches)
    for m in matches:
        label = m.group(1)
        low, _, initial = label.replace(".", " ", 1).partition(" ")
        flags = lex.lookup_all(low)
        if low in _NOT_SPEAKERS or flags & KEEP:
            continue  # "[9.30] huom:", "[9.45] kela:": a word
        if not initial and not (flags & FIRST or (repeated[label] >= 2 and not flags)):
            continue  # a speaker is a given name or repeats; with an initial (`grace o:`, `toivo m:`) any word is one
        yield Cand(m.start(1), m.end(1), "PERSON", "person", "chat speaker after a time stamp (chat_time_speaker_lower)",
                   PRIO_NAME, key=(label, ""))


def find(text: str, lex: Lexicon) -> list[Cand]:
    """DATE, ID, AGE and PERSON candidates of the rules in :data:`RULES`."""
    out: list[Cand] = []
    if "." in text or "/" in text:
        out.extend(_day_month(text))
    if "-" in text or " " in text:
        out.extend(_plates(text))
    out.extend(_kin_ages(text, lex))
    if ":" in text:
        out.extend(_speakers(text, lex))
        if "[" in text:
            out.extend(_lower_speakers(text, lex))
    return out
