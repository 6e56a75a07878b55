"""Unlisted places of hurried notes: after a stay or move verb and adverbs, dialect forms of municipalities, the head
of a phone-note line, after a Swedish motion or work verb, and saints' places (`S:t X`, `Pyhä X`).

Runs right after ``hurried_local.find`` (``scrubber._places_and_hyphens``), only on words nothing holds yet (a saint's
place widens a name found in it; a dialect form wins over a question about the word); it only adds candidates. An "unknown" word here is lower-case, in no list, no frequent
word and no word of a language, nor a case form of one. Every decision is one row of :data:`RULES`; the finding's
reason names it. Cue words are sections of the cue files (``HURRIED_STAY_VERBS``, ``HURRIED_STAY_ADVERBS``,
``HURRIED_MOVE_VERBS``, ``HURRIED_NOTE_HEADS``, ``SV_MOTION_VERBS``, ``SV_MOTION_FILLERS``, ``SAINT_PREFIXES``).

| id | shape (invented examples) | trap |
|---|---|---|
| fi_stay_adverbs | a verb of living or staying or a work word (`asuu`, `oli`, `ollu`, `kävi`, `vietti`, `töissä`; no `on`: `on X:llä` is having), up to two adverbs (`nyt`, `eilen`, `tällä hetkellä`) and maybe an activity noun in a local case that is a word or a compound of words (`kontrollissa`, `harjoittelussa`), then an unknown word of a proper noun's shape and no compound of two words (`kesä|töissä`) in the inessive or adessive, or a surname of the lists alone in the inessive (`asuu tällä hetkellä X:ssä`, `on ollu harjoittelussa X:ssä koko viikon`); or such a word in the genitive before an activity noun in a local case (`oli eilen X:n kontrollissa`) | `oli eilen kaupassa`, `asuu nyt kerrostalossa`, `oli eilen käymässä`, `on ollu kesätöissä`, `oli eilen lääkärin vastaanotolla` |
| fi_move_adverbs | a verb of moving or travelling (`muutti`, `lähti`, `palasi`, `ajoi`; ``HURRIED_MOVE_VERBS``), up to two adverbs, then an unknown word of a proper noun's shape and no compound of two words, no verb form (`nukkumaan`), in the elative, ablative, allative or illative (`muutti viime vuonna X:ään`, `palasi eilen X:stä`) | `muutti eilen kotiin`, `palasi eilen töistä`, `meni eilen nukkumaan`, `muutti takaisin kotikaupunkiin` |
| fi_dialect_municipality | a word in no list and no word (nor a case form of one) that is a case form of a municipality of the list once one or two dialect sounds are undone: the Savo/Karelian/northern glide `i-j-o` (`kuopijossa` → kuopiossa), a svarabhakti vowel after l, h, r or n before a consonant (`iisalamessa` → iisalmessa), or a doubled consonant of the eastern gemination (`kajjaanissa` → kajaanissa) | `kuopassa`, `tilanteessa`, `kallista` |
| note_head_place | a phone-note line opening with one lower-case word, then a clock time or a date and `/`, `–` or a bar (`X 9.15 / puh …`, `X 14.30 – soitin`): the word, when unknown and no compound of words or a place of the lists (replaced; asked when also a word or a name), or a frequent word that is no common noun of the lists, no word of one language, no note word (``HURRIED_NOTE_HEADS``) and whose partitive or plural is not frequent (replaced and asked); a word only of the name lists (a surname, a given name that is no word) as a person, replaced and asked | `puhelu 9.15 /`, `muistio 14.30 –`, `ma 12.1. /`, `kokous 10.00 /` |
| sv_motion_unlisted | Swedish: a motion or work verb (`kör`, `åker`, `jobbar`; ``SV_MOTION_VERBS``), up to two objects or adverbs (`henne`, `ibland`; ``SV_MOTION_FILLERS``), then `till`/`på`/`i`/`från` and a lower-case word in no list of common words, no frequent Swedish or English word and no compound of one (`kör henne till X ibland`, `jobbar på X hos …`) | `kör henne till jobbet`, `jobbar på morgonen`, `åker till stan` |
| saint_place | `S:t`, `Sankt`, `Pyhä`, `Pyhän` or `P.` (``SAINT_PREFIXES``) before a capitalised word (a saint's given name or a word in no list; no kept word): the place, both words (`flyttade till S:t X`, `asuu Pyhä X:ssä`; after `P.` or `Pyhä` only in a local case: `P. X:ssä`; in a hurried `s:t x` a lower-case given name or place of the lists that is no word) | `S:t` alone, `S:t kommer`, `P. Virtanen soitti` |
"""

