"""Organisations by their shape in Finnish notes: a name joined to a rural body by a hyphen, a place genitive
before a capitalised service noun, a lower-case venue word before its name's genitive.

Runs with the late rules (one hook line in ``scrubber.scrub``, next to ``people_shapes.find``) and only adds ORG
candidates. Every decision is one row of :data:`RULES`; the finding's reason names it. Cue words are the
``RURAL_BODY_HEADS``, ``ORG_SERVICE_STEMS``, ``HURRIED_VENUES`` and ``HURRIED_INSTITUTIONS`` sections.

| id | shape (invented examples) | trap |
|---|---|---|
| rural_hyphen | a capitalised word (any letters: Sámi too; no frequent word) joined by a hyphen to a rural body's head in any case form (`X-paliskunnan`, `X-osakaskunnalta`): the whole word | `Poro-osakaskunnan` (a common word), `TE-paliskunta` (an acronym) |
| acronym_school | an acronym of two to six capitals (no kept body of the lists: `TE`, `ELY`, `KELA`) joined by a hyphen to a school or hospital head in any case form (`LUT-yliopistossa`, `XAMK-ammattikorkeakoulu`, `KYS-sairaalaan`): the whole word | `TE-toimistossa`, `ELY-keskus` (kept bodies; no school head), `AMK-tutkinto` |
| genitive_service | a capitalised genitive (no frequent word, no kept body such as `Kelan`) before a capitalised compound whose head is a service noun of ``ORG_SERVICE_STEMS`` (`X:n Lääkäriasemalla`, `X:n Taksille`): both words | `Kelan Toimistolla`, `kävi lääkäriasemalla`, `Xin Vastaanotolla` (a doctor's surname: no firm) |
| venue_at_work | a work cue (`töissä`, `kesätöissä`, a trade or role word, also in the essive: `kokki`, `siivoojana`; cue `ORG_WORK_CUES`), a lower-case venue word in the nominative, then a lower-case word in a local case that is no frequent word form (a name of the lists or a word too: `hotelli X:ssä`): the venue and its name | `töissä hotelli keskustassa`, `kokki ravintola kiireessä` |
| venue_genitive | a lower-case venue or institution word in the nominative (`hoivakoti`, `kahvila`), then a lower-case genitive that is no frequent word form, then a lower-case word that is no verb or function word: the venue and its name (`hoivakoti X:n vuorolistat`) | `hoivakoti on kaukana`, `hotelli kaupungin keskustassa`, `kahvila suljettiin` |
"""

from __future__ import annotations

import itertools
import re

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.cues import COPULAS, FUNCTION_NEXT
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import COMMON, KEEP, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ORG, Cand
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("rural_hyphen", "a capitalised word joined to a rural body by a hyphen: X-paliskunnan"),
        Rule("acronym_school", "an acronym joined to a school or hospital head by a hyphen: LUT-yliopistossa"),
        Rule("genitive_service", "a capitalised genitive before a capitalised service noun: X:n Lääkäriasemalla"),
        Rule("venue_genitive", "a lower-case venue word, then its name's genitive: hoivakoti X:n vuorolistat"),
        Rule("venue_at_work", "a work cue, a lower-case venue word, its name in a local case: kokkina hotelli X:ssä"),
    )
}

_RURAL = tuple(words("RURAL_BODY_HEADS"))
_SERVICE = re.compile(
    r"(?:" + "|".join(sorted(words("ORG_SERVICE_STEMS"), key=len, reverse=True)) + r")[a-zåäö]{0,6}$"
)
_VENUES = words("HURRIED_VENUES") | words("HURRIED_INSTITUTIONS")
_NOT_AFTER = FUNCTION_NEXT | COPULAS | words("KIN_SLANG_VERBS") | words("HURRIED_TALK_AFTER") | words("LOWER_CTX_AFTER")
_WORK_CUES = words("ORG_WORK_CUES") | words("PROFESSIONS") | words("HURRIED_NAME_ROLES")
_LOCAL = ("ssa", "ssä", "lla", "llä")
_LONG_VOWEL_N = re.compile(r"(?:aa|ee|ii|oo|uu|yy|ää|öö)n$")


def _cand(start: int, end: int, rule: str) -> Cand:
    return Cand(start, end, "ORG", "org", f"{RULES[rule].doc.split(':')[0]} ({rule})", PRIO_ORG)


_ACRONYM_SCHOOL = re.compile(r"[A-ZÅÄÖ]{2,6}-(?:yliopisto|ammattikorkeakoulu|ammattiopisto|opisto|lukio|sairaala)[a-zåäö]{0,6}$")


