"""Lower-case villages, districts and local firms of hurried Finnish LINES (and Swedish firms), by shape and lexicons.

Runs right after ``hurried_more.find`` (``scrubber._scrub``), only on the lines ``hurried_style.hurried_lines``
calls hurried, only on words nothing holds yet (an organisation may widen a shorter one); it only adds
candidates. A village is recognised by its shape: a modifier and a place-word head (`-järvi`, `-koski`,
`-mäki`, `-niemi`, `-korpi` …, with their gradated stems: `-mäellä`, `-korvessa`, `-kankaalle`) in a local
case. The modifier must be one the lexicons' own place-like names are built from: the surname and place
lists hold it with at least :data:`MIN_HEADS` different place heads (`koivu` in koivuniemi, koivumäki,
koivujärvi …), so `uima|rannalla`, `hiihto|mäessä`, `kunto|polulla` stay; modifiers and compounds that
mostly make common nouns are cue sections (``PLACE_MODIFIER_NOT``, ``PLACE_COMPOUND_NOT``: `koti|kylässä`,
`ylä|mäessä`). Every decision is one row of :data:`RULES`; the finding's reason names it.

| id | shape (invented examples) | trap |
|---|---|---|
| fi_village_local | a modifier + place head in a local case, no frequent word, no common compound (`asuu nyt lepikkoahossa`, `muutti kotkasalmelta`) | `uimarannalla`, `kotikylässä`, `ylämäessä`, `kerrostalossa` |
| fi_village_genitive | such a village in the genitive before a place noun (`kylä`, `kulma`, `seutu`, `tie` …): both words (`asuu hirviahon kylässä`) | `hiekkarannan kioskilla`, `järven rannalla` |
| fi_place_label | a place label (`kotipaikka:`, `kylä on`, `kotikunta`), then a village in the nominative or a lower-case place of the lists, even one that is also a word (`kotikunta: kotka`) | `kylä on pieni`, `paikkakunta: ei tiedossa` |
| fi_residence_word | a residence cue (`asuu`, `muutti`, `kotoisin`, `töissä`; one adverb between at most: `asuu nyk.`), then a lower-case place of the lists that is also a word, in a local case (`muutti kotkaan`, `asuu nyt lahdessa`) | `asuu kerrostalossa`, `töissä salilla` |
| fi_residence_la | a residence cue, then a -la/-lä village or farm in a local case: a surname or place of the lists (also after `töissä`: `töissä mäkelässä`), or after a residence verb a word in no list of a frequent noun + -la (`asuu nyt peltolassa`, `muutti karhulaan`) | `asuu mummolassa`, `asuu asuntolassa`, `töissä pesulassa`, `töissä vankilassa` |
| fi_venue_named | a venue or trade noun in the nominative (`hoivakoti`, `pizzeria`, `leipomo`), then its name: a village-shaped or unknown word in the nominative ending the clause, or a place or name of the lists (no common word) in a local case: both words (`hoivakoti katajaharju,`, `pizzeria lissabonissa`) | `hoivakoti on iso`, `kahvila keskustassa`, `taksi tulee` |
| sv_trade_owner | Swedish: a trade word (`snickeri`, `bygg`, `städ`; section ``SV_TRADE_WORDS``), a second after `och`/`&` maybe, then the owner's lower-case surname of the lists that is no Swedish word: the firm whole (`snickeri sandström`, `städ och fastighet lindroos`) | `snickeri nu`, `bygg och anläggning intresserar`, `bil igen` |
| fi_live_unlisted | a verb of living (`asuu`, `asuvat`, `muutti`; one adverb between at most: `asuvat nyk. X:ssä`), a call verb before an elative (`soitti X:stä`), or a found person before a verb (`tytär X Y:llä auttaa`), then a word in no list of a place's shape in the inessive/adessive (elative after the call verb): no frequent word, no compound of one unless its head is a place word (`asuu kuusi|luodossa`) | `asuvat kerrostalossa`, `soitti töistä`, `soitti autosta`, `tytär X kotona auttaa` |
| sv_live_unlisted | Swedish: `i`/`på`/`från` right after a found person (a verb after the place: `kan`, `har`) or a verb of living (`bor`, `flyttade`; `nu` between maybe; `från` after a call verb too), then a lower-case word of no list and no word of a language, no compound of a frequent word unless its head is a place word (section ``SV_PLACE_HEADS``: `-udden`, `-mossen`) (`hennes bror X i Y kan`, `bor på Y`, `ringde från Y`) | `i stan`, `på jobbet`, `från skolan`, `bor i radhus` |
| place_correction | a found place, then a correction word (`eiku`, `siis`; sv `nej`, `alltså`; section ``HURRIED_CORRECTION``), then the word it corrects to: a place of the lists (also one that is a word) or a word in no list of a proper noun's shape, in Finnish in the same case as the place corrected (`asuu X:ssä, eiku Y:ssä`, `i X? nej Y`) | `asuu X:ssä, eiku kerrostalossa`, `i X? nej inte där` |
| fi_trade_pair_owner | two trade words joined by `ja`/`&` and the owner's lower-case name after them (surname of the lists or a surname's shape), or a lower-case town genitive before them: the firm whole (`kuljetus ja maansiirto hakala`, `oulun sähkö ja antenni`) | `kuljetus ja maansiirto kiinnostaa`, `siivous ja kuljetus järjestyy` |
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from coachdesk.privacy import token_index
from coachdesk.privacy.cue_words import by_language, words
from coachdesk.privacy.hurried_style import hurried_lines
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, KEEP, NAME, PLACE, SUR, Lexicon
from coachdesk.privacy.org_rules import FI_TRADE_ANY, LEGAL_LOWER
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ORG, PRIO_WEAK, Cand
from coachdesk.privacy.tokens import Token

Shape = Callable[[Token, Lexicon, str, bool], bool]  # (word, lexicon, language, inflected) -> a proper noun's shape

RULES = {
    r.id: r
    for r in (
        Rule("fi_village_local", "a lexicon modifier + place head (-mäki, -korpi, -kangas …) in a local case"),
        Rule("fi_village_genitive", "such a village in the genitive before a place noun (X:n kylässä): both words"),
        Rule("fi_place_label", "a place label (kotipaikka:, kylä on), then a village or a listed place"),
        Rule("fi_residence_word", "asuu/muutti/kotoisin/töissä, then a listed place that is also a word, local case"),
        Rule("fi_residence_la", "asuu/muutti/kotoisin (töissä: listed only), then a -la/-lä village or farm, local case"),
        Rule("fi_venue_named", "a venue or trade noun, then its name (a village or unknown word; a place in a case)"),
        Rule("sv_trade_owner", "a Swedish trade word (och a second) and the owner's surname of the lists (snickeri X)"),
        Rule("fi_live_unlisted", "asuu/muutti (+ adverb), soitti + elative, or a person + verb: an unlisted place"),
        Rule("sv_live_unlisted", "i/på/från after a person or bor/flyttade (ringde från): an unlisted place"),
        Rule("place_correction", "a found place, eiku/nej, then the place it is corrected to: same label (X:ssä, eiku Y:ssä)"),
        Rule("fi_trade_pair_owner", "two trade words joined by ja/& with the owner's name after or a town before"),
    )
}

MIN_HEADS = 3  # a modifier is a place's when the lexicons hold it with this many different place heads

# place head (nominative) -> (weak stem, strong stem) of its inflection; the local cases are built from them
PLACE_WORD_HEADS: dict[str, tuple[str, str]] = {
    "järvi": ("järve", "järve"), "joki": ("joe", "joke"), "koski": ("koske", "koske"), "lahti": ("lahde", "lahte"),
    "mäki": ("mäe", "mäke"), "niemi": ("nieme", "nieme"), "salo": ("salo", "salo"), "vaara": ("vaara", "vaara"),
    "suo": ("suo", "suo"), "nummi": ("numme", "numme"), "puro": ("puro", "puro"), "ranta": ("ranna", "ranta"),
    "kylä": ("kylä", "kylä"), "harju": ("harju", "harju"), "saari": ("saare", "saare"),
    "kangas": ("kankaa", "kankaa"), "korpi": ("korve", "korpe"), "salmi": ("salme", "salme"),
    "lampi": ("lamme", "lampe"), "lammi": ("lamme", "lamme"), "aho": ("aho", "aho"), "vuori": ("vuore", "vuore"),
    "lehto": ("lehdo", "lehto"), "kumpu": ("kummu", "kumpu"), "luoto": ("luodo", "luoto"),
    "niitty": ("niity", "niitty"), "kallio": ("kallio", "kallio"), "oja": ("oja", "oja"), "pelto": ("pello", "pelto"),
    "rinne": ("rintee", "rintee"), "neva": ("neva", "neva"), "jänkä": ("jängä", "jänkä"), "vuoma": ("vuoma", "vuoma"),
}
_LOCAL = ("ssa", "sta", "lla", "lta", "lle")


def _front(head: str) -> bool:
    return not any(c in head for c in "aou")


def _forms() -> dict[str, tuple[str, str]]:
    """Every inflected ending of a place head -> (head, case): `korvessa` -> (korpi, local), `mäen` -> (mäki, gen)."""
    out: dict[str, tuple[str, str]] = {}
    for head, (weak, strong) in PLACE_WORD_HEADS.items():
        front = _front(head)
        for e in _LOCAL:
            out[weak + (e.replace("a", "ä") if front else e)] = (head, "local")
        if strong.endswith(("suo",)):
            out[strong + "hon"] = (head, "local")
        elif strong.endswith(("kankaa", "rintee")):
            out[strong + "seen"] = (head, "local")
        else:
            out[strong + strong[-1] + "n"] = (head, "local")  # the illative: järveen, rantaan, kylään
        out[weak + "n"] = (head, "gen")
        out[head] = (head, "nom")
    return out


_FORMS = _forms()
_FORM_LENGTHS = sorted({len(f) for f in _FORMS}, reverse=True)
_TAILS = frozenset(f[-3:] for f in _FORMS)  # a word ending otherwise has no place head (one set look-up)
_PLACE_NOUNS = re.compile(r"^(?:kylä|kulma|seutu|seudu|suunta|suunna|tienoo|alue|keskusta|tie|tei|raitti|raiti)"
                          r"(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|lle|n|lla|an|än|lle|en)?$")
_ADVERBS = words("HURRIED_RESIDENCE_ADVERBS")
_MODIFIER_NOT = words("PLACE_MODIFIER_NOT")
_COMPOUND_NOT = words("PLACE_COMPOUND_NOT")
_TRADE_PARTS = words("HURRIED_TRADE_PARTS")
_SHAPE_NOT = words("PLACE_SHAPE_NOT")
_SV_TRADE = words("SV_TRADE_WORDS")
_LABELS = words("HURRIED_PLACE_LABELS")
_RESIDENCE = words("HURRIED_RESIDENCE")
_CLAUSE_END = (",", ".", ";", ")", "!", "?", "(", "–", "-")


def village(lex: Lexicon, low: str) -> tuple[str, str] | None:
    """``low`` as a village's name: (nominative, case: local, gen or nom), or None.
    A modifier of the lexicons' place-like names + a place head; no frequent word, no common compound."""
    if len(low) < 7 or low[-3:] not in _TAILS or not low.isalpha():
        return None
    for n in _FORM_LENGTHS:
        if n >= len(low) - 2:
            continue
        hit = _FORMS.get(low[-n:])
        if hit is None:
            continue
        head, case = hit
        mod = low[:-n]
        nom = mod + head
        if not _modifier(lex, mod) or nom in _COMPOUND_NOT:
            return None
        named = lex.get(nom) & (SUR | PLACE)  # a frequent surname or place is still one (a name is frequent too)
        if not named and (nom in lex.frequent or low in lex.frequent):
            return None
        if lex.lang_words.get(low) or lex.lang_words.get(nom):
            return None
        if (lex.get(nom) | lex.get(low)) & (COMMON | AMBIG | KEEP | FIRST):
            return None
        return nom, case
    return None


