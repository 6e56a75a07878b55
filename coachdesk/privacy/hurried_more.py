"""More lower-case names of hurried Finnish and Swedish LINES: a venue's name after its noun, a given name after
a role, a place joined to a common noun by a hyphen, a Swedish surname after `höra med`, a `-ke` nickname.

Runs right after ``lower_names.find`` (``scrubber._scrub``), only on the lines ``hurried_style.hurried_lines``
calls hurried and only on words nothing holds yet; it only adds candidates. Every decision is one row of
:data:`RULES`; the finding's reason names it (``coachdesk scrub --explain``). Cue words are sections of the
cue files (``HURRIED_VENUES``, ``HURRIED_NAME_ROLES``, ``HURRIED_RENAME``, ``HURRIED_SV_ASK``,
``HURRIED_SV_WITH``, ``HURRIED_SV_VENUE_NOT``, ``PLACE_LOCAL_NOT``, ``GENERIC_OWNERS``).

| id | shape (invented examples) | trap |
|---|---|---|
| fi_venue_name | a venue or workplace noun in the nominative (`hoivakoti`, `kahvila`, `hotelli`) and a lower-case word in a local case that is no frequent word nor a compound of one and in no list: the venue's name, both words (`kahvila tähtisumussa`) | `hoivakoti kaupungissa`, `kahvila keskustassa` |
| sv_venue_name | `på`/`hos`/`vid`, a venue noun (`hotell`, `café`, `pizzeria`), then a lower-case word that is no function word, no finite verb, no time word: the venue's name (`på hotell granlunda`, `hos café svalan`) | `på hotell i stan`, `på café nu` |
| fi_genitive_trade | a lower-case Finnish genitive that is no generic owner, then an English trade word (`cleaning`, `logistics`, `services`): the firm (`kiven cleaning`) | `sen cleaning`, `äidin services` |
| fi_role_given | a role or kin word in the nominative or genitive (`tulkki`, `kaverin`, `esihenkilö`), then a lower-case first name of the lists or a word in no list, no frequent word, no word of a language (`tulkki mirza, …`); its case forms elsewhere in the text follow (`mirzalle`) | `tulkki paikalla`, `kaverin kanssa` |
| fi_rename | `eli`/`elikkä` after a person word (a role or kin word, `ite`) two words back at most, then such a word: the person renamed (`pomo ite eli masa hoitaa`); its case forms follow | `eli siis`, `eli ensi viikolla` |
| fi_place_local | a place of the lists (also a foreign city of the place list) in a local case anywhere in a Finnish hurried line, even when it is also a given name (`viikot riiassa`); never a place that is also a common word (`kotkassa`, `lahdessa` keep their guard), nor the case form of a frequent word that is no place (`pellossa` of pelto) or a place the cue file marks as a word in a local case (`pohjalla`) | `kotona`, `töissä`, `kaupungissa`, `pellolla`, `pohjalla` |
| sv_city | after `till`/`i`/`från`/`på`/`vid`/`mot`/`nära`, a lower-case place of the lists (no common word, name or kept word) that the Swedish frequency list has as a word of its own (a big city: `flyttar till göteborg`; ``lower_names.sv_place`` takes the other places) | `i morgon`, `till slut`, `i stan` |
| hyphen_place | a place of the lists (no common word) or a place-shaped word in no list (`-by`, `-vik`, `-niemi`, `-mäki` …), a hyphen and a common noun: the place part (`ute på ekby-bryggan`, `kallio-hallissa`) | `te-byrån`, `sote-palvelut`, `kela-paperit`, `covid-tilanne` |
| sv_ask_surname | `höra`/`prata`/`snacka` + `med`/`me`, or `fråga`/`kolla med`, then a lower-case surname of the lists or of a surname's shape (`-qvist`, `-berg`, `-ström`, `-nen` …) that is no Swedish word (`prata me sundqvist om…`) | `höra med chefen`, `prata med honom` |
| sv_ke_nickname | a lower-case `-ke`/`-nke`/`-cke` word in no list and no word of a language, opening a clause before a Swedish present or past verb (`janke kör honom`) | `en kille kör`, `inte kör` |
"""

