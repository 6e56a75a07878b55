"""Names whole: a found person name grows over the name-like tokens right next to it.

* a capitalised given name before a found surname (``Hiroshi Tanaka`` when only Tanaka was found):
  a word in no list, or a first name, but not a frequent word (``Tapasin``), a kept one (``Kela``),
  an acronym or a profession/role noun (``Rehtori``);
* (``word_given_in_list``) a first name that is also a word (``Toivo``, ``Onni``, ``Sade``) before a found surname
  in a list or attendee slot: after a role noun (``asiakas Toivo Järvi (59)``) or opening a list item (a bullet
  or number, ``Läsnä: X``, ``, X``); never at a plain sentence start (``Toivo Järven puolesta``);
* (``dash_surname``) two found capitalised names joined by a hyphen or dash with no space are one double-barrelled
  surname (``Dilrukshi Senanayake–Lehdon``);
* initials before a name (``T.R. Kuusisto``, ``T. R. Kuusisto``, ``J-M Kuusisto``), never a known acronym
  (``on MS. Hoito``: ``acronyms.known_acronym``);
* a nickname in quotes between a first name and a surname (``Jaakko "Jukkis" Vuorinen``);
* initials standing for a person with a case ending (``T.R.:ltä``, ``J-M:lle``) are a name themselves.

Each grown span is a new candidate; overlap resolution lets it win over the shorter one inside it.
"""

from __future__ import annotations

import re

from coachdesk.privacy import token_index
from coachdesk.privacy.acronyms import known_acronym
from coachdesk.privacy.cues import FI_COMMON_SHAPE, FOREIGN, LOCATIVE, PERSON_CTX, PROFESSIONS, ROLE_NOUNS
from coachdesk.privacy.lexicon import COMMON, FIRST, KEEP, NAME, PLACE, REGION, Lexicon
from coachdesk.privacy.name_words import has_digit
from coachdesk.privacy.spans import PRIO_NAME, Cand
from coachdesk.privacy.tokens import Token

# initials right before a name: "T.R. ", "T. R. ", "J-M ", "J.-M. "
_INITIALS_BEFORE = re.compile(r"(?:^|(?<=[^\w.\-]))(?:[A-ZÅÄÖ]\.?-?\s?){0,2}[A-ZÅÄÖ][.\-]?[ \t]?$")
# a quoted nickname: ' "Jukkis" ', ' ”Jukkis” ', " 'Jukkis' "
_QUOTED = re.compile(r"[ \t][\"”“'‘’«»]([A-ZÅÄÖ][\w.-]{0,15})[\"”“'‘’«»][ \t]")
# initials with a case ending: "T.R.:ltä", "J-M:lle", "TR:n" is no person (an acronym), so a dot or hyphen is needed
INITIALS_WITH_ENDING = re.compile(
    r"[A-ZÅÄÖ](?<![\w.\-][A-ZÅÄÖ])(?:\.-?[A-ZÅÄÖ]\.?|-[A-ZÅÄÖ])(?::(?:n|lle|lta|ltä|lla|llä|ta|tä|a|ä|ssa|ssä|sta|stä|kin|kaan|kään))(?![\w])"
)
_MAX_ROUNDS = 3
_LIST_ROLES = ROLE_NOUNS | PROFESSIONS | PERSON_CTX
_ITEM_OPEN = re.compile(r"[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]*")  # a bullet or number opens the line
_ITEM_AFTER = re.compile(r"[:,;][ \t]*$")  # "Läsnä: X", ", X" in a list line with a label



def _kept_given(flags: int) -> bool:
    """A kept word that is also a given name and no frequent word or region (`Islam`, `Christian`, `Aslak`): before a
    found surname it is the given name (`Islam Xmarov`, `Aslak Xäkkäläjärvi`)."""
    return bool(flags & FIRST) and not flags & (COMMON | REGION)


def _given_name_like(t: Token, lex: Lexicon) -> bool:
    """Could this capitalised token be a given name standing before a surname?"""
    if not t.cap or t.upper or t.colon_suffix or has_digit(t.text) or len(t.text) < 2:
        return False
    if any(not part[:1].isupper() for part in t.text.split("-")):
        return False  # "B-lausunto", "Kela-korvaus": a compound word, not "Jari-Pekka"
    low = t.lower
    flags = lex.get(low)
    if (flags & KEEP and not _kept_given(flags)) or low in PROFESSIONS or low in ROLE_NOUNS:
        return False
    if flags & FIRST and not flags & COMMON:
        return True
    if flags & (COMMON | PLACE) or low in lex.frequent or (flags & NAME and t.sent_start):
        return False
    if low.endswith(LOCATIVE) or FI_COMMON_SHAPE.search(low):
        return False  # a given name before a surname is uninflected; "Palaverissa Virtanen" is no name
    # a word in no list at all: Hiroshi, Oluwaseun; at a sentence start only a foreign-looking one
    # (Etävastaanotto Maija Lehtosen: a compound of ordinary words opens the sentence)
    return not t.sent_start or (not flags and bool(FOREIGN.search(low)))


