"""Names in hurried notes: initials, lower-case surnames and word-names with the evidence around them.

Runs after the name rules and the name model (``scrubber._scrub``) and only adds person candidates; a
kept word (lexicon KEEP) or anything another label already covers is never taken. Every decision is
one row of :data:`RULES`: an id, what it looks at, and the evidence the name reading needs (the
number of bearers in the DVV lists, ``min_bearers``; an ordinary word that is also a name needs more).

| id | shape (invented examples) | evidence |
|---|---|---|
| initial_after | a name, then one letter: `heikkinen t.`, `jaana h.`, `koivunen j.:n`, `Pirjo V 14:05` | listed name (or found); a word-name (`koski`) needs the dot; no dot: no one-letter word of the language |
| initial_before | one letter, a dot, a surname: `p.virtanen`, `p. virtanen` | listed surname, no ordinary word unless written `p.koski` |
| hyphen_initial | a first name, a hyphen, one letter: `kari-j`, `Kalle-P` | listed first name |
| double_initials | `K.M.`, `J.-P.`, `P.-L.:n`, `E-L`, `A-M (41)` | two capitals; not a known abbreviation (P.S., N.B., A-Ö) |
| role_surname | a profession, then a lower-case surname: `lääkäri niskanen` | listed surname, no ordinary word |
| grow_surname | a found first name, then a lower-case surname that is also a word: `jaana koski` | listed surname, many bearers, no verb form |
| role_first | a lower-case first name after a role noun of a dictated note: `asiakkaan liisa kosken`, `klienten anna berg` | listed first name, 500+ bearers, no word |
| word_name_verb | a word-name opening a line or sentence, a person's verb after: `usko kävi`, `sulo perui` | listed first name; verbs a thing does not do |
| initials_name | initials with dots before a capitalised name that is also a word: `A.-K. Laine` | listed name; not a lettered list's marker (`A. Tavoitteet` / `B. Keinot`: `initial_names.lettered_item`) |
| label_name | a name after a person field label: `vastuu: Toivo`, `ansvarig: Berit L.`, `owner: Rose`, `vastuu: M-K` | listed name or unknown capitalised word, no profession or kept word |
| speaker_time | a chat speaker line: `Pirjo V 14:05`, `Rose 10:02:` | listed name (any reading), then a time |
| quoted_signoff | a first name alone on a quoted line: `> Satu` | listed first name |
| dash_initial | one initial signing off after a dash at the end of a line: `… niin. – T.` | a sentence ended before |
| particle_name | a particle name after a found name: `Omar el-Amin`, `Anna van der Berg` | the found name |
| lower_initials | two lower-case initials before a person's verb, and again: `jm soitti … jm lupas` | no word, no known abbreviation |
| list_sibling | a lower-case name in a comma list next to a found one: `omar ok, tim sjuk`, `virtanen, heikkinen` | listed name, 3+ letters, no word |
| propagate | the same surname or first name again in lower case: `… mäkinen j. … mäkinen lupasi` | found by a rule above, or by any rule when it is no ordinary word |
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from coachdesk.privacy import token_index
from coachdesk.privacy.cue_scan import word_start_keywords
from coachdesk.privacy.cues import LOWER_CTX_AFTER, PROFESSIONS
from coachdesk.privacy.initial_names import lettered_item
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, INTL, KEEP, NAME, PLACE, SUR, Lexicon
from coachdesk.privacy.name_words import lexicon_ending
from coachdesk.privacy.spans import PRIO_NAME, Cand
from coachdesk.privacy.spoken_numbers import CARDINAL, DAY_ORDINALS, FI_MONTH_ORDINALS
from coachdesk.privacy.tokens import Token, char_before
from coachdesk.privacy.verbs import is_finite_verb


@dataclass(frozen=True, slots=True)
class Rule:
    """One named rule of hurried notes: its id, a one-line doc and how common its name reading must be."""

    id: str
    doc: str
    min_bearers: int = 0  # the name reading needs at least this many bearers (0: any listed name)


RULES = {
    r.id: r
    for r in (
        Rule("initial_after", "a name, then a one-letter initial", 50),
        Rule("initial_before", "an initial with a dot, then a surname", 200),
        Rule("hyphen_initial", "a first name, a hyphen, one letter", 50),
        Rule("double_initials", "two capital initials with dots or a hyphen"),
        Rule("role_surname", "a profession, then a lower-case surname", 300),
        Rule("grow_surname", "a found first name, then a lower-case surname that is also a word", 1000),
        Rule("role_first", "a lower-case first name after a role noun (asiakkaan, klienten, client)", 500),
        Rule("word_name_verb", "a word-name opening a line, a person's verb after", 300),
        Rule("initials_name", "initials with dots before a capitalised listed name", 50),
        Rule("label_name", "a name after a person field label (vastuu:, ansvarig:, owner:)", 0),
        Rule("speaker_time", "a chat speaker: a name (and an initial) before a time at a line start", 0),
        Rule("quoted_signoff", "a listed first name alone on a quoted line", 100),
        Rule("dash_initial", "one initial after a dash ending a line"),
        Rule("particle_name", "el-/al-/van/von/bin … after a found name"),
        Rule("lower_initials", "two lower-case initials before a person's verb"),
        Rule("list_sibling", "a lower-case first name in a comma list next to a found name", 300),
        Rule("propagate", "a name found by these rules, again in lower case", 50),
    )
}

# one-letter words: no initial without a dot ("i", "a", "å", "ö", "o")
_ONE_LETTER_WORDS = {"fi": frozenset("o"), "sv": frozenset("iåöo"), "en": frozenset("aio")}
_INITIAL_AFTER = re.compile(r"[ \t]([^\W\d_])(\.?)(?=(:[^\W\d_]{1,5})?(?:[\s,;:)!?]|$|\.\s|\.$))")
_INITIAL_BEFORE = re.compile(r"(?<![\w.\-@])([^\W\d_])\.([ \t]?)([a-zåäö][a-zåäö\-]{2,})(?![\w@.]\w)")
_HYPHEN_INITIAL = re.compile(r"(?<![\w\-])([^\W\d_]{3,})-([^\W\d_])(?![\w\-.]|\.\w)")
_DOUBLE_INITIALS = re.compile(r"(?<![\w.\-])([A-ZÅÄÖ])\.-?[ ]?([A-ZÅÄÖ])\.|(?<![\w.\-])([A-ZÅÄÖ])-([A-ZÅÄÖ])(?![\w\-])")
_NOT_INITIALS = frozenset(
    "PS NB EU US UK YK EY AD BC AM PM OK TV IT HR QA PR CV EG IE ÅA TE KY HY TY JY OY AB LT EI".split()
)
_INITIALS_NAME = re.compile(r"(?<![\w.\-])(?:[A-ZÅÄÖ]\.-?[ ]?){1,2}(?=[A-ZÅÄÖ][a-zåäö])")
_LABELS = frozenset(
    """vastuu vastuuhenkilö vastuussa vastaava hoitaa tekijä yhteyshenkilö ansvarig ansvarar kontaktperson
    ägare owner responsible assignee contact lead""".split()
)
_LABEL_NAME = re.compile(
    r"(?m)(?:^|[;(]|\s[-–]\s)[ \t]*[-–•*]?[ \t]*([^\W\d_]+)[ \t]*:[ \t]*"
    r"([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?|[A-ZÅÄÖ]\.?-[A-ZÅÄÖ]\.?)"
    r"(?:[ \t]+([A-ZÅÄÖ](?:\.|(?=[\s,;)]|$))|[A-ZÅÄÖ][a-zåäö]+(?=[\s,;)]|$)))?"
)
_LABEL_AT = re.compile(_LABEL_NAME.pattern.split("[ \\t]*[-–•*]?[ \\t]*", 1)[1])
_DASH_BEFORE = re.compile(r"(?<=[.!?])[ \t]*(?:\n[ \t]*)?[–—-][ \t]?$")
_LINE_END_AFTER = re.compile(r"\.?[ \t]*(?:\n|$)")
_SPEAKER_TIME = re.compile(
    r"(?m)^[ \t]*([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)(?:[ \t]+([A-ZÅÄÖ][a-zåäö]*\.?))?[ \t]+\[?\d{1,2}[:.]\d{2}\b"
)
_QUOTED_SIGNOFF = re.compile(r"(?m)^[ \t]*>[ \t>]*([A-ZÅÄÖ][a-zåäö]+)[ \t]*$")
_PARTICLE = re.compile(
    r"[ \t]((?:(?:el|al|ul|abu|bin|ibn|van|von|de|da|di|du|del|der|den|la|le|ter|ten)[ \t-]){1,2}[A-ZÅÄÖ][\w'’]+)"
)
_LOWER_INITIALS = re.compile(r"(?<![\w.\-])([b-df-hj-np-tv-zåäö][a-zåäö])(?![\w\-])")
_ITEM_START = re.compile(r"(?:^|[,:;]|\s[-–])[ \t]*$")

# verbs a person does and a thing or a feeling hardly does ("usko kävi", "rauha palasi" is a thing)
_PERSON_VERBS_AFTER = frozenset(
    """kävi käy soitti soittaa kertoi kertoo sanoi sanoo lupasi lupas kysyi kysy vastasi ilmoitti laittoi
    perui peruutti peruttu myöhästyi saapui osallistui ilmoittautui pyysi toivoi halusi haluaa itki nauroi
    ringde sa sade berättade frågade kom lovade called said told asked came cancelled""".split()
)
_ROLE_BEFORE_LOWER = frozenset(
    """asiakas asiakkaan asiakkaalle asiakkaalta asiakkaana yhteyshenkilö yhteyshenkilön yhteyshenkilönä
    esihenkilö esihenkilön työkaveri kollega vaimo mies puoliso poika tytär äiti isä
    klient klienten klientens kontaktperson kontaktpersonen chefen kollegan
    client client's contact manager colleague""".split()
)
_FOLLOW_NOT = frozenset("ja tai and och or eller".split())


