"""Evidence that an unknown capitalised word opening a sentence is a person: a word shape Finnish and Swedish
words (almost) never have, in a person's slot. The evidence ADDS UP (one :data:`EVIDENCE` table); the sum is
decided by ``name_decision.THRESHOLDS`` through two rows of ``name_decision.RULES``.

Called by ``name_rules_unknown`` (``unknown_sent_start``, and ``unknown_word`` for a Finnish or Swedish word
mid-sentence that no context rule took) for a capitalised word in no list, no frequent word, no
word of the text's language, no ordinary Finnish compound and no Finnish finite verb. Every piece of evidence
that fired is recorded as a fact (``shape.*``, ``slot.*``: weight 0 in ``name_decision.RULES``, so
``--explain`` shows it) before the deciding rule.

| id | evidence (invented examples) | fi | sv | en |
|---|---|---|---|---|
| shape.initial_cluster | `mb- mp- nd- ng- nk- nt- nz- ts- tz- dz- kw- gw- gy+vowel zh- kh- gh- bh- dh-` | 0.5 | 0.5 | 0.5 |
| shape.final_consonant | fi: `-b -c -d -f -g -h -j -k -p -q -v -w -x -z -sh -ch`; sv: `-sh -j -w -q -z -c`; en: `-j -q` | 0.5 | 0.4 | 0.3 |
| shape.rare_letter | fi: `q w x z c`; sv: `q w z`, `c` not before k/h | 0.5 | 0.4 | – |
| shape.vowel_pair | fi: a back and a front vowel side by side (`ay`, `ya`, `oy`, `uä` …), `ae ao oe ue`; sv: `ae ao oe ue ay oy uy` | 0.5 | 0.3 | – |
| slot.person_verb | a verb only a person does right after it (`FI_PERSON_VERBS`, `EN_PERSON_VERBS`) | 0.5 | 0.5 | 0.5 |
| slot.modal_verb | a modal, auxiliary or movement verb a person does (`SHAPE_SLOT_MODALS`: `voi`, `pääsi`, `har`, `will`) | 0.3 | 0.3 | 0.3 |
| slot.genitive_kin | the word in the genitive (`-n`, `-s`, `'s`) before a kin or friend noun (`SHAPE_KIN_HEADS`: `sisko`, `bror`, `cousin`); the shape is read on the bare form | 0.5 | 0.5 | 0.5 |

The shapes together count at most :data:`SHAPE_CAP` (0.7); only one slot counts (the strongest). Without a slot
or without a shape nothing is decided here (the other rules go on). So a person's verb after one strong shape
names the word (`Nkechi kysyi`: 0.5 + 0.5), a modal after two (`Tsegay voi aloittaa`: 0.7 + 0.3); a person's verb
after a weaker shape asks (sv `-j`: 0.4 + 0.5); a modal after one shape decides nothing (`Concerta voi auttaa`:
drugs and products have these letters too, and a question there costs more than it finds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.cues import EN_PERSON_VERBS, FI_PERSON_VERBS
from coachdesk.privacy.name_context import NameCtx
from coachdesk.privacy.name_decision import THRESHOLDS, decide
from coachdesk.privacy.name_words import fi_common_word
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.verbs import is_finite_verb


@dataclass(frozen=True, slots=True)
class Evidence:
    """One piece of evidence: its id, its weight per language (fi, sv, en) and a one-line doc."""
    id: str
    weights: tuple[float, float, float]
    doc: str


EVIDENCE: dict[str, Evidence] = {
    e.id: e
    for e in (
        Evidence("shape.initial_cluster", (0.5, 0.5, 0.5), "an initial cluster no Finnish or Swedish word has (mb- nk- ts- kw-)"),
        Evidence("shape.final_consonant", (0.5, 0.4, 0.3), "a final letter no Finnish (Swedish, English) word has (-sh, -g, -w)"),
        Evidence("shape.rare_letter", (0.5, 0.4, 0.0), "a letter Finnish (Swedish) words do not use (q w x z c)"),
        Evidence("shape.vowel_pair", (0.5, 0.3, 0.0), "two vowels side by side that Finnish words never have (ay, ae, uä)"),
        Evidence("slot.person_verb", (0.5, 0.5, 0.5), "a verb only a person does right after it (kysyi, ringde, said)"),
        Evidence("slot.modal_verb", (0.3, 0.3, 0.3), "a modal or movement verb of a person right after it (voi, pääsi, har, will)"),
        Evidence("slot.genitive_kin", (0.5, 0.5, 0.5), "in the genitive before a kin or friend noun (Xin sisko, Xs bror)"),
    )
}
SHAPE_CAP = 0.7
_LANG_COL = {"fi": 0, "sv": 1, "en": 2}

_INITIAL = re.compile(r"(?:mb|mp|nd|ng|nk|nt|nz|ts|tz|dz|kw|gw|gy[aeiouy]|zh|kh|gh|bh|dh)[a-zåäö]")
_FINAL = {
    "fi": re.compile(r"(?:[bcdfghjkpqvwxz])$"),
    "sv": re.compile(r"(?:sh|[jwqzc])$"),
    "en": re.compile(r"[jq]$"),
}
_RARE = {"fi": re.compile(r"[qwxzc]"), "sv": re.compile(r"[qwz]|c(?![kh])")}
_VOWELS = {
    "fi": re.compile(r"[aou][äöy]|[äöy][aou]|ae|ao|oe|ue"),
    "sv": re.compile(r"ae|ao|oe|ue|ay|oy|uy"),
}
_MODALS = words("SHAPE_SLOT_MODALS")
_KIN = words("SHAPE_KIN_HEADS")
_SV_PERSON = words("SV_AUX_PERSON_VERBS")


def _weight(eid: str, lang: str) -> float:
    return EVIDENCE[eid].weights[_LANG_COL.get(lang, 2)]


def _bare(low: str, lang: str) -> str | None:
    """The form before a genitive ending (fi `-in` after a consonant / `-n`, sv `-s`, en `'s`), or None."""
    if lang == "fi":
        if low.endswith("in") and len(low) > 4 and low[-3] not in "aeiouyäö":
            return low[:-2]  # Ochiengin -> ochieng
        return low[:-1] if low.endswith("n") and len(low) > 3 else None
    if lang == "sv":
        return low[:-1] if low.endswith("s") and len(low) > 3 else None
    return low[:-2] if low.endswith(("'s", "’s")) and len(low) > 4 else None


def shapes(word: str, lang: str) -> list[str]:
    """The ``shape.*`` evidence ids of the lower-case letters-only form ``word``."""
    out = []
    if _INITIAL.match(word):
        out.append("shape.initial_cluster")
    fin = _FINAL.get(lang)
    if fin is not None and fin.search(word):
        out.append("shape.final_consonant")
    rare = _RARE.get(lang)
    if rare is not None and rare.search(word):
        out.append("shape.rare_letter")
    vow = _VOWELS.get(lang)
    if vow is not None and vow.search(word):
        out.append("shape.vowel_pair")
    return [e for e in out if _weight(e, lang) > 0]


def _slot(ctx: NameCtx, k: int, t: Token) -> tuple[str, str] | None:
    """The strongest person slot after token ``k``: (evidence id, the form whose shape counts), or None."""
    if k + 1 >= ctx.n or not ctx.joined[k] or ctx.toks[k + 1].cap:
        return None
    nxt, low, lang = ctx.toks[k + 1].lower, t.lower, ctx.lang
    if nxt in _KIN:
        bare = _bare(low, lang)
        return ("slot.genitive_kin", bare) if bare else None
    if (lang == "fi" and nxt in FI_PERSON_VERBS) or (lang != "fi" and nxt in EN_PERSON_VERBS):
        return "slot.person_verb", low
    if nxt in _MODALS or (lang == "sv" and nxt in _SV_PERSON):
        return "slot.modal_verb", low
    return None


def _no_word(ctx: NameCtx, t: Token) -> bool:
    """A word of letters in no list, no frequent word or word of a language, no ordinary compound, no verb."""
    word = t.text[:-2] if t.lower.endswith(("'s", "’s")) else t.text  # "X's cousin": the name without 's
    low, lex = word.lower(), ctx.lex
    if len(low) < 3 or not word.isalpha() or not word[1:].islower():
        return False
    if low in lex.frequent or lex.lang_words.get(low) or lex.lookup_all(word):
        return False
    return not (ctx.lang == "fi" and (fi_common_word(low, lex) or is_finite_verb(word, lex)))


def judge(ctx: NameCtx, k: int, t: Token) -> str | None:
    """The deciding rule (``unknown.shape_slot`` / ``unknown.shape_slot_ask``) for an unknown sentence opener, or
    None; the evidence that fired is recorded first (``--explain``)."""
    if ctx.lang not in _LANG_COL or not _no_word(ctx, t):
        return None
    slot = _slot(ctx, k, t)
    if slot is None:
        return None
    slot_id, form = slot
    found = shapes(form.replace("'", "").replace("’", ""), ctx.lang)
    if not found:
        return None
    score = round(min(SHAPE_CAP, sum(_weight(e, ctx.lang) for e in found)) + _weight(slot_id, ctx.lang), 6)
    if score < THRESHOLDS["ask"] or (slot_id == "slot.modal_verb" and score < THRESHOLDS["name"]):
        return None  # a modal decides only with two shapes; one shape before it is no question (Concerta voi auttaa)
    for eid in (*found, slot_id):
        decide(ctx, k, eid)  # a fact: recorded for the trace, decides nothing
    return "unknown.shape_slot" if score >= THRESHOLDS["name"] else "unknown.shape_slot_ask"
