"""People by the shape of a hurried line or a form field: a colloquial kin word before a given name, a quoted
nickname between a role and a surname, a surname in brackets after a given name, a particle surname in a
`Surname, Given` field, a word-like given name before a found surname and an age.

Runs with the late rules (one hook line in ``scrubber.scrub``, after ``word_names.find``) and only adds PERSON
candidates. Every decision is one row of :data:`RULES`; the finding's reason names it. Cue words are the
``KIN_SLANG``, ``KIN_SLANG_VERBS``, ``KIN_SLANG_AUX``, ``PEOPLE_FORM_LABELS``, ``NAME_PARTICLES`` and
``WORD_GIVEN_NOT`` sections of the cue files.

| id | shape (invented examples) | trap |
|---|---|---|
| kin_slang_given | a kin or role word (colloquial too: `ukko`, `muija`, `mum`, `bro`, `morsan`) opening a clause (a possessive or a lower-case genitive may come first: `mun`, `my`, `asiakkaan`), a lower-case given name of the lists (also one that is a word) or an unknown word of a name's shape, then a person's verb or state (one filler word may come first: `ukko X taas kännissä`), or an auxiliary and one (`faija X tuli`, `akka X on sanonu`, `sis X called`); or after a talking verb, the name closing the clause (`soitti muija X, oli …`) | `akka on kipeä`, `mum worried about`, `ukko kunto heikko`, `äiti aina sanoi` (NOT_NAME_AFTER_ROLE) |
| role_quoted_nick | a role or kin word or a given name of the lists, a quoted nickname (one or two words), then a surname of the lists or an unknown word of a name's shape: nickname and surname, the given name too (`pomo "X" Y huutaa`, `boss 'X' Y`, `matti "X" Y`); after a role, a nickname alone before a person's verb (`pomo "X" huutaa`) | `pomo "ei käy" sano`, `boss 'ok' then` |
| bracket_surname | a name or place found by the other rules, then one word in brackets that is a surname of the lists or an unknown word of a surname's shape (`-nen`; letters Finnish does not use after a foreign given name; any, when another rule asks about it), written in the name's letter case, in no local case: the surname (`puh X (Y)`, `call w/ X (Y)`) | `(ok)`, `(kela)`, `("en jaksa")`, `(pomo)`, `Liisa (valmentajana)` |
| bracket_role_given | a name found by the other rules, then brackets holding a role or kin word and one word, in either order (`X (pomo, Y)`, `X (Y, boss)`, `X (esimies: Y)`): that word when it is a given name of the lists (also one that is a word) | `X (pomo, ok)`, `X (äiti, kotona)`, `X (pomo, kela)`, `X (tulkki, tigrinja)` (a word in no list) |
| field_particle_name | a person field label (`Asiakas:`, `Customer:`, `Namn:`) then a particle surname (`Van der X`, `Dela X`, `Al-X`), a comma and the given names (a bracket, a date or a dash may follow): the whole name | `Aihe: Kela, TE-palvelut` |
| subject_found | a capitalised word of an e-mail subject line (`Aihe:`, `Subject:`, `Ämne:`, after `Re:`/`VS:` too) that the body names as a person, in any form, also a name that is a word (`Aihe: Kivi` … `Kivi on ollu töissä`); a one-word subject in no list and no ordinary word that the body repeats capitalised (`Aihe: X` … `X on ollu`) | `Aihe: Kela, TE-palvelut`, `Aihe: Palaveri` … `palaveri on` |
| unknown_copy | a capitalised word in no list and no frequent word of any language that another rule found as a person (alone, certain at least once) elsewhere in the text: every uncovered copy, a sentence start too (`Subject: X` … `X would like a meeting`) | a word of the lists (`Toivo`), a frequent word (`Hope`), a copy in lower case |
| spelled_name | four or more capital letters one by one, each apart by one space or one hyphen, the same all along (`J I N U X A T H E W`, `L-I-A-X`): a name spelled out for the record | `A B C`, `A-B-C` (three letters), `A B-C D` (mixed), `B1 B2`, `ABC-123` |
| spoken_spelled | four or more letters spelled as their names or as single letters, in one run apart by single spaces, two or more letter names among them or none (`tee ee äs äf aa yy`, `em be a ell a`, `l i a n`): a name spelled out in dictation; not a run another rule took (a plate, a code read out) | `ei oo ee` (three), `a b c` (three), `i a ee o` (one letter name), a plate read out |
| caps_surname | one to three words in capitals right before or after a found person, one space apart (`MAKIESE BOLINGO Espérance`, `NSIMBA Mbuyi Espoir`, `Matti VIRTANEN`): the surname as papers write it; before the person also with a comma (`LEPIK, Ülle`), hyphenated (`AL-SAADI`), with a particle between capitals or opening them (`ALBUQUERQUE DE SOUZA`, `DA SILVA`), or two letters a surname list holds (`DO Van Khanh`); a frequent word form only when it is a listed name and no ordinary word (`LIU`, `FARAH`) | `KELA Matti` (an acronym), `Oy`, `TE`, `OK`, `JA`, `HUOM` (``acronyms.word_caps``), `ADHD-HOITO`, `PT Anna`, a kept term |
| caps_full_name | two or three words in capitals one space apart, the words around them not in capitals and the line no heading in capitals, one a given name of the lists that is no ordinary word (or any listed given name beside a listed surname), the others no acronym, listed abbreviation, kept term or ordinary word of the text's dictionary (`XOVAL OLENA`, `GURUNG IRYNA`, `KORHONEN ANNA`): a name as a passport or a payroll writes it | `ENROLMENT FORM`, `ANNA PALAUTETTA` (a word), `KELA TE` (acronyms), a heading line in capitals |
| word_given_age | a capitalised word (a word of the language too: `Honey`, `Precious`; a weekday that is a given name, `Sunday`, not after `on`, `next` …) right before a found surname (or one of the lists only) and an age 15-99 (`, 27.`, `, age 27`, `(27)`, `27 v`, `27-vuotias`): the given name (and the surname) | `Honey Nut, 2 boxes`, `Dear Santos, 27` |
"""

