"""Places written into forms and address lines: a village or district after its field label, a street
with a house number, stair letter and flat in a signature or address line.

Runs with the late rules (at the end of ``prose_details.find``, from one hook line there) and only adds candidates.
Every decision is one row of :data:`RULES`; the label words are the ``DISTRICT_LABELS`` section and the
street heads the ``STREET_HEADS_MORE`` section of the cue files.

| id | shape (invented examples) | evidence |
|---|---|---|
| district_label | `Kylä: Latvakangas`, `**Kaupunginosa:** Peltola`, `Asuinalue/kylä: Kotorinne`, `By: Östergård`, `Stadsdel: Norrhage`, `Village: Myllykylä`, `District: Hakaniemi`, `| Kylä | Rantakorpi |` | a village / district / neighbourhood label (``DISTRICT_LABELS``) opening a line or a field (after `,` `;` `|` `/`), a colon (or a table cell's separator, the value the row's last cell), then one to three capitalised words up to the field's end; no kept word, no frequent word that is no name or place (`Kylä: Ei tiedossa`, `Kaupunginosa: Keskusta`), no word of ``TABLE_PLACE_NOT`` |
| street_stair_flat | `Länsipuisto 5 B 14, 26100 Rauma`, `Koulurinne 4 B 12`, `Kanervaraitti 3 D 22` | a capitalised compound ending in a street head (``STREET_HEADS_MORE``: -puisto, -rinne, -kaari, -raitti, -polku, -kuja, -piha, -tanhua, -väylä …; the head alone is no street: `Puisto 3`), a house number and a stair letter (A–H, a flat number after it may follow) or a flat word and number (`as 4`, `lgh 12`), or a house number and a postal code; the postal code and town after it join; never a hyphenated word (`Sairaalanpuisto-hanke`) or a lower-case word (`luku 7 A`) |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.lexicon import KEEP, NAME, PLACE, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ADDRESS, PRIO_NAME, Cand

RULES = {
    r.id: r
    for r in (
        Rule("district_label", "capitalised words after a village / district label: Kylä: Latvakangas, Stadsdel: Norrhage"),
        Rule("street_stair_flat", "a street compound (-puisto, -rinne, -kaari …), house number and stair letter: Länsipuisto 5 B 14"),
    )
}

_LABELS = words("DISTRICT_LABELS")
_NOT_PLACE = words("TABLE_PLACE_NOT")
_HEADS = tuple(sorted(words("STREET_HEADS_MORE"), key=len, reverse=True))
# a label opening a line or a field, a colon, the value up to the field's end; anchored at the colon
_COLON_VALUE = re.compile(
    r":[ \t*_]*([A-ZÅÄÖ][\w'’-]*(?:[ \t]+[A-ZÅÄÖ][\w'’-]*){0,2})[ \t*_]*(?=$|[\n,;|.(])", re.MULTILINE
)
# a key-value table row: "| Kylä | Rantakorpi |", "Kylä\tRantakorpi" (the value the row's last cell); anchored at the separator
_CELL_VALUE = re.compile(r"[|\t][ \t*_]*([A-ZÅÄÖ][\w'’-]*(?:[ \t]+[A-ZÅÄÖ][\w'’-]*){0,2})[ \t*_]*\|?[ \t]*$", re.MULTILINE)
_LABEL_BEFORE = re.compile(r"(?:^|[,;|/]|\n)[ \t*_#>-]*([^\W\d_]+)[ \t*_]*$")
# a house number and a stair letter (a flat number may follow), or a house number and a postal code and town;
# anchored at the digit (the word before is read backwards)
_NUMBER_STAIR = re.compile(
    r"\d(?<![\w.,:/-]\d)\d{0,3}(?:(?:[ \t]?[A-H](?![\w-])(?:[ \t]?\d{1,3}(?![\d.,:/-]\w))?"
    r"|[ \t]+(?:as\.?|asunto|bst\.?|lgh\.?)[ \t]?\d{1,3}(?![\d.,:/-]\w))"
    r"(?:,?[ \t]+\d{5}[ \t]+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ]?[a-zåäö]+)?(?![\w-]))?"
    r"|,?[ \t]+\d{5}[ \t]+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ]?[a-zåäö]+)?(?![\w-]))"
)
_STREET_BEFORE = re.compile(r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]{2,})[ \t]+$")


def _place_value(value: str, lex: Lexicon) -> bool:
    """No word of the value is a kept word, a no-place word or a frequent word that is no name or place."""
    for w in value.split():
        low = w.lower()
        flags = lex.get(low)
        if flags & KEEP or low in _NOT_PLACE or (low in lex.frequent and not flags & (NAME | PLACE)):
            return False
    return True


def _districts(text: str, lex: Lexicon) -> Iterator[Cand]:
    """Rule district_label."""
    colons = _COLON_VALUE.finditer(text) if ":" in text else ()
    cells = _CELL_VALUE.finditer(text) if "|" in text or "\t" in text else ()
    for m in (*colons, *cells):
        label = _LABEL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if label is None or label.group(1).lower() not in _LABELS:
            continue
        value = m.group(1)
        if not _place_value(value, lex):
            continue
        reason = "village or district after its label (district_label)"
        yield Cand(m.start(1), m.end(1), "LOCATION", "place", reason, PRIO_NAME + 2)


def _streets(text: str) -> Iterator[Cand]:
    """Rule street_stair_flat."""
    for m in _NUMBER_STAIR.finditer(text):
        if m.group(0).isdigit():
            continue  # a house number alone: the patterns' (or no address)
        w = _STREET_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if w is None:
            continue
        low = w.group(1).lower()
        if not any(low.endswith(h) and len(low) >= len(h) + 3 for h in _HEADS):
            continue
        reason = "street, house number and stair letter (street_stair_flat)"
        yield Cand(w.start(1), m.end(), "ADDRESS", "street", reason, PRIO_ADDRESS)


def find(text: str, lex: Lexicon) -> Iterator[Cand]:
    """LOCATION and ADDRESS candidates of :data:`RULES`."""
    yield from _districts(text, lex)
    yield from _streets(text)
