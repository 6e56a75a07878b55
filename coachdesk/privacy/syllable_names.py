"""Korean given names by their shape: two romanised syllables joined by a hyphen (`Seo-yeon`, `hye-jin`).

No name list holds every Korean given name, but their written shape is narrow: two syllables of the Revised
Romanization (or its common spellings: `woo`, `hee`, `soo`), joined by a hyphen, in any letter case, with a Finnish
case ending or a Swedish or English genitive after them. A family name of one such syllable, capitalised, may
stand before (`Lee Seo-yeon`). Runs with the late people rules (``scrubber._word_names``) and only adds PERSON
candidates. The decision is one row of :data:`RULES`; the finding's reason names it.

| id | shape (invented examples) | trap |
|---|---|---|
| korean_given | two romanised syllables joined by a hyphen (`Seo-yeon`, `min-jun`, `Hyun-woo`), any letter case but the first letter alone, a Finnish case ending (`hye-jinille`, `Seo-yeonin`) or `-s`/`'s` allowed, no hyphenated word of the short list the dictionaries cannot tell (`no-go`, `log-in`: both halves are words); a capitalised one-syllable family name before it (a surname of the lists or no dictionary word: `Lee`, `Choi`): the whole name | `no-go`, `so-so`, `log-in`, `ma-ti` (Monday to Tuesday), `e-mail`, `TE-palvelut`, `Ja Seo-yeon` (a word before: only the name) |
"""

from __future__ import annotations

import re

from coachdesk.privacy import spelling
from coachdesk.privacy.inflection import ending_of
from coachdesk.privacy.lexicon import AMBIG, COMMON, KEEP, SUR, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand

RULES = {
    r.id: r
    for r in (
        Rule("korean_given", "two romanised Korean syllables joined by a hyphen (Seo-yeon), a family name before"),
    )
}

_ONSET = r"(?:kk|tt|pp|ss|jj|ch|g|k|n|d|t|r|l|m|b|p|s|j|h|w|y)?"
_VOWEL = r"(?:yae|wae|yeo|ae|ya|eo|ye|wa|oe|oi|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)"
_CODA = r"(?:ng|n|l|m|k|p|t|g|b)?"
_SYLLABLE = _ONSET + _VOWEL + _CODA
_ENDING = r"(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|ille|illa|ilta|issa|ista|iin|ineen|in|n|a|ä|na|nä|s|'s|’s)"
_NAME = re.compile(rf"(?<![\w-])((?i:{_SYLLABLE})-{_SYLLABLE})({_ENDING})?(?![\w'’-])")
_FAMILY = re.compile(rf"(?<![\w-])((?i:{_SYLLABLE}|park|shin|shim))[ \t]+\Z")  # Park, Shin: spellings of their own
_MIN_FIRST = 2  # letters of the first syllable: `e-mail`, `e-post` are no names


def find(text: str, lex: Lexicon) -> list[Cand]:
    """PERSON candidates of :data:`RULES`."""
    if "-" not in text:
        return []
    out: list[Cand] = []
    for m in _NAME.finditer(text):
        name, ending = m.group(1), m.group(2) or ""
        first = name.split("-")[0]
        if len(first) < _MIN_FIRST or not (first.islower() or first[1:].islower()) or _word(name):
            continue
        start = m.start(1)
        fam = _FAMILY.search(text, max(0, start - 8), start)
        if fam and first[0].isupper() and fam.group(1)[1:].islower() and _family_name(fam.group(1), lex):
            start = fam.start(1)
        stem = m.end(1) - start
        kept = ending if ending.startswith(("'", "’")) else ending_of(text[start : m.end()], stem) if ending else ""
        out.append(Cand(start, m.end(), "PERSON", "person", "a Korean given name by its shape (korean_given)", PRIO_NAME,
                        key=(name.lower(), ""), ending=kept))
    return out


def _word(name: str) -> bool:
    """A hyphenated word of two such syllables (`no-go`, `log-in`). The dictionaries cannot tell: they accept a
    hyphenated word when each half is a word (`min` and `jun` are Swedish and English words)."""
    low = name.lower()
    return low in _HYPHEN_WORDS or all(half in _WEEKDAYS for half in low.split("-"))


_WEEKDAYS = frozenset({"ma", "ti", "ke", "to", "pe", "la", "su"})  # `ma-ti`, `ke-pe`: Finnish weekdays from … to


_HYPHEN_WORDS = frozenset({"no-go", "so-so", "yo-yo", "ping-pong", "hip-hop", "tam-tam", "log-in", "ok-ok", "bon-bon",
                           "go-go", "ding-dong", "sing-song", "mah-jong"})


def _family_name(word: str, lex: Lexicon) -> bool:
    """A capitalised family name before the given name: a surname of the lists, or no word of any dictionary."""
    flags = lex.get(word.lower())
    if not word[0].isupper() or flags & (COMMON | AMBIG | KEEP):
        return False  # `Ja Seo-yeon`: a word before
    return bool(flags & SUR) or not (spelling.known(word, "en") or spelling.known(word, "sv")
                                                     or spelling.word_like(word.lower()))
