"""Organisations and towns written in lower case (hurried and dictated notes).

Runs with the other late rules (``scrubber._scrub``) and only adds candidates; a kept word (lexicon
KEEP) or anything another label already holds is never taken. Every decision is one row of
:data:`RULES` (invented examples).

| id | shape | evidence |
|---|---|---|
| legal_lower | words before a lower-case legal form: `putki hakala oy:lle`, `salo ky` | the form; at most two words before it, none a verb, a function word or an activity (`työkokeilu`) |
| head_name | a lower-case trade head word, then a name: `konditori lindberg`, `kukkakauppa virtasen` | listed name or a found person right after the head |
| name_service | a name, then an English trade word: `salo removals`, `nieminen plumbing` | listed surname or a found person |
| amp_pair | `mäki & poika huolto`, `niemi & co` | a listed name on one side of the `&` |
| chain_lower | a hyphenated chain in lower case: `s-marketissa`, `k-citymarketista` | the shipped employer list |
| sv_institute | a Swedish genitive before a lower-case institution: `Österbottens folkhögskola` | the head word |
| town_service | a lower-case town in the genitive before a public service: `porin työllisyyspalveluihin` | municipality list, service word |
"""

from __future__ import annotations

import re

from coachdesk.privacy.cues import LOCATIVE, PROFESSIONS, ROLE_NOUNS
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import COMMON, INTL, KEEP, NAME, PLACE, SUR, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, PRIO_ORG, Cand
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.verbs import is_finite_verb

RULES = {
    r.id: r
    for r in (
        Rule("legal_lower", "words before a lower-case legal form (oy, ab, ky, tmi, ltd)"),
        Rule("head_name", "a lower-case trade head word, then a name"),
        Rule("name_service", "a name, then an English trade word"),
        Rule("amp_pair", "two words joined by & with a name among them"),
        Rule("chain_lower", "a hyphenated chain of the employer list in lower case"),
        Rule("sv_institute", "a Swedish genitive before a lower-case institution"),
        Rule("town_service", "a lower-case town in the genitive before a public service"),
    )
}

_LEGAL_LOWER = frozenset("oy oyj ab ky tmi ltd ay kb".split())
_FUNCTION = frozenset(
    """ja tai on oli ei kun että jos mutta myös sekä vaan nyt sitten siellä täällä kanssa luona luota luokse
    hos och på i vid för med till från eller men att at in for with from and or the a an to of by""".split()
)
_ACTIVITY = re.compile(r"(?:kokeilu|harjoittelu|harjoittelija|paikka|työ|jakso|sopimus|haastattelu|tutustuminen)$")
_TRADE_HEADS = re.compile(
    r"^(?:konditori|kukkakauppa|kauppa|liike|putkiliike|rakennusliike|leipomo|kahvila|ravintola|parturi|"
    r"kampaamo|korjaamo|autokorjaamo|maalaamo|tilitoimisto|siivous|siivouspalvelu|kuljetus|muuttopalvelu|"
    r"huolto|sähköliike|pizzeria|kioski|apteekki|optikko|kirjakauppa|kukkakaup|bageri|kafé|café|frisör|"
    r"städfirma|byggfirma)"
    r"(?:n|a|ä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|an|en|et)?$"
)
_EN_TRADES = frozenset(
    """removals plumbing cleaning builders construction logistics transport services motors catering gardening
    electrics electrical roofing haulage joinery bakery cafe café painting decorating""".split()
)
_AMP = re.compile(r"(?<![\w&])([a-zåäö][\w-]+)[ \t]?&[ \t]?([a-zåäö][\w-]+)(?:[ \t]([a-zåäö][\w-]+))?")
_SV_INSTITUTE = re.compile(
    r"(?<![\w-])([A-ZÅÄÖ][\w-]+s)[ \t](folkhögskola|folkhögskolan|medborgarinstitut|medborgarinstitutet|"
    r"arbetarinstitut|arbetarinstitutet|yrkesinstitut|yrkesinstitutet|yrkeshögskola|yrkeshögskolan|gymnasium|"
    r"gymnasiet|församling|församlingen|hälsocentral|hälsocentralen|sjukhus|sjukhuset)(?![\w-])"
)
_SERVICES = re.compile(
    r"^(?:työllisyyspalvel|te-palvel|te-toimisto|työvoimatoimisto|sosiaalitoim|sosiaalipalvel|terveyskeskuk|"
    r"terveyskeskus|kaupungin|kunnan|kirjasto|nuorisopalvel|aikuissosiaalityö|työllisyydenhoido|ohjaamo)"
)


_CHAIN_RE: dict[int, re.Pattern[str] | None] = {}


def _chain_regex(employers: list[str]) -> re.Pattern[str] | None:
    """The hyphenated chains of the employer list in lower case, with an ending (compiled once per list)."""
    key = id(employers)
    if key not in _CHAIN_RE:
        chains = sorted((e.lower() for e in employers if "-" in e), key=len, reverse=True)
        alts = "|".join(re.escape(e) for e in chains)
        _CHAIN_RE[key] = re.compile(rf"(?<![\w-])(?:{alts})[a-zåäö]{{0,6}}(?![\w-])") if chains else None
    return _CHAIN_RE[key]