from __future__ import annotations

import bisect
import re

from coachdesk.privacy import hurried_local, token_index
from coachdesk.privacy.cue_words import by_language, words
from coachdesk.privacy.hurried_names import proper_shape
from coachdesk.privacy.hurried_people import ordinary_word
from coachdesk.privacy.hurried_style import SHORTHAND
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, KEEP, NAME, PLACE, SUR, Lexicon
from coachdesk.privacy.place_cases import municipality_list
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, PRIO_WEAK, Cand, coverage
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.verbs import is_finite_verb

RULES = {
    r.id: r
    for r in (
        Rule("fi_stay_adverbs", "asuu/oli/ollu/kävi, two adverbs or an activity noun between, then an unknown place (X:ssä)"),
        Rule("fi_move_adverbs", "muutti/lähti/palasi, up to two adverbs, then an unknown place in X:stä/X:lle/X:ään"),
        Rule("fi_dialect_municipality", "a municipality's case form once a dialect sound is undone (kuopijossa, iisalamessa)"),
        Rule("note_head_place", "a phone-note line opening with a word, a clock time and / or –: the word (X 9.15 /)"),
        Rule("sv_motion_unlisted", "Swedish kör/åker/jobbar (+ henne, ibland) till/på/i X: an unlisted word of no language"),
        Rule("saint_place", "S:t / Sankt / Pyhä / P. and a capitalised saint's name: the place, both words (S:t X)"),
    )
}

_AT = ("ssa", "ssä", "lla", "llä")
_NOT_PLACE_ENDS = ("massa", "mässä", "malla", "mällä", "uksessa", "yksessä", "uudessa", "yydessä", "isessa",
                   "isessä", "ksissa", "ksissä", "tuksessa", "nnissa", "nnissä")  # -ma infinitive, action nouns
_VOWELS = "aeiouyäöå"
_CLOCK = re.compile(r",?[ \t]+(?:klo[ \t]*)?(?:\d{1,2}[.:]\d{2}(?![\d.:])|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?)[ \t]*[/–—|-]")
_LINE_HEAD = re.compile(r"^[ \t*•>-]*([^\W\d_]+(?:-[^\W\d_]+)?)", re.MULTILINE)
_MUNIS: frozenset[str] | None = None


def _munis() -> frozenset[str]:
    """The municipalities of the list, lower case (read once)."""
    global _MUNIS
    if _MUNIS is None:
        _MUNIS = frozenset(municipality_list())
    return _MUNIS


def _unknown(lex: Lexicon, t: Token, min_len: int = 5) -> bool:
    """A lower-case word in no list, no frequent word, no word of a language, nor a case form of one."""
    low = t.lower
    if len(low) < min_len or not t.text.isalpha() or not t.text.islower() or low in SHORTHAND:
        return False
    return not lex.lookup_all(low) and not ordinary_word(lex, low)


def _cand(s: int, e: int, rule: str, key: str = "", ending: str = "", prio: int = PRIO_WEAK,
          uncertain: bool = False) -> Cand:
    return Cand(s, e, "LOCATION", "place", f"hurried line: location ({rule})", prio, key=(key, ""), ending=ending,
                uncertain=uncertain)


# --- fi_stay_adverbs ---------------------------------------------------------------------------------------------

_STAY = words("HURRIED_STAY_VERBS")
_STAY_ADVERBS = words("HURRIED_STAY_ADVERBS") | words("HURRIED_RESIDENCE_ADVERBS")


