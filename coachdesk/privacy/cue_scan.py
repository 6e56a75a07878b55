"""Cheaper whole-text regex scans with exactly the same matches: near a cue, and keywords by first letter.

A detector regex such as "kolmekymmentäviisivuotias" has no literal or first-character prefix, so the
regex engine tries it at every position of the text. When every match of it contains a cue that a fast
regex finds (``vuotia``, ``(4``) no more than ``reach`` characters after the match's start, the regex
need only be tried in the ``reach`` characters before each cue: :func:`finditer_near` does that and
gives exactly the matches ``rx.finditer(text)`` gives, in the same order.

:func:`cue_starts` lists where any of a few literal cues starts (``str.find``, scanned in C), for rules
whose pattern is then matched only there; :func:`pair_starts` the same for many two-character cues in one scan.

A case-insensitive keyword list (``asiakasnumero|tilausnumero|…``) is tried word by word at every word
start; :func:`by_first_letter` writes it as one branch per first letter, the same matches in fewer steps.
A leading lookbehind (``(?<![\\w])``) or IGNORECASE keeps the engine from skipping ahead to a possible first
character; :func:`word_start_keywords` puts the first letters' exact case-insensitive class first instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from coachdesk.privacy import per_text
from coachdesk.privacy.run_scan import finditer_at


def cue_starts(text: str, cues: Iterable[str]) -> list[int]:
    """Every position where one of ``cues`` starts in ``text``, ascending, each position once."""
    out: set[int] = set()
    for cue in cues:
        i = text.find(cue)
        while i >= 0:
            out.add(i)
            i = text.find(cue, i + 1)
    return sorted(out)


def pair_starts(text: str, pairs: Iterable[str]) -> list[int]:
    """:func:`cue_starts` for cues of two characters each (any other cue: ``cue_starts`` itself): one scan for
    them all, where a first character of one stands before a second character of one (the engine skips in C
    between those places), each place then checked against the pairs. Many cues (the initials of every person
    of a long text) no longer cost one pass over the text each."""
    cues = set(pairs)
    if len(cues) < 3 or any(len(c) != 2 for c in cues):
        return cue_starts(text, cues)
    rx = re.compile(
        "[" + "".join(re.escape(c) for c in sorted({c[0] for c in cues})) + "]"
        "(?=[" + "".join(re.escape(c) for c in sorted({c[1] for c in cues})) + "])"
    )
    return [p for p in (m.start() for m in rx.finditer(text)) if text[p : p + 2] in cues]


def finditer_near(rx: re.Pattern[str], cue: re.Pattern[str], text: str, reach: int) -> Iterator[re.Match[str]]:
    """The matches of ``rx.finditer(text)``, tried only at the ``reach`` positions up to each ``cue``.

    Valid when every match of ``rx`` contains a match of ``cue`` that starts at most ``reach``
    characters after the match's own start, and ``rx`` never matches the empty string. Why the matches
    are the same: the next match of ``rx`` after ``pos`` starts at ``q`` with a cue in ``[q, q + reach]``,
    so ``q`` is at least the first cue after ``pos`` minus ``reach``; every position from there up to
    that cue is tried in order (``rx.match`` sees the text before ``q``, so lookbehinds hold), and when
    none matches, no match starts at or before that cue.
    """
    pos = 0  # where the scan continues, as in finditer: no match starts in [0, pos) that was not given
    while True:
        c = cue.search(text, pos)
        if c is None:
            return
        at = c.start()
        m = None
        for q in range(max(pos, at - reach), at + 1):
            m = rx.match(text, q)
            if m is not None:
                break
        if m is None:
            pos = at + 1
            continue
        yield m
        pos = m.end()


def by_first_letter(alternatives: str) -> str:
    """The regex alternation ``alternatives`` (``"asiakas|tiketti|asia"``) grouped by first letter:
    ``"a(?:siakas|sia)|t(?:iketti)"``, for use inside ``(?i:…)``.

    The matches are the same: alternatives that start with different lower-case letters never match at
    the same position (also under IGNORECASE), and those that share a letter keep their order. Each
    top-level alternative must start with a lower-case letter (checked); groups inside it may hold "|".
    """
    groups: dict[str, list[str]] = {}
    for alt in _top_level(alternatives):
        head = alt[:1]
        if not (head.isalpha() and head.islower()):
            raise ValueError(f"not a plain keyword alternative: {alt!r}")
        groups.setdefault(head, []).append(alt[1:])
    return "|".join(f"{head}(?:{'|'.join(rests)})" for head, rests in groups.items())


def _top_level(alternatives: str) -> list[str]:
    """The alternatives of a regex split at the "|" outside groups, classes and escapes."""
    out, depth, start, i, n = [], 0, 0, 0, len(alternatives)
    while i < n:
        ch = alternatives[i]
        if ch == "\\":
            i += 1  # an escaped character: never a bracket or a bar
        elif ch == "[":
            i = alternatives.index("]", i + 2)  # a class (its first character may be "]")
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(alternatives[start:i])
            start = i + 1
        i += 1
    out.append(alternatives[start:])
    return out


# The characters a lower-case letter matches under IGNORECASE besides itself and its capital (the regex
# engine's case equivalences: Kelvin sign, long s, dotted and dotless i, Ångström sign); every other letter
# of ``_FOLD_CHECKED`` matches only itself and its capital (tests/unit/privacy/test_cue_scan checks both).
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f", "å": "\u212b"}
_FOLD_CHECKED = "abcdefghijklmnopqrstuvwxyzåäöü"


def fold_class(letters: Iterable[str]) -> str:
    """The contents of a character class (no brackets) matching exactly what ``(?i:x)`` matches for each of
    ``letters`` (lower-case letters of ``_FOLD_CHECKED``), without IGNORECASE."""
    out: list[str] = []
    for ch in letters:
        if ch not in _FOLD_CHECKED:
            raise ValueError(f"no checked case folding for {ch!r}")
        for c in ch + ch.upper() + _FOLDS.get(ch, ""):
            if c not in out:
                out.append(c)
    return "".join(out)


def word_start_keywords(alternatives: str, not_after: str = r"\w", ignorecase: bool = True) -> str:
    r"""``(?<![\w])(?i:alternatives)`` written so that the regex engine skips to the keywords' first letters.

    ``"asiakas|tiketti|asia"`` becomes ``[aAtT](?<![\w].)(?i:(?<=a)(?:siakas|sia)|(?<=t)(?:iketti))``.
    The matches and groups are the same: a match starts at a character that one of the first letters matches
    under IGNORECASE (the class, checked without IGNORECASE so the engine can skip ahead in C); the
    lookbehind checks the character before it as ``(?<![\w])`` did; then the letter groups are tried in the
    order of ``by_first_letter`` (alternatives with different first letters never match at the same
    position), each letter checked again under IGNORECASE by its lookbehind and its rest matched after it.
    Every top-level alternative must start with a lower-case letter of ``_FOLD_CHECKED``.
    ``not_after`` is the class of characters that may not stand before a match (``\w-``: not after a
    hyphen either); ``ignorecase=False`` is for ``(?<![…])(?:alternatives)`` matched as written (a lower-cased text).
    """
    groups: dict[str, list[str]] = {}
    for alt in _top_level(alternatives):
        head = alt[:1]
        if not (head.isalpha() and head.islower()):
            raise ValueError(f"not a plain keyword alternative: {alt!r}")
        groups.setdefault(head, []).append(alt[1:])
    branches = "|".join(f"(?<={head})(?:{'|'.join(rests)})" for head, rests in groups.items())
    heads = fold_class(groups) if ignorecase else "".join(groups)
    return f"[{heads}](?<![{not_after}].)" + (f"(?i:{branches})" if ignorecase else f"(?:{branches})")


def first_char_groups(words: list[str]) -> str:
    """``(?<![\\w-])(?:w1|w2|…)`` for literal ``words`` (in this order), written as one branch per first character
    with the lookbehind after it (``K(?<![\\w-]K)(?:-Market|esko)|L(?<![\\w-]L)(?:idl)``): the same matches (words
    with different first characters never match at the same position; those sharing one keep their order),
    and the regex engine skips to the first characters and tries each position against its own group only."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(h)}(?<![\\w-]{re.escape(h)})(?:{'|'.join(rests)})" for h, rests in groups.items())


