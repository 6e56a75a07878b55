"""Person names in careful prose, e-mails and minutes that the name rules leave by one step of shape.

Runs with the late rules (``scrubber._scrub``, after ``grow_names``) and only adds PERSON candidates.
Every decision is one row of :data:`RULES`.

| id | shape (invented examples) | evidence |
|---|---|---|
| particle_bridge | `Rosalinda dela Paz`, `Maria de los Santos`, `Juan y Cruz` | a found name, one to three name particles (de, dela, de los, van der, bin …), a capitalised word: one name |
| role_bracket | `Hej,\\nDilan (klienten) frågar`, `Yohannes (asiakas) kysyy` | a capitalised word right before `(client)`, `(klienten)`, `(asiakas)` …; no kept, common or function word |
| hyphen_role | `Anna-ohjaajan`, `Sari-tulkilta`, `Minna-esihenkilön` | a first name of the lists, a hyphen, a role or profession noun in any case form: the name part (a finding of the whole word form is trimmed to it) |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import COMMON, FIRST, KEEP, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand

RULES = {
    r.id: r
    for r in (
        Rule("particle_bridge", "a found name, name particles and a capitalised word are one name: Rosalinda dela Paz"),
        Rule("role_bracket", "a capitalised word before a bracketed client role: Dilan (klienten)"),
        Rule("hyphen_role", "a first name joined to a role noun by a hyphen: Anna-ohjaajan"),
    )
}

_PARTICLES = "de|del|dela|della|de la|de las|de los|dos|das|da|di|du|van|von|van der|van den|von der|ter|ten|y|bin|binti|ibn|al|el|le|la"
_PARTICLE_AFTER = re.compile(rf"[ \t]+(?:{_PARTICLES})[ \t]+([A-ZÅÄÖ][\w'’]+)")
_CLIENT_ROLES = "client|the client|my client|klient|klienten|min klient|asiakas|asiakkaani|kund|kunden|sökande|hakija"
# anchored at the literal "(" and "-" (the engine skips to them); the word before is read backwards
_ROLE_BRACKET = re.compile(rf"\((?:{_CLIENT_ROLES})(?:,[^()\n]{{0,30}})?\)")
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-ZÅÄÖ][\w'’-]+)[ \t]+$")
_HYPHEN_ROLE = re.compile(r"-([a-zåäö]{4,})(?![\w-])")
_NAME_BEFORE = re.compile(r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]+)$")
_ROLE_WORDS = words("ROLE_NOUNS") | words("PROFESSIONS") | frozenset(
    "tulkki ohjaaja työnohjaaja valmentaja kollega työkaveri esihenkilö lääkäri hoitaja opettaja sihteeri "
    "omistaja yrittäjä kuraattori terapeutti psykologi sosiaalityöntekijä".split()
)
_NOT_NAME = words("FUNCTION_NEXT") | words("PRONOUNS") | words("PERSONAL_PRONOUNS")


def find(text: str, lex: Lexicon, cands: list[Cand]) -> Iterator[Cand]:
    """PERSON candidates for the rules of :data:`RULES`."""
    ends = {c.end: c.ending for c in cands if c.label == "PERSON"}
    for c in cands:
        if c.label == "PERSON":
            m = _PARTICLE_AFTER.match(text, c.end)
            if m:
                reason = "name with particles (particle_bridge)"
                yield Cand(c.start, m.end(1), "PERSON", "person", reason, PRIO_NAME, ending=ends.get(m.end(1), ""), key=c.key)
    if "(" in text:
        for r in _ROLE_BRACKET.finditer(text):
            m = _WORD_BEFORE.search(text, max(0, r.start() - 40), r.start())
            if m is None:
                continue
            w = m.group(1)
            flags = lex.lookup(w)[0]
            if w.lower() in _NOT_NAME or flags & KEEP or (flags & COMMON and not flags & FIRST):
                continue
            reason = "name before a client role (role_bracket)"
            yield Cand(m.start(1), m.end(1), "PERSON", "person", reason, PRIO_NAME, key=(w.lower(), ""))
    if "-" in text:
        whole = {(c.start, c.end): c for c in cands if c.label == "PERSON"}
        for h in _HYPHEN_ROLE.finditer(text):
            m = _NAME_BEFORE.search(text, max(0, h.start() - 30), h.start())
            if m is None or not lex.lookup(m.group(1))[0] & FIRST or lex.get(m.group(1).lower()) & KEEP:
                continue
            role = h.group(1)
            if any(base in _ROLE_WORDS or _gradation(base) in _ROLE_WORDS for base, _ in analyses(role)):
                found = whole.get((m.start(1), h.end()))
                if found is not None:  # the name model took the whole word form: the role is no name
                    found.end, found.ending = m.end(1), ""
                key = (m.group(1).lower(), "")
                reason = "name joined to a role noun (hyphen_role)"
                yield Cand(m.start(1), m.end(1), "PERSON", "person", reason, PRIO_NAME, key=key)


def _gradation(base: str) -> str:
    """The strong grade of a weak stem the analyser leaves (tulki -> tulkki)."""
    for weak, strong in (("ki", "kki"), ("pi", "ppi"), ("ti", "tti")):
        if base.endswith(weak) and not base.endswith(strong):
            return base[: -len(weak)] + strong
    return base
