"""Whole-text regex scans tried only where a match can start, with exactly the same matches.

A pattern such as an e-mail address (``[\\w.+-]++@…`` after ``(?<![\\w.+-])``) has no literal prefix, so
the regex engine tries it at every position of the text. Every match of it starts where the run of its
characters that ends at a rare cue (``@``) starts. :func:`run_starts` finds those starts by scanning back
from each cue (each character looked at once: linear), and :func:`finditer_at` tries the pattern only
there, giving exactly the matches ``rx.finditer(text)`` gives, in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from coachdesk.privacy import per_text


def finditer_at(rx: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches of ``rx.finditer(text)``, tried only at ``starts``.

    Valid when ``starts`` is ascending and holds every position where a match of ``rx`` can start, and
    ``rx`` never matches the empty string. Why the matches are the same: finditer gives the match at the
    first position from ``pos`` (the end of the last match) where ``rx`` matches; that position is one of
    ``starts``, and every start from ``pos`` on is tried in order (``rx.match`` sees the text before it,
    so lookbehinds hold).
    """
    pos = 0
    for q in starts:
        if q < pos:
            continue
        m = rx.match(text, q)
        if m is not None:
            yield m
            pos = m.end()


def run_starts(text: str, ends: Iterable[int], in_run: Callable[[str], bool]) -> Iterator[int]:
    """For each position of ``ends`` (ascending): where the run of ``in_run`` characters that ends just
    before it starts (the position itself when the character before is no run character).

    A run that holds several ends is scanned once: the scan back stops at the previous end.
    """
    last_end, last_start = 0, 0
    for e in ends:
        s = e
        while s > last_end and in_run(text[s - 1]):
            s -= 1
        if s == last_end:
            s = last_start  # the run goes on before the previous end: it starts where that one's did
        last_end, last_start = e, s
        yield s


def is_word(ch: str) -> bool:
    """``\\w`` of a str pattern."""
    return ch.isalnum() or ch == "_"


def is_letter(ch: str) -> bool:
    """``[^\\W\\d_]`` of a str pattern (letters and non-decimal numerals such as ² or ½)."""
    return ch.isalnum() and not ch.isdecimal()


_DIGITS = re.compile(r"\d+")


def digit_run_starts(text: str) -> list[int]:
    """Where each run of digits (``\\d``) starts, ascending; once per scrub call (``per_text``), shared, read only."""
    return per_text.once(_digit_run_starts, text)


def _digit_run_starts(text: str) -> list[int]:
    return [m.start() for m in _DIGITS.finditer(text)]


_SPARSE = 40  # characters per run of digits from which a digit-led pattern is tried at the runs only


def digit_finditer(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose every match starts at a digit with no word character before it
    (``\\d(?<![\\w…]\\d)…``: the start of a run of digits): where digits are few (prose), tried only at the runs'
    starts (:func:`finditer_at`, the same matches); a text full of numbers keeps the plain scan, as cheap there."""
    starts = digit_run_starts(text)
    if len(starts) * _SPARSE > len(text):
        return rx.finditer(text)
    return finditer_at(rx, text, starts)


def number_starts(text: str) -> list[int]:
    """Where a date written with a month word can start (``5. kesäkuuta``, ``kesäkuun 5.``, ``Jan. 3``,
    ``3rd of May``): at each run of digits, and at the start of the word before the spaces (and an
    abbreviation's dot) before one. Each stretch of spaces and word is scanned back once. Worked out once
    per scrub call (``per_text``: the date patterns and ``age_date_rules`` both ask); the list is shared, read only."""
    return per_text.once(_number_starts, text)


def _number_starts(text: str) -> list[int]:
    """:func:`number_starts`, worked out."""
    out = []
    for m in _DIGITS.finditer(text):
        d = m.start()
        out.append(d)
        j = d
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j < d:
            if j > 0 and text[j - 1] == ".":
                j -= 1
            k = j
            while k > 0 and is_word(text[k - 1]):
                k -= 1
            out.append(k)
    return sorted(set(out))
