"""People and firms of hurried Swedish and English notes, by the slot they stand in (after a call verb, before an
auxiliary, after a work word), written in lower case.

Runs right after ``hurried_people.find`` (``scrubber._late_people``) and only adds candidates, on words nothing holds
for certain yet. A lower-case name is itself hurried writing, so the rules look at every line of a Swedish or English
text (the person and firm rules of a Finnish one too: `call w/ X` opens many Finnish notes), but only at a slot: a
word next to a cue word, before a comma or an ampersand, or after a bracket (:func:`_places`). Every decision is one
row of :data:`RULES`; the finding's reason names it (``coachdesk scrub --explain``). Cue words are the ``SLOT_*``
sections of the cue files, with ``SV_SUBJECT_VERBS``, ``OWNER_PREPS``, ``SV_TRADE_WORDS``, ``SV_GENERIC_OWNERS``
and ``HURRIED_TALK_AFTER``.

A "name-like" word here is lower-case, three letters or more with a vowel (no acronym: `cbt`, `adhd`), no function
word, kin or role word, and either a listed given name or surname that is no common word, no word of only one
language and no kept word (`pedro`, `adaeze`), or a word in no list and of no language of a foreign name's shape
(``hurried_people``'s "unknown": `olu`, `pacho`) that is no inflected form of a frequent word (`-s`, `-en`, `-ing` …),
no compound of two frequent words (`job|centre`) and, longer than five letters, has no Swedish definite ending
(`-en`, `-et`, `-na`: `praktikplatsen börjar`).

| id | shape (invented examples) | trap |
|---|---|---|
| call_slot | a name-like word right after a call verb (`ringde X`, `texted X`; a pronoun or particle between: `ringde jag X`, `ringde upp X`) or a talk word and `med`/`to`/`with`/`w/` (`pratade med X`, `spoke to X`, `spoke briefly to X`, `call w/ X 14:10`); a listed surname right after it too | `ringde tillbaka`, `call w/ doctor`, `spoke to hr` |
| call_bracket | the lower-case words in brackets after a person, opened by `alltså`/`dvs`/`i.e.`/`aka`/`=` (`ringde X (alltså Xos k.)`): the real name, the initial too | `(alltså i morgon)` |
| start_aux | a name-like word opening a line or a sentence in lower case, right before an auxiliary or a verb only a person does (`X is taking exams`, `X has a new job`, `X har fått jobb`) | `nobody is taking`, `cbt is` |
| owner_trade | a lower-case genitive -s of a listed surname (no common word) or of a surname's shape (-berg, -blom, -ström, -qvist …), then a trade word: the firm (`Xbergs schakt`, `Xbloms måleri`) | `pappas verkstad`, `kommunens städ` |
| work_genitive | a work word (`jobbar`, `praktik`, `anställd`), `på`/`hos`/`vid`, then a bare such genitive -s closing the phrase: the firm (`jobbar på Xbergs`, `praktik hos Xqvists`) | `jobbar på lagret`, `hos tandläkaren` |
| place_trade | a lower-case place of the lists (no kept region; also its genitive -s) right before a trade or club head (`X taxi`, `Xs buss`, `X bollklubb`), or an unlisted word of no language with a Swedish place name's ending (-by, -vik, -lax, -böle …) before a trade head, or of any shape before a club head (`Xlax bollklubb`): the firm or club, both words | `X sjukhus`, `X hälsocentral` (public bodies stay places) |
| brand_suffix | `interview at`/`intervju på` + a lower-case word of no language and no list + a brand head (`data`, `tech`, `bygg`): the firm (`interview at Xorp data`) | `interview at the data centre` |
| name_list | two to four lower-case words joined by `och`/`o`/`and`/`&`/`,`, after `med`/`with` or a call verb (`träffade`, `ringde`) or opening a line before a verb, every one a listed name or a Swedish nickname (also a name that is a word: `dag`, `strand`) and one a name for sure (found, a derived nickname, a listed given name or surname of no language): all (`med jocke och X`, `micke o dag kommer`) | `med dag och natt`, `med hund och katt` |
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from coachdesk.privacy import token_index
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.cues import ARTICLES, PROFESSIONS, ROLE_NOUNS
from coachdesk.privacy.hurried_names import sv_nickname_word
from coachdesk.privacy.hurried_people import KIN_ROLES, not_name, unknown_word
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, KEEP, NAME, PLACE, SUR, Lexicon
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, PRIO_ORG, Cand, coverage
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("call_slot", "a lower-case name-like word right after a call verb or a talk word + med/to/with/w/"),
        Rule("call_bracket", "the lower-case real name in brackets after a person, opened by alltså/dvs/i.e./aka/="),
        Rule("start_aux", "a lower-case name-like word opening a line or sentence before an auxiliary or person verb"),
        Rule("owner_trade", "a lower-case genitive -s of a surname (listed or by shape) before a trade word: the firm"),
        Rule("work_genitive", "a work word + på/hos/vid + a bare genitive -s of a surname: the firm"),
        Rule("place_trade", "a lower-case listed place before a trade or club head (X taxi, X bollklubb): the firm"),
        Rule("brand_suffix", "interview at/intervju på + an unknown lower-case word + data/tech/bygg: the firm"),
        Rule("name_list", "lower-case listed names and nicknames joined by och/o/and after med or before a verb"),
    )
}

_SURNAME_END = ("qvist", "kvist", "berg", "ström", "lund", "holm", "gren", "blad", "dahl", "stam", "stedt", "sson",
                "blom", "bäck", "back", "fors", "lind", "man", "mark", "ling", "roos", "vall", "näs", "sten", "by",
                "ell", "lin", "gård", "kvist", "ås", "wall", "quist")
_VOWELS = frozenset("aeiouyåäö")
_GENERIC_OWNERS = words("SV_GENERIC_OWNERS")
_CALL_VERBS = words("SLOT_CALL_VERBS")
_WITH = words("SLOT_WITH")
_CALL_FILLERS = words("SLOT_CALL_FILLERS")
_TALK_WORDS = words("SLOT_TALK_WORDS")
_START_VERBS = words("SLOT_START_VERBS")
_SV_SUBJECT_VERBS = words("SV_SUBJECT_VERBS")
_WORK_WORDS = words("SLOT_WORK_WORDS")
_WORK_ADVERBS = words("SLOT_WORK_ADVERBS")
_OWNER_PREPS = words("OWNER_PREPS")
_PLACE_HEADS = words("SLOT_PLACE_HEADS")
_BRAND_PREPS = words("SLOT_BRAND_PREPS")
_BRAND_CUES = words("SLOT_BRAND_CUES")
_BRAND_HEADS = words("SLOT_BRAND_HEADS")
_TALK_AFTER = words("HURRIED_TALK_AFTER")
_NOT_NAMES = words("SLOT_NOT_NAMES")
_CLUB_HEADS = words("SLOT_CLUB_HEADS")
_SV_PLACE_SHAPE = re.compile(r"(?:by|vik|näs|holm|sund|fors|dal|böle|backa|strand|hamn|fjärd|mark|torp|boda|stad|träsk|"
                             r"kulla|udd|lax|sjö|ö|å|bo|red|fjäll|haga|lunda|inge|hult)$")
_TRADES = words("SV_TRADE_WORDS") | words("SLOT_TRADE_MORE")
_SEPARATORS = frozenset((", ", " och ", " o ", " and ", " & ", " + ", " ja "))
_BRACKET_OPEN = re.compile(r"\((?:alltså|dvs\.?|i\.e\.|ie|aka|a\.k\.a\.|alias|eli|=) ?\Z")
_OPEN_REACH = 12  # characters from the bracket to the first word of the real name


def _cand(s: int, e: int, label: str, rule: str, key: tuple[str, str] = ("", "")) -> Cand:
    if label == "ORG":
        return Cand(s, e, "ORG", "org", f"hurried line: organisation ({rule})", PRIO_ORG)
    return Cand(s, e, "PERSON", "person", f"hurried line: person ({rule})", PRIO_NAME + 5, key=key)


def _plain(t: Token) -> bool:
    return t.text.isalpha() and t.text.islower() and len(t.text) >= 3 and bool(_VOWELS & set(t.lower))


def _blocked(low: str) -> bool:
    """A function word, pronoun, adverb, kin, role or profession word: never a name in a slot."""
    return not_name(low) or low in KIN_ROLES or low in PROFESSIONS or low in ROLE_NOUNS or low in _NOT_NAMES


def name_like(lex: Lexicon, t: Token) -> bool:
    """A lower-case word that can be a name in a person's slot (see the module doc)."""
    if not _plain(t) or _blocked(t.lower):
        return False
    low = t.lower
    flags = lex.get(low)
    if flags & FIRST and not flags & (COMMON | AMBIG | KEEP) and not lex.lang_words.get(low):
        return True
    return _surname(lex, low) or (unknown_word(lex, t) and not _inflected(lex, low) and not _compound(lex, low) and not (
        len(low) > 5 and low.endswith(_SV_DEFINITE)))


