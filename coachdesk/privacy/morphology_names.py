"""Lower-case names in Finnish texts by what Finnish morphology (``morphology.py``, Voikko) says of them.

Runs after every other name layer and looks only at lower-case words no detector took, in Finnish texts. A
hurried note writes names, villages and streets in lower case and in any of the fifteen cases; the word
lists miss rare case forms and the names they do not list, and a word in no list may equally be a
compound, a rare inflection or a spoken form. Voikko tells these apart: it reads compounds, every case
and (via ``morphology._SPOKEN``) the common spoken endings.

| id | what | decision | trap (stays) |
|---|---|---|---|
| proper_place | a lower-case word Voikko reads only as a place or a capitalised compound (`paltamosta`, `myyrmäessä`, `lönnrotinkadun`; in a Swedish or English note too when no dictionary word: `i ylläs`), no word of the lists | place / street, certain | `haukiputaan` (also a common noun), `iin` (a frequent form) |
| proper_person | a lower-case word Voikko reads only as a given name or surname (`wahlroosin`, `eevin`), no word of the lists | person, certain (in a local case, `rautiolla`, also asked: a village or farm may bear the name) | `tuiskulle` (also a noun), `onnin` (also a noun) |
| listed_given | a lower-case word that is itself a given name of the lists (`jevgeni`, `madina`) or a case of one on a stem of four letters or more (`rameshin`), no word of the lists, of Voikko or of the Swedish and English dictionaries, and no language's name (`daria`: Dari), however frequent the form (the frequency list was counted from lower-cased text, where names count as words); four letters are enough | person, replaced and asked | `daria`, `karenin` (languages), `ootko`, `eiks` (spoken forms on a short stem), `ottais` (a spoken conditional), `onnaa` (onnea) |
| unknown_start | a capitalised word opening a sentence, in no list, no Finnish word nor a spoken form of one, of a foreign name's shape, five letters or more (`Oduya ei tullut`) | person, replaced and asked | `Asiakasnro`, `Hetu`, `Fibromyalgia`, `Pingatkaa`, `Tsekkasin`, `Zumba voi` (a rare letter: foreign_shapes.py weighs it) |
| unknown_no_word | a lower-case word in no list, no word of the text's language (Finnish: nor a spoken form of one, a Swedish or English word, or a compound cut short, `kipu|poli`), of a foreign name's shape, five letters or more (`jaswinder`, `yeisonin`); at most one word form per 300 characters | person, replaced and asked | `fibromyalgia`, `reumatoid` (a diagnosis ending), `asiakasnro` (an abbreviation ending), `kakskyt`, `kipupoli` (a compound cut short) |

Without Voikko this module adds nothing.
"""

from __future__ import annotations

import bisect

from coachdesk.privacy import morphology, spelling
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.hurried_people import name_shape, not_name, ordinary_word
from coachdesk.privacy.inflection import analyses, ending_of
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, KEEP, PLACE, SUR, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, PRIO_WEAK, Cand
from coachdesk.privacy.spoken_numbers import fi_cardinal
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("proper_place", "a lower-case word Finnish morphology reads only as a place or a capitalised compound"),
        Rule("proper_person", "a lower-case word Finnish morphology reads only as a given name or surname"),
        Rule("listed_given", "a lower-case word that is itself a listed given name (or its case), no word of any dictionary, however frequent: replaced and asked"),
        Rule("unknown_start", "a capitalised sentence opener in no list and no Finnish word, of a foreign name's shape: hidden and asked"),
        Rule("unknown_no_word", "a lower-case word in no list and no word of the text's language, of a foreign name's shape: hidden and asked"),
    )
}

_STREET_HEADS = ("katu", "tie", "kuja", "polku", "väylä", "raitti", "kaari", "rinne", "puistikko", "bulevardi", "tori")
_MEDICAL_ENDS = ("ia", "ian", "iaa", "ea", "ean", "iitti", "iitin", "oosi", "oosin", "uura", "uuran", "oma", "ooma",
                 "it", "itis", "osis", "ic", "covid", "oid", "oidi")  # Swedish and English diagnoses too: epikondylit, psoriatic
_ABBREVIATION_ENDS = ("nro", "hlö", "lkm", "pvm", "tod", "yht", "ym", "nr", "avd", "nteckn")
_ORDINAL_STARTS = ("eka", "toka", "kolmas", "neljäs", "viides")
_LOCAL_CASES = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä")
_SHAPE_LETTERS = frozenset("qwxzcå")
_PAST_FIRST = ("asin", "äsin", "isin", "esin", "osin", "usin", "ysin")  # tsekkasin, googlasin: a first person past
_STUB = 4  # letters after a Finnish word that make a cut-short compound
_EPONYMS = words("MEDICAL_EPONYMS")  # `de quervain surgery`: a diagnosis, in lower case too
_LANGUAGES = words("SLOT_NOT_NAME")  # languages and nationalities: `puhuu daria`, `karenin tulkki`
_LANGUAGE_ENDING = 3  # letters of a case ending after a language's name (dari|a, karen|ia)
_SAME_NAME = 5  # first letters the forms of one name share
QUESTION_CHARS = 300  # at most one word form asked about by this layer per so many characters
_MIN_PROPER = 4  # letters: `iin` (Ii) and `pal` are left to the lists
_SV_COMPOUND = 12  # letters: a Swedish word this long may be a compound of two dictionary words
_MIN_UNLISTED = 5  # letters: `hetu`, `hyn`, `seur` are shorthand


