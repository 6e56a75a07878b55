"""People and places of hurried lower-case phone notes (fi, sv, en) by the slot they stand in.

Runs after ``scrubber._word_names`` (it sees every name layer's findings) and only adds candidates, except the one
veto row (``kin_case_noun``), which drops a lower-case kin noun another layer took for a name. A given name here is
*name-like*: a listed given name that is no word of the text's language, no common, kept or place word
(`kadri`, `hamdi`), or a lower-case word in no list, no frequent word nor a case form of one, no finite verb, with two
vowels or more and a foreign name's shape (no ä/ö/å, no Finnish case or verb ending: ``hurried_people.unknown_word``).
Finnish case forms are read back to such a stem (`X:lle`, `X:ltä`, `X:n`, a linking `-i-` after a consonant).
Cue words are sections of the cue files (``SLOT_*``, ``TRAVEL_*``, ``CITY_WORD_TRAPS``, ``TOWN_MOVE_CUES``); the
cities are ``world_cities.txt``; the municipalities' case forms come from ``place_cases``.

| id | shape (invented examples) | trap |
|---|---|---|
| kin_unlisted_name | a kin or relation noun, then a lower-case name-like word (`vaimo X taustalla`, `frugan X oroar sig`, `hos syster X`, `sister X was there`) | `vaimo noin kymmenen`, `poika kipeenä`, `syster till`, a Swedish verb before `inte`/`att` (`sambo ville inte`) |
| kin_case_agree | a Finnish kin noun in a case, then a name-like stem in the same case (`veljeltä X:ltä`, `siskolle X:lle`) | `veljeltä viestin`, `siskolle kelasta` |
| call_unlisted_case | a call, ask or message verb, then a name-like stem in the allative or ablative (`soitin X:lle`, `sain X:ltä`) | `soitin kelalle`, `soitin lääkärille` |
| genitive_contact | a name-like genitive before a contact word (`X:n nro 040…`, `Xn numero`, `Xs nummer`, `X's new number`) | `asiakkaan numero`, `kelan nro` |
| subject_verb_name | a name-like word opening a line or sentence, then a person's verb (`X vastas et`, `X vie korjaukseen`, `X e sjuk`, `X oroar sig`, `. X soittaa mulle`, `X will call`) | `ok vie`, `det e bra`, `tmrw will` |
| word_name_said_from | a listed given name that is also a word, opening a line or sentence, an elative, then a speech verb (`lempi X:stä oli sanonu`, `toivo X:stä soitti`) | `toivo paremmasta`, `lempi ruoka on` |
| message_word_name | a message or call word, then the allative of a listed given name that is also a word (`viestiä voitolle`, `soitto toivolle`) | `myi voitolle`, `viesti kelalle` |
| kin_case_noun | (veto) a lower-case Finnish kin noun in a case is no name (`sain veljeltä`, `soitin serkulle`) | — |
| town_case_after_move | a verb of moving or staying, up to two adverbs, then a municipality of the list in a local case by the generated forms (`tuli eilen kotkasta`, `muutti virroille`, `asuu alavudella`) | `tuli eilen kotiin`, municipalities of `PLACE_LOCAL_NOT` |
| city_after_travel | a verb of travel or living (a filler or two; sv/en a preposition), then a lower-case world capital or big city (`lähtee kabuliin`, `åker till riga`, `going to damascus`) | `going to nice places`, `going to bath the kids`, `the male client` |
"""

from __future__ import annotations

import bisect
import threading

from coachdesk.privacy import name_trace
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.hurried_people import not_name, ordinary_word
from coachdesk.privacy.hurried_style import SHORTHAND, hurried_lines
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, KEEP, PLACE, Lexicon, data_dir
from coachdesk.privacy.name_words import foreign
from coachdesk.privacy.place_cases import town_of
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.verbs import SV_AFTER_VERB, is_finite_verb

