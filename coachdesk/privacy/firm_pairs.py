"""Firms named after two or more people: `Siivous Kettunen ja Heino`, `Maalaus Aho & Rinne Oy`, `Backman och Söner`.

Runs after the name rules (``scrubber._scrub``, right before ``prose_orgs.fill_runs``) and only adds ORG
candidates, which win over the person reading of the same words: the whole firm is one organisation,
not two people. The joined words are names: a found person, a word of the name lists (any case form), or
a capitalised word in no list and no frequent word; at least one of them no first name alone (two first
names after a service word are its workers: `städtjänst: Anna och Maria`), not all of them places of the lists
and no `välillä` / `between` after them (`Kuljetus Salo ja Lahti välillä`: two towns). The trade words are the cue sections
``FIRM_TRADE_HEADS`` (fi, sv, en: the end of a compound, `puhdistuspalvelu`, `städservice`, `accountants`)
with ``org_rules``' Finnish and English trade words and the English organisation heads (``ORG_HEADS_EN``); the family words are ``FIRM_KIN_WORDS`` (`Poika`, `Pojat`,
`Söner`, `Sons`). Every decision is one row of :data:`RULES`.

| id | shape (invented examples) | evidence |
|---|---|---|
| trade_pair | `Porin Ikkunapesu Rask ja Vuo`, `siivous kettunen ja heino`, `Bygg Sundell & Ek Ab`, `remontti toivonen & laaksonen` | a trade word in the nominative, capitalised before capitalised names (lower case only before lower-case ones: `palvelu Lind och Berg` are people; a town genitive before it joins; `Tmi` / `T:mi` before any firm of this table joins), then names joined by `ja` / `&` / `och` / `and` / `+` (commas between more than two), maybe a legal form or a trade word after them; never before a plural verb or a both word (`… ja Salo sopivat`: two people), never a kept word (`Kela ja TE-toimisto`) |
| pair_trade | `Kallio & Aro Kiinteistöhuolto`, `kivi & kallio kiinteistöhuolto`, `okafor and lee roofing` | names joined as above, then a trade word (Finnish in any case form, English, Swedish) written like the names (`Aho ja Kivi kaupassa`: two people in a shop; after `&` any letter case), maybe a legal form |
| title_words | `Bryggeri Humla och Malt`, `Degerby Båt och Motor`, `Kahvila Onnen ja Ilon` (any capitalised words, then two common nouns capitalised inside a sentence and joined by `och` / `ja` / `and` / `&`) | the two words around the join are ordinary nouns of a dictionary (Hunspell, Voikko) and no name of the lists, none of the run opens a sentence, three words at least: a common noun capitalised inside a sentence is a name's (`Anna och Peter`: names; `Bröd och Smör` at a sentence start stays) |
| kin_firm | `Aaltonen ja Poika`, `Koskela ja Pojat -firmassa`, `laine & poika`, `Backman och Söner`, `okafor and sons` | a name, `ja` / `&` / `och` / `and`, a family word capitalised (or lower case after `&`, or after `and` before a trade word): `Virtanen ja poika tulivat` (a father and son) stays two people |
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from coachdesk.privacy import morphology, spelling, token_index
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.lexicon import FIRST, KEEP, NAME, PLACE, REGION, SUR, Lexicon
from coachdesk.privacy.org_rules import EN_TRADE, FI_TRADE_ANY, LEGAL_LOWER
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ORG, Cand
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.verbs import is_finite_verb

RULES = {
    r.id: r
    for r in (
        Rule("trade_pair", "a trade word, then names joined by ja / & / och / and: Siivous Kettunen ja Heino"),
        Rule("pair_trade", "names joined by ja / & / och / and, then a trade word: kivi & kallio kiinteistöhuolto"),
        Rule("title_words", "capitalised words, then two capitalised common nouns joined by och / ja / and: Bryggeri Humla och Malt"),
        Rule("kin_firm", "a name + ja / & / och / and + a family word of firms: Aaltonen ja Poika, Backman och Söner"),
    )
}

_JOIN_WORDS = frozenset(("ja", "och", "and", "und"))
_JOIN_SIGNS = frozenset(("&", "+"))
_KIN = words("FIRM_KIN_WORDS")
_HEADS = sorted(words("FIRM_TRADE_HEADS"), key=len, reverse=True)
_LONG = "|".join(re.escape(h) for h in _HEADS if len(h) >= 5)  # also the end of a compound ("ikkunapesu")
_SHORT = "|".join(re.escape(h) for h in _HEADS if len(h) < 5)  # a whole word only ("el", not "Daniel")
# a trade head in the nominative (singular or plural): "Puhdistuspalvelu", "städservice", "Bygg"
_TRADE_NOMINATIVE = re.compile(rf"^(?:[a-zåäöé-]*(?:{_LONG})|(?:{_SHORT}))t?$")
# the same heads in a Finnish case form after the names: "… ja Koiviston Rakennuspalvelussa"
_TRADE_ANY = re.compile(
    rf"^(?:[a-zåäöé-]*(?:{_LONG})|(?:{_SHORT}))"
    r"(?:t|n|a|ä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|an|en|iin|ihin|ksi|ineen)?$"
)
_EN_HEADS = frozenset(w.lower() for w in words("ORG_HEADS_EN"))  # "… and Jones Construction"
_LEGAL = LEGAL_LOWER | frozenset(("inc", "llc", "gmbh", "oü", "as", "osk", "osuuskunta"))
_TMI_BEFORE = re.compile(r"(?<![\w:])(?:[Tt]:?mi|TMI|T:MI)\.?[ \t]+$")
_BETWEEN = ("välil", "välinen", "väliset", "between", "mellan")  # "X ja Y välillä": two places or parties
_BOTH = frozenset(("molemmat", "kumpikin", "both", "båda", "bägge"))
_NOT_NAME = words("FUNCTION_NEXT") | words("PRONOUNS") | words("PERSONAL_PRONOUNS") | words("ROLE_NOUNS") | _JOIN_WORDS


def find(text: str, toks: list[Token], lex: Lexicon, cands: list[Cand]) -> Iterator[Cand]:
    """ORG candidates of :data:`RULES` (``cands``: every finding so far; a found person is a name)."""
    if len(toks) < 3:
        return
    found = sorted((c.start, c.end) for c in cands if c.label == "PERSON")
    persons = _Persons([s for s, _ in found], [e for _, e in found])
    n = len(toks)
    joins = [k for k, t in enumerate(toks) if t.lower in _JOIN_WORDS]  # set lookups: few tokens join names
    if "&" in text or "+" in text:
        starts = token_index.starts(text, toks)
        for sign in _JOIN_SIGNS:
            i = text.find(sign)
            while i >= 0:
                joins.append(bisect.bisect_right(starts, i))  # the token after the sign
                i = text.find(sign, i + 1)
        joins.sort()
    done = 0
    for k in joins:
        if k < max(1, done) or k >= n:
            continue
        hit = _pair_at(text, toks, k, lex, persons)
        cand = _judge(text, toks, hit[0], hit[1], lex, persons) if hit is not None else None  # first and last name
        if cand is not None:
            yield cand
            done = hit[1] + 1 if hit is not None else done
        elif (titled := _title_words(toks, k, lex)) is not None:
            yield titled
            done = k + 2
        elif hit is not None:
            done = hit[1] + 1


def _common_title(t: Token, lex: Lexicon) -> bool:
    """A capitalised word inside a sentence that a dictionary reads as an ordinary word and no list as a name."""
    if not t.cap or t.upper or t.sent_start or len(t.text) < 3 or not t.text.isalpha() or lex.lookup_all(t.text) & (NAME | KEEP):
        return False
    return morphology.common_word(t.lower) or any(spelling.known(t.lower, lang) for lang in ("sv", "en"))


def _title_words(toks: list[Token], k: int, lex: Lexicon) -> Cand | None:
    """Rule title_words at the join ``k``: the capitalised run before it and the common noun after it."""
    if not (0 < k < len(toks) - 1 and _common_title(toks[k - 1], lex) and _common_title(toks[k + 1], lex)):
        return None
    a = k - 1
    while a > 0 and k - a < 3 and toks[a - 1].cap and not toks[a - 1].upper and toks[a - 1].end + 1 == toks[a].start:
        a -= 1
    if toks[a].sent_start or k - a < 2:
        return None
    return Cand(toks[a].start, toks[k + 1].end, "ORG", "org", "firm named with capitalised words (title_words)", PRIO_ORG + 1)


def _pair_at(text: str, toks: list[Token], k: int, lex: Lexicon, persons: _Persons) -> tuple[int, int] | None:
    """(first, last) token of names joined at token k: ``k`` is a join word, or ``&`` stands before token k."""
    t = toks[k]
    if (t.lower in _JOIN_WORDS and k + 1 < len(toks) and text[toks[k - 1].end : t.start] == " "
            and text[t.end : toks[k + 1].start] == " "):
        left, right = k - 1, k + 1
    elif text[toks[k - 1].end : t.start].strip() in _JOIN_SIGNS and "\n" not in text[toks[k - 1].end : t.start]:
        left, right = k - 1, k
    else:
        return None
    if not _name(toks[left], lex, persons) or not (_name(toks[right], lex, persons) or toks[right].lower in _KIN):
        return None
    while left >= 2 and text[toks[left - 1].end : toks[left].start] == ", " and _name(toks[left - 1], lex, persons):
        left -= 1  # "Koskinen, Salo & Lehto"
    return left, right


def _judge(text: str, toks: list[Token], a: int, b: int, lex: Lexicon, persons: _Persons) -> Cand | None:
    """The firm around the joined names toks[a..b], or None when nothing makes them a firm."""
    n = len(toks)
    first, last = toks[a], toks[b]
    nxt = toks[b + 1] if b + 1 < n and text[last.end : toks[b + 1].start] in (" ", "") else None
    if nxt is not None and (nxt.lower in _BOTH or _plural_verb(nxt.lower, lex)):
        return None  # "… ja Salo sopivat", "… ja Salo molemmat": two people
    names = [toks[i] for i in range(a, b + 1) if toks[i].lower not in _JOIN_WORDS]
    if not any(_family_name(t, lex) for t in names):
        return None  # "hemstädtjänst: Anna och Maria": two workers by their first names, no firm
    if all(lex.lookup(t.text)[0] & PLACE for t in names) or (nxt is not None and nxt.lower.startswith(_BETWEEN)):
        return None  # "Kuljetus Salo ja Lahti välillä": two towns
    start, end, rule = first.start, last.end, ""
    head = toks[a - 1] if a >= 1 and text[toks[a - 1].end : first.start] == " " else None
    if head is not None and _trade_before(head) and (head.cap or head.upper or not first.cap):
        # the head is written like the names: "Siivous Kettunen …", "siivous kettunen …"; a lower-case head
        # before capitalised names is a common noun before people ("städtjänst Lind och Berg")
        rule, start = "trade_pair", head.start
        if a >= 2 and text[toks[a - 2].end : head.start] == " " and _town_genitive(toks[a - 2], lex):
            start = toks[a - 2].start  # "Porin Puhdistuspalvelu …"
    amp = any(text[toks[i - 1].end : toks[i].start].strip() in _JOIN_SIGNS for i in range(a + 1, b + 1))
    if nxt is not None and text[last.end : nxt.start] == " " and _trade_after(nxt) and (amp or nxt.cap == first.cap or rule):
        # capitalised names take a capitalised trade word ("Aho ja Kivi Rakennus"); "Aho ja Kivi kaupassa"
        # are two people in a shop, unless "&" joins them
        rule = rule or "pair_trade"
        end = nxt.end
        if b + 2 < n and text[nxt.end : toks[b + 2].start] == " " and toks[b + 2].lower in _LEGAL:
            end = toks[b + 2].end
    elif nxt is not None and text[last.end : nxt.start] == " " and nxt.lower in _LEGAL and rule:
        end = nxt.end  # "… ja Mattila Ky"
    if not rule and _kin_firm(text, toks, a, b):
        rule = "kin_firm"
    if not rule:
        return None
    tmi = _TMI_BEFORE.search(text, max(0, start - 8), start)
    if tmi is not None:
        start = tmi.start()  # "T:mi Ahonen ja Poika", "Tmi Siivous …": the trade-name mark is the firm's too
    return Cand(start, end, "ORG", "org", f"firm named after people ({rule})", PRIO_ORG)


class _Persons:
    """The PERSON findings so far, sorted: does one cover a position? (bisection, no per-character array)"""

    def __init__(self, starts: list[int], ends: list[int]) -> None:
        self.starts, self.ends = starts, ends

    def cover(self, pos: int) -> bool:
        """A finding covers ``pos``."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < max(self.ends[max(0, i - 3) : i + 1])