def add(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand],
        undecided: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Add the candidates of :func:`find` to ``cands``; the questions, with this layer's."""
    found, undecided = find(text, toks, lex, lang, cands, undecided)
    cands.extend(found)
    return undecided


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand],
         undecided: list[tuple[int, int, str]]) -> tuple[list[Cand], list[tuple[int, int, str]]]:
    """New candidates and questions of :data:`RULES` (``cands``: everything found so far)."""
    fi = lang == "fi"
    if not toks or not (morphology.available() if fi else lang in ("sv", "en") and spelling.available(lang)):
        return [], undecided
    covered = bytearray(len(text))
    for c in cands:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    out: list[Cand] = []
    more: list[tuple[int, int, str]] = []
    source = "Finnish morphology" if fi else "dictionary"
    for t in toks:
        w = t.text
        if len(w) < _MIN_PROPER or not w.isalpha() or covered[t.start]:
            continue
        if not w.islower():
            if t.sent_start and w[1:].islower() and (hit := _unknown_start(t, lex, lang, source)) is not None:
                out.append(hit)
            continue
        low = t.lower
        if not fi and spelling.word_like(low):
            continue  # a Swedish or English word (most words of such a note: one cached look-up)
        found = morphology.readings(low)  # in a Swedish or English note too: a Finnish place or name (levi, lammi)
        if found and not morphology.proper_only(found):
            continue  # a Finnish word
        flags = lex.lookup_all(w)
        if not_name(low) or low in _EPONYMS or flags & KEEP or (fi and lex.lang_words.get(low)):
            continue
        if found:  # only a proper noun to Voikko, however frequent the form (wahlroosin); not the lists' crude stems
            out.append(_proper(t, found, low))
        elif not _no_word(low, lang):
            continue  # a word of a dictionary, a spoken form or a compound cut short
        elif _listed_given(lex, low):
            out.append(Cand(t.start, t.end, "PERSON", "person", f"{source} (listed_given)", PRIO_WEAK,
                            key=(_base(lex, low), ""), uncertain=True))
        elif (not flags & FIRST
              and not (fi and (low in lex.frequent or ordinary_word(lex, low))) and _unlisted_shape(lex, low, lang)
              and _foreign_shape(low) and not (fi and _compound(lex, _genitive_stem(low)))):
            more.append((t.start, t.end, w))
    out.extend(Cand(s, e, "PERSON", "person", f"{source} (unknown_no_word)", PRIO_WEAK, key=(w.lower(), ""),
                    uncertain=True) for s, e, w in _within_budget(text, more))
    return out, undecided


def _listed_given(lex: Lexicon, low: str) -> bool:
    """The form itself is a listed given name (`jevgeni`, `farida`), or a case of one with a stem of four letters or
    more (`faridalta`), no word of the lists and no language's name (`daria`: Dari, `karenin`). The frequency
    list does not count against it: it was counted from lower-cased text, where a name is as frequent as a word."""
    exact = lex.get(low)
    flags, _, stem = lex.lookup(low)
    if (exact | flags) & (COMMON | AMBIG | KEEP | PLACE) or not (exact & FIRST or (flags & FIRST and stem >= _MIN_PROPER)):
        return False
    return not any(low.startswith(lang) and len(low) - len(lang) <= _LANGUAGE_ENDING for lang in _LANGUAGES)


def _unknown_start(t: Token, lex: Lexicon, lang: str, source: str) -> Cand | None:
    """A capitalised word opening a sentence, in no list, no word of the text's language (nor a spoken form of a
    Finnish one), of a foreign name's shape (`Oduya ei tullut`): hidden and asked."""
    low = t.lower
    if any(ch in _SHAPE_LETTERS for ch in low) or (len(low) >= 7 and low.endswith(_PAST_FIRST)):
        return None  # a rare letter is foreign_shapes.py's to weigh (`Zumba voi`); `Tsekkasin`: a spoken verb
    if (low in lex.frequent or lex.lang_words.get(low) or lex.lookup_all(t.text) or not _unlisted_shape(lex, low, lang)
            or not _foreign_shape(low) or not _no_word(low, lang) or ordinary_word(lex, low)
            or (lang != "fi" and spelling.known(t.text, lang)) or (lang == "fi" and _compound(lex, _genitive_stem(low)))):
        return None
    return Cand(t.start, t.end, "PERSON", "person", f"{source} (unknown_start)", PRIO_WEAK, key=(low, ""),
                uncertain=True)


def _no_word(low: str, lang: str) -> bool:
    """No word of the text's language: no Voikko reading in a Finnish text; in a Swedish or English one no word of
    either dictionary (a note switches between them) and no Finnish word."""
    if lang == "fi":
        return morphology.readings(low) == () and not spelling.word_like(low) and not _truncated_compound(low)
    return not spelling.word_like(low) and not morphology.readings(low) and not (lang == "sv" and _sv_compound(low))


