"""People in the value of a form field whose label is a person (a nickname, a child, a relative, a trainee).

Runs with the late rules (one hook line in ``scrubber._word_names``, after ``people_shapes``) and only adds PERSON
candidates. Labels are the ``FORM_PERSON_LABELS`` sections of the cue files; a kin word before a name
(`mamma X Y`) is read from ``FORM_PERSON_KIN``. The value is read item by item (items apart by `,` `;` `ja`
`och` `and` `&`): a name item is one to three capitalised words, each a name of the lists or a word in no list
(no frequent word, no kept word, no place); a number or a bracket after it (an age, a note) and a place item
(`, Borgå`) are passed over; anything else ends the value.

| id | shape (invented examples) | trap |
|---|---|---|
| label_value | `Kutsumanimi: X`, `Preferred name: X`, `Child: X, 4`, `Lapsi: X (6 v)`, `Anhörig: mamma X Y, Place`, `Name in passport: X Y` (in capitals too) | `Lapsi: Ei`, `Child: None, 4`, `Kutsumanimi: ei tiedossa`, `Anhörig: Kela`, `Name: UNKNOWN` |
| surname_comma_given | one person's label, a single word, a comma and one to three given names closing the line (`Työkokeilija: X, Y Z`): the whole name, one person | `Lapset: X, Y` (two people: two names) |
| recorder_initials | initials after the label of who wrote or filled in the text (``FORM_RECORDER_LABELS``: `Lomakkeen täyttäjä: PT`, `Protokoll: PT`, `Ifylld av: KL`, `Minutes: M.-E. K.`), alone or before a date or the writer's unit (`Kirjaaja: PT 5.3.2026`, `Täyttäjä: PT / X Oy`, `Ifylld av: PT, X Ab`), closing the line; a one-word label without its colon too (`Kirjasi PT` on a line of its own) | `Täyttäjä: HR`, `Kirjaaja: KELA, 5.3.`, `Kirjaaja: TE-toimisto` (``NOT_INITIALS``, a known acronym; a word after the capitals) |
"""

from __future__ import annotations

import re

from coachdesk.privacy.acronyms import known_acronym
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.lexicon import COMMON, KEEP, NAME, PLACE, Lexicon
from coachdesk.privacy.name_evidence import ordinary_word
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand

RULES = {
    r.id: r
    for r in (
        Rule("label_value", "a name item in the value of a person field label: Kutsumanimi: X, Child: X, 4"),
        Rule("surname_comma_given", "one person's field, Surname, Given Given closing the line: the whole name"),
        Rule("recorder_initials", "initials alone after the label of who wrote or filled in the text: Protokoll: PT"),
    )
}

_LABELS = frozenset(w.replace("_", " ") for w in words("FORM_PERSON_LABELS"))  # "preferred_name": two words
_NICKNAMES = frozenset(w.replace("_", " ") for w in words("FORM_NICKNAME_LABELS"))  # "preferred_name": two words
_PLURAL = frozenset(w.replace("_", " ") for w in words("FORM_PERSON_PLURAL"))
_KIN = words("FORM_PERSON_KIN")
_RECORDERS = frozenset(w.replace("_", " ") for w in words("FORM_RECORDER_LABELS"))  # "ifylld_av": two words
_NOT_INITIALS = words("NOT_INITIALS")
# a value of initials only: "PT", "JPK", "P.T.", "P. T.", "M-E", "M.-E. K." (a dot may close the line's sentence)
# after them, a date or the writer's unit (`KL 25.2.2027`, `KL / Urapolku Oy, 23.2.`, `KL, Urapolku Oy`) may close the line
_INITIALS_VALUE = re.compile(r"((?:[A-ZÅÄÖ](?:\.-?|-)?[ \t]?){1,3}[A-ZÅÄÖ])\.?[ \t]*"
                             r"(?:(?<=[ \t])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?[ \t]*|[,/][ \t]*(?=[^\W\d_])[^\n]*)?$")
# a one-word recorder label without its colon, initials closing the line (`Kirjasi MS` at a note's end)
_BARE_RECORDER = re.compile(r"(?m)^[ \t>*•-]*([^\W\d_]+)[ \t]+([A-ZÅÄÖ]{2,3})\.?[ \t]*$")
_JOINS = frozenset("ja och and & sekä samt".split())
_QUOTES = frozenset("\"'“”‘’«»")
# a line opening with a label of up to four words and a colon ("Preferred name: …", "- Lapsi: …"); a short bracket or
# a plural's "(s)" may close the label ("Surname (as in passport): …", "Given name(s): …")
_LINE = re.compile(r"(?m)^[ \t>*•-]*([^\W\d_][^\W\d_ \t]*(?:[ \t][^\W\d_]+){0,3})(?:\(s\)|[ \t]*\([^()\n]{1,30}\))?"
                   r"[ \t]*:[ \t]*([^\n]{1,160})")
_PIECE = re.compile(r"\([^()\n]*\)|[^\W\d_][\w'’-]*|\d+|[,;/&]|\S")


