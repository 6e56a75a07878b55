"""More shapes of dictated identifiers: spelled codes, ages after an age noun, unsaid dots, whole addresses.

Run on the token windows of ``spoken._Reader`` (like ``spoken_ids.py``) except :func:`widen`, which runs
after every detector (``scrubber._scrub``) and only widens ADDRESS candidates. Every look-around is a
bounded number of tokens. Every decision is one row of :data:`RULES`; the rule id ends the reason, so
``coachdesk scrub --explain`` shows it.

| id | shape (invented examples) | evidence |
|---|---|---|
| spelled_id | `D as in Delta seven oh oh three nine`, `K for Kilo two nought nought`, `kaa niinku kalle kaks nolla nolla`, `B som i Bertil sju noll noll` | a letter (written or its name), a spelling cue (`as in`, `for`, `like`, `niinku`, `niin kuin`, `kuin`, `kuten`, `som i`, `som`), a word that starts with that letter, and three or more digits read out (no count after them) |
| age_noun_copula | `ikää hällä on viiskytkaks`, `ikää sillä on kolkytseittemän`, `åldern är fyrtiosju`, `her age is forty-seven` | an age noun, at most four words among them a copula (`on`, `är`, `is` …; no negation, no vague `noin`/`yli`/`about`, no number), then 14–99 read out and no counted noun after it |
| email_dot_unsaid | `ville piste koski at netti palvelu piste fi` | inside a spoken e-mail's domain: two words with only a space between them, a spoken dot and a top-level domain after (the dot between the labels left unsaid) |
| stair_postal | `Rantatie yksitoista cee kuusi viisi kolme kaksi nolla Kotka`, `Strandvägen elva B sex fem tre två noll Kotka` | after a spoken street address's stair letter: numbers that make five digits and a capitalised town are the postal code (not a flat number and four digits) |
| house_digits | `Rantatie yks kaks ee …` | a house number read digit by digit (two digits) right before a stair letter |
| spelling_word | `A as in Alpha team`, `ässä niinku sakari` | the word after a letter (or its name) and a two-word spelling cue (`as in`, `som i`, `niin kuin`) or `niinku` that starts with that letter spells it: no person or place, unless the same word is found as one elsewhere in the text |
| flat_after_street | `twelve Maple Road flat three`, `12 Maple Road, apartment 4` | a street address found; a flat word (`flat`, `apartment`, `apt`, `unit`, `asunto`, `lägenhet` …) and its number (digits or one or two number words) right after it |
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from coachdesk.privacy import cue_scan, cue_words, name_trace, patterns, spoken_ids
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_AGE_DATE, Cand
from coachdesk.privacy.spoken_numbers import CARDINAL, LETTER_NAMES

if TYPE_CHECKING:
    from coachdesk.privacy.spoken import _Reader

RULES = {
    r.id: r
    for r in (
        Rule("spelled_id", "a letter said with a spelling word and digits read out: D as in Delta seven oh oh three"),
        Rule("age_noun_copula", "an age noun, a subject, a copula and a number read out: ikää hällä on viiskytkaks"),
        Rule("email_dot_unsaid", "two domain labels with the dot unsaid before a spoken dot: at netti palvelu piste fi"),
        Rule("stair_postal", "five digits and a town after a stair letter are the postal code: cee kuusi viisi … Kotka"),
        Rule("house_digits", "a house number read digit by digit before a stair letter: Rantatie yks kaks ee"),
        Rule("spelling_word", "the word after a letter and a spelling cue spells the letter, no name: A as in Alpha team"),
        Rule("flat_after_street", "a flat word and its number after a street address: twelve Maple Road flat three"),
    )
}

# "as in", "niin kuin", "som i": a cue of two words is written with "_" in the cue files
_SPELLING_CUES = tuple(tuple(c.split("_")) for c in sorted(cue_words.words("SPELLING_CUES"), key=len, reverse=True))
_CUE_FIRST = frozenset(c[0] for c in _SPELLING_CUES)
_AGE_NOUNS = cue_words.words("AGE_NOUNS")
_COPULAS = frozenset("on oli ois olis är var blir is was 's".split())
# no age after these between the age noun and the number: a negation, a vague or compared amount
_NOT_BETWEEN = frozenset(
    "ei eikä en et emme ette eivät inte ej icke not no never noin yli alle lähes melkein reilu vajaa runsas "
    "kohta ungefär cirka över under nästan drygt about over under almost nearly around than kuin än".split()
)
_YEARS = frozenset({"vuotta", "vuoden", "år", "years", "year"})
_STAIR_WORDS = cue_words.words("STAIR_WORDS")
_MOST_TOKENS, _MOST_DIGITS = 40, 20  # one spelled code: at most this many tokens and digits read out
# words of running text that are no domain label ("at the moment dot com")
_LABEL_STOP = cue_words.words("FUNCTION_NEXT") | cue_words.words("PRONOUNS") | frozenset(
    "ja tai on ei ole se och eller är en ett den det and or is the a an my his her our this that".split()
)


def _tag(c: Cand, rule: str) -> Cand:
    c.reason = f"{c.reason} ({rule})"
    return c


# --- spelled_id ------------------------------------------------------------------------------------


def _spelling_cue(r: _Reader, k: int) -> int | None:
    """The last token of a spelling cue starting at token k ("as in", "niinku", "som i"), or None."""
    for cue in _SPELLING_CUES:
        end = k + len(cue) - 1
        if end + 1 >= len(r.toks) or any(r.toks[k + n].low != w for n, w in enumerate(cue)):
            continue
        if all(r.gap(k + n).isspace() for n in range(len(cue))) and r.gap(k - 1).isspace():
            return end
    return None


def _spelled_letter(r: _Reader, k: int) -> int | None:
    """A spelled letter group from token k (``D as in Delta``): its last token, or None."""
    if k + 2 >= len(r.toks) or r.used[k]:
        return None
    t = r.toks[k]
    letter = t.raw.upper() if len(t.raw) == 1 and t.raw.isalpha() else spoken_ids.letter_at(r, k)
    cue_end = _spelling_cue(r, k + 1)
    if not letter or cue_end is None or (r.val[k] is not None and len(t.raw) > 1 and t.low != "oh"):
        return None  # a number word is no letter ("oh as in Oscar" is)
    word = r.toks[cue_end + 1]
    if len(word.raw) < 3 or not word.raw.isalpha() or word.raw[0].upper() != letter[0] or r.val[cue_end + 1] is not None:
        return None
    return cue_end + 1


def spelled_ids(r: _Reader) -> Iterator[Cand]:
    """Rule spelled_id: letter groups and digits in any order from a spelled letter (digits read out just
    before it too), at least three digits. Anchored at the spelled letters; every walk is bounded."""
    toks = r.toks
    done = -1
    cues = [k for k in range(1, len(toks)) if toks[k].low in _CUE_FIRST]  # a letter is spelled only before a cue
    for h in [k - 1 for k in cues if _spelled_letter(r, k - 1) is not None]:
        if h <= done or r.used[h]:
            continue
        j, last, digits, letters = h, h, "", 0
        while j < len(toks) and j - h < _MOST_TOKENS:
            end = _spelled_letter(r, j)
            if end is not None:
                letters, last, j = letters + 1, end, end + 1
            else:
                d, d_last, _ = spoken_ids.nums_after(r, j, _MOST_DIGITS)
                if not d or (digits and r.counted_after(d_last)):
                    break  # "…, kaksi kertaa yritin": a count after the code is no part of it
                digits, last, j = digits + d, d_last, d_last + 1
            if j >= len(toks) or r.gap(j - 1).strip(" ,-") or len(r.gap(j - 1)) > 3:
                break
        first = h
        for b in range(h - 1, max(-1, h - _MOST_TOKENS // 2), -1):  # "seven oh oh D as in Delta"
            if r.val[b] is None or r.used[b] or not r.joined(b) or toks[b].raw.isdigit():
                break
            d, d_last, _ = spoken_ids.nums_after(r, b, _MOST_DIGITS)
            if d and d_last == h - 1:
                first, digits = b, d + digits
        if len(digits) < 3 or r.counted_after(last) or not any(not toks[i].raw.isdigit() for i in range(first, last + 1)):
            continue
        r.mark(first, last)
        done = last
        yield Cand(*r.span(first, last), "ID", "case", "identifier spelled out (spelled_id)", 86)


# --- age_noun_copula -------------------------------------------------------------------------------


def noun_ages(r: _Reader) -> Iterator[Cand]:
    """Rule age_noun_copula."""
    toks = r.toks
    for i in r.num_at:
        if i < 2 or r.used[i] or toks[i].raw.isdigit():
            continue
        noun = next((m for m in range(i - 2, max(-1, i - 6), -1) if toks[m].low in _AGE_NOUNS), None)
        if noun is None or any(not r.gap(m).isspace() for m in range(noun, i)):
            continue  # one clause: nothing but spaces between the age noun and the number
        between = [t.low for t in toks[noun + 1 : i]]
        if not any(w in _COPULAS for w in between) or any(w in _NOT_BETWEEN for w in between):
            continue  # "ikää ei kysytty", "ikää hänellä on yli viiskyt" (a vague age stays)
        if any(r.val[m] is not None for m in range(noun + 1, i)):
            continue
        n = r.number(i)
        if n is None or r.used[n.last]:
            continue
        value, last = n.value, n.last
        nxt = last + 1
        if value in range(20, 100, 10) and nxt < len(toks) and r.gap(last).isspace():
            unit = r.number(nxt)  # "viiskyt kaks", "forty seven" written apart
            if unit is not None and unit.spoken and 1 <= unit.value <= 9 and unit.last == nxt:
                value, last = value + unit.value, nxt
        if not 14 <= value <= 99:
            continue
        if r.counted_after(last) and toks[last + 1].low not in _YEARS:
            continue  # "ikää on kaksikymmentä prosenttia enemmän"
        r.mark(n.first, last)
        c = Cand(*r.span(n.first, last), "AGE", "age", "age read out after an age noun (age_noun_copula)", PRIO_AGE_DATE)
        c.replacement = patterns.age_range(value)
        yield c


# --- email_dot_unsaid ------------------------------------------------------------------------------


def dot_unsaid(r: _Reader, k: int, dots: frozenset[str]) -> bool:
    """Rule email_dot_unsaid: token k of an e-mail domain and the word after it are two labels with the dot
    unsaid ("netti palvelu piste fi"): a plain space, a word, then a spoken dot and one more word."""
    toks = r.toks
    if k + 3 >= len(toks) or r.gap(k) != " " or r.gap(k + 1) != " " or r.gap(k + 2) != " ":
        return False
    word = toks[k + 1]
    if toks[k].low in _LABEL_STOP or not word.raw.isalpha() or len(word.raw) < 2 or word.low in dots or word.low in _LABEL_STOP:
        return False
    return toks[k + 2].low in dots and toks[k + 3].raw.isalnum() and r.val[k + 1] is None


# --- stair_postal, house_digits ---------------------------------------------------------------------


def house_digits(r: _Reader, i: int) -> tuple[int, int] | None:
    """Rule house_digits: two single digits read out from token i right before a stair letter ("yks kaks
    ee", "tupla kaks dee"): the house number's value and its last token, or None."""
    toks = r.toks
    if i + 2 >= len(toks) or not (r.gap(i) == " " and r.gap(i + 1) == " "):
        return None
    if toks[i].low in spoken_ids.MULT and spoken_ids.MULT[toks[i].low] == 2:  # "tupla kaks": 22
        a = b = r.val[i + 1]
    else:
        a, b = r.val[i], r.val[i + 1]
    if a is None or b is None or not 1 <= a <= 9 or not 0 <= b <= 9 or toks[i].raw.isdigit() or toks[i + 1].raw.isdigit():
        return None
    k = i + 2 + (toks[i + 2].low in _STAIR_WORDS and i + 3 < len(toks) and r.gap(i + 2) == " ")  # "yks kaks rappu ee"
    nxt = toks[k]
    letter = r.letter(nxt.low, own=r.lang != "fi") or (nxt.raw if len(nxt.raw) == 1 and nxt.raw.isupper() else "")
    if not letter or r.val[k] is not None:
        return None
    return a * 10 + b, i + 1


# --- flat_after_street ------------------------------------------------------------------------------

_FLAT_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?i:flat|apartment|apt\.?|unit|asunto|lägenhet|lgh\.?)[ \t]+(\d{1,4}[a-z]?(?![\w.,]\d)|[^\W\d_]+(?:[ \t-][^\W\d_]+)?)"
)


