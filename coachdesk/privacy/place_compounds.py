"""Lower-case compound place names of Finnish notes: a modifier and a place head, and towns whose first part inflects.

Runs right after ``hurried_local.find`` (``scrubber._scrub``) on Finnish text, only on words nothing holds yet; it
only adds LOCATION candidates. ``hurried_local.village`` wants a modifier the place and surname lists hold with
three place heads; here one is enough, or a frequent word with a place cue before it (`asuu nyt X|kummussa`,
`muutti X|harjuun`, `tuli X|lahdesta`). Modifiers that make common nouns are traps: the cue sections
``PLACE_MODIFIER_NOT``, ``PLACE_COMPOUND_NOT``, ``PLACE_COMPOUND_TRAPS`` and every modifier of a frequent local-case
form of the same shape (`länsi|rannalla`: generated from the frequency list). Every decision is one row of
:data:`RULES`; the finding's reason names it.

| id | shape (invented examples) | trap |
|---|---|---|
| fi_village_loose | a lower-case modifier + place head (`-lahti`, `-kumpu`, `-nurmi`, `-harju` …) in a local case, the whole word no frequent or listed word: on a hurried line a modifier the lists hold with one place head, or any frequent word after a place cue (`asuu`, `muutti`, `tuli`, `soitti` …) one or two words before; on a careful line only after a cue of living or coming from (`asuu`, `muutti`, `tuli`, `kotoisin`; not a visit: `kävi`); before a head that mostly names places (`-lahti`, `-kumpu`, not `-ranta`, `-kylä`, `-pelto`) a hurried line needs no cue (`asuu nyt pajukummussa`, `muutti karhuharjuun`) | `järvenrannassa`, `kotipellolla`, `alamäessä`, `perunapellolla`, `opiskelijakylässä` |
| fi_town_both_inflected | a municipality of the list whose first part is an adjective that inflects too (`Uusi|kaupunki` → `uudessakaupungissa`, `uuteenkaupunkiin`, `Uudenkaupungin`), in any letter case: the forms are made from the municipality list and the adjective's stems | `uudessa kaupungissa` (two words), `isossa kylässä` |
"""

from __future__ import annotations

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.hurried_local import PLACE_WORD_HEADS, common_compound
from coachdesk.privacy.hurried_style import hurried_lines
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, KEEP, PLACE, SUR, Lexicon
from coachdesk.privacy.place_cases import municipality_list
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, PRIO_WEAK, Cand, coverage
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("fi_village_loose", "a modifier (one listed place head, or a frequent word after a place cue) + a place "
             "head in a local case (asuu X|kummussa)"),
        Rule("fi_town_both_inflected", "a municipality whose adjective part inflects too (uudessakaupungissa)"),
    )
}

# the place heads of the loose rule: (weak stem, strong stem); nurmi besides hurried_local's heads
_LOOSE_HEADS = ("lahti", "niemi", "mäki", "vaara", "joki", "järvi", "saari", "koski", "harju", "lampi", "nurmi",
                "ranta", "salmi", "kylä", "kumpu", "vuori", "pelto", "nummi", "kangas", "korpi", "lehto", "luoto",
                "rinne", "kallio", "lammi", "niitty")
_STEMS = {**{h: PLACE_WORD_HEADS[h] for h in _LOOSE_HEADS if h in PLACE_WORD_HEADS}, "nurmi": ("nurme", "nurme")}
_LOCAL = ("ssa", "sta", "lla", "lta", "lle")
# heads that make places far more often than common nouns: a frequent modifier needs no cue before them
_NAME_HEADS = frozenset(("lahti", "niemi", "vaara", "joki", "järvi", "saari", "koski", "harju", "lampi", "nurmi",
                         "salmi", "kumpu", "vuori", "mäki", "nummi", "korpi", "luoto"))


def _local_forms() -> dict[str, str]:
    """Every local-case form of a loose head -> the head (`kummussa` -> kumpu, `harjuun` -> harju)."""
    out: dict[str, str] = {}
    for head, (weak, strong) in _STEMS.items():
        front = not any(c in head for c in "aou")
        for e in _LOCAL:
            out[weak + (e.replace("a", "ä") if front else e)] = head
        if strong.endswith(("kankaa", "rintee")):
            out[strong + "seen"] = head
        else:
            out[strong + strong[-1] + "n"] = head  # the illative
    return out