from __future__ import annotations

import bisect
import re

from coachdesk.privacy import token_index
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.cues import ARTICLES, FUNCTION_NEXT, PERSONAL_PRONOUNS, PROFESSIONS, ROLE_NOUNS
from coachdesk.privacy.hurried_style import SHORTHAND, hurried_lines
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, KEEP, NAME, PLACE, SUR, Lexicon
from coachdesk.privacy.org_rules import EN_TRADE
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ORG, PRIO_WEAK, Cand
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.verbs import is_finite_verb

RULES = {
    r.id: r
    for r in (
        Rule("fi_venue_name", "a venue noun, then an unknown word in a local case: the venue's name (kahvila X:ssä)"),
        Rule("sv_venue_name", "på/hos/vid + a venue noun + a lower-case word: the venue's name (på hotell X)"),
        Rule("fi_genitive_trade", "a lower-case genitive (no generic owner) + an English trade word (X:n cleaning)"),
        Rule("fi_role_given", "a role or kin word (nominative or genitive), then an unknown or listed first name"),
        Rule("fi_rename", "eli/elikkä after a person word renames the person (omistaja ite eli X)"),
        Rule("fi_place_local", "a listed place (no common word) in a local case anywhere in a Finnish hurried line"),
        Rule("sv_city", "a place of the lists that is also a frequent Swedish word after a place preposition"),
        Rule("hyphen_place", "a listed or place-shaped word, a hyphen, a common noun: the place part (X-stranden)"),
        Rule("sv_ask_surname", "höra/prata med, fråga, then a lower-case surname (lists or shape)"),
        Rule("sv_ke_nickname", "a -ke/-nke nickname in no list opening a clause before a Swedish verb"),
    )
}

_FI_LOCAL = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "aan", "ään", "een", "iin", "oon",
             "uun", "seen", "hin", "han", "hen", "hon")
_FI_CASE_FORMS = ("n", "lle", "lta", "ltä", "lla", "llä", "a", "ä", "sta", "stä", "ssa", "ssä", "ksi", "ta", "tä",
                  "na", "nä", "lle", "in", "ille", "ilta", "iltä", "illa", "illä", "ia", "ista", "issa", "iksi")
_TRADE_ENDINGS = ("ille", "illa", "ilta", "ista", "issa", "iin", "in", "ia", ":lle", ":lla", ":lta", ":n", "")
_SV_PLACE_END = re.compile(r"(?:by|vik|näs|holm|sund|fors|dal|böle|backa|strand|hamn|fjärd|mark|torp|boda|stad|"
                           r"träsk|kulla|berg|udd|gård|lid)$")
_FI_PLACE_END = re.compile(r"(?:järvi|joki|kylä|vaara|lahti|niemi|salmi|koski|mäki|saari|lampi|vuori|ranta|harju|"
                           r"lehto|kangas|kumpu|virta|kallio|linna|pelto|suo|aho|oja|[aeiouyäö](?:la|lä))$")
_SURNAME_SHAPE = re.compile(r"(?:qvist|kvist|berg|ström|lund|holm|gren|blad|dahl|stam|stedt|sson|roos|nen|lin|lén|"
                            r"man|mark|back|bäck|fors|lind)$")
_SV_PLACE_PREP = frozenset("till i från på vid mot nära utanför".split())
_SV_FINITE_MORE = frozenset("sedan efter innan mellan emellan igen hemma borta".split())
_KE = re.compile(r"^[a-zåäö]{1,5}(?:nke|ncke|cke|kke|rke|lke|mke)$")
_SV_VERB = re.compile(r"(?:ar|er|or|ade|de|te|dde)$")


def _not_name(low: str) -> bool:
    return (low in ARTICLES or low in FUNCTION_NEXT or low in PERSONAL_PRONOUNS or low in SHORTHAND
            or low in words("PRONOUNS") or low in ROLE_NOUNS or low in PROFESSIONS)