from __future__ import annotations

import bisect
import re

from coachdesk.privacy.acronyms import known_acronym, not_person_caps, word_caps
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.cues import (
    EN_PERSON_VERBS,
    FI_PERSON_VERBS,
    FUNCTION_NEXT,
    GREETINGS,
    HUMAN_STATES,
    LOWER_CTX_AFTER,
    PERSON_PREDICATES,
    PROFESSIONS,
    ROLE_NOUNS,
)
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, INTL, KEEP, NAME, SUR, Lexicon
from coachdesk.privacy.name_evidence import ordinary_word
from coachdesk.privacy.name_words import fi_common_word, foreign
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand
from coachdesk.privacy.spoken_numbers import LETTER_NAMES
from coachdesk.privacy.tokens import Token, char_before

RULES = {
    r.id: r
    for r in (
        Rule("kin_slang_given", "a kin or role word, a lower-case given name, a person's verb: the name"),
        Rule("role_quoted_nick", "a role word or given name, a quoted nickname, a surname: the nickname, the name"),
        Rule("bracket_surname", "a given name and one surname-shaped word in brackets: the surname (puh X (Y))"),
        Rule("bracket_role_given", "a found name, then a role and a given name in brackets: the given name (X (pomo, Y))"),
        Rule("field_particle_name", "a person field, a particle surname, a comma and the given names: the whole name"),
        Rule("word_given_age", "a capitalised word before a found surname and an age: the given name"),
        Rule("subject_found", "a word of an e-mail subject line found as a person in the body: the word"),
        Rule("unknown_copy", "a capitalised word in no list, found as a person elsewhere in the text: this copy too"),
        Rule("spelled_name", "four or more capital letters spelled one by one: a name spelled out (J I N U …)"),
        Rule("caps_surname", "one to three words in capitals next to a found person: the surname as papers write it"),
        Rule("caps_full_name", "two or three words in capitals on their own, a given name of the lists among them: a name as papers write it"),
        Rule("spoken_spelled", "four or more letters said as their names or single letters: a name spelled out in dictation"),
    )
}

_KIN = words("KIN_SLANG") | words("HURRIED_KIN_ROLE") | ROLE_NOUNS
_ROLES = _KIN | PROFESSIONS | words("NAMED_ROLES") | words("HURRIED_NAME_ROLES")
_VERBS = (words("KIN_SLANG_VERBS") | words("HURRIED_TALK_AFTER") | LOWER_CTX_AFTER | FI_PERSON_VERBS
          | words("HURRIED_PEOPLE_SAID") | EN_PERSON_VERBS)
_AUX = words("KIN_SLANG_AUX")
_STATES = _VERBS | PERSON_PREDICATES | HUMAN_STATES
_NOT_GIVEN = words("HURRIED_NOT_GIVEN")
_NOT_AFTER_ROLE = words("NOT_NAME_AFTER_ROLE")
_FILLERS = words("PRED_FILLERS") | words("KIN_SLANG_FILLERS")
_POSSESSIVE = words("HURRIED_POSSESSIVE") | words("KIN_SLANG_POSSESSIVE")
_NEG = words("NEG_PERSON") | words("WORD_NAME_NEG_PAST") | _VERBS
_LABELS = words("PEOPLE_FORM_LABELS")
_PARTICLES = words("NAME_PARTICLES")
_WORD_NOT = (words("WORD_GIVEN_NOT") | words("TITLES") | GREETINGS | FUNCTION_NEXT | ROLE_NOUNS | PROFESSIONS
             | words("LOWER_CTX_BEFORE") | words("HURRIED_CALL_OPENERS"))