_SUFFIXES = ("s", "es", "en", "et", "er", "ar", "or", "na", "ing", "ed", "erna", "arna", "orna", "n", "t", "ns")


def _inflected(lex: Lexicon, low: str) -> bool:
    """A Swedish or English form of a frequent word (`kursens`, `meds`, `trainings`)."""
    return any(low.endswith(x) and len(low) - len(x) >= 3 and low[: -len(x)] in lex.frequent for x in _SUFFIXES)


_SV_DEFINITE = ("en", "et", "na", "an", "ningen", "heten")
_HEAD_MIN = 5  # letters of the frequent word that ends a compound (`job|centre`; a name's syllables are shorter)


def _compound(lex: Lexicon, low: str) -> bool:
    """A frequent word of three letters or more, then a frequent word of five or more (`job|centre`)."""
    return any(low[:i] in lex.frequent and low[i:] in lex.frequent for i in range(3, len(low) - _HEAD_MIN + 1))


def _surname(lex: Lexicon, low: str) -> bool:
    """A listed surname that is no common word and no word of one language (`lindqvist`, `nyberg`)."""
    flags = lex.get(low)
    return bool(flags & SUR) and not flags & (COMMON | AMBIG | KEEP | PLACE) and not lex.lang_words.get(low)


def _owner_genitive(lex: Lexicon, t: Token) -> bool:
    """A lower-case genitive -s of a listed surname or of a surname's shape, no generic owner (`nybergs`)."""
    low = t.lower
    if not t.text.isalpha() or not t.text.islower() or len(low) < 5 or not low.endswith("s"):
        return False
    if low in _GENERIC_OWNERS or lex.lang_words.get(low) or lex.get(low) & KEEP:
        return False
    base = low[:-1]
    if _blocked(base) or lex.get(base) & (COMMON | AMBIG | KEEP):
        return False
    if _surname(lex, base):
        return True
    return base.endswith(_SURNAME_END) and len(base) >= 5 and base not in lex.frequent and not lex.lang_words.get(base)


