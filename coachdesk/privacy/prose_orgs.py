"""Organisations in careful Finnish prose with no legal form and no head word: `Karjalan Kuitu otti yhteyttä`.

Runs with the organisation detectors (``scrubber._scrub``) and only adds ORG candidates (which win over a
person reading of the same words). Every decision is one row of :data:`RULES`.

| id | shape (invented examples) | evidence |
|---|---|---|
| run_gap | `Kebab & Pizza Kultamaa`, `Kemi IT-Palvelun`, `Pim Thai Hieronta` | a run of capitalised words (joined by a space, `&` or `-`) with a word no finding covers, and an organisation among its findings, a `&`, a hyphenated trade word (`IT-Palvelun`) or two findings around the uncovered word: one organisation (runs after the name rules; no kept word, no `IPS-sopimus` compound, no unfound word opening a sentence) |
| region_unit | `Work ability coach, Pirkanmaan Työkykytiimi`, `Pohjois-Savon Ohjausyksikkö` (any text language) | a town or region genitive of the lists, then a capitalised compound of a team or unit word (tiimi, yksikkö, palvelut, verkosto, hanke, ryhmä, piste; any case form), not opening its own sentence |
| owner_trade | `Kasperin Kukka ja Hautaus`, `Heikin Auto ja Kone palkkasi`, `Annan Kukka & Lahja` | a capitalised genitive (an owner's name), a capitalised ordinary word, `ja` / `&`, a capitalised ordinary word (frequent or common, no well-attested name; not opening a sentence) |
| family_firm | `Salonen and Sons Roofing`, `Virtanen & Daughters Bakery`, `Koski Brothers Plumbing`, `Lind Family Farm` | a capitalised word (no function word or pronoun), `and`/`&` + Sons / Daughters / Brothers / Sisters, or Brothers / Bros / Family + a capitalised word; the capitalised trade words after it join |
| region_lower_unit | `Oulun seudun Työvalmennus ry`, `Porin kaupungin Työllisyyspalvelut`, `Lahden seudun Kuntoutus ry:n` | a town or region genitive of the lists, `seudun` / `kaupungin` / `kunnan`, then one to three capitalised words (the first no kept word unless a legal form follows) and maybe a legal form (ry, osuuskunta, any case form): one organisation (`Oulun kaupungin` alone stays for the lists to judge) |
| lower_legal_form | `Kuhmon Lähiruoka osuuskunnan`, `Savon Puu osuuskunta` | one to three capitalised words (the first a town or region genitive of the lists, no sentence start) right before a lower-case legal form (`osuuskunta`, `ry`, `ky`, `oy` in any case form): one organisation |
| place_industry | `Karjalan Kuitu otti yhteyttä`, `töissä Savon Voimalla`, `Lapin Sähkö ja Vesi` | a capitalised genitive of a town or region of the lists, then a capitalised ordinary word (frequent, with no well-attested name reading; any case form), not at its own sentence start; `ja`/`&` + another such word after it joins |
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from coachdesk.privacy import token_index
from coachdesk.privacy.cue_scan import cue_starts
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import ALLOW, COMMON, FIRST, KEEP, PLACE, REGION, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ORG, Cand
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("run_gap", "a capitalised run with findings and an uncovered word is one organisation: Vantaa Work Ability Hub"),
        Rule("region_unit", "a town or region genitive before a capitalised team or unit compound: Pirkanmaan Työkykytiimi"),
        Rule("owner_trade", "an owner's genitive + two capitalised trade words joined by ja / &: Heikin Auto ja Kone"),
        Rule("family_firm", "a family name + and Sons / & Daughters / Brothers / Family (+ trade words): Salonen and Sons Roofing"),
        Rule("region_lower_unit", "a town genitive + seudun / kaupungin / kunnan + capitalised words (+ ry): Oulun seudun Työvalmennus ry"),
        Rule("lower_legal_form", "a town genitive + capitalised words before a lower-case legal form: Kuhmon Lähiruoka osuuskunnan"),
        Rule("place_industry", "a town or region genitive before a capitalised ordinary word: Karjalan Kuitu, Savon Voimalla"),
    )
}

_PAIR = re.compile(r"[A-ZÅÄÖ](?<![\w-][A-ZÅÄÖ])[\w-]*n [A-ZÅÄÖ]")
_STRONG_NAME = 500  # bearers: a name this common is read as the name (Virtanen), not as a word
_JOIN = frozenset({"ja", "&", "och", "and"})


_UNIT = re.compile(r"(?:tiimi|tiimin|tiimiss|tiimiin|tiimil|tiimist|yksikk|yksikö|palvelut|palveluis|palveluih|verkosto|hanke|hankkee|ryhmä|piste)")
_FAMILY = re.compile(
    r"([A-ZÅÄÖ](?<![\w-][A-ZÅÄÖ])[a-zåäöéü]+)[ \t]+(?:(?:and|&)[ \t]+(?:Sons|Daughters|Brothers|Sisters)|(?:Brothers|Bros\.?|Family)(?=[ \t]+[A-Z]))"
    r"((?:[ \t]+[A-ZÅÄÖ][a-zåäö]+)*)"
)
_FAMILY_CUES = ("Sons", "Daughters", "Brothers", "Sisters", "Bros", "Family")
_NOT_FIRM_WORD = words("FUNCTION_NEXT") | words("PRONOUNS") | words("PERSONAL_PRONOUNS")


def find(text: str, toks: list[Token], lex: Lexicon, lang: str) -> Iterator[Cand]:
    """ORG candidates for the rules region_unit, owner_trade, family_firm and place_industry."""
    if any(cue in text for cue in _FAMILY_CUES):
        yield from _family_firms(text)
    yield from _genitive_pairs(text, toks, lex, lang)
    yield from _region_units(text, lex)
    yield from _lower_legal(text, lex)


_CAPS_RUN = r"[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*){0,2}"
_LOWER_LEGAL = r"(?:osuuskun[a-zåäö]*|ry|r\.y\.|oy|ky)(?=:[a-zåäö]|(?![\w-]))"  # the ":n" ending stays outside
# matched only where a unit word or legal form starts (cue_starts): the words before it are read backwards
_REGION_UNIT = re.compile(rf" (?:seudun|kaupungin|kunnan)[ \t]+({_CAPS_RUN})(?:[ \t]+((?i:ry|r\.y\.|osuuskun[a-zåäö]*)(?=:[a-zåäö]|(?![\w-]))))?")
_GEN_BEFORE = re.compile(r"(?<![\w-])([A-ZÅÄÖ][\w-]*n)$")
_LEGAL_AFTER = re.compile(rf" {_LOWER_LEGAL}")
_RUN_BEFORE = re.compile(r"(?<![\w-])([A-ZÅÄÖ][\w-]*n)[ \t]+([A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*)?)$")


def _region_units(text: str, lex: Lexicon) -> Iterator[Cand]:
    """Rule region_lower_unit."""
    for m in (_REGION_UNIT.match(text, i) for i in cue_starts(text, (" seudun ", " kaupungin ", " kunnan "))):
        if m is None:
            continue
        g = _GEN_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if g is None or not _region_genitive(lex, g.group(1)):
            continue
        first = m.group(1).split()[0]
        if m.group(2) is None and (first.isupper() or "-" in first or first.lower() in lex.frequent):
            continue  # "Oulun kaupungin TE-palvelut", "Oulun kaupungin Kela": a body the lists judge
        end = m.end(2) if m.group(2) is not None else m.end(1)
        yield Cand(g.start(1), end, "ORG", "org", "town, unit word and a name (region_lower_unit)", PRIO_ORG)


def _lower_legal(text: str, lex: Lexicon) -> Iterator[Cand]:
    """Rule lower_legal_form."""
    for m in (_LEGAL_AFTER.match(text, i) for i in cue_starts(text, (" osuuskun", " ry", " r.y.", " oy", " ky"))):
        if m is None:
            continue
        r = _RUN_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if r is None or not _place_genitive(lex, r.group(1)):
            continue
        if any(lex.lookup(w)[0] & KEEP for w in r.group(2).split()):
            continue
        s = r.start(1)
        if s == 0 or (s >= 2 and text[s - 2] in ".!?"):
            continue  # the genitive opens a sentence: "Oulun Tilit oy" read alone would be a guess
        yield Cand(s, m.end(), "ORG", "org", "town genitive and a name before a legal form (lower_legal_form)", PRIO_ORG)


def _family_firms(text: str) -> Iterator[Cand]:
    """Rule family_firm."""
    for m in _FAMILY.finditer(text):
        if m.group(1).lower() in _NOT_FIRM_WORD:
            continue
        end = m.end()
        for w in re.finditer(r"[ \t]+([A-ZÅÄÖ][a-zåäö]+)", text[m.end(0) - len(m.group(2)) : m.end()]):
            if w.group(1).lower() in _NOT_FIRM_WORD:  # "… Bakery The client said": the run stops
                end = m.end() - len(m.group(2)) + w.start()
                break
        yield Cand(m.start(), end, "ORG", "org", "family firm (family_firm)", PRIO_ORG)


def _genitive_pairs(text: str, toks: list[Token], lex: Lexicon, lang: str) -> Iterator[Cand]:
    """Rules region_unit, owner_trade (Finnish texts) and place_industry (Finnish texts)."""
    n = len(toks)
    starts = token_index.starts(text, toks)
    for pair in _PAIR.finditer(text):  # a capitalised word ending in -n, a space, a capital: few in a text
        k = bisect.bisect_left(starts, pair.start())
        if k + 1 >= n or toks[k].start != pair.start():
            continue
        p, t = toks[k], toks[k + 1]
        if not (p.cap and t.cap and p.lower.endswith("n") and not t.sent_start and not t.colon_suffix):
            continue
        if text[p.end : t.start] != " ":
            continue
        if _UNIT.search(t.lower, 3) and "-" not in t.text and _region_genitive(lex, p.text) and not lex.lookup(t.text)[0] & KEEP:
            yield Cand(p.start, t.end, "ORG", "org", "place and team or unit (region_unit)", PRIO_ORG)
            continue
        if lang != "fi":
            continue
        u = _joined(text, toks, k + 2)
        if u is not None and _owner_trade(p, t, toks[u], lex):
            yield Cand(p.start, toks[u].end, "ORG", "org", "owner and trade words (owner_trade)", PRIO_ORG)
            continue
        if not _place_genitive(lex, p.text) or not _word(lex, t.lower):
            continue
        if lex.lookup(t.text)[0] & KEEP:
            continue  # "Lapin Kela": a kept body
        j = k + 1
        if (
            j + 2 < n
            and toks[j + 1].lower in _JOIN
            and toks[j + 2].cap
            and text[t.end : toks[j + 2].start] in (" ja ", " & ", " och ", " and ")
            and _word(lex, toks[j + 2].lower)
        ):
            j += 2  # "Lapin Sähkö ja Vesi"
        yield Cand(p.start, toks[j].end, "ORG", "org", "place and trade word (place_industry)", PRIO_ORG)


def _joined(text: str, toks: list[Token], k: int) -> int | None:
    """The index of the token after `` ja `` / `` & `` that follows token k - 1 (``&`` is no token)."""
    if k < len(toks) and toks[k].lower == "ja" and text[toks[k - 1].end : toks[k].start] == " ":
        k += 1
        gap = " "
    else:
        gap = " & "
    if k >= len(toks) or text[toks[k - 1].end : toks[k].start] != gap:
        return None
    return k


def _owner_trade(p: Token, t: Token, u: Token, lex: Lexicon) -> bool:
    """Heikin Auto ja Kone: an owner's genitive (no kept word), two capitalised ordinary words joined by ja / &."""
    if not u.cap or u.sent_start or u.colon_suffix:
        return False
    if lex.lookup(p.text)[0] & KEEP or any(lex.lookup(w.text)[0] & KEEP for w in (t, u)):
        return False
    if lex.get(p.lower) & FIRST:
        return False  # "Brian Kidd ja …": a first name ending in -n is no genitive
    if not _word(lex, t.lower):
        return False
    # the second trade word may be in no list (Hautaus) or a frequent word that is also a name (Lahja)
    return _word(lex, u.lower) or not lex.lookup(u.text)[0] or any(b in lex.frequent for b, _ in analyses(u.lower))