RULES = {
    r.id: r
    for r in (
        Rule("kin_unlisted_name", "a kin or relation noun, then a lower-case listed or foreign-shaped given name"),
        Rule("kin_case_agree", "a Finnish kin noun in a case, then a name-like stem in the same case (veljeltä X:ltä)"),
        Rule("call_unlisted_case", "a call/ask/message verb, then a name-like stem in the allative or ablative"),
        Rule("genitive_contact", "a name-like genitive before a contact word (X:n nro, Xs nummer, X's new number)"),
        Rule("subject_verb_name", "a name-like word opening a line or sentence, then a person's verb (X vastas et)"),
        Rule("word_name_said_from", "a word-name opening a sentence, an elative, then a speech verb (lempi X:stä sano)"),
        Rule("message_word_name", "a message or call word, then the allative of a word-name (viestiä voitolle)"),
        Rule("kin_case_noun", "veto: a lower-case Finnish kin noun in a case is no name (sain veljeltä)"),
        Rule("town_case_after_move", "a verb of moving or staying, then a municipality in a local case (generated forms)"),
        Rule("city_after_travel", "a verb of travel, then a lower-case world capital or big city (lähtee kabuliin)"),
    )
}

_KIN = (words("SLOT_KIN") | words("HURRIED_KIN_ROLE") | words("KIN_SLANG") | words("HURRIED_NAME_ROLES")
        | words("HURRIED_PEOPLE_SV_KIN")) - {"ma", "pa", "mate", "man", "mies"}
_KIN_ONLY = (words("SLOT_KIN") | words("HURRIED_KIN_ROLE") | words("KIN_SLANG")) - {"ma", "pa", "mate", "man", "mies"}
_NOT_NAME = words("SLOT_NOT_NAME")  # languages and nationalities after `tulkki`, `vaimo` … (`tulkki dari`)
_KIN_FI = words("HYPHEN_KIN") | words("KIN_SLANG") | words("HURRIED_KIN_ROLE") | words("SLOT_KIN")
_KIN_HEADS = frozenset(w[:3] for w in _KIN_FI)  # the first letters of a kin noun: most words fail at one look-up
_CALL = (words("HURRIED_ASK_CALL_VERBS") | words("GOT_FROM") | words("WORD_NAME_MEET") | words("LOWER_CTX_BEFORE")
         | words("SLOT_MESSAGE"))
_CONTACT = words("HURRIED_CONTACT") | words("SLOT_CONTACT")
_SUBJ = (words("SLOT_SUBJECT_VERBS") | words("HURRIED_TALK_AFTER") | words("KIN_SLANG_VERBS") | words("FI_PERSON_VERBS")
         ) - {"back", "later", "again", "today", "tomorrow", "tmrw", "asap", "ei"}
# an auxiliary or copula: after a listed name enough; after an unlisted word only before a person's verb or state
_AUX = words("SLOT_SUBJECT_AUX") | words("SV_SUBJECT_VERBS") | words("EN_SUBJ_VERBS")
_PERSON_NEXT = (words("KIN_SLANG_VERBS") | words("HURRIED_TALK_AFTER") | words("PERSON_PREDICATES")
                | words("HUMAN_STATES") | words("SLOT_PERSON_NEXT"))
_SAID = words("SLOT_SAID") | words("NOTE_PEOPLE_REPORT") | words("HURRIED_TALK_AFTER") - {"ei", "tuli", "tulee", "tullu"}
_SAID_AUX = words("SLOT_SAID_AUX")
_MESSAGE = words("SLOT_MESSAGE") | words("HURRIED_ASK_CALL_VERBS")
_TRAVEL = words("TRAVEL_VERBS")
_TRAVEL_FILL = words("TRAVEL_FILLERS") | words("HURRIED_STAY_ADVERBS")
_PREPS = words("TRAVEL_PREPS")
_CITY_TRAPS = words("CITY_WORD_TRAPS")
_TOWN_CUES = (words("TOWN_MOVE_CUES") | words("HURRIED_MOVE_VERBS") | words("HURRIED_STAY_VERBS")
              | words("HURRIED_RESIDENCE") | words("PLACE_COMPOUND_CUES")) - {"oli", "olin", "olivat", "ollu", "ollut"}
