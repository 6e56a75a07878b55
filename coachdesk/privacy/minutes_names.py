"""People and places of network minutes written with care: Karen and Burmese names after an honorific, a person's
initials in brackets, a given name that is a word repeated after the full name, a place before `centrum`.

Runs after ``hurried_slots.find`` (``scrubber._late_people``) on every text and only adds candidates. Every decision is one
row of :data:`RULES`; the finding's reason names it (``coachdesk scrub --explain``). Cue words are the sections
``NAME_HONORIFICS`` (intl), ``PLACE_CENTRE_HEADS`` (sv) and ``SLOT_VERBS``, ``SV_SUBJECT_VERBS``,
``SLOT_START_VERBS`` of the cue files; known acronyms are ``acronyms.known_acronym``.

| id | shape (invented examples) | trap |
|---|---|---|
| honorific_name | a capitalised honorific of Karen or Burmese names (`Saw`, `Naw`, `Paw`, `Nan`, `Mahn`, `Daw`, `U`, `Sai`, `Nang`) followed by one to three capitalised short syllables (five letters at most; a single one must be in no list and no word, `U` needs two): the whole name (`Saw Xoo Lay`, `Naw Paw Xu`) | `Saw the doctor`, `Saw Anna on Monday`, `Saw Dr Smith` |
| bracket_initials | two or three capitals (or `A-K`; or a capital and its next letter per word when they spell the person's name in order: `Satu X (SKo)`, `Anu X (AnK)`, `Kibrom Tekle X (KT)`, a word or acronym too) in brackets right after a found person, alone or an item beside a role (`(asiakas, XO)`, `(työterveys, EH)`, `(valmentaja/XS)`, `(XR, client)`): the initials too (`valmentaja Xanna (XK)`, `Dr Xolm (työterveys, EH)`), or alone in brackets right after a role noun (``ROLE_NOUNS``, ``PROFESSIONS``: `työterveyslääkäri (EH)`, `esihenkilö (XM)`); a bracket with a role or two capitals need not start with the person's letter); the capitalised name-like words right before the found person that the initials spell are the person too (`Xbebe Tesfaye (client, XT)`); never a word or a known acronym, title or weekday (``acronyms.word_caps``) unless they spell the name; every other copy of such initials is the same person (not of capitals that are a word or an acronym: `OK`) | `Kelassa (KELA)`, `TE-toimisto (TE)`, `Xanna Koski (FM)`, `Xanna Koski (SAK)` (three capitals, no role, another letter) |
| hyphen_initials | the two initials of a hyphenated given name found in the text, as a word of its own in any letter case (`gun-britt` … `gb gråter mkt`, `Ville-Pekka X` … `VP (33)`, `VP:n`): the same person | a frequent word or a known acronym (`Jan-Erik` … `je`, `Tiina-Elina` … `TE`), a part of a word (`vp-päivä`), a name with no hyphen |
| spelled_initials | two or three capitalised words in no list or names of the lists (no frequent, common or kept word), then two or three capitals in brackets that spell them (`Xbebe Xesfaye (XX)`): the words and the initials | `Patient Health Questionnaire (PHQ)` (words), `Työ Elinkeino (TE)` (an acronym) |
| given_repeat | in a Swedish text, the capitalised given name of a full name found in the text, opening a sentence right before a Swedish verb (-de/-te/-ade/-ar/-er of a word of the language, or a helping or subject verb of the cue files): the person (`… Xten Yström … Xten fyllde 61`) | `Sten i njuren` (no verb after it) |
| place_centrum | a capitalised place (listed, or found or in no list, and no word) right before `centrum`: the place (`bor i Xby centrum`) | `Stora centrum` (a word), `Köpcentrum` |
"""

from __future__ import annotations

import re

