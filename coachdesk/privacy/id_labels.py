"""Identifiers after a label word: the finding is the identifier alone, never its label or the next word.

``Asiakasnumero AS 12345``, ``Kundnummer KN 12345``, ``Case number AB 12345``: a letter prefix and a number
after an identifier label (the labels of ``patterns.ID_KEYWORDS``) are one identifier. Other detectors
read pieces of the same line otherwise: the label and the prefix as a firm with a legal form
(``Asiakasnumero AS``), the number and the next capitalised word as a postal code and town (``12345
Kela``, ``12345 Hon``). Overlap resolution widens the identifier over whatever sticks out of it, so such a
reading is dropped here: the next word is judged on its own (a name is still a name), the label stays.

| id | what | example |
|---|---|---|
| label_prefix_id | 1-5 capitals and a number (groups of 3+ digits, or joined by - or /) right after a label | `Asiakasnumero AS 12345`, `Ärendenummer FPA 4455`, `Diaarinumero KELA 1234/2024` |
| label_not_firm | an organisation finding that is an identifier label and 1-5 capitals (a legal form read into the prefix) is dropped | `Asiakasnumero AS on vielä tulossa` |
| label_id_confined | an organisation, address, place or person finding overlapping a labelled identifier and sticking out of it (over the label or the next word) is dropped; a case term, a longer identifier, a phone or a date is never dropped | `Asiakasnumero AS` (legal form), `12345 Kela` (postal code and town) |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy.patterns import ID_KEYWORDS, ID_KEYWORDS_AT_WORD_START, id_keyword_starts
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.run_scan import finditer_at
from coachdesk.privacy.spans import PRIO_PATTERN, Cand

RULES = {
    r.id: r
    for r in (
        Rule("label_prefix_id", "a letter prefix and a number after an identifier label: Asiakasnumero AS 12345"),
        Rule("label_not_firm", "an identifier label and capitals are no firm with a legal form: Asiakasnumero AS"),
        Rule("label_id_confined", "a finding sticking out of a labelled identifier (over its label or the next word) is dropped"),
    )
}

# the readings that take a label or the next word with the identifier (a firm, a postal town, a name, a place);
# a longer identifier, phone or date is no such reading and widens the identifier as usual
_READ_OVER = frozenset(("ORG", "EMPLOYER", "ADDRESS", "LOCATION", "PERSON"))
_LABELLED = re.compile(
    rf"{ID_KEYWORDS_AT_WORD_START}[ \t]*[:#]?[ \t]*(?:(?i:on|is|är|nro|no\.?|number)[ \t]+)?"
    r"((?:[A-ZÅÄÖ]{1,5}[ \t]?)?\d{3,}(?:[-/]\d+|[ \t]\d{3,}(?![\w.,]\d))*)(?![\w-]|[.,/]\d)"
)


# an identifier label and capitals read as a firm with its legal form ("Asiakasnumero AS"): no firm (label_not_firm)
_LABEL_FIRM = re.compile(rf"(?i:{ID_KEYWORDS})[ \t]*:?[ \t]*[A-ZÅÄÖ]{{1,5}}")


def find(text: str) -> Iterator[Cand]:
    """Labelled identifiers: the prefix and the number (``AS 12345``), the label left out."""
    for m in finditer_at(_LABELLED, text, id_keyword_starts(text)):  # (it opens with an identifier label)
        yield Cand(m.start(1), m.end(1), "ID", "case", "identifier after a label (label_prefix_id)", PRIO_PATTERN)


def confine(text: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` without label-and-capitals firms, with the labelled identifiers added and every other finding that overlaps one and sticks
    out of it dropped (a case term is kept: the coach listed it). Linear: one mark per character."""
    cands = [c for c in cands if c.label != "ORG" or _LABEL_FIRM.fullmatch(text, c.start, c.end) is None]
    ids = list(find(text))
    if not ids:
        return cands
    mask = bytearray(len(text))
    for i in ids:
        mask[i.start : i.end] = b"\x01" * (i.end - i.start)
    out = [c for c in cands if c.kind == "term" or c.label not in _READ_OVER
           or mask.find(1, c.start, c.end) < 0 or mask.find(0, c.start, c.end) < 0]
    out.extend(ids)
    return out