_LOCAL_NOT = words("PLACE_LOCAL_NOT")
_PERSON_CASES = ("lle", "lta", "ltä", "lla", "llä")
_LOCAL = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "an", "en", "in", "on", "un", "än", "ön",
          "yn", "hin", "seen")
_VOWELS = "aeiouyäö"
# Finnish case and verb endings and long final vowels: no foreign name's shape (as hurried_people's unknown words)
_FI_ENDINGS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "nsa", "nsä", "mme", "tte",
               "vat", "vät", "nut", "nyt", "aan", "ään", "isi", "tiin", "nen", "aa", "ee", "ii", "oo", "uu", "yy")
_STOP = ".!?;:"


def _cand(t: Token, rule: str, key: str, label: str = "PERSON", end: int = 0, ending: str = "") -> Cand:
    kind = "person" if label == "PERSON" else "place"
    return Cand(t.start, end or t.end, label, kind, f"lower slot ({rule})", PRIO_NAME + 6, key=(key, ""),
                ending=ending)


def _vowels(low: str) -> int:
    return sum(ch in _VOWELS for ch in low)


def _listed_given(lex: Lexicon, low: str, lang: str) -> bool:
    """A listed given name that is no word of the text's language, no common, ambiguous, kept or place word, and no
    Finnish word that inflects in a Finnish text (`kunto`, `kuntoa`; not `mehmet`)."""
    flags = lex.get(low)
    return (len(low) >= 3 and low.isalpha() and bool(flags & FIRST) and not flags & (COMMON | AMBIG | KEEP | PLACE)
            and lex.lang_words.get(low) != lang and not not_name(low) and low not in SHORTHAND
            and not (lang == "fi" and _inflecting_word(lex, low)))


def _inflecting_word(lex: Lexicon, low: str) -> bool:
    """A frequent word form whose partitive is a frequent word form too, and no name (`kunto` … `kuntoa`)."""
    if low not in lex.frequent or foreign(low):
        return False
    return any(low + e in lex.frequent and not lex.get(low + e) & FIRST for e in ("a", "ä", "ta", "tä"))


def _unknown(lex: Lexicon, low: str) -> bool:
    """A lower-case word of no language nor a case form of one, in no list but as a name's form (`dritan`), no
    finite verb, with two vowels or more and a foreign name's shape (a final `-ee` too: `dorjee`; not `menee`)."""
    if len(low) < 4 or _vowels(low) < 2 or low in SHORTHAND or low in _KIN or not low.isalpha() or not_name(low):
        return False
    if lex.lookup_all(low) & (COMMON | AMBIG | KEEP | PLACE) or ordinary_word(lex, low) or is_finite_verb(low, lex):
        return False
    shape = low[:-1] if low.endswith("ee") and not any(ch in "äöåy" for ch in low) else low
    return not any(ch in "äöå" for ch in shape) and not shape.endswith(_FI_ENDINGS) and not _compound(lex, low)


def _compound(lex: Lexicon, low: str) -> bool:
    """Two frequent words of four letters or more written as one (`iltasatu`), the head no word of another
    language only (`siri|porn` is no Finnish compound)."""
    for i in range(4, len(low) - 3):
        head, tail = low[:i], low[i:]
        if head in lex.frequent and tail in lex.frequent and lex.lang_words.get(tail) in (None, "fi", "sv"):
            return True
    return False


def name_like(lex: Lexicon, low: str, lang: str) -> bool:
    """A listed given name (no word here) or an unknown word of a foreign name's shape."""
    return _listed_given(lex, low, lang) or _unknown(lex, low)


def _name_stem(lex: Lexicon, stem: str, lang: str, strict: bool) -> bool:
    return _listed_given(lex, stem, lang) or ((not strict or foreign(stem)) and _unknown(lex, stem))


def _stems(low: str, end: str) -> list[str]:
    """The stems a Finnish ending ``end`` may follow in ``low``: as written, without a linking -i-, -kse- -> -s."""
    stem = low[: -len(end)]
    out = [stem]
    if stem.endswith("i") and len(stem) >= 4 and stem[-2] not in _VOWELS:
        out.append(stem[:-1])  # gurpreet|i|lle
    if stem.endswith("kse"):
        out.append(stem[:-3] + "s")  # yonakse|lle
    return out


