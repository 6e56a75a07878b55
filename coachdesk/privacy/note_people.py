"""People of Finnish phone notes the other name rules leave: two given names written as one word, the caller of a
call-note header, a word-name at a sentence start with the organisation it speaks for.

Runs after ``word_names.find`` (``scrubber._scrub``) on Finnish text; it only adds PERSON candidates, on words no
certain finding holds (an uncertain one over the same word is settled: the new candidate ranks above it). The cue
words are sections of the cue file (``NOTE_PEOPLE_*``). Every decision is one row of :data:`RULES`; the finding's
reason names it.

| id | shape (invented examples) | trap |
|---|---|---|
| joined_given_names | two listed given names (each no word, no place, 500+ bearers) written as one lower-case word, bare or in a person's case, on a hurried line or with a person's cue (a talking verb after, an asking verb before) (`villekalle soitti`, `soitin jonnetepolle`) | `iltasatu`, `lumisade` (names that are words) |
| call_header_from | a call-note header (`puhelu`, `viesti`, `soitto` … opening the line, after a bullet, date or time maybe), then a lower-case word in the ablative (or allative) that is no word of the lists, nor a case form or compound of a frequent word, then a colon or a dash, a clock time before it maybe (`puhelu X:lta:`, `viesti X:ltä -`, `soitto X:lta klo 9.10:`) | `puhelu kelalta:`, `viesti työkkäriltä:`, `soitto lääkäriltä -` |
| nickname_came | a lower-case word of a nickname's shape (no Finnish word, in no list but as a first name) opening a line or clause, then `tuli`/`tulee`/`kävi`/`lähti` and a verb's 3rd infinitive (`-maan`, `-massa`) (`pertsa tuli käymään`, `jaska lähti hakemaan`) | `sossu tuli käymään`, `firma tuli hakemaan`, `kaveri tuli käymään` |
| start_name_org_from | a capitalised given name of the lists (also one that is a word), at a sentence start too, then the elative of an organisation word (`työterveydestä`, `kelasta`, `koululta`), then a verb of reporting or acting (`Toivo työterveydestä suositteli`, `Usva kelasta soitti`) | `Toivo paremmasta huomisesta`, `Usko työterveydestä on kova` |
"""

from __future__ import annotations

import re

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.cues import PROFESSIONS, ROLE_NOUNS
from coachdesk.privacy.hurried_style import hurried_lines
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, KEEP, PLACE, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand, coverage
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.word_names import nickname_form, no_word

RULES = {
    r.id: r
    for r in (
        Rule("joined_given_names", "two listed given names written as one lower-case word (villekalle soitti)"),
        Rule("call_header_from", "a call-note header, an unknown word in the ablative, a colon or dash (puhelu X:lta:)"),
        Rule("start_name_org_from", "a given name opening a sentence, an organisation's elative, a reporting verb"),
        Rule("nickname_came", "a nickname shape opening a line, tuli/kävi/lähti and a 3rd infinitive (pertsa tuli käymään)"),
    )
}

_MIN_BEARERS = 500
# what may stand before a call-note header at its line start: a bullet, a weekday, a date or a time (`- ma 12.3. klo 9.15 puhelu`)
_LINE_OPEN = re.compile(r"[ \t\-–•*>]*(?:(?:ma|ti|ke|to|pe|la|su)\.?[ \t]+)?(?:\d{1,2}[.:/]\d{1,2}(?:[.:/]\d{2,4})?\.?[ \t]+)?(?:klo[ \t]+)?"
                        r"(?:\d{1,2}[.:]\d{2}[ \t]+)?[\-–]?[ \t]*")
# what closes the caller's word: a colon or a dash, a clock time before it maybe (`X:lta klo 14.20:`)
_HEADER_CLOSE = re.compile(r"(?:[ \t]+(?:klo[ \t]*)?\d{1,2}[.:]\d{2})?(?::|[ \t]*[\-–])")
_CASES = ("lle", "lta", "ltä", "lla", "llä", "n", "sta", "stä")
_HEADERS = words("NOTE_PEOPLE_HEADERS")
_HEADER_NOT = words("NOTE_PEOPLE_HEADER_NOT") | words("WORD_NAME_NOT_NICK")
_ORG_WORDS = words("NOTE_PEOPLE_ORGS") | words("HURRIED_INSTITUTIONS")
_REPORT = (words("NOTE_PEOPLE_REPORT") | words("REPORT_VERBS") | words("FI_PERSON_VERBS")
           | words("HURRIED_TALK_AFTER")) - {"ei", "tuli", "tulee", "tullu", "asuu", "asui"}
_TALK = words("HURRIED_TALK_AFTER") - {"ei"}
_CAME = frozenset(("tuli", "tulee", "kävi", "käy", "lähti", "lähtee", "meni", "menee", "tulossa"))
_INF3 = ("maan", "mään", "massa", "mässä", "masta", "mästä")
_ASK = words("HURRIED_ASK_CALL_VERBS") | words("LOWER_CTX_BEFORE") | words("WORD_NAME_MEET")


def _cand(start: int, end: int, rule: str, key: str, ending: str = "") -> Cand:
    return Cand(start, end, "PERSON", "person", f"given name ({rule})", PRIO_NAME + 1, key=(key, ""), ending=ending)


def _given(lex: Lexicon, w: str) -> bool:
    """A well-attested given name of the lists that is no word, no place, no kept word."""
    flags = lex.get(w)
    return (len(w) >= 3 and bool(flags & FIRST) and not flags & (COMMON | AMBIG | KEEP | PLACE)
            and lex.counts.get(w, 0) >= _MIN_BEARERS)


