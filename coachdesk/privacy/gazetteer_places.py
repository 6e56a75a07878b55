"""Villages, city districts and postal areas of the gazetteer (``places_gazetteer.txt``, GeoNames) in a place slot.

The gazetteer is evidence, never a list match on its own: a name of it (or a place of the lists, in lower case) is
taken only where a place stands — after a verb of living, staying, moving, coming or calling from in a Finnish local
case, or after a place preposition of English or Swedish. Runs after ``hurried_places.find``
(``scrubber._compounds``) on words nothing holds for sure; a word an earlier rule only asks about is widened to a
certain place. Every decision is one row of :data:`EVIDENCE`; the finding's reason names it. Cue words are sections
of the cue files (the stay, move, residence and call verbs of ``hurried_places`` and ``place_compounds``, and
``GAZ_SLOT_FILLERS``, ``GAZ_PREPS``, ``GAZ_VILLAGE_HEADS``).

| id | shape (invented examples) | trap |
|---|---|---|
| gaz_fi_slot | Finnish: a verb of living, staying, moving, coming or calling (`asuu`, `kävi`, `muutti`, `tullu`, `soitti`, `kotoisin`; the cue sections of ``hurried_places`` and ``place_compounds``), up to two adverbs or fillers (`nyt`, `eilen`, `ei`; ``GAZ_SLOT_FILLERS``), then a word in a local case (`-ssa`, `-sta`, `-lla`, `-lta`, `-lle`, the illative) whose base is a name of the gazetteer, by ``analyses`` or by a place head's stem (`kongin|kankaalle`); no frequent word form, no word of one language, no kept or common word, no common compound of a place head (`koti|kylässä`; ``hurried_local.common_compound``); a base that is also a person's name only in an inner local case (`-ssa`, `-sta`, the illative: `oli X:llä` may be at a person's); after a call verb only the elative (`soitti X:stä`) | `asuu nyt kerrostalossa`, `kävi eilen kaupassa`, `soitti työkkäristä`, `asuu kotikylässä`, a gazetteer name with no cue (`X:ssä oli kivaa`) |
| gaz_prep_nominative | English or Swedish: a place preposition (`in`, `at`, `from`, `near`; `i`, `på`, `från`, `till`; ``PLACE_PREP``, ``GAZ_PREPS``) then, in the nominative and any letter case, a gazetteer name or a place of the lists that is no word of English or Swedish, no common or kept word (`gym in X`, `jobbar i X`); a name that is also a person's name of the lists only after a preposition of where (`in`, `near`, `i`, `på`, `vid`), not after `from`/`to`/`till` | `in time`, `i morgon`, `på jobbet`, `from virtanen` |
| gaz_village_head | a village or parish-centre word (`kyrkby`, `kirkonkylä`; ``GAZ_VILLAGE_HEADS``) right after a lower-case place found or a lower-case gazetteer name or listed place, maybe in the genitive: the village word too, and the place when nothing holds it (`jobbar i x kyrkby`, `asuu x:n kirkonkylässä`); after a capitalised place the village word is a common noun and stays | `kyrkby` alone, `vanhassa kirkonkylässä`, `Xn kirkonkylässä` |
"""

from __future__ import annotations

import threading

from coachdesk.privacy.cue_words import by_language, words
from coachdesk.privacy.hurried_local import PLACE_WORD_HEADS, common_compound
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import AMBIG, COMMON, KEEP, NAME, PLACE, Lexicon, data_dir
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand, coverage
from coachdesk.privacy.tokens import Token

EVIDENCE = {
    r.id: r
    for r in (
        Rule("gaz_fi_slot", "asuu/kävi/muutti/soitti (+ two adverbs) and a gazetteer name in a local case (X:ssä)"),
        Rule("gaz_prep_nominative", "English/Swedish in/at/from/i/på/från and a gazetteer name (gym in X, jobbar i X)"),
        Rule("gaz_village_head", "kyrkby / kirkonkylä after a place: the village word too (X kyrkby)"),
    )
}
RULES = EVIDENCE  # the name every rule module's table has

_NAMES: frozenset[str] | None = None
_LOCK = threading.Lock()


def names() -> frozenset[str]:
    """The gazetteer's names, lower case (read once)."""
    global _NAMES
    if _NAMES is None:
        with _LOCK:
            if _NAMES is None:
                path = data_dir() / "places_gazetteer.txt"
                _NAMES = frozenset(
                    line.strip().lower() for line in path.read_text(encoding="utf-8").split("\n")
                    if line.strip() and not line.startswith("#"))
    return _NAMES