def _gap(text: str, toks: list[Token], i: int) -> str:
    return text[toks[i].end : toks[i + 1].start]


class _Finder:
    """One text's pass: the tokens, what is covered for certain, the found people, and the output."""

    def __init__(self, text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> None:
        self.text, self.toks, self.lex, self.lang = text, toks, lex, lang
        self.covered = coverage(len(text), cands, lambda c: not c.uncertain)
        self.people = {c.start for c in cands if c.label == "PERSON"}
        self.person_end = {c.end for c in cands if c.label == "PERSON"}
        self.out: list[Cand] = []

    def take(self, c: Cand) -> None:
        self.out.append(c)
        self.covered[c.start : c.end] = b"\x01" * (c.end - c.start)
        if c.label == "PERSON":
            self.people.add(c.start)
            self.person_end.add(c.end)

    def free(self, t: Token) -> bool:
        return not any(self.covered[t.start : t.end])

    def after_call(self, k: int) -> bool:
        """Word ``k`` follows a call verb, or a talk word and a with-preposition (`spoke to`, `call w/`)."""
        toks, text = self.toks, self.text
        if k < 1 or _gap(text, toks, k - 1) not in (" ", "/ ", ": "):
            return False
        prev = toks[k - 1].lower
        if prev in _CALL_VERBS and _gap(text, toks, k - 1) != "/ ":
            return True
        if k < 2 or _gap(text, toks, k - 2) != " ":
            return False
        before = toks[k - 2].lower
        if prev in _CALL_FILLERS:  # `ringde jag X`, `ringde upp X`
            return before in _CALL_VERBS
        if prev not in _WITH:
            return False
        if before.endswith("ly") and k >= 3 and _gap(text, toks, k - 3) == " ":  # `spoke briefly to X`
            before = toks[k - 3].lower
        return before in _TALK_WORDS

    def person_rules(self, k: int) -> None:
        toks, text, lex = self.toks, self.text, self.lex
        t = toks[k]
        call = self.after_call(k)
        start = False
        if not call and (k == 0 or t.sent_start or "\n" in _gap(text, toks, k - 1)) and not t.after_bracket and (
                k + 1 < len(toks) and _gap(text, toks, k) == " "):
            nxt = toks[k + 1].lower
            start = nxt in _START_VERBS or (self.lang == "sv" and nxt in _SV_SUBJECT_VERBS)
        if not (call or start) or not self.free(t) or not name_like(lex, t):
            return
        if call:
            end = t.end
            if k + 1 < len(toks) and _gap(text, toks, k) == " " and self.free(toks[k + 1]) and _surname(
                    lex, toks[k + 1].lower) and toks[k + 1].text.islower():
                end = toks[k + 1].end
            self.take(_cand(t.start, end, "PERSON", "call_slot", (t.lower, "")))
        else:
            self.take(_cand(t.start, t.end, "PERSON", "start_aux", (t.lower, "")))

    def bracket(self, k: int) -> None:
        """``(alltså X Y.)``, ``(i.e. X Y.)`` after a person ending right before the bracket: ``k`` is the first
        word after the opener."""
        toks, text = self.toks, self.text
        t = toks[k]
        lo = max(0, t.start - _OPEN_REACH)
        if text.find("(", lo, t.start) < 0:
            return
        m = _BRACKET_OPEN.search(text, lo, t.start)
        if m is None or m.end() != t.start:
            return
        before = m.start()
        while before > 0 and text[before - 1] == " ":
            before -= 1
        if before not in self.person_end:
            return
        j = k
        words_in: list[Token] = []
        while j < len(toks) and len(words_in) < 3 and (j == k or text[toks[j - 1].end : toks[j].start] in (" ", ". ")):
            w = toks[j]
            if not (w.text.isalpha() and w.text.islower()) or _blocked(w.lower) or (
                    len(w.text) > 1 and self.lex.lang_words.get(w.lower)):
                break
            words_in.append(w)
            j += 1
        if not words_in:
            return
        end = words_in[-1].end
        tail = text[end : end + 3]
        if not (tail.startswith(")") or tail.startswith(".)")):
            return
        if not any(name_like(self.lex, w) or _surname(self.lex, w.lower) for w in words_in):
            return
        self.take(_cand(words_in[0].start, end + (1 if tail.startswith(".") else 0), "PERSON", "call_bracket",
                        (words_in[0].lower, "")))


def _work_before(toks: list[Token], i: int) -> bool:
    """A work word at token ``i``, or at ``i - 1`` with a short adverb between (`jobbar nu på`)."""
    if toks[i].lower in _WORK_WORDS:
        return True
    return i >= 1 and toks[i].lower in _WORK_ADVERBS and toks[i - 1].lower in _WORK_WORDS


def _org_rules(f: _Finder, k: int) -> None:
    toks, text, lex = f.toks, f.text, f.lex
    t = toks[k]
    spaced = k + 1 < len(toks) and _gap(text, toks, k) == " "
    nxt = toks[k + 1] if spaced else None
    head = nxt.lower if nxt is not None and nxt.text.islower() else ""
    if head in _TRADES and _owner_genitive(lex, t) and (f.free(toks[k + 1]) or f.free(t)):
        f.take(_cand(t.start, toks[k + 1].end, "ORG", "owner_trade"))
        return
    if (k >= 2 and toks[k - 1].lower in _OWNER_PREPS and head not in _TRADES and _gap(text, toks, k - 1) == " "
            and _work_before(toks, k - 2) and f.free(t) and _owner_genitive(lex, t)):
        f.take(_cand(t.start, t.end, "ORG", "work_genitive"))
        return
    if (head in _PLACE_HEADS or head in _CLUB_HEADS) and t.text.islower() and t.text.isalpha():
        place = t.lower[:-1] if t.lower.endswith("s") and not lex.get(t.lower) & PLACE else t.lower
        flags = lex.get(place)
        listed = bool(flags & PLACE) and not flags & KEEP
        unlisted = not flags and len(place) >= 4 and place not in lex.frequent and (
            head in _CLUB_HEADS or bool(_SV_PLACE_SHAPE.search(place)))
        if (listed or unlisted) and not _blocked(place) and not lex.lang_words.get(t.lower):
            f.take(_cand(t.start, toks[k + 1].end, "ORG", "place_trade"))
            return
    if (head in _BRAND_HEADS and k >= 2 and toks[k - 1].lower in _BRAND_PREPS and toks[k - 2].lower in _BRAND_CUES
            and t.text.islower() and _plain(t) and not lex.get(t.lower) & (COMMON | KEEP)
            and t.lower not in lex.frequent and not lex.lang_words.get(t.lower) and not _blocked(t.lower)):
        f.take(_cand(t.start, toks[k + 1].end, "ORG", "brand_suffix"))


def _member(f: _Finder, t: Token) -> tuple[bool, bool]:
    """(a name of the list, a name for sure) for a word of a joined list."""
    lex, low = f.lex, t.lower
    if not t.text.isalpha() or not t.text.islower() or len(low) < 3 or _blocked(low) or low in ARTICLES:
        return False, False
    if t.start in f.people:
        return True, True
    if sv_nickname_word(lex, low) == low and not lex.lang_words.get(low):
        return True, True
    flags = lex.get(low)
    if not flags & NAME or flags & KEEP:
        return False, False
    sure = not flags & (COMMON | AMBIG) and not lex.lang_words.get(low) and (bool(flags & FIRST) or _surname(lex, low))
    return True, sure


def _name_list(f: _Finder, k: int) -> int:
    """The list of names starting at word ``k``; returns the index after it (``k`` when none)."""
    toks, text = f.toks, f.text
    after_with = k >= 1 and (toks[k - 1].lower in _WITH or toks[k - 1].lower in _CALL_VERBS) and _gap(
        text, toks, k - 1) == " "
    line_start = k == 0 or "\n" in _gap(text, toks, k - 1) or toks[k].sent_start
    if not (after_with or line_start):
        return k
    members = [k]
    j = k
    while j + 2 < len(toks) + 1 and len(members) < 4:
        if j + 1 >= len(toks):
            break
        gap = _gap(text, toks, j)
        if gap in _SEPARATORS:
            members.append(j + 1)
            j += 1
            continue
        if gap == " " and toks[j + 1].lower in ("och", "o", "and") and j + 2 < len(toks) and _gap(
                text, toks, j + 1) == " ":
            members.append(j + 2)
            j += 2
            continue
        break
    if len(members) < 2:
        return k
    reads = [_member(f, toks[m]) for m in members]
    if not all(r[0] for r in reads) or not any(r[1] for r in reads):
        return k
    last = members[-1]
    if not after_with:  # opening a line: a verb must follow the list
        if last + 1 >= len(toks) or _gap(text, toks, last) != " ":
            return k
        nxt = toks[last + 1].lower
        if nxt not in _SV_SUBJECT_VERBS and nxt not in _START_VERBS and nxt not in _TALK_AFTER:
            return k
    for m in members:
        if f.free(toks[m]):
            f.take(_cand(toks[m].start, toks[m].end, "PERSON", "name_list", (toks[m].lower, "")))
    return last + 1


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New candidates of :data:`RULES` (``cands``: found so far, read only). The rules run only at the words
    :func:`_places` picks; every look-around is a bounded number of tokens."""
    if not toks or lang not in ("fi", "sv", "en"):
        return []
    places = _places(text, toks, lang)
    if not places:
        return []
    f = _Finder(text, toks, lex, lang, cands)
    rules: list[Callable[[int], None]] = [f.person_rules, f.bracket]
    done = 0  # words before this index belong to a list of names already taken
    for k in places:
        if k < done or not toks[k].text[:1].islower():
            continue
        if lang in ("sv", "en"):
            nxt = _name_list(f, k)
            if nxt > k:
                done = nxt
                continue
        _org_rules(f, k)
        for rule in rules:
            rule(k)
    return f.out


_MARK_AFTER = re.compile(r"[,&+]")  # a list of names goes on after the word before it


def _places(text: str, toks: list[Token], lang: str) -> list[int]:
    """The words a rule can take, in order: every rule needs a cue word right before or after the word (a call
    verb, `med`, `på`; an auxiliary, a trade or club head, `och`), a comma or an ampersand after it (a list of
    names), or a bracket a few words before it (a real name). Comprehensions and C-level scans only."""
    n = len(toks)
    lows = token_index.lowers(text, toks)
    at = {i + 1 for i, w in enumerate(lows) if w in _PREV_CUES}
    at.update(i - 1 for i, w in enumerate(lows) if w in _NEXT_CUES)
    if any(ch in text for ch in ",&+("):
        starts = token_index.starts(text, toks)
        if lang != "fi":  # a list of names (`_name_list`) is read in Swedish and English only
            at.update(bisect.bisect_right(starts, m.start()) - 1 for m in _MARK_AFTER.finditer(text))
        for i in (bisect.bisect_left(starts, m.start()) for m in re.finditer(r"\(", text)):
            at.update(range(i, i + 4))
    return sorted(k for k in at if 0 <= k < n)


_PREV_CUES = _CALL_VERBS | _WITH | _CALL_FILLERS | _OWNER_PREPS | _BRAND_PREPS
_NEXT_CUES = _START_VERBS | _SV_SUBJECT_VERBS | _TRADES | _PLACE_HEADS | _CLUB_HEADS | _BRAND_HEADS | frozenset(("och", "o", "and"))