_WEEKDAY_GIVEN = words("WEEKDAY_GIVEN_NAMES")  # kept words (the days), given names too: `Sunday X (38)`
_TIME_BEFORE_WEEKDAY = words("TIME_BEFORE_WEEKDAY")
_POSSESSIVE_SUFFIX = ("nsa", "nsä", "ni", "si", "mme", "nne")
_KIN_FORMS = _KIN | frozenset(k + p for k in _KIN for p in _POSSESSIVE_SUFFIX)  # `ukkoni`, `siskonsa`, `pomomme`
_CLAUSE_OPEN = ("", "\n", ".", "!", "?", ";", ",", ":", "(")
_QUOTES = "\"'“”‘’«»"
_QUOTED = re.compile(r"[\"'“”‘’«»]([^\W\d_]{2,20}(?: [^\W\d_]{2,20})?)[\"'“”‘’«»] ([^\W\d_][\w'’-]{2,30})(?![\w'’-])")
_ROLE_BRACKET = re.compile(r"\(([^\W\d_][\w-]{1,30})(?:,|:)? ([^\W\d_][\w'’-]{1,30})\)")
_IN_BRACKET = re.compile(r"\(([^\W\d_][\w'’-]{2,30})\)")
_WORD_BEFORE = re.compile(r"(?<![\w-])([^\W\d_][\w-]{1,30}) $")
_FIELD = re.compile(
    r"(?m)^[ \t]*[-•*]?[ \t]*([^\W\d_]+)[ \t]*:[ \t]*((?:[^\W\d_]+[ \t-]){1,3}[A-ZÅÄÖ][\w'’]*),[ \t]*"
    r"([A-ZÅÄÖ][\w'’-]+(?:[ \t][A-ZÅÄÖ][\w'’-]+)?)(?=[ \t]*(?:$|[(;,–—]|-[ \t]|\d))"
)
_LOCAL_ENDS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "na", "nä")
_SUBJECT = re.compile(r"(?im)^[ \t]*(?:subject|aihe|ämne|otsikko|rubrik)[ \t]*:[ \t]*([^\n]{1,80})$")
_SUBJECT_PREFIX = frozenset("re vs sv fw fwd vl aw".split())
_AGE_AFTER = re.compile(  # `, 27.` `, age 27,` `(27)` `27 v` `27-vuotias`
    r"(?:,[ \t](?:age[ \t]|ikä[ \t]|ålder[ \t])?([1-9]\d)(?=[.,;)!:]?(?:\s|$))|[ \t]\(([1-9]\d)\)"
    r"|,?[ \t]([1-9]\d)[ \t]?(?:v|y/o|yo|yrs|år|vuotta|-vuotias)(?![\w/]))"
)


def _covering(cands: list[Cand], n: int) -> tuple[bytearray, bytearray, bytearray]:
    """Per character: covered by any candidate, by a certain PERSON candidate, by a PERSON or LOCATION one."""
    any_cov, person, named = bytearray(n), bytearray(n), bytearray(n)
    for c in cands:
        any_cov[c.start : c.end] = b"\x01" * (c.end - c.start)
        if c.label in ("PERSON", "LOCATION"):
            named[c.start : c.end] = b"\x01" * (c.end - c.start)
            if c.label == "PERSON" and not c.uncertain:
                person[c.start : c.end] = b"\x01" * (c.end - c.start)
    return any_cov, person, named


def name_shaped(lex: Lexicon, word: str, lang: str) -> bool:
    """A surname of the lists, or an unknown word of a name's shape (no frequent word, no word of the text's
    language, no ordinary Finnish compound, no kept word, no role, verb or kin word)."""
    low = word.lower()
    if len(low) < 3 or low in _ROLES or low in _VERBS or low in _NOT_GIVEN or low in _PARTICLES:
        return False
    flags, _, _ = lex.lookup(low)
    if flags & KEEP or lex.lookup_all(low) & KEEP:
        return False
    if flags & SUR and not flags & (COMMON | AMBIG):
        return True
    if flags or low in lex.frequent or lex.lang_words.get(low) or fi_common_word(low, lex) or len(low) > 13:
        return False
    if any(len(b) >= 4 and (b in lex.frequent or lex.lang_words.get(b)) for b, _ in analyses(low)[1:]):
        return False  # a case form of a word
    return low.isalpha()