def _stay(text: str, toks: list[Token], k: int, lex: Lexicon, covered: bytearray) -> Cand | None:
    """Token k is a stay verb; up to two adverbs and one activity noun in a local case, then the place."""
    j = k + 1
    skipped = 0
    activity = False
    while j < len(toks) and text[toks[j - 1].end : toks[j].start] == " ":
        w = toks[j]
        low = w.lower
        if low in _STAY_ADVERBS and skipped < 2:
            skipped += 1
            j += 1
            continue
        if not w.text.islower() or not w.text.isalpha() or covered[w.start]:
            return None
        if low.endswith(_AT) and len(low) >= 7 and not low.endswith(_NOT_PLACE_ENDS):
            if (_unknown(lex, w, 7) and _no_compound(lex, low) and not hurried_local.common_compound(low)
                    and _shape(w, lex)):
                return _cand(w.start, w.end, "fi_stay_adverbs", low[:-3], low[-3:])
            if (low.endswith(("ssa", "ssä")) and lex.lookup_all(low) == SUR and not ordinary_word(lex, low)
                    and _no_compound(lex, low) and not hurried_local.common_compound(low)):
                return _cand(w.start, w.end, "fi_stay_adverbs", low[:-3], low[-3:])  # a surname's village: X:ssä
        if (not activity and low.endswith("n") and len(low) >= 7 and j + 1 < len(toks) and _unknown(lex, w, 7)
                and text[w.end : toks[j + 1].start] == " " and toks[j + 1].lower.endswith(_AT)
                and ordinary_word(lex, toks[j + 1].lower) and not covered[toks[j + 1].start]
                and _no_compound(lex, low) and not hurried_local.common_compound(low) and _shape(w, lex)):
            return _cand(w.start, w.end, "fi_stay_adverbs", low[:-1], "n")  # `oli eilen X:n kontrollissa`
        if not activity and low.endswith(_AT) and (ordinary_word(lex, low) or not _no_compound(lex, low)) and not (
                lex.lookup_all(low) & (PLACE | FIRST)):
            activity = True  # `harjoittelussa`, `kontrollissa`: the place may follow
            j += 1
            continue
        return None
    return None


_DWELLINGS = tuple(words("HURRIED_DWELLINGS"))


def _shape(t: Token, lex: Lexicon) -> bool:
    """A word of no list with a proper noun's shape (``hurried_names.proper_shape``)."""
    return proper_shape(t, lex, "fi", True)


def _no_compound(lex: Lexicon, low: str) -> bool:
    """``low`` is no compound of words: no frequent word (3+ letters) before a frequent word form (`kesä|töissä`,
    `sairaus|lomalla`), no base of a frequent word before a frequent head (`rivi|talo`) nor a frequent noun + -la
    (`mummo|la`), no dwelling (`yksiössä`)."""
    for i in range(3, len(low) - 4):
        if low[:i] in lex.frequent and low[i:] in lex.frequent:
            return False
    for b, _ in analyses(low)[1:]:
        if b.endswith(_DWELLINGS) or (b.endswith(("la", "lä")) and b[:-2] in lex.frequent):
            return False
        for i in range(4, len(b) - 3):
            if b[:i] in lex.frequent and b[i:] in lex.frequent and len(b[i:]) >= 4:
                return False
    return True


# --- fi_move_adverbs ---------------------------------------------------------------------------------------------

_MOVE = words("HURRIED_MOVE_VERBS")
_TO_FROM = ("sta", "stä", "lta", "ltä", "lle", "aan", "ään", "oon", "öön", "uun", "yyn", "iin", "een", "seen")
_NOT_MOVE_ENDS = ("maan", "mään", "masta", "mästä", "maisillaan", "mäisillään", "kseen", "nsa", "nsä")