def _at(rx: re.Pattern[str], text: str, positions: list[int]) -> Iterator[re.Match[str]]:
    """The matches of ``rx`` anchored at each position (only where a rule can start: no scan of the text)."""
    for p in positions:
        m = rx.match(text, p)
        if m:
            yield m


def _flags(lex: Lexicon, word: str) -> tuple[int, str, int]:
    """(flags, base, bearers) of the best reading of ``word``."""
    flags, base, _ = lex.lookup(word)
    return flags, base, lex.counts.get(base, 0)


def _free(covered: bytearray, s: int, e: int) -> bool:
    return not any(covered[s:e])


def _cand(s: int, e: int, rule: str, key: tuple[str, str] = ("", ""), ending: str = "") -> Cand:
    return Cand(s, e, "PERSON", "person", f"hurried note ({rule})", PRIO_NAME, ending, key)


def find_hurried(text: str, toks: list[Token], lex: Lexicon, lang: str, chat: bool, cands: list[Cand]) -> list[Cand]:
    """New person candidates (and wider copies of found ones) by the rules of :data:`RULES`."""
    if not toks:
        return []
    covered = bytearray(len(text))  # characters another label holds
    person_end: dict[int, Cand] = {}
    person_start: dict[int, Cand] = {}
    for c in cands:
        if c.label == "PERSON":
            person_end[c.end] = c
            person_start[c.start] = c
        else:
            covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    st = _State(
        text, toks, lex, lang, chat, covered, [], set(), person_end, person_start,
        token_index.by_end(text, toks), token_index.by_start(text, toks),
        [t.start for t in toks if len(t.text) == 1],  # initials are one-letter words
    )
    _initials(st)
    _words(st)
    _structure(st, cands)
    _lower(st, cands)
    _propagate(st, cands)
    return st.out