def _name_word(w: str, lex: Lexicon, nickname: bool = False) -> bool:
    """A capitalised word that may be a part of a name: a name of the lists, or a word in no list and no frequent
    word (in a nickname's field a frequent form too, when no dictionary reads it as a word: `Tilltalsnamn: X`); never a
    kept word or a place alone. A name in capitals (`HEBA ALMASRI`, as a passport writes it) is read as capitalised."""
    if w.isupper() and len(w) >= 2:
        w = "-".join(part.capitalize() for part in w.split("-"))
    if not w[:1].isupper() or w.isupper() or len(w) < 2 or any(ch.isdigit() for ch in w):
        return False
    if any(not part[:1].isupper() for part in w.split("-") if part):
        return False  # "B-lausunto": a compound word
    low = w.lower()
    flags = lex.lookup(w)[0] | lex.get(low)
    if flags & KEEP or (flags & PLACE and not flags & NAME):
        return False
    if not flags & NAME and (flags & COMMON or len(low) < 3):
        return False
    if low in lex.frequent and (lex.lang_words.get(low) or not (flags & NAME or (nickname and not _dictionary_word(low)))):
        return False  # "Lapsi: Ei", "Child: None", "Smeknamn: Okänt": a word of the language, no name
    return not lex.lang_words.get(low)


def _dictionary_word(low: str) -> bool:
    """Voikko or Hunspell (Swedish, English) reads ``low`` as an ordinary word (without them: False)."""
    return ordinary_word(low, "fi") or ordinary_word(low, "sv")


def _items(value: str, base: int, lex: Lexicon, nickname: bool = False) -> list[tuple[int, int, int]] | None:
    """The name items of a field value: (start, end, number of words); None when the value is no list of names."""
    pieces = [(m.start() + base, m.end() + base, m.group(0)) for m in _PIECE.finditer(value)]
    items: list[tuple[int, int, int]] = []
    cur: list[tuple[int, int, str]] = []
    i = 0
    while i < len(pieces):
        s, e, p = pieces[i]
        low = p.lower()
        if p[:1].isalpha() and p[:1].isupper() and _name_word(p, lex, nickname) and len(cur) < 3:
            cur.append((s, e, p))
        elif p[:1].isalpha() and not cur and low in _KIN:
            pass  # "mamma X Y"
        elif p in _QUOTES:
            pass  # 'Kutsumanimi: "X"'

        elif p in (",", ";", "/", "&") or low in _JOINS or p.startswith("(") or p.isdigit() or low in ("v", "år", "yrs", "y"):
            if cur:
                items.append((cur[0][0], cur[-1][1], len(cur)))
                cur = []
        elif p[:1].isupper() and items and lex.lookup(p)[0] & PLACE:
            pass  # ", Borgå": the relative's town (another rule takes it)
        else:
            return items if items and not cur else None
        i += 1
    if cur:
        items.append((cur[0][0], cur[-1][1], len(cur)))
    return items


def find(text: str, lex: Lexicon) -> list[Cand]:
    """PERSON candidates of :data:`RULES` (Finnish, Swedish and English forms alike)."""
    out: list[Cand] = []
    for m in _BARE_RECORDER.finditer(text):
        if m.group(1).lower() in _RECORDERS:
            out.extend(_recorder_initials(m, lex))
    if ":" not in text:
        return out
    for m in _LINE.finditer(text):
        label = " ".join(m.group(1).lower().split())
        if label in _RECORDERS:
            out.extend(_recorder_initials(m, lex))
        if label not in _LABELS:
            continue
        items = _items(m.group(2), m.start(2), lex, label in _NICKNAMES)
        if not items:
            continue
        value_end = m.end(2) - (len(m.group(2)) - len(m.group(2).rstrip()))
        if (
            len(items) == 2
            and label not in _PLURAL
            and items[0][2] == 1
            and items[1][1] == value_end
            and text[items[0][1] : items[1][0]].strip() == ","
        ):
            s, e = items[0][0], items[1][1]
            given = text[items[1][0] : items[1][1]].split()[0].lower()
            out.append(Cand(s, e, "PERSON", "person", "surname, given names in a person field (surname_comma_given)",
                            PRIO_NAME, key=(given, text[s : items[0][1]].lower())))
            continue
        for s, e, _ in items:
            out.append(Cand(s, e, "PERSON", "person", "name in a person field (label_value)", PRIO_NAME,
                            key=(text[s:e].split()[0].lower(), "")))
    return out


def _recorder_initials(m: re.Match[str], lex: Lexicon) -> list[Cand]:
    """Rule recorder_initials: the field value when it is initials (and no acronym of ``NOT_INITIALS`` or a known one),
    alone or before a date or the writer's unit."""
    value = _INITIALS_VALUE.fullmatch(m.group(2))
    if value is None or value.group(1) in _NOT_INITIALS or sum(ch.isupper() for ch in value.group(1)) < 2:
        return []
    if value.group(1).isalpha() and known_acronym(value.group(1), lex):
        return []
    s, e = m.start(2) + value.start(1), m.start(2) + value.end(1)
    letters = "".join(ch for ch in value.group(1) if ch.isalpha()).lower()
    return [Cand(s, e, "PERSON", "person", "initials of who wrote the text (recorder_initials)", PRIO_NAME,
                 key=(letters, ""))]