# the words that can start a rule (a tuple for str.startswith: one C call per word)
_TRIGGER_STARTS = tuple(
    sorted(_LEGAL_LOWER | _EN_TRADES)
    + _TRADE_HEADS.pattern[4:].split(")(?:n|")[0].split("|")
    + _SERVICES.pattern[4:-1].split("|")
)
_INSTITUTE_HEADS = ("folkhögskol", "institut", "yrkeshögskol", "gymnasi", "församling", "hälsocentral", "sjukhus")


def _org(s: int, e: int, rule: str) -> Cand:
    return Cand(s, e, "ORG", "org", f"lower-case organisation ({rule})", PRIO_ORG)


def find_lower_orgs(
    text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand], employers: list[str]
) -> list[Cand]:
    """New organisation and place candidates by the rules of :data:`RULES`."""
    if not toks:
        return []
    other = bytearray(len(text))  # characters a non-person label holds
    persons: dict[int, Cand] = {}
    for c in cands:
        if c.label == "PERSON":
            persons[c.start] = c
        else:
            other[c.start : c.end] = b"\x01" * (c.end - c.start)

    def free(s: int, e: int) -> bool:
        return not any(other[s:e])

    def name_word(t: Token, surname: bool = False, loose: bool = False) -> bool:
        """A found person, or a listed name that is no frequent word form ("bakery were", "korjaamon pihalla");
        ``loose``: any listed name (next to a legal form or an "&", the company is evidence enough)."""
        if t.start in persons:
            return True
        flags, base, _ = lex.lookup(t.text)
        if not flags & (SUR if surname else NAME) or flags & KEEP:
            return False
        if loose or (not flags & INTL and lex.counts.get(base, 0) >= 500):
            return True  # "lehto removals", "konditori berg": a well-attested name next to the trade word
        return not flags & COMMON and t.lower not in lex.frequent

    def plain(t: Token) -> bool:
        """A word that may open a lower-case company name."""
        low = t.lower
        return (
            t.text.islower() and low not in _FUNCTION and low not in PROFESSIONS and low not in ROLE_NOUNS
            and not _ACTIVITY.search(low) and not is_finite_verb(low, lex) and not lex.get(low) & KEEP
        )

    out: list[Cand] = []
    index = {t.start: k for k, t in enumerate(toks)}
    # only the words that can start a rule are looked at (one pass of one pattern over the text)
    for k in [k for k, t in enumerate(toks) if t.lower.startswith(_TRIGGER_STARTS)]:
        t = toks[k]
        low = t.lower
        prev = toks[k - 1] if k else None
        adjacent = prev is not None and text[prev.end : t.start] == " "
        # legal_lower: "putki hakala oy:lle"
        if low in _LEGAL_LOWER and t.text.islower() and prev is not None and adjacent and plain(prev) and free(prev.start, t.end):
            start = prev.start
            if k >= 2 and text[toks[k - 2].end : prev.start] == " " and name_word(prev, loose=True) and plain(toks[k - 2]):
                start = toks[k - 2].start
            out.append(_org(start, t.end, "legal_lower"))
            continue
        # head_name: "konditori lindberg", "kukkakauppa virtasen"
        if (_TRADE_HEADS.match(low) and t.text.islower() and k + 1 < len(toks)
                and text[t.end : toks[k + 1].start] == " " and name_word(toks[k + 1])
                and plain(toks[k + 1]) and not toks[k + 1].lower.endswith(LOCATIVE) and free(t.start, toks[k + 1].end)):
            out.append(_org(t.start, toks[k + 1].end, "head_name"))
            continue
        # name_service: "salo removals"
        if low in _EN_TRADES and t.text.islower() and prev is not None and adjacent and name_word(prev, surname=True) and free(prev.start, t.end):
            out.append(_org(prev.start, t.end, "name_service"))
            continue
        # town_service: "porin työllisyyspalveluihin"
        if (_SERVICES.match(low) and adjacent and prev.text.islower() and prev.lower.endswith("n")  # type: ignore[union-attr]
                and free(prev.start, prev.end)):  # type: ignore[union-attr]
            town = next((b for b, _ in analyses(prev.lower) if lex.get(b) & PLACE and not lex.get(b) & KEEP), None)  # type: ignore[union-attr]
            if town is not None:
                out.append(Cand(prev.start, prev.end, "LOCATION", "place", "lower-case town before a public service (town_service)",  # type: ignore[union-attr]
                                PRIO_NAME, ending="", key=(town, "")))
    # amp_pair: "mäki & poika huolto"
    for m in _AMP.finditer(text) if "&" in text else ():
        ka, kb = index.get(m.start(1)), index.get(m.start(2))
        a, b = (toks[ka] if ka is not None else None), (toks[kb] if kb is not None else None)
        if a is None or b is None or not (name_word(a, loose=True) or name_word(b, loose=True)) or not free(m.start(), m.end()):
            continue
        end = m.end(3) if m.group(3) and (_TRADE_HEADS.match(m.group(3)) or m.group(3) in _LEGAL_LOWER) else m.end(2)
        out.append(_org(m.start(), end, "amp_pair"))
    # chain_lower: "s-marketissa"
    chain_re = _chain_regex(employers)
    if chain_re is not None and "-" in text:
        for m in chain_re.finditer(text):
            if free(m.start(), m.end()):
                out.append(_org(m.start(), m.end(), "chain_lower"))
    # sv_institute: "Österbottens folkhögskola"
    for m in _SV_INSTITUTE.finditer(text) if any(h in text for h in _INSTITUTE_HEADS) else ():  # a region too
        out.append(_org(m.start(), m.end(), "sv_institute"))
    return out
