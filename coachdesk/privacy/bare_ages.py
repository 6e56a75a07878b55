"""Bare ages the digit-age patterns miss: a number right after a name, a colloquial spoken age.

Runs after the name rules (``scrubber._scrub``) and only adds AGE candidates, each replaced by its
widened decade (``age_range``). Every decision is one row of :data:`RULES`.

| id | shape (invented examples) | evidence |
|---|---|---|
| name_number | a found name, a space, a number 14–99, then a dash, punctuation, the line end or a word: `B) Kerttu 52 – …`, `asiakas Aapo 29 kiinnostunut` | no counted noun after it (`2 kertaa`), no date or time (`29.5.`, `9:12`), no per cent, no decimal |
| client_copula | a person word, a client or a found name + on / är / is + a bare number 16–99 in a chat question: `klienten är 47 och …`, `client is 58 and …`, `asiakas haluais oppisopimukseen, on 52 ja selkä …` | the word right before the copula is a person or role word (`asiakas`, `hän`, `klienten`, `client`, `she`) or a found name, or a comma after a client word earlier in the sentence; the number ends the clause (`ja`, `och`, `and`, a comma, the sentence end): not `on 52 tuntia`, `is 58 km` |
| name_comma_words | a found name, a comma, a number word 14–99, a comma: `Matti Virtanen, kolkytseittemän, toimii …`, `John Smith, forty-one, works as …`, `Anna Berg, fyrtiotvå, arbetar …` | the number word between two commas right after the name |
| spoken_copula | a person (a found name or se / hän within the sentence of one) + on + a number word 14–99: `se on neljäkytkaks`, `Ville on viiskytyks` | a tens word (-kymmentä, -kyt, -toista); no counted noun after it |
| name_question | a found name (at most three words before the mark: `Mirjan kanssa?`), `?` / `:` / `;` / `,` / a dash, a number 15–99, then `,` / `/` / a dash and a word: `auttaisitko Kallea? 47, entinen hitsari`, `Any ideas for Tomas? 52, ex-chef`, `Kysyn Mervistä: 47, lähihoitaja`, `Aino, 33 – sairaanhoitaja` | the number stands alone (no counted noun, unit or second number after it: not `Annalle? 15, 30 tai 45 min`) and the word after it is a description (a profession or person noun, a human state, `entinen` / `former` / `ex-` / `tidigare`): not `Is Tom in? 47, second floor` |
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from coachdesk.privacy.cue_scan import cue_starts
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.patterns import age_range
from coachdesk.privacy.spans import PRIO_AGE_DATE, Cand
from coachdesk.privacy.spoken_numbers import CARDINAL, COUNTED, fi_cardinal


@dataclass(frozen=True, slots=True)
class Rule:
    """One shape: its id, what it looks at, the ages it accepts."""

    id: str
    doc: str
    low: int = 14
    high: int = 99


RULES = {
    r.id: r
    for r in (
        Rule("name_number", "a bare number 14-99 right after a found name, not counting anything"),
        Rule("client_copula", "a person or client + on / är / is + a bare number 16-99 ending the clause", 16),
        Rule("name_comma_words", "a number word 14-99 between commas right after a found name (Anna, fyrtiotvå, …)"),
        Rule("spoken_copula", "a person + on + a tens number word (se on neljäkytkaks)"),
        Rule("name_question", "a found name, ? / : / a dash, then a bare number 15-99 before a description (Tomas? 52, ex-chef)", 15),
    )
}

# after the name: spaces, the number, then what may follow an age (not "." + digit, ":" + digit, "%")
_NUMBER_AFTER = re.compile(
    r"[ \t]{1,3}(\d{2})(?=[ \t]*(?:$|\n|[–—]|-[ \t]|[,;!?)]|:(?!\d)|\.(?:[ \t]|$|\n))|[ \t]+([^\W\d_]+))"
)
_SPOKEN = re.compile(r"(?<!\w)(?:(se|hän|hä)[ \t]+)?on[ \t]+([a-zåäö]{6,})(?![\w\-])(?:[ \t]+([^\W\d_]+))?", re.IGNORECASE)
_TENS = ("kymmentä", "kyt", "toista")
_WORDS_AFTER = re.compile(r",[ \t]*([^\W\d_]{3,}(?:[- ][^\W\d_]{3,})?)[ \t]*,")  # ", forty-one,"
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\n")
_NEAR = 80  # characters from a found name to "se on …"
# client_copula: a two-digit number alone, the copula and the word before it read backwards
_BARE_TWO = re.compile(r"[ \t]*(\d\d)(?=[ \t]*(?:$|\n|[,;!?)–—]|\.(?!\d)|(?:ja|och|and|mutta|men|but)(?![\w-])))")
_WORD_BEFORE = re.compile(r"((?<![^\W\d_])[^\W\d_]+|,)[ \t]*$")
_COPULAS = (" on ", " är ", " is ", "\ton ", "\tär ", "\tis ")
_PERSON_WORDS = (words("ROLE_NOUNS") | frozenset(
    "hän hä hon han hen he she klient klienten kunden sökande customer jobseeker asiakkaasi".split()
)) - frozenset("omistajan man".split())
_CLIENT_WORD = re.compile(r"(?i:\b(?:asiakas|asiakkaani|asiakkaasi|klient|klienten|client|kunden)\b)")  # the subject
_CLAUSE_START = re.compile(r"[.!?](?:\s|$)|\n")


# name_question: a mark after a name, a bare two-digit number, then a comma / slash / dash and a word
_MARK_AGE = re.compile(r"[?:;,–—][ \t]+(\d\d)[ \t]*(?:,|/|[–—]|-(?=[ \t]))[ \t]*([^\W\d_][\w-]*)")
_GAP_WORDS = re.compile(r"[ \t]+[^\W\d_][\w-]*")  # at most three words between the name and the mark
_DESCRIPTION = re.compile(r"(?i)(?:ent|entinen|ex|former|tidigare|före|fd|f\.d|retired|eläkkeellä|pensionär)(?![^\W\d_])")
_DESCRIPTION_WORDS = (words("PROFESSIONS") | words("ROLE_NOUNS") | words("HUMAN_STATES")) - frozenset("man".split())
_NOT_DESCRIPTION = words("MARK_AGE_NOT") | words("FUNCTION_NEXT") | words("CLAUSE_JOINERS") | words("COUNTED")


def find(text: str, cands: list[Cand], lang: str) -> Iterator[Cand]:
    """AGE candidates for the bare and spoken ages of :data:`RULES` (``cands``: every finding so far)."""
    ends = sorted(c.end for c in cands if c.label == "PERSON")
    if not ends:
        return
    taken = bytearray(len(text))  # other findings (a date, a phone) own their digits
    for c in cands:
        if c.label != "PERSON":
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    for end in dict.fromkeys(ends):
        m = _NUMBER_AFTER.match(text, end)
        if not m:
            continue
        n = int(m.group(1))
        rule = RULES["name_number"]
        if not rule.low <= n <= rule.high or (m.group(2) and m.group(2).lower() in COUNTED):
            continue
        if _overlaps(taken, m.start(1), m.end(1)):
            continue
        yield _age(m.start(1), m.end(1), n, rule.id)
    for end in dict.fromkeys(ends):  # name_comma_words
        w = _WORDS_AFTER.match(text, end)
        value = _number_words(w.group(1), lang) if w else None
        rule = RULES["name_comma_words"]
        if w and value is not None and rule.low <= value <= rule.high and not _overlaps(taken, w.start(1), w.end(1)):
            yield _age(w.start(1), w.end(1), value, rule.id)
    if lang == "fi":
        yield from _spoken(text, ends, taken)
    yield from _after_mark(text, ends, taken)


def _after_mark(text: str, ends: list[int], taken: bytearray) -> Iterator[Cand]:
    """Rule name_question: `Tomas? 52, ex-chef`, `Mirjan kanssa? 47, entinen kokki`."""
    rule = RULES["name_question"]
    for m in _MARK_AGE.finditer(text):
        n, word = int(m.group(1)), m.group(2)
        low = word.lower()
        if not rule.low <= n <= rule.high or low in _NOT_DESCRIPTION or len(word) < 2:
            continue
        if not (_DESCRIPTION.match(word) or low in _DESCRIPTION_WORDS or _person_noun(low)):
            continue  # "Is Tom in? 47, second floor": only a description makes the number an age
        i = bisect.bisect_right(ends, m.start()) - 1
        if i < 0 or m.start() - ends[i] > 40:
            continue
        pos, count = ends[i], 0
        while pos < m.start() and count <= 3:
            w = _GAP_WORDS.match(text, pos, m.start())
            if w is None:
                break
            pos, count = w.end(), count + 1
        if text[pos : m.start()].strip(" \t") or count > 3:
            continue  # punctuation or a line break between the name and the mark: another clause
        if _overlaps(taken, m.start(1), m.end(1)):
            continue
        yield _age(m.start(1), m.end(1), n, rule.id)


def _person_noun(low: str) -> bool:
    """A profession-shaped word (hitsari, lähihoitaja, welder, kock): a description of a person."""
    return low.endswith(_PERSON_NOUN_ENDS)


_PERSON_NOUN_ENDS = (
    "ja", "jä", "ri", "mies", "nainen", "kuski", "kokki", "er", "or", "ist", "ian", "ant", "nurse", "man", "woman",
    "student", "are", "ör", "erska", "kock", "chef", "kvinna",
)


def find_client_ages(text: str, cands: list[Cand]) -> Iterator[Cand]:
    """AGE candidates of rule client_copula (``cands``: every finding so far; a found name is a person)."""
    hits = cue_starts(text, _COPULAS)
    if not hits:
        return
    rule = RULES["client_copula"]
    person_ends = {c.end for c in cands if c.label == "PERSON"}
    taken = [(c.start, c.end) for c in cands]
    for i in hits:
        m = _BARE_TWO.match(text, i + 4)  # every copula of _COPULAS is four characters
        if m is None:
            continue
        n = int(m.group(1))
        if not rule.low <= n <= rule.high:
            continue
        b = _WORD_BEFORE.search(text, max(0, i - 40), i)
        if b is None:
            continue
        before = b.group(1)
        if before == ",":
            lo = max(0, b.start() - 120)
            stops = list(_CLAUSE_START.finditer(text, lo, b.start()))
            if not _CLIENT_WORD.search(text, stops[-1].end() if stops else lo, b.start()):
                continue
        elif before.lower() not in _PERSON_WORDS and b.end(1) not in person_ends:
            continue
        if any(s < m.end(1) and m.start(1) < e for s, e in taken):
            continue
        yield _age(m.start(1), m.end(1), n, rule.id)


def _number_words(words: str, lang: str) -> int | None:
    """The value of one number word or of an English/Swedish ten and unit ("forty-one", "sixty eight")."""
    card = CARDINAL.get(lang, fi_cardinal)
    parts = re.split(r"[- ]", words.lower())
    vals = [card(p) for p in parts]
    if any(v is None for v in vals):
        return None
    if len(vals) == 1:
        return vals[0]
    tens, unit = vals
    return tens + unit if tens is not None and unit is not None and tens % 10 == 0 and tens >= 20 and 1 <= unit <= 9 else None


def _spoken(text: str, ends: list[int], taken: bytearray) -> Iterator[Cand]:
    rule = RULES["spoken_copula"]
    for m in _SPOKEN.finditer(text):
        word = m.group(2).lower()
        if not word.endswith(_TENS) and not any(t in word for t in _TENS):
            continue
        n = fi_cardinal(word)
        if n is None or not rule.low <= n <= rule.high:
            continue
        if m.group(3) and m.group(3).lower() in COUNTED:
            continue
        i = bisect.bisect_right(ends, m.start()) - 1
        if i < 0:
            continue
        gap = text[ends[i] : m.start()]
        if m.group(1) is None and gap.strip():
            continue  # without a pronoun the name itself comes right before "on"
        if len(gap) > _NEAR or _SENTENCE_END.search(gap):
            continue
        if _overlaps(taken, m.start(2), m.end(2)):
            continue
        yield _age(m.start(2), m.end(2), n, rule.id)


def _overlaps(taken: bytearray, s: int, e: int) -> bool:
    return any(taken[s:e])


def _age(s: int, e: int, n: int, rule_id: str) -> Cand:
    c = Cand(s, e, "AGE", "age", f"bare age ({rule_id})", PRIO_AGE_DATE)
    c.replacement = age_range(n)
    return c