def _case_stem(lex: Lexicon, t: Token, ends: tuple[str, ...], lang: str, text: str,
               strict: bool = False) -> tuple[str, str] | None:
    """(stem, ending) when ``t`` is a name-like stem in one of the Finnish cases ``ends`` (also `X:lle`);
    ``strict``: an unlisted stem only with letter sequences Finnish words lack (``name_words.foreign``)."""
    low = t.lower
    if text[t.end : t.end + 1] == ":":  # X:lle, X:n: the token is the stem, the ending follows the colon
        tail = text[t.end + 1 : t.end + 5].split(" ", 1)[0].rstrip(".,;!?")
        if tail in ends and _name_stem(lex, low, lang, strict):
            return low, tail
        return None
    if ordinary_word(lex, low) or lex.lookup_all(t.text) & (COMMON | KEEP | PLACE) or is_finite_verb(t.text, lex):
        return None
    for end in ends:
        if low.endswith(end) and len(low) - len(end) >= 3:
            for stem in _stems(low, end):
                if _name_stem(lex, stem, lang, strict) and stem not in _KIN:
                    return stem, end
    return None


def _plain(t: Token) -> bool:
    return t.text.isalpha() and t.text.islower()


def _gap(text: str, a: Token, b: Token) -> bool:
    """Only one space between the two tokens."""
    return text[a.end : b.start] == " "


def _opens(text: str, toks: list[Token], k: int) -> bool:
    """Token k opens a line or a sentence (after a full stop of a hurried note too)."""
    if k == 0 or toks[k].sent_start:
        return True
    between = text[toks[k - 1].end : toks[k].start]
    return "\n" in between or between.strip()[:1] in tuple(_STOP)


def _kin_form(lex: Lexicon, low: str) -> str:
    """The case ending when ``low`` is a Finnish kin noun in a case other than the nominative ('' otherwise)."""
    if low[:3] not in _KIN_HEADS:  # most words: one set look-up
        return ""
    for base, sl in analyses(low)[1:]:
        if base in _KIN_FI and sl < len(low):
            return low[sl:]
    return ""


def _person(text: str, toks: list[Token], k: int, lex: Lexicon, lang: str) -> Cand | None:
    """The person rules at token k (lower-case)."""
    t = toks[k]
    low = t.lower
    prev = toks[k - 1] if k > 0 and _gap(text, toks[k - 1], t) else None
    nxt = toks[k + 1] if k + 1 < len(toks) and _gap(text, t, toks[k + 1]) else None
    plow = prev.lower if prev is not None else ""
    # X's new number / X's phone (English possessive in one token)
    if low.endswith(("'s", "’s")) and nxt is not None and nxt.lower in _CONTACT:
        base = low[:-2]
        if name_like(lex, base, lang) and base.isalpha():
            return _cand(t, "genitive_contact", base, end=t.end - 2)
        return None
    if not _plain(t) or len(low) < 3:
        return None
    if lang == "sv" and nxt is not None and nxt.lower in SV_AFTER_VERB:
        return None  # "sambo ville inte flytta": a verb (vilja)
    if plow in _KIN and prev is not None and prev.text.islower() and low not in _NOT_NAME and (
            _listed_given(lex, low, lang) or (plow in _KIN_ONLY and _kin_unknown(text, toks, k, lex, lang))):
        return _cand(t, "kin_unlisted_name", low)
    if lang == "fi" and prev is not None and prev.text.islower():
        kin_end = _kin_form(lex, plow) if plow[:2] != low[:2] else ""
        if kin_end and kin_end in ("n", "lle", "lta", "ltä", "lla", "llä", "sta", "stä", "ssa", "ssä"):
            hit = _case_stem(lex, t, (kin_end, kin_end.replace("a", "ä"), kin_end.replace("ä", "a")), lang, text)
            if hit is not None:
                return _cand(t, "kin_case_agree", hit[0], ending=hit[1])
        if plow in _CALL:
            hit = _case_stem(lex, t, _PERSON_CASES, lang, text, strict=True)
            if hit is not None:
                return _cand(t, "call_unlisted_case", hit[0], ending=hit[1])
            if plow in _MESSAGE and low.endswith("lle") and text[t.end : t.end + 1] != ":":
                flags, base, sl = lex.lookup(t.text)
                if flags & FIRST and flags & AMBIG and not flags & (KEEP | PLACE) and sl < len(low):
                    return _cand(t, "message_word_name", base, ending=low[sl:])
    if nxt is not None and nxt.lower in _CONTACT:
        if lang == "fi":
            hit = _case_stem(lex, t, ("n",), lang, text)
            if hit is not None:
                return _cand(t, "genitive_contact", hit[0], ending="n")
        elif lang == "sv" and low.endswith("s") and name_like(lex, low[:-1], lang):
            return _cand(t, "genitive_contact", low[:-1], ending="s")
    if (lang == "fi" and text[t.end : t.end + 2] == ":n" and not text[t.end + 2 : t.end + 3].isalpha()
            and k + 2 < len(toks) and toks[k + 2].lower in _CONTACT and name_like(lex, low, lang)):
        return _cand(t, "genitive_contact", low)
    if nxt is not None and _opens(text, toks, k):
        if _subject(text, toks, k, lex, lang):
            return _cand(t, "subject_verb_name", low)
        nlow = nxt.lower
        if lang == "fi" and nlow.endswith(("sta", "stä")) and len(nlow) >= 6 and k + 2 < len(toks):
            flags = lex.get(low)
            if flags & FIRST and not flags & (KEEP | PLACE) and _said_after(text, toks, k + 2):
                return _cand(t, "word_name_said_from", low)
    return None