def _move(text: str, toks: list[Token], k: int, lex: Lexicon, covered: bytearray) -> Cand | None:
    """Token k is a verb of moving; up to two adverbs, then the place it moved to or from."""
    j = k + 1
    while j < len(toks) and j <= k + 2 and toks[j].lower in _STAY_ADVERBS and text[toks[j - 1].end : toks[j].start] == " ":
        j += 1
    if j >= len(toks) or text[toks[j - 1].end : toks[j].start] != " ":
        return None
    w = toks[j]
    low = w.lower
    if (covered[w.start] or not low.endswith(_TO_FROM) or low.endswith(_NOT_MOVE_ENDS) or len(low) < 7
            or not _unknown(lex, w, 7) or is_finite_verb(w.text, lex)):
        return None
    if not _no_compound(lex, low) or hurried_local.common_compound(low) or not _shape(w, lex):
        return None
    ending = next((e for e in ("sta", "stä", "lta", "ltä", "lle", "seen") if low.endswith(e)), low[-3:])
    return _cand(w.start, w.end, "fi_move_adverbs", low[: -len(ending)], ending)


# --- fi_dialect_municipality -----------------------------------------------------------------------------------------

_FOUR: frozenset[str] | None = None


def _standard_forms(low: str) -> list[str]:
    """``low`` with one dialect sound undone (the glide `ijo`, a svarabhakti vowel, a doubled consonant)."""
    out: list[str] = []
    n = len(low)
    for i in range(2, n - 2):
        c = low[i]
        if c == "j" and low[i - 1] == "i" and low[i + 1] in "oöaä" and low[i - 2] not in _VOWELS:
            out.append(low[:i] + low[i + 1 :])  # kuopijossa -> kuopiossa
        elif (c in _VOWELS and low[i - 1] in "lhrn" and low[i - 2] in _VOWELS and low[i + 1] not in _VOWELS
              and low[i + 1] != low[i - 1] and i + 2 < n and low[i + 2] in _VOWELS):
            out.append(low[:i] + low[i + 1 :])  # iisalamessa -> iisalmessa
        elif (c == low[i - 1] and c not in _VOWELS and low[i - 2] in _VOWELS and low[i + 1] in _VOWELS
              and c in "jlmnrsvkpt"):
            out.append(low[:i] + low[i + 1 :])  # kajjaanissa -> kajaanissa
    return out


def _dialect(lex: Lexicon, t: Token) -> str:
    """The municipality a dialect form ``t`` stands for ('' when none)."""
    global _FOUR
    low = t.lower
    if len(low) < 6 or not t.text.isalpha() or not t.text[1:].islower():
        return ""
    if _FOUR is None:
        _FOUR = frozenset(m[:4] for m in _munis())
    if low[:4] not in _FOUR and low[:3] + low[4] not in _FOUR and low[:2] + low[3:5] not in _FOUR:
        return ""  # no municipality starts so, with or without one letter of the first five (kajjaani)
    once = _standard_forms(low)
    stds = [s for s in (*once, *(s2 for s1 in once for s2 in _standard_forms(s1))) if s[:4] in _FOUR]  # two sounds
    if not stds or lex.lookup_all(low) or ordinary_word(lex, low):
        return ""
    munis = _munis()
    for std in stds:
        hit = lex.find(std, PLACE)
        if hit is not None and hit[0] in munis and not lex.get(hit[0]) & KEEP:
            return hit[0]
    return ""


# --- note_head_place -----------------------------------------------------------------------------------------------

_NOTE_HEADS = words("HURRIED_NOTE_HEADS")