def common_compound(low: str) -> bool:
    """A common noun of a place head and a modifier of the cue sections, in any case form (`kotikylässä`,
    `ylämäessä`, `pikkujärvelle`): never a village (``hurried_names`` asks this of an unlisted place too)."""
    for n in _FORM_LENGTHS:
        if n < len(low) - 2:
            hit = _FORMS.get(low[-n:])
            if hit is not None:
                mod = low[:-n]
                return mod in _MODIFIER_NOT or mod + hit[0] in _COMPOUND_NOT
    return False


def _modifier(lex: Lexicon, mod: str) -> bool:
    """A modifier of place names: the surname and place lists hold it with MIN_HEADS place heads."""
    if len(mod) < 3 or mod in _MODIFIER_NOT:
        return False
    seen = 0
    for head in PLACE_WORD_HEADS:
        if lex.get(mod + head) & (SUR | PLACE):
            seen += 1
            if seen >= MIN_HEADS:
                return True
    return False


def _cand(s: int, e: int, label: str, rule: str, key: str = "", ending: str = "") -> Cand:
    kind = {"LOCATION": "place", "ORG": "org"}[label]
    return Cand(s, e, label, kind, f"hurried line: {label.lower()} ({rule})", PRIO_ORG if label == "ORG" else PRIO_WEAK,
                key=(key, "") if key else ("", ""), ending=ending)