def _unknown_fi(lex: Lexicon, t: Token) -> bool:
    """A lower-case Finnish word in no list, no frequent word, no word of a language, nor a case form or compound
    of a frequent word (`kotirinteessä` yes; `keskustassa`, `kaupungissa`, `rivitalossa` no)."""
    low = t.lower
    if (not t.text.isalpha() or len(low) < 4 or low in lex.frequent or lex.lang_words.get(low) or _not_name(low)
            or lex.lookup_all(t.text)):
        return False
    for b, _ in analyses(low)[1:]:
        if len(b) >= 4 and (b in lex.frequent or lex.lang_words.get(b) or lex.get(b) & (COMMON | AMBIG | KEEP)):
            return False
    return True


def _name_like_fi(lex: Lexicon, t: Token, lang: str) -> str:
    """The base of a lower-case word that can be a given name after a role: a first name of the lists (no
    ordinary word) or a word in no list of a name's letters; '' when neither."""
    low = t.lower
    if not t.text.isalpha() or not t.text.islower() or len(low) < 3 or _not_name(low) or low in words("HURRIED_RENAME"):
        return ""
    flags, base, _ = lex.lookup(t.text)
    if flags & FIRST and not flags & (COMMON | AMBIG | KEEP | PLACE) and lex.lang_words.get(low) != lang and not (
            low in lex.frequent and lex.counts.get(base, 0) < 1000):
        return base
    if flags or low in lex.frequent or lex.lang_words.get(low) or is_finite_verb(t.text, lex):
        return ""
    if any(len(b) >= 4 and (b in lex.frequent or lex.lang_words.get(b)) for b, _ in analyses(low)[1:]):
        return ""
    return low


_ROLES = words("HURRIED_NAME_ROLES") | words("HURRIED_KIN_ROLE") | ROLE_NOUNS | PROFESSIONS


def _roles() -> frozenset[str]:
    return _ROLES


def _role_word(low: str) -> bool:
    """A role or kin word in the nominative or genitive (tulkki, tulkin, kaverin, esihenkilö)."""
    roles = _roles()
    if low in roles:
        return True
    return low.endswith("n") and any(b in roles for b, _ in analyses(low)[1:4])


