"""Careful prose, minutes and chat: heads of rural and local bodies, names after a role word, word-names
described in brackets.

Runs with the late name rules (``scrubber._scrub``, right before ``prose_names.find``, so that the
initials of a person found here are found too) and only adds candidates. Every decision is one row of
:data:`RULES`. The cue words are the sections ``NAMED_ROLES`` and ``RURAL_BODY_HEADS`` of the language
files (``resources/data/privacy/cues``).

| id | shape (invented examples) | evidence |
|---|---|---|
| rural_body | `Kivijärven paliskunnan poroisäntä`, `Rajalan osakaskunnalta`, `Strömsby byalag`, `the Kallio reindeer herding cooperative` | a capitalised place genitive (fi: ending in `n`; no pronoun, kept, frequent non-place word or country), then a head of a rural or local body (RURAL_BODY_HEADS stems, any case form; en `reindeer herding cooperative`/`district`, `village`/`youth association`/`society`, `hunting`/`fishing club`/`association`); sv/en: one or two capitalised words before the head. ORG, the place and the head (`Paliskunnan hallitus`, `Seurakunnan diakoni`, `Kyläyhdistys on`: no place: nothing) |
| role_name | `pohjoissaamen tulkki Ánde Guttorm`, `Lingala interpreter Zawadi`, `somalitolk Ayaan`, `poroisäntä Niillas Aikio` | a role word of NAMED_ROLES (also the end of a compound, any case form), one space, a capitalised word of a first-name shape (a first name of the lists, or in no list and not frequent; no place, kept, function word or verb), maybe a second capitalised word (a surname that is also a word: `Sara`, `Kivi`); a kept first name (`Aslak`) only with a surname after it (`tulkki paikalla`, `poroisäntä kertoi`: lower case, nothing) |
| word_name_bracket | `Tyyne (se Posion marjanpoimija) laittoi`, `Sulo (asiakas, 58) soitti` | a first name of the lists opening a sentence or chat line, then a bracket that describes a person: an age, a role, profession or kin word, an agent or inhabitant noun (`-ija`, `-lainen`, `-mies`, `-nainen`), a person pronoun (`Rauha (maailmanrauha)`, `Armas (rakas)`: a gloss, nothing) |
| name_forms | `… Tyynellä fibromyalgia`, `Lupasin Sulolle` | a capitalised form of a name found by role_name or word_name_bracket elsewhere in the text (any case form of the same base) |
| en_role_end | `will check with immigration advisor leena.`, `ask the interpreter Farah,` | an English role word (NAMED_ROLES: interpreter, advisor, caseworker …), a first name of the lists (the literal form; no common word) ending the clause (`.`, `,`, `;`, `)`, line end) (`advisor meeting`, `interpreter fees`: nothing) |
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from coachdesk.privacy import per_text, token_index
from coachdesk.privacy.cue_scan import cue_starts
from coachdesk.privacy.cue_words import by_language, words
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import COMMON, FIRST, KEEP, NAME, PLACE, Lexicon
from coachdesk.privacy.name_words import fi_common_word, lexicon_ending
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, PRIO_ORG, Cand
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.verbs import is_finite_verb

RULES = {
    r.id: r
    for r in (
        Rule("rural_body", "a place genitive before a rural or local body: Kivijärven paliskunnan, Strömsby byalag"),
        Rule("role_name", "an unknown or listed name after a role word: pohjoissaamen tulkki Ánde Guttorm"),
        Rule("word_name_bracket", "a word-name opening a sentence before a bracket describing a person: Sulo (asiakas, 58)"),
        Rule("name_forms", "another capitalised form of a name found by role_name or word_name_bracket: Tyynellä"),
        Rule("en_role_end", "a first name ending a clause after an English role word: immigration advisor leena."),
    )
}

_ROLES = words("NAMED_ROLES")
_EN_ROLES = by_language("NAMED_ROLES").get("en", frozenset())
_FI_HEADS = by_language("RURAL_BODY_HEADS").get("fi", frozenset())
_SV_HEADS = by_language("RURAL_BODY_HEADS").get("sv", frozenset())
_NOT_NAME = words("FUNCTION_NEXT") | words("PRONOUNS") | words("PERSONAL_PRONOUNS") | words("NOT_NAME_AFTER_ROLE")
_LOWER_PART = re.compile(r"-[a-zåäö]")
_ARTICLES = frozenset("the a an our their his her den det".split())
_COUNTRIES = frozenset("suomen ruotsin norjan viron venäjän saksan euroopan".split())  # no local body

_WORD_CHARS = re.compile(r"[\w-]*")
_FI_GENITIVE = re.compile(r"(?<![\w-])([A-ZÅÄÖ][\w-]*n)[ \t]+$")
_EN_HEADS = ("reindeer", "village", "youth", "hunting", "fishing")  # the cues of _EN_BODY
_EN_BODY = re.compile(
    r"(?:reindeer[ \t]+herding[ \t]+(?:co-?operative|district)|(?:village|youth)[ \t]+(?:association|society)"
    r"|(?:hunting|fishing)[ \t]+(?:club|association|society))s?(?![\w-])",
    re.I,
)
_CAPS_BEFORE = re.compile(r"(?<![\w-])([A-ZÅÄÖ][\w'’-]*(?:[ \t]+[A-ZÅÄÖ][\w'’-]*)?)[ \t]+$")

_BRACKET = re.compile(r"[ \t]?\(([^()\n]{1,60})\)")
_AGE = re.compile(r"(?<!\d)(?:1[6-9]|[2-9]\d)(?!\d)")
_AGENT = re.compile(r"[aeiouyäö]j[aä]$")
_PERSON_SUFFIXES = ("ija", "ijä", "lainen", "läinen", "mies", "nainen", "tyttö", "poika", "woman", "man", "kvinna")
_PERSON_WORDS = (
    words("ROLE_NOUNS") | words("PROFESSIONS") | words("PERSON_NOUNS") | words("PERSON_CTX") | _ROLES
    | frozenset("hän he she han hon hen client klient klienten kund kunden sökande hakija asiakas".split())
)
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)]|\n|$)")
_WORD_AFTER = re.compile(r" ([A-Za-zÅÄÖåäö][a-zåäö'’-]+)")


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> Iterator[Cand]:
    """ORG and PERSON candidates for the rules of :data:`RULES`."""
    low_text = per_text.once(str.lower, text)  # once: the cue scans below read it, at the text's offsets
    if len(low_text) != len(text):  # "İ" lowers to two characters: keep such a letter as it is
        low_text = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    yield from _rural_bodies(text, low_text, lex)
    found = list(_role_names(text, low_text, toks, lex, lang))
    found.extend(_word_name_brackets(text, toks, lex))
    yield from found
    if found:
        yield from _name_forms(text, toks, lex, found, cands)
    yield from _en_role_end(text, low_text, lex)


def _body_words(text: str, low_text: str, heads: frozenset[str], compound: bool) -> Iterator[tuple[int, int]]:
    """(start, end) of each word holding a head stem: at the word start, or (compound) anywhere in it.
    Linear: a word is walked once, later hits inside it are skipped."""
    last = -1
    for i in cue_starts(low_text, heads):
        if i < last:
            continue
        s = i
        while s > last and s and (low_text[s - 1].isalpha() or low_text[s - 1] == "-"):
            s -= 1
        word = _WORD_CHARS.match(text, i)
        last = word.end() if word is not None else i + 1
        if s != i and not (compound and text[s].islower()):
            continue
        yield s, last


def _rural_bodies(text: str, low_text: str, lex: Lexicon) -> Iterator[Cand]:
    """Rule rural_body."""
    reason = "rural or local body after a place (rural_body)"
    for s, e in _body_words(text, low_text, _FI_HEADS, True):
        g = _FI_GENITIVE.search(text, max(0, s - 40), s)
        if g is not None and _place_word(g.group(1), lex, genitive=True):
            yield Cand(g.start(1), e, "ORG", "org", reason, PRIO_ORG)
    spans = [(s, e) for s, e in _body_words(text, low_text, _SV_HEADS, False)]
    for i in cue_starts(low_text, _EN_HEADS):
        m = _EN_BODY.match(text, i)
        if m is not None and not (i and low_text[i - 1].isalpha()):
            spans.append(m.span())
    for s, e in spans:
        g = _CAPS_BEFORE.search(text, max(0, s - 50), s)
        if g is None:
            continue
        names, start = g.group(1).split(), g.start(1)
        if len(names) == 2 and names[0].lower() in _ARTICLES:  # "The Vuotso reindeer herding cooperative"
            start, names = text.index(names[1], start + len(names[0])), names[1:]
        if _place_word(names[0], lex, genitive=False):
            yield Cand(start, e, "ORG", "org", reason, PRIO_ORG)


def _place_word(word: str, lex: Lexicon, *, genitive: bool) -> bool:
    """A capitalised word that can name a place before a body: no pronoun, kept word, country or ordinary word."""
    low = word.lower()
    if low in _NOT_NAME or low in _COUNTRIES or word.isupper() or low in _PERSON_WORDS:
        return False
    flags, base, _ = lex.lookup(word)
    if flags & KEEP or base in _COUNTRIES:
        return False
    if flags & PLACE:
        return True
    if flags & COMMON or (genitive and low.endswith(("isen", "isten"))):
        return False  # an ordinary word (Oman, Koko) or an adjective (Ortodoksisen) before the body
    return bool(flags & NAME) or not (genitive and (low in lex.frequent or low[:-1] in lex.frequent))


def _is_role(low: str) -> bool:
    if any(low.endswith(r) for r in _ROLES):
        return True
    return len(low) >= 5 and any(base.endswith(r) for base, _ in analyses(low)[1:] for r in _ROLES)


def _name_word(t: Token, lex: Lexicon, lang: str) -> int:
    """2: a name of the lists or a word in no list (a name shape); 1: a kept first name; 0: no name."""
    if not t.cap or t.upper or t.lower in _NOT_NAME or t.lower in _PERSON_WORDS or _LOWER_PART.search(t.text):
        return 0  # "Aslak-kurssilla", "TE-toimisto": no name ("Anna-Maria" is one)
    flags, base, _ = lex.lookup(t.text)
    if flags & KEEP:
        return 1 if flags & FIRST else 0
    if flags & PLACE and not flags & NAME:
        return 0
    if flags & NAME:
        if (flags & COMMON and (not flags & FIRST or base != t.lower)) or (base != t.lower and t.lower in lex.frequent):
            return 0  # an ordinary word, or a frequent word read as an inflected name (Mukana: Mukka)
        return 2
    if flags & COMMON or t.lower in lex.frequent:
        return 0
    if lang == "fi" and (is_finite_verb(t.text, lex) or fi_common_word(t.lower, lex)):
        return 0  # a verb or a compound of ordinary words (Marttaliitosta)
    return 2


_ROLE_PROBES = frozenset(r[: max(4, len(r) - 2)] for r in _ROLES)  # gradation: tulkki, tulkille


def _role_names(text: str, low_text: str, toks: list[Token], lex: Lexicon, lang: str) -> Iterator[Cand]:
    """Rule role_name."""
    hits = cue_starts(low_text, _ROLE_PROBES)
    if not hits:
        return
    starts = token_index.starts(text, toks)
    seen: set[int] = set()
    for i in hits:
        k = bisect.bisect_right(starts, i) - 1
        if k < 0 or k in seen or k + 1 >= len(toks) or toks[k].end <= i:
            continue
        seen.add(k)
        r = toks[k]
        if r.upper or len(r.lower) < 4 or not _is_role(r.lower):
            continue
        a = toks[k + 1]
        gap = text[r.end : a.start]
        if gap != " " and not (gap == ", " and text[a.end : a.end + 1] in (",", ")")):
            continue  # "interpreter Zawadi", or set off by commas: "the interpreter, Zawadi, said"
        first = _name_word(a, lex, lang)
        if not first:
            continue
        end, last = a.end, a
        if k + 2 < len(toks):
            b = toks[k + 2]
            if text[a.end : b.start] == " " and b.cap and not b.upper and b.lower not in _NOT_NAME:
                fb = lex.lookup(b.text)[0]
                if not (fb & KEEP and not fb & NAME) and not (fb & PLACE and not fb & NAME) and b.lower not in _PERSON_WORDS:
                    end, last = b.end, b
        if first == 1 and last is a:
            continue  # a kept word alone (Aslak, a rehabilitation course) after the role: no name
        reason = "name after a role word (role_name)"
        yield Cand(a.start, end, "PERSON", "person", reason, PRIO_NAME, ending=lexicon_ending(last.text, lex), key=(a.lower, ""))


def _describes_person(inside: str) -> bool:
    if _AGE.search(inside):
        return True
    for w in re.findall(r"[^\W\d_]+", inside.lower()):
        if w in _PERSON_WORDS or (len(w) >= 6 and w.endswith(_PERSON_SUFFIXES)):
            return True
        if len(w) >= 7 and _AGENT.search(w) and not w.endswith("raja"):
            return True  # an agent noun: siivooja, myyjä
    return False


def _word_name_brackets(text: str, toks: list[Token], lex: Lexicon) -> Iterator[Cand]:
    """Rule word_name_bracket."""
    if "(" not in text:
        return
    for t in toks:
        if not (t.sent_start and t.cap) or t.upper or not _BRACKET.match(text, t.end):
            continue
        flags = lex.lookup(t.text)[0]
        if not flags & FIRST or flags & KEEP or t.lower in _NOT_NAME:
            continue
        m = _BRACKET.match(text, t.end)
        if m is None or not _describes_person(m.group(1)):
            continue
        reason = "word-name before a bracket describing a person (word_name_bracket)"
        yield Cand(t.start, t.end, "PERSON", "person", reason, PRIO_NAME, key=(t.lower, ""))


def _name_forms(text: str, toks: list[Token], lex: Lexicon, found: list[Cand], cands: list[Cand]) -> Iterator[Cand]:
    """Rule name_forms: the other capitalised forms of the names found above."""
    bases: dict[str, tuple[str, str]] = {}
    for c in found:
        w = text[c.start : c.end].split()[0]
        low = w.lower()
        if len(low) < 3:
            continue
        bases[low] = c.key
        flags, base, _ = lex.lookup(w)
        if flags & NAME:
            bases.setdefault(base, c.key)
    stems = {_stem(b): k for b, k in bases.items() if _stem(b) != b}
    taken = {c.start for c in found} | {c.start for c in cands if c.label == "PERSON"}
    probes = {b[:2].capitalize() for b in bases}
    starts = {t.start: t for t in toks}
    for i in cue_starts(text, probes):
        t = starts.get(i)
        if t is None or not t.cap or t.start in taken or t.lower in _NOT_NAME:
            continue
        key = bases.get(t.lower)
        if key is None:
            key = next((bases[b] for b, _ in analyses(t.lower)[1:] if b in bases), None)
        ending = lexicon_ending(t.text, lex)
        if key is None:
            st = next((st for st in stems if t.lower.startswith(st) and t.lower[len(st) :] in _ENDINGS), None)
            key, ending = (stems[st], t.text[len(st) :]) if st is not None else (None, "")
        if key is None:
            continue
        reason = "another form of a name found after a role or before a bracket (name_forms)"
        yield Cand(t.start, t.end, "PERSON", "person", reason, PRIO_NAME, ending=ending, key=key)


_ENDINGS = frozenset("n a ä lla llä lle lta ltä ksi ssa ssä sta stä na nä han hän lleen llaan llään kin".split())


def _stem(base: str) -> str:
    """The vowel stem the analyser does not undo: Armas -> armaa (Armaalle), Tyyni -> tyyne (Tyynellä)."""
    if len(base) >= 4 and base[-1] == "s" and base[-2] in "aeiouyäö":
        return base[:-1] + base[-2]
    if len(base) >= 4 and base.endswith("i") and base[-2] not in "aeiouyäö":
        return base[:-1] + "e"
    return base


def _en_role_end(text: str, low_text: str, lex: Lexicon) -> Iterator[Cand]:
    """Rule en_role_end."""
    for i in cue_starts(low_text, _EN_ROLES):
        if i and low_text[i - 1].isalpha():
            continue
        role_end = i + next(len(r) for r in sorted(_EN_ROLES, key=len, reverse=True) if low_text.startswith(r, i))
        m = _WORD_AFTER.match(text, role_end)
        if m is None or not _CLAUSE_END.match(text, m.end()):
            continue
        w = m.group(1)
        low = w.lower()
        flags = lex.get(low)
        if low in _NOT_NAME or not flags & FIRST or flags & (COMMON | KEEP):
            continue
        reason = "first name ending a clause after a role word (en_role_end)"
        yield Cand(m.start(1), m.end(1), "PERSON", "person", reason, PRIO_NAME, key=(low, ""))