def _unknown_given(lex: Lexicon, low: str) -> bool:
    """A lower-case word in no list of a name's shape (no frequent word, no word of a language, no case form of
    one, no ordinary Finnish compound): `tunji`, not `kinda`, `itse`, `hr`."""
    if len(low) < 3 or not low.isalpha() or lex.lookup_all(low) or low in lex.frequent or lex.lang_words.get(low):
        return False
    return not fi_common_word(low, lex) and not any(
        len(b) >= 4 and (b in lex.frequent or lex.lang_words.get(b)) for b, _ in analyses(low)[1:])


def _cand(start: int, end: int, rule: str, key: tuple[str, str], prio: int = PRIO_NAME) -> Cand:
    return Cand(start, end, "PERSON", "person", f"{RULES[rule].doc.split(':')[0]} ({rule})", prio, key=key)


def _kin_slang(text: str, toks: list[Token], lex: Lexicon, person: bytearray) -> list[Cand]:
    """Rule kin_slang_given."""
    out: list[Cand] = []
    for i in [i for i, t in enumerate(toks[:-2]) if t.lower in _KIN_FORMS]:
        kin = toks[i]
        owner = toks[i - 1] if i > 0 else None  # `mun ukko X`, `asiakkaan ukko X`, `my mum X`
        opens = char_before(text, kin.start, " \t-–•*") in _CLAUSE_OPEN or (
            owner is not None and (owner.lower in _POSSESSIVE or (owner.lower.endswith("n") and owner.text.islower()))
            and text[owner.end : kin.start] == " " and char_before(text, owner.start, " \t-–•*") in _CLAUSE_OPEN)
        after_talk = i > 0 and toks[i - 1].lower in _VERBS and text[toks[i - 1].end : kin.start] == " "
        if not opens and not after_talk:
            continue
        name, verb = toks[i + 1], toks[i + 2]
        low = name.lower
        if (text[kin.end : name.start] != " " or not name.text.islower() or person[name.start]
                or low in _KIN or low in _NOT_GIVEN or low in _NOT_AFTER_ROLE):
            continue
        flags = lex.get(low)
        if flags & KEEP or not (flags & FIRST or _unknown_given(lex, low)):
            continue
        gap = text[name.end : verb.start]
        if (gap == " " and verb.lower in _FILLERS and i + 3 < len(toks) and text[verb.end : toks[i + 3].start] == " "
                and toks[i + 3].lower in _STATES):
            verb = toks[i + 3]  # `ukko X taas kännissä`: one filler word before the verb or state
        said = gap in (" ", ", ") and opens and verb.lower in _STATES
        if not said and opens and gap == " " and verb.lower in _AUX and i + 3 < len(toks) and text[
                verb.end : toks[i + 3].start] == " ":
            said = toks[i + 3].lower in _STATES or (verb.lower == "ei" and toks[i + 3].lower in _NEG)
        if not said and after_talk:
            said = gap.strip()[:1] in (",", ".", ";", "!", "?", "(", "–", "-")
        if said:
            out.append(_cand(name.start, name.end, "kin_slang_given", (low, "")))
    return out


def _quoted_nick(text: str, toks: list[Token], lex: Lexicon, lang: str) -> list[Cand]:
    """Rule role_quoted_nick."""
    out: list[Cand] = []
    for m in _QUOTED.finditer(text):
        if m.start() == 0 or text[m.start() - 1] != " ":
            continue
        before = bisect.bisect_left(toks, m.start(), key=lambda t: t.start) - 1
        if before < 0 or toks[before].end != m.start() - 1:
            continue
        prev = toks[before]
        flags = lex.get(prev.lower)
        given = prev.lower not in _ROLES and bool(flags & FIRST) and not flags & (KEEP | COMMON)
        if prev.lower not in _ROLES and not given:
            continue
        nick = m.group(1).lower()
        if nick in lex.frequent and not lex.get(nick) & NAME and len(nick) < 4:
            continue  # 'ok', "no": a word said, no nickname
        if any(w in FUNCTION_NEXT or w in _NOT_AFTER_ROLE or w in _VERBS for w in nick.split()):
            continue  # "ei käy", "on ok": words said, no nickname
        key = (nick, m.group(2).lower())
        if name_shaped(lex, m.group(2), lang):
            out.append(_cand(m.start(1), m.end(1), "role_quoted_nick", key))
            out.append(_cand(m.start(2), m.end(2), "role_quoted_nick", key))
            if given:
                out.append(_cand(prev.start, prev.end, "role_quoted_nick", key))
        elif not given and " " not in nick and m.group(2).lower() in _VERBS and not lex.lookup_all(nick) & KEEP:
            out.append(_cand(m.start(1), m.end(1), "role_quoted_nick", (nick, "")))  # `pomo "X" huutaa`
    return out