def _ending(low: str, case: str) -> str:
    """The case ending a village placeholder keeps (`llä` of `…mäellä`, `een` of `…järveen`)."""
    if case == "nom":
        return ""
    for e in ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "seen", "hon"):
        if low.endswith(e):
            return e
    if case == "local" and low.endswith("n"):
        return low[-3:]  # the illative: järveen, kylään
    return "n" if low.endswith("n") else ""


def _listed_place(lex: Lexicon, t: Token, allow_word: bool) -> str:
    """The base of a lower-case place of the lists in ``t`` ('' when none or a kept word); ``allow_word``:
    also a place that is an ordinary word (kotka, lahti) — only after a strong cue."""
    if not t.text.isalpha() or len(t.lower) < 4:
        return ""
    hit = lex.find(t.text, PLACE)
    if hit is None:
        return ""
    flags = lex.get(hit[0])
    if flags & KEEP or (not allow_word and (flags | lex.get(t.lower)) & (COMMON | AMBIG)):
        return ""
    return hit[0]


def _la_village(lex: Lexicon, t: Token, unlisted: bool) -> str:
    """The base of a -la/-lä village or farm in a local case (`peltolassa`, `karhulasta`): a surname or place of the
    lists, or (``unlisted``, after a residence verb) a word in no list of a frequent noun + -la; never an ordinary
    -la word (cue section ``PLACE_SHAPE_NOT``: `mummolassa`, `asuntolassa`) nor a frequent one (`vankilassa`)."""
    low = t.lower
    if not low.isalpha() or len(low) < 8:
        return ""
    if low.endswith(_LOCAL_ENDS):
        base = low[:-3]
    elif low.endswith(("laan", "lään")):
        base = low[:-2]  # the illative: peltolaan
    else:
        return ""
    if (not base.endswith(("la", "lä")) or len(base) < 5 or base in _SHAPE_NOT or lex.lang_words.get(low)
            or common_compound(low)):
        return ""
    flags = lex.get(base)
    if flags & (COMMON | AMBIG | KEEP | FIRST) or lex.lang_words.get(base):
        return ""
    if flags & (SUR | PLACE):
        return base
    if not unlisted or flags or base in lex.frequent or low in lex.frequent:
        return ""
    return base if base[:-2] in lex.frequent and len(base) >= 6 else ""