def widen(text: str, cands: list[Cand], lang: str) -> None:
    """Rule flat_after_street: an ADDRESS candidate takes the flat word and number right after it (in place)."""
    card = CARDINAL.get(lang, CARDINAL["en"])
    for c in cands:
        if c.label != "ADDRESS":
            continue
        m = _FLAT_AFTER.match(text, c.end)
        if m is None:
            continue
        value = m.group(1)
        end = m.end(1)
        if not value[0].isdigit():
            words = list(re.finditer(r"[^\W\d_]+", value))
            vals = [card(w.group(0).lower()) for w in words]
            while vals and vals[-1] is None:
                vals.pop()
            if not vals or any(v is None for v in vals) or not 1 <= sum(v or 0 for v in vals) <= 999:
                continue
            end = m.start(1) + words[len(vals) - 1].end()
        c.end = end
        c.reason = f"{c.reason} (flat_after_street)"


# --- spelling_word ---------------------------------------------------------------------------------

# only the cues that are never ordinary words ("as in", "som i", "niinku"; not "for", "like", "som": "I like Ian")
_CUE_TEXTS = tuple(f" {' '.join(c)} " for c in _SPELLING_CUES if len(c) > 1 or c[0].startswith("niin"))
_LETTER_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]{1,4})$")
_WORD_AFTER = re.compile(r"([^\W\d_]{3,})(?![\w-])")


