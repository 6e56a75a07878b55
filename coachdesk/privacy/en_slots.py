"""A capitalised English word in no list, mid-sentence, in a person's slot (``unknown.en_person_slot``).

Hooked into ``name_rules_unknown.unknown_word`` before the English no-evidence question. Cue section
``EN_SLOT_BEFORE`` (imperatives that take a person: `try`, `ask`, `call`, `text`; kin and friend nouns:
`cousin`, `friend`, `neighbour`).

| slot | fires (invented) | trap |
|---|---|---|
| a slot word right before | `try Abebe, he did it`, `her cousin Tsehay, who works`, `ask Worku about` | `try Excel` (kept), `ask Reception` (a frequent word), `the Zorbex plan` |
| `X from <Capitalised>` after no article | `also, Worku from Kallion Kukka asked` | `the Zorbex from Valio`, `Flights from Oulu` (a frequent word) |
"""

from __future__ import annotations

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.cues import ARTICLES
from coachdesk.privacy.name_context import NameCtx
from coachdesk.privacy.tokens import Token

_BEFORE = words("EN_SLOT_BEFORE")
_DETERMINERS = ARTICLES | frozenset("this that these those our their his her its my your".split())


def person_slot(ctx: NameCtx, k: int, t: Token) -> bool:
    """An unknown English word of three letters or more, no frequent word, right after a slot word or before
    `from` and a capitalised word."""
    low, lex = t.lower, ctx.lex
    if len(low) < 3 or not t.text.isalpha() or low in lex.frequent or lex.lang_words.get(low) or lex.lookup_all(t.text):
        return False
    if k > 0 and ctx.joined[k - 1] and ctx.toks[k - 1].lower in _BEFORE and not ctx.toks[k - 1].cap:
        return True
    if k + 2 < ctx.n and ctx.joined[k] and ctx.toks[k + 1].lower == "from" and ctx.joined[k + 1] and ctx.toks[k + 2].cap:
        return k == 0 or ctx.toks[k - 1].lower not in _DETERMINERS
    return False
