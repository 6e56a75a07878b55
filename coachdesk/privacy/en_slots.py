"""A capitalised word in no list in a person's slot: English (``unknown.en_person_slot``), Finnish and Swedish
(``unknown.person_slot``).

Hooked into ``name_rules_unknown.unknown_word`` (English: before the no-evidence question; Finnish and Swedish:
after the context rule) and ``unknown_sent_start`` (English `X from Y`). Cue sections ``EN_SLOT_BEFORE``
(imperatives that take a person: `try`, `ask`, `call`, `text`; kin and friend nouns: `cousin`, `friend`,
`neighbour`) and ``PERSON_SLOT_BEFORE`` (fi `serkku`, `kaveri`; sv `fråga`, `kusin`, `kompis`).

| slot | fires (invented) | trap |
|---|---|---|
| a slot word right before | `try Abebe, he did it`, `her cousin Tsehay, who works`, `ask Worku about` | `try Excel` (kept), `ask Reception` (a frequent word), `the Zorbex plan` |
| `X from <Capitalised>` after no article | `also, Worku from Kallion Kukka asked` | `the Zorbex from Valio`, `Flights from Oulu` (a frequent word) |
| fi/sv: a slot word right before | `serkku Tsehay, joka`, `fråga Abebe, han`, `sin kusin Tsehay` | `fråga Arbetsförmedlingen` (a word), `serkku Kela` (kept) |
"""

from __future__ import annotations

from coachdesk.privacy.cue_words import by_language, words
from coachdesk.privacy.cues import ARTICLES
from coachdesk.privacy.name_context import NameCtx
from coachdesk.privacy.tokens import Token

_BEFORE = {"en": words("EN_SLOT_BEFORE"), **by_language("PERSON_SLOT_BEFORE")}
_FROM = {"en": "from"}  # Swedish "X från Y Oy" is chat_affiliation's (a line start, a found body)
_DETERMINERS = ARTICLES | frozenset("this that these those our their his her its my your".split())


def person_slot(ctx: NameCtx, k: int, t: Token) -> bool:
    """An unknown word of three letters or more, no frequent word, right after a slot word of the text's language
    or (English) before `from` and a capitalised word."""
    low, lex = t.lower, ctx.lex
    if len(low) < 3 or not t.text.isalpha() or low in lex.frequent or lex.lang_words.get(low) or lex.lookup_all(t.text):
        return False
    before = _BEFORE.get(ctx.lang, frozenset())
    if k > 0 and ctx.joined[k - 1] and ctx.toks[k - 1].lower in before and not ctx.toks[k - 1].cap:
        return True
    frm = _FROM.get(ctx.lang)
    if k + 2 < ctx.n and ctx.joined[k] and ctx.toks[k + 1].lower == frm and ctx.joined[k + 1] and ctx.toks[k + 2].cap:
        return k == 0 or ctx.toks[k - 1].lower not in _DETERMINERS
    return False
