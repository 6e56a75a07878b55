"""Gentle live highlighting of identifying details in the note editor.

Two sources: the case's own identifying details (matched instantly, inflected Finnish forms
included through a stem prefix) and what the privacy scrubber found (computed off the UI thread,
then matched as literal strings). ``highlightBlock`` only runs regexes on one block: cheap per key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

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
    clean = sorted({t.strip() for t in texts if t.strip()}, key=len, reverse=True)
    if not clean:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in clean) + r")(?!\w)", re.IGNORECASE)


def spans(text: str, patterns: Iterable[re.Pattern[str] | None]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for pattern in patterns:
        if pattern is not None:
            out.extend((m.start(), m.end()) for m in pattern.finditer(text))
    return sorted(out)


class IdentifierHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, background: QColor, underline: QColor) -> None:
        super().__init__(document)
        self.fmt = QTextCharFormat()
        self.fmt.setBackground(background)
        self.fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        self.fmt.setUnderlineColor(underline)
        self.terms_re: re.Pattern[str] | None = None
        self.found_re: re.Pattern[str] | None = None

    def set_terms(self, terms: Iterable[str]) -> None:
        self.terms_re = term_pattern(terms)
        self.rehighlight()

    def set_found(self, texts: Iterable[str]) -> None:
        pattern = literal_pattern(texts)
        if (pattern.pattern if pattern else None) != (self.found_re.pattern if self.found_re else None):
            self.found_re = pattern
            self.rehighlight()

    def matches(self, text: str) -> list[tuple[int, int]]:
        return spans(text, (self.terms_re, self.found_re))

    def highlightBlock(self, text: str) -> None:
        for start, end in spans(text, (self.terms_re, self.found_re)):
            self.setFormat(start, end - start, self.fmt)
