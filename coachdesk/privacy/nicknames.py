"""Nicknames: the one a person calls themself, a nickname before `eli`/`aka` and a full name, and the later
(inflected) uses of every nickname found.

Runs with the late rules (one hook line in ``scrubber._word_names``, after ``form_people``) and only adds PERSON
candidates. Cue sections: ``NICK_CALLS_SELF`` (`kutsuu_itseään`, `calls_herself`, `kallar_sig`, `säger`; "_" joins
words) and ``NICK_ALIAS`` (`eli`, `aka`, `alias`, `alltså`).

| id | shape (invented examples) | trap |
|---|---|---|
| calls_self | a calling cue and one word, quoted or capitalised: `(kutsuu itseään X)`, `(calls herself X)`, `(säger X)`, `she goes by "X"` | `(kutsuu itseään uupuneeksi)`, `calls herself a carer`, `(säger Nej)` (a word) |
| alias_full | a nickname opening a clause (lower case too), `eli`/`aka`/`alias`/`alltså`, then a full name of two capitalised name words: the nickname (`nok eli X Y tuli`) | `siis eli Maija Lehto` (an ordinary word), `nok eli se juttu` |
| genitive_copy | a person found certain as ONE capitalised word in no list in the genitive (`Aihe: Xin työkokeilu`, `Ämne: Xs praktik`, `Subject: X's trial`): its bare form's capitalised uses anywhere, bare or inflected (`X aloittaa`, `Xille`) | a genitive of the lists (`Kallion`), a bare form that is an ordinary word, a lower-case use |
| nick_copy | a later use of a nickname found by these rules or a quoted nickname after a name (`X ("Y", 41)`), bare or with a case ending (`Ynkaan`, `Y:lle`, `Ys`, `Y's`) | a copy that is an ordinary word of the text's language |
"""

from __future__ import annotations

import re

from coachdesk.privacy.cue_scan import finditer_near, word_start_keywords
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.lexicon import COMMON, KEEP, NAME, PLACE, Lexicon
from coachdesk.privacy.name_words import plain_ending
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("calls_self", "the name after a calling cue: (kutsuu itseään X), (calls herself X), (säger X)"),
        Rule("alias_full", "a nickname before eli/aka/alias and a full name: nok eli X Y"),
        Rule("nick_copy", "a later use of a found nickname, bare or inflected: Xnkaan, X:lle, X's"),
        Rule("genitive_copy", "a capitalised copy of the bare form of a found person's genitive in no list: Aihe: Xin … X aloittaa"),
    )
}

_QUOTE = "\"'“”‘’«»"
_CALLS = sorted((w.replace("_", " ") for w in words("NICK_CALLS_SELF")), key=len, reverse=True)
_CALLS_RX = re.compile(
    r"(?i:(?<![\w])(" + "|".join(re.escape(c).replace(r"\ ", r"[ \t]+") for c in _CALLS) + r"))[ \t]+"
    r"([" + _QUOTE + r"]?)([^\W\d_][\w'’-]{1,20}?)([" + _QUOTE + r"]?)(?=[)\s,.;:!?]|$)"
)
# the first word of a calling cue: the scan is tried only where one starts (cue_scan.finditer_near)
_CALLS_CUE = re.compile(
    word_start_keywords("|".join(sorted({re.escape(c.split()[0]) for c in _CALLS}, key=len, reverse=True))) + r"(?![\w])"
)
_ALIAS = words("NICK_ALIAS")
_ALIAS_ALT = "|".join(sorted(map(re.escape, _ALIAS), key=len, reverse=True))
_ALIAS_RX = re.compile(
    r"(?:^|(?<=[\n.!?,;(]))[ \t]{0,3}([^\W\d_][\w-]{1,14})[ \t]{1,3}(?i:(" + _ALIAS_ALT + r"))[ \t]+"
    r"([A-ZÅÄÖ][\w'’-]+[ \t]+[A-ZÅÄÖ][\w'’-]+)(?![\w'’-])"
)
_ALIAS_CUE = re.compile(word_start_keywords(_ALIAS_ALT) + r"(?![\w])")
_ALIAS_REACH = 3 + 15 + 3  # the cue starts at most this far after a match's start
# Finnish endings of a nickname's later uses (the stem may take -i- or :), Swedish and English genitives
_ENDINGS = frozenset(
    "n a ä ta tä lle lta ltä lla llä ssa ssä sta stä ksi kin kaan kään nkaan nkään nkin lleen ltakin ltäkin llekin "
    "lla llä s 's ’s".split()
)


def _plain(word: str, lex: Lexicon) -> bool:
    """An ordinary word of the lists, no name: never a nickname."""
    low = word.lower()
    flags = lex.get(low)
    if flags & KEEP or (flags & PLACE and not flags & NAME):
        return True
    if flags & NAME:
        return bool(lex.lang_words.get(low)) and low in lex.frequent
    return bool(flags & COMMON) or low in lex.frequent or bool(lex.lang_words.get(low))


def _calls_self(text: str, lex: Lexicon) -> list[tuple[int, int, str, str]]:
    out = []
    for m in finditer_near(_CALLS_RX, _CALLS_CUE, text, 0):
        word, quoted = m.group(3), bool(m.group(2)) and bool(m.group(4))
        ending = ""
        if word.lower().endswith("ksi") and len(word) > 5:
            word, ending = word[:-3], "ksi"  # "kutsuu itseään Chinoksi": the name, the translative after it
        if not (quoted or word[:1].isupper()) or _plain(word, lex) or len(word) < 2:
            continue
        out.append((m.start(3), m.end(3), word, ending))
    return out