@dataclass(slots=True)
class _State:
    """What every rule group reads; ``out`` and ``found`` (bases for "propagate") are filled in."""

    text: str
    toks: list[Token]
    lex: Lexicon
    lang: str
    chat: bool
    covered: bytearray
    out: list[Cand]
    found: set[str]
    person_end: dict[int, Cand]
    person_start: dict[int, Cand]
    by_end: dict[int, int]
    by_start: dict[int, int]
    singles: list[int]


def _name_ok(lex: Lexicon, t: Token, rule: str, words_ok: bool) -> tuple[bool, str]:
    """A listed name with the bearers the rule needs; a word-name only where ``words_ok``."""
    flags, base, count = _flags(lex, t.text)
    if not flags & NAME or flags & KEEP or count < RULES[rule].min_bearers:
        return False, base
    if flags & (AMBIG | COMMON) and not words_ok:
        return False, base
    return True, base



def _number_word(low: str) -> bool:
    """A number or ordinal word of any of the three languages (`kuudes`, `kuus`, `sjätte`, `sixth`)."""
    return (low in FI_MONTH_ORDINALS or any(low in d for d in DAY_ORDINALS.values())
            or any(f(low) is not None for f in CARDINAL.values()))


def _initials(st: _State) -> None:
    """Rules initial_after, initial_before, hyphen_initial, double_initials."""
    text, toks, lex, lang, chat, covered = st.text, st.toks, st.lex, st.lang, st.chat, st.covered
    out, found, person_end, by_end, by_start, singles = st.out, st.found, st.person_end, st.by_end, st.by_start, st.singles
    # initial_after: "heikkinen t.", "jaana h.", "Pirjo V 14:05"
    one_letter = _ONE_LETTER_WORDS.get(lang, frozenset())
    for m in _at(_INITIAL_AFTER, text, [p - 1 for p in singles if p > 0]):
        k = by_end.get(m.start())
        if k is None or not _free(covered, toks[k].start, m.end(2)):
            continue
        t, letter, dot = toks[k], m.group(1), m.group(2)
        if not dot and (letter.lower() in one_letter or (letter.islower() and not chat)):
            continue
        if _number_word(t.lower):
            continue  # "nolla kuudes A kuus": a number read out and a letter, no surname and initial
        nxt = text[m.end(2) : m.end(2) + 3].lstrip(" ")
        if nxt[:1].isdigit() and not re.match(r"\d{1,2}[:.]\d{2}", nxt + text[m.end(2) + 3 : m.end(2) + 6].lstrip(" ")):
            continue  # "koski n. 5 m": "n." is "noin"; a time after a chat speaker is fine
        found_name = person_end.get(t.end)
        if found_name is not None:
            s = found_name.start
            key = found_name.key
        else:
            if t.upper or (t.cap and not chat) or t.colon_suffix:
                continue
            ok, base = _name_ok(lex, t, "initial_after", bool(dot))
            if not ok:
                continue
            s, key = t.start, (base, "")
            found.add(base)
        out.append(_cand(s, m.end(2), "initial_after", key))

    # initial_before: "p.virtanen", "p. virtanen"
    for m in _at(_INITIAL_BEFORE, text, singles):
        k = by_start.get(m.start(3))
        if k is None or toks[k].end != m.end(3) or not _free(covered, m.start(), m.end()):
            continue
        flags, base, count = _flags(lex, toks[k].text)
        if not flags & SUR or flags & KEEP or count < RULES["initial_before"].min_bearers:
            continue
        if flags & (AMBIG | COMMON | PLACE) and m.group(2):
            continue  # "n. koski": about a rapid
        found.add(base)
        out.append(_cand(m.start(), m.end(3), "initial_before", ("", base), lexicon_ending(toks[k].text, lex)))

    # hyphen_initial: "kari-j", "Kalle-P"
    for m in _at(_HYPHEN_INITIAL, text, [t.start for t in toks if len(t.text) >= 5 and t.text[-2] == "-"]):
        if not _free(covered, m.start(), m.end()):
            continue
        flags, base, count = _flags(lex, m.group(1))
        if flags & FIRST and not flags & KEEP and count >= RULES["hyphen_initial"].min_bearers:
            out.append(_cand(m.start(), m.end(), "hyphen_initial", (base, "")))

    # double_initials: "K.M.", "J.-P.", "E-L", "A-M (41)"
    for m in _at(_DOUBLE_INITIALS, text, sorted(singles + [t.start for t in toks if len(t.text) == 3 and t.text[1] == "-"])):
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if (m.group(1) and a + b in _NOT_INITIALS) or b in "ÖÅZ" or not _free(covered, m.start(), m.end()):
            continue
        if not m.group(1) and text[m.end() : m.end() + 1] == ".":
            continue
        out.append(_cand(m.start(), m.end(), "double_initials", ((a + b).lower(), "")))