_FI = by_language("PLACE_CTX").get("fi", frozenset()) | by_language("HURRIED_LIVE").get("fi", frozenset())
_STAY = (words("HURRIED_STAY_VERBS") | words("HURRIED_MOVE_VERBS") | words("HURRIED_MOTION") | words("HURRIED_RESIDENCE")
         | words("PLACE_COMPOUND_CUES") | _FI)
_CALL = words("HURRIED_CALL_FROM")
_FILLERS = words("HURRIED_STAY_ADVERBS") | words("HURRIED_RESIDENCE_ADVERBS") | words("GAZ_SLOT_FILLERS")
_PREPS_EN = by_language("PLACE_PREP").get("en", frozenset()) | by_language("GAZ_PREPS").get("en", frozenset())
_PREPS_SV = by_language("PLACE_PREP").get("sv", frozenset()) | by_language("GAZ_PREPS").get("sv", frozenset())
_IN_PREPS = frozenset(("in", "near", "around", "outside", "i", "på", "vid", "nära"))  # where, not from whom
_HEADS = words("GAZ_VILLAGE_HEADS")
_HEAD_STARTS = tuple(sorted({h[:5] for h in _HEADS}))
_INNER = ("ssa", "ssä", "sta", "stä", "seen")
_OUTER = ("lla", "llä", "lta", "ltä", "lle")
_ILLATIVE = frozenset(("aan", "een", "iin", "oon", "uun", "yyn", "ään", "öön", "han", "hen", "hin", "hon", "hun",
                       "hyn", "hän", "hön"))


def _local(low: str) -> str:
    """The local-case ending of ``low`` ('inner', 'outer' or '')."""
    if low.endswith(_INNER) or low[-3:] in _ILLATIVE:
        return "inner"
    return "outer" if low.endswith(_OUTER) else ""


def _placey(lex: Lexicon, base: str, listed: bool) -> bool:
    """``base`` is a gazetteer name or, when ``listed``, a place of the lists that is no common or kept word (a
    frequent one only when long: `vuosaari`, not `kallio`). The Finnish slot takes only the gazetteer: the lists'
    places in lower case are the other place layers' (``hurried_local``, ``hurried_places``)."""
    if base in names():
        return True
    f = lex.get(base) if listed else 0
    return bool(f & PLACE) and not f & (KEEP | COMMON | AMBIG) and (base not in lex.frequent or len(base) >= 8)


def _head_forms() -> dict[str, str]:
    """Every local-case form of a place head -> the head (`kankaalla` -> kangas, `mäkeen` -> mäki), made from the
    heads' stems (``hurried_local.PLACE_WORD_HEADS``): the stem changes ``analyses`` does not undo."""
    out: dict[str, str] = {}
    for head, (weak, strong) in PLACE_WORD_HEADS.items():
        front = not any(c in head for c in "aou")
        for e in ("ssa", "sta", "lla", "lta", "lle"):
            out[weak + (e.replace("a", "ä") if front else e)] = head
        out[strong + ("hon" if strong.endswith("suo") else "seen" if strong.endswith(("kankaa", "rintee"))
                      else strong[-1] + "n")] = head
    return out


_HEAD_FORMS = _head_forms()
_HEAD_LENGTHS = sorted({len(f) for f in _HEAD_FORMS}, reverse=True)


def _place_base(lex: Lexicon, low: str, listed: bool) -> str:
    """The gazetteer name (or, when ``listed``, the listed place) ``low`` is a case form of ('' when none): by
    ``analyses``, or by a place head's stem (`konginkankaalle` -> konginkangas)."""
    for base, _ in analyses(low)[1:]:
        if len(base) >= 4 and _placey(lex, base, listed):
            return base
    for n in _HEAD_LENGTHS:
        head = _HEAD_FORMS.get(low[-n:]) if len(low) > n + 2 else None
        if head and _placey(lex, low[:-n] + head, listed):
            return low[:-n] + head
    return ""


def _word(lex: Lexicon, t: Token) -> bool:
    """A form no place can be: a word of one language, a kept or common word (the gazetteer holds no frequent word;
    a frequent case form of a place is the place: `vuosaaressa`)."""
    low = t.lower
    return not t.text.isalpha() or bool(lex.lang_words.get(low)) or bool(lex.get(low) & (KEEP | COMMON | AMBIG))


