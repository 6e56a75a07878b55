"""Professional vocabulary that survives the scrubber: the shipped never-scrub list
(``resources/data/privacy/never_scrub.txt``) and the coach's own list.

A finding that lies wholly inside a kept phrase (any inflected form: ``Perjantaipiirissä``,
``Aspergerin oireyhtymää``) is dropped, and so is a question about it. Case terms and the
never-dismissible labels (ID, CONTACT, ADDRESS) are never dropped: the caller keeps them.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable

from coachdesk.privacy.lexicon import Lexicon, data_dir
from coachdesk.privacy.normalise import normalise_word
from coachdesk.privacy.terms import find_terms, term_regex
from coachdesk.privacy.tokens import Token

_LOCK = threading.Lock()
_SHIPPED: tuple[str, ...] | None = None


def shipped() -> tuple[str, ...]:
    """The shipped never-scrub phrases (loaded once)."""
    global _SHIPPED
    if _SHIPPED is None:
        with _LOCK:
            if _SHIPPED is None:
                path = data_dir() / "never_scrub.txt"
                lines = path.read_text(encoding="utf-8").splitlines()
                _SHIPPED = tuple(normalise_word(x.strip()) for x in lines if x.strip() and not x.startswith("#"))
    return _SHIPPED


def read_keep_terms(lines: Iterable[str]) -> list[str]:
    """A user's keep list: one phrase a line, ``#`` comments and blank lines skipped."""
    return [x.strip() for x in lines if x.strip() and not x.lstrip().startswith("#")]


def _regex(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation of every phrase's literal pattern (a single pass over the text), whole words only."""
    parts = [term_regex(p).pattern for p in phrases if len(p) >= 2]
    if not parts:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(parts) + r")(?![^\W_])", re.IGNORECASE)


_SHIPPED_RE: list[re.Pattern[str] | None] = []


def kept_spans(text: str, toks: list[Token], lex: Lexicon, extra: Iterable[str] = ()) -> list[tuple[int, int]]:
    """(start, end) of every kept phrase in ``text``, merged where they overlap."""
    own = tuple(normalise_word(x) for x in extra if isinstance(x, str) and x.strip())
    phrases = (*shipped(), *own)
    if not _SHIPPED_RE:
        _SHIPPED_RE.append(_regex(shipped()))
    spans = [(c.start, c.end) for c in find_terms(text, toks, phrases, lex, source="keep", whole_words=True, use_regex=False)]
    for rx in (_SHIPPED_RE[0], _regex(own) if own else None):
        if rx is not None:
            spans.extend(m.span() for m in rx.finditer(text))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is ``[start, end)`` wholly inside one of the sorted, merged ``spans``?"""
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]