def joined_names(lex: Lexicon, low: str) -> tuple[str, str] | None:
    """(the joined nominative, the case ending) when ``low`` is two given names written as one word."""
    if not low.isalpha() or len(low) < 7 or low in lex.frequent or lex.lang_words.get(low):
        return None
    for end in ("", *_CASES):
        if end and not low.endswith(end):
            continue
        whole = low[: len(low) - len(end)] if end else low
        if end and whole[-1:] not in "aeiouyäö":
            continue
        for i in range(3, len(whole) - 2):
            if _given(lex, whole[:i]) and _given(lex, whole[i:]) and not lex.lookup_all(low):
                return whole, end
    return None


def _call_header(text: str, toks: list[Token], k: int, lex: Lexicon) -> Cand | None:
    """`puhelu X:lta:`: token k is the ablative after a header word opening its line, before a colon or dash."""
    t, head = toks[k], toks[k - 1]
    low = t.lower
    if not low.endswith(("lta", "ltä", "lle")) or not t.text.islower() or not t.text.isalpha() or len(low) < 6:
        return None
    line = text.rfind("\n", 0, head.start) + 1
    if not _LINE_OPEN.fullmatch(text, line, head.start) or text[head.end : t.start] != " ":
        return None
    if not _HEADER_CLOSE.match(text, t.end):
        return None
    stem = low[:-3]
    if (low in _HEADER_NOT or stem in _HEADER_NOT or low in lex.frequent or lex.lang_words.get(low)
            or stem.endswith("ri") or stem in PROFESSIONS or stem in ROLE_NOUNS):
        return None
    flags = lex.lookup_all(low)
    if flags & (KEEP | PLACE | COMMON | AMBIG) and not flags & FIRST:
        return None
    if any(b in _HEADER_NOT or b in PROFESSIONS or b in ROLE_NOUNS or b.endswith("ri") for b, _ in analyses(low)[1:]):
        return None
    if not flags & FIRST and not no_word(lex, low, stem):
        return None
    return _cand(t.start, t.end, "call_header_from", stem, low[-3:])


def _org_elative(lex: Lexicon, low: str) -> bool:
    """An organisation word (or a compound ending in one) in the elative or ablative: `työterveydestä`, `kelasta`."""
    if not low.endswith(("sta", "stä", "lta", "ltä")) or len(low) < 5:
        return False
    if low[:-3] in _ORG_WORDS:
        return True
    for b, _ in analyses(low)[1:]:
        if b in _ORG_WORDS or any(b.endswith(h) and len(h) >= 5 for h in _ORG_WORDS):
            return True
    return False


def _start_name_org(text: str, toks: list[Token], k: int, lex: Lexicon) -> Cand | None:
    """`Toivo työterveydestä suositteli`: a capitalised given name (a sentence start too), an organisation's elative, a
    reporting verb."""
    t = toks[k]
    if k + 2 >= len(toks) or not t.cap or t.upper:
        return None
    org, verb = toks[k + 1], toks[k + 2]
    if text[t.end : org.start] != " " or text[org.end : verb.start] != " " or verb.lower not in _REPORT:
        return None
    flags, base, sl = lex.lookup(t.text)
    if not flags & FIRST or flags & KEEP or sl != len(t.text):
        return None
    if not _org_elative(lex, org.lower.replace("-", "")):
        return None
    return _cand(t.start, t.end, "start_name_org_from", base or t.lower)


def _came(text: str, toks: list[Token], k: int, lex: Lexicon) -> Cand | None:
    """`pertsa tuli käymään`: token k, a nickname shape opening its line or clause, came or went to do something."""
    t, verb, act = toks[k], toks[k + 1], toks[k + 2]
    before = text[toks[k - 1].end : t.start] if k else "\n"
    if not ("\n" in before or before.strip() in (",", "-", "–", ".")):
        return None
    if text[t.end : verb.start] != " " or text[verb.end : act.start] != " " or not act.lower.endswith(_INF3):
        return None
    low = t.lower
    flags = lex.get(low)
    if not nickname_form(lex, low) or flags & (KEEP | PLACE) or (flags and not flags & FIRST) or low in _HEADER_NOT:
        return None
    return _cand(t.start, t.end, "nickname_came", low)


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New PERSON candidates of :data:`RULES` on Finnish text (``cands``: found so far, read only)."""
    if lang != "fi" or not toks:
        return []
    sure = coverage(len(text), cands, lambda c: not c.uncertain)
    lines: list[tuple[int, int]] | None = None
    li = 0
    out: list[Cand] = []
    n = len(toks)
    for k, t in enumerate(toks):
        if sure[t.start] or len(t.text) < 3:
            continue
        low = t.lower
        if t.cap and k + 2 < n and toks[k + 2].lower in _REPORT:
            hit = _start_name_org(text, toks, k, lex)
            if hit is not None:
                out.append(hit)
            continue
        if not t.text.islower() or not t.text.isalpha():
            continue
        if k and toks[k - 1].lower in _HEADERS:
            hit = _call_header(text, toks, k, lex)
            if hit is not None:
                out.append(hit)
                continue
        if k + 2 < n and toks[k + 1].lower in _CAME:
            came = _came(text, toks, k, lex)
            if came is not None:
                out.append(came)
                continue
        if len(low) < 7:
            continue
        cued = (k + 1 < n and toks[k + 1].lower in _TALK) or (k and toks[k - 1].lower in _ASK)
        if not cued:
            if lines is None:
                lines = hurried_lines(text, toks)
            while li < len(lines) and lines[li][1] < t.start:
                li += 1
            cued = li < len(lines) and lines[li][0] <= t.start
        pair = joined_names(lex, low) if cued else None
        if pair is not None:
            out.append(_cand(t.start, t.end, "joined_given_names", pair[0], pair[1]))
    return out
