"""Gentle live highlighting of identifying details in the note editor.

Two sources: the case's own identifying details (matched instantly, inflected Finnish forms
included through a stem prefix) and what the privacy scrubber found (computed off the UI thread,
then matched as literal strings). ``highlightBlock`` only runs regexes on one block: cheap per key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from coachdesk.privacy.identifier_match import literal_pattern, spans, term_pattern


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