# characters that stand for themselves in a regex and fold to nothing else under IGNORECASE once the odd folds
# (_FOLDS) are absent: the letters of _FOLD_CHECKED, the space and a few punctuation marks
_PLAIN_PREFIX_CHARS = frozenset(_FOLD_CHECKED + " ,'’:-")
_ODD_FOLDS = re.compile("[" + "".join(_FOLDS.values()) + "]")


def keyword_prefixes(alternatives: str, width: int = 4) -> tuple[str, ...]:
    """The plain start (at most ``width`` characters) of each top-level alternative of a keyword regex written for
    :func:`word_start_keywords` (``"työpaikka(?:na)?\\s+on|aged?"`` gives ``("työp", "age")``): the characters before
    the first regex syntax or quantified character, each one that every match of the alternative starts with.
    Raises ValueError for an alternative without one."""
    out: list[str] = []
    for alt in _top_level(alternatives):
        pre = ""
        for i, ch in enumerate(alt[:width]):
            if ch not in _PLAIN_PREFIX_CHARS or alt[i + 1 : i + 2] in ("?", "*", "{", "+"):
                break  # (an empty next character: "" is "in" nothing of the tuple)
            pre += ch
        if not pre:
            raise ValueError(f"no plain start: {alt!r}")
        out.append(pre)
    # a start that another one begins is found at its places already
    return tuple(sorted(w for w in set(out) if not any(o != w and w.startswith(o) for o in out)))