def _region_genitive(lex: Lexicon, word: str) -> bool:
    """A town or region genitive, also one the lists hold in that form (Uudenmaan)."""
    if _place_genitive(lex, word):
        return True
    found = lex.find(word, PLACE | REGION)
    return found is not None and found[0] == word.lower() and found[0].endswith("n")


def _place_genitive(lex: Lexicon, word: str) -> bool:
    """A genitive of a town or region of the lists (Karjalan, Oulun, Keski-Suomen; not Suomeen, Irlantiin)."""
    found = lex.find(word, PLACE | REGION)
    if found is None or word[found[1] :].lower() != "n":
        return False
    low = word.lower()
    return low == found[0] + "n" or not re.search(r"([aeiouyäö])\1n$|hin$|seen$", low)  # Lapin; not Suomeen


def _word(lex: Lexicon, low: str) -> bool:
    """An ordinary Finnish word in some case form (kuitu, voimalla), not a well-attested name (Virtanen, Matti)."""
    if len(low) < 3 or not low.isalpha():
        return False
    bases = [base for base, _ in analyses(low)]
    if any(lex.get(b) & COMMON for b in bases):
        return True  # Mäki, Puu, Energia
    if any(lex.counts.get(b, 0) >= _STRONG_NAME for b in bases):
        return False  # Virtasen, Matti
    return any(b in lex.frequent for b in bases)  # Kuitu, Voimalla, Sähkö