def _bracket(text: str, lex: Lexicon, lang: str, person: bytearray, named: bytearray) -> list[Cand]:
    """Rule bracket_surname."""
    out: list[Cand] = []
    p = text.find(" (")
    while p >= 0:
        m = _IN_BRACKET.match(text, p + 1)
        w = _WORD_BEFORE.search(text, max(0, p - 31), p + 1) if m else None
        if m and w:
            inner = m.group(1)
            same_case = inner[:1].isupper() == w.group(1)[:1].isupper()  # `Liisa (ohjaaja)`: a gloss, no surname
            if inner.lower().endswith(_LOCAL_ENDS) and not lex.get(inner.lower()) & SUR:
                inner = ""  # `(X:sta)`, `(X:lla)`: where the person is or comes from, no surname
            given = w.group(1).lower()
            surname = bool(lex.get(inner.lower()) & SUR) or inner.lower().endswith("nen") or (
                foreign(inner) and (foreign(given) or bool(lex.get(given) & INTL)))  # `ade (X)`, not `mervi (app)`
            asked = named[m.start(1)] and not person[m.start(1)]  # another rule asks about it already
            if (inner and named[w.start(1)] and same_case and not person[m.start(1)] and (surname or asked)
                    and name_shaped(lex, inner, lang)):
                out.append(_cand(m.start(1), m.end(1), "bracket_surname", (w.group(1).lower(), inner.lower())))
        p = text.find(" (", p + 2)
    return out


def _bracket_role(text: str, lex: Lexicon, named: bytearray, person: bytearray) -> list[Cand]:
    """Rule bracket_role_given."""
    out: list[Cand] = []
    p = text.find(" (")
    while p >= 0:
        m = _ROLE_BRACKET.match(text, p + 1)
        if m and p > 0 and named[p - 1]:
            a, b = m.group(1), m.group(2)
            word, start = (b, m.start(2)) if a.lower() in _ROLES else (a, m.start(1))
            other = a if word is b else b
            low = word.lower()
            flags = lex.get(low)
            if (other.lower() in _ROLES and low not in _ROLES and not person[start] and not flags & KEEP
                    and low not in _NOT_AFTER_ROLE and low not in _NOT_GIVEN
                    and flags & FIRST):  # an unknown word there is as often a language (`tulkki, X`)
                out.append(_cand(start, start + len(word), "bracket_role_given", (low, "")))
        p = text.find(" (", p + 2)
    return out


def _field(text: str, lex: Lexicon) -> list[Cand]:
    """Rule field_particle_name."""
    out: list[Cand] = []
    if ":" not in text or "," not in text:
        return out
    for m in _FIELD.finditer(text):
        if m.group(1).lower() not in _LABELS:
            continue
        parts = re.split(r"[ \t-]+", m.group(2))
        if len(parts) < 2 or any(p.lower() not in _PARTICLES for p in parts[:-1]):
            continue
        if lex.lookup_all(parts[-1]) & KEEP or any(lex.lookup_all(g) & KEEP for g in m.group(3).split()):
            continue
        out.append(_cand(m.start(2), m.end(3), "field_particle_name", (m.group(3).lower(), parts[-1].lower()),
                         PRIO_NAME + 5))
    return out


def _word_given(text: str, toks: list[Token], lex: Lexicon, cover: bytearray, person: bytearray) -> list[Cand]:
    """Rule word_given_age (the surname a certain person finding or one of the lists: a word asked about is none)."""
    out: list[Cand] = []
    for k in [k for k, t in enumerate(toks) if t.cap and k]:
        sur = toks[k]
        m = _AGE_AFTER.match(text, sur.end)
        if m is None or not 15 <= int(m.group(m.lastindex or 1)) <= 99:
            continue
        listed = not cover[sur.start] and lex.get(sur.lower) & (SUR | COMMON | KEEP | AMBIG) == SUR
        if not (person[sur.start] or listed):
            continue
        word = toks[k - 1]
        low = word.lower
        weekday = low in _WEEKDAY_GIVEN and not (k > 1 and toks[k - 2].lower in _TIME_BEFORE_WEEKDAY)  # Sunday X (38)
        if (word.cap and text[word.end : sur.start] == " " and not cover[word.start] and low.isalpha()
                and low not in _WORD_NOT and (weekday or not lex.lookup_all(low) & KEEP) and len(low) >= 3):
            out.append(_cand(word.start, word.end, "word_given_age", (low, sur.lower)))
            if listed:
                out.append(_cand(sur.start, sur.end, "word_given_age", (low, sur.lower)))
    return out