from coachdesk.privacy import morphology, spelling
from coachdesk.privacy.acronyms import word_caps
from coachdesk.privacy.cue_words import by_language, words
from coachdesk.privacy.cues import FUNCTION_NEXT, PERSONAL_PRONOUNS
from coachdesk.privacy.lexicon import COMMON, KEEP, NAME, PLACE, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("honorific_name", "a Karen or Burmese honorific (Saw, Naw, Daw, U …) + one to three capitalised syllables"),
        Rule("bracket_initials", "two or three capitals in brackets after a found person, alone or beside a role"),
        Rule("hyphen_initials", "the two initials of a hyphenated given name found in the text (gun-britt … gb): the person"),
        Rule("spelled_initials", "name-like capitalised words, then capitals in brackets that spell them"),
        Rule("given_repeat", "Swedish: the given name of a found full name opening a sentence right before a verb"),
        Rule("place_centrum", "a capitalised place right before `centrum`: the place"),
    )
}

_SYLLABLE_MAX = 5
_HONORIFICS = words("NAME_HONORIFICS")
_CENTRE = words("PLACE_CENTRE_HEADS")
_SV_SLOT_VERBS = by_language("SLOT_VERBS").get("sv", frozenset())
_EN_SLOT_VERBS = by_language("SLOT_VERBS").get("en", frozenset()) | by_language("SLOT_START_VERBS").get("en", frozenset())
_BRACKET = re.compile(r" ?\(([^()\n]{2,48})\)")  # matched only at a found person's end or after two capitalised words
_ITEM_SEP = re.compile(r"[ \t]*[,/;][ \t]*")
_CAPS_ITEM = re.compile(r"[A-ZÅÄÖ]{2,3}|[A-ZÅÄÖ]-[A-ZÅÄÖ]|(?:[A-ZÅÄÖ][a-zåäö]?){2,3}")  # (mixed: SKo, AnK)
_GROUP = re.compile(r"[A-ZÅÄÖ][a-zåäö]?")
_ROLES = words("ROLE_NOUNS") | words("PROFESSIONS")
_WEEKDAYS = words("WEEKDAY_ABBREVS")
_TIME_NEXT = re.compile(r"[ \t]*(?:klo|kl\.?|at|@|\d)", re.IGNORECASE)
_ROLE_HEADS = tuple(sorted(r for r in _ROLES if len(r) >= 6 and r.isalpha()))  # "työterveys|lääkäri"


def _role(low: str) -> bool:
    """A role noun of the cue files, or a compound ending in one (`työterveyslääkäri`)."""
    return low in _ROLES or (len(low) >= 9 and low.endswith(_ROLE_HEADS))
_SV_VERB = re.compile(r"(?:ade|de|te|dde|ar|er|or)$")
_SV_PAST = re.compile(r"(?:de|te)$")


def _cand(s: int, e: int, label: str, rule: str, key: tuple[str, str] = ("", "")) -> Cand:
    kind = "place" if label == "LOCATION" else "person"
    what = "place" if label == "LOCATION" else "person"
    return Cand(s, e, label, kind, f"minutes: {what} ({rule})", PRIO_NAME + 6, key=key)


def _joined(text: str, toks: list[Token], i: int) -> bool:
    return i + 1 < len(toks) and text[toks[i].end : toks[i + 1].start] == " "


def _word(lex: Lexicon, low: str) -> bool:
    return low in lex.frequent or bool(lex.lang_words.get(low))


def _syllable(t: Token) -> bool:
    return t.cap and t.text.isalpha() and len(t.text) <= _SYLLABLE_MAX


def _honorific(text: str, toks: list[Token], k: int, lex: Lexicon) -> Cand | None:
    t = toks[k]
    if t.lower not in _HONORIFICS or not (t.cap or t.text == "U"):
        return None
    syll: list[Token] = []
    j = k
    while len(syll) < 3 and _joined(text, toks, j) and _syllable(toks[j + 1]):
        nxt = toks[j + 1]
        if nxt.lower in words("TITLE_ABBREVS") or nxt.lower in words("WEEKDAY_ABBREVS"):
            break
        syll.append(nxt)
        j += 1
    if not syll or (t.text == "U" and len(syll) < 2):
        return None
    if len(syll) == 1:
        low = syll[0].lower
        if lex.get(low) & (NAME | PLACE | KEEP) or _word(lex, low):
            return None
    return _cand(t.start, syll[-1].end, "PERSON", "honorific_name", (t.lower, syll[-1].lower))