def _cand(s: int, e: int, label: str, rule: str, key: tuple[str, str] = ("", ""), ending: str = "") -> Cand:
    kind = {"PERSON": "person", "LOCATION": "place", "ORG": "org"}[label]
    return Cand(s, e, label, kind, f"hurried line: {label.lower()} ({rule})", PRIO_ORG if label == "ORG" else PRIO_WEAK,
                key=key, ending=ending)


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New candidates for the rules of :data:`RULES` on the hurried lines; ``cands`` is everything found so far."""
    if not toks or lang not in ("fi", "sv"):
        return []
    lines = hurried_lines(text, toks)
    if not lines:
        return []
    covered = bytearray(len(text))
    for c in cands:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    starts = token_index.starts(text, toks)
    out: list[Cand] = []
    names: dict[str, tuple[str, tuple[str, str]]] = {}  # base -> the rule and person key (its case forms follow)
    persons = {(c.start, c.end): c for c in cands if c.label == "PERSON"}

    def free(a: Token, b: Token) -> bool:
        return not any(covered[a.start : b.end])

    def spaced(i: int) -> bool:
        return text[toks[i].end : toks[i + 1].start] == " "

    def take(c: Cand) -> None:
        out.append(c)
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)

    for lo_c, hi_c in lines:
        lo = bisect.bisect_left(starts, lo_c)
        hi = bisect.bisect_left(starts, hi_c)
        for k in range(lo, hi):
            t = toks[k]
            low = t.lower
            if not t.text[:1].islower() and "-" not in low:
                continue
            if "-" in low:
                hyphen = _hyphen_place(t, lex, lang)
                if hyphen is not None and free(t, t):
                    take(hyphen)
                continue
            nxt = toks[k + 1] if k + 1 < hi else None
            if lang == "fi" and low.endswith(_FI_AT) and free(t, t) and _place_local(lex, t):
                hit = lex.find(t.text, PLACE)
                take(_cand(t.start, t.end, "LOCATION", "fi_place_local", key=(hit[0] if hit else low, "")))
                continue
            if lang == "fi":
                if nxt is not None and spaced(k) and nxt.text.islower() and free(t, nxt):
                    if low in words("HURRIED_VENUES") and nxt.lower.endswith(_FI_LOCAL) and _unknown_fi(lex, nxt):
                        take(_cand(t.start, nxt.end, "ORG", "fi_venue_name"))
                        continue
                    if (low.endswith("n") and _trade(nxt.lower) and t.text.isalpha() and len(low) >= 4
                            and low not in words("GENERIC_OWNERS") and not _not_name(low)
                            and not lex.lookup_all(t.text) & KEEP):
                        take(_cand(t.start, nxt.end, "ORG", "fi_genitive_trade"))
                        continue
                if (nxt is not None and spaced(k) and (nxt.start, nxt.end) in persons and nxt.text.islower()
                        and not lex.lookup(nxt.text)[0] and _role_word(low)):
                    names.setdefault(nxt.lower, ("fi_role_given", persons[nxt.start, nxt.end].key))  # found before
                    continue
                if nxt is not None and spaced(k) and nxt.text.islower() and free(t, nxt) and _role_word(low):
                    base = _name_like_fi(lex, nxt, lang)
                    if (base and _end_ok(text, toks, k + 1, hi) and _agrees(low, nxt.lower, base)
                            and (base != nxt.lower or lex.lookup(nxt.text)[0] & FIRST
                                 or _closes(text, toks, k + 1, hi, lex))):
                        base = _bare(nxt.lower, base, low)
                        take(_cand(nxt.start, nxt.end, "PERSON", "fi_role_given", key=(base, "")))
                        names.setdefault(base, ("fi_role_given", (base, "")))
                        continue
                if (low in words("HURRIED_RENAME") and nxt is not None and spaced(k) and free(nxt, nxt)
                        and any(_role_word(toks[j].lower) or toks[j].lower in ("ite", "itte", "itse")
                                for j in range(max(lo, k - 2), k))):
                    base = _name_like_fi(lex, nxt, lang)
                    if base and _end_ok(text, toks, k + 1, hi) and (
                            base != nxt.lower or lex.lookup(nxt.text)[0] & FIRST or _closes(text, toks, k + 1, hi, lex)):
                        take(_cand(nxt.start, nxt.end, "PERSON", "fi_rename", key=(base, "")))
                        names.setdefault(base, ("fi_rename", (base, "")))
                continue
            # Swedish
            if (k > lo and toks[k - 1].lower in _SV_PLACE_PREP and text[toks[k - 1].end : t.start] == " " and free(t, t)
                    and len(low) >= 4 and t.text.isalpha() and lex.lang_words.get(low) == "sv"
                    and lex.get(low) & PLACE and not lex.get(low) & (COMMON | AMBIG | KEEP | NAME)):
                take(_cand(t.start, t.end, "LOCATION", "sv_city", key=(low, "")))
                continue
            if nxt is None or not spaced(k):
                continue
            if (low in ("på", "hos", "vid") and nxt.lower in words("HURRIED_VENUES") and k + 2 < hi and spaced(k + 1)):
                v = toks[k + 2]
                if v.text.isalpha() and v.text.islower() and len(v.lower) >= 4 and free(nxt, v) and _sv_name_word(lex, v):
                    take(_cand(nxt.start, v.end, "ORG", "sv_venue_name"))
                    continue
            if low in words("HURRIED_SV_ASK"):
                j = k + 1
                if toks[j].lower in words("HURRIED_SV_WITH") and j + 1 < hi and spaced(j):
                    j += 1
                elif low not in ("fråga", "frågar", "frågade"):
                    continue
                s = toks[j]
                if s.text.isalpha() and s.text.islower() and free(s, s) and _sv_surname(lex, s):
                    take(_cand(s.start, s.end, "PERSON", "sv_ask_surname", key=("", s.lower)))
                continue
            if (_KE.match(low) and (k == lo or toks[k - 1].lower in ("och", "men", "så", "att", "sen")
                                    or text[toks[k - 1].end : t.start].strip() in (".", ",", ":", "-", "–"))
                    and free(t, t) and not lex.lookup_all(t.text) & ~FIRST and not lex.lang_words.get(low)
                    and low not in lex.frequent and nxt.text.islower() and _sv_verb(lex, nxt.lower)):
                take(_cand(t.start, t.end, "PERSON", "sv_ke_nickname", key=(low, "")))
    if names:
        for c in _forms(text, toks, names, covered):
            take(c)
    return out


_FI_AT = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "aan", "ään", "een", "iin", "oon", "uun",
          "seen", "hin")


def _place_local(lex: Lexicon, t: Token) -> bool:
    """A place of the lists in a local case that is no common word nor a word of the language (riiassa, not
    kotkassa); a given name of the lists too counts as the place in a local case."""
    if not t.text.isalpha() or len(t.lower) < 5:
        return False
    hit = lex.find(t.text, PLACE)
    if hit is None or len(t.lower) <= len(hit[0]) - 1:
        return False
    place = hit[0]
    flags = lex.get(place)
    if (flags | lex.get(t.lower)) & (COMMON | AMBIG | KEEP) or lex.lang_words.get(t.lower) or lex.lang_words.get(place):
        return False
    return not ordinary_local(lex, t.lower, place)


def ordinary_local(lex: Lexicon, low: str, place: str) -> bool:
    """A place's local-case form that is mostly an ordinary word's: a place the cue file marks (`pohjalla`,
    `kannusta`), or a case form of a frequent word that is no place (`pellossa` of pelto, not Pello)."""
    if place in words("PLACE_LOCAL_NOT"):
        return True
    return any(len(b) >= 4 and b != place and b in lex.frequent and not lex.get(b) & PLACE for b, _ in analyses(low)[1:])


def _closes(text: str, toks: list[Token], j: int, hi: int, lex: Lexicon) -> bool:
    """An unlisted word after a role is a name only where a name stands: before a comma, a full stop or the line
    end, or a finite verb (`tulkki X, asiakas …`, `tulkki X tuli`); and no verb's shape itself (`tsemppaa`)."""
    low = toks[j].lower
    if low.endswith(("aa", "ää", "ee", "oo", "uu", "yy", "nut", "nyt")):
        return False
    if j + 1 >= hi:
        return True
    gap = text[toks[j].end : toks[j + 1].start]
    nxt = toks[j + 1]
    return gap.strip()[:1] in (",", ".", ";", "!", "?", ")") or (gap == " " and (is_finite_verb(nxt.text, lex) or (
        nxt.lower.endswith(("aa", "ää")) and nxt.lower in lex.frequent)))


