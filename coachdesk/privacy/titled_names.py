"""Names after a professional title abbreviation in minutes and signatures: `ft Laakso`, `psyk. Rinteen`, `Dr. L.`

Runs after the name rules (``scrubber._scrub``) and only adds PERSON candidates; the title stays (it
says who the person is to the reader, not who they are). The abbreviations are the cue sections
``TITLE_ABBREVS`` (lower case; in the text lower case or capitalised, never in capitals, which are a person's
initials: `ft`, `th`, `esh`, `psyk.`, `ssk`, `Dr.`; not `LH`) and
``TITLE_DEGREES`` (degrees as written: `KM`, `YTM`, `PsM`). Every decision is one row of :data:`RULES`.

| id | shape (invented examples) | evidence |
|---|---|---|
| title_surname | `Läsnä: ft Kallio, psyk. Ranta`, `psyk. Rinteen mukaan`, `KM Lehto osallistui`, `ssk Öberg var med` | a title abbreviation (optional dot; no digit or word-joining sign before it: not `5 ft`), a space, a capitalised word of the name lists in any case form (a frequent word only when it is a surname of 500+ bearers: `psyk. Arvio valmistuu` stays), or a word in no list and no frequent word; never a kept word, an acronym, a compound of a common noun, a finite verb, a pronoun or a role word (`ft Seuraava`, `psyk. ADHD-arvio`, `th Kela-asioissa`, `Dr. Who`: nothing); a capitalised name word after it joins (`ft Hanna Rinne`) |
| title_surname (lower case) | `ft mäki soitti`, `th aho, ft kivi` | a lower-case surname of the lists (500+ bearers when it is also a frequent word) after a title, then a person's verb, a comma or the line end (`ft arvio valmis`, `th käynti`: nothing) |
| title_kept | `Terveisin\nFt Hanna Rinne`, `PsM Granqvist arvioi`, `Läsnä: Ft Mäki, Esh Salo` | a PERSON finding of another rule (no case term) that opens with a title abbreviation or degree of the lists and a space: the finding starts at the name, the title stays; a finding of the title alone is dropped (`Ft [Henkilö A]` scrubbed again); never when the title word is also a first name of the lists (`Tri Nguyen`) |
| title_initial | `Dr. Lahti … Dr. L. soitti`, `ft M. oli paikalla` | a title abbreviation, a space, one capital letter and a dot, then no capitalised name (that is a full name the name rules take) and no hyphen (`Dr. B-lausunto`): the letter, with the letter of a person found with that initial after the same kind of title |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy.cue_scan import first_char_groups, word_start_keywords
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.cues import PROFESSIONS, ROLE_NOUNS
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import FIRST, KEEP, NAME, SUR, Lexicon
from coachdesk.privacy.name_words import lexicon_ending, plain_ending
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.verbs import is_finite_verb

RULES = {
    r.id: r
    for r in (
        Rule("title_surname", "a capitalised name after a title abbreviation (ft Laakso, psyk. Rinteen, KM Lehto)"),
        Rule("title_initial", "one capital initial and a dot after a title abbreviation (Dr. L., ft M.)"),
        Rule("title_kept", "a found name that opens with a title abbreviation starts after it (Ft Harju, PsM Granqvist)"),
    )
}

_ABBREVS = words("TITLE_ABBREVS")
_DEGREES = words("TITLE_DEGREES")
_WORD = r"[A-ZÅÄÖÉÜ][a-zåäöéüßøæ'’-]*[a-zåäöéüßøæ]"
# a title (the lower-case list in any letter case, the degrees as written), an optional dot, a space, then
# a name (and maybe a second one) or an initial; matched only at a token that is a title
_TITLE_ALTS = word_start_keywords("|".join(sorted(_ABBREVS, key=len, reverse=True)), not_after=r"\w.&/-")
_DEGREE_ALTS = first_char_groups(sorted(_DEGREES, key=len, reverse=True))
_TITLED = re.compile(
    rf"(?:{_TITLE_ALTS}|{_DEGREE_ALTS})(?![\w-])\.?[ \t]+"
    rf"(?:({_WORD})(?:[ \t]+({_WORD}))?|([A-ZÅÄÖ])\.(?![\w-]|[ \t]+[A-ZÅÄÖ][a-zåäö])"
    r"|([a-zåäö][a-zåäö]+)(?:[ \t]+([a-zåäö]+)(?![\w-])|[ \t]*(?=[,;\n]|$)))"
)
# after a lower-case surname: a person's verb ("ft mäki soitti", "th aho sanoi")
_PERSON_AFTER = words("FI_PERSON_VERBS") | words("EN_PERSON_VERBS") | words("LOWER_CTX_AFTER") | words("HURRIED_TALK_AFTER")
_PRIO = PRIO_NAME + 1  # over a question about the same word: the title is the evidence that decides it
_NOT_NAME = PROFESSIONS | ROLE_NOUNS | words("FUNCTION_NEXT") | words("PRONOUNS") | words("PERSONAL_PRONOUNS")
_COMPOUND = re.compile(r"-[a-zåäö]")
_STRONG_NAME = 500  # bearers: a frequent word this common as a surname is read as the name after a title


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> Iterator[Cand]:
    """PERSON candidates of :data:`RULES` (``cands``: every finding so far; a word they cover is left alone)."""
    heads = [t.start for t in toks if _is_title(t.text)]  # set lookups, no regex scan
    matches = [m for m in (_TITLED.match(text, i) for i in heads) if m is not None]
    if not matches:
        return  # most texts: no title abbreviation before a capitalised word
    covered = bytearray(len(text))
    persons = []
    for c in cands:
        if c.label == "PERSON":
            persons.append(c)
            if c.uncertain:
                continue  # a question about the name: the title decides it ("ft Kiven kanssa")
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    for m in matches:
        if _number_before(text, m.start()):
            continue
        if m.group(3):
            s = m.start(3)
            if covered[s]:
                continue
            key = initial_key(text, persons, m.group(3))
            yield Cand(s, m.end(3), "PERSON", "person", "initial after a title (title_initial)", _PRIO, key=key)
            continue
        if m.group(4):
            if not covered[m.start(4)] and _lower_surname(m.group(4), m.group(5), lex):
                base = lex.lookup(m.group(4))[1] or m.group(4)
                yield Cand(m.start(4), m.end(4), "PERSON", "person", "name after a title (title_surname)", _PRIO,
                           ending=lexicon_ending(m.group(4), lex), key=(base, ""))
            continue
        reading = None if any(covered[m.start(1) : m.end(1)]) else _name_word(m.group(1), lex, lang)
        if reading is None:
            continue
        end, last = m.end(1), m.group(1)
        second = _name_word(m.group(2), lex, lang) if m.group(2) else None
        if second is not None and lex.lookup(m.group(2))[0] & NAME:
            end, last, reading = m.end(2), m.group(2), second  # "ft Hanna Rinne": the whole name
        base, stem = reading
        yield Cand(m.start(1), end, "PERSON", "person", "name after a title (title_surname)", _PRIO,
                   ending=plain_ending(last[stem:]), key=(base, ""))


_PLACEHOLDER_AFTER = re.compile(r"\.?[ \t]+\[")
_OPENING_TITLE = re.compile(rf"(?:{_TITLE_ALTS}|{_DEGREE_ALTS})(?![\w-])\.?[ \t]+(?=[A-ZÅÄÖÉÜ])")


def trim(text: str, cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """Rule title_kept: a PERSON candidate opening with a title abbreviation starts after it; one that is the
    title alone is dropped (``Ft [Henkilö A]`` scrubbed again: the title stays)."""
    out = []
    for c in cands:
        if c.label == "PERSON" and c.kind != "term":
            m = _OPENING_TITLE.match(text, c.start, c.end)
            word = text[c.start : c.end].rstrip(".")
            if m is None and _is_title(word) and _PLACEHOLDER_AFTER.match(text, c.end) and not lex.lookup(word)[0] & FIRST:
                continue  # the title alone before a placeholder
            title = text[c.start : m.end()].split()[0].rstrip(".") if m is not None else ""
            if m is not None and m.end() < c.end and _is_title(title) and not lex.lookup(title)[0] & FIRST:
                c.start = m.end()
                c.reason += " (title_kept)"
        out.append(c)
    return out


def _is_title(word: str) -> bool:
    """A title of the lists as written: a degree as listed, an abbreviation in lower case or capitalised (``LH`` in
    capitals is a person's initials)."""
    return word in _DEGREES or (word.lower() in _ABBREVS and not (len(word) > 1 and word.isupper()))


def _number_before(text: str, pos: int) -> bool:
    """A digit right before the title ("5 ft Tall"): a unit, not a title."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i > 0 and text[i - 1].isdigit()


def _name_word(word: str, lex: Lexicon, lang: str) -> tuple[str, int] | None:
    """The name reading (base, stem length) of a capitalised word after a title, None for a kept word, a role, a
    verb or an ordinary word."""
    low = word.lower()
    if low in _NOT_NAME or len(low) < 2 or _COMPOUND.search(word):
        return None  # "th Kela-asioissa": a compound of a common noun
    flags, base, stem = lex.lookup(word)
    if flags & KEEP:
        return None
    if lang == "fi" and is_finite_verb(low, lex) and not flags & NAME:
        return None
    if low not in lex.frequent:
        return (base or low, stem) if flags & NAME or not flags else None
    # "psyk. Arvio valmistuu": a frequent word is a name only as a well-attested surname (Laakso), also in a
    # form the lists read as a word's ("ft Kiven kanssa": kiven, of kivi)
    readings = [(base, stem)] if flags & NAME else []
    readings += analyses(low)[1:]
    return next(((b, n) for b, n in readings if lex.get(b) & SUR and lex.counts.get(b, 0) >= _STRONG_NAME), None)


def _lower_surname(word: str, after: str | None, lex: Lexicon) -> bool:
    """A lower-case surname after a title in a hurried note ("ft mäki soitti", "th aho,"): a surname of the
    lists (500+ bearers when it is also a frequent word), then a person's verb, a comma or the line end."""
    if after is not None and after not in _PERSON_AFTER:
        return False  # "ft arvio valmis", "th käynti tänään": the title's work, not a person
    flags, base, _ = lex.lookup(word)
    if not flags & SUR or flags & KEEP or word in _NOT_NAME:
        return False
    return word not in lex.frequent or lex.counts.get(base, 0) >= _STRONG_NAME


def initial_key(text: str, persons: list[Cand], letter: str) -> tuple[str, str]:
    """The key of a person found earlier whose name starts with ``letter`` (Dr. Lahti … Dr. L.), else its own."""
    for c in persons:
        if text[c.start : c.start + 1] == letter and any(c.key):
            return c.key
    return (letter.lower() + ".", "")
