"""Lower-case Finnish firms named after their town: a town's genitive and a trade compound (`X:n kattoässät`).

Runs after ``place_compounds.find`` (``scrubber._scrub``) on Finnish text; it only adds ORG candidates (an
organisation widens the town found over its first word). The cue words are sections of the cue file
(``TOWN_FIRM_TRADES``, ``TOWN_FIRM_HEADS``, ``TOWN_FIRM_PLURALS``) besides the trade words of ``org_rules`` and ``firm_pairs``. Every
decision is one row of :data:`RULES`; the finding's reason names it.

| id | shape (invented examples) | trap |
|---|---|---|
| work_trade_compound | a work cue (`töissä`, `duunissa`, `pääsi`, `aloitti` …) right before one lower-case word in a local case in no list of a name-like part (a surname or place of the lists that is no word, or a word in no list and no frequent word) and a trade word (`logistiikka`, `kuljetus`, `siivous`; ``TOWN_FIRM_TRADES``): the word (`pääsi X|logistiikalle`, `duunissa X|kuljetuksella`) | `duunissa kuljetusliikkeellä`, `pääsi satamalogistiikalle` (a common modifier), `töissä kaupassa` |
| town_trade_plural | a lower-case genitive of a place of the lists, then a lower-case trade plural (`puusepät`, `maalarit`; ``TOWN_FIRM_PLURALS``), then a verb a firm does (``BUSINESS_VERBS``, a finite verb, a colloquial participle `maksanu`; never a copula): both words (`X:n puusepät maksanu`) | `X:n puusepät on taitavia` (a description), `kaupungin maalarit` |
| town_trade_compound | a lower-case genitive of a place of the lists, then a lower-case compound in no list and no frequent word (nor its base form) of a trade word (`katto`, `siivous`, `sähkö`) and a firm's head (`-apu`, `-ässät`, `-mestarit`, `-tiimi`), in any case: both words (`X:n siivousapu`, `X:n kattoässille`) | `kelan toimisto`, `kaupungin siivous`, `X:n torilla`, `X:n kiinteistöhuolto`, `X:n siivouspalvelut` |
"""

from __future__ import annotations

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, KEEP, PLACE, SUR, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ORG, Cand, coverage
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.verbs import is_finite_verb

RULES = {
    r.id: r
    for r in (
        Rule("town_trade_compound", "a town's lower-case genitive and a trade compound in no list (X:n siivousapu)"),
        Rule("work_trade_compound", "a work cue, then a name-like part + trade word as one word (pääsi X|logistiikalle)"),
        Rule("town_trade_plural", "a town's lower-case genitive and a trade plural before a verb (X:n puusepät maksoi)"),
    )
}

_TRADES = words("TOWN_FIRM_TRADES")
_HEADS = words("TOWN_FIRM_HEADS")
# the stems of the heads' inflected and plural forms (pojat -> poj, ässät -> äss, mestari -> mestar)
_HEAD_STEMS = tuple(sorted({h[:-2] for h in _HEADS if h.endswith(("at", "ät", "et")) and len(h) >= 5}
                           | {h[:-1] for h in _HEADS if len(h) >= 6}))
_GENERIC = words("GENERIC_OWNERS")
_WORK = words("TOWN_FIRM_WORK_CUES")
_LOCAL = ("lle", "lla", "llä", "lta", "ltä", "ssa", "ssä", "sta", "stä")
_PLURALS = words("TOWN_FIRM_PLURALS")
_FIRM_VERBS = words("BUSINESS_VERBS")
_NOT_FIRM_VERBS = words("COPULAS") | frozenset(("ovat", "olivat", "ois", "olis", "oisi", "olisi", "ei", "eivät"))


def _firm_verb(lex: Lexicon, low: str) -> bool:
    """A verb a firm does after its name (`maksoi`, colloquial `maksanu`); never a copula (`on`: a description)."""
    if low in _NOT_FIRM_VERBS or not low.isalpha():
        return False
    return low in _FIRM_VERBS or is_finite_verb(low, lex) or (len(low) >= 6 and low.endswith(("nu", "ny", "nut", "nyt")))


