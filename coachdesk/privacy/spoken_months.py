"""Dictated dates whose month is said as an ordinal in the forms the reader's date rule misses, and a
spoken age right before a hesitation.

The functions run on the token windows of ``spoken._Reader`` (hooked into ``spoken.find_spoken`` next to
``spoken_extra``): every look-around is a bounded number of tokens, so the work is linear in the text
length. Every decision is one row of :data:`RULES`; the rule id ends the reason, so ``coachdesk scrub
--explain`` shows it. The cue words are the ``SPOKEN_DATE_CUES`` and ``AGE_HESITATIONS`` sections.

| id | shape (invented examples) | evidence |
|---|---|---|
| fi_month_ordinal | `syntyny kakskytkaks yhestoista kakstuhatta viis` (22.11.2005), `kolmastoista kahestoista yheksänkytkaheksan`, `syntymäaika neljätoista kahdestoista` | a day (an ordinal, colloquial `yhestoista` too, or a cardinal 1–31, fused `kakskytkaks` or apart `kakskyt kaks`), then a month said as an ordinal in the nominative (3–12, colloquial `seittemäs`, `yhestoista`, `kahestoista`) or a colloquial partitive (`yhettätoista`, `kahettatoista`); a year read out after it, or a birth or date word (``SPOKEN_DATE_CUES``: `syntyny`, `syntymäaika`, `pvm` …; ``DATE_LEADS`` but `on`/`oli`: `tapaaminen`, `alkaen`) at most three words before; never an ordinal right before or after it, or `ja`/`tai` and an ordinal after it (a list), before a counted noun or a fraction's `osa` (`kaksi kolmatta osaa`), never a list of ordinals without such evidence (`kolmas neljäs viides`) |
| en_of_the_ordinal | `born twenty second of the eleventh two thousand five`, `the third of the fourth nineteen ninety` | an English day ordinal (`twenty second` apart too), `of the` and an ordinal 1–12; a year read out after it or `born` before it |
| sv_month_ordinal | `född tjugoandra elfte tvåtusenfem`, `femte tredje nittonhundranittio` | a Swedish day ordinal, then an ordinal 1–12 (the month, `i` left unsaid); a year read out after it, or `född` / `födelsedag` / `datum` at most three words before; never an ordinal after it (a list) |
| age_hesitation | `he's twenty two um lives at …`, `she's forty-one uh works …`, `hän on kolkytkaks öö asuu …`, `hon är fyrtiotvå eh bor …` | a person subject and a copula (`he's`, `the client's`, `she is`, `hän on`, `hon är`), at most two fillers (`like`, `niinku`, `um`), a number read out 14–99, then a hesitation (``AGE_HESITATIONS``: `um`, `uh`, `er`, `öö`, `eh` …), and a correction after it joins (`he's forty er forty-one`); never before a counted noun or unit after the hesitation (`twenty um minutes late`, `thirty uh percent`) |
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from coachdesk.privacy import cue_words, patterns
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_AGE_DATE, Cand
from coachdesk.privacy.spoken_extra import said_number, subject_copula
from coachdesk.privacy.spoken_numbers import COUNTED, DAY_ORDINALS, FI_DAY_NOMINATIVE, FI_MONTH_ORDINALS

if TYPE_CHECKING:
    from coachdesk.privacy.spoken import _Reader

RULES = {
    r.id: r
    for r in (
        Rule("fi_month_ordinal", "a day and a month said as a nominative or colloquial ordinal: kakskytkaks yhestoista"),
        Rule("en_of_the_ordinal", "an English day ordinal, 'of the' and a month ordinal: twenty second of the eleventh"),
        Rule("sv_month_ordinal", "a Swedish day ordinal and a month ordinal without 'i': tjugoandra elfte tvåtusenfem"),
        Rule("age_hesitation", "a subject, a copula and an age read out before a hesitation: he's twenty two um"),
    )
}

# a birth or date word before the day (the spoken date leads without the copulas: "hän on kolmas neljäs" is a rank)
_DATE_CUES = cue_words.words("SPOKEN_DATE_CUES") | (cue_words.words("DATE_LEADS") - frozenset(("on", "oli")))
_LIST_JOIN = frozenset(("ja", "tai", "sekä"))
_HESITATIONS = cue_words.words("AGE_HESITATIONS")
_FILLERS = cue_words.words("AGE_FILLERS") | _HESITATIONS
_SUBJECTS = cue_words.words("AGE_COPULA_SUBJECTS")
_FRACTION = frozenset(("osa", "osaa", "osaksi", "osan", "osiin"))
# colloquial ordinals (the day and the month): the lexicon has the standard forms
_FI_COLLOQUIAL = {"yhestoista": 11, "kahestoista": 12, "yhesstoista": 11, "kahesstoista": 12}
# months said as a nominative ordinal (3–12) or a colloquial partitive the reader does not know
_FI_MONTH = {
    **{w: v for w, v in FI_DAY_NOMINATIVE.items() if 3 <= v <= 12},
    **_FI_COLLOQUIAL,
    "yhettätoista": 11, "kahettatoista": 12, "kahdettatoista": 12, "yhdettätoista": 11,
}


def _tag(c: Cand, rule: str) -> Cand:
    c.reason = f"{c.reason} ({rule})"
    return c


def _fi_day(r: _Reader, k: int) -> tuple[int, int] | None:
    """A Finnish day ending at token k: (day, first token): an ordinal, or a cardinal 1–31 (fused or apart)."""
    t = r.toks[k]
    if not t.raw.isalpha():
        return None
    d = DAY_ORDINALS["fi"].get(t.low) or _FI_COLLOQUIAL.get(t.low)
    if d:
        return d, k
    v = r.val[k]
    if v is None:
        return None
    ten = r.val[k - 1] if k > 0 and r.gap(k - 1) == " " and r.toks[k - 1].raw.isalpha() else None
    if 1 <= v <= 9 and ten in (20, 30):
        return ten + v, k - 1  # "kakskyt kaks"
    return (v, k) if 1 <= v <= 31 else None


def dates(r: _Reader) -> Iterator[Cand]:
    """Rules fi_month_ordinal and en_of_the_ordinal (run right after the reader's own dates)."""
    if r.lang == "fi":
        yield from _fi_dates(r)
    elif r.lang == "en":
        yield from _en_dates(r)
    elif r.lang == "sv":
        yield from _sv_dates(r)


def _fi_dates(r: _Reader) -> Iterator[Cand]:
    toks = r.toks
    for j in range(1, len(toks)):
        month = _FI_MONTH.get(toks[j].low)
        if month is None or r.used[j] or r.used[j - 1] or r.gap(j - 1) != " ":
            continue
        day = _fi_day(r, j - 1)
        if day is None or day[0] > 31:
            continue
        first = day[1]
        if r.used[first] or toks[first].low in FI_MONTH_ORDINALS:
            continue
        after = toks[j + 1].low if j + 1 < len(toks) else ""
        if after in COUNTED or after in _FRACTION:
            continue  # "kaksi kolmatta osaa"
        prev = toks[first - 1].low if first > 0 else ""
        then = toks[j + 2].low if j + 2 < len(toks) else ""
        listed = after in DAY_ORDINALS["fi"] or prev in DAY_ORDINALS["fi"] or (after in _LIST_JOIN and then in DAY_ORDINALS["fi"])
        # a date placeholder next to them stands for a date with an ordinal: still a list (a second scrub)
        listed = listed or r.date_placeholder(first - 1) or r.date_placeholder(j + 1)
        if listed:
            continue  # a list of ordinals ("kolmas neljäs viides", "yhdestoista kahdestoista ja kolmastoista")
        y = r._year(j + 1)
        if y is None and not r.before(first, _DATE_CUES, 3):
            continue  # no year after it, no birth or date word before it
        end = j if y is None else y
        r.mark(first, end)
        c = Cand(*r.span(first, end), "DATE", "date", "exact date (spoken)", PRIO_AGE_DATE)
        yield _tag(patterns._with_weekday(r.text, c), "fi_month_ordinal")


def _en_dates(r: _Reader) -> Iterator[Cand]:
    toks, days = r.toks, DAY_ORDINALS["en"]
    for j in range(2, len(toks) - 2):
        if toks[j].low != "of" or toks[j + 1].low != "the" or r.used[j - 1]:
            continue
        month = days.get(toks[j + 2].low)
        d = days.get(toks[j - 1].low)
        if not month or month > 12 or not d or r.gap(j) != " " or r.gap(j + 1) != " ":
            continue
        first = j - 1
        if d <= 9 and r.val[j - 2] in (20, 30) and r.gap(j - 2) in (" ", "-"):
            d, first = d + (r.val[j - 2] or 0), j - 2  # "twenty second"
        if d > 31 or r.used[first]:
            continue
        y = r._year(j + 3)
        if y is None and not r.before(first, ("born",), 3):
            continue
        end = j + 2 if y is None else y
        r.mark(first, end)
        c = Cand(*r.span(first, end), "DATE", "date", "exact date (spoken)", PRIO_AGE_DATE)
        yield _tag(c, "en_of_the_ordinal")


_SV_CUES = frozenset(("född", "föddes", "födelsedag", "födelsedatum", "datum"))


def _sv_dates(r: _Reader) -> Iterator[Cand]:
    toks, days = r.toks, DAY_ORDINALS["sv"]
    for j in range(1, len(toks)):
        month = days.get(toks[j].low)
        d = days.get(toks[j - 1].low)
        if not month or month > 12 or not d or r.used[j] or r.used[j - 1] or r.gap(j - 1) != " ":
            continue
        after = toks[j + 1].low if j + 1 < len(toks) else ""
        if after in days or (j >= 2 and toks[j - 2].low in days):
            continue  # "tredje fjärde femte": a list
        y = r._year(j + 1)
        if y is None and not r.before(j - 1, _SV_CUES, 3):
            continue
        end = j if y is None else y
        r.mark(j - 1, end)
        c = Cand(*r.span(j - 1, end), "DATE", "date", "exact date (spoken)", PRIO_AGE_DATE)
        yield _tag(c, "sv_month_ordinal")


def _copula(r: _Reader, k: int) -> bool:
    """Token k is a copula after a person subject, also "the client's"."""
    toks = r.toks
    if toks[k].low == "s" and k > 0 and r.gap(k - 1) in ("'", "’") and toks[k - 1].low in _SUBJECTS:
        return True
    return subject_copula(r, k)


def ages(r: _Reader) -> Iterator[Cand]:
    """Rule age_hesitation (run after the reader's ages: what they took is skipped)."""
    toks = r.toks
    for i in r.num_at:
        if i < 2 or toks[i].raw.isdigit() or r.used[i]:
            continue
        said = said_number(r, i)
        if said is None:
            continue
        value, last, _ = said
        if not 14 <= value <= 99 or any(r.used[i : last + 1]) or last + 1 >= len(toks):
            continue
        if toks[last + 1].low not in _HESITATIONS or r.gap(last).strip(" ,"):
            continue
        nxt, end = last + 2, last
        if nxt < len(toks) and r.val[nxt] is not None:  # "forty er forty-one": the age said again, corrected
            again = r.number(nxt)
            after = again.last + 1 if again is not None else nxt
            if again is None or not 14 <= again.value <= 99 or (after < len(toks) and toks[after].low in COUNTED):
                continue  # "twenty uh twenty-five minutes": a range of something counted
            value, end = again.value, again.last
        elif nxt < len(toks) and toks[nxt].low in COUNTED:
            continue  # "twenty um minutes"
        k, fillers = i - 1, 0
        while k > 1 and fillers < 2 and toks[k].low in _FILLERS and r.gap(k).isspace():
            k, fillers = k - 1, fillers + 1  # "she's like forty-one uh", "hän on niinku neljäkytkaks öö"
        if not r.gap(k).isspace() or not _copula(r, k):
            continue
        r.mark(i, end)
        c = Cand(*r.span(i, end), "AGE", "age", "age read out before a hesitation (spoken)", PRIO_AGE_DATE)
        c.replacement = patterns.age_range(value)
        yield _tag(c, "age_hesitation")