_FORMS = _local_forms()
_LENGTHS = sorted({len(f) for f in _FORMS}, reverse=True)
_TAILS = frozenset(f[-3:] for f in _FORMS)
_MODIFIER_NOT = words("PLACE_MODIFIER_NOT") | words("PLACE_COMPOUND_TRAPS")
_COMPOUND_NOT = words("PLACE_COMPOUND_NOT")
_CUES = (words("HURRIED_MOTION") | words("HURRIED_RESIDENCE") | words("HURRIED_LIVE") | words("HURRIED_CALL_FROM")
         | words("PLACE_CTX") | words("PLACE_COMPOUND_CUES"))
# the cues of a careful line: where one lives or comes from, no visit nor work (`kävi X:ssä` may be a common noun)
_VISIT = frozenset(("käy", "kävi", "käyn", "käydä", "kävivät", "töissä", "meni", "menee", "menossa"))
_RESIDENCE = _CUES - _VISIT
_ADVERBS = words("HURRIED_RESIDENCE_ADVERBS")
_FUNCTION = words("FUNCTION_NEXT") | words("PRONOUNS") | words("PERSONAL_PRONOUNS")


def _split(low: str) -> tuple[str, str] | None:
    """(modifier, head) of a word ending in a local form of a loose head, or None."""
    if len(low) < 7 or low[-3:] not in _TAILS:
        return None
    for n in _LENGTHS:
        if n <= len(low) - 3:
            head = _FORMS.get(low[-n:])
            if head is not None:
                return low[:-n], head
    return None


_TRAPS: dict[int, tuple[frozenset[str], frozenset[str]]] = {}  # id(lex.frequent) -> (that set, its trap modifiers)


def _trap_modifiers(lex: Lexicon) -> frozenset[str]:
    """Modifiers of frequent local-case forms of a modifier + place head that are no listed place (`länsi|rannalla`,
    `seu|rannassa`): a form common enough for the frequency list is a common noun's; generated once from the list
    (nominatives are left out: a famous place's name is frequent in its nominative)."""
    hit = _TRAPS.get(id(lex.frequent))
    if hit is not None and hit[0] is lex.frequent:
        return hit[1]
    out: set[str] = set()
    for w in lex.frequent:
        if w[-3:] not in _TAILS or len(w) < 7 or not w.isalpha():
            continue
        parts = _split(w)
        if parts is not None and not lex.get(parts[0] + parts[1]) & (SUR | PLACE):
            out.add(parts[0])
    result = frozenset(out)
    _TRAPS.clear()
    _TRAPS[id(lex.frequent)] = (lex.frequent, result)
    return result


def _listed_heads(lex: Lexicon, mod: str) -> int:
    """How many place heads the surname and place lists hold ``mod`` with (at most 2 counted)."""
    seen = 0
    for head in PLACE_WORD_HEADS:
        if lex.get(mod + head) & (SUR | PLACE):
            seen += 1
            if seen == 2:
                break
    return seen


def loose_village(lex: Lexicon, low: str, cued: bool) -> str:
    """The nominative of ``low`` as a village of a modifier + place head in a local case ('' when it is none).
    ``cued``: a place cue stands before it (then a frequent word is modifier enough)."""
    if not low.isalpha():
        return ""
    hit = _split(low)
    if hit is None:
        return ""
    mod, head = hit
    nom = mod + head
    if len(mod) < 3 or mod in _MODIFIER_NOT or nom in _COMPOUND_NOT or mod in _FUNCTION or common_compound(low):
        return ""
    if low in lex.frequent or lex.lang_words.get(low) or lex.lang_words.get(nom):
        return ""
    flags = lex.get(nom) | lex.get(low)
    if flags & (COMMON | AMBIG | KEEP | FIRST) or (nom in lex.frequent and not flags & (SUR | PLACE)):
        return ""
    if mod in _trap_modifiers(lex):
        return ""
    heads = _listed_heads(lex, mod)
    if mod.endswith("n") and heads < 2:
        return ""  # a genitive modifier mostly makes a common noun (koulun|mäki)
    if heads or (mod in lex.frequent and len(mod) >= 4 and (cued or head in _NAME_HEADS)):
        return nom
    return ""