def _note_head(text: str, m: re.Match[str], lex: Lexicon, lang: str) -> Cand | None:
    """The word opening a phone-note line before a clock time and a separator."""
    word = m.group(1)
    low = word.lower()
    if len(low) < 3 or low in _NOTE_HEADS or low in SHORTHAND or not word.replace("-", "").islower():
        return None
    if not _CLOCK.match(text, m.end(1)):
        return None
    flags = lex.lookup_all(low)
    if lex.get(low) & PLACE and not flags & KEEP and low not in _NOTE_HEADS:
        # a place of the lists in the nominative, also one that is a word or a name (`lahti 9.15 /`): asked then
        return _cand(m.start(1), m.end(1), "note_head_place", low,
                     uncertain=bool(flags & (COMMON | AMBIG | NAME) or lex.lang_words.get(low)))
    if flags & (KEEP | COMMON | AMBIG) or lex.lang_words.get(low) or (lang == "fi" and is_finite_verb(word, lex)):
        return None
    if flags & ~PLACE:
        # a name of the lists only (no word): the person or the place of the call, replaced and asked (`virtanen 9.15 /`)
        return Cand(m.start(1), m.end(1), "PERSON", "person", "hurried line: person (note_head_place)", PRIO_WEAK,
                    key=(low, ""), uncertain=True)
    if not flags and low not in lex.frequent and not any(
            len(b) >= 4 and (b in lex.frequent or lex.lang_words.get(b)) for b, _ in analyses(low)[1:]):
        if not _no_compound(lex, low):
            return None  # `seurantapuhelu`: a compound of words
        return _cand(m.start(1), m.end(1), "note_head_place", low)
    if flags & PLACE:
        return _cand(m.start(1), m.end(1), "note_head_place", low)
    if lang != "fi" or low not in lex.frequent or _paradigm(lex, low):
        return None
    return _cand(m.start(1), m.end(1), "note_head_place", low, uncertain=True)


def _paradigm(lex: Lexicon, low: str) -> bool:
    """A common noun's paradigm is frequent: its partitive or nominative plural (`kokousta`, `ryhmät`), a form of a
    longer frequent word (`muisti|o`, `puhel|u`) or a derived noun's ending (-minen, -us, -ys, -nti, -elu)."""
    if low.endswith(("minen", "us", "ys", "nti", "nto", "elu", "ely", "ntä", "nta", "ja", "jä")):
        return True
    part = "ta" if any(c in low for c in "aou") else "tä"  # vowel harmony: e and i words take ä (`nettiä`)
    forms = [low + part[-1], low + part, low + "t", low + "i" + part, low + "j" + part[-1]]
    if low.endswith("i"):
        forms += [low[:-1] + "e" + part[-1], low[:-1] + "et"]  # an e-stem: `järveä`, `järvet`
    if any(f in lex.frequent for f in forms):
        return True
    return any(low[:i] in lex.frequent for i in range(4, len(low) - 0) if len(low) - i <= 2)


# --- sv_motion_unlisted --------------------------------------------------------------------------------------------

_SV_MOTION = by_language("SV_MOTION_VERBS")["sv"]
_SV_FILLERS = by_language("SV_MOTION_FILLERS")["sv"]
_SV_PREPS = frozenset(("till", "på", "i", "från"))
_SV_PLACE_HEADS = tuple(words("SV_PLACE_HEADS"))
_SV_NOUN_ENDS = ("en", "et", "na", "an", "ning", "ande", "ende", "else", "het", "tion", "skap", "eri", "ism", "ist", "or")


def _sv_motion(text: str, toks: list[Token], k: int, lex: Lexicon, covered: bytearray) -> Cand | None:
    """Token k is a Swedish motion or work verb; fillers, a preposition, then the place."""
    j = k + 1
    fillers = 0
    while j < len(toks) and toks[j].lower in _SV_FILLERS and fillers < 2 and text[toks[j - 1].end : toks[j].start] == " ":
        fillers += 1
        j += 1
    if j + 1 >= len(toks) or toks[j].lower not in _SV_PREPS or text[toks[j - 1].end : toks[j].start] != " ":
        return None
    w = toks[j + 1]
    low = w.lower
    if text[toks[j].end : w.start] != " " or not w.text.isalpha() or not w.text.islower() or len(low) < 4:
        return None
    if covered[w.start] or low in SHORTHAND or lex.lang_words.get(low) in ("sv", "en"):
        return None
    flags = lex.lookup_all(low) | lex.get(low)
    if flags & (KEEP | COMMON | AMBIG | FIRST):
        return None
    if low in lex.frequent and lex.lang_words.get(low) != "fi" and not flags & PLACE:
        return None
    if not low.endswith(_SV_PLACE_HEADS) and any(
            low[i:] in lex.frequent and lex.lang_words.get(low[i:]) != "fi" for i in range(3, len(low) - 2)):
        return None  # arbets|platsen: a compound of a word
    if low.endswith(_SV_NOUN_ENDS):
        return None  # a definite form or a derived noun (`till hälsocentralen`, `på arbetsträning`)
    return _cand(w.start, w.end, "sv_motion_unlisted", low)