def _sv_trade_owner(text: str, toks: list[Token], k: int, hi: int, lex: Lexicon) -> Cand | None:
    """`snickeri holmström`, `städ och fastighet lindqvist`: a Swedish trade word (a second joined by och/&) and
    the owner's lower-case surname of the lists (no Swedish word, no common word): the firm whole."""
    j = k + 1
    if j + 1 < hi and (toks[j].lower == "och" or text[toks[k].end : toks[j].start].strip() == "&"):
        second = toks[j + 1] if toks[j].lower == "och" else toks[j]
        if second.text.isalpha() and second.text.islower() and len(second.lower) >= 2 and (
                second.lower in _SV_TRADE or lex.lang_words.get(second.lower) == "sv" or second.lower in lex.frequent):
            j = toks.index(second, j) + 1
    if j >= hi or text[toks[j - 1].end : toks[j].start] != " ":
        return None
    owner = toks[j]
    low = owner.lower
    if not owner.text.islower() or not owner.text.isalpha() or len(low) < 4 or lex.lang_words.get(low):
        return None
    flags = lex.get(low)
    if not flags & SUR or flags & (COMMON | AMBIG | KEEP | PLACE):
        return None
    return _cand(toks[k].start, owner.end, "ORG", "sv_trade_owner")


def _trade(low: str) -> bool:
    return low in _TRADE_PARTS or bool(FI_TRADE_ANY.match(low))


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand], shape: Shape | None = None,
         ) -> list[Cand]:
    """New candidates for the rules of :data:`RULES` on the hurried Finnish lines. ``shape``: a word of no list with a
    proper noun's shape (``hurried_names.proper_shape``, given by the scrubber: that module imports this one);
    without it the unlisted places of ``fi_live_unlisted`` and ``place_correction`` are not looked for."""
    if not toks or lang not in ("fi", "sv"):
        return []
    lines = hurried_lines(text, toks)
    labels = [k for k, t in enumerate(toks) if t.lower in _LABELS] if lang == "fi" else []
    if not lines and not labels:
        return []
    covered = bytearray(len(text))
    for c in cands:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    persons = {c.start for c in cands if c.label == "PERSON"}
    ends = {c.end for c in cands if c.label == "PERSON"}
    person_ends = {k for k, t in enumerate(toks) if t.end in ends}
    starts = token_index.starts(text, toks)
    out: list[Cand] = []

    def free(a: Token, b: Token) -> bool:
        return not any(covered[a.start : b.end])

    def take(c: Cand) -> None:
        out.append(c)
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)

    def gap(i: int) -> str:
        return text[toks[i].end : toks[i + 1].start]

    for k in labels:  # a place label is cue enough on any line (`Kotipaikka: X` in a form too)
        lab = _labelled(text, toks, k, len(toks), lex)
        if lab is not None and not covered[lab.start]:
            take(lab)
    for lo_c, hi_c in lines:
        lo = bisect.bisect_left(starts, lo_c)
        hi = bisect.bisect_left(starts, hi_c)
        for k in range(lo, hi):
            t = toks[k]
            low = t.lower
            if not t.text.islower() or not t.text.isalpha():
                continue
            nxt = toks[k + 1] if k + 1 < hi else None
            if lang == "sv":
                if nxt is not None and low in _SV_PREPS and not covered[nxt.start]:
                    placed = _sv_live_unlisted(text, toks, k, lo, lex, person_ends)
                    if placed is not None:
                        take(placed)
                        continue
                if nxt is not None and low in _SV_TRADE and not covered[t.start]:
                    firm = _sv_trade_owner(text, toks, k, hi, lex)
                    if firm is not None and not any(covered[firm.start : firm.end]):
                        take(firm)
                continue
            if nxt is not None and nxt.text.islower() and low in _VENUE_NOUNS:
                venue = _venue(text, toks, k, hi, lex)
                if venue is not None and not any(covered[nxt.start : venue.end]):
                    take(venue)
                    continue
            if nxt is not None and (nxt.lower in _JOIN or text[t.end : nxt.start].strip() == "&") and _trade(low):
                firm = _trade_pair(text, toks, k, lo, hi, lex, persons)
                if firm is not None:
                    take(firm)  # an organisation widens a shorter candidate over part of it
                    continue
            if low in _RESIDENCE:
                j = k + 1
                if j < hi and toks[j].lower in _ADVERBS:
                    j += 1
                if j < hi and not covered[toks[j].start] and text[toks[j - 1].end : toks[j].start].strip(" .") == "":
                    w = toks[j]
                    base = _listed_place(lex, w, True)
                    if (base and w.text.islower() and lex.get(base) & (COMMON | AMBIG)
                            and w.lower.endswith(("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "an",
                                                  "än", "en", "in", "on", "un"))
                            and len(w.lower) > len(base) - 1):
                        take(_cand(w.start, w.end, "LOCATION", "fi_residence_word", base, _ending(w.lower, "local")))
                        continue
                    farm = _la_village(lex, w, low != "töissä")
                    if farm and w.text.islower() and not covered[w.start]:
                        take(_cand(w.start, w.end, "LOCATION", "fi_residence_la", farm, _ending(w.lower, "local")))
                        continue
            if shape is not None and (low in _LIVE_CUES or low in _CALL_FROM or k - 1 in person_ends):
                placed = _live_unlisted(text, toks, k, hi, lex, low, covered, shape)
                if placed is not None:
                    take(placed)
                    continue
            if covered[t.start]:
                continue
            v = village(lex, low)
            if v is None:
                continue
            nom, case = v
            if case == "local":
                take(_cand(t.start, t.end, "LOCATION", "fi_village_local", nom, _ending(low, case)))
            elif case == "gen" and nxt is not None and gap(k) == " " and nxt.text.islower():
                if not free(nxt, nxt):
                    take(_cand(t.start, t.end, "LOCATION", "fi_village_genitive", nom, "n"))
                elif _PLACE_NOUNS.match(nxt.lower):
                    take(_cand(t.start, nxt.end, "LOCATION", "fi_village_genitive", nom))
                elif nxt.lower.endswith(_LOCAL_ENDS) and _workplace(lex, nxt.lower):
                    take(_cand(t.start, nxt.end, "ORG", "fi_village_genitive"))
                elif nxt.lower in _POSTPOSITIONS:
                    take(_cand(t.start, t.end, "LOCATION", "fi_village_genitive", nom, "n"))
    for c in _corrections(text, toks, lex, lang, [*cands, *out], covered, shape):
        take(c)
    return out