def _subject(text: str, toks: list[Token], lex: Lexicon, cands: list[Cand], cover: bytearray) -> list[Cand]:
    """Rule subject_found."""
    out: list[Cand] = []
    lines = [(m.start(1), m.end(1)) for m in _SUBJECT.finditer(text)]
    if not lines:
        return out
    found: set[str] = set()
    for c in cands:
        if c.label == "PERSON" and not c.uncertain and not any(s <= c.start < e for s, e in lines):
            found.update(w.lower() for w in re.findall(r"[^\W\d_]+", text[c.start : c.end]))
            found.update(k for k in c.key if k)
    for s, e in lines:
        k = bisect.bisect_left(toks, s, key=lambda t: t.start)
        while k < len(toks) and toks[k].start < e:
            t = toks[k]
            k += 1
            if not t.cap or cover[t.start] or t.lower in _SUBJECT_PREFIX or lex.lookup_all(t.text) & KEEP:
                continue
            if t.lower in found or lex.lookup(t.text)[1] in found or _lone_unknown_subject(text, toks, lex, t, s, e):
                out.append(_cand(t.start, t.end, "subject_found", (t.lower, "")))
    return out


def _lone_unknown_subject(text: str, toks: list[Token], lex: Lexicon, t: Token, s: int, e: int) -> bool:
    """A subject line that is one word in no list and no ordinary word (no form or compound of a frequent word),
    which the body repeats capitalised (`Aihe: X` … `X on ollu töissä`): a person's name, mostly a surname."""
    if text[s:e].strip() != t.text or len(t.lower) < 4 or lex.lookup_all(t.text) or t.lower in lex.frequent:
        return False
    if any(len(b) >= 4 and b in lex.frequent for b, _ in analyses(t.lower)[1:]) or fi_common_word(t.lower, lex):
        return False
    return any(u.text == t.text for u in toks if u.start >= e)