def _sv_compound(low: str) -> bool:
    """A long Swedish word written together from two dictionary words (`deltids|sjukdagpenning`); a name of
    compound shape is shorter (`bergström`, `lindholm`) and its parts are seldom both words."""
    if len(low) < _SV_COMPOUND:
        return False
    return any(spelling.known(low[:i], "sv") and spelling.known(low[i:], "sv") for i in range(4, len(low) - 4))


def _truncated_compound(low: str) -> bool:
    """A Finnish word of four letters or more, then a short stub: a compound cut short (`kipu|poli`, `pika|kys`)."""
    return any(morphology.common_word(low[:i]) for i in range(max(4, len(low) - _STUB), len(low) - 1))


def _within_budget(text: str, asked: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The first names, at most one per :data:`QUESTION_CHARS` characters, every form of each (the forms of one
    name share their first letters: `jaswinder`, `jaswinderin`; one answer settles them all)."""
    budget = max(1, len(text) // QUESTION_CHARS)
    names: list[str] = []
    for _, _, w in asked:
        if w.lower()[:_SAME_NAME] not in names:
            names.append(w.lower()[:_SAME_NAME])
    keep = set(names[:budget])
    return [q for q in asked if q[2].lower()[:_SAME_NAME] in keep]


def _proper(t: Token, found: tuple[tuple[str, str], ...], low: str) -> Cand:
    base = found[0][1]
    if morphology.place_reading(found):
        if base.lower().endswith(_STREET_HEADS):
            return Cand(t.start, t.end, "ADDRESS", "street", "Finnish morphology (proper_place)", PRIO_NAME)
        return Cand(t.start, t.end, "LOCATION", "place", "Finnish morphology (proper_place)", PRIO_NAME)
    stem = next((n for b, n in analyses(low) if b == base.lower()), 0)  # niska|selle: Niskanen's stem
    local = low.endswith(_LOCAL_CASES)  # `rautiolla`: a surname, or the village or farm it names: hidden and asked
    return Cand(t.start, t.end, "PERSON", "person", "Finnish morphology (proper_person)", PRIO_NAME,
                key=(base.lower(), ""), ending=ending_of(low, stem) if 0 < stem < len(low) else "", uncertain=local)


def _unlisted_shape(lex: Lexicon, low: str, lang: str) -> bool:
    """Long enough for a name, and no shorthand or number word (`hetu`, `asiakasnro`, `asiak`, `kakskyt`)."""
    return (len(low) >= _MIN_UNLISTED and not low.endswith(_ABBREVIATION_ENDS) and not _spoken_number(low)
            and not _abbreviation(lex, low, lang))


def _spoken_number(low: str) -> bool:
    """A number said as a word (`kakskyt`, `ekaks`)."""
    return fi_cardinal(low) is not None or low.startswith(_ORDINAL_STARTS)


def _abbreviation(lex: Lexicon, low: str, lang: str) -> bool:
    """The start of a longer frequent word (`asiak`, `muist`, `allekirj`): shorthand, no name. In a Swedish or
    English note two letters more at least (`bosse` is no shorthand of `bosses`)."""
    forms = _sorted_frequent(lex)
    i = bisect.bisect_right(forms, low)
    more = 1 if lang == "fi" else 2
    return i < len(forms) and forms[i].startswith(low) and len(forms[i]) >= len(low) + more


_SORTED: list[tuple[frozenset[str], list[str]]] = []  # (the lexicon's frequent forms, the same sorted)


def _sorted_frequent(lex: Lexicon) -> list[str]:
    """The frequent word forms, sorted (built once per lexicon's set; a reloaded lexicon replaces it)."""
    if not _SORTED or _SORTED[0][0] is not lex.frequent:
        _SORTED[:] = [(lex.frequent, sorted(lex.frequent))]
    return _SORTED[0][1]


def _base(lex: Lexicon, low: str) -> str:
    """The listed name a form stands for (`rameshin` → ramesh), else the form."""
    for b, _ in analyses(low):
        if lex.lookup_all(b) & (FIRST | SUR):
            return b
    return low


def _foreign_shape(low: str) -> bool:
    """A foreign name's shape (``hurried_people.name_shape``: no ä/ö/å, no Finnish case or verb ending) and no
    diagnosis ending (`fibromyalgia`)."""
    return name_shape(low) and not low.endswith(_MEDICAL_ENDS)


def _compound(lex: Lexicon, low: str) -> bool:
    """Ends in a Finnish common word of four letters or more (`rek|kari`, `kirkas|valo`) or in a frequent word of
    five or more (`kipu|poliklinikalla`)."""
    for i in range(3, len(low) - 3):
        tail = low[i:]
        if (len(tail) >= 5 and ordinary_word(lex, tail)) or morphology.common_word(tail):
            return True
    return False


def _genitive_stem(low: str) -> str:
    """A foreign stem before the genitive `-in` (`volkov|in`), else the word."""
    if low.endswith("in") and len(low) > 5 and low[-3] not in "aeiouyäö":
        return low[:-2]
    return low

