"""People and places of network minutes written with care: Karen and Burmese names after an honorific, a person's
initials in brackets, a given name that is a word repeated after the full name, a place before `centrum`.

Runs after ``hurried_slots.find`` (``scrubber._late_people``) on every text and only adds candidates. Every decision is one
row of :data:`RULES`; the finding's reason names it (``coachdesk scrub --explain``). Cue words are the sections
``NAME_HONORIFICS`` (intl), ``PLACE_CENTRE_HEADS`` (sv) and ``SLOT_VERBS``, ``SV_SUBJECT_VERBS``,
``SLOT_START_VERBS`` of the cue files; known acronyms are ``acronyms.known_acronym``.

| id | shape (invented examples) | trap |
|---|---|---|
| honorific_name | a capitalised honorific of Karen or Burmese names (`Saw`, `Naw`, `Paw`, `Nan`, `Mahn`, `Daw`, `U`, `Sai`, `Nang`) followed by one to three capitalised short syllables (five letters at most; a single one must be in no list and no word, `U` needs two): the whole name (`Saw Xoo Lay`, `Naw Paw Xu`) | `Saw the doctor`, `Saw Anna on Monday`, `Saw Dr Smith` |
| bracket_initials | two or three capitals in brackets right after a found person, the first the person's initial, no known acronym: the initials too (`valmentaja Xanna (XK)`) | `Kelassa (KELA)`, `TE-toimisto (TE)` |
| given_repeat | in a Swedish text, the capitalised given name of a full name found in the text, opening a sentence right before a Swedish verb (-de/-te/-ade/-ar/-er of a word of the language, or a helping or subject verb of the cue files): the person (`… Xten Yström … Xten fyllde 61`) | `Sten i njuren` (no verb after it) |
| place_centrum | a capitalised place (listed, or found or in no list, and no word) right before `centrum`: the place (`bor i Xby centrum`) | `Stora centrum` (a word), `Köpcentrum` |
"""

from __future__ import annotations

import re

from coachdesk.privacy.acronyms import known_acronym
from coachdesk.privacy.cue_words import by_language, words
from coachdesk.privacy.cues import FUNCTION_NEXT, PERSONAL_PRONOUNS
from coachdesk.privacy.lexicon import KEEP, NAME, PLACE, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("honorific_name", "a Karen or Burmese honorific (Saw, Naw, Daw, U …) + one to three capitalised syllables"),
        Rule("bracket_initials", "two or three capitals in brackets after a found person, the first its initial"),
        Rule("given_repeat", "Swedish: the given name of a found full name opening a sentence right before a verb"),
        Rule("place_centrum", "a capitalised place right before `centrum`: the place"),
    )
}

_SYLLABLE_MAX = 5
_HONORIFICS = words("NAME_HONORIFICS")
_CENTRE = words("PLACE_CENTRE_HEADS")
_SV_SLOT_VERBS = by_language("SLOT_VERBS").get("sv", frozenset())
_EN_SLOT_VERBS = by_language("SLOT_VERBS").get("en", frozenset()) | by_language("SLOT_START_VERBS").get("en", frozenset())
_INITIALS = re.compile(r" ?\(([A-ZÅÄÖ]{2,3})\)")
_SV_VERB = re.compile(r"(?:ade|de|te|dde|ar|er|or)$")
_SV_PAST = re.compile(r"(?:de|te)$")


def _cand(s: int, e: int, label: str, rule: str, key: tuple[str, str] = ("", "")) -> Cand:
    kind = "place" if label == "LOCATION" else "person"
    what = "place" if label == "LOCATION" else "person"
    return Cand(s, e, label, kind, f"minutes: {what} ({rule})", PRIO_NAME + 6, key=key)


def _joined(text: str, toks: list[Token], i: int) -> bool:
    return i + 1 < len(toks) and text[toks[i].end : toks[i + 1].start] == " "


def _word(lex: Lexicon, low: str) -> bool:
    return low in lex.frequent or bool(lex.lang_words.get(low))