_FI_TRADE_NOM = frozenset(
    """konditori kauppa kahvila ravintola leipomo parturi kampaamo korjaamo pesula apteekki kioski verstas paja huolto
    asennus rakennus maalaus siivous kuljetus muutto remontti taksi tilitoimisto hoitola pizzeria grilli baari saha
    puutarha taimisto kirjapaino valimo vuokraamo""".split())
_VENUE_NOUNS = words("HURRIED_VENUES") | _FI_TRADE_NOM


def _clause_ends(text: str, toks: list[Token], j: int, hi: int) -> bool:
    """Word j ends its clause: punctuation, a digit, a legal form or the line end after it."""
    if j + 1 >= hi:
        return True
    g = text[toks[j].end : toks[j + 1].start]
    nxt = toks[j + 1]
    return g.strip()[:1] in _CLAUSE_END or nxt.lower in LEGAL_LOWER or nxt.text[:1].isdigit()


def _unknown(lex: Lexicon, low: str) -> bool:
    """A lower-case word in no list, no frequent word, no word of a language, nor a case form of one."""
    if len(low) < 5 or low in lex.frequent or lex.lang_words.get(low) or lex.lookup_all(low):
        return False
    return not any(len(b) >= 4 and (b in lex.frequent or lex.lang_words.get(b)) for b, _ in analyses(low)[1:])


