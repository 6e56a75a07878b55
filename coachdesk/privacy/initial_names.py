"""Names at a sentence or line start that the name rules leave as words or questions.

Runs after the name rules, the name model and the hurried-note rules (``scrubber._scrub``) and only
adds person candidates; a word another finding covers is never taken, nor a kept word (lexicon KEEP).
Every decision is one row of :data:`RULES`.

| id | shape (invented examples) | evidence |
|---|---|---|
| one_who | `Hope is the one who …`, `Rut är den som …` | a listed first name, then is/was the one who/that (är/var den som) |
| chat_header | a chat header line: `Lumi klo 9.12`, `Lumi 9:12`, `Eino K. 10.05` | a listed first name alone on its line before a time; a word in no list when another header has a listed name |
| pair_start | `Tuuli ja Onni peräkkäin`, `Rut och Siv kom` | two listed first names joined by ja/och/and at a sentence start, the second capitalised inside the sentence |
| repeat_start | `… Lempi Koski … Lempi on oma yrittäjä.` | a listed first name that is no frequent word, found earlier in this text with a surname, again in its base form before a copula or a person's verb; not `Toivo on, että`, `Will he`, `Grace under pressure` |
| after_label | `Lisätietoja: Onni on palannut töihin` | a listed first name after a field label, then a person's verb or on/oli + a past participle |
| name_initial | `Haile G. called` | a capitalised word (a listed first name or a word in no list) at a sentence start, one capital initial and a dot, then a lower-case word |
| task_initials | `Sovittiin että XK hoitaa Kela-asiat ja XP ottaa yhteyttä`, `XS will send`, `BH ringer` | two capitals or hyphen initials (`A-K`) at a sentence or list start or after `että`/`ja`/`,`/`:`, right before a verb of a person (``FI_PERSON_VERBS``, ``EN_PERSON_VERBS``) or of a task (``INITIALS_TASK_VERBS``: `hoitaa`, `selvittää`, `will`, `ringer`); no known acronym, title, weekday, frequent word or Roman numeral (``acronyms.word_caps``: not `TE hoitaa`, `HR will`, `II jakso`) |
| dotted_initial | `Asiakas Xiina … X. itse toivoo`, `X. kertoi`, `kuten X. kertoi`, `Sovin X.:n kanssa` | one capital and a dot, the first letter of a person found earlier in the text, then (opening a sentence) `itse` or a person's verb, or on/oli + a past participle, or (inside a sentence) a person's verb of ``FI_PERSON_VERBS`` / ``EN_PERSON_VERBS``; or one capital, a dot and a case ending after a colon (`X.:lle`), the first letter of a person found in the text; not a list marker (`A. Tavoitteet`: a capital follows; `lettered_item`), not `liite B:n` (no dot) |
| initials_pair | `X. ja Y. – teillä oli vastaava?`, `X. och Y., har ni …` | two single capitals with dots joined by ja/och/and/&, then (after a dash, comma or colon maybe) a second-person plural word among the next three words (``YOU_PLURAL``: `teillä`, `onko teillä`, `ni`, `you`) or a person's verb, or after a greeting (``GREETINGS``: `Hei X. ja Y.!`); not `kohdat A. ja B. käsiteltiin` |
| ending_initials | `ehditkö kattoo XR:n päivähoitojutun?`, `XK:lle tiedoksi` | Finnish: two capitals with a case ending after a colon (`:n`, `:lle`, `:ltä` …), no known acronym, title, weekday, frequent word or Roman numeral: ASKED (an uncertain finding), never certain; not `TE:lle`, `TT:ltä`, `EU:n` |
| initial_hyphen_pair | `Aihe: Työkokeilu / X. A-K.`, `X. A-K. aloittaa` | one capital and a dot, then hyphen initials (`A-K`, with a dot maybe): a name written as initials whole; not a range of the alphabet (`R. A-Ö.`) |
"""

from __future__ import annotations

import bisect
import re