def _verb_after(text: str, toks: list[Token], k: int, lex: Lexicon, lang: str) -> bool:
    """A Swedish verb right after word ``k``: a helping or subject verb of the cue files, a frequent past form
    (`fyllde`, `berättade`), or a present form that is a word of the language only (`jobbar`)."""
    if not _joined(text, toks, k):
        return False
    nxt = toks[k + 1]
    low = nxt.lower
    if not nxt.text.isalpha() or not nxt.text.islower():
        return False
    if low in FUNCTION_NEXT or low in PERSONAL_PRONOUNS:
        return False
    if lang == "en":
        return low in _EN_SLOT_VERBS or (low.endswith("ed") and lex.lang_words.get(low) == "en")
    if low in _SV_SLOT_VERBS or low in words("SV_SUBJECT_VERBS"):
        return True
    lang_of = lex.lang_words.get(low)
    if _SV_PAST.search(low) and (lang_of == "sv" or (lang_of is None and low in lex.frequent)):
        return True
    return bool(_SV_VERB.search(low)) and lang_of == "sv"


def _initials_items(text: str, m: re.Match[str]) -> tuple[list[tuple[int, int]], bool]:
    """The items of a bracket that are initials (their spans) and whether another item is a word (a role, an age)."""
    spans: list[tuple[int, int]] = []
    other = False
    pos = m.start(1)
    for sep in [*_ITEM_SEP.finditer(text, m.start(1), m.end(1)), None]:
        stop = sep.start() if sep else m.end(1)
        item = text[pos:stop].strip()
        if _CAPS_ITEM.fullmatch(item):
            s = text.index(item, pos)
            spans.append((s, s + len(item)))
        elif item:
            other = True
        pos = sep.end() if sep else m.end(1)
    return spans, other


def spells(initials: str, name: str) -> bool:
    """The initials spell the name's words in order, each a capital and perhaps its next letter (`KT` of
    `Kibrom Tekle Hagos`, `SKo` of `Satu Komulainen`, `AnK` of `Anu Kyllönen`); two groups at least; or one letter
    per word in its own case, a particle's in lower case (`CdC` of `Cristina dela Cruz`)."""
    words_ = [w for w in re.split(r"[\s-]+", name) if w]
    letters = initials.replace("-", "")
    if len(letters) == len(words_) >= 3 and all(w[:1] == a for a, w in zip(letters, words_, strict=True)):
        return True  # a particle's lower-case letter: `CdC` of `Cristina dela Cruz`
    groups = _GROUP.findall(letters)
    if len(groups) < 2 or "".join(groups) != letters:
        return False
    i = 0
    for g in groups:
        while i < len(words_) and not words_[i].lower().startswith(g.lower()):
            i += 1
        if i == len(words_):
            return False
        i += 1
    return True


def _name_like(t: Token, lex: Lexicon) -> bool:
    """A capitalised word that may be a name: listed as one, or in no list, and no frequent, common or kept word."""
    flags = lex.get(t.lower)
    return t.cap and not t.upper and not flags & (KEEP | COMMON) and t.lower not in lex.frequent and (
        bool(flags & NAME) or not flags)


