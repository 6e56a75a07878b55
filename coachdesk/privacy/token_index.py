"""Indexes of one text's tokens that many detectors read, worked out once per scrub call.

Token starts (for ``bisect``), the token index by start or end offset and the lower-cased words: each
detector used to build its own copy with a loop over every token. Through :func:`per_text.once` every
caller inside one scrub call gets the same object for the same token list (by identity): callers only
read it. Outside a scrub call each call builds a fresh one.
"""

from __future__ import annotations

from coachdesk.privacy import per_text
from coachdesk.privacy.tokens import Token


def starts(text: str, toks: list[Token]) -> list[int]:
    """``[t.start for t in toks]`` (ascending), shared for this text and token list; read only."""
    return per_text.once(_starts, text, toks)


def ends(text: str, toks: list[Token]) -> list[int]:
    """``[t.end for t in toks]`` (ascending), shared for this text and token list; read only."""
    return per_text.once(_ends, text, toks)


def by_start(text: str, toks: list[Token]) -> dict[int, int]:
    """``{t.start: k for k, t in enumerate(toks)}``, shared for this text and token list; read only."""
    return per_text.once(_by_start, text, toks)


def by_end(text: str, toks: list[Token]) -> dict[int, int]:
    """``{t.end: k for k, t in enumerate(toks)}``, shared for this text and token list; read only."""
    return per_text.once(_by_end, text, toks)


def lowers(text: str, toks: list[Token]) -> list[str]:
    """``[t.lower for t in toks]``, shared for this text and token list; read only."""
    return per_text.once(_lowers, text, toks)


def _starts(text: str, toks: list[Token]) -> list[int]:
    return [t.start for t in toks]


def _ends(text: str, toks: list[Token]) -> list[int]:
    return [t.end for t in toks]


def _by_start(text: str, toks: list[Token]) -> dict[int, int]:
    return {t.start: k for k, t in enumerate(toks)}


def _by_end(text: str, toks: list[Token]) -> dict[int, int]:
    return {t.end: k for k, t in enumerate(toks)}


def _lowers(text: str, toks: list[Token]) -> list[str]:
    return [t.lower for t in toks]