def _cand(t: Token, rule: str, key: str, ending: str = "") -> Cand:
    return Cand(t.start, t.end, "LOCATION", "place", f"gazetteer: location ({rule})", PRIO_NAME + 1, key=(key, ""),
                ending=ending)


def _fi_slot(text: str, toks: list[Token], k: int, lex: Lexicon) -> Cand | None:
    """Token k is a Finnish place cue; up to two fillers, then a gazetteer name in a local case."""
    call = toks[k].lower in _CALL
    j = k + 1
    while j < len(toks) and j <= k + 2 and toks[j].lower in _FILLERS and text[toks[j - 1].end : toks[j].start] == " ":
        j += 1
    if j >= len(toks) or text[toks[j - 1].end : toks[j].start] != " ":
        return None
    w = toks[j]
    low = w.lower
    case = _local(low)
    if not case or len(low) < 6 or _word(lex, w) or (call and not low.endswith(("sta", "stä"))):
        return None
    if low in lex.frequent or common_compound(low):
        return None  # `asuu kotikylässä`: a village of the name, but the common noun first
    base = _place_base(lex, low, False)
    if not base or (case == "outer" and lex.get(base) & NAME):
        return None  # `oli X:llä`: at a person's
    ending = next((e for e in (*_INNER, *_OUTER) if low.endswith(e)), low[-3:])
    return _cand(w, "gaz_fi_slot", base, ending)


def _prep(text: str, toks: list[Token], k: int, lex: Lexicon) -> Cand | None:
    """Token k is an English or Swedish place preposition; the gazetteer name after it."""
    if k + 1 >= len(toks) or text[toks[k].end : toks[k + 1].start] != " ":
        return None
    w = toks[k + 1]
    low = w.lower
    if len(low) < 4 or _word(lex, w) or not _placey(lex, low, True) or (low in lex.frequent and low not in names()):
        return None
    if toks[k].lower not in _IN_PREPS and lex.lookup_all(low) & NAME:
        return None  # `from X`, `till X`: a person's name of the lists may be the one it came from
    return _cand(w, "gaz_prep_nominative", low)


def _village_head(text: str, toks: list[Token], k: int, lex: Lexicon, located: bytearray) -> Cand | None:
    """Token k is a village word; the word before is a place found (the village word alone) or a gazetteer name or a
    listed place, maybe in the genitive (both words: `X:n kirkonkylässä`)."""
    if k == 0 or text[toks[k - 1].end : toks[k].start] != " ":
        return None
    prev = toks[k - 1]
    if not prev.text.islower():
        return None  # `Xn kirkonkylässä`: the capitalised place identifies, the village word is a common noun
    c = _cand(toks[k], "gaz_village_head", toks[k].lower)
    if located[prev.start]:
        return c
    low = prev.lower
    if _word(lex, prev) or not (_placey(lex, low, True) or _place_base(lex, low, True)):
        return None
    c.start = prev.start
    return c


def _head(low: str) -> bool:
    """``low`` is a village word or a case form of one (`kirkonkylässä`)."""
    return low.startswith(_HEAD_STARTS) and (low in _HEADS or any(b in _HEADS for b, _ in analyses(low)[1:]))


_SLOT_CUES = _STAY | _CALL  # the Finnish slot cues (_fi_slot)


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New LOCATION candidates of :data:`EVIDENCE` (``cands``: found so far, read only)."""
    if not toks or lang not in ("fi", "sv", "en"):
        return []
    sure = coverage(len(text), cands, lambda c: not c.uncertain)
    located = coverage(len(text), cands, lambda c: c.label == "LOCATION")
    out: list[Cand] = []

    def take(c: Cand | None) -> None:
        if c is None or any(sure[c.start : c.end]):
            return
        out.append(c)
        sure[c.start : c.end] = b"\x01" * (c.end - c.start)
        located[c.start : c.end] = b"\x01" * (c.end - c.start)

    slots = _SLOT_CUES if lang == "fi" else frozenset()
    preps = _PREPS_SV if lang == "sv" else _PREPS_EN  # (fi and en read the English prepositions, as before)
    for k, t in enumerate(toks):
        low = t.lower
        if low in slots and t.text.islower():
            take(_fi_slot(text, toks, k, lex))
        elif low in preps and t.text.islower():
            take(_prep(text, toks, k, lex))
        elif k > 0 and low.startswith(_HEAD_STARTS) and _head(low):  # the cheap test inline: most words fail it
            take(_village_head(text, toks, k, lex, located))
    return out
