"""Schools, bodies and firms named after a Finnish region or town: `X:n ammattiopisto`, `X:n Metsätyö`.

Runs after ``town_firms.find`` (``scrubber._compounds``) on Finnish text; it only adds ORG candidates (the
organisation widens a place found over its genitive). The cue words are the ``REGION_SCHOOL_HEADS`` and
``REGION_FIRM_TRADES`` sections of the cue file, besides ``TOWN_FIRM_TRADES`` and ``GENERIC_OWNERS``. Every
decision is one row of :data:`RULES`; the finding's reason names it.

| id | shape (invented examples) | trap |
|---|---|---|
| region_school | a genitive of a region or place of the lists, or a lower-case genitive in no list and no word of the language (a nickname of a town), that is no generic owner, then a school or body head (``REGION_SCHOOL_HEADS``: `ammattiopisto`, `kuntayhtymä`, `opisto` …; any case; a suspended `ammatti- ja aikuisopisto` too): both words (`X:n ammattiopistossa`, `X:n ammatti- ja aikuisopistoa`) | `kävi ammattiopistoa`, `opisto on kiva`, `kaupungin opisto`, `hyvän opiston` |
| region_trade_firm | a capitalised genitive of a region or place of the lists, then a capitalised word (not a sentence start) that opens with a trade word (``TOWN_FIRM_TRADES``, ``REGION_FIRM_TRADES``) and is no kept body: both words (`X:n Metsätyöllä`, `X:n Kuljetuspalvelussa`) | `X:n hyvinvointialue`, `X:n ELY-keskus`, `X:n metsissä` |
| region_trade_lower | a lower-case genitive of a region or place of the lists or of a place another rule found (no country), then a lower-case product a firm is named after (``REGION_FIRM_PRODUCTS``: `teräs`, `kasvis`, `metallityö`, `maansiirto` …), any case: both words — a hurried note writes a small firm's name in lower case (`kangasalan metallityö`, `himangan teräkselle`, `kerkolan kasviksesta`) | `kontulan toimistolla`, `kiteen lomituspalvelut`, `kaavin kaivos` (a place and a generic unit: the place alone), `porin puuteatterissa`, `lahden kiinteistöhuollolla`, `lielahden logistiikkaan` (a trade or a compound that opens with one: a generic unit as often as a firm), `honkajoen puusepät`, `suomen teräs`, a capitalised word (`region_trade_firm`) |
| region_title_firm | a capitalised genitive of a region or place of the lists, then a capitalised word (not a sentence start) that Finnish morphology reads as a common noun, that no list holds as a name, place or kept term and that is no bare public body (``PUBLIC_BODY_HEADS``): a common noun capitalised inside a sentence is a name, so both words, and `ja` with one more such word (`X:n Kylmävarasto`, `X:n Vanne ja Pesu`) | `X:n Hyvinvointialue`, `X:n Kaupunki`, `X:n Ohjaamossa` (a kept public service), `X:n Virtanen` (a name's reading), `X:n kylmävarasto` (lower case), a sentence start |
"""

from __future__ import annotations

from coachdesk.privacy import morphology
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import FIRST, KEEP, PLACE, REGION, SUR, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ORG, Cand, coverage
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("region_school", "a region's or town's genitive and a school or body head: X:n ammattiopistossa"),
        Rule("region_trade_firm", "a region's capitalised genitive and a capitalised trade compound: X:n Metsätyöllä"),
        Rule("region_trade_lower", "a place's lower-case genitive and a product a firm is named after, in lower case: kangasalan metallityö"),
        Rule("region_title_firm", "a region's capitalised genitive and a common noun capitalised inside a sentence: X:n Kylmävarasto"),
    )
}