def _words(st: _State) -> None:
    """Rules role_first, role_surname, grow_surname, word_name_verb."""
    text, toks, lex, covered = st.text, st.toks, st.lex, st.covered
    out, found, person_end, person_start, by_end = st.out, st.found, st.person_end, st.person_start, st.by_end
    # only the words one of the three rules below can apply to: after a profession or a found name,
    # or before a person's verb (set operations in C, no Python step per word of the note)
    lowers = token_index.lowers(text, toks)
    look = {k + 1 for k, w in enumerate(lowers) if w in PROFESSIONS}
    # role_first: "asiakkaan liisa kosken", "klienten anna berg", "yhteyshenkilö pekka niemi" (dictated in lower case)
    for k in [k + 1 for k, w in enumerate(lowers) if w in _ROLE_BEFORE_LOWER and k + 1 < len(toks)]:
        t = toks[k]
        if not t.text.islower() or t.start in person_start or text[toks[k - 1].end : t.start] != " ":
            continue
        flags, base, count = _flags(lex, t.text)
        if (flags & FIRST and not flags & (AMBIG | COMMON | KEEP | PLACE) and base == t.lower
                and count >= RULES["role_first"].min_bearers and _free(covered, t.start, t.end)):
            found.add(base)
            c = _cand(t.start, t.end, "role_first", (base, ""))
            out.append(c)
            person_end[c.end] = c
    look |= {by_end[e] + 1 for e in person_end if e in by_end}
    look |= {k - 1 for k, w in enumerate(lowers) if w in _PERSON_VERBS_AFTER and k}
    for k in sorted(i for i in look if 0 < i < len(toks) or (i == 0 and toks)):
        t = toks[k]
        prev = toks[k - 1] if k else None
        if t.upper or t.colon_suffix or not _free(covered, t.start, t.end) or t.start in person_start:
            continue
        gap = text[prev.end : t.start] if prev else ""
        # role_surname: "lääkäri niskanen"
        if t.text.islower() and prev is not None and gap == " " and prev.lower in PROFESSIONS and not prev.lower.endswith(("na", "nä")):
            flags, base, count = _flags(lex, t.text)  # "ohjaajana toimi": an essive and a verb
            if (flags & SUR and not flags & (FIRST | AMBIG | COMMON | KEEP | PLACE) and count >= RULES["role_surname"].min_bearers
                    and not is_finite_verb(t.text, lex)):
                found.add(base)
                out.append(_cand(t.start, t.end, "role_surname", ("", base)))
                continue
        # grow_surname: "jaana koski" when "jaana" was found
        if t.text.islower() and prev is not None and gap == " " and prev.end in person_end:
            p = person_end[prev.end]
            flags, base, count = _flags(lex, t.text)
            # the surname carries the case ("marja lahden kanssa"); a name of another language's list too
            # ("john smith") when it is no word of the text's language
            listed = count >= RULES["grow_surname"].min_bearers or (
                flags & INTL and not flags & COMMON and t.lower not in lex.frequent)
            first = text[p.start : p.end]
            # a lower-case listed first name, uninflected: "marja lahden" (only the last part inflects)
            plain_first = first.islower() and first == p.key[0] and bool(lex.get(first) & FIRST)
            if (p.key[0] and not p.key[1] and flags & SUR and not flags & KEEP and listed and first.islower()
                    and (base == t.lower or plain_first) and not first.endswith(("'s", "’s"))  # marco's visa
                    and not is_finite_verb(t.text, lex) and t.lower not in _FOLLOW_NOT):
                found.add(base)
                out.append(_cand(p.start, t.end, "grow_surname", (p.key[0], base), lexicon_ending(t.text, lex)))
                continue
        # word_name_verb: "usko kävi", line or sentence start, a person's verb right after (a start after a
        # placeholder is one only for strictness: "[puhelinnumero] said said" scrubbed again keeps "said")
        if (t.sent_start and not t.after_bracket and k + 1 < len(toks) and toks[k + 1].lower in _PERSON_VERBS_AFTER and t.text.islower()
                and text[t.end : toks[k + 1].start] == " "):
            flags, base, count = _flags(lex, t.text)
            if flags & FIRST and not flags & KEEP and count >= RULES["word_name_verb"].min_bearers and base == t.lower:
                found.add(base)
                out.append(_cand(t.start, t.end, "word_name_verb", (base, "")))