from coachdesk.privacy import token_index
from coachdesk.privacy.acronyms import word_caps
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.cues import EN_PERSON_VERBS, FI_PERSON_VERBS
from coachdesk.privacy.lexicon import COMMON, FIRST, KEEP, PLACE, Lexicon
from coachdesk.privacy.name_words import foreign, looks_finnish
from coachdesk.privacy.prose_names import initials_wanted
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand
from coachdesk.privacy.tokens import Token, is_chat_style

RULES = {
    r.id: r
    for r in (
        Rule("one_who", "a listed first name before 'is the one who' / 'är den som'"),
        Rule("chat_header", "a listed first name alone on a line before a time (chat header)"),
        Rule("pair_start", "two listed first names joined by ja/och/and at a sentence start"),
        Rule("repeat_start", "a word found as a name earlier, again at a sentence start"),
        Rule("after_label", "a listed first name after a field label, then a person's verb or participle"),
        Rule("name_initial", "a name at a sentence start, a capital initial with a dot, a lower-case word"),
        Rule("task_initials", "two capitals (or A-K) right before a person's or a task's verb: MK hoitaa, JS will"),
        Rule("dotted_initial", "a capital with a dot opening a sentence, a found person's letter, then a person's verb"),
        Rule("initials_pair", "two dotted capitals joined by ja/och/and before a second-person plural word"),
        Rule("initial_hyphen_pair", "a dotted capital, then hyphen initials: R. A-K."),
        Rule("ending_initials", "Finnish: two capitals with a case ending after a colon (JR:n): asked, never certain"),
    )
}

_ONE_WHO = re.compile(r"[ \t]+(?:is|was|är|var)[ \t]+(?:the[ \t]+one[ \t]+(?:who|that)|den[ \t]+som)\b")
_HEADER = re.compile(
    r"^[ \t]*([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)(?:[ \t]+[A-ZÅÄÖ]\.?)?[ \t]+(?:klo[ \t]+|kl\.?[ \t]+)?"
    r"(?:[01]?\d|2[0-3])[.:][0-5]\d[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
_JOIN = frozenset(("ja", "och", "and", "sekä"))
_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-ZÅÄÖ][\w -]{1,30}:[ \t]+$")
_PARTICIPLE = re.compile(r"[a-zåäö]{2,}(?:nut|nyt|llut|llyt|rrut|ssut|ut|yt)$")
_COPULA = frozenset(("on", "oli", "ei"))
_INITIAL_DOT = re.compile(r"[ \t]+([A-ZÅÄÖ])\.[ \t]+(?=[a-zåäö])")
_REPEAT_VERBS = frozenset("on oli ei is was has had does did är var har hade".split())
_EN_PRONOUNS = frozenset("he she it you we they i his her its".split())
_DOER_VERBS = FI_PERSON_VERBS | EN_PERSON_VERBS | words("INITIALS_TASK_VERBS") | words("SV_SUBJECT_VERBS")
_YOU_PLURAL = words("YOU_PLURAL")
_CAPS2 = re.compile(r"[A-ZÅÄÖ]{2}|[A-ZÅÄÖ]-[A-ZÅÄÖ]")
_DOER_BEFORE = re.compile(r"(?:^|[\n:;,–—(.!?]|(?<![\w-])(?:että|ja|och|and|sekä|kun|jos|att|then|so))[ \t]*$|(?:^|\n)[ \t]*[-*•][ \t]*$")
_PAIR = re.compile(r"([A-ZÅÄÖ])\.[ \t]+(?:ja|och|and|&)[ \t]+([A-ZÅÄÖ])\.")
_AFTER_PAIR = re.compile(r"[ \t]*[–—,:-]?[ \t]*([a-zåäö]+)(?:[ \t]+([a-zåäö]+))?(?:[ \t]+([a-zåäö]+))?")
_HYPHEN_PAIR = re.compile(r"(?<![\w.-])[A-ZÅÄÖ]\.[ \t]?[A-ZÅÄÖ]-[A-YÄ](?:\.|(?![\w-]))")  # not a range A-Ö, A-Z, A-Å
_CASE_ENDINGS = frozenset("n lle ltä lta llä lla ssa ssä sta stä ta tä ksi na nä kin ta".split())
_TALK_VERBS = FI_PERSON_VERBS | EN_PERSON_VERBS  # mid-sentence, only a person's verb: "kuten T. kertoi"
_GREETED = re.compile(rf"(?:^|\n|[ \t])(?i:{'|'.join(sorted(words('GREETINGS')))})[ \t,]+\Z")
_SELF = frozenset(("itse", "själv", "himself", "herself"))