_HEADS = words("REGION_SCHOOL_HEADS")
_TRADES = words("TOWN_FIRM_TRADES") | words("REGION_FIRM_TRADES")
_PRODUCTS = words("REGION_FIRM_PRODUCTS")
_GENERIC = words("GENERIC_OWNERS")
_PUBLIC = words("PUBLIC_BODY_HEADS")
_COUNTRIES = frozenset(("suomen", "ruotsin", "norjan", "tanskan", "viron", "venäjän", "ukrainan", "saksan", "euroopan"))
_HEAD_STEMS = tuple(sorted({h[:-1] for h in _HEADS}))  # the cheap test first: a head's stem is in the word


def _school_head(low: str) -> bool:
    """A school or body head in any case (`ammattiopistossa`, `koulutuskuntayhtymän`, `opistoa`)."""
    if low in _HEADS:
        return True
    if not any(st in low for st in _HEAD_STEMS):
        return False
    return any(b in _HEADS for b, _ in analyses(low)[1:])



def _place_genitive(lex: Lexicon, t: Token, unknown_ok: bool) -> bool:
    """A genitive of a region or place of the lists (`pirkanmaan`, `Lapin`); with ``unknown_ok`` also a lower-case
    word in no list and no word of the language (a town's nickname)."""
    low = t.lower
    if not low.endswith("n") or len(low) < 4 or not low.replace("-", "").isalpha() or low in _GENERIC:
        return False
    flags = lex.lookup_all(t.text)
    if flags & (REGION | PLACE):
        return not (flags & FIRST and not flags & (SUR | PLACE | REGION))
    if lex.find(t.text, PLACE) is not None:
        return True
    return unknown_ok and t.text.islower() and not flags and not lex.lang_words.get(low)


def _trade_word(lex: Lexicon, t: Token) -> bool:
    """A capitalised compound that opens with a trade word and is no kept body (`Metsätyöllä`, `Kuljetuspalvelussa`)."""
    low = t.lower
    if not t.text[:1].isupper() or t.text.isupper() or len(low) < 7 or not low.isalpha():
        return False
    if lex.lookup_all(t.text) & KEEP:
        return False
    return any(low[:i] in _TRADES for i in range(3, min(len(low) - 2, 14)))


def _product_word(lex: Lexicon, t: Token) -> bool:
    """A lower-case product a firm is named after (`teräkselle`, `kasviksesta`, `metallityö`) in any case, and no kept
    word; not a trade (`kiinteistöhuollolla`, `logistiikkaan`: a town's generic unit as often as a firm) nor a compound
    that opens with one (`puuteatterissa`)."""
    low = t.text
    if not low.isalpha() or not low.islower() or len(low) < 4 or lex.lookup_all(low) & KEEP:
        return False
    return low in _PRODUCTS or any(b in _PRODUCTS for b, _ in analyses(low)[1:])