def _structure(st: _State, cands: list[Cand]) -> None:
    """Rules initials_name, label_name, speaker_time, quoted_signoff, dash_initial, particle_name."""
    text, toks, lex, covered = st.text, st.toks, st.lex, st.covered
    out, found, by_start, singles = st.out, st.found, st.by_start, st.singles
    # initials_name: "A.-K. Laine" (a name that is also a word after initials)
    for m in _at(_INITIALS_NAME, text, singles):
        k = by_start.get(m.end())
        if k is None or not _free(covered, m.start(), toks[k].end):
            continue
        flags, base, count = _flags(lex, toks[k].text)
        single = m.group(0).count(".") < 2  # "T. Mervi" signs off (terveisin); one initial needs a surname
        if single and lettered_item(text, m.start()):
            continue  # "A. Tavoitteet\nB. Keinot": a lettered list's marker
        if flags & (SUR if single else NAME) and not flags & KEEP and count >= RULES["initials_name"].min_bearers:
            out.append(_cand(m.start(), toks[k].end, "initials_name", ("", base), lexicon_ending(toks[k].text, lex)))

    # label_name: "vastuu: Toivo", "ansvarig: Berit L.", "owner: Rose", "vastuu: M-K"
    label_at = [t.start for t in toks if t.lower in _LABELS and char_before(text, t.start, " \t-–•*") in ("", "\n", ";", "(")]
    for m in _at(_LABEL_AT, text, label_at):
        if m.group(1).lower() not in _LABELS or not _free(covered, m.start(2), m.end(m.lastindex or 2)):
            continue
        word = m.group(2)
        flags, base, count = _flags(lex, word)
        low = word.lower()
        initials = "-" in word and len(word) <= 4  # "M-K"
        if not initials and (flags & KEEP or low in PROFESSIONS or (not flags & NAME and low in lex.frequent)):
            continue
        end = m.end(3) if m.group(3) else m.end(2)
        if flags & NAME:
            found.add(base)
        out.append(_cand(m.start(2), end, "label_name", (base, "")))

    # speaker_time: "Pirjo V 14:05", "Rose 10:02:"
    for m in _SPEAKER_TIME.finditer(text):
        flags, base, _ = _flags(lex, m.group(1))
        if not flags & NAME or flags & KEEP or not _free(covered, m.start(1), m.end(2) if m.group(2) else m.end(1)):
            continue
        end = m.end(2) if m.group(2) else m.end(1)
        out.append(_cand(m.start(1), end, "speaker_time", (base, "")))

    # quoted_signoff: "> Satu"
    for m in _QUOTED_SIGNOFF.finditer(text) if ">" in text else ():
        flags, base, count = _flags(lex, m.group(1))
        if flags & FIRST and not flags & KEEP and count >= RULES["quoted_signoff"].min_bearers and _free(covered, *m.span(1)):
            out.append(_cand(m.start(1), m.end(1), "quoted_signoff", (base, "")))

    # dash_initial: "Kiitos, sovitaan niin. – T."
    for p in singles:
        if text[p].isupper() and _DASH_BEFORE.search(text, max(0, p - 8), p) and _LINE_END_AFTER.match(text, p + 1):
            e = p + 1 + (text[p + 1 : p + 2] == ".")
            if _free(covered, p, e):
                out.append(_cand(p, e, "dash_initial", (text[p].lower(), "")))

    # particle_name: "Omar el-Amin"
    for c in cands:
        if c.label == "PERSON":
            particle = _PARTICLE.match(text, c.end)
            if particle and _free(covered, particle.start(1), particle.end(1)):
                out.append(_cand(c.start, particle.end(1), "particle_name", c.key))