def _cand(t: Token, base: str, rule: str) -> Cand:
    return Cand(t.start, t.end, "PERSON", "person", f"name at a start ({rule})", PRIO_NAME, key=(base, ""))


def find(
    text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand], chat: bool | None = None
) -> list[Cand]:
    """New person candidates by the rules of :data:`RULES` (``cands``: every finding so far; ``chat``: the
    text's chat style as the scrubber judged it, judged here when None)."""
    if not toks:
        return []
    covered = bytearray(len(text))
    found: set[str] = set()
    first_seen: dict[str, int] = {}  # a certain full-name finding: its first name's base -> where first found
    for c in cands:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
        if c.label == "PERSON" and c.key[0]:
            found.add(c.key[0])
            if not c.uncertain and c.kind != "term" and c.key[1]:
                first_seen[c.key[0]] = min(c.start, first_seen.get(c.key[0], c.start))
    starts = token_index.starts(text, toks)
    out: list[Cand] = []
    taken: set[int] = set()

    def add(t: Token, base: str, rule: str) -> None:
        if t.start not in taken and not any(covered[t.start : t.end]):
            taken.add(t.start)
            out.append(_cand(t, base, rule))

    def reading(t: Token) -> tuple[int, str]:
        flags, base, _ = lex.lookup(t.text)
        return flags, (base or t.lower)

    def first_name(flags: int) -> bool:
        return bool(flags & FIRST) and not flags & KEEP

    # chat headers: the name of a line "Lumi klo 9.12"
    headers = []
    for m in _HEADER.finditer(text):
        i = bisect.bisect_left(starts, m.start(1))
        if i < len(toks) and toks[i].start == m.start(1):
            headers.append((toks[i], *reading(toks[i])))
    listed = sum(1 for _, f, _ in headers if first_name(f))
    thread = listed >= 2 or (is_chat_style(text, toks) if chat is None else chat)
    for t, flags, base in headers:  # a name that is a word, or a word in no list, only in a thread
        if (first_name(flags) and (thread or not flags & COMMON)) or (thread and listed and not flags and t.lower not in lex.frequent):
            add(t, base, "chat_header")

    for k, t in enumerate(toks):
        if not t.cap or not t.sent_start or t.upper:
            continue
        flags, base = reading(t)
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if first_name(flags) and _ONE_WHO.match(text, t.end):
            add(t, base, "one_who")
            continue
        if (
            first_name(flags)
            and nxt is not None
            and nxt.lower in _JOIN
            and k + 2 < len(toks)
            and text[t.end : nxt.start] == " "
            and text[nxt.end : toks[k + 2].start] == " "
        ):
            t2 = toks[k + 2]
            f2, b2 = reading(t2)
            if t2.cap and not t2.sent_start and ((first_name(f2) and not f2 & PLACE) or b2 in found):
                add(t, base, "pair_start")
                add(t2, b2, "pair_start")
                continue
        if (
            first_name(flags)
            and not flags & COMMON
            and t.lower == base
            and first_seen.get(base, t.start) < t.start
            and _repeat_ok(text, t, nxt, lang)
        ):
            add(t, base, "repeat_start")
            continue
        if first_name(flags) and _LABEL_BEFORE.search(text, max(0, t.start - 34), t.start) and _person_after(toks, k):
            add(t, base, "after_label")
            continue
        ini = _INITIAL_DOT.match(text, t.end)  # the cheap test first: most words have no initial after them
        if (ini and len(t.text) >= 3 and (first_name(flags) or _unknown_name(t, flags, lex, lang))
                and nxt is not None and nxt.start == ini.start(1) and not any(covered[t.start : ini.end(1) + 1])):
            taken.add(t.start)
            out.append(Cand(t.start, ini.end(1) + 1, "PERSON", "person", "name at a start (name_initial)", PRIO_NAME, key=(base, "")))
    out.extend(_initials(text, toks, lex, lang, cands, covered, taken))
    return out


