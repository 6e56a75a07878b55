"""Labelled identifiers written as digit groups and dates with an abbreviated month and its dot.

``Kelan asiakasnumero: 4471 0992 31`` is one customer number: the label's pattern (``patterns._KEYWORD_ID``)
reads groups of three or more digits, so a last group of two is left over; ``4 feb. 2027`` and ``den 12
sept. 2026`` are one date each: the month pattern ends before the abbreviation's dot, so the year is left
over. Runs with the digit patterns (``scrubber._scrub``) and only adds candidates; overlap resolution joins
them to the shorter ones. Every rule is one row of :data:`RULES` (the rule id ends the reason, so
``coachdesk scrub --explain`` shows it); every regex is tried only at the places its cue starts
(``run_scan``, ``cue_scan``), so the pass is linear in the text (invented examples).

| id | shape | trap (stays) |
|---|---|---|
| label_digit_groups | an identifier label (``patterns.ID_KEYWORDS``: asiakasnumero, kundnummer, customer number, case no. …), `:`/`#`/`on`/`is`/`är` maybe, then two to six groups of two or more digits separated by single spaces, six digits or more in all, the last group not before a unit or a count | `Asiakasnumero 4471 0992 31`, `Case no. 4471 0992 31` | `asiakasnumero puuttuu, 12 kertaa`, `case no. 3 of 12`, `asiakasnumero 12 34 %` |
| month_abbr_dot | a day, an abbreviated month with its dot (sv/en `jan.` … `sept.` … `dec.`, fi `tammik.` … `jouluk.`) and a four-digit year | `4 feb. 2027`, `den 12 sept. 2026`, `3 Feb. 2027`, `12 tammik. 2027` | `sivu 4 feb.` (no year), `3 dec. 12 kpl` |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy.patterns import ID_KEYWORDS_AT_WORD_START, id_keyword_starts
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.run_scan import finditer_at, number_starts
from coachdesk.privacy.spans import PRIO_AGE_DATE, Cand

RULES = {
    r.id: r
    for r in (
        Rule("label_digit_groups", "digit groups after an identifier label, the last one short: asiakasnumero 4471 0992 31"),
        Rule("month_abbr_dot", "a day, an abbreviated month with its dot and a year: 4 feb. 2027, den 12 sept. 2026"),
    )
}

# a count, an amount or a unit after a group: the group is no part of the identifier ("… 12 kertaa", "12 %")
_UNIT_AFTER = (
    r"(?:%|€|\$|(?i:e|eur\w*|euro\w*|kr|kpl|st|pcs|kert\w*|gång\w*|times?|vuot\w*|år|years?|procent|prosent\w*|percent"
    r"|h|min\w*|tunti\w*|timm\w*|hours?|päiv\w*|dag\w*|days?|viik\w*|veck\w*|weeks?|kk|kuuk\w*|månad\w*|months?)(?![\w]))"
)
_GROUPS = re.compile(
    ID_KEYWORDS_AT_WORD_START
    + r"[ \t]*[:#]?[ \t]*(?:(?i:on|is|är|nro|no\.?|number)[ \t]+)?"
    + rf"(\d{{2,20}}(?:[ \t]\d{{2,}}(?![\w.,]\d)(?![ \t]?{_UNIT_AFTER})){{1,5}})(?![\w-]|[.,/]\d)"
)

_MIN_DIGITS = 6
_DIGIT = re.compile(r"\d")

_ABBR = (
    r"(?:(?:jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|Jan|Feb|Febr|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Okt|Nov|Dec)"
    r"|(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)k)"
)
_MONTH_ABBR_DOT = re.compile(
    rf"(?<![\w.,])\d{{1,2}}(?:\.|:e|:a)?[ \t]?{_ABBR}\.[ \t]?(?:19|20)\d\d(?![\w]|[.,]\d)"
)


def find(text: str) -> Iterator[Cand]:
    """Rules label_digit_groups and month_abbr_dot."""
    if _DIGIT.search(text):
        for m in finditer_at(_GROUPS, text, id_keyword_starts(text)):  # (it opens with a label: shared starts)
            if sum(ch.isdigit() for ch in m.group(1)) >= _MIN_DIGITS:
                yield Cand(m.start(1), m.end(1), "ID", "case", "number after an identifier keyword (label_digit_groups)", 84)
        for m in finditer_at(_MONTH_ABBR_DOT, text, number_starts(text)):
            yield Cand(m.start(), m.end(), "DATE", "date", "exact date (month_abbr_dot)", PRIO_AGE_DATE)