def _named_letter(word: str, lang: str) -> str:
    """The letter ``word`` is or names ("D", "dee", "kaa", "som"-free), or ""."""
    if len(word) == 1:
        return word.upper()
    low = word.lower()
    named = spoken_ids.LETTERS_BY_LANG.get(lang, {}).get(low) or LETTER_NAMES.get(low, "")
    return named[:1]


def release_spelling_words(
    text: str, cands: list[Cand], undecided: list[tuple[int, int, str]], lang: str
) -> tuple[list[Cand], list[tuple[int, int, str]]]:
    """Rule spelling_word: a person or place candidate that only spells a letter is dropped (and not asked about)."""
    spans = set()
    for p in cue_scan.cue_starts(text, _CUE_TEXTS):  # each cue with its spaces: the letter ends at p
        before = _LETTER_BEFORE.search(text, max(0, p - 6), p)
        cue_end = next(p + len(c) for c in _CUE_TEXTS if text.startswith(c, p))
        after = _WORD_AFTER.match(text, cue_end)
        if before is None or after is None:
            continue
        letter = _named_letter(before.group(1), lang)
        if letter and after.group(1)[0].upper() == letter:
            spans.add((after.start(1), after.end(1)))
    if not spans:
        return cands, undecided
    named = [c for c in cands if c.label in ("PERSON", "LOCATION")]
    elsewhere = {text[c.start : c.end].lower() for c in named if (c.start, c.end) not in spans}
    drop = {
        (c.start, c.end)
        for c in named
        if (c.start, c.end) in spans and c.kind != "term" and c.extra.get("source", "rule") == "rule"
        and text[c.start : c.end].lower() not in elsewhere
    }
    trace = name_trace.current()
    for a, b in sorted(drop) if trace is not None else ():  # --explain: the released word and the rule
        assert trace is not None
        trace.add(name_trace.TraceEntry(a, b, text[a:b], "", "none", -1.0, (("spelling_word", -1.0, text[a:b]),), False))
    if not drop:
        return cands, [u for u in undecided if (u[0], u[1]) not in spans]
    return [c for c in cands if (c.start, c.end) not in drop], [u for u in undecided if (u[0], u[1]) not in spans]