def lettered_item(text: str, pos: int) -> bool:
    """A capital and a dot at ``pos`` opening a line of a lettered list: the line before or after opens with the
    letter before or after it (`A. Tavoitteet` / `B. Keinot`): a list marker, no initial."""
    line = text.rfind("\n", 0, pos) + 1
    if text[line:pos].strip(" \t") or text[pos + 1 : pos + 2] != "." or not text[pos : pos + 1].isupper():
        return False
    letter = ord(text[pos])
    prev_end = line - 1
    if prev_end > 0:
        prev = text[text.rfind("\n", 0, prev_end) + 1 : prev_end].lstrip(" \t")
        if prev[:2] == chr(letter - 1) + ".":
            return True
    nxt_end = text.find("\n", pos)
    if nxt_end >= 0:
        nxt = text[nxt_end + 1 : nxt_end + 4].lstrip(" \t")
        if nxt[:2] == chr(letter + 1) + ".":
            return True
    return False


def _initial_cand(s: int, e: int, rule: str, word: str, key: tuple[str, str] | None = None) -> Cand:
    return Cand(s, e, "PERSON", "person", f"initials of a person ({rule})", PRIO_NAME, key=key or (word.lower(), ""))


def _initials(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand], covered: bytearray,
              taken: set[int]) -> list[Cand]:
    """Rules task_initials, ending_initials, dotted_initial, initials_pair and initial_hyphen_pair (one pass over
    the tokens)."""
    out: list[Cand] = []
    letters: dict[str, int] = {}  # a found person's first letter -> where that person was first found
    keys: dict[str, tuple[str, str]] = {}  # that letter -> the person's key (one person of the letter: the same one)
    for c in sorted(cands, key=lambda c: c.start):
        if c.label == "PERSON" and c.kind != "term" and not c.uncertain and text[c.start : c.start + 1].isupper():
            first = text[c.start : c.end].split()[0]
            if len(first) >= 3 and first[1:2].islower():  # a name, not initials
                letters.setdefault(first[0], c.start)
                keys.setdefault(first[0], c.key)

    defined: dict[str, tuple[str, str]] | None = None  # the initials of the people found so far -> their keys

    def free(s: int, e: int) -> bool:
        return s not in taken and not any(covered[s:e])

    n = len(toks)
    for k, t in enumerate(toks):
        if not t.upper and (len(t.text) != 1 or not t.cap):
            continue  # every rule below wants an all-caps word or a single capital
        nxt = toks[k + 1] if k + 1 < n else None
        if t.upper and _CAPS2.fullmatch(t.text) and nxt is not None and nxt.lower in _DOER_VERBS:
            if (text[t.end : nxt.start] == " " and not t.colon_suffix and free(t.start, t.end)
                    and not word_caps(t.text.replace("-", ""), lex)
                    and _DOER_BEFORE.search(text, max(0, t.start - 8), t.start)):
                taken.add(t.start)
                if defined is None:
                    defined = initials_wanted(text, [c for c in cands if c.label == "PERSON"])
                # "Dr Xolm (EH)" … "EH hoitaa", "Ánte Länsman … AL soittaa": the same person
                out.append(_initial_cand(t.start, t.end, "task_initials", t.text, defined.get(t.text.replace("-", ""))))
            continue
        if (lang == "fi" and t.upper and len(t.text) == 2 and t.text.isalpha() and nxt is not None and nxt.colon_suffix
                and nxt.start == t.end + 1 and nxt.lower in _CASE_ENDINGS and free(t.start, t.end)
                and not word_caps(t.text, lex) and not text[max(0, t.start - 2) : t.start].strip()[-1:].isdigit()):
            if defined is None:
                defined = initials_wanted(text, [c for c in cands if c.label == "PERSON"])
            if t.text in defined:
                continue  # a found person's initials: found_initials takes them, certain (prose_names)
            taken.add(t.start)
            c = _initial_cand(t.start, t.end, "ending_initials", t.text)
            c.uncertain = True
            out.append(c)
            continue
        if len(t.text) != 1 or not t.cap or text[t.end : t.end + 1] != ".":
            continue
        if lettered_item(text, t.start):
            continue
        if t.text[0] in letters and nxt is not None and text[t.end : nxt.start] == ".:" and (
                nxt.lower in _CASE_ENDINGS and free(t.start, t.end)):
            taken.add(t.start)  # "Sovin T.:n kanssa" beside a Tuula: her initial with a case ending
            out.append(_initial_cand(t.start, t.end + 1, "dotted_initial", t.text, keys.get(t.text)))
            continue
        if (t.text[0] in letters and letters[t.text[0]] < t.start and nxt is not None
                and text[t.end + 1 : nxt.start] == " " and free(t.start, t.end)
                and (nxt.lower in _SELF or _person_after(toks, k) if t.sent_start else nxt.lower in _TALK_VERBS)):
            taken.add(t.start)
            out.append(_initial_cand(t.start, t.end + 1, "dotted_initial", t.text, keys.get(t.text)))
            continue
        m = _PAIR.match(text, t.start)
        if m is not None:
            a = _AFTER_PAIR.match(text, m.end())
            greeted = _GREETED.search(text, max(0, m.start() - 12), m.start()) is not None  # "Hei H. ja T.!"
            said = a is not None and (any(w in _YOU_PLURAL for w in a.groups() if w) or a.group(1) in _DOER_VERBS)
            if (greeted or said) and free(m.start(), m.end()):
                taken.add(t.start)
                out.append(_initial_cand(m.start(1), m.end(1) + 1, "initials_pair", m.group(1)))
                out.append(_initial_cand(m.start(2), m.end(2) + 1, "initials_pair", m.group(2)))
                continue
        h = _HYPHEN_PAIR.match(text, t.start)
        if h is not None and h.start() not in taken and not any(covered[h.start() + 2 : h.end()]):  # "R" may be taken
            taken.add(t.start)
            end = h.end() - 1 if text[h.end() - 1] == "." else h.end()
            out.append(_initial_cand(h.start(), end + 1 if text[end : end + 1] == "." else end, "initial_hyphen_pair",
                                     text[h.start() : end]))
    return out