def _unknown_copies(toks: list[Token], lex: Lexicon, cands: list[Cand], cover: bytearray, text: str) -> list[Cand]:
    """Rule unknown_copy."""
    sure: set[str] = set()
    for c in cands:
        if c.label == "PERSON" and c.end - c.start >= 4 and " " not in text[c.start : c.end]:
            word = text[c.start : c.end]
            if word[:1].isupper() and word[1:].islower() and word.isalpha() and not c.uncertain:
                sure.add(word)
    out: list[Cand] = []
    if not sure:
        return out
    for t in [t for t in toks if t.text in sure]:
        if not cover[t.start]:
            low = t.lower
            if lex.lookup_all(low) or low in lex.frequent or lex.lang_words.get(low):
                continue
            out.append(_cand(t.start, t.end, "unknown_copy", (low, "")))
    return out


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New PERSON candidates of :data:`RULES` (``cands``: found so far, read only)."""
    cover, person, named = _covering(cands, len(text))
    out = _kin_slang(text, toks, lex, person)
    if any(q in text for q in _QUOTES):
        out += _quoted_nick(text, toks, lex, lang)
    if "(" in text:
        out += _bracket(text, lex, lang, person, named)
        out += _bracket_role(text, lex, named, person)
    out += _field(text, lex)
    out += _word_given(text, toks, lex, cover, person)
    if ":" in text:
        out += _subject(text, toks, lex, cands + out, cover)
    out += _unknown_copies(toks, lex, cands + out, cover, text)
    out += _caps_full_names(text, toks, lex, lang, cover)
    return out + _spelled(text) + _spoken_spelled(text, cover, named) + _caps_surnames(text, toks, lex, lang, cands + out, cover)


# one capital letter, then three or more, each after the same one separator (a space or a hyphen)
_SPELLED = re.compile(r"(?<![\w-])[A-ZÅÄÖ](?:( |-)[A-ZÅÄÖ])(?:\1[A-ZÅÄÖ]){2,}(?![\w-])")


# Letters as a dictation writes them (fi, sv, en); a single letter is one too. Not the words among them
# that a sentence uses as words more than as letters (`see`, `you`, `why`, `oh`, `eye`, `en`, `de`).
_LETTER_WORDS = frozenset(LETTER_NAMES) | frozenset((
    "be ce ge hå ji kå ell em emm enn pe ku ärr ess te ve zäta "  # Swedish
    "ay cee ef gee aitch jay kay el pee cue ar tee vee zed zee double-u"  # English
).split())
_SPOKEN_RUN = re.compile(r"(?<![\w'’-])[^\W\d_]{1,10}(?: [^\W\d_]{1,10}){3,}(?![\w'’-])")
_MIN_SPOKEN_LETTERS = 4


def _spoken_spelled(text: str, cover: bytearray, named: bytearray) -> list[Cand]:
    """Rule spoken_spelled: the longest runs of letters said one by one (``cover``/``named``: characters any
    candidate / a PERSON or LOCATION candidate holds; a run another kind of finding touches is not a name)."""
    if " " not in text:
        return []
    out: list[Cand] = []
    for m in _SPOKEN_RUN.finditer(text.lower()):
        run, pos = [], m.start()
        for w in m.group(0).split(" "):
            if len(w) == 1 or w in _LETTER_WORDS:
                run.append((pos, w))
            else:
                out.extend(_letter_run(run, cover, named))
                run = []
            pos += len(w) + 1
        out.extend(_letter_run(run, cover, named))
    return out


def _letter_run(run: list[tuple[int, str]], cover: bytearray, named: bytearray) -> list[Cand]:
    """A run long enough, with two letter names or more, or single letters only (`l i a n`)."""
    if len(run) < _MIN_SPOKEN_LETTERS or sum(len(w) > 1 for _, w in run) == 1:
        return []
    start, end = run[0][0], run[-1][0] + len(run[-1][1])
    if any(cover[i] and not named[i] for i in range(start, end)):
        return []
    return [Cand(start, end, "PERSON", "person", "a name spelled out in dictation (spoken_spelled)", PRIO_NAME)]


_MAX_CAPS_WORDS = 3


def _caps_surnames(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand], cover: bytearray) -> list[Cand]:
    """Rule caps_surname: one to three words in capitals right before or after a found person, each apart by one
    space (`MAKIESE BOLINGO Espérance`, `NSIMBA Mbuyi Espoir`, `Matti VIRTANEN`): the person's surname as papers
    write it. Before the person, a comma may end the capitals of a line's or field's value when the word next to it is
    no ordinary word of the text's dictionary (`Hakija: LEPIK, Ülle`; not `YHTEENVETO, Anna`, `The CTO, Anna`), a particle may stand between two of them (`ALBUQUERQUE DE SOUZA Joao`), and a two-letter surname of the lists may be the word next to it
    (`DO Van Khanh`, `LÊ Quốc Bảo`)."""
    if not any(t.upper for t in toks):
        return []
    people = {c.start: c for c in cands if c.label == "PERSON" and not c.uncertain}
    ends = {c.end: c for c in people.values()}
    out: list[Cand] = []

    def surname(k: int) -> bool:
        return _caps_surname_word(toks[k], lex, cover)

    for k, t in enumerate(toks):
        person = people.get(t.start)
        if person is not None and k:  # capitals before it
            j = k
            gap = text[toks[k - 1].end : t.start]
            if (surname(k - 1) and (gap == " " or (gap == ", " and _field_value(text, toks[k - 1].start)
                                                    and not ordinary_word(toks[k - 1].lower, lang)))) or (
                    gap == " " and _short_caps_surname(toks[k - 1], lex, cover)):
                j = k - 1
                while j > 0 and k - j < _MAX_CAPS_WORDS and text[toks[j - 1].end : toks[j].start] == " ":
                    if surname(j - 1):
                        j -= 1
                    elif (j > 1 and k - j + 1 < _MAX_CAPS_WORDS and toks[j - 1].text in _CAPS_PARTICLES
                          and text[toks[j - 2].end : toks[j - 1].start] == " " and surname(j - 2)):
                        j -= 2  # ALBUQUERQUE DE SOUZA
                    else:
                        break
                if (j and toks[j - 1].text in _CAPS_PARTICLES and k - j < _MAX_CAPS_WORDS
                        and text[toks[j - 1].end : toks[j].start] == " "):
                    j -= 1  # DA SILVA ROCHA João: a particle opens the surname
                out.append(Cand(toks[j].start, toks[k - 1].end, "PERSON", "person", "a surname in capitals (caps_surname)",
                                PRIO_NAME, key=person.key))
        person = ends.get(t.end)
        if person is not None:  # capitals after it
            j = k
            while j + 1 < len(toks) and j - k < _MAX_CAPS_WORDS and surname(j + 1) and text[toks[j].end : toks[j + 1].start] == " ":
                j += 1
            if j > k:
                out.append(Cand(toks[k + 1].start, toks[j].end, "PERSON", "person", "a surname in capitals (caps_surname)",
                                PRIO_NAME, key=person.key))
    return out


def _field_value(text: str, start: int) -> bool:
    """The word at ``start`` opens a line or a field's value: before it only spaces or tabs, then a line break, a colon,
    an opening bracket or quote (`Hakija: X, Y`; not `The CTO, Y`)."""
    before = text[max(0, start - 40) : start].rstrip(" \t")
    return not before or before[-1] in "\n:([\"'“”‘’«»"


_HEADING_CAPS = 0.6  # share of a line's letters in capitals from which the line is a heading (`ENROLMENT FORM – IT`)


def _caps_full_names(text: str, toks: list[Token], lex: Lexicon, lang: str, cover: bytearray) -> list[Cand]:
    """Rule caps_full_name: two or three words in capitals on their own (`XOVAL OLENA`), a given name among them."""
    if not any(t.upper for t in toks):
        return []
    out: list[Cand] = []
    line: list[int] = []  # the last line read: start, end, heading or not (see _caps_heading)
    n, k = len(toks), 0
    while k < n:
        if not toks[k].upper:
            k += 1
            continue
        j = k
        while j + 1 < n and toks[j + 1].upper and text[toks[j].end : toks[j + 1].start] == " ":
            j += 1
        run, k = toks[k : j + 1], j + 1
        nxt = toks[k] if k < n else None
        if nxt is not None and nxt.cap and text[run[-1].end : nxt.start] == " ":
            continue  # capitals before a capitalised word: the surname of a name (rule caps_surname)
        if 2 <= len(run) <= 3 and not _caps_heading(text, run[0].start, line):
            given = _caps_given(run, lex, lang, cover)
            if given is not None:
                sur = next(t.lower for t in run if t.lower != given)
                out.append(Cand(run[0].start, run[-1].end, "PERSON", "person", "a name in capitals (caps_full_name)",
                                PRIO_NAME, key=(given, sur)))
    return out


def _caps_given(run: list[Token], lex: Lexicon, lang: str, cover: bytearray) -> str | None:
    """The given name of a run of words in capitals that reads as one person's name (see ``caps_full_name``), or None."""
    if not all(_caps_surname_word(t, lex, cover) or lex.get(t.lower) & FIRST for t in run):
        return None
    firsts = [t for t in run if lex.get(t.lower) & FIRST and t.text not in _CAPS_PARTICLES]
    clean = [t for t in firsts if not lex.get(t.lower) & (AMBIG | COMMON)]
    for given in clean or firsts:
        others = [t for t in run if t is not given]
        if all(_caps_surname_word(t, lex, cover) and not ordinary_word(t.lower, lang) for t in others) and (
                clean or any(lex.get(t.lower) & SUR and not lex.get(t.lower) & (AMBIG | COMMON) for t in others)):
            return given.lower
    return None