def _plural_verb(low: str, lex: Lexicon) -> bool:
    """A Finnish third-person plural verb (sopivat, tekivät, olivat): the joined names are people."""
    return low.endswith(("vat", "vät")) and len(low) >= 6 and (low in lex.frequent or is_finite_verb(low, lex))


def _kin_firm(text: str, toks: list[Token], a: int, b: int) -> bool:
    """`Aaltonen ja Poika`, `laine & poika`: the last word is a family word, capitalised or after `&`."""
    last = toks[b]
    if b not in (a + 1, a + 2) or (last.lower not in _KIN and not _kin_form(last.lower)):
        return False
    amp = text[toks[b - 1].end : last.start].strip() in _JOIN_SIGNS
    return (last.cap and not last.sent_start) or amp


def _kin_form(low: str) -> bool:
    """A case form of a Finnish family word of firms (Pojille, Pojan, Poikien)."""
    return low.startswith(("poj", "poik", "tyttär")) and len(low) <= 9


def _name(t: Token, lex: Lexicon, persons: _Persons) -> bool:
    """A word that may be a person's name in a firm's name: found, listed, or capitalised and unknown."""
    low = t.lower
    if t.upper or t.colon_suffix or low in _NOT_NAME or not low.replace("-", "").isalpha():
        return False
    flags = lex.lookup(t.text)[0]
    if flags & KEEP:
        return False  # "Kela ja TE-toimisto"
    if persons.cover(t.start):
        return True
    if flags & NAME:
        return True
    return t.cap and not t.sent_start and not flags and low not in lex.frequent