def _title_common(lex: Lexicon, t: Token) -> bool:
    """A capitalised word (not all capitals) that Finnish morphology reads as a common noun and as no name, that no
    list holds as a name, place or kept word and that is no bare public body (`Kylmävarasto`; not `Ohjaamo`: writers
    keep `X:n Ohjaamossa` as a public service as often as they name it as an office)."""
    low = t.lower
    if not t.text[:1].isupper() or t.text.isupper() or len(low) < 4 or not low.isalpha():
        return False
    if lex.lookup_all(t.text) & (FIRST | SUR | PLACE | KEEP) or any(b in _PUBLIC for b, _ in analyses(low)):
        return False
    found = morphology.readings(low) or ()
    return any(cls == "nimisana" for cls, _ in found) and not any(cls in morphology.PROPER for cls, _ in found)


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New ORG candidates of :data:`RULES` (``cands``: found so far, read only); in a Swedish or English text only a
    Finnish firm of ``region_title_firm`` (`… butiksägaren X (Kempeleen Lanka ja Nappi)`)."""
    if len(toks) < 2:
        return []
    if lang != "fi":
        return _title_firms_abroad(text, toks, lex, cands)
    held = coverage(len(text), cands, lambda c: c.label != "LOCATION")  # words a finding other than a place holds
    places = {c.start for c in cands if c.label == "LOCATION"}  # a place another rule found (a village: kerkolan)
    lone = {(c.start, c.end) for c in cands if c.label == "PERSON"}  # a one-word name a title firm may overrule
    out: list[Cand] = []
    for k in range(len(toks) - 1):
        t, nxt = toks[k], toks[k + 1]
        if t.lower[-1:] != "n" or text[t.end : nxt.start] != " ":
            continue
        if held[t.start] or held[nxt.start]:
            if t.cap and all((x.start, x.end) in lone or not held[x.start] for x in (t, nxt)) and _title_pair(lex, t, nxt):
                out.append(_title_firm(text, toks, k, held, lex))  # `X:n Kylmävarasto`, the firm taken for a name
            continue
        nl = nxt.lower
        end = None
        if _school_head(nl):
            end = nxt.end
        elif (k + 3 < len(toks) and text[nxt.end : nxt.end + 1] == "-" and toks[k + 2].lower in ("ja", "tai")
                and _school_head(toks[k + 3].lower) and not held[toks[k + 3].start]):
            end = toks[k + 3].end  # "X:n ammatti- ja aikuisopisto": a suspended compound
        if end is not None:
            if _place_genitive(lex, t, unknown_ok=True):
                out.append(Cand(t.start, end, "ORG", "org", "organisation name (region_school)", PRIO_ORG))
            continue
        if not t.text[:1].isupper():
            if (t.text.islower() and t.lower not in _COUNTRIES
                    and (t.start in places or _place_genitive(lex, t, False)) and _product_word(lex, nxt)):
                out.append(Cand(t.start, nxt.end, "ORG", "org", "organisation name (region_trade_lower)", PRIO_ORG))
            continue
        if not nxt.sent_start and _trade_word(lex, nxt) and t.lower not in _COUNTRIES and _place_genitive(lex, t, False):
            out.append(Cand(t.start, nxt.end, "ORG", "org", "organisation name (region_trade_firm)", PRIO_ORG))
        elif _title_pair(lex, t, nxt):
            out.append(_title_firm(text, toks, k, held, lex))
    return out


def _title_pair(lex: Lexicon, t: Token, nxt: Token) -> bool:
    """Rule region_title_firm's words: a place's genitive (no country) and a common noun capitalised inside a sentence."""
    return (not nxt.sent_start and t.lower not in _COUNTRIES and _place_genitive(lex, t, False)
            and _title_common(lex, nxt))


def _title_firms_abroad(text: str, toks: list[Token], lex: Lexicon, cands: list[Cand]) -> list[Cand]:
    """Rule region_title_firm in a Swedish or English text: a Finnish place's genitive (a word of the place lists
    ending in a Finnish genitive) and a Finnish common noun, both capitalised."""
    held = coverage(len(text), cands, lambda c: c.label not in ("LOCATION", "PERSON"))  # a name may be the firm's
    out: list[Cand] = []
    for k in range(len(toks) - 1):
        t, nxt = toks[k], toks[k + 1]
        if (t.cap and t.lower.endswith(("en", "an", "än", "in", "on", "un", "yn", "ön")) and not held[t.start]
                and not held[nxt.start] and text[t.end : nxt.start] == " " and _title_pair(lex, t, nxt)):
            out.append(_title_firm(text, toks, k, held, lex))
    return out


def _title_firm(text: str, toks: list[Token], k: int, held: bytearray, lex: Lexicon) -> Cand:
    """The firm of a place's genitive at ``k`` and the capitalised common noun after it, with `ja` and one more such
    noun (`X:n Vanne ja Pesu`)."""
    end = toks[k + 1].end
    if (k + 3 < len(toks) and text[end : toks[k + 3].start] == " ja " and not held[toks[k + 3].start]
            and _title_common(lex, toks[k + 3])):
        end = toks[k + 3].end
    return Cand(toks[k].start, end, "ORG", "org", "organisation name (region_title_firm)", PRIO_ORG - 1)  # others first