def _caps_heading(text: str, at: int, line: list[int]) -> bool:
    """The line holding ``at`` is mostly capitals: a heading or a form's title, no name. ``line`` holds the start, end
    and verdict of the last line read (calls come in text order, so each line is read once: linear in the text)."""
    if not line or at >= line[1]:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        letters = sum(ch.isalpha() for ch in text[start:end])
        upper = sum(ch.isupper() for ch in text[start:end])
        line[:] = [start, end, upper > _HEADING_CAPS * letters]
    return bool(line[2])


# particles of a surname written in capitals (`ALBUQUERQUE DE SOUZA`, `DA SILVA`): between two capital words or opening them
_CAPS_PARTICLES = frozenset("DE DA DO DOS DAS DEL DI DU VAN VON DER DEN TER LA LE AL EL BIN BEN".split())


def _caps_surname_word(t: Token, lex: Lexicon, cover: bytearray) -> bool:
    """A word in capitals that may be a surname: three letters or more (each part of a hyphenated one two or more:
    `AL-SAADI`), free, no acronym or listed abbreviation (``acronyms.word_caps``), no kept term. A frequent word form
    counts only when the name lists hold it and it is no ordinary word (`LIU`, `FARAH`, `PAZ`; not `JA`, `HUOM`)."""
    parts = t.text.split("-")
    if not (t.upper and len(t.text) >= 3 and all(len(p) >= 2 and p.isalpha() for p in parts) and not cover[t.start]):
        return False
    if lex.lookup_all(t.text) & KEEP or any(word_caps(p, lex) and not _listed_name(p, lex) for p in parts):
        return False
    return not (len(parts) > 1 and word_caps(parts[0], lex))  # (ADHD-HOITO is no surname, even of the lists)


def _listed_name(caps: str, lex: Lexicon) -> bool:
    """A word of the name lists that reads as no ordinary word and no acronym: only its frequency made ``word_caps``
    take it (`LIU`, `FARAH`)."""
    low = caps.lower()
    return (bool(lex.get(low) & NAME) and not lex.get(low) & (AMBIG | COMMON | KEEP)
            and not known_acronym(caps, lex) and caps not in not_person_caps())


def _short_caps_surname(t: Token, lex: Lexicon, cover: bytearray) -> bool:
    """Two capitals that a surname list holds (`DO`, `LÊ`, `WU`) right before a found person; not a listed
    abbreviation or acronym (`PT`, `TE`) and no kept term."""
    low = t.lower
    return (len(t.text) == 2 and t.upper and t.text.isalpha() and not cover[t.start] and bool(lex.get(low) & SUR)
            and not lex.get(low) & KEEP and not known_acronym(t.text, lex) and t.text not in not_person_caps())


def _spelled(text: str) -> list[Cand]:
    """Rule spelled_name."""
    return [Cand(m.start(), m.end(), "PERSON", "person", "a name spelled out (spelled_name)", PRIO_NAME)
            for m in _SPELLED.finditer(text)]
