"""A lower-case given name that is also an ordinary word, in a hurried clause opened by a filler (`niinku X on
ollu väsyny`, `eli X sano`).

Runs after ``word_names.find`` (``scrubber._word_names``) on Finnish text; it only adds person candidates and
never takes a word another finding holds or a kept word. The cue words are the ``FILLER_NAME_OPENERS``,
``FILLER_NAME_VERBS`` and ``FILLER_NAME_STATES`` sections of the cue file, besides ``FI_PERSON_VERBS`` and
``HURRIED_TALK_AFTER``. Every decision is one row of :data:`RULES`; the finding's reason names it.

| id | shape (invented examples) | trap |
|---|---|---|
| filler_name_person | a filler (`niinku`, `eli`, `siis`, `tota`) right before a lower-case word that is a listed first name (also one that is a word), uninflected, then a verb only a person does (`sano`, `kerto`, `soitti`) or `on`/`oli` (and `ollu`) and a person's state (`väsyny`, `sairaana`, `lomalla`; at most one intensifier `tosi`, `ihan` between): the word | `niinku toivo on hyvä`, `eli tuuli oli kova`, `siis lumi satoi` |
"""

from __future__ import annotations

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.lexicon import FIRST, KEEP, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand, coverage
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("filler_name_person", "a filler, a listed first name in lower case, a person's verb or state: eli X sano"),
    )
}

_OPENERS = words("FILLER_NAME_OPENERS")
_VERBS = (words("FILLER_NAME_VERBS") | words("FI_PERSON_VERBS") | words("HURRIED_TALK_AFTER")) - {
    "ei", "on", "oli", "tulee", "tuli", "tullu"}
_STATES = words("FILLER_NAME_STATES")
_INTENSIFIERS = frozenset("tosi ihan aika vähän vielä taas nyt niin kans myös".split())
_COPULAS = frozenset(("on", "oli", "oo"))
_BEEN = frozenset(("ollu", "ollut"))


def _person_after(toks: list[Token], k: int, text: str) -> bool:
    """A person's verb, or a copula (and `ollu`) and a person's state, right after token ``k``."""
    nxt = toks[k + 1]
    if nxt.lower in _VERBS:
        return True
    if nxt.lower not in _COPULAS:
        return False
    j = k + 2
    if j < len(toks) and toks[j].lower in _BEEN:
        j += 1
    if j < len(toks) and toks[j].lower in _INTENSIFIERS:
        j += 1
    return (j < len(toks) and toks[j].lower in _STATES
            and all(text[toks[x].end : toks[x + 1].start] == " " for x in range(k, j)))


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New PERSON candidates of :data:`RULES` on Finnish text (``cands``: found so far, read only)."""
    if lang != "fi" or len(toks) < 3:
        return []
    held = coverage(len(text), cands)
    out: list[Cand] = []
    for k in range(1, len(toks) - 1):
        t = toks[k]
        if toks[k - 1].lower not in _OPENERS or not t.text.isalpha() or not t.text.islower() or held[t.start]:
            continue
        if text[toks[k - 1].end : t.start] != " " or text[t.end : toks[k + 1].start] != " ":
            continue
        if not lex.get(t.lower) & FIRST or lex.lookup_all(t.text) & KEEP:
            continue  # uninflected: the word itself is the listed name
        if _person_after(toks, k, text):
            out.append(Cand(t.start, t.end, "PERSON", "person", "given name (filler_name_person)", PRIO_NAME,
                            key=(t.lower, "")))
    return out
