"""Names whole: a found person name grows over the name-like tokens right next to it.

* a capitalised given name before a found surname (``Hiroshi Tanaka`` when only Tanaka was found):
  a word in no list, or a first name, but not a frequent word (``Tapasin``), a kept one (``Kela``),
  an acronym or a profession/role noun (``Rehtori``);
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
from coachdesk.privacy.cues import FI_COMMON_SHAPE, FOREIGN, LOCATIVE, PROFESSIONS, ROLE_NOUNS
from coachdesk.privacy.lexicon import COMMON, FIRST, KEEP, NAME, PLACE, Lexicon
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


def _given_name_like(t: Token, lex: Lexicon) -> bool:
    """Could this capitalised token be a given name standing before a surname?"""
    if not t.cap or t.upper or t.colon_suffix or any(ch.isdigit() for ch in t.text) or len(t.text) < 2:
        return False
    if any(not part[:1].isupper() for part in t.text.split("-")):
        return False  # "B-lausunto", "Kela-korvaus": a compound word, not "Jari-Pekka"
    low = t.lower
    flags = lex.get(low)
    if flags & KEEP or low in PROFESSIONS or low in ROLE_NOUNS:
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
    out: list[Cand] = []
    for c in cands:
        if c.label != "PERSON" or (c.kind == "term" and c.extra.get("source") == "keep"):
            continue
        start, end = c.start, c.end
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
            if not moved:
                break
        if (start, end) != (c.start, c.end):
            out.append(Cand(start, end, "PERSON", c.kind, c.reason + ", grown over adjacent name-like words",
                            c.prio, c.ending if end == c.end else "", c.key, None, c.uncertain, dict(c.extra)))
    for m in INITIALS_WITH_ENDING.finditer(text):
        initials = m.group(0).split(":")[0]  # the ":ltä" stays in the text after the placeholder
        out.append(Cand(m.start(), m.start() + len(initials), "PERSON", "person", "initials with a case ending",
                        PRIO_NAME, "", (initials.lower(), "")))
    return out