def _lower(st: _State, cands: list[Cand]) -> None:
    """Rules lower_initials and list_sibling."""
    text, toks, lex, chat = st.text, st.toks, st.lex, st.chat
    covered, out, found, person_start, by_start = st.covered, st.out, st.found, st.person_start, st.by_start
    # lower_initials: "jm soitti … jm lupas"
    initials: set[str] = set()
    two = [t.start for t in toks if len(t.text) == 2 and t.text.islower()] if chat else []
    for m in _at(_LOWER_INITIALS, text, two):
        w = m.group(1)
        if w in initials or w.upper() in _NOT_INITIALS or w in lex.frequent or lex.get(w):
            continue
        k = by_start.get(m.start())
        if k is not None and k + 1 < len(toks) and toks[k + 1].lower in _PERSON_VERBS_AFTER | LOWER_CTX_AFTER - {"on", "oli", "ei"}:
            initials.add(w)
    if initials:
        for m in _at(_LOWER_INITIALS, text, two):
            if m.group(1) in initials and _free(covered, *m.span()):
                out.append(_cand(m.start(), m.end(), "lower_initials", (m.group(1), "")))

    # list_sibling: "käynnit: omar ok, tim sjuk"
    breaks = [m.start() for m in re.finditer("\n", text)] if chat else []

    def line_of(pos: int) -> int:
        return bisect.bisect_left(breaks, pos)

    lines_with_names = {line_of(c.start) for c in [*cands, *out] if c.label == "PERSON" and text[c.start : c.end].islower()} if chat else set()
    if lines_with_names:
        for t in toks:
            if not t.text.islower() or len(t.text) < 3 or t.start in person_start or not _free(covered, t.start, t.end):
                continue
            if not _ITEM_START.search(text, max(0, t.start - 4), t.start) or line_of(t.start) not in lines_with_names:
                continue
            flags, base, count = _flags(lex, t.text)
            if (flags & NAME and not flags & (AMBIG | COMMON | KEEP | PLACE) and base == t.lower
                    and count >= RULES["list_sibling"].min_bearers):
                found.add(base)
                out.append(_cand(t.start, t.end, "list_sibling", (base, "") if flags & FIRST else ("", base)))