def _family_name(t: Token, lex: Lexicon) -> bool:
    """A word that may be a family name or a family word (Kettunen, Pham, Poika), not a first name alone (Anna)."""
    if t.lower in _KIN or _kin_form(t.lower):
        return True
    flags = lex.lookup(t.text)[0]
    return not (flags & FIRST and not flags & SUR)


def _trade_before(t: Token) -> bool:
    """A trade word in the nominative before the names (Siivous, kiinteistöhuolto, Städservice, Tmi)."""
    low = t.lower
    return not t.upper and not t.colon_suffix and (_TRADE_NOMINATIVE.match(low) is not None or low == "tmi")


def _trade_after(t: Token) -> bool:
    """A trade word after the names, in any case form (Rakennus, kiinteistöhuollossa, Cleaning, Bygg)."""
    low = t.lower
    if t.upper or t.colon_suffix:
        return False
    return low in EN_TRADE or low in _EN_HEADS or FI_TRADE_ANY.match(low) is not None or _TRADE_ANY.match(low) is not None


def _town_genitive(t: Token, lex: Lexicon) -> bool:
    """A capitalised genitive of a town or region of the lists (Porin, Vaasan)."""
    if not t.cap or not t.lower.endswith("n"):
        return False
    found = lex.find(t.text, PLACE | REGION)
    return found is not None and t.text[found[1] :].lower() == "n"
