"""A given name joined to a kinship noun by a hyphen: the name part is the person, the kin word stays.

Runs with the late rules (at the end of ``prose_names.find``, from one hook line there) and only adds PERSON
candidates (a finding of the whole word form is trimmed to the name). Every decision is one row of
:data:`RULES`; the kin words are the ``HYPHEN_KIN`` section of the cue files (base forms and the weak
stems the analyser gives: ``täti``/``tädi``, ``veli``/``velje``).

| id | shape (invented examples) | evidence |
|---|---|---|
| hyphen_kin | `Mervi-tädin kautta`, `Kalle-enollaan`, `Helmi-mummolle`, `Veikko-vaarin`, `Ritva-kummilta`, `Omar-serkku` | a capitalised word, a hyphen, a kin noun of ``HYPHEN_KIN`` in any case form; the word a given name or surname of the lists (not a kept word: `Kela-korvaus`), or, inside a sentence (anywhere when of a foreign shape), a word in no list, not frequent and not shaped like an ordinary word (-ja, -tön, compounds of frequent words: `Tuhlaaja-poika`); never an acronym (`TE-toimiston`, `ADHD-lääkitys`), a diagnosis (`Alzheimer-potilas`: no kin noun) or a common word (`Pikku-veli`, `Bonus-isä`) |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import COMMON, KEEP, NAME, Lexicon
from coachdesk.privacy.name_words import fi_common_word, foreign
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand
from coachdesk.privacy.tokens import char_before

RULES = {
    r.id: r
    for r in (
        Rule("hyphen_kin", "a given name joined to a kin noun by a hyphen: Mervi-tädin, Kalle-enolla (the name part)"),
    )
}

_KIN = words("HYPHEN_KIN")
# anchored at the literal "-" (the engine skips to it); the name before it is read backwards
_HYPHEN_WORD = re.compile(r"-([a-zåäö]{2,})(?![\w-])")
_NAME_BEFORE = re.compile(r"(?<![\w-])([A-ZÅÄÖ][a-zåäöéüëï']+)$")
_SENTENCE_END = ".!?:\n"
# endings of ordinary Finnish nouns and adjectives an unknown given name rarely has (Tuhlaaja-poika: an agent noun)
_WORD_ENDINGS = ("ja", "jä", "ton", "tön", "las", "läs", "mies")


_POSSESSIVE = ("nsa", "nsä", "mme", "nne", "ni", "si")


def _kin(word: str) -> bool:
    """Is ``word`` a kin noun of ``HYPHEN_KIN`` in some case form, a possessive suffix too (tädin,
    enollaan, mummolleni, serkku)?"""
    forms = [word]
    forms += [word[: -len(p)] for p in _POSSESSIVE if word.endswith(p) and len(word) > len(p) + 2]
    if len(word) > 5 and word[-1] == "n" and word[-2] == word[-3] and word[-2] in "aeiouyäö":
        forms.append(word[:-2])  # "enollaan" -> "enolla"
    return any(f in _KIN or any(base in _KIN for base, _ in analyses(f)) for f in forms)


def _name_part(text: str, start: int, word: str, lex: Lexicon) -> bool:
    """The word before the hyphen is a given name: of the lists (no kept or common-only word), or unknown
    inside a sentence (no frequent word, no ordinary word's shape)."""
    low = word.lower()
    flags = lex.get(low)
    if flags & KEEP or low in _KIN:
        return False
    if flags & NAME:
        return not (flags & COMMON and lex.counts.get(low, 0) < 1000)
    if flags or low in lex.frequent or len(low) < 3 or fi_common_word(low, lex) or low.endswith(_WORD_ENDINGS):
        return False
    before = char_before(text, start)
    return (before != "" and before not in _SENTENCE_END) or foreign(low)  # "Ayaan-tädin" opening a sentence


def find(text: str, lex: Lexicon, cands: list[Cand]) -> Iterator[Cand]:
    """PERSON candidates of rule hyphen_kin (and whole-word person findings trimmed to the name)."""
    if "-" not in text:
        return
    whole = {(c.start, c.end): c for c in cands if c.label == "PERSON"}
    for h in _HYPHEN_WORD.finditer(text):
        m = _NAME_BEFORE.search(text, max(0, h.start() - 30), h.start())
        if m is None or not _kin(h.group(1)) or not _name_part(text, m.start(1), m.group(1), lex):
            continue
        found = whole.get((m.start(1), h.end()))
        if found is not None:  # another rule took the whole word form: the kin word is no name
            found.end, found.ending = m.end(1), ""
        reason = "name joined to a kin noun (hyphen_kin)"
        yield Cand(m.start(1), m.end(1), "PERSON", "person", reason, PRIO_NAME, key=(m.group(1).lower(), ""))