def _venue(text: str, toks: list[Token], k: int, hi: int, lex: Lexicon) -> Cand | None:
    """`hoivakoti katajaharju,` / `pizzeria lissabonissa`: a venue noun and its name, both words."""
    if text[toks[k].end : toks[k + 1].start] != " ":
        return None
    w = toks[k + 1]
    low = w.lower
    if not w.text.isalpha() or w.text[-1:] == ":" or text[w.end : w.end + 1] in ("-", ":"):
        return None
    v = village(lex, low)
    if v is not None and v[1] == "nom" and _clause_ends(text, toks, k + 1, hi):
        return _cand(toks[k].start, w.end, "ORG", "fi_venue_named")
    if v is None and _unknown(lex, low) and not low.endswith(_LOCAL_ENDS) and _clause_ends(text, toks, k + 1, hi):
        return _cand(toks[k].start, w.end, "ORG", "fi_venue_named")
    if low.endswith(_LOCAL_ENDS) and len(low) >= 6:
        flags = lex.lookup_all(low)
        if (flags & (PLACE | SUR) and not flags & (COMMON | AMBIG | KEEP) and low not in lex.frequent
                and not lex.lang_words.get(low) and not any(
                    b in lex.frequent and not lex.get(b) & (PLACE | SUR) for b, _ in analyses(low)[1:] if len(b) >= 4)):
            return _cand(toks[k].start, w.end, "ORG", "fi_venue_named")
    return None


_POSTPOSITIONS = frozenset("rannalla rannalle rannalta rannassa lähellä lähelle läheltä luona luota luokse puolella "
                           "puolelle puolelta suunnalla suunnalle suunnalta takana takaa taakse päässä päähän päästä "
                           "kautta ohi vieressä vierestä".split())


def _workplace(lex: Lexicon, low: str) -> bool:
    """A venue, trade or institution word in a local case (`kartanolla`, `sahalla`, `koulussa`)."""
    if FI_TRADE_ANY.match(low):
        return True
    heads = words("HURRIED_VENUES") | words("HURRIED_INSTITUTIONS")
    return any(b in heads or any(b.endswith(h) and len(h) >= 4 for h in heads) for b, _ in analyses(low)[1:4])


_LOCAL_ENDS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle")
_JOIN = frozenset(("ja", "&", "sekä"))