# --- saint_place ---------------------------------------------------------------------------------------------------

_SAINTS = words("SAINT_PREFIXES")
_FI_LOCAL = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "an", "än", "in", "en", "on", "un")


def _saint(text: str, toks: list[Token], k: int, lex: Lexicon) -> Cand | None:
    """`S:t X`, `Sankt X`, `Pyhä X:ssä`, `P. X:ssä`: the prefix at token k (with its colon or full stop)."""
    t = toks[k]
    end = t.end
    head = t.text
    if head in ("S", "s") and text[end : end + 2] == ":t" and k + 1 < len(toks) and toks[k + 1].start == end + 1:
        k += 1
        end = toks[k].end
        head = text[t.start : end]  # `S:t` (tokenised S, t) or `S:ta`
    elif head == "P" and text[end : end + 1] == ".":
        end += 1
        head = "P."
    if head.lower() not in _SAINTS or k + 1 >= len(toks):
        return None
    w = toks[k + 1]
    gap = text[end : w.start]
    if gap not in (" ", "\u00a0") or not w.text.isalpha() or not w.text[1:].islower():
        return None
    flags = lex.lookup_all(w.text)
    if not w.text[:1].isupper() and (head[:1] != "s" or not flags & (FIRST | PLACE) or flags & (COMMON | AMBIG)
                                     or lex.lang_words.get(w.lower)):
        return None  # lower case only in a hurried `s:t karins` (a listed name or place, no word)
    if flags & KEEP or (flags & (COMMON | AMBIG) and not flags & FIRST):
        return None
    if head == "P." or head.lower() in ("pyhä", "pyhän"):
        low = w.lower
        if not low.endswith(_FI_LOCAL) or len(low) < 5:
            return None
        if head == "P." and flags & ~(FIRST | PLACE):
            return None  # `P. Virtasella`: an initial and a surname
    elif not flags & FIRST and flags:
        return None
    return _cand(t.start, w.end, "saint_place", w.lower, prio=PRIO_NAME + 5)


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New LOCATION candidates of :data:`RULES` on Finnish and Swedish text (``cands``: found so far, read only)."""
    if not toks or lang not in ("fi", "sv"):
        return []
    covered = coverage(len(text), cands)
    sure = coverage(len(text), cands, lambda c: not c.uncertain)  # held by a candidate that is no question
    out: list[Cand] = []

    def take(c: Cand | None, widen: bool = False) -> None:
        if c is None or (not widen and any(covered[c.start : c.end])):
            return
        out.append(c)
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)

    if any(ch.isdigit() for ch in text):
        starts = token_index.starts(text, toks)
        for m in _LINE_HEAD.finditer(text):
            if text[m.end(1) : m.end(1) + 1] in (" ", ","):
                k = bisect.bisect_left(starts, m.start(1))
                if k < len(toks) and toks[k].start == m.start(1) and toks[k].end == m.end(1):
                    take(_note_head(text, m, lex, lang))
    for k, t in enumerate(toks):
        low = t.lower
        if lang == "fi":
            if low in _STAY and t.text.islower():
                take(_stay(text, toks, k, lex, covered))
            elif low in _MOVE and t.text.islower():
                take(_move(text, toks, k, lex, covered))
            elif len(low) >= 6 and not sure[t.start]:
                muni = _dialect(lex, t)
                if muni:  # certain: it wins over a question the name layers put about the word
                    take(_cand(t.start, t.end, "fi_dialect_municipality", muni, hurried_local._ending(low, "local"),
                               PRIO_NAME + 1), widen=True)
        elif low in _SV_MOTION and t.text.islower():
            take(_sv_motion(text, toks, k, lex, covered))
        if t.text in ("S", "s", "P", "Sankt", "Pyhä", "Pyhän") and k + 1 < len(toks):
            take(_saint(text, toks, k, lex), widen=True)
    return out