def _alias_full(text: str, lex: Lexicon) -> list[tuple[int, int, str, str]]:
    out = []
    for m in finditer_near(_ALIAS_RX, _ALIAS_CUE, text, _ALIAS_REACH):
        nick, full = m.group(1), m.group(3).split()
        if _plain(nick, lex) or any(_plain(w, lex) for w in full) or nick.isupper():
            continue
        out.append((m.start(1), m.end(1), nick, ""))
    return out


def _stem_and_ending(low: str, stems: dict[str, tuple[int, int]] | dict[str, int]) -> tuple[str, str] | None:
    """The stem of ``stems`` that ``low`` is, bare or with an ending of :data:`_ENDINGS` (a `:` or a linking `i`
    may come first), and that ending; None otherwise. Only the last dozen letters can be an ending: linear work."""
    for cut in range(len(low), max(1, len(low) - 12), -1):
        stem = low[:cut]
        if stem not in stems:
            continue
        rest = low[cut:].lstrip(":")
        if rest.startswith("i") and stem[-1:] not in "aeiouyäö" and rest[1:] in _ENDINGS:
            rest = rest[1:]  # nokille: nok + i + lle
        if rest == "" or rest in _ENDINGS:
            return stem, plain_ending(rest.lstrip("'’"))
    return None


def _heads(stems: dict[str, tuple[int, int]] | dict[str, int]) -> tuple[int, set[str]]:
    """(m, the first m letters of every stem), m the shortest stem's length: a word whose first m letters are no
    such head is none of the stems, bare or with an ending (:func:`_stem_and_ending` gives None)."""
    m = min(map(len, stems))
    return m, {w[:m] for w in stems}


def _copies(toks: list[Token], nicks: dict[str, int], lex: Lexicon) -> list[tuple[int, int, str, str]]:
    """Every later token that is a nickname, bare or with an ending: (start, end, nickname, ending kept after the
    placeholder)."""
    out = []
    m, heads = _heads(nicks)
    for t in toks:
        if t.lower[:m] not in heads:
            continue  # no nickname starts this word (the cheap test first)
        hit = _stem_and_ending(t.lower, nicks)
        if hit is None or t.start < nicks[hit[0]] or (t.lower == hit[0] and _plain(t.text, lex)):
            continue
        out.append((t.start, t.end, t.text[: len(hit[0])], hit[1]))
    return out


def find(text: str, toks: list[Token], lex: Lexicon, cands: list[Cand]) -> list[Cand]:
    """New PERSON candidates of :data:`RULES` (``cands``: found so far, read only)."""
    out: list[Cand] = []
    nicks: dict[str, int] = {}  # nickname (lower case) -> where its later uses may start
    for rid, found in (("calls_self", _calls_self(text, lex)), ("alias_full", _alias_full(text, lex))):
        for s, e, w, ending in found:
            out.append(Cand(s, e, "PERSON", "person", f"nickname ({rid})", PRIO_NAME, ending, (w.lower(), "")))
            nicks.setdefault(w.lower(), e)
    for c in cands:
        if c.label == "PERSON" and c.reason == "nickname after a name" and c.end - c.start >= 3:
            nicks.setdefault(text[c.start : c.end].lower(), c.end)
    out += _genitive_copies(text, toks, lex, cands)
    if not nicks:
        return out
    held = {(c.start, c.end) for c in out}
    for s, e, w, ending in _copies(toks, nicks, lex):
        if (s, s + len(w)) not in held:
            out.append(Cand(s, e, "PERSON", "person", "later use of a nickname (nick_copy)", PRIO_NAME, ending,
                            (w.lower(), "")))
    return out


def _bare_of_genitive(word: str) -> str:
    """The bare form of a genitive (fi `Xin` after a consonant, `Xn`; sv `Xs`; en `X's`), or ""."""
    low = word.lower()
    if low.endswith(("'s", "’s")):
        return low[:-2]
    if low.endswith("in") and len(low) > 5 and low[-3] not in "aeiouyäö":
        return low[:-2]
    return low[:-1] if low.endswith(("n", "s")) and len(low) > 4 else ""


def _genitive_copies(text: str, toks: list[Token], lex: Lexicon, cands: list[Cand]) -> list[Cand]:
    """Rule genitive_copy."""
    bases: dict[str, tuple[int, int]] = {}
    keys: dict[str, tuple[str, str]] = {}  # the found genitive's person: its copies get the same letter
    for c in cands:
        word = text[c.start : c.end]
        if c.label != "PERSON" or c.uncertain or not word[:1].isupper() or not word.replace("'", "").replace("’", "").isalpha():
            continue
        bare = _bare_of_genitive(word)
        if len(bare) >= 3 and not lex.get(word.lower()) and not lex.lookup_all(bare) and not _plain(bare, lex):
            bases.setdefault(bare, (c.start, c.end))
            keys.setdefault(bare, c.key if any(c.key) else (bare, ""))
    out: list[Cand] = []
    if not bases:
        return out
    m, heads = _heads(bases)
    for t in toks:
        hit = _stem_and_ending(t.lower, bases) if t.cap and t.lower[:m] in heads else None
        if hit is None or bases[hit[0]][0] <= t.start < bases[hit[0]][1]:
            continue
        out.append(Cand(t.start, t.end, "PERSON", "person", "bare form of a found genitive (genitive_copy)",
                        PRIO_NAME, hit[1], keys[hit[0]]))
    return out