def _agrees(role: str, low: str, base: str) -> bool:
    """The name after a role agrees with it: after a genitive role a genitive (`kaverin X:n`), after a nominative
    one uninflected (`tulkki X`, not `opettaja X:ssa`, where X is a place or a system)."""
    if role.endswith("n") and role not in _roles():
        return low.endswith("n")
    return low == base or not low.endswith((*_FI_AT, "n", "a", "ä", "ta", "tä"))


def _bare(low: str, base: str, role: str) -> str:
    """The bare name of a genitive after a genitive role (`kaverin juanin`: juan): the form a later mention
    inflects."""
    if base != low or not role.endswith("n") or not low.endswith("n"):
        return base
    if low.endswith("in") and low[-3] not in "aeiouyäö":
        return low[:-2]  # juan|in
    return low[:-1]


def _end_ok(text: str, toks: list[Token], j: int, hi: int) -> bool:
    """The name is not glued to what follows (no hyphen compound, no colon case)."""
    t = toks[j]
    return not t.colon_suffix and text[t.end : t.end + 1] not in ("-", ":")


def _trade(low: str) -> bool:
    """An English trade word, bare or with a Finnish case ending (cleaning, logisticsille)."""
    for e in _TRADE_ENDINGS:
        w = low[: -len(e)] if e else low
        if e and not low.endswith(e):
            continue
        if w in EN_TRADE or w in words("HURRIED_TRADE_MORE"):
            return True
    return False


