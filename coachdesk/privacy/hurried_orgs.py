"""Organisations written in lower case in hurried LINES: a named care home, a trade team, a Swedish owner's firm.

Runs inside the hurried-line layer (``hurried_names.find``), only on the lines ``hurried_style.hurried_lines``
calls hurried, and only on words no detector holds yet. Each shape is one row of :data:`RULES` (invented
examples); the cue words are sections of the per-language cue files (``HURRIED_INSTITUTIONS``,
``GENERIC_OWNERS``, ``TEAM_NOUNS_NOT``, ``BUSINESS_VERBS``, ``TRADE_STEMS_MORE``, ``OWNER_PREPS``,
``SV_TRADE_WORDS``, ``SV_GENERIC_OWNERS``).

| id | shape | fires | trap |
|---|---|---|---|
| fi_institution | a lower-case genitive (and one genitive word before it) that is no generic owner (äidin, oman, kaupungin, kunnan, a pronoun), then an institution word (hoivakoti, palvelutalo, a -koti/-paja/-koulu/-opisto compound) in a local case | `vanhan myllyn hoivakodissa`, `koivurinteen palvelutaloon` | `äidin kodissa`, `kaupungin palvelutalossa`, `oman kodin lähellä` |
| trade_team | a hyphenated trade word + a plural (-t) team word, then a verb a firm does | `rakennus-veljekset lopetti`, `pesula-pojat irtisanoi` | `sote-palvelut lopetti`, `kela-korvaukset` |
| sv_owner_trade | `på`/`hos`/`vid`, a lower-case genitive -s that is no generic owner (kommunens, pappas), a place of the lists or a word no dictionary knows, a Swedish trade word (or a compound ending in one) | `hos åkerbloms plåt`, `på holms trä`, `på kronoby bensin`, `på bodbacka båt` | `på fpa`, `hos läkaren`, `på morgons` |
"""

from __future__ import annotations

import bisect
import re

from coachdesk.privacy import spelling, token_index
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import KEEP, PLACE, SUR, Lexicon
from coachdesk.privacy.org_rules import FI_TRADE_ANY
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ORG, Cand
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("fi_institution", "a named genitive (no generic owner) before an institution word in a local case"),
        Rule("trade_team", "a hyphenated trade word + plural team word before a verb a firm does"),
        Rule("sv_owner_trade", "på/hos/vid + a lower-case genitive -s (no generic owner), place or unknown word + a Swedish trade word"),
    )
}
REASON = "hurried line: organisation ({rule})"

_LOCAL = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "an", "än", "aan", "ään", "iin", "hin",
          "on", "un", "oon", "uun", "seen")
_SUFFIX_HEADS = ("koti", "paja", "koulu", "opisto")  # a compound of these is an institution (not "koti" alone)


def _institution(low: str) -> bool:
    """An institution word in a local case (hoivakodissa, palvelutaloon, työpajalla); never plain koti."""
    if not low.endswith(_LOCAL) or len(low) < 6:
        return False
    heads = words("HURRIED_INSTITUTIONS")
    for base, _ in analyses(low)[1:]:
        if base in heads or (base.endswith(_SUFFIX_HEADS) and len(base) > 5 and base not in ("omakoti",)):
            return True
    return False


def _genitive(t: Token, lex: Lexicon, generic: frozenset[str]) -> bool:
    """A lower-case Finnish genitive that can name a place (`myllyn`, `koivurinteen`): no generic owner, no
    kept word (kelan), no abbreviation."""
    low = t.lower
    return (t.text.isalpha() and t.text.islower() and low.endswith("n") and len(low) >= 4 and low not in generic
            and not lex.lookup_all(t.text) & KEEP)