def _acronym_schools(toks: list[Token], lex: Lexicon) -> list[Cand]:
    """Rule acronym_school."""
    return [_cand(t.start, t.end, "acronym_school") for t in toks
            if "-" in t.text and _ACRONYM_SCHOOL.match(t.text) and not lex.lookup_all(t.text.split("-")[0]) & KEEP]


def _rural(toks: list[Token], lex: Lexicon) -> list[Cand]:
    """Rule rural_hyphen."""
    out: list[Cand] = []
    for t in toks:
        if "-" not in t.text or not t.text[:1].isupper():
            continue
        head, _, tail = t.text.partition("-")
        if len(head) < 3 or not head[1:].islower() or not tail.islower() or not tail.startswith(_RURAL):
            continue
        low = head.lower()
        if lex.lookup_all(head) & KEEP or low in lex.frequent or lex.lookup(low)[0] & COMMON:
            continue  # "Poro-osakaskunta": a common word before the head names no body
        out.append(_cand(t.start, t.end, "rural_hyphen"))
    return out


def _genitive_service(text: str, toks: list[Token], lex: Lexicon) -> list[Cand]:
    """Rule genitive_service."""
    out: list[Cand] = []
    for a, b in itertools.pairwise(toks):
        if not (a.cap and b.cap and not b.sent_start and a.text.endswith("n") and len(a.text) >= 4
                and text[a.end : b.start] == " " and a.text.isalpha() and b.text.isalpha()):
            continue
        if not _SERVICE.search(b.lower) or lex.lookup_all(a.text) & KEEP:
            continue
        if not lex.lookup(a.text)[0] & COMMON:
            out.append(_cand(a.start, b.end, "genitive_service"))
    return out


def _genitive_name(lex: Lexicon, low: str) -> bool:
    """A lower-case genitive that is no frequent word form, no illative, no kept or frequent-only word."""
    if len(low) < 5 or not low.endswith("n") or not low.isalpha() or _LONG_VOWEL_N.search(low):
        return False
    if low in lex.frequent or lex.lang_words.get(low) or lex.lookup_all(low) & KEEP:
        return False
    flags, base, _ = lex.lookup(low)
    if flags & COMMON or (base in lex.frequent and not flags):
        return False
    return not any(b in lex.frequent and not lex.get(b) for b, _ in analyses(low)[1:] if len(b) >= 4)


def _venue_genitive(text: str, toks: list[Token], lex: Lexicon, venues: list[int]) -> list[Cand]:
    """Rule venue_genitive (``venues``: the indexes of the venue words)."""
    out: list[Cand] = []
    for i in venues:
        if i + 2 >= len(toks):
            continue
        v, g, n = toks[i], toks[i + 1], toks[i + 2]
        if not v.text.islower() or not g.text.islower() or not n.text.islower():
            continue
        if text[v.end : g.start] != " " or text[g.end : n.start] != " ":
            continue
        if n.lower in _NOT_AFTER or not n.text.isalpha() or not _genitive_name(lex, g.lower):
            continue
        out.append(_cand(v.start, g.end, "venue_genitive"))
    return out


def _venue_at_work(text: str, toks: list[Token], lex: Lexicon, venues: list[int]) -> list[Cand]:
    """Rule venue_at_work (``venues``: the indexes of the venue words)."""
    out: list[Cand] = []
    for i in venues:
        if i < 1 or i + 1 >= len(toks):
            continue
        v, w = toks[i], toks[i + 1]
        if not v.text.islower() or not w.text.islower() or not w.text.isalpha():
            continue
        cue = toks[i - 1].lower
        if text[toks[i - 1].end : v.start] != " " or text[v.end : w.start] != " " or not (
                cue in _WORK_CUES or (cue[-2:] in ("na", "nä") and cue[:-2] in _WORK_CUES)):
            continue
        low = w.lower
        if len(low) < 6 or not low.endswith(_LOCAL) or low in lex.frequent or lex.lang_words.get(low):
            continue
        if lex.lookup_all(low) & KEEP or any(b in lex.frequent and not lex.get(b) for b, _ in analyses(low)[1:]):
            continue
        out.append(_cand(v.start, w.end, "venue_at_work"))
    return out


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New ORG candidates of :data:`RULES` on Finnish text (``cands``: found so far, read only)."""
    if lang != "fi":
        return []
    out = _rural(toks, lex) + _acronym_schools(toks, lex) if "-" in text else []
    out += _genitive_service(text, toks, lex)
    venues = [i for i, t in enumerate(toks) if t.lower in _VENUES]
    if venues:
        out += _venue_genitive(text, toks, lex, venues)
        out += _venue_at_work(text, toks, lex, venues)
    return out