_COMPOUND = re.compile(r"-[a-zåäö]")
# two or more capitalised words joined by a space, "&" or "-" (a capital first: the engine skips to one)
_RUN = re.compile(r"[A-ZÅÄÖ](?<![\w-][A-ZÅÄÖ])[\w'’]*(?:(?:[ \t]+(?:&[ \t]+)?|-)[A-ZÅÄÖ][\w'’]*)+")


def fill_runs(text: str, toks: list[Token], lex: Lexicon, cands: list[Cand]) -> Iterator[Cand]:
    """ORG candidates for the rule run_gap (after the name rules, any language)."""
    runs = list(_RUN.finditer(text))
    if not runs:
        return
    named = sorted((c for c in cands if c.label in ("PERSON", "ORG", "LOCATION")), key=lambda c: c.start)
    nstarts = [c.start for c in named]
    starts = token_index.starts(text, toks)
    for run_m in runs:  # two or more capitalised words: the engine finds them, Python judges few
        i = bisect.bisect_left(starts, run_m.start())
        j = bisect.bisect_left(starts, run_m.end())
        run = [t for t in toks[i:j] if t.end <= run_m.end()]
        found = [_cover(named, nstarts, t) for t in run]
        while run and found[0] is None and run[0].sent_start:
            run, found = run[1:], found[1:]  # "Esihenkilö Juhani Lappalainen": an unfound word opening a sentence stays
        if None not in found or all(c is None for c in found):
            continue  # most runs: a name found whole, or nothing found
        a = 0
        while a < len(run) and not _run_word(run[a], lex):
            a += 1
        k = a
        while k < len(run) and _run_word(run[k], lex) and (k == a or not run[k].sent_start):
            k += 1
        run, found = run[a:k], found[a:k]
        gaps = [t for t, c in zip(run, found, strict=True) if c is None]
        if len(run) < 2 or not gaps or len(gaps) == len(run):
            continue
        hits = {id(c): c for c in found if c is not None}
        amp = "&" in text[run[0].start : run[-1].end]
        inner = found[0] is not None and found[-1] is not None
        trade = any(_trade_word(t, lex) for t in gaps)  # "Kemi IT-Palvelun": a trade name's compound
        orgs = any(c.label == "ORG" for c in hits.values())
        if (len(hits) >= 2 and inner) or amp or orgs or trade:
            yield Cand(run[0].start, run[-1].end, "ORG", "org", "capitalised run with a gap (run_gap)", PRIO_ORG)


def _cover(named: list[Cand], nstarts: list[int], t: Token) -> Cand | None:
    """The finding that covers token t, if any (``named`` sorted by start, ``nstarts`` their starts)."""
    i = bisect.bisect_right(nstarts, t.start)
    for c in reversed(named[max(0, i - 4) : i]):  # a finding starting a few findings earlier may reach it
        if t.end <= c.end:
            return c
    return None


def _trade_word(t: Token, lex: Lexicon) -> bool:
    """IT-Palvelun, Data-Service, Auto-Huolto: capitalised parts joined by a hyphen, no first name after it."""
    _, sep, tail = t.text.partition("-")
    return bool(sep) and tail[:1].isupper() and len(tail) >= 4 and not lex.lookup(tail)[0] & FIRST


def _run_word(t: Token, lex: Lexicon) -> bool:
    """A capitalised word that may stand in an organisation's name (not Kela, not a colon's ending)."""
    if not (t.cap or t.upper) or t.colon_suffix or _COMPOUND.search(t.text):
        return False  # "IPS-sopimusta": an acronym joined to a common noun
    return not lex.lookup(t.text)[0] & ALLOW