def _starts_regex(alternatives: str) -> re.Pattern[str]:
    r"""``(?i)(?<![\w])(?:alternatives)``, written by ``cue_scan.word_start_keywords`` (the same matches; the engine
    skips to the first letters instead of trying every character of a long text) when it can be."""
    try:
        return re.compile(word_start_keywords(alternatives))
    except ValueError:  # an alternative opening with a letter whose case folding is not checked there: as written
        return re.compile(r"(?i)(?<![\w])(?:" + alternatives + ")")


def _propagate(st: _State, cands: list[Cand]) -> None:
    """Rule propagate."""
    text, toks, lex = st.text, st.toks, st.lex
    covered, out, found, by_start = st.covered, st.out, st.found, st.by_start
    # propagate: the same name again (any case, any form) where nothing else holds it; a surname the
    # other rules found counts too when it is no ordinary word ("jari lahtiselle … lahtinen ei")
    for c in cands:
        base = c.key[1]
        if c.label == "PERSON" and not c.uncertain and c.kind != "term" and base:
            f = lex.get(base)
            if f & SUR and not f & (FIRST | AMBIG | COMMON | KEEP | PLACE):
                found.add(base)
    if found:
        taken = bytearray(len(text))
        for c in out:
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        for c in cands:
            if c.label == "PERSON":
                taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        # an inflected form keeps the first letters (lahtinen → lahtiselle): only words starting so are looked up
        starts = _starts_regex("|".join(sorted({re.escape(b[:3]) for b in found})))
        for t in [toks[by_start[m.start()]] for m in starts.finditer(text) if m.start() in by_start]:
            if t.upper or t.colon_suffix or taken[t.start] or covered[t.start]:
                continue
            flags, base, count = _flags(lex, t.text)
            if base in found and flags & NAME and not flags & KEEP and count >= RULES["propagate"].min_bearers:
                key = (base, "") if flags & FIRST else ("", base)
                out.append(_cand(t.start, t.end, "propagate", key))
