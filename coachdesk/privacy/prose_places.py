"""Places in prose and chat pastes that the place lexicon knows only in their base form.

Runs with the late detectors (``scrubber._scrub``, after ``prose_details``) and only adds LOCATION
candidates. Every decision is one row of :data:`RULES`.

| id | shape (invented examples) | evidence |
|---|---|---|
| haplology_place | `kävi eilen Hollolla`, `muutti kangasalle` (chat), `Urjalta hän muutti` | a word that is the external local case of a `-la`/`-lä` place of the lexicon with the syllable dropped (base `…la` → `…lla`, `…lta`, `…lle`), generated from the lexicon; no kept word; a form that is also an ordinary word's case form (`tammella`, `hattulla`, `pakilla`) only capitalised mid-sentence, any other in any letter case |
| origin_before_age | `- Kuopiosta, 48 v, työuupumus`, `Pihtiputaalta, 52 v, selkävaiva` | a capitalised word in the elative or ablative (-sta/-stä/-lta/-ltä) opening a clause or list item, then a comma or a bracket and an age (`48`, `48 v`, `48-vuotias`, `48 år`) and a comma, dash, bracket, sentence or line end; no common, frequent, kept or person-name-only word (`Alusta`, `Töistä`, `Lopulta`, `Kesältä`) |
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

from coachdesk.privacy.cues import FI_COMMON_SHAPE
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import COMMON, KEEP, NAME, PLACE, Lexicon
from coachdesk.privacy.name_words import fi_common_word
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand
from coachdesk.privacy.tokens import Token, char_before

RULES = {
    r.id: r
    for r in (
        Rule("haplology_place", "a -la/-lä place of the lexicon in an external local case, a syllable dropped: Hollolla"),
        Rule("origin_before_age", "a capitalised elative/ablative opening a client item before an age: Kuopiosta, 48 v,"),
    )
}

_HAPLO_ENDINGS = ("lla", "llä", "lta", "ltä", "lle")
_ORIGIN_ENDINGS = ("sta", "stä", "lta", "ltä")
_AGE_AFTER = re.compile(
    r"(?:,[ \t]*|[ \t]*\([ \t]*)\d{1,2}(?:[ \t]*(?:v\.?|vuotta|år|y)(?![\w-])|-?vuotias(?![\w-]))?"
    r"[ \t]*(?:[,;)–—]|[ \t]-[ \t]|[.]?[ \t]*(?:\n|$)|\.[ \t]+[A-ZÅÄÖ])"
)
_CLAUSE_BEFORE = frozenset(":;,(–—-•*")

_LOCK = threading.Lock()
_FORMS: dict[int, dict[str, tuple[str, bool]]] = {}  # id(lex.flags) -> form -> (base, also a word's form)


def _haplology_forms(lex: Lexicon) -> dict[str, tuple[str, bool]]:
    """Every haplology form of a -la/-lä place of the lexicon: form -> (base, whether the form is also an
    ordinary word's case form, "Hattulla", "Tammella": then only capitalised mid-sentence) (built once)."""
    key = id(lex.flags)
    forms = _FORMS.get(key)
    if forms is None:
        with _LOCK:
            forms = _FORMS.get(key)
            if forms is None:
                forms = {}
                for base, flags in lex.flags.items():
                    if not flags & PLACE or len(base) < 5 or base[-2:] not in ("la", "lä") or " " in base:
                        continue
                    stem, a = base[:-2], base[-1]
                    if stem[-1] not in "aeiouyäö" or lex.get(stem) & KEEP:
                        continue  # "Grankulla" has no such form
                    stem_word = stem in lex.frequent or bool(lex.get(stem) & COMMON)  # "karhulla", "hattulla"
                    for form in (stem + "ll" + a, stem + "lt" + a, stem + "lle"):
                        if lex.lookup_all(form) & KEEP or FI_COMMON_SHAPE.search(form):
                            continue
                        word = (
                            stem_word
                            or form in lex.frequent
                            or bool(lex.lookup_all(form) & COMMON)
                            or any(b in lex.frequent for b, _ in analyses(form)[1:])  # "tammella", "pakilla"
                        )
                        forms[form] = (base, word)
                _FORMS[key] = forms
    return forms


def find(text: str, toks: list[Token], lex: Lexicon, chat: bool) -> Iterator[Cand]:
    """LOCATION candidates for the rules of :data:`RULES`."""
    forms: dict[str, tuple[str, bool]] | None = None
    for t in toks:
        low = t.lower
        tail = low[-3:]
        if len(low) < 6 or not (t.cap or low == t.text):
            continue
        if tail in _HAPLO_ENDINGS:
            forms = forms if forms is not None else _haplology_forms(lex)
            hit = forms.get(low)
            if hit is not None and (not hit[1] or (t.cap and not t.sent_start)):
                reason = "place in a local case with a syllable dropped (haplology_place)"
                yield Cand(t.start, t.end, "LOCATION", "place", reason, PRIO_NAME, ending=low[-3:], key=(hit[0], ""))
                continue
        if tail in _ORIGIN_ENDINGS and t.cap and _AGE_AFTER.match(text, t.end):
            if not (t.sent_start or char_before(text, t.start) in _CLAUSE_BEFORE):
                continue
            flags = lex.lookup_all(t.text)
            if low in lex.frequent or flags & (COMMON | KEEP) or (flags & NAME and not flags & PLACE):
                continue
            if fi_common_word(low, lex):
                continue
            reason = "place of origin opening a client item before an age (origin_before_age)"
            yield Cand(t.start, t.end, "LOCATION", "place", reason, PRIO_NAME, ending=low[-3:], key=(low[:-3], ""))