def _cued(text: str, toks: list[Token], k: int, cues: frozenset[str]) -> bool:
    """A cue of ``cues`` one word before token k, or two with a residence adverb between (`asuu nyt X`)."""
    j = k - 1
    if j < 0 or text[toks[j].end : toks[k].start] != " ":
        return False
    if toks[j].lower in _ADVERBS and j > 0 and text[toks[j - 1].end : toks[j].start] == " ":
        j -= 1
    return toks[j].lower in cues


# an adjective that opens a municipality's name and inflects with it: (nominative, stem, illative)
_ADJECTIVES = (("uusi", "uude", "uuteen"), ("iso", "iso", "isoon"), ("vähä", "vähä", "vähään"),
               ("pieni", "piene", "pieneen"), ("suuri", "suure", "suureen"), ("vanha", "vanha", "vanhaan"))


_TOWN_FORMS: list[dict[str, tuple[tuple[str, str, str], ...]]] = []  # made once from the municipality list


def _town_forms() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """First-part form (`uudessa`, `uuteen`, `uuden`) -> ((case, the rest's nominative, municipality), …)."""
    if _TOWN_FORMS:
        return _TOWN_FORMS[0]
    towns = municipality_list()
    out: dict[str, list[tuple[str, str, str]]] = {}
    for nom, stem, ill in _ADJECTIVES:
        front = not any(c in nom for c in "aou")
        for town in towns:
            rest = town[len(nom):]
            if not town.startswith(nom) or len(rest) < 3 or not rest.isalpha():
                continue
            for e in _LOCAL:
                out.setdefault(stem + (e.replace("a", "ä") if front else e), []).append((e, rest, town))
            out.setdefault(ill, []).append(("ill", rest, town))
            out.setdefault(stem + "n", []).append(("gen", rest, town))
    _TOWN_FORMS.append({k: tuple(v) for k, v in out.items()})
    return _TOWN_FORMS[0]


def town_both_inflected(low: str) -> tuple[str, str]:
    """(the municipality ``low`` is a form of with both parts inflected, the case ending its placeholder keeps):
    `uudessakaupungissa` -> (uusikaupunki, ssa); ('', '') when none."""
    forms = _town_forms()
    for n in (4, 5, 6, 7, 8):
        first = forms.get(low[:n])
        if first is None:
            continue
        rest = low[n:]
        for case, nom, town in first:
            if case in _LOCAL:
                if not rest.endswith((case, case.replace("a", "ä"))):
                    continue
            elif not rest.endswith("n"):
                continue
            if rest == nom or any(b == nom for b, _ in analyses(rest)[1:]):
                return town, (rest[-3:] if case in _LOCAL else "n" if case == "gen" else "")
    return "", ""


_TOWN_STARTS = ("uud", "uut", "iso", "väh", "pie", "suu", "van")


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New LOCATION candidates of :data:`RULES` on Finnish text (``cands``: found so far, read only)."""
    if lang != "fi" or not toks:
        return []
    covered = coverage(len(text), cands)
    lines = hurried_lines(text, toks)
    li = 0
    out: list[Cand] = []
    for k, t in enumerate(toks):
        low = t.lower
        if len(low) < 7 or not t.text.isalpha():
            continue
        if low.startswith(_TOWN_STARTS) and (t.text.islower() or t.text[1:].islower()):
            town, ending = town_both_inflected(low)
            if town:  # above a name layer's guess over the same word (`Isossakyrössä asui`: no person)
                out.append(Cand(t.start, t.end, "LOCATION", "place", "place name (fi_town_both_inflected)",
                                PRIO_NAME + 1, key=(town, ""), ending=ending))
                continue
        if covered[t.start] or not t.text.islower() or low[-3:] not in _TAILS:
            continue
        while li < len(lines) and lines[li][1] < t.start:
            li += 1
        hurried = li < len(lines) and lines[li][0] <= t.start
        cued = _cued(text, toks, k, _CUES if hurried else _RESIDENCE)
        if not (hurried or cued):
            continue
        nom = loose_village(lex, low, cued)
        if nom:
            end = next(e for e in ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "seen", low[-3:])
                       if low.endswith(e))
            out.append(Cand(t.start, t.end, "LOCATION", "place", "location (fi_village_loose)",
                            PRIO_WEAK, key=(nom, ""), ending=end))
    return out
