"""People of hurried Finnish and Swedish notes written in lower case: a foreign full name, a hyphenated given
name and its initials, a name with letters Finnish does not use, a given name after a Swedish kin noun, and the
case forms (with clitics) of every such name found in the text.

Runs right after ``hurried_more.find`` (``scrubber._scrub``) and only adds candidates. A lower-case name is
itself hurried writing, so the rules look at every line of a Finnish or Swedish text, but only at lower-case
words in a person's place: the line or sentence start, after `(` or `:`, after a verb cue, before a reporting
verb, after a kin word. The rules that follow a name already found (``name_forms``, ``hyphen_initials``) look at
the whole text. Every decision is one row of :data:`RULES`; the finding's reason names it (``coachdesk scrub
--explain``). Cue words are sections of the cue files (``HURRIED_PEOPLE_BEFORE``, ``HURRIED_PEOPLE_AFTER``,
``HURRIED_PEOPLE_MEET``, ``HURRIED_PEOPLE_SAID``, ``HURRIED_PEOPLE_SV_KIN``, ``HURRIED_KIN_ROLE``,
``HURRIED_NAME_ROLES``, ``HURRIED_TALK_AFTER``, ``HURRIED_ASK_CALL_VERBS``, ``HURRIED_MOTION``).

An "unknown" word here is lower-case, three letters or more, in no list, no frequent word and no word of a
language nor a case form of one, no finite verb, and of a foreign name's shape: no ä, ö or å and no Finnish case
or verb ending (`-ssa`, `-lle`, `-nut`, `-aa` …).

| id | shape (invented examples) | trap |
|---|---|---|
| full_name_tail | a lower-case given name found (or a listed one, also one that is a word of another language) at a person's place (after a role or kin word only before a reporting verb: `asiakas X Y tuli`), then one or two unknown words or listed surnames (a surname's case form after a hyphenated given name), closed by punctuation, a verb or a time word: the surname too (`soitti aliya tursunbekova, itki`) | `soitti aliya takaisin`, `anna-liisa kotona` |
| unknown_surname | at a person's place, an unknown word before a listed surname that is no word (or one found on its own after a verb cue, or one another rule only asks about), then a boundary: both (`kysyi zohal rezaei, …`) | `kysyi sitten, …` |
| unknown_pair | two unknown words after a verb whose object is a person (`soitti`, `tapasin`, `ringde`), before a verb only a person does (`sanoi`, `itki`) or as a speaker's label opening a line (`X Y: kysyi …`), then a boundary; or at a person's place an unknown word before one another rule asks about: a full name (`tapasin aigerim bekova eilen`) | `soitti kotikäynnillä eilen`, `tuli burnout-diagnoosi` |
| name_forms | the case forms, with `-kin`/`-kaan`/`-han` and the `-i-` of a consonant stem or `-kse-` of a final `-s`, of a name found in this text, the surname of a lower-case full name too (`zohalillekin`, `aliyan`, `tõnikselle` of `tõnis`, `bekovalle`); of a name found only capitalised, only a form with a clitic (`Leylankin`); the bare name again where another rule only asks about it | a frequent word that starts like the name (`maista` after `mai`) |
| hyphen_given | a lower-case hyphenated word whose two parts are listed given names (no common word; the second in any case form), at a person's place or before a verb or punctuation (`kaj-olof ringde`, `kaj-olofille soitin`) | `te-toimisto soitti`, `kela-asiat` |
| hyphen_initials | the hyphen initials of a hyphenated given name found in the text, in any letter case (`a-k (41) on …` after `anna-kaisa`; the age then is an AGE) | `a-l` when no such name is in the text |
| foreign_letters | in a Finnish or Swedish text, a lower-case word with letters neither language uses (õ ü ş ç ğ ņ ł ø …), in no list and no frequent word, after a kin or role word, in an allative or ablative after a call or ask verb, or before a reporting or motion verb (`isä jõgi on`, `üllar soitti`, `soitin üllarille`) | a loan word (`müsliä`) |
| sv_kin_given | a Swedish definite kin or role noun (`hustrun`, `chefen`, `kusinen`), then a listed given name that is no Swedish common word (also one that is a word elsewhere: `bo`), before a verb or punctuation | `hustrun har ringt`, `chefen sa att`, `sambon ville inte flytta` (a verb before `inte`, `att`, `nog`) |
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from coachdesk.privacy import token_index
from coachdesk.privacy.cue_words import by_language, words
from coachdesk.privacy.cues import ARTICLES, FUNCTION_NEXT, PERSONAL_PRONOUNS, PROFESSIONS, ROLE_NOUNS
from coachdesk.privacy.hurried_style import SHORTHAND
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, KEEP, PLACE, SUR, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, PRIO_WEAK, Cand
from coachdesk.privacy.tokens import Token, char_before
from coachdesk.privacy.verbs import SV_AFTER_VERB, is_finite_verb

RULES = {
    r.id: r
    for r in (
        Rule("full_name_tail", "a lower-case given name, then unknown words or surnames before a boundary: the surname"),
        Rule("unknown_surname", "an unknown lower-case word before a listed surname at a cue: the full name"),
        Rule("unknown_pair", "two lower-case words in no list and of no language at a cue, then a boundary"),
        Rule("name_forms", "case forms with clitics of a lower-case name found in the text (X:llekin, X-i-lla)"),
        Rule("hyphen_given", "a lower-case hyphenated word of two listed given names at a person's place"),
        Rule("hyphen_initials", "the hyphen initials of a hyphenated given name found in the text (a-l)"),
        Rule("foreign_letters", "a lower-case word with letters Finnish does not use after a kin word or before a verb"),
        Rule("sv_kin_given", "a Swedish definite kin or role noun, then a listed given name before a verb"),
    )
}

_MIN_BEARERS = 100  # bearers from which a listed given name counts in a hyphenated name or after a kin noun
_FOREIGN = frozenset("õüşçğņłøßœæčćđńřťůýźżěąęėīūļķģñõàáâãèéêëìíîïòóôùúûÿ")
_FOREIGN_RE = re.compile("[" + "".join(sorted(_FOREIGN)) + "]")
_CASE_ENDINGS = ("n", "lle", "lta", "ltä", "lla", "llä", "a", "ä", "ta", "tä", "ssa", "ssä", "sta", "stä", "ksi",
                 "na", "nä", "sen", "hen", "han", "hin", "hon", "hun", "hyn", "hän", "ine", "neen", "nsa", "nsä")
_CLITICS = ("kaan", "kään", "kin", "han", "hän", "pa", "pä")
KIN_ROLES = words("HURRIED_KIN_ROLE") | words("HURRIED_NAME_ROLES") | ROLE_NOUNS
_AGE_GAP = re.compile(r" \(\d{1,3}\) ")  # `X Y (34) soitti`
_CLOSE = frozenset(",.;:!?()–-")
_SV_VERB = re.compile(r"(?:ar|er|or|ade|de|te|dde)$")


def _rule_cand(s: int, e: int, rule: str, key: tuple[str, str], prio: int = PRIO_WEAK, ending: str = "") -> Cand:
    return Cand(s, e, "PERSON", "person", f"hurried line: person ({rule})", prio, key=key, ending=ending)


def not_name(low: str) -> bool:
    """A small word a hurried line puts where a name could stand: an article, pronoun, role, shorthand, adverb."""
    return (low in ARTICLES or low in FUNCTION_NEXT or low in PERSONAL_PRONOUNS or low in SHORTHAND
            or low in words("PRONOUNS") or low in ROLE_NOUNS or low in PROFESSIONS or low in words("HURRIED_ADVERBS")
            or low in words("HURRIED_PEOPLE_AFTER"))


def ordinary_word(lex: Lexicon, low: str) -> bool:
    """A frequent word or a word of a language, or a case form or compound of one."""
    if low in lex.frequent or lex.lang_words.get(low):
        return True
    return any(len(b) >= 4 and (b in lex.frequent or lex.lang_words.get(b)) for b, _ in analyses(low)[1:])


def unknown_word(lex: Lexicon, t: Token) -> bool:
    """A lower-case word of three letters or more in no list, no word of any language nor a form of one."""
    low = t.lower
    if not t.text.isalpha() or not t.text.islower() or len(low) < 3 or not_name(low) or lex.lookup_all(t.text):
        return False
    return not ordinary_word(lex, low) and not is_finite_verb(t.text, lex) and name_shape(low)


_FI_ENDINGS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "nsa", "nsä", "mme", "tte",
               "vat", "vät", "nut", "nyt", "aan", "ään", "isi", "tiin", "ttiin", "nen")


def name_shape(low: str) -> bool:
    """An unlisted word that can be a foreign name: no Finnish or Swedish vowel letter (ä, ö, å), no Finnish
    case or verb ending (`bekova`, not `kotikäynnillä`, `tsemppaa`)."""
    return not any(ch in "äöå" for ch in low) and not low.endswith(_FI_ENDINGS) and not low.endswith(
        ("aa", "ee", "ii", "oo", "uu", "yy"))


def _surname(lex: Lexicon, t: Token, inflected: bool) -> bool:
    """A listed surname that is no word (``inflected``: also a case form of one that is no frequent word)."""
    low = t.lower
    if not t.text.isalpha() or not t.text.islower() or len(low) < 3 or not_name(low):
        return False
    flags, base, _ = lex.lookup(t.text)
    if not flags & SUR or flags & (KEEP | PLACE) or lex.lang_words.get(low):
        return False
    if base != low:
        return inflected and not flags & COMMON and low not in lex.frequent
    return not flags & (COMMON | AMBIG)


def _given(lex: Lexicon, low: str, bearers: int = 0) -> bool:
    """A listed given name that is no common word (``bearers``: at least that many; without: also a word the lists
    read as a given name's form, `gulnara`)."""
    flags = lex.get(low) or (0 if bearers else lex.lookup_all(low))
    return bool(flags & FIRST) and not flags & (COMMON | AMBIG | KEEP) and lex.counts.get(low, 0) >= bearers


def _boundary(text: str, toks: list[Token], j: int, hi: int, lex: Lexicon, lang: str) -> bool:
    """Word ``j`` closes a name: punctuation or the line end after it, or a verb or time word next."""
    if j + 1 >= hi:
        return True
    gap = text[toks[j].end : toks[j + 1].start]
    if gap.strip()[:1] in _CLOSE:
        return True
    if gap != " ":
        return False
    nxt = toks[j + 1].lower
    if nxt in ("ja", "och", "mutta", "men") and j + 2 < hi and text[toks[j + 1].end : toks[j + 2].start] == " ":
        return _verb(toks[j + 2], lex, lang)
    return _verb(toks[j + 1], lex, lang)


def _verb(t: Token, lex: Lexicon, lang: str) -> bool:
    """A reporting verb, a time word or a finite verb of the language."""
    nxt = t.lower
    if nxt in words("HURRIED_TALK_AFTER") or nxt in words("HURRIED_PEOPLE_AFTER") or nxt in words("FI_PERSON_VERBS"):
        return True
    if lang == "fi":
        return is_finite_verb(t.text, lex)
    return _sv_verb(lex, nxt)


def _sv_verb(lex: Lexicon, low: str) -> bool:
    return low in words("SV_SUBJECT_VERBS") or low in ("är", "var", "har", "ska", "vill", "kan", "kör", "gör", "tar") or (
        bool(_SV_VERB.search(low)) and lex.lang_words.get(low) == "sv")


_PEOPLE_BEFORE = words("HURRIED_PEOPLE_BEFORE")  # (read once: these two are asked for most lower-case words)
_TALK_AFTER_WORDS = words("HURRIED_TALK_AFTER")


def _cue_before(text: str, toks: list[Token], k: int, lo: int) -> bool:
    """Word ``k`` opens the line, a sentence or brackets, or follows a verb cue (`soitti X`, `ringde X`)."""
    if k == lo or toks[k].sent_start:
        return True
    prev = toks[k - 1].lower
    return prev in _PEOPLE_BEFORE or char_before(text, toks[k].start) in ("(", ":")


def _talk_after(text: str, toks: list[Token], j: int, hi: int) -> bool:
    """A reporting verb right after word ``j`` (`X Y soitti`, `X Y ringde`): the words before are its subject."""
    return j + 1 < hi and text[toks[j].end : toks[j + 1].start] == " " and toks[j + 1].lower in _TALK_AFTER_WORDS


def _lines(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """The lines of ``text`` (start, end): a lower-case name is itself hurried writing, in any line."""
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New candidates for the rules of :data:`RULES`; ``cands`` is everything found so far."""
    if not toks:
        return []
    covered = bytearray(len(text))
    for c in cands:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    out: list[Cand] = []

    def take(c: Cand) -> None:
        out.append(c)
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)

    person_end = {c.end: c for c in cands if c.label == "PERSON"}
    person_spans = {(c.start, c.end) for c in cands if c.label == "PERSON"}
    uncertain = {(c.start, c.end) for c in cands if c.label == "PERSON" and c.uncertain}
    person_at: dict[int, list[Cand]] = {}
    for c in cands:
        person_at.setdefault(c.start, []).append(c)
    starts = token_index.starts(text, toks)
    for lo_c, hi_c in _lines(text, toks) if lang in ("fi", "sv") else ():
        lo = bisect.bisect_left(starts, lo_c)
        hi = bisect.bisect_left(starts, hi_c)
        for k in range(lo, hi):
            if toks[k].text[:1].islower() and _worth_trying(text, toks, k, lo, hi, covered, person_end):
                _line_rules(text, toks, k, lo, hi, lex, lang, covered, person_end, person_spans, take,
                            uncertain)
    if lang in ("fi", "sv"):
        for k in _words_with_foreign_letters(text, starts):  # only the words that hold such a letter
            t = toks[k]
            if _foreign_name(text, toks, k, lex) and not any(
                    c.start <= t.start < c.end and not c.uncertain for c in person_at.get(t.start, ())):
                take(_rule_cand(t.start, t.end, "foreign_letters", (t.lower, ""), PRIO_NAME + 5))
    people = [c for c in cands if c.label == "PERSON"] + out
    for c in _initials(text, toks, people, covered):
        take(c)
    mine = bytearray(len(text))  # what these rules found: no name "again" inside it
    for c in out:
        mine[c.start : c.end] = b"\x01" * (c.end - c.start)
    for c in _forms(text, toks, lex, people, covered, {u for u in uncertain if not mine[u[0]]}, lang):
        take(c)
    return out


_SV_KIN = words("HURRIED_PEOPLE_SV_KIN")
_NOT_GIVEN = by_language("HURRIED_NOT_GIVEN")  # `frågade om X`: `om` is no given name in Swedish


def _worth_trying(text: str, toks: list[Token], k: int, lo: int, hi: int, covered: bytearray,
                  person_end: dict[int, Cand]) -> bool:
    """False only where :func:`_line_rules` surely takes nothing at word ``k`` (its own early returns, through the
    same cue checks): most lower-case words of a line, looked at with no call of the rules."""
    t = toks[k]
    if t.end in person_end:
        return True
    if covered[t.start]:
        return False
    if "-" in t.lower or (k > lo and toks[k - 1].lower in _SV_KIN):
        return True
    if k + 1 >= hi or text[t.end : toks[k + 1].start] != " ":
        return False
    return _cue_before(text, toks, k, lo) or _talk_after(text, toks, k + 1, hi)


def _line_rules(text: str, toks: list[Token], k: int, lo: int, hi: int, lex: Lexicon, lang: str, covered: bytearray,
                person_end: dict[int, Cand], person_spans: set[tuple[int, int]], take: Callable[[Cand], None],
                uncertain: set[tuple[int, int]]) -> None:
    """The rules that find a name of their own, at word ``k`` of a hurried line ``lo..hi``."""
    t = toks[k]
    low = t.lower
    if not t.text[:1].islower():
        return
    spaced = k + 1 < hi and text[t.end : toks[k + 1].start] == " "
    found = person_end.get(t.end)
    if found is not None and text[found.start : found.end].islower() and spaced:
        f = bisect.bisect_left(toks, found.start, key=lambda x: x.start)
        role = f > lo and toks[f - 1].lower in KIN_ROLES  # `asiakas X Y tuli`: only before a reporting verb
        tail = _tail(text, toks, k, hi, lex, lang, "-" in text[found.start : found.end], covered,
                     person_spans) if role or _cue_before(text, toks, f, lo) else 0
        if tail and (not role or _cue_before(text, toks, f, lo) or _talk_after(text, toks, tail, hi)):
            take(_rule_cand(found.start, toks[tail].end, "full_name_tail", found.key,
                            PRIO_NAME + 5 if found.uncertain else PRIO_WEAK))
        return
    if covered[t.start]:
        return
    if "-" in low:
        if _hyphen_given(lex, low) and (_cue_before(text, toks, k, lo) or _boundary(text, toks, k, hi, lex, lang)):
            first, _, second = low.partition("-")
            _, base, stem = lex.lookup(second)
            take(_rule_cand(t.start, t.end, "hyphen_given", (f"{first}-{base}", ""), PRIO_NAME,
                            ending=t.text[len(first) + 1 + stem :]))
        return
    if k > lo and toks[k - 1].lower in words("HURRIED_PEOPLE_SV_KIN") and text[
            toks[k - 1].end : t.start] == " " and _sv_given(lex, low) and _boundary(text, toks, k, hi, lex, lang) and not (
            k + 1 < hi and toks[k + 1].lower in SV_AFTER_VERB):  # "sambo ville inte flytta": a verb (vilja)
        take(_rule_cand(t.start, t.end, "sv_kin_given", (low, ""), PRIO_NAME))
        return
    if not spaced or not (_cue_before(text, toks, k, lo) or _talk_after(text, toks, k + 1, hi)):
        return
    nxt = toks[k + 1]
    closed = _boundary(text, toks, k + 1, hi, lex, lang)
    if covered[nxt.start]:  # a given name before a surname found on its own (`ali X soitti`)
        if closed and (nxt.start, nxt.end) in person_spans and nxt.text.islower():
            if _head(lex, low, lang):
                take(_rule_cand(t.start, nxt.end, "full_name_tail", (low, nxt.lower), PRIO_NAME))
            elif unknown_word(lex, t) and (
                    (_person_cue(text, toks, k, hi) and lex.get(nxt.lower) & SUR)
                    or ((nxt.start, nxt.end) in uncertain and _surname(lex, nxt, False))):  # a surname only asked about
                take(_rule_cand(t.start, nxt.end, "unknown_surname", (low, nxt.lower), PRIO_NAME))
            elif (nxt.start, nxt.end) in uncertain and unknown_word(lex, t) and unknown_word(lex, nxt):
                take(_rule_cand(t.start, nxt.end, "unknown_pair", (low, nxt.lower), PRIO_NAME + 5))
        return
    if _given(lex, low) and not ordinary_word(lex, low) and not not_name(low):
        tail = _tail(text, toks, k, hi, lex, lang, False, covered, person_spans)
        if tail:
            take(_rule_cand(t.start, toks[tail].end, "full_name_tail", (low, nxt.lower)))
            return
    if closed and _head(lex, low, lang) and _surname(lex, nxt, False):
        take(_rule_cand(t.start, nxt.end, "full_name_tail", (low, nxt.lower)))
    elif closed and unknown_word(lex, t):
        if _surname(lex, nxt, False):
            take(_rule_cand(t.start, nxt.end, "unknown_surname", (low, nxt.lower)))
        elif unknown_word(lex, nxt) and (_person_cue(text, toks, k, hi) or (
                k == lo and text[nxt.end : nxt.end + 1] == ":")):  # a speaker's label: `X Y: kysyi …`
            take(_rule_cand(t.start, nxt.end, "unknown_pair", (low, nxt.lower)))


def _person_cue(text: str, toks: list[Token], k: int, hi: int) -> bool:
    """The two words at ``k`` are a person's: a verb cue before them or a reporting verb after them."""
    if k > 0 and toks[k - 1].lower in words("HURRIED_PEOPLE_MEET"):
        return True
    j = k + 1
    return j + 1 < hi and (text[toks[j].end : toks[j + 1].start] == " " or bool(
        _AGE_GAP.fullmatch(text, toks[j].end, toks[j + 1].start))) and toks[j + 1].lower in words("HURRIED_PEOPLE_SAID")


def _head(lex: Lexicon, low: str, lang: str) -> bool:
    """A listed given name that is no word of the text's language (also one that is a word elsewhere: `can`)."""
    flags = lex.get(low) or lex.lookup_all(low)
    return (bool(flags & FIRST) and not flags & (KEEP | PLACE) and lex.lang_words.get(low) != lang and len(low) >= 2
            and low.isalpha() and not not_name(low) and low not in _NOT_GIVEN.get(lang, ()))


def _tail(text: str, toks: list[Token], k: int, hi: int, lex: Lexicon, lang: str, hyphenated: bool,
          covered: bytearray, people: set[tuple[int, int]]) -> int:
    """The last word of the one or two surname words after the given name at ``k`` (0: none)."""
    j = k + 1
    last = 0
    while j < hi and j <= k + 2 and text[toks[j - 1].end : toks[j].start] == " ":
        w = toks[j]
        if not (unknown_word(lex, w) or _surname(lex, w, hyphenated and j == k + 1) or _listed(lex, w)):
            break
        if covered[w.start] and (w.start, w.end) not in people:
            break
        if _boundary(text, toks, j, hi, lex, lang):
            last = j
            break
        j += 1
    return last


def _listed(lex: Lexicon, t: Token) -> bool:
    """A listed given name or surname of no language that is no common word (`thi`, `van` inside a full name)."""
    low = t.lower
    if not t.text.isalpha() or not t.text.islower() or not_name(low) or lex.lang_words.get(low):
        return False
    flags = lex.get(low)
    return bool(flags & (FIRST | SUR)) and not flags & (COMMON | AMBIG | KEEP | PLACE)


def _hyphen_given(lex: Lexicon, low: str) -> bool:
    """Two listed given names joined by a hyphen (`kaj-olof`), the whole no word of any language."""
    head, _, tail = low.partition("-")
    if len(head) < 2 or len(tail) < 2 or not head.isalpha() or not tail.isalpha() or low in lex.frequent:
        return False
    if lex.lang_words.get(low) or lex.lookup_all(low) & (COMMON | AMBIG | KEEP | PLACE):
        return False
    return _given(lex, head, _MIN_BEARERS) and _given(lex, lex.lookup(tail)[1], _MIN_BEARERS)  # kaj-olofille too


def _sv_given(lex: Lexicon, low: str) -> bool:
    """A listed given name after a Swedish kin noun: no Swedish common word, function word or verb."""
    if len(low) < 2 or not low.isalpha() or not_name(low) or lex.lang_words.get(low) == "sv":
        return False
    flags = lex.get(low)
    return bool(flags & FIRST) and not flags & (COMMON | KEEP | PLACE) and lex.counts.get(low, 0) >= _MIN_BEARERS


def _words_with_foreign_letters(text: str, starts: list[int]) -> list[int]:
    """The indexes (in order, each once) of the words that hold a letter of :data:`_FOREIGN`, found by one
    scan for the letters instead of a look at every word."""
    out: list[int] = []
    for m in _FOREIGN_RE.finditer(text):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and (not out or out[-1] != k):
            out.append(k)
    return out


def _foreign_name(text: str, toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A lower-case word with letters Finnish does not use, no word, after a kin or role word or before a
    reporting verb."""
    t = toks[k]
    low = t.lower
    if not t.text.isalpha() or not t.text.islower() or len(low) < 3 or not any(ch in _FOREIGN for ch in low):
        return False
    if ordinary_word(lex, low) or lex.lookup_all(t.text) & (COMMON | AMBIG | KEEP | PLACE):
        return False
    if k > 0 and text[toks[k - 1].end : t.start] == " ":
        prev = toks[k - 1].lower
        if prev in KIN_ROLES:
            return True
        if prev in words("HURRIED_ASK_CALL_VERBS") and low.endswith(("lle", "lta", "ltä", "lla", "llä")):
            return True  # `soitin X:lle`, `kysyin X:ltä`
    if k + 1 < len(toks) and text[t.end : toks[k + 1].start] == " ":
        nxt = toks[k + 1].lower
        return nxt in words("HURRIED_TALK_AFTER") or nxt in words("FI_PERSON_VERBS") or nxt in words("HURRIED_MOTION")
    return False


def _initials(text: str, toks: list[Token], people: list[Cand], covered: bytearray) -> list[Cand]:
    """`a-l` / `A-L` where a hyphenated given name of those initials (`anna-liisa`) was found."""
    wanted: dict[str, tuple[str, str]] = {}
    for c in people:
        first = text[c.start : c.end].split(" ", 1)[0]
        head, _, tail = first.partition("-")
        if len(head) >= 2 and tail[:2].isalpha() and head.isalpha() and "-" not in tail:
            wanted.setdefault(f"{head[0]}-{tail[0]}".lower(), c.key)
    if not wanted:
        return []
    out = []
    for t in toks:
        if len(t.text) == 3 and t.lower in wanted and not covered[t.start]:
            out.append(_rule_cand(t.start, t.end, "hyphen_initials", wanted[t.lower], PRIO_NAME))
    return out


def _stems(low: str) -> list[str]:
    """The stems a case ending follows: the name itself, with a linking -i- after a consonant (`zohalilla`),
    -kse- for a final -s (`tõnikselle`)."""
    out = [low]
    if low[-1] not in "aeiouyäöõü":
        out.append(low + "i")
    if low.endswith("s"):
        out.append(low[:-1] + "kse")
    if low.endswith("e"):
        out.append(low + "e")
    return out


def _forms(text: str, toks: list[Token], lex: Lexicon, people: list[Cand], covered: bytearray,
           uncertain: set[tuple[int, int]], lang: str) -> list[Cand]:
    """Case forms with clitics (Finnish) of every name found so far (the first word of a full name, the other words
    of one written in lower case), and the bare name again where another rule only asks about it."""
    bases: dict[str, tuple[str, str]] = {}
    capital: set[str] = set()  # bases found only capitalised: their forms need a clitic (`X:nkin`)
    for c in people:
        if c.uncertain:
            continue
        whole = text[c.start : c.end]
        surface = whole.split(" ", 1)[0]
        first = surface.lower()
        # the name itself, and its base when the text has only a case form of it (`X:ltä kuulin` -> X); the
        # other words of a full name written in lower case (`X bekova` -> `bekovalle`)
        own = {first, c.key[0]} if c.key[0] and first.startswith(c.key[0]) else {first}
        if whole.islower() and " " in whole:
            own.update(w for w in whole.split(" ")[1:3] if len(w) >= 4)
        for b in own:
            flags = lex.get(b)
            if len(b) < 3 or not b.isalpha() or flags & (COMMON | AMBIG | KEEP | PLACE) or (
                    lex.lang_words.get(b) == "fi" or (ordinary_word(lex, b) and not flags & (FIRST | SUR))):
                continue
            if surface != first and b not in bases:
                capital.add(b)
            elif surface == first:
                capital.discard(b)
            bases.setdefault(b, c.key)
    if not bases:
        return []
    stems: dict[str, tuple[str, tuple[str, str]]] = {}
    for b, key in bases.items():
        for s in _stems(b):
            stems.setdefault(s, (b, key))
    heads = {b[:3] for b in bases}
    out = []
    for t in toks:
        low = t.lower
        if low[:3] not in heads or not t.text.isalpha() or not t.text[1:].islower():
            continue
        if low in bases:  # the name again where another rule only asks (`X sa nej, X kommer`)
            if (t.start, t.end) in uncertain and low not in capital:
                out.append(_rule_cand(t.start, t.end, "name_forms", bases[low], PRIO_NAME + 5))
            continue
        if covered[t.start] or len(low) < 4 or lang != "fi":
            continue
        hit = _form_of(low, stems)
        if hit is None or ordinary_word(lex, low) or lex.lookup_all(t.text) & (COMMON | AMBIG | KEEP | PLACE):
            continue
        stem, (base, key), clitic = hit
        if base in capital and not clitic:
            continue
        out.append(_rule_cand(t.start, t.end, "name_forms", key, PRIO_NAME, ending=t.text[len(stem) :]))
    return out


def _form_of(low: str, stems: dict[str, tuple[str, tuple[str, str]]],
             ) -> tuple[str, tuple[str, tuple[str, str]], bool] | None:
    """The name stem ``low`` is a case form of (a clitic may close it), with its base and person key, and
    whether a clitic closes it."""
    words_ = [(low, False)] + [(low[: -len(c)], True) for c in _CLITICS if low.endswith(c) and len(low) > len(c) + 2]
    for w, clitic in words_:
        if w in stems and w != low:
            return w, stems[w], clitic
        for e in _CASE_ENDINGS:
            if w.endswith(e) and w[: -len(e)] in stems:
                return w[: -len(e)], stems[w[: -len(e)]], clitic
    return None