def _syllable(t: Token) -> bool:
    return t.cap and t.text.isalpha() and len(t.text) <= _SYLLABLE_MAX


def _honorific(text: str, toks: list[Token], k: int, lex: Lexicon) -> Cand | None:
    t = toks[k]
    if t.lower not in _HONORIFICS or not (t.cap or t.text == "U"):
        return None
    syll: list[Token] = []
    j = k
    while len(syll) < 3 and _joined(text, toks, j) and _syllable(toks[j + 1]):
        nxt = toks[j + 1]
        if nxt.lower in words("TITLE_ABBREVS") or nxt.lower in words("WEEKDAY_ABBREVS"):
            break
        syll.append(nxt)
        j += 1
    if not syll or (t.text == "U" and len(syll) < 2):
        return None
    if len(syll) == 1:
        low = syll[0].lower
        if lex.get(low) & (NAME | PLACE | KEEP) or _word(lex, low):
            return None
    return _cand(t.start, syll[-1].end, "PERSON", "honorific_name", (t.lower, syll[-1].lower))


def _verb_after(text: str, toks: list[Token], k: int, lex: Lexicon, lang: str) -> bool:
    """A Swedish verb right after word ``k``: a helping or subject verb of the cue files, a frequent past form
    (`fyllde`, `berättade`), or a present form that is a word of the language only (`jobbar`)."""
    if not _joined(text, toks, k):
        return False
    nxt = toks[k + 1]
    low = nxt.lower
    if not nxt.text.isalpha() or not nxt.text.islower():
        return False
    if low in FUNCTION_NEXT or low in PERSONAL_PRONOUNS:
        return False
    if lang == "en":
        return low in _EN_SLOT_VERBS or (low.endswith("ed") and lex.lang_words.get(low) == "en")
    if low in _SV_SLOT_VERBS or low in words("SV_SUBJECT_VERBS"):
        return True
    lang_of = lex.lang_words.get(low)
    if _SV_PAST.search(low) and (lang_of == "sv" or (lang_of is None and low in lex.frequent)):
        return True
    return bool(_SV_VERB.search(low)) and lang_of == "sv"


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New candidates of :data:`RULES` (``cands``: found so far, read only). One pass over the tokens; every look
    around is a bounded number of tokens or characters."""
    if not toks:
        return []
    out: list[Cand] = []
    people = [c for c in cands if c.label == "PERSON"]
    person_end = {c.end: c for c in people}
    givens: set[str] = set()
    for c in people:
        parts = text[c.start : c.end].split()
        if len(parts) >= 2 and all(p[:1].isupper() for p in parts[:2]) and parts[0].isalpha():
            givens.add(parts[0].lower())
    located = {(c.start, c.end) for c in cands if c.label == "LOCATION"}
    given_slot = lang == "sv" or lang == "en"
    n = len(toks)
    for k, t in enumerate(toks):
        if t.end in person_end:
            m = _INITIALS.match(text, t.end)
            if m and m.group(1)[0] == text[person_end[t.end].start] and not known_acronym(m.group(1), lex):
                out.append(_cand(m.start(1), m.end(1), "PERSON", "bracket_initials", person_end[t.end].key))
        if not t.cap and t.text != "U":
            continue
        low = t.lower
        if low in _HONORIFICS:
            hit = _honorific(text, toks, k, lex)
            if hit is not None:
                out.append(hit)
                continue
        if given_slot and t.sent_start and low in givens and not (lang == "en" and lex.lang_words.get(low)) and (
                _verb_after(text, toks, k, lex, lang)):
            out.append(_cand(t.start, t.end, "PERSON", "given_repeat", (low, "")))
        if k + 1 < n and toks[k + 1].lower in _CENTRE and not t.sent_start and _joined(text, toks, k):
            flags = lex.get(low)
            listed = bool(flags & PLACE) and not flags & KEEP
            if listed or (not _word(lex, low) and ((t.start, t.end) in located or (not flags and len(low) >= 4))):
                out.append(_cand(t.start, t.end, "LOCATION", "place_centrum", (low, "")))
    return out