def _subject(text: str, toks: list[Token], k: int, lex: Lexicon, lang: str) -> bool:
    """Token k (opening a line or sentence) is a person before a verb: a listed given name before a person's verb, an
    auxiliary or (Finnish) any finite verb; an unlisted word before a person's verb, or an auxiliary and a person's
    verb or state (`X e sjuk`, `X will call`; not `X is prescribed`, a drug's or a service's name)."""
    low, nxt = toks[k].lower, toks[k + 1]
    nlow = nxt.lower
    person_verb = nlow in _SUBJ or (nlow in _AUX and k + 2 < len(toks) and _gap(text, nxt, toks[k + 2])
                                    and toks[k + 2].lower in _PERSON_NEXT)
    if person_verb and _unknown(lex, low) and _hurried_line(text, toks[k].start):
        return True
    verb = person_verb or nlow in _AUX or (lang == "fi" and nxt.text.islower() and is_finite_verb(nxt.text, lex))
    return verb and _listed_given(lex, low, lang)


_AFTER_NAME = frozenset(("ja", "ok", "och", "and", "i", "på", "hos", "från", "med", "in", "at", "from", "with", "to"))
_STAY_ENDS = ("lla", "llä", "ssa", "ssä", "na", "nä", "sta", "stä", "lta", "ltä", "lle")


def _kin_unknown(text: str, toks: list[Token], k: int, lex: Lexicon, lang: str) -> bool:
    """Token k, after a kin noun, is an unlisted word of a foreign name's shape on a hurried line, closed by a
    boundary, and with letter sequences Finnish words lack or a person's verb right after (`frugan X oroar sig`)."""
    low = toks[k].lower
    if not _unknown(lex, low) or not _hurried_line(text, toks[k].start) or not _closes_name(text, toks, k, lex, lang):
        return False
    nxt = toks[k + 1].lower if k + 1 < len(toks) and text[toks[k].end : toks[k + 1].start] == " " else ""
    return foreign(low) or nxt in _SUBJ


