"""A name and an age in apposition in careful prose: `What? Nok Saelim, 38, works nights at …`.

Runs after the name rules (``scrubber._scrub``, before the bare ages read the names found): one to four
capitalised words no rule took (particles such as `dos`, `bin`, `al-` inside), a comma, a bare number 14–99, a comma
(or a dash) and a lower-case word make a person and an age, in English, Swedish and Finnish alike. The look-back from each `, NN,` is bounded (a few words).
Every decision is one row of :data:`RULES`; the reason names it.

| id | shape (invented examples) | trap |
|---|---|---|
| name_comma_years | `Asiakas Agnieszka Xelińska, 47 vuotta, asuu …`, `Jean-Pierre Xukendi, kuusikymmentäyks vuotta, Karttulasta`, `Soran Xhmadi, trettiosju år, bor …`, `Reza Xalehi, forty-one years old.`: a name another rule found, a comma, a number 14–99 (digits or read out) and a years word, then the clause ends (a comma, a stop, `ja`/`och`/`and`): the number and the years word are AGE; in dictation a number read out right after the name or a spoken comma (`Anna Xund trettiosex år bor …`, `X pilkku neljäkymmentäkaksi vuotta`) when no duration word follows | `Matti Xoski, 22 vuotta töissä`, `Matti Xoski kaksikymmentäkaksi vuotta töissä`, `trettio år sedan` (durations), `Matti Xoski 42 vuotta` (digits with no comma), `Anna Xoski, kaks vuotta, …` (under 14), a number after a word no rule took as a name |
| name_copula_age | `Aslak Xabba … Aslak är 38, har arbetat …`, `Matti Xoski on 41.`, `Amira X is 29 and …`, dictated `Aamu Xänsman joka on kaksikymmentäviisi ja tulee …`, `Ahmed Xur Ali comma thirty nine comma lives …`: a name another rule found, a copula (`on`/`oli`/`är`/`var`/`is`/`was`, perhaps after `joka`/`som`/`who`) or a spoken comma, a number 14–99 (digits or read out), and the clause ends (a comma, a spoken comma, a full stop before a capital or a line's end, `ja`/`och`/`and`): the number is AGE | `Matti on 38 tuntia töissä` (a unit), `Matti oli 38. jonossa` (an ordinal), `Matti on 12.` (under 14), `Matti pilkku kaksi pilkku`, a number after a word no rule took as a name |
| name_comma_age | `What? Nok Saelim, 38, works nights at …`, `Asiakas Tran Vexa, 44, tekee …`, `Klienten Oyelu Bami, 29, jobbar …`, `Ana Lúcia dos Xantos, 36, is …`, `Abu Bakr al-Xassan, 44, drives …`, `Aroha Xgata, 22 – wants …`: the capitalised words are PERSON, the number AGE | `Room 4, 38, was booked`, `The Volvo XC40, 2019, was sold` (digits in the words, not 14–99), `Highway Nine, 38, runs north` (ordinary words), `Kela, 38, …` (a kept body), a place of the lists that is no name (`Kerava, 38, …`), a counted noun after it (`Anna, 38, kertaa`) |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.lexicon import AMBIG, COMMON, EMPLOYER, KEEP, NAME, PLACE, Lexicon
from coachdesk.privacy.patterns import age_range
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_AGE_DATE, PRIO_NAME, Cand
from coachdesk.privacy.spoken import DURATION_AFTER
from coachdesk.privacy.spoken_more import spoken_value
from coachdesk.privacy.spoken_numbers import COUNTED

RULES = {
    r.id: r
    for r in (
        Rule("name_comma_age", "capitalised words no rule took, ', NN, ' and a lower-case word: a person and an age"),
        Rule("name_comma_years", "a name found, a comma, a number and a years word closing the clause: X, 47 vuotta,"),
        Rule("name_copula_age", "a name found, a copula or a spoken comma, a number 14-99 closing the clause: X är 38,"),
    )
}

_MARK = re.compile(r",[ \t]*(\d\d)(?![\d.,:]\d)(?:,|[ \t]+[–—-](?=[ \t]))[ \t]*([a-zåäöéü][\w-]*)")
# a capitalised word, perhaps after an Arabic article (al-Hassan); particles of a full name between words (dos Santos)
_WORD = r"(?:(?:al|el|ad|an|ar|as|ash|at|az|ul|abd)-)?[A-ZÅÄÖÉ][^\W\d_]+(?:['’-][A-ZÅÄÖÉ]?[^\W\d_]+)?"
_PARTICLE = r"(?:bin|ibn|bint|binti|van|von|de|da|das|do|dos|del|della|der|di|du|la|le|ter|ten|af)"
_NAMES = re.compile(rf"(?<![\w'’-])({_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,3}})$")
_REACH = 60


def _ordinary(lex: Lexicon, word: str) -> bool:
    """A frequent word, a kept body, a country or region, an employer, a place of the lists that is no name."""
    low = word.lower()
    flags = lex.lookup(word)[0]
    if flags & (KEEP | EMPLOYER) or (flags & PLACE and not flags & NAME):
        return True
    return (low in lex.frequent or bool(flags & COMMON)) and not (flags & NAME and not flags & (AMBIG | COMMON))


def find(text: str, lex: Lexicon, cands: list[Cand]) -> Iterator[Cand]:
    """PERSON and AGE candidates of rule name_comma_age (``cands``: found so far, read only)."""
    if ", " not in text and ",\t" not in text:
        return
    taken: bytearray | None = None
    for m in _MARK.finditer(text):
        n = int(m.group(1))
        if not 14 <= n <= 99 or m.group(2).lower() in COUNTED:
            continue
        b = _NAMES.search(text, max(0, m.start() - _REACH), m.start())
        if b is None:
            continue
        if taken is None:  # 1: a person found, 2: anything else
            taken = bytearray(len(text))
            for c in cands:
                taken[c.start : c.end] = (b"\x01" if c.label == "PERSON" else b"\x02") * (c.end - c.start)
        words = list(re.finditer(r"\S+", b.group(1)))
        while words and _ordinary(lex, words[0].group(0)):
            words.pop(0)  # "The", "What": a sentence's first word before the name
        if not words or any(w.group(0)[:1].isupper() and _ordinary(lex, w.group(0)) for w in words):
            continue
        s, e = b.start(1) + words[0].start(), b.start(1) + words[-1].end()
        if 2 in taken[s:e]:
            continue  # another finding has a word
        if 0 not in taken[s:e] and text[m.end(1) : m.end(1) + 1] == ",":
            continue  # a name rule has them all, and its own age rules take `, 44,` after it
        if 0 in taken[s:e]:  # else (`X Y, 22 – wants …`, which no other age rule reads) only the age
            first, last = words[0].group(0).lower(), words[-1].group(0).lower()
            yield Cand(s, e, "PERSON", "person", "name and age in apposition (name_comma_age)",
                       PRIO_NAME, key=(first, last if len(words) > 1 else ""))
        age = Cand(m.start(1), m.end(1), "AGE", "age", "bare age (name_comma_age)", PRIO_AGE_DATE)
        age.replacement = age_range(n)
        yield age


def add(text: str, lex: Lexicon, lang: str, cands: list[Cand]) -> None:
    """Add the candidates of :func:`find`, then those of :func:`find_years` (which reads the names found) to ``cands``."""
    cands.extend(find(text, lex, cands))
    cands.extend(find_years(text, lang, cands))
    cands.extend(find_copula(text, lang, cands))


# ", 47 vuotta,", ", kuusikymmentäyks vuotta.", ", forty-one years old and": the clause ends after the years word
_YEARS_AFTER = re.compile(
    r",[ \t]*(\d\d|[^\W\d_]+(?:-[^\W\d_]+)?)[ \t]+(?:vuotta|år|years|yrs)(?:[ \t]+(?:old|gammal|vanha))?"
    r"(?=[ \t]*(?:[,.;:)\n]|$)|[ \t]+(?:ja|och|and|eli)(?![\w-]))"
)


# dictated: "Iman X trettiosex år bor …", "Laima X pilkku neljäkymmentäkaksi vuotta uusi kappale"
_YEARS_SPOKEN = re.compile(
    r"[ \t]+(?:([^\W\d_]+)[ \t]+)?([^\W\d_]+(?:-[^\W\d_]+)?)[ \t]+((?:vuotta|år|years)(?:[ \t]+(?:old|gammal|vanha))?)"
    r"(?:[ \t]+([^\W\d_]+))?"
)
_SPOKEN_COMMA = words("SPOKEN_COMMA")
_LOCAL_CASES = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle")  # not -na: Tiina, Hanna
_DURATION = frozenset().union(*DURATION_AFTER.values())


def find_years(text: str, lang: str, cands: list[Cand]) -> Iterator[Cand]:
    """AGE candidates of rule name_comma_years: a number and a years word after a name found and a comma (or, read
    out in a dictated note, after the name or a spoken comma, the clause going on with no duration word)."""
    for c in cands:
        if c.label != "PERSON":
            continue
        m = _YEARS_AFTER.match(text, c.end) if text[c.end : c.end + 1] == "," else None
        if m is not None:
            start, number_end, end = m.start(1), m.end(1), m.end()
        elif (d := _YEARS_SPOKEN.match(text, c.end)) is not None and _dictated_age(d) and not text[
                c.start : c.end].endswith(_LOCAL_CASES):  # "… Rengossa kakskytkolme vuotta": how long, where
            start, number_end, end = d.start(2), d.end(2), d.end(3)
        else:
            continue
        word = text[start:number_end].lower()
        n = int(word) if word.isdigit() else spoken_value([word], lang)
        if n is None or not 14 <= n <= 99:
            continue
        age = Cand(start, end, "AGE", "age", "age after a name (name_comma_years)", PRIO_AGE_DATE)
        age.replacement = age_range(n) + text[number_end:end]  # the unit stays readable: "39–50 vuotta"
        yield age


def _dictated_age(d: re.Match[str]) -> bool:
    """A read-out number (no digits) and a years word right after a name, or after a spoken comma, and no duration
    word after them (`kaksikymmentä vuotta töissä`)."""
    if d.group(1) is not None and d.group(1).lower() not in _SPOKEN_COMMA:
        return False
    return not d.group(2).isdigit() and (d.group(4) is None or d.group(4).lower() not in _DURATION)


# "X är 38, har …", "X on 41.", "X joka on kaksikymmentäviisi ja …", "X comma thirty nine comma …": after a name found
_COPULA_AGE = re.compile(
    r"[ \t]+(?:(?:(?:joka|som|who)[ \t]+)?(?:on|oli|är|var|is|was)|comma|pilkku|komma)[ \t]+"
    r"(\d\d|[^\W\d_]+(?:-[^\W\d_]+)?(?:[ \t]+[^\W\d_]+)?)"
    r"(?=[ \t]*(?:[,;)]|\.(?:[ \t]*(?:\n|$)|[ \t]+[A-ZÅÄÖ])|$|\n)|[ \t]+(?:ja|och|and|comma|pilkku|komma)(?![\w-]))"
)


def find_copula(text: str, lang: str, cands: list[Cand]) -> Iterator[Cand]:
    """AGE candidates of rule name_copula_age: a copula (or a spoken comma) and a number 14–99 closing the clause after a
    name found. A read-out number is one or two words (`thirty nine`); the second word must belong to it."""
    ends = sorted({c.end for c in cands if c.label == "PERSON"})
    for end in ends:
        m = _COPULA_AGE.match(text, end)
        if m is None:
            continue
        said = m.group(1)
        if said.isdigit():
            if text[end : m.start(1)].strip().lower() in _SPOKEN_COMMA:
                continue  # "pilkku 38": a dictated note reads its numbers out
            n = int(said)
        else:
            value = spoken_value(said.split(), lang)
            if value is None:  # "kaksikymmentäviisi ja": one number word, the next word is the clause's
                continue
            n = value
        if not 14 <= n <= 99:
            continue
        age = Cand(m.start(1), m.end(1), "AGE", "age", "age after a name and a copula (name_copula_age)", PRIO_AGE_DATE)
        age.replacement = age_range(n)
        yield age
