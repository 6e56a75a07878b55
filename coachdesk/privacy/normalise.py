"""Normalise a text before detection, keeping a map back to the original characters.

Detection runs on NFKC text without invisible characters (soft hyphen, zero-width characters, word
joiner, byte-order mark, bidi marks, embeddings, overrides and isolates), so that ``Lii\\u00adsa``,
``Ma\\u0308kela\\u0308`` (NFD) and fullwidth ``Ｌｉｉｓａ`` are found like ``Liisa`` and ``Mäkelä``.
:meth:`Normalised.span` maps a span of the normalised text back to the original one; a span covers
the invisible characters inside it, so a replacement leaves nothing of the name behind.

Linear: one pass over the text; ASCII runs are copied whole, other characters are normalised one
cluster (a character and the combining marks after it) at a time.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Soft hyphen; zero-width space, non-joiner, joiner; LRM, RLM; LRE..RLO; word joiner; LRI..PDI; BOM.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
_RUN = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")


@dataclass(frozen=True, slots=True)
class Normalised:
    """The normalised ``text``; ``starts[i]``/``ends[i]`` give the original characters behind ``text[i]``
    (both None when the text needed no change)."""

    text: str
    starts: list[int] | None = None
    ends: list[int] | None = None

    @property
    def identity(self) -> bool:
        """True when normalising changed nothing (offsets are the original ones)."""
        return self.starts is None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span behind ``text[start:end]``."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def normalise(text: str) -> Normalised:
    """NFKC without invisible characters, with the map back to ``text`` (see the module docstring)."""
    if not _INVISIBLE_RE.search(text) and unicodedata.is_normalized("NFKC", text):
        return Normalised(text)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last: tuple[int, int] | None = None  # (original start, normalised length) of the last cluster
    for m in _RUN.finditer(text):
        s, e = m.span()
        if text[s] < "\x80":
            pieces.append(m.group())
            starts.extend(range(s, e))
            ends.extend(range(s + 1, e + 1))
            last = (e - 1, 1)
            continue
        j = s
        while j < e:
            ch = text[j]
            if ch in INVISIBLE:
                j += 1
                continue
            k = j + 1
            while k < e and _is_mark(text[k]):
                k += 1
            src = j
            if _is_mark(ch) and last is not None:
                # a mark after an invisible character or at a run boundary: redo the previous cluster
                src, drop = last
                del starts[-drop:]
                del ends[-drop:]
                while drop:
                    p = pieces.pop()
                    if len(p) > drop:
                        pieces.append(p[: len(p) - drop])
                        drop = 0
                    else:
                        drop -= len(p)
            raw = text[src:k]
            if src < j:
                raw = _INVISIBLE_RE.sub("", raw)
            norm = unicodedata.normalize("NFKC", raw) or raw
            pieces.append(norm)
            starts.extend([src] * len(norm))
            ends.extend([k] * len(norm))
            last = (src, len(norm))
            j = k
    return Normalised("".join(pieces), starts, ends)


def normalise_word(word: str) -> str:
    """A case term or kept word normalised like the text it is looked for in."""
    return unicodedata.normalize("NFKC", _INVISIBLE_RE.sub("", word))
