"""Dictated ages after a filler or read digit by digit, dates from a spoken day number, digits in an e-mail's local part, and
Åland and diplomatic car plates.

:func:`dates`, :func:`digit_ages` and :func:`ages` run on the token windows of ``spoken._Reader`` (hooked into
``spoken.find_spoken``, like ``spoken_ids.py``); :func:`find` runs on the text and :func:`widen` widens the
e-mail candidates found so far (both hooked into ``scrubber._scrub``). Every look-around is a bounded
number of tokens or characters, so the work is linear in the text length. Every decision is one row of
:data:`RULES`; the rule id ends the reason, so ``coachdesk scrub --explain`` shows it. The cue words are
the ``AGE_FILLERS``, ``AGE_COPULA_SUBJECTS``, ``CLAUSE_JOINERS``, ``SPOKEN_STOP``, ``MONTH_COUNT_WORDS``,
``DATE_LEADS``, ``EMAIL_WORDS`` and ``DIPLOMAT_CUES`` sections of the cue files.

| id | shape (invented examples) | evidence |
|---|---|---|
| age_filler_copula | `hän on niinku neljäkytseittemän ja …`, `asiakas on nyt viiskytkaks.`, `so she's thirty-four full stop`, `hon är typ fyrtiotre och …` | a person subject (pronoun or client noun), a copula, at most two fillers (`niinku`, `öö`, `eli`, `nyt`, `typ`, `like` …), a number read out 14–99, then the clause ends (a stop said or written, a comma written or said (`comma`, `pilkku`, `komma`, not before a number), `ja`/`och`/`and`, `vuotta`/`år`/`years` closing it); never before a counted noun (`kaks kertaa`, `twenty minutes`) |
| date_spoken_day | `kakskytyks joulukuuta`, `yheksäntoista tammikuuta`, `kolkytyks maaliskuuta`, `kakskytkolmas toukokuuta`, sv `tjugoförste december` | a day said as a cardinal (fused or a ten and a unit apart) or a ten fused with a unit ordinal, then a month in the partitive (`-kuuta`; sv a month name); a small cardinal alone (`kolme joulukuuta`) only after a date word (`käynti on`, `alkaen`, a weekday) or before a year; not a count of months (`kolme joulukuuta sitten`, `joka kaks joulukuuta`), not a compound (`joulukuuta-…`) |
| date_cardinal_tens_ordinal | `kakskymmenes helmikuuta`, `kolmekymmenes huhtikuuta`, `kakskymmenesviides toukokuuta` | a day said colloquially as a cardinal ten (`kaks`, `kolme`) fused with the ordinal `kymmenes` (and a unit ordinal), then a month in the partitive; the same guards as ``date_spoken_day``; never without a month (`kakskymmenes kerta`) |
| email_local_digits | `warda kaks nolla nolla viis ät example piste fi`, `john two zero zero five at example dot com`, `anna ett nio snabel-a …` | a spoken e-mail found; digits read out right before it (up to eight number words) and the name word before them (not a function word or an e-mail word), a dot or underscore said between names; only when the local part found starts with a number word |
| email_initial | `email k ceesay at inbox dot example`, `sähköposti: m virtanen ät …`, `his email is jp mbuyi at …` | a spoken e-mail found whose local part opens with a name word; one or two letters right before it (no function word or copula: `sähköposti on matti …`), and an e-mail word (``EMAIL_WORDS``, perhaps with a copula) right before them: the letters are the local part's first (initials said apart) |
| age_digit_by_digit | `öö kaksseittemän vuotta vanha` (27), `kolme neljä vuotias` (34), `två fem år gammal`, `two seven years old` | two digit words read one by one (spaced, or fused in Finnish: `kaks|seittemän`), the first not zero, no third number word before them, right before an age word (`vuotias`, `vuotta vanha`, `år gammal`, `years old`; the finding ends at the years word, in sv and en at `gammal`/`old`); never before a bare `vuotta`/`år`/`years` (`kaks kolme vuotta sitten`) or a counted noun (`yks kaks kertaa`) |
| aland_plate | `ÅL 18 412`, `ÅL-3421`, `ÅLA 123` | `ÅL` in capitals (and a third capital), a dash or a space, one to five digits (a space may group them, `18 412`) |
| diplomatic_plate | `diplomaattikilpi CD 1234`, `embassy car C-123` | `CD` or `C`, a dash or a space, one to four digits, after a plate or diplomat word (at most 60 characters before) |
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from coachdesk.privacy import cue_scan, cue_words, patterns
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_AGE_DATE, Cand
from coachdesk.privacy.spoken_numbers import CARDINAL, COUNTED, DAY_ORDINALS, FI_MONTH_ORDINALS, MONTHS

if TYPE_CHECKING:
    from coachdesk.privacy.spoken import _Reader

RULES = {
    r.id: r
    for r in (
        Rule("age_filler_copula", "a subject, a copula, a filler and an age read out: hän on niinku neljäkytseittemän ja"),
        Rule("date_spoken_day", "a spoken cardinal or fused day and a month partitive: kakskytyks joulukuuta"),
        Rule("date_cardinal_tens_ordinal", "a cardinal ten fused with kymmenes and a month partitive: kakskymmenes helmikuuta"),
        Rule("email_local_digits", "digits read out and a name before a spoken e-mail: warda kaks nolla nolla viis ät"),
        Rule("email_initial", "an initial said between an e-mail word and a spoken e-mail: email k ceesay at …"),
        Rule("age_digit_by_digit", "an age read digit by digit before an age word: kaksseittemän vuotta vanha, kolme neljä vuotias"),
        Rule("aland_plate", "an Åland plate: ÅL and one to five digits, ÅL 18 412"),
        Rule("diplomatic_plate", "a diplomatic plate CD/C and digits after a plate or diplomat word"),
    )
}

_FILLERS = cue_words.words("AGE_FILLERS")
_SUBJECTS = cue_words.words("AGE_COPULA_SUBJECTS")
_JOINERS = cue_words.words("CLAUSE_JOINERS")
_STOPS = cue_words.words("SPOKEN_STOP")
_SAID_COMMAS = cue_words.words("SPOKEN_COMMA")  # "… twenty-seven comma personal identity code …"
_COPULAS = frozenset("on oli är e var is was".split())  # "han e fyrtitvå": a dialect copula
_YEARS = frozenset({"vuotta", "år", "years"})
_OLD = frozenset({"vanha", "vanhana", "old", "gammal"})
_CLAUSE_MARKS = ".,;:!?)"


def _tag(c: Cand, rule: str) -> Cand:
    c.reason = f"{c.reason} ({rule})"
    return c


# --- age_filler_copula -------------------------------------------------------------------------------


def said_number(r: _Reader, i: int) -> tuple[int, int, bool] | None:
    """The number said in words from token ``i``: its value, its last token, and whether a ten said apart
    from its unit was joined to it ("neljäkyt seittemän", "fyrtio tre": one number). None: no spoken number."""
    toks = r.toks
    n = r.number(i)
    if n is None or not n.spoken:
        return None
    value, last = n.value, n.last
    if r.lang != "en" and value in range(20, 100, 10) and last + 1 < len(toks) and r.gap(last) == " ":
        u = r.val[last + 1]
        if u is not None and 1 <= u <= 9 and not toks[last + 1].raw.isdigit():
            return value + u, last + 1, True
    return value, last, False


def ages(r: _Reader) -> Iterator[Cand]:
    """Rule age_filler_copula (run last in the reader: what the other rules took is skipped)."""
    toks = r.toks
    for i in r.num_at:
        if i < 2 or toks[i].raw.isdigit():
            continue
        said = said_number(r, i)
        if said is None:
            continue
        value, last, joined = said
        if not 14 <= value <= 99 or r.used[last] or (r.used[i] and not joined):
            continue  # (the ten alone taken, "viiskyt | kaheksan vuotta": the whole number is the age)
        k, fillers = i - 1, 0
        while k > 1 and fillers < 2 and toks[k].low in _FILLERS and not r.gap(k).strip(" ,"):
            k, fillers = k - 1, fillers + 1
        if not subject_copula(r, k) or r.gap(k).strip(" ,") or not _clause_ends(r, last, value):
            continue
        r.mark(i, last)
        c = Cand(*r.span(i, last), "AGE", "age", "age read out after a filler (spoken)", PRIO_AGE_DATE)
        c.replacement = patterns.age_range(value)
        yield _tag(c, "age_filler_copula")


def subject_copula(r: _Reader, k: int) -> bool:
    """Token k is a copula after a person subject ("hän on", "she is", "she's", "hon är")."""
    toks = r.toks
    if toks[k].low == "s" and toks[k - 1].low in ("he", "she") and r.gap(k - 1) in ("'", "’"):
        return True
    return toks[k].low in _COPULAS and toks[k - 1].low in _SUBJECTS and r.gap(k - 1).isspace()


def _clause_ends(r: _Reader, last: int, value: int) -> bool:
    """The clause ends after the number ``value`` at token ``last``: a stop (written or said), a comma (not
    before a close number: "twenty, thirty minutes" is a range), a joiner (ja, och, and), or a years word
    closing it ("vuotta.", "years old")."""
    if _ends_after(r, last, value):
        return True
    toks = r.toks
    if last + 1 < len(toks) and toks[last + 1].low in _YEARS and not r.gap(last).strip():
        # "… vuotta.", "… years old", never "vuotta ollut töissä"
        return _ends_after(r, last + 1, value) or (last + 2 < len(toks) and toks[last + 2].low in _OLD)
    return False


def _ends_after(r: _Reader, k: int, value: int) -> bool:
    """A clause ends right after token k: a stop or comma (not a comma before a number close to ``value``),
    the end of the text, a joiner, a spoken stop ("piste", "full stop") or a spoken comma ("pilkku", "komma",
    "comma") not before a number."""
    toks, text = r.toks, r.text
    if k + 1 >= len(toks):  # the window's end: what follows in the text decides
        rest = text[toks[k].end : toks[k].end + 3].strip()
        return not rest or rest[0] in _CLAUSE_MARKS
    gap, nxt = r.gap(k).strip(), toks[k + 1].low
    if gap:
        nxt_value = r.val[k + 1]
        return gap[0] in _CLAUSE_MARKS and not (gap[0] == "," and nxt_value is not None and abs(nxt_value - value) <= 15)
    if nxt in _JOINERS or nxt in _STOPS:
        return True
    if nxt in _SAID_COMMAS:  # a comma said, not a decimal comma before a number ("kolkytkaks pilkku viis")
        return k + 2 >= len(toks) or r.val[k + 2] is None
    return nxt == "full" and k + 2 < len(toks) and toks[k + 2].low == "stop"


# --- age_digit_by_digit ----------------------------------------------------------------------------

_AGE_OLD_AFTER = {"vuotta": frozenset({"vanha", "vanhana"}), "år": frozenset({"gammal", "gamla"}),
                  "years": frozenset({"old"}), "year": frozenset({"old"})}


def fused_digits(w: str, lang: str) -> int | None:
    """Two Finnish digit words fused ("kaksseittemän" 27, "viisnolla" 50): the number they read, or None
    (a real cardinal such as "kaksitoista" is no pair)."""
    if lang != "fi" or not 6 <= len(w) <= 22 or not w.isalpha():
        return None
    card = CARDINAL["fi"]
    for cut in range(3, min(len(w) - 2, 10)):
        a = card(w[:cut])
        if a is not None and 1 <= a <= 9:
            b = card(w[cut:])
            if b is not None and 0 <= b <= 9 and card(w) is None:
                return a * 10 + b
    return None


def _age_word_at(r: _Reader, j: int) -> bool:
    """Token j starts an age word: "vuotias" (any case), "vuotta vanha", "år gammal", "years old"."""
    toks = r.toks
    low = toks[j].low
    if low.startswith("vuotia"):
        return True
    olds = _AGE_OLD_AFTER.get(low)
    return olds is not None and j + 1 < len(toks) and toks[j + 1].low in olds and r.gap(j) in (" ", "-")


def digit_ages(r: _Reader) -> Iterator[Cand]:
    """Rule age_digit_by_digit (run before the reader's runs, which would read the last digit alone)."""
    toks = r.toks
    for j in range(1, len(toks)):
        if r.used[j] or r.gap(j - 1) != " " or not _age_word_at(r, j):
            continue
        k = j - 1
        fused = fused_digits(toks[k].low, r.lang) if r.val[k] is None else None
        if fused is not None:
            first, value = k, fused
        else:
            a, b = (r.val[k - 1], r.val[k]) if k >= 1 else (None, None)
            if a is None or b is None or not 1 <= a <= 9 or not 0 <= b <= 9 or r.gap(k - 1) != " ":
                continue
            if toks[k - 1].raw.isdigit() or toks[k].raw.isdigit():
                continue
            first, value = k - 1, a * 10 + b
        if any(r.used[first : k + 1]) or (first > 0 and r.val[first - 1] is not None and r.joined(first - 1)):
            continue  # a longer run of digits read out ("yks kaks kolme vuotias"): not two digits of an age
        # the finding ends at the years word ("kaksseittemän vuotta | vanha"); in sv and en at "gammal"/"old",
        # as the written-age patterns there take it ("två fem år gammal")
        end = j + 1 if r.lang != "fi" and not toks[j].low.startswith("vuotia") else j
        r.mark(first, end)
        c = Cand(*r.span(first, end), "AGE", "age", "age read digit by digit (spoken)", PRIO_AGE_DATE)
        words = " ".join(t.raw for t in toks[j : end + 1])
        c.replacement = f"{patterns.age_range(value)} {words}"  # "19–30 vuotta (vanha)", "29–40 vuotias"
        yield _tag(c, "age_digit_by_digit")


# --- date_spoken_day ---------------------------------------------------------------------------------

_COUNT_WORDS = cue_words.words("MONTH_COUNT_WORDS")
_DATE_LEADS = cue_words.words("DATE_LEADS")
# the unit ordinals a spoken ten is fused with ("kakskyt|kolmas", "tjugo|förste"): the lexicon's own forms
_UNIT_ORDINALS = {
    "fi": {**{w: v for w, v in DAY_ORDINALS["fi"].items() if 1 <= v <= 9}, "yhdes": 1, "kahdes": 2},
    "sv": {**{w: v for w, v in DAY_ORDINALS["sv"].items() if 1 <= v <= 9}, "förste": 1, "andre": 2},
}


def _fused_ordinal(word: str, lang: str) -> int | None:
    """A ten fused with a unit ordinal: "kakskytkolmas" 23, "kolkytyhdes" 31, "tjugoförste" 21."""
    units = _UNIT_ORDINALS[lang]
    for cut in range(3, min(len(word) - 2, 16)):
        unit = units.get(word[cut:])
        if unit is not None and CARDINAL[lang](word[:cut]) in (20, 30):
            day = (CARDINAL[lang](word[:cut]) or 0) + unit
            return day if day <= 31 else None
    return None


def _fi_tens_ordinal(word: str) -> int | None:
    """A cardinal ten fused with the ordinal ``kymmenes`` (and a unit ordinal): "kakskymmenes" 20,
    "kolmekymmenesyhdes" 31 (the standard "kahdeskymmenes" is the lexicon's own)."""
    at = word.find("kymmenes")
    if at < 3 or CARDINAL["fi"](word[:at]) not in (2, 3):
        return None
    day = (CARDINAL["fi"](word[:at]) or 0) * 10
    rest = word[at + len("kymmenes") :]
    if rest:
        unit = _UNIT_ORDINALS["fi"].get(rest)
        if unit is None:
            return None
        day += unit
    return day if day <= 31 else None


def _day_value(r: _Reader, k: int) -> tuple[int, int] | None:
    """A spoken day ending at token k: (day, first token), or None. Day ordinals of the lexicon are the
    date rule's of ``spoken.py``; here cardinals (``kakskytyks``, ``kakskyt yks``) and fused ordinals."""
    t = r.toks[k]
    if not t.raw.isalpha() or t.low in DAY_ORDINALS[r.lang]:
        return None
    v = r.val[k]
    ten = r.val[k - 1] if k > 0 and r.gap(k - 1) == " " and r.toks[k - 1].raw.isalpha() else None
    if v is not None and 1 <= v <= 9 and ten in (20, 30):
        return ten + v, k - 1  # "kakskyt yks joulukuuta"
    if v is not None:
        return (v, k) if 1 <= v <= 31 else None
    fused = _fused_ordinal(t.low, r.lang) if r.lang in _UNIT_ORDINALS else None
    if fused is None and r.lang == "fi":
        fused = _fi_tens_ordinal(t.low)
    return (fused, k) if fused else None


def _is_month(r: _Reader, j: int) -> bool:
    low = r.toks[j].low
    if r.lang == "fi":
        return (low.endswith("kuuta") and low in MONTHS["fi"]) or low in FI_MONTH_ORDINALS
    return r.lang == "sv" and low in MONTHS["sv"]


def dates(r: _Reader) -> Iterator[Cand]:
    """Rule date_spoken_day (fi, sv), run right after the reader's own dates."""
    if r.lang not in _UNIT_ORDINALS:
        return
    toks, text = r.toks, r.text
    for j in range(1, len(toks)):
        if r.used[j] or not _is_month(r, j) or text[toks[j].end : toks[j].end + 1] == "-":
            continue  # "joulukuuta-tonttu": a compound
        k = j - 1
        if r.lang == "fi" and toks[k].low.startswith("päivä") and k > 0:
            k -= 1  # "kakskytyks päivä joulukuuta"
        if r.used[k] or not r.gap(k).isspace() or r.gap(k).count("\n"):
            continue
        day = _day_value(r, k)
        if day is None:
            continue
        value, first = day
        cardinal = r.val[k] is not None
        if r.lang == "fi" and cardinal and toks[j].low in FI_MONTH_ORDINALS and value <= 12:
            continue  # "kaks kolmatta": no date read so
        before = toks[first - 1].low if first > 0 else ""
        after = toks[j + 1].low if j + 1 < len(toks) else ""
        if before in _COUNT_WORDS or after in _COUNT_WORDS or after in COUNTED:
            continue  # "joka kaks joulukuuta", "kolme joulukuuta sitten"
        y = r._year(j + 1)
        if value <= 9 and cardinal and first == k and y is None and not r.before(first, _DATE_LEADS, 3):
            continue  # "kolme joulukuuta" alone may count months: a date word before it or a year after
        end = j if y is None else y
        r.mark(first, end)
        c = Cand(*r.span(first, end), "DATE", "date", "exact date (spoken)", PRIO_AGE_DATE)
        rule = "date_cardinal_tens_ordinal" if r.lang == "fi" and _fi_tens_ordinal(toks[first].low) else "date_spoken_day"
        yield _tag(patterns._with_weekday(text, c), rule)


# --- email_local_digits (widens the e-mail candidates found so far) ------------------------------------

_WORD_BEFORE = re.compile(r"(?<![\w@.-])([^\W\d_]+)([ \t]+)$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# "email k ", "sähköposti: m ", "his email is jp ": an e-mail word (perhaps a copula after it), one or two letters
_INITIAL_BEFORE = re.compile(r"(?<![\w@.-])([^\W\d_]+):?(?:[ \t]+(?:is|on|är|was|oli|var))?[ \t]+([^\W\d_]{1,2})[ \t]+$")
_EMAIL_WORDS = cue_words.words("EMAIL_WORDS")
_NOT_NAME = cue_words.words("FUNCTION_NEXT") | cue_words.words("PRONOUNS") | _EMAIL_WORDS | _JOINERS | _COPULAS
_SEP_WORDS = {w: "." for w in cue_words.words("SPOKEN_DOT")} | {w: "_" for w in cue_words.words("SPOKEN_UNDERSCORE")}
_MULT = {"double": 2, "triple": 3, "tupla": 2, "dubbel": 2}
_MOST_DIGIT_WORDS = 8


def widen(text: str, cands: list[Cand], lang: str) -> None:
    """Rule email_local_digits: a spoken e-mail candidate starts earlier, at the name before the digits
    read out before it (in place)."""
    card = CARDINAL.get(lang, CARDINAL["fi"])
    for c in cands:
        if c.label != "CONTACT" or c.kind != "email" or "@" in text[c.start : c.end]:
            continue
        head = _FIRST_WORD.match(text, c.start)
        if head is None or (card(head.group(0).lower()) is None and head.group(0).lower() not in _MULT):
            continue  # the local part found starts with a name: digits before it are no part of it
        digits, start = "", c.start
        words = 0
        while words < _MOST_DIGIT_WORDS:
            m = _WORD_BEFORE.search(text, max(0, start - 30), start)
            if m is None:
                break
            low = m.group(1).lower()
            v = card(low)
            if v is not None and v < 100:
                digits, start, words = str(v) + digits, m.start(1), words + 1
            elif low in _MULT and digits:
                digits, start, words = digits[0] * (_MULT[low] - 1) + digits, m.start(1), words + 1
            else:
                break
        name_start = _names_before(text, start, card)
        if name_start is None and not words:
            continue
        if name_start is None:
            name_start = start  # "sähköposti kaks nolla nolla viis ät …": digits alone
        local = re.sub(r"\s+", "", text[name_start:start]) + digits
        if not patterns._EMAIL.fullmatch(local + "@example.fi"):
            continue
        c.start = name_start
        _tag(c, "email_local_digits")
    for c in cands:
        if c.label == "CONTACT" and c.kind == "email" and "@" not in text[c.start : c.end]:
            m = _INITIAL_BEFORE.search(text, max(0, c.start - 40), c.start)
            if m is not None and m.group(1).lower() in _EMAIL_WORDS and m.group(2).lower() not in _NOT_NAME:
                c.start = m.start(2)
                _tag(c, "email_initial")


def _names_before(text: str, pos: int, card: Callable[[str], int | None]) -> int | None:
    """Start of the name word(s) of a local part ending at ``pos`` ("warda ", "matti piste virtanen "): a
    word that is no number, function or e-mail word; up to two more joined by a spoken dot or underscore."""
    start = None
    for _ in range(3):
        m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if m is None or len(m.group(1)) < 2:
            break
        low = m.group(1).lower()
        if low in _NOT_NAME or card(low) is not None:
            break
        start = m.start(1)
        sep = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if sep is None or sep.group(1).lower() not in _SEP_WORDS:
            break
        pos = sep.start(1)
    return start


# --- aland_plate, diplomatic_plate -------------------------------------------------------------------

_ALAND = re.compile(r"(?<![\w-])ÅL[A-ZÅÄÖ]?(?:[ \t]?-[ \t]?|[ \t])?(?:\d{1,2}[ \t\u00a0]\d{3}|\d{1,5})(?![\w-]|[.,]\d)")
_DIPLOMAT = re.compile(r"(?<![\w-])C[D]?(?:[ \t]?-[ \t]?|[ \t])?\d{1,4}(?![\w-]|[.,]\d)")
# a plate or diplomat word starting a word ("diplomaattikilpi", "rekisterikilpi"; not "kilpailu" or "template")
_DIPLOMAT_CUE = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, cue_words.words("DIPLOMAT_CUES")), key=len, reverse=True)) + ")"
)
_CUE_REACH = 60


def find(text: str, lang: str) -> Iterator[Cand]:
    """Rules aland_plate and diplomatic_plate (written plates), tried only where ``ÅL`` or ``C`` starts."""
    for at in cue_scan.cue_starts(text, ("ÅL",)):
        m = _ALAND.match(text, at)
        if m is not None:
            yield Cand(m.start(), m.end(), "ID", "plate", "Åland registration plate (aland_plate)", 85)
    if "C" not in text:
        return
    for at in cue_scan.cue_starts(text, ("CD", "C-", "C ")):
        m = _DIPLOMAT.match(text, at)
        if m is None:
            continue
        if _DIPLOMAT_CUE.search(text[max(0, at - _CUE_REACH) : at].lower()):
            yield Cand(m.start(), m.end(), "ID", "plate", "diplomatic registration plate (diplomatic_plate)", 85)