def _closes_name(text: str, toks: list[Token], k: int, lex: Lexicon, lang: str) -> bool:
    """After token k a name can end: punctuation or the line end, a verb, a word in a local case or essive (`X
    taustalla`), a joining word or a small preposition (`X ja`, `X i stan`), a bracket or a number."""
    if k + 1 >= len(toks):
        return True
    gap = text[toks[k].end : toks[k + 1].start]
    if gap != " ":
        return "\n" in gap or gap.strip()[:1] in tuple(",.;:!?()–-")
    nxt = toks[k + 1]
    nlow = nxt.lower
    if nlow in _AFTER_NAME or nlow in _SUBJ or nlow in _AUX or nxt.text[:1].isdigit():
        return True
    if lang == "fi":
        return nlow.endswith(_STAY_ENDS) or is_finite_verb(nxt.text, lex)
    return False


def _hurried_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is written in a hurry (lower-case start, shorthand …: ``hurried_style``)."""
    lines = hurried_lines(text)  # in order, shared per scrub call: a binary search, not a scan
    i = bisect.bisect_right(lines, (pos, len(text) + 1)) - 1
    return i >= 0 and lines[i][0] <= pos < lines[i][1]


def _said_after(text: str, toks: list[Token], j: int) -> bool:
    """A speech verb at token j, or an auxiliary and a speech verb (`oli sanonu`)."""
    if not _gap(text, toks[j - 1], toks[j]):
        return False
    if toks[j].lower in _SAID:
        return True
    return (toks[j].lower in _SAID_AUX and j + 1 < len(toks) and _gap(text, toks[j], toks[j + 1])
            and toks[j + 1].lower in _SAID)


# --- places ----------------------------------------------------------------------------------------------------------

_CITY_LOCK = threading.Lock()
_CITIES: frozenset[str] | None = None


def cities() -> frozenset[str]:
    """The shipped world capitals and big cities, lower case (``world_cities.txt``)."""
    global _CITIES
    with _CITY_LOCK:
        if _CITIES is None:
            lines = (data_dir() / "world_cities.txt").read_text(encoding="utf-8").splitlines()
            _CITIES = frozenset(x.strip().lower() for x in lines if x.strip() and not x.startswith("#"))
        return _CITIES


def _city(lex: Lexicon, low: str, lang: str, inflected: bool) -> str:
    """The city ``low`` names ('' when none): as written, or (Finnish) a case form of one."""
    if low in _CITY_TRAPS or lex.get(low) & (KEEP | COMMON):
        return ""
    found = cities()
    if low in found:
        return low
    if inflected:
        for base, sl in analyses(low)[1:]:
            if base in found and sl < len(low) and low.endswith(_LOCAL) and base not in _CITY_TRAPS:
                return base
    return ""


def _travel(text: str, toks: list[Token], k: int, lex: Lexicon, lang: str, covered: bytearray) -> Cand | None:
    """Token k is a verb of travel; a filler or two (sv/en: a preposition), then a city."""
    j = k + 1
    fill = 0
    while j < len(toks) and fill < 2 and _gap(text, toks[j - 1], toks[j]) and toks[j].lower in _TRAVEL_FILL:
        j += 1
        fill += 1
    if lang in ("sv", "en"):
        while j < len(toks) and toks[j].lower in ("back", "home", "hem", "tillbaka", "over") and _gap(text, toks[j - 1], toks[j]):
            j += 1
        if j >= len(toks) or toks[j].lower not in _PREPS or not _gap(text, toks[j - 1], toks[j]):
            return None
        j += 1
    if j >= len(toks) or not _gap(text, toks[j - 1], toks[j]):
        return None
    t = toks[j]
    if not t.text.replace("-", "").isalpha() or not t.text.islower() or covered[t.start]:
        return None
    # two or three words (`addis ababa`, `ho chi minh`): the longest listed one
    for n in (3, 2):
        if j + n - 1 < len(toks) and all(_gap(text, toks[i], toks[i + 1]) for i in range(j, j + n - 1)):
            last = toks[j + n - 1]
            if not last.text.islower():
                continue
            head = " ".join(x.lower for x in toks[j : j + n - 1])
            city = _city(lex, f"{head} {last.lower}", lang, False)
            if not city and lang == "fi":
                base = next((b for b, sl in analyses(last.lower)[1:] if f"{head} {b}" in cities()), "")
                city = f"{head} {base}" if base else ""
            if city:
                return _cand(t, "city_after_travel", city, "LOCATION", end=last.end)
    city = _city(lex, t.lower, lang, lang == "fi")
    if not city or (lang == "fi" and city == t.lower and city not in cities()):
        return None
    return _cand(t, "city_after_travel", city, "LOCATION")


def _town(text: str, toks: list[Token], k: int, lex: Lexicon, covered_loc: bytearray) -> Cand | None:
    """Token k is a verb of moving or staying; up to two adverbs, then a municipality in a local case."""
    j = k + 1
    while j < len(toks) and j <= k + 2 and toks[j].lower in _TRAVEL_FILL and _gap(text, toks[j - 1], toks[j]):
        j += 1
    if j >= len(toks) or not _gap(text, toks[j - 1], toks[j]):
        return None
    t = toks[j]
    low = t.lower
    if covered_loc[t.start] or not t.text.replace("-", "").isalpha() or not t.text.islower() or not low.endswith(_LOCAL):
        return None
    town = town_of(low)
    if not town or town == low or town in _LOCAL_NOT or lex.get(town) & KEEP or low in lex.frequent:
        return None
    return _cand(t, "town_case_after_move", town, "LOCATION", ending="")


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New candidates for the rules of :data:`RULES` (``cands``: everything found so far)."""
    if not toks or lang not in ("fi", "sv", "en"):
        return []
    certain = bytearray(len(text))
    located = bytearray(len(text))
    for c in cands:
        if not c.uncertain:
            certain[c.start : c.end] = b"\x01" * (c.end - c.start)
        if c.label == "LOCATION" and not c.uncertain:
            located[c.start : c.end] = b"\x01" * (c.end - c.start)
    out: list[Cand] = []
    last = len(toks) - 1
    fi = lang == "fi"
    for k, t in enumerate(toks):
        low = t.lower
        if low in _TRAVEL and (hit := _travel(text, toks, k, lex, lang, located)) is not None:
            out.append(hit)
        if fi and low in _TOWN_CUES and (hit := _town(text, toks, k, lex, located)) is not None:
            out.append(hit)
        if certain[t.start] or not t.text[:1].islower() or not _person_cue(text, toks, k, last, fi):
            continue
        if (hit := _person(text, toks, k, lex, lang)) is not None:
            out.append(hit)
    return out