def _bracket(text: str, toks: list[Token], k: int, lex: Lexicon, person: Cand | None) -> list[Cand]:
    """Rules bracket_initials and spelled_initials at the bracket right after word ``k``."""
    m = _BRACKET.match(text, toks[k].end)
    if m is None:
        return []
    spans, other = _initials_items(text, m)
    name = text[person.start : person.end] if person is not None else ""
    before = text[max(0, person.start - 40) : person.end].split() if person is not None else []  # "Cristina dela Cruz"
    spelling = [(s, e) for s, e in spans if name and (  # "Satu Komulainen (SKo)", "(KT)", "(CdC)"
        spells(text[s:e], name) or spells(text[s:e], " ".join(before[-len(text[s:e]) :])))]
    mixed = [(s, e) for s, e in spans if not text[s:e].replace("-", "").isupper()]
    words_too = [(s, e) for s, e in spans if (s, e) not in spelling and ((s, e) in mixed  # "(Oy)", "(Tk)": no initials
                 or word_caps(text[s:e].replace("-", ""), lex))]  # "(GP, XO)": a role
    weekday = [(s, e) for s, e in words_too if text[s:e].lower() in _WEEKDAYS  # "(MA)": no weekday after a role
               and not _TIME_NEXT.match(text, m.end())]  # ... unless a time follows: "lääkäri (MA) klo 10"
    spans = [sp for sp in spans if sp not in words_too]
    other = other or bool(words_too)
    if person is None and _role(toks[k].lower):  # "työterveyslääkäri (EH)", "sjukskötare (MA)": a role, the initials
        alone = spans or weekday
        return [_cand(s, e, "PERSON", "bracket_initials", (text[s:e].lower(), "")) for s, e in alone
                if len(alone) == 1 and (not other or alone == weekday == words_too)]
    if not spans or len(spans) > 2:
        return []
    # the capitalised words right before the bracket, nearest last (at most three, joined by one space)
    run = [toks[k]]
    while len(run) < 3 and k - len(run) >= 0 and _joined(text, toks, k - len(run)) and toks[k - len(run)].cap:
        run.insert(0, toks[k - len(run)])
    out: list[Cand] = []
    starts = {w[:1] for w in text[person.start : person.end].replace("-", " ").split()} if person is not None else set()
    for s, e in spans:
        ini = text[s:e].replace("-", "")
        if len(spans) > 1 and ini[0] not in starts:
            continue  # "(GP, KO)" after Dr Osei: two capital items, neither the person's letter: none is sure
        spelled = next((run[-n:] for n in (3, 2) if len(run) >= n and len(ini) == n
                        and "".join(w.text[0] for w in run[-n:]) == ini), None)
        if person is not None:
            if ini[0] not in starts and len(ini) == 3 and not other:
                continue  # "Xanna Koski (SAK)": three capitals of another letter, nothing else: a body
            out.append(_cand(s, e, "PERSON", "bracket_initials", person.key))
            if spelled is not None and spelled[0].start < person.start and all(_name_like(w, lex) for w in spelled
                                                                              if w.start < person.start):
                out.append(_cand(spelled[0].start, person.start - 1, "PERSON", "bracket_initials", person.key))
        elif spelled is not None and all(_name_like(w, lex) for w in spelled):
            key = (spelled[0].lower, spelled[-1].lower)
            out.append(_cand(spelled[0].start, spelled[-1].end, "PERSON", "spelled_initials", key))
            out.append(_cand(s, e, "PERSON", "spelled_initials", key))
    return out


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New candidates of :data:`RULES` (``cands``: found so far, read only). One pass over the tokens; every look
    around is a bounded number of tokens or characters."""
    if not toks:
        return []
    out: list[Cand] = []
    people = [c for c in cands if c.label == "PERSON"]
    person_end = {c.end: c for c in people}
    givens: set[str] = set()
    for c in people:
        parts = text[c.start : c.end].split()
        if len(parts) >= 2 and all(p[:1].isupper() for p in parts[:2]) and parts[0].isalpha():
            givens.add(parts[0].lower())
    located = {(c.start, c.end) for c in cands if c.label == "LOCATION"}
    given_slot = lang == "sv" or lang == "en"
    n = len(toks)
    paren = "(" in text  # most notes have no bracket: the bracket rule's slice skipped
    for k, t in enumerate(toks):
        if paren and text[t.end : t.end + 2] in (" (", "(") and (t.cap or _role(t.lower)):
            out.extend(_bracket(text, toks, k, lex, person_end.get(t.end)))
        if not t.cap and t.text != "U":
            continue
        low = t.lower
        if low in _HONORIFICS:
            hit = _honorific(text, toks, k, lex)
            if hit is not None:
                out.append(hit)
                continue
        if given_slot and t.sent_start and low in givens and not (lang == "en" and lex.lang_words.get(low)) and (
                _verb_after(text, toks, k, lex, lang)):
            out.append(_cand(t.start, t.end, "PERSON", "given_repeat", (low, "")))
        if k + 1 < n and toks[k + 1].lower in _CENTRE and not t.sent_start and _joined(text, toks, k):
            flags = lex.get(low)
            listed = bool(flags & PLACE) and not flags & KEEP
            if listed or (not _word(lex, low) and ((t.start, t.end) in located or (not flags and len(low) >= 4))):
                out.append(_cand(t.start, t.end, "LOCATION", "place_centrum", (low, "")))
    return out + _initials_copies(text, out, lex) + _hyphen_initials(text, people, lex)


def _short_word(low: str, lex: Lexicon) -> bool:
    """Two letters that are a word of a dictionary or the lists (`ja`, `om`, `ml`, `ei`), in any of the three languages."""
    return (low in lex.frequent or bool(lex.lang_words.get(low)) or morphology.common_word(low)
            or any(spelling.known(low, lang) for lang in ("sv", "en")))


_HYPHEN_GIVEN = re.compile(r"(?<![\w-])([^\W\d_])[^\W\d_]+-([^\W\d_])[^\W\d_]+(?![\w-])")


def _hyphen_initials(text: str, people: list[Cand], lex: Lexicon) -> list[Cand]:
    """Rule hyphen_initials: the copies of the two initials of a hyphenated given name a found person has."""
    keys: dict[str, tuple[str, str]] = {}
    for c in people:
        m = _HYPHEN_GIVEN.match(text[c.start : c.end].split(" ")[0])
        if m is None:
            continue
        ini = (m.group(1) + m.group(2)).lower()
        if not _short_word(ini, lex) and not word_caps(ini.upper(), lex):
            keys.setdefault(ini, c.key)
    if not keys:
        return []
    taken = {(c.start, c.end) for c in people}
    alternatives = "|".join(map(re.escape, sorted(keys)))
    return [_cand(m.start(), m.end(), "PERSON", "hyphen_initials", keys[m.group(0).lower()])
            for m in re.finditer(rf"(?i)(?<![\w-])(?:{alternatives})(?![\w-])", text) if (m.start(), m.end()) not in taken]


def _initials_copies(text: str, found: list[Cand], lex: Lexicon) -> list[Cand]:
    """Every other copy of initials a bracket gave a person (`Satu Komulainen (SKo)` … `SKo reminded`): the same
    person (row bracket_initials), as a word of its own; not capitals that are also a word or an acronym (`OK`,
    `KT`: ``prose_names.found_initials`` and ``initial_names`` weigh their copies)."""
    keys: dict[str, tuple[str, str]] = {}
    for c in found:
        ini = text[c.start : c.end]
        if "bracket_initials" not in c.reason or not (2 <= len(ini) <= 4) or not ini.isalpha():
            continue
        if not (ini.isupper() and word_caps(ini, lex)):
            keys.setdefault(ini, c.key)  # the first bracket's person
    if not keys:
        return []
    seen = {(c.start, c.end) for c in found}
    alternatives = "|".join(map(re.escape, sorted(keys, key=len, reverse=True)))
    out: list[Cand] = []
    for m in re.finditer(rf"(?<![\w-])(?:{alternatives})(?![\w-])", text):  # one pass, however many initials
        if (m.start(), m.end()) not in seen:
            seen.add((m.start(), m.end()))
            out.append(_cand(m.start(), m.end(), "PERSON", "bracket_initials", keys[m.group(0)]))
    return out
