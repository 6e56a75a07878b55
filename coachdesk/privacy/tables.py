"""Cells of a pasted table or CSV by their column: the header says what a cell is.

Only the age column so far: name and town columns (`nimi`, `kunta`) were tried and cost precision on
the held-out rounds without catching more (the name rules already take those cells), so they are not
rules here.

A header row is a line of short cells split by `;`, tab, `|` or `,` (three cells or more for a comma)
with a known column name; the rows below it (same separator, up to a line without it) are read
cell by cell. One pass over the lines, so linear. Each rule is one row of :data:`RULES`.

| id | column header | cell taken | example |
|---|---|---|---|
| table_age | `ikä`, `ålder`, `age` (also `ikä (v)`) | a number 0–110, with `v`/`år`/`y` | `nimi;ikä;kunta` … `Anu K;34;…` |
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
    header: re.Pattern[str]
    cell: re.Pattern[str]


_OPT_UNIT = r"(?:\s*\((?:v|vuotta|år|y|years)\)|\s*/\s*v|\s+v)?"
RULES = {
    r.id: r
    for r in (
        Rule(
            "table_age",
            "a number in the age column",
            re.compile(rf"(?i)^\s*(?:ikä|ika|ålder|alder|age){_OPT_UNIT}\s*$"),
            re.compile(r"^\s*(\d{1,3})(?:\s?(?:v|år|y|vuotta)\.?)?\s*$"),
        ),
    )
}
_SEPARATORS = (";", "\t", "|", ",")
_MAX_HEADER_CELL = 30


def _header(line: str) -> tuple[str, dict[int, Rule]] | None:
    """The separator and the known columns of a header line, or None."""
    for sep in _SEPARATORS:
        if sep not in line:
            continue
        cells = line.split(sep)
        if len(cells) < (3 if sep == "," else 2) or any(len(c) > _MAX_HEADER_CELL for c in cells):
            continue
        cols = {k: r for k, c in enumerate(cells) for r in RULES.values() if r.header.match(c)}
        if cols:
            return sep, cols
    return None


def _cell(rule: Rule, start: int, m: re.Match[str]) -> Cand | None:
    n = int(m.group(1))
    if n > 110:
        return None
    c = Cand(start + m.start(1), start + m.end(1), "AGE", "age", f"age ({rule.id})", PRIO_AGE_DATE)
    c.replacement = age_range(n)
    return c


def find(text: str) -> Iterator[Cand]:
    """AGE candidates of the rules in :data:`RULES`."""
    if "\n" not in text:
        return
    head: tuple[str, dict[int, Rule]] | None = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if head is not None and head[0] in line:
            sep, cols = head
            off = start
            for k, cell in enumerate(line.split(sep)):
                rule = cols.get(k)
                m = rule.cell.match(cell) if rule else None
                if rule and m:
                    c = _cell(rule, off, m)
                    if c is not None:
                        yield c
                off += len(cell) + 1
            continue
        head = _header(line)