def keyword_starts(text: str, prefixes: tuple[str, ...]) -> list[int] | None:
    """Every position where one of ``prefixes`` (from :func:`keyword_prefixes`) starts in ``text`` read in any letter
    case, ascending: every place an IGNORECASE keyword regex whose alternatives open with them can match (for
    ``run_scan.finditer_at``). Read from the lower-cased text (once per scrub call); None when that cannot stand
    for the text: a letter whose lower case is longer (İ), or one of the engine's odd case equivalences (ı, ſ, the
    Kelvin and Ångström signs), which a lower-cased text does not show. The caller then scans the whole text."""
    low = per_text.once(str.lower, text)
    if len(low) != len(text) or per_text.once(_odd_folds, text):
        return None
    rxs = _PREFIX_RX.get(prefixes)
    if rxs is None:  # (the prefixes of a regex are fixed at import: a few dozen literal patterns in all)
        rxs = _PREFIX_RX[prefixes] = [re.compile(re.escape(p)) for p in prefixes]
    out: set[int] = set()
    for rx in rxs:  # a literal pattern: the regex engine's fast search (and no str method per hit on a copy)
        m = rx.search(low)
        while m is not None:  # from the next character on: an overlapping copy is found too
            out.add(m.start())
            m = rx.search(low, m.start() + 1)
    return sorted(out)


_PREFIX_RX: dict[tuple[str, ...], list[re.Pattern[str]]] = {}


def keyword_finditer(rx: re.Pattern[str], text: str, prefixes: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a regex that opens with ``word_start_keywords`` of alternatives whose
    :func:`keyword_prefixes` are ``prefixes``: tried only where one of them starts (the same matches)."""
    starts = keyword_starts(text, prefixes)
    return rx.finditer(text) if starts is None else finditer_at(rx, text, starts)


def _odd_folds(text: str) -> bool:
    return _ODD_FOLDS.search(text) is not None
