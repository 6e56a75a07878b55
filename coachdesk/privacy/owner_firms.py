"""Firms that carry a person's or a town's name: a clinic and its doctor, an owner's genitive before a trade word,
a Swedish owner's trades joined by `och`, a town's two trade words joined by `ja`.

Runs after the name rules (``scrubber._scrub``, next to ``signed_orgs``) and only adds ORG candidates, which win
over the person reading of the same words: the whole firm is one organisation. Every decision is one row of
:data:`RULES`; the finding's reason names it. Cue words: ``OWNER_FIRM_HEADS``, ``CLINIC_HEADS``, ``CLINIC_TITLES``.

| id | shape (invented examples) | trap |
|---|---|---|
| titled_clinic | a clinic or firm word (a compound ending in `asema`, `klinikka`, `vastaanotto`, `mottagning`, `clinic` …) right before a doctor's title (`Dr.`, `Tri`) and one or two capitalised words: the clinic, the title and the name, any case form (`Hammaslääkäriasema Dr. X Y:llä`) | `kävi Dr. X:llä` (no clinic word: the person alone), `kävi vastaanotolla Dr. X:llä` (a bare lower-case clinic word: the doctor's own reception) |
| owner_head | a capitalised genitive of a surname of the lists (no first name, place, kept or frequent word), or of a word in no list, right before a lower-case firm word of ``OWNER_FIRM_HEADS`` (alone or as a compound's end) in any case form, the firm doing what a firm does (``BUSINESS_VERBS`` after it) or a work cue before it (``WORK_AT_CUES``, ``TOWN_FIRM_WORK_CUES``, ``ORG_WORK_CUES``): both (`X:n klinikka soitti`, `töissä X:n autokorjaamolla`) | `Lääkärin klinikka`, `Kaupungin klinikka`, `Matin kauppa` (a first name), `Kelan toimisto`, `X:n yritys on pieni` (the owner's business: the person) |
| sv_owner_pair | a capitalised Swedish genitive in `-s` (a surname of the lists or a word in no list; no kept word), then two capitalised words joined by `och` / `&`, not opening a sentence: one firm (`Xs Fiske och Båtskjuts`, `Xs Bil & Däck`) | `Annas Mamma och Pappa` (a first name), `Sveriges Radio och TV` (a kept word) |
| town_trade_pair | a capitalised genitive of a town of the lists, then two capitalised words joined by `ja` / `&` (no first name, no place, no kept word; not opening a sentence): one firm (`Porin Vanne ja Pesu`) | `Lapin Kela ja TE-toimisto`, `Oulun Matti ja Liisa` |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy import token_index
from coachdesk.privacy.cue_scan import first_char_groups
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import FIRST, KEEP, PLACE, REGION, SUR, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ORG, Cand
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("titled_clinic", "a clinic word, a doctor's title and a name: Hammaslääkäriasema Dr. X Y:llä"),
        Rule("owner_head", "an owner's genitive before a lower-case firm word: X:n klinikka soitti"),
        Rule("sv_owner_pair", "a Swedish owner's genitive and two trade words joined by och: Xs Fiske och Båtskjuts"),
        Rule("town_trade_pair", "a town's genitive and two capitalised words joined by ja: Porin Vanne ja Pesu"),
    )
}

_HEADS = tuple(sorted(words("OWNER_FIRM_HEADS")))
_CLINIC_HEADS = tuple(sorted(words("CLINIC_HEADS") | words("OWNER_FIRM_HEADS")))
_TITLES = frozenset(words("CLINIC_TITLES"))
# (?<![\w-])(?:Tohtori|tohtori|…) (capitalised and as written, the longest first) as one branch per first letter
# (cue_scan.first_char_groups: the engine skips to those letters; the same matches)
_TITLE_WORDS = [w for t in sorted(_TITLES, key=lambda t: len(re.escape(t.capitalize()) + "|" + re.escape(t)), reverse=True)
                for w in (t.capitalize(), t)]
_TITLE_CUE = re.compile("(?:" + first_char_groups(_TITLE_WORDS) + r")\.?[ \t]")
_KIN = words("ROLE_NOUNS") | words("PERSON_NOUNS")  # "Annas mamma och pappa": people
_FIRM_VERBS = words("BUSINESS_VERBS")
_WORK_CUES = words("WORK_AT_CUES") | words("TOWN_FIRM_WORK_CUES") | words("ORG_WORK_CUES")
_JOINS = {"fi": ("ja", "&"), "sv": ("och", "&")}


def _cand(start: int, end: int, rule: str) -> Cand:
    return Cand(start, end, "ORG", "org", f"{RULES[rule].doc.split(':')[0]} ({rule})", PRIO_ORG + 6)


def _gap(text: str, a: Token, b: Token, joins: tuple[str, ...] = ()) -> bool:
    g = text[a.end : b.start]
    return g == " " or (g.strip() in joins and len(g) <= 5 and "\n" not in g)


def _head_base(low: str, heads: tuple[str, ...] = _HEADS) -> bool:
    """``low`` is a firm word of ``heads`` or a compound ending in one, in any case form."""
    return any(b.endswith(heads) for b, _ in analyses(low)) if low.isalpha() else False


def _owner(lex: Lexicon, t: Token, ending: str) -> bool:
    """A capitalised owner's genitive: a surname of the lists (no first name alone, no place, no kept or frequent
    word), or a word in no list."""
    low = t.lower
    if not t.cap or t.colon_suffix or not low.endswith(ending) or len(low) < 4 or not low.isalpha():
        return False
    flags = lex.lookup(t.text)[0]
    if flags & (KEEP | PLACE | REGION) or (flags & FIRST and not flags & SUR) or low in lex.frequent:
        return False
    if flags & SUR:
        return True
    stem = low[: -len(ending)]
    return not flags and not lex.get(stem) and stem not in lex.frequent


def _not_trade(lex: Lexicon, t: Token, lang: str) -> bool:
    """A word no firm's trade name is made of: a kept word, a place, a kin word, a first name (in Swedish, one that
    is no Swedish word: `Bil` is a car)."""
    flags = lex.lookup(t.text)[0]
    if flags & (KEEP | PLACE | REGION) or t.lower in _KIN:
        return True
    return bool(flags & FIRST and not flags & SUR and (lang == "fi" or not lex.lang_words.get(t.lower)))


def _titled_clinics(text: str, toks: list[Token], lex: Lexicon) -> Iterator[Cand]:
    """Rule titled_clinic."""
    starts = token_index.by_start(text, toks)  # shared per scrub call
    for m in _TITLE_CUE.finditer(text):
        k = starts.get(m.start())
        if k is None or k == 0 or k + 1 >= len(toks):
            continue
        head = toks[k - 1]
        if text[head.end : m.start()] != " " or not head.lower.isalpha() or not _head_base(head.lower, _CLINIC_HEADS):
            continue
        if not head.cap and any(b in _CLINIC_HEADS for b, _ in analyses(head.lower)):
            continue  # "kävi vastaanotolla Dr. X": the doctor's own reception, not a named clinic
        j = k + 1
        if not toks[j].cap or toks[j].start > m.end() + 1:
            continue
        if j + 1 < len(toks) and toks[j + 1].cap and text[toks[j].end : toks[j + 1].start] == " " and not toks[j + 1].sent_start:
            j += 1
        yield _cand(head.start, toks[j].end, "titled_clinic")


def _owner_heads(text: str, toks: list[Token], lex: Lexicon) -> Iterator[Cand]:
    """Rule owner_head (Finnish)."""
    for k in range(len(toks) - 1):
        t, nx = toks[k], toks[k + 1]
        if not t.cap or not nx.text.islower() or t.lower[-1:] != "n" or text[t.end : nx.start] != " ":
            continue
        if not _owner(lex, t, "n") or not _head_base(nx.lower) or lex.lookup(nx.text)[0] & KEEP:
            continue
        after = toks[k + 2].lower if k + 2 < len(toks) and text[nx.end : toks[k + 2].start] == " " else ""
        before = toks[k - 1].lower if k and text[toks[k - 1].end : t.start] == " " else ""
        if after in _FIRM_VERBS or before in _WORK_CUES:  # "X:n klinikka soitti", "töissä X:n autokorjaamolla"
            yield _cand(t.start, nx.end, "owner_head")


def _pairs(text: str, toks: list[Token], lex: Lexicon, lang: str) -> Iterator[Cand]:
    """Rules sv_owner_pair (Swedish) and town_trade_pair (Finnish): a genitive and two capitalised words joined."""
    joins = _JOINS.get(lang)
    if joins is None:
        return
    for k in range(len(toks) - 2):
        g, a = toks[k], toks[k + 1]
        if not (g.cap and a.cap) or a.sent_start or text[g.end : a.start] != " ":
            continue
        # "X och Y": the join is a token (och, ja) or a sign between two tokens (&)
        b_i = k + 3 if toks[k + 2].lower in joins else k + 2
        if b_i >= len(toks):
            continue
        b = toks[b_i]
        if not b.cap or b.sent_start or not _gap(text, toks[b_i - 1], b, ("&",)) or not _gap(text, a, toks[k + 2], ("&",)):
            continue
        if b_i == k + 2 and text[a.end : b.start].strip() != "&":
            continue
        if any(_not_trade(lex, w, lang) for w in (a, b)):
            continue
        if lang == "sv" and _owner(lex, g, "s"):
            yield _cand(g.start, b.end, "sv_owner_pair")
        elif lang == "fi" and g.lower.endswith("n"):
            hit = lex.find(g.text, PLACE)
            if hit is not None and g.text[hit[1] :].lower() == "n" and not lex.get(hit[0]) & KEEP:
                yield _cand(g.start, b.end, "town_trade_pair")


def find(text: str, toks: list[Token], lex: Lexicon, lang: str) -> list[Cand]:
    """ORG candidates of :data:`RULES`."""
    out = list(_titled_clinics(text, toks, lex))
    if lang == "fi":
        out += _owner_heads(text, toks, lex)
    if lang in ("fi", "sv") and ("&" in text or " och " in text or " ja " in text):
        out += _pairs(text, toks, lex, lang)
    return out