def _word_given_in_list(text: str, toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Rule word_given_in_list: token ``j`` is a capitalised first name that is also a word (Toivo, Onni, Sade) in a
    list or attendee slot: after a lower-case role noun (`asiakas Toivo [Järvi]`) or opening a list item (a bullet
    or number opening the line, or `:`/`,`/`;` of a list line before it). A sentence opener is no list item
    (`Toivo Järven puolesta …` reads as hope)."""
    t = toks[j]
    if not t.cap or t.upper or not lex.get(t.lower) & FIRST or lex.get(t.lower) & KEEP:
        return False
    if j > 0 and toks[j - 1].lower in _LIST_ROLES and not toks[j - 1].cap and text[toks[j - 1].end : t.start] == " ":
        return True
    lo = max(0, t.start - 200)  # a list line is short: look back a bounded stretch (linear work)
    line_start = max(lo, text.rfind("\n", lo, t.start) + 1)
    return bool(_ITEM_OPEN.fullmatch(text, line_start, t.start)) or (
        bool(_ITEM_AFTER.search(text, max(line_start, t.start - 3), t.start)) and ":" in text[line_start : t.start]
    )


def _acronym_before(initials: str, lex: Lexicon) -> bool:
    """"on MS. Hoito jatkuu": capitals ending a sentence that form a known acronym are no initials."""
    letters = "".join(ch for ch in initials if ch.isalpha())
    return len(letters) >= 2 and known_acronym(letters, lex)


def grow_names(text: str, toks: list[Token], cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """Grown copies of the person candidates in ``cands`` (the originals stay; resolution picks the wider)."""
    by_end = token_index.by_end(text, toks)
    by_start = token_index.by_start(text, toks)
    other = bytearray(len(text))  # characters another label already holds
    for c in cands:
        if c.label != "PERSON":
            other[c.start : c.end] = b"\x01" * (c.end - c.start)
    person_at = {c.start: c for c in cands if c.label == "PERSON" and text[c.start : c.start + 1].isupper()}
    out: list[Cand] = []
    for c in cands:
        if c.label != "PERSON" or (c.kind == "term" and c.extra.get("source") == "keep"):
            continue
        start, end = c.start, c.end
        listed, joined_parts = False, None
        for _ in range(_MAX_ROUNDS):
            moved = False
            # a given name right before: "Hiroshi Tanaka"
            k = by_start.get(start)
            # only before a surname: "T. Mervi" is a sign-off (terveisin), "Maija" needs nothing before it
            first_name_found = k is None or bool(lex.lookup(toks[k].text)[0] & FIRST)
            if k is not None and not first_name_found and k > 0:
                p = toks[k - 1]
                initial = len(toks[k].text) == 1  # "T. Lehtola": only a known first name before an initial
                if (
                    text[p.end : start] == " "
                    and not other[p.start]
                    and _given_name_like(p, lex)
                    and (not initial or lex.get(p.lower) & FIRST)
                ):
                    start, moved = p.start, True
                elif text[p.end : start] == " " and not other[p.start] and not initial and _word_given_in_list(text, toks, k - 1, lex):
                    start, moved, listed = p.start, True, True
            # initials right before a surname: "T.R. Kuusisto", "J-M Kuusisto"
            m = None if first_name_found else _INITIALS_BEFORE.search(text, max(0, start - 10), start)
            if m and m.start() < start and any(ch in ".-" for ch in m.group(0)) and not _acronym_before(m.group(0), lex):
                start, moved = m.start(), True
            # a quoted nickname and a surname after: 'Jaakko "Jukkis" Vuorinen'
            q = _QUOTED.match(text, end)
            if q:
                j = by_start.get(q.end())
                if (j is not None and _given_name_like(toks[j], lex)) or (j is not None and lex.get(toks[j].lower) & NAME):
                    end, moved = toks[j].end, True
            # and the other way round: 'Jaakko "Jukkis" [Vuorinen]'
            q = _QUOTED.search(text, max(0, start - 20), start)
            if q and q.end() == start:
                k = by_end.get(q.start())
                if k is not None and toks[k].cap and (lex.get(toks[k].lower) & FIRST or _given_name_like(toks[k], lex)):
                    start, moved = toks[k].start, True
            # a double-barrelled surname written with a dash: "Senanayake–Lehdon", both parts found apart
            nxt = person_at.get(end + 1) if text[end : end + 1] in "-–" else None
            if nxt is not None and nxt.end > end:
                end, moved, joined_parts = nxt.end, True, nxt
            if not moved:
                break
        if (start, end) != (c.start, c.end):
            grown = " (word_given_in_list)" if listed else " (dash_surname)" if joined_parts is not None else ""
            ending = c.ending if end == c.end else joined_parts.ending if joined_parts is not None and end == joined_parts.end else ""
            out.append(Cand(start, end, "PERSON", c.kind, c.reason + ", grown over adjacent name-like words" + grown,
                            c.prio, ending, c.key, None, c.uncertain, dict(c.extra)))
    for m in INITIALS_WITH_ENDING.finditer(text):
        initials = m.group(0).split(":")[0]  # the ":ltä" stays in the text after the placeholder
        out.append(Cand(m.start(), m.start() + len(initials), "PERSON", "person", "initials with a case ending",
                        PRIO_NAME, "", (initials.lower(), "")))
    return out