_PREV_CUES = _KIN | _CALL


def _person_cue(text: str, toks: list[Token], k: int, last: int, fi: bool) -> bool:
    """A cue some person rule of :func:`_person` needs is at token k (cheap; a superset of where one can match):
    a kin, call or message word before it (or the first letters of a Finnish kin noun), a contact word after it,
    an English possessive, a Finnish `:n` after it, or the token opens a line or sentence."""
    t = toks[k]
    if k == 0 or t.sent_start:
        return True  # opens the text or a sentence
    p = toks[k - 1]
    plow = p.lower
    if plow in _PREV_CUES or (fi and plow[:3] in _KIN_HEADS) or (k < last and toks[k + 1].lower in _CONTACT):
        return True
    if t.lower.endswith(("'s", "’s")) or (fi and text.startswith(":n", t.end)):
        return True
    gap = text[p.end : t.start]  # as _opens: a line break or a stop sign between
    return gap != " " and ("\n" in gap or gap.strip()[:1] in _STOP_SIGNS)


_STOP_SIGNS = frozenset(_STOP)


def veto(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` without a lower-case one-word PERSON finding that is a Finnish kin noun in a case (`veljeltä`)."""
    if lang != "fi":
        return cands
    out = []
    trace = name_trace.current()
    for c in cands:
        if c.label == "PERSON" and c.kind != "term" and "source" not in c.extra:
            word = text[c.start : c.end]
            if word.isalpha() and word.islower() and _kin_form(lex, word.lower()):
                if trace is not None:  # --explain: the veto shows as a near-miss with its row
                    trace.add(name_trace.TraceEntry(c.start, c.end, word, "", "none", -1.0,
                                                    (("lower_slots.kin_case_noun", -1.0, word),), False))
                continue
        out.append(c)
    return out