def _trade_first(word: str) -> bool:
    return bool(FI_TRADE_ANY.match(word)) or word in words("TRADE_STEMS_MORE")


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, lines: list[tuple[int, int]],
         covered: bytearray, owners: bool = False) -> list[Cand]:
    """ORG candidates of :data:`RULES` on the hurried lines (words no detector holds yet): ``fi_institution`` and
    ``trade_team`` before the names of the lines are weighed; with ``owners``, ``sv_owner_trade`` after them
    (an owner the sums found takes its firm there first)."""
    starts = token_index.starts(text, toks)
    out: list[Cand] = []

    def free(a: Token, b: Token) -> bool:
        return not any(covered[a.start : b.end])

    def spaced(i: int, j: int) -> bool:
        return all(text[toks[x].end : toks[x + 1].start] == " " for x in range(i, j))

    for lo_c, hi_c in lines:
        lo = bisect.bisect_left(starts, lo_c)
        hi = bisect.bisect_left(starts, hi_c)
        for k in range(lo, hi):
            t = toks[k]
            low = t.lower
            if owners:
                if (lang == "sv" and low in words("OWNER_PREPS") and k + 2 < hi and spaced(k, k + 2)
                        and _sv_trade(toks[k + 2].lower)):
                    g = toks[k + 1]
                    if _sv_owner(g, lex) and free(toks[k + 2], toks[k + 2]):  # the owner may be found alone
                        amp = _AMP_TRADE.match(text, toks[k + 2].end)  # "el & vvs": the second trade too
                        out.append(_org(g.start, amp.end() if amp else toks[k + 2].end, "sv_owner_trade"))
                continue
            if lang == "fi" and k > lo and _institution(low) and spaced(k - 1, k):
                g = toks[k - 1]
                if _genitive(g, lex, words("GENERIC_OWNERS")) and free(g, t):
                    first = k - 1
                    m = toks[k - 2] if k - 2 >= lo else None
                    if m is not None and spaced(k - 2, k - 1) and _genitive(m, lex, words("GENERIC_OWNERS")) and (
                            free(m, m)):
                        first = k - 2  # "vanhan myllyn hoivakodissa": the whole name
                    if toks[first].lower not in words("GENERIC_OWNERS"):
                        out.append(_org(toks[first].start, t.end, "fi_institution"))
                continue
            if "-" in low and k + 1 < hi and toks[k + 1].lower in words("BUSINESS_VERBS") and spaced(k, k + 1):
                head, _, team = low.partition("-")
                if (_trade_first(head) and team.endswith("t") and len(team) >= 4 and team.isalpha()
                        and team not in words("TEAM_NOUNS_NOT") and t.text.islower() and free(t, t)):
                    out.append(_org(t.start, t.end, "trade_team"))
    return out


_AMP_TRADE = re.compile(r"[ \t]?&[ \t]?[^\W\d_]+")


def _sv_trade(low: str) -> bool:
    """A Swedish trade word, or a compound ending in one (`träbåt`)."""
    trades = words("SV_TRADE_WORDS")
    return low in trades or any(low.endswith(w) and len(low) - len(w) >= 2 for w in trades if len(w) >= 3)


def _sv_owner(g: Token, lex: Lexicon) -> bool:
    """What owns a Swedish firm in a hurried line: a lower-case genitive -s (no generic owner: kommunens, pappas), a
    place of the lists (`kronoby`) or, with the Swedish and English dictionaries there, a word neither knows
    that is no given name (`bodbacka`; a surname of the lists too)."""
    gl = g.lower
    if not (g.text.isalpha() and g.text.islower() and len(gl) >= 4) or lex.lookup_all(g.text) & KEEP:
        return False
    if gl.endswith("s") and gl not in words("SV_GENERIC_OWNERS") and not gl.endswith(("ens", "ets", "ns")):
        return True
    if lex.get(gl) & PLACE:
        return True
    return (spelling.available("sv") and spelling.available("en") and not spelling.word_like(gl)
            and gl not in lex.frequent and not lex.get(gl) & ~SUR)


def _org(s: int, e: int, rule: str) -> Cand:
    return Cand(s, e, "ORG", "org", REASON.format(rule=rule), PRIO_ORG)
