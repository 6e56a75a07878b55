"""Matching identifying details in text (Qt-free): the case's terms with inflected Finnish forms,
and literal strings found by the scrubber."""

from __future__ import annotations

import re
from collections.abc import Iterable

WORD_MIN = 3


def term_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """A regex matching each term and its inflected forms (Mäkelä -> Mäkelän, Kangasala -> Kangasalla)."""
    alternatives: set[str] = set()
    for term in terms:
        words = [w for w in re.split(r"\s+", term.strip()) if w]
        if not words:
            continue
        parts = []
        for word in words:
            stem = word[:-1] if len(word) > 4 else word
            parts.append(re.escape(stem) + r"\w*")
        alternatives.add(r"\s+".join(parts))
        if len(words) > 1:  # each part of a name alone counts too (surname only)
            for word in words:
                if len(word) >= WORD_MIN:
                    stem = word[:-1] if len(word) > 4 else word
                    alternatives.add(re.escape(stem) + r"\w*")
    if not alternatives:
        return None
    ordered = sorted(alternatives, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(ordered) + r")", re.IGNORECASE)


def literal_pattern(texts: Iterable[str]) -> re.Pattern[str] | None:
    """A regex matching any of ``texts`` literally, as whole words, ignoring case (None if none)."""
    clean = sorted({t.strip() for t in texts if t.strip()}, key=len, reverse=True)
    if not clean:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in clean) + r")(?!\w)", re.IGNORECASE)


def spans(text: str, patterns: Iterable[re.Pattern[str] | None]) -> list[tuple[int, int]]:
    """Sorted (start, end) of every match of every pattern in ``text``."""
    out: list[tuple[int, int]] = []
    for pattern in patterns:
        if pattern is not None:
            out.extend((m.start(), m.end()) for m in pattern.finditer(text))
    return sorted(out)