def _trade_pair(text: str, toks: list[Token], k: int, lo: int, hi: int, lex: Lexicon, persons: set[int],
                ) -> Cand | None:
    """`kuljetus ja maansiirto hakala`, `oulun sähkö ja antenni`: two trade words joined, an owner after them or
    a town genitive before them: the whole firm."""
    if k + 2 >= hi:
        return None
    j = k + 1
    join = text[toks[k].end : toks[j].start].strip()
    if join == "&":
        pass
    elif toks[j].lower in _JOIN and text[toks[k].end : toks[j].start] == " ":
        j += 1
    else:
        return None
    second = toks[j]
    if not second.text.islower() or not _second_trade(lex, second.lower.split(":")[0]):
        return None
    start = toks[k].start
    if k > lo and text[toks[k - 1].end : toks[k].start] == " ":
        prev = toks[k - 1]
        if prev.text.islower() and prev.lower.endswith("n") and _listed_place(lex, prev, True) and not (
                lex.lookup_all(prev.text) & KEEP) and prev.lower not in words("GENERIC_OWNERS"):
            return _cand(prev.start, second.end, "ORG", "fi_trade_pair_owner")
    if j + 1 >= hi or text[second.end : toks[j + 1].start] != " ":
        return None
    owner = toks[j + 1]
    olow = owner.lower
    if not owner.text.islower() or not owner.text.replace(":", "").isalpha():
        return None
    flags = lex.lookup(owner.text)[0]
    name = owner.start in persons or (flags & SUR and not flags & (COMMON | AMBIG | KEEP)) or (
        _SURNAME_END.search(olow.split(":")[0]) is not None and olow not in lex.frequent and not lex.lang_words.get(olow))
    if not name:
        return None
    return _cand(start, owner.end, "ORG", "fi_trade_pair_owner")


def _second_trade(lex: Lexicon, low: str) -> bool:
    """The second line of business of a firm's name: a trade word, a compound ending in one
    (`kiinteistöpalvelu`), or an action noun in -us/-ys in no name list (`tasoitus`, `rappaus`)."""
    if _trade(low) or any(low.endswith(p) and len(p) >= 5 for p in _TRADE_PARTS):
        return True
    return len(low) >= 6 and low.endswith(("us", "ys")) and low.isalpha() and not lex.lookup_all(low) & (NAME | PLACE)


_SURNAME_END = re.compile(r"(?:nen|sen|la|lä|lan|län|lle|lla|llä|sella|selle|selta|sella|ssa|sta)$")


def _labelled(text: str, toks: list[Token], k: int, hi: int, lex: Lexicon) -> Cand | None:
    """`kotipaikka: haapala` / `kylä on X`: the village or listed place after a place label."""
    j = k + 1
    if j >= hi:
        return None
    g = text[toks[k].end : toks[j].start]
    if "\n" in g or g.strip() not in ("", ":", "-", "–"):
        return None
    if g.strip() == "" and toks[j].lower in ("on", "oli") and j + 1 < hi and text[toks[j].end : toks[j + 1].start] == " ":
        j += 1
    w = toks[j]
    if not w.text.islower() or not w.text.isalpha():
        return None
    v = village(lex, w.lower)
    if v is not None and v[1] == "nom":
        return _cand(w.start, w.end, "LOCATION", "fi_place_label", v[0])
    base = _listed_place(lex, w, True)
    if base and w.lower == base:
        return _cand(w.start, w.end, "LOCATION", "fi_place_label", base)
    return None



_TALK_AFTER = words("HURRIED_TALK_AFTER")
_LIVE_CUES = words("HURRIED_LIVE") - words("HURRIED_CALL_FROM")
_CALL_FROM = words("HURRIED_CALL_FROM")
_AT = ("ssa", "ssä", "lla", "llä")
_FROM = ("sta", "stä")
_VERB_ENDS = ("aa", "ää", "ee", "vat", "vät", "oo", "uu", "yy")


def _live_unlisted(text: str, toks: list[Token], k: int, hi: int, lex: Lexicon, low: str, covered: bytearray,
                   shape: Shape) -> Cand | None:
    """`asuvat nyk. X:ssä`, `soitti X:stä`, `tytär aino X:llä auttaa`: token k is a verb of living (an adverb may
    follow), a call verb (the place in the elative), or the word after a found person (a finite verb after the
    place); the place is a word in no list of a proper noun's shape (``shape``)."""
    live = low in _LIVE_CUES
    called = low in _CALL_FROM
    j = k if not live and not called else k + 1
    if (live or called) and j < hi and toks[j].lower in _ADVERBS and text[toks[k].end : toks[j].start] == " ":
        j += 1
    if j >= hi or (j > k and text[toks[j - 1].end : toks[j].start] != " "):
        return None
    w = toks[j]
    wl = w.lower
    if not w.text.islower() or not w.text.isalpha() or len(wl) < 7 or covered[w.start]:
        return None
    ends = _FROM if called else _AT
    if not wl.endswith(ends):
        return None
    if not live and not called:  # after a person: a finite verb must follow the place
        if j + 1 >= hi or text[w.end : toks[j + 1].start] != " ":
            return None
        v = toks[j + 1].lower
        if not (v in _TALK_AFTER or (v in lex.frequent and v.endswith(_VERB_ENDS) and v.isalpha())):
            return None
    if lex.lookup_all(w.text) or not shape(w, lex, "fi", True):
        return None
    return _cand(w.start, w.end, "LOCATION", "fi_live_unlisted", wl[:-3], wl[-3:])