def _sv_name_word(lex: Lexicon, t: Token) -> bool:
    """A lower-case word after a Swedish venue noun that can be its name: a word of no language and no frequent
    word (`solbacka`), or a Swedish definite noun (`kvarnen`, `fyren`); no function, time or verb word."""
    low = t.lower
    if _not_name(low) or low in words("HURRIED_SV_VENUE_NOT") or lex.lookup_all(t.text) & KEEP:
        return False
    lang = lex.lang_words.get(low)
    if lang == "sv" or (lang is None and low in lex.frequent):
        return low.endswith(("en", "et")) and not _sv_verb(lex, low) and low not in _SV_FINITE_MORE
    return lang is None


def _sv_surname(lex: Lexicon, t: Token) -> bool:
    low = t.lower
    if len(low) < 4 or _not_name(low) or lex.lang_words.get(low) or low in words("HURRIED_SV_WITH"):
        return False
    flags = lex.get(low)
    if flags & (COMMON | AMBIG | KEEP):
        return False
    if flags & SUR:
        return True
    return not flags & NAME and bool(_SURNAME_SHAPE.search(low)) and low not in lex.frequent


def _sv_verb(lex: Lexicon, low: str) -> bool:
    """A Swedish finite verb (a present or past form of the language's words, or a listed subject verb)."""
    return low in words("SV_SUBJECT_VERBS") or (
        bool(_SV_VERB.search(low)) and lex.lang_words.get(low) in (None, "sv") and not _not_name(low)) or low in (
        "kör", "gör", "är", "ser", "tar")


def _hyphen_place(t: Token, lex: Lexicon, lang: str) -> Cand | None:
    """`björkby-stranden`, `Haga-lagret`, `kallio-hallissa`: the place part of a place + common noun compound."""
    head, _, tail = t.text.partition("-")
    hl, tl = head.lower(), tail.lower()
    if len(hl) < 4 or len(tl) < 4 or not head.isalpha() or not tail.isalpha() or "-" in tail:
        return None
    hflags = lex.get(hl)
    if hflags & (KEEP | COMMON | AMBIG) or lex.lang_words.get(hl) or _not_name(hl) or (hl in lex.frequent and not (
            hflags & PLACE)):
        return None
    place = bool(hflags & PLACE) or (not hflags & ~SUR and bool(
        _SV_PLACE_END.search(hl) if lang == "sv" else _FI_PLACE_END.search(hl)))
    if not place:
        return None
    if not (tl in lex.frequent or lex.lang_words.get(tl) or any(
            len(b) >= 4 and (b in lex.frequent or lex.lang_words.get(b)) for b, _ in analyses(tl)[1:])):
        return None  # the part after the hyphen is a common noun (stranden, hallissa, tomten)
    if lex.lookup_all(tail) & (NAME | PLACE) and not (tl in lex.frequent or lex.lang_words.get(tl)):
        return None
    return _cand(t.start, t.start + len(head), "LOCATION", "hyphen_place", key=(hl, ""))


def _forms(text: str, toks: list[Token], names: dict[str, tuple[str, tuple[str, str]]], covered: bytearray,
           ) -> list[Cand]:
    """Case forms of the names found after a role elsewhere in the text (`mirza … mirzalle`): one person."""
    out: list[Cand] = []
    for t in toks:
        low = t.lower
        if covered[t.start] or not t.text.isalpha():
            continue
        if low in names:
            rule, key = names[low]
            out.append(_cand(t.start, t.end, "PERSON", rule, key=key))
            continue
        for e in _FI_CASE_FORMS:
            if low.endswith(e) and low[: -len(e)] in names:
                base = low[: -len(e)]
                rule, key = names[base]
                out.append(_cand(t.start, t.end, "PERSON", rule, key=key, ending=t.text[len(base) :]))
                break
    return out