def _unknown_name(t: Token, flags: int, lex: Lexicon, lang: str) -> bool:
    """A capitalised word in no list and no frequent word; in a Finnish text not shaped like a Finnish word."""
    if flags or t.lower in lex.frequent:
        return False
    return lang != "fi" or foreign(t.text) or not looks_finnish(t.text)


def _repeat_ok(text: str, t: Token, nxt: Token | None, lang: str) -> bool:
    """A found name again at a start: not before a comma (``Toivo on, että``) nor an English pronoun (``Will he``)."""
    if nxt is None or text[t.end : t.end + 1] in (",", ":"):
        return False
    if lang == "en" and nxt.lower in _EN_PRONOUNS:
        return False
    after = text[nxt.end : nxt.end + 2]
    if nxt.lower in _COPULA and after.startswith(","):
        return False
    # a verb must follow: "Grace under pressure" is the word
    return nxt.lower in _REPEAT_VERBS or nxt.lower in FI_PERSON_VERBS or nxt.lower in EN_PERSON_VERBS


def _person_after(toks: list[Token], k: int) -> bool:
    """A person's verb right after word k, or on/oli/ei + a past participle."""
    if k + 1 >= len(toks):
        return False
    w = toks[k + 1].lower
    if w in FI_PERSON_VERBS or w in EN_PERSON_VERBS:
        return True
    return w in _COPULA and k + 2 < len(toks) and bool(_PARTICIPLE.search(toks[k + 2].lower))
