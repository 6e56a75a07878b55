"""A person written `Surname, Given` as one field of a pasted CSV or table row: `"Okafor, Chidi";1985;Vantaa`.

Runs with the late rules (``scrubber._scrub``) and only adds PERSON candidates, each covering both words.
No header is needed: the field's own shape (quoted with its comma inside, or unquoted at the start of a
`;` / tab row) is the evidence, with both words shaped like names. Every decision is one row of :data:`RULES`.

| id | shape (invented examples) | evidence |
|---|---|---|
| csv_surname_given | `"Okafor, Chidi";1985;Vantaa`, `2;"Lindholm, Eva";…`, `Lindholm, Eva;1990;…` | a field of a row (a delimiter `;` `,` tab or `|` before or after it, the other side a delimiter or the line end): in double quotes, or unquoted at the line start of a `;` / tab row; two (three) capitalised words with lower-case letters after the first (`TE` is no given name), the first followed by `, `; no word kept (`Kela`), a place or region that is no name (`"Helsinki, Finland"`) or a frequent word that is no name (`"Yes, No"`) |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy.lexicon import KEEP, NAME, PLACE, REGION, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand

RULES = {
    r.id: r
    for r in (
        Rule("csv_surname_given", "a quoted CSV field (or a row's first field) 'Surname, Given', both name-shaped: whole"),
    )
}

_W = r"[A-ZÅÄÖÜÉ][a-zåäöüéèáóíúçñšž'’]+(?:-[A-ZÅÄÖÜÉ][a-zåäöüéèáóíúçñšž'’]+)?"
_QUOTED = re.compile(
    rf"(?:^|(?<=[;,\t|]))[ \t]*\"({_W}),[ \t]?({_W}(?:[ \t]{_W})?)\"[ \t]*(?=([;,\t|]|$))", re.M
)
_LEADING = re.compile(rf"^({_W}),[ \t]?({_W}(?:[ \t]{_W})?)[ \t]*(?=[;\t][^\n]*[;\t])", re.M)


def _name_shaped(word: str, lex: Lexicon) -> bool:
    for w in word.replace("-", " ").split():
        low = w.lower()
        flags = lex.get(low)
        if flags & KEEP or (flags & (PLACE | REGION) and not flags & NAME):
            return False  # "Kela", "Helsinki", "Finland"
        if low in lex.frequent and not flags & NAME:
            return False  # "Yes", "Muu"
    return True


def find(text: str, lex: Lexicon) -> Iterator[Cand]:
    """PERSON candidates of rule csv_surname_given."""
    if '"' not in text and ";" not in text and "\t" not in text:
        return
    for rx in (_QUOTED, _LEADING):
        for m in rx.finditer(text):
            if rx is _QUOTED:
                at_start = m.start() == 0 or text[m.start() - 1] == "\n"
                if at_start and m.group(3) == "":
                    continue  # a quoted line alone is no row
            if not (_name_shaped(m.group(1), lex) and _name_shaped(m.group(2), lex)):
                continue
            key = (m.group(2).split()[0].lower(), m.group(1).lower())
            yield Cand(m.start(1), m.end(2), "PERSON", "person", "surname, given in a CSV field (csv_surname_given)", PRIO_NAME, key=key)