def work_compound(lex: Lexicon, low: str) -> bool:
    """``low`` is one word of a name-like part and a trade word in a local case (`X|logistiikalle`)."""
    if len(low) < 10 or not low.isalpha() or not low.endswith(_LOCAL) or low in lex.frequent or lex.lang_words.get(low):
        return False
    for b, _ in analyses(low)[1:]:
        if len(b) < 9 or b in lex.frequent or lex.get(b):
            continue
        for i in range(3, len(b) - 4):
            if b[i:] not in _TRADES:
                continue
            mod = b[:i]
            flags = lex.lookup_all(mod) if len(mod) >= 4 else lex.get(mod)
            veto = COMMON | KEEP | FIRST | (0 if mod.endswith("n") else AMBIG)  # an owner's genitive: virtasen|, kotkan|
            if flags & (SUR | PLACE) and not flags & veto:
                return True
            if not flags and mod not in lex.frequent and not lex.lang_words.get(mod) and not any(
                    m in lex.frequent for m, _ in analyses(mod)[1:] if len(m) >= 3):
                return True
    return False


def trade_compound(lex: Lexicon, low: str) -> bool:
    """``low`` is a compound in no list of a trade word and a firm's head (`siivous|apu`, `katto|ässät`)."""
    if len(low) < 7 or not low.isalpha() or low in lex.frequent or lex.lang_words.get(low) or lex.lookup_all(low):
        return False
    bases = [b for b, _ in analyses(low) if len(b) >= 7]
    if any(b in lex.frequent or lex.get(b) or lex.lang_words.get(b) for b in bases[1:]):
        return False  # a case form of an ordinary word (kiinteistö|huollolla -> kiinteistöhuolto)
    for b in bases:
        for i in range(3, len(b) - 2):
            if b[:i] in _TRADES and b[i:] in _HEADS:
                return True
    for i in range(3, len(low) - 4):  # a plural or gradated head the analyser misses: muutto|pojilla, katto|ässille
        if low[:i] in _TRADES and any(low.startswith(st, i) and len(low) - i <= len(st) + 7 for st in _HEAD_STEMS):
            return True
    return False


def _town_genitive(lex: Lexicon, t: Token) -> bool:
    """A lower-case genitive of a place of the lists (also one that is a word: `porin`, `kotkan`)."""
    low = t.lower
    if not t.text.islower() or not low.endswith("n") or len(low) < 4 or not low.isalpha() or low in _GENERIC:
        return False
    hit = lex.find(t.text, PLACE)
    if hit is None:
        return False
    flags = lex.get(hit[0])
    return not flags & KEEP and not (flags & FIRST and not flags & (SUR | PLACE))


_TRADE_HEADS = frozenset(w[:3] for w in _TRADES if len(w) >= 3)  # a word opening with a trade word opens with one


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New ORG candidates of :data:`RULES` on Finnish text (``cands``: found so far, read only)."""
    if lang != "fi" or len(toks) < 2:
        return []
    held = coverage(len(text), cands, lambda c: c.label != "LOCATION")  # words a finding other than a place holds
    out: list[Cand] = []
    for k in range(len(toks) - 1):
        t, nxt = toks[k], toks[k + 1]
        if t.lower in _WORK and nxt.text.islower() and not held[nxt.start] and text[t.end : nxt.start] == " " and (
                work_compound(lex, nxt.lower)):
            out.append(Cand(nxt.start, nxt.end, "ORG", "org", "hurried line: org (work_trade_compound)", PRIO_ORG))
            continue
        if (nxt.lower in _PLURALS and k + 2 < len(toks) and text[nxt.end : toks[k + 2].start] == " "
                and text[t.end : nxt.start] == " " and not held[t.start] and nxt.text.islower()
                and _town_genitive(lex, t) and _firm_verb(lex, toks[k + 2].lower)):
            out.append(Cand(t.start, nxt.end, "ORG", "org", "hurried line: org (town_trade_plural)", PRIO_ORG))
            continue
        nl = nxt.lower
        if t.lower[-1:] != "n" or len(nl) < 7 or nl[:3] not in _TRADE_HEADS or not any(nl[:i] in _TRADES for i in range(3, min(len(nl) - 2, 13))):
            continue  # the cheap test first: the next word opens with a trade word
        if held[t.start] or held[nxt.start] or text[t.end : nxt.start] != " " or not nxt.text.islower():
            continue
        if not _town_genitive(lex, t) or not trade_compound(lex, nl.split(":")[0].replace("-", "", 1)):
            continue
        if lex.lookup_all(nxt.text) & (COMMON | AMBIG | KEEP):
            continue
        out.append(Cand(t.start, nxt.end, "ORG", "org", "hurried line: org (town_trade_compound)", PRIO_ORG))
    return out