_SV_PREPS = frozenset(("i", "på", "från"))
_SV_LIVE = by_language("HURRIED_LIVE")["sv"]
_SV_CALL = words("HURRIED_SV_CALL")
_SV_PLACE_HEADS = words("SV_PLACE_HEADS")
_SV_VERBS = by_language("SV_SUBJECT_VERBS")["sv"]


def _sv_live_unlisted(text: str, toks: list[Token], k: int, lo: int, lex: Lexicon, person_ends: set[int],
                      ) -> Cand | None:
    """`hennes bror X i Y kan`, `bor nu på Y`, `ringde från Y`: the preposition at token k after a found person or
    a verb of living (or a call verb before `från`), then an unlisted lower-case word of no language's words."""
    prep = toks[k].lower
    j = k - 1
    if j < lo or text[toks[j].end : toks[k].start] != " ":
        return None
    if toks[j].lower in _ADVERBS_SV and j - 1 >= lo and text[toks[j - 1].end : toks[j].start] == " ":
        j -= 1
    cue = toks[j].lower
    person = j == k - 1 and j in person_ends
    if not person and cue not in _SV_LIVE and not (prep == "från" and cue in _SV_CALL):
        return None
    w = toks[k + 1]
    low = w.lower
    if person and cue not in _SV_LIVE and (k + 2 >= len(toks) or toks[k + 2].lower not in _SV_VERBS
                                           or text[w.end : toks[k + 2].start] != " "):
        return None  # after a person only as a clause of its own: `bror X i Y kan hjälpa`
    if (text[toks[k].end : w.start] != " " or not w.text.islower() or not w.text.isalpha() or len(low) < 6
            or low in lex.frequent or low in lex.lang_words or lex.lookup_all(low) & (FIRST | KEEP | COMMON | AMBIG)
            or lex.get(low) & (FIRST | KEEP | COMMON | AMBIG)):
        return None
    if not low.endswith(tuple(_SV_PLACE_HEADS)) and any(
            low[i:] in lex.frequent or low[i:] in lex.lang_words for i in range(2, len(low) - 2)):
        return None  # grupp|boendet, arbets|platsen: a compound of a word
    return _cand(w.start, w.end, "LOCATION", "sv_live_unlisted", low)


_ADVERBS_SV = frozenset(("nu", "numera", "fortfarande", "just", "nuförtiden"))


_CORRECTION = words("HURRIED_CORRECTION")
_CASE_ENDS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "an", "en", "in", "än", "on", "un")


def _corrections(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand], covered: bytearray,
                 shape: Shape | None) -> list[Cand]:
    """`asuu X:ssä, eiku Y:ssä`, `i X? nej Y`: the word a found place is corrected to, a place too."""

    ends = {c.end: c for c in cands if c.label == "LOCATION"}
    if not ends:
        return []
    starts = token_index.starts(text, toks)
    out: list[Cand] = []
    for end, place in ends.items():
        k = bisect.bisect_left(starts, end)
        if k + 1 >= len(toks) or toks[k].lower not in _CORRECTION:
            continue
        if text[end : toks[k].start].strip(" ,?!") or len(text[end : toks[k].start]) > 3:
            continue
        w = toks[k + 1]
        if text[toks[k].end : w.start].strip(" ,:") or len(text[toks[k].end : w.start]) > 2:
            continue
        low = w.lower
        if not w.text.isalpha() or len(low) < 4 or covered[w.start] or lex.lookup_all(w.text) & KEEP:
            continue
        before = text[place.start : place.end].lower()
        if lang == "fi":
            case = next((e for e in _CASE_ENDS if before.endswith(e)), "")
            if not case or not low.endswith(case) or len(low) <= len(case) + 2:
                continue
        base = _listed_place(lex, w, True)
        if not base and not (lang == "fi" and shape is not None and shape(w, lex, "fi", True)) and not (
                lang == "sv" and low not in lex.frequent and low not in lex.lang_words and not lex.lookup_all(w.text)):
            continue
        ending = _ending(low, "local") if lang == "fi" else ""
        out.append(_cand(w.start, w.end, "LOCATION", "place_correction", base or low, ending))
    return out
