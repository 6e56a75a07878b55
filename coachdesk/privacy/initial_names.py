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
"""

from __future__ import annotations

import bisect
import re

from coachdesk.privacy import token_index
from coachdesk.privacy.cues import EN_PERSON_VERBS, FI_PERSON_VERBS
from coachdesk.privacy.lexicon import COMMON, FIRST, KEEP, PLACE, Lexicon
from coachdesk.privacy.name_words import foreign, looks_finnish
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
        if len(t.text) >= 3 and (first_name(flags) or _unknown_name(t, flags, lex, lang)):
            ini = _INITIAL_DOT.match(text, t.end)
            if ini and nxt is not None and nxt.start == ini.start(1) and not any(covered[t.start : ini.end(1) + 1]):
                taken.add(t.start)
                out.append(Cand(t.start, ini.end(1) + 1, "PERSON", "person", "name at a start (name_initial)", PRIO_NAME, key=(base, "")))
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
