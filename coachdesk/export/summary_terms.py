"""Finding the case's identifying details in text, inflected Finnish forms included, without the
full scrubber (fast enough for every string of a 500-note summary).

A detail matches as a whole (all its words in a row, any case). The words of a name (kind
``name`` or ``relative``) also match one by one when capitalised: "Liisa", "Mäkelän".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"[^\W_]+")
_WORD = re.compile(r"[^\W_]+")
MAX_ENDING = 8
NAME_KINDS = ("name", "relative")

PLACEHOLDERS: dict[str, dict[str, str]] = {
    # the scrubber's words (privacy/placeholders.py), so a printout and a message read alike
    "fi": {"name": "[Henkilö]", "relative": "[läheinen]", "place": "[paikkakunta]", "employer": "[työnantaja]",
           "other": "[tunnistetieto]"},
    "sv": {"name": "[Person]", "relative": "[anhörig]", "place": "[ort]", "employer": "[arbetsgivare]",
           "other": "[identifierande uppgift]"},
    "en": {"name": "[Person]", "relative": "[relative]", "place": "[town]", "employer": "[employer]",
           "other": "[identifying detail]"},
}


def placeholder(kind: str, lang: str) -> str:
    """The placeholder that replaces an identifying detail of ``kind`` in ``lang``."""
    table = PLACEHOLDERS.get(lang, PLACEHOLDERS["en"])
    return table.get(kind, table["other"])


def _analyses(token: str) -> tuple[tuple[str, int], ...]:
    try:
        from coachdesk.privacy.inflection import analyses
    except Exception:  # the scrubber's inflection rules are optional here
        return ()
    return analyses(token)


def word_matches(token: str, word: str) -> bool:
    """Is ``token`` (lower case) ``word`` (lower case) or one of its inflected forms?"""
    if token == word:
        return True
    if token.startswith(word) and len(token) - len(word) <= MAX_ENDING:
        return True
    if len(word) < 3 or token[:2] != word[:2]:
        return False
    if len(word) >= 5 and token.startswith(word[:-1]) and len(token) - len(word) <= MAX_ENDING:
        return True  # Kangasala -> Kangasalla, Mäkelä -> Mäkelää
    return any(base == word for base, _ in _analyses(token))  # Pekka -> Pekan, Virtanen -> Virtasen


@dataclass(frozen=True)
class _Seq:
    words: tuple[str, ...]
    kind: str
    capitalised: bool  # a lone name part must start with a capital letter in the text


class TermMatcher:
    """Finds a case's identifying details in text, inflected forms included."""

    def __init__(self, details: Iterable[tuple[str, str]]) -> None:
        seqs: dict[tuple[str, ...], _Seq] = {}
        for value, kind in details:
            words = tuple(w.casefold() for w in _WORD.findall(value))
            if not words or (len(words) == 1 and len(words[0]) < 2):
                continue
            seqs.setdefault(words, _Seq(words, kind, False))
            if kind in NAME_KINDS and len(words) > 1:
                for word in words:
                    if len(word) >= 3 and not word.isdigit():
                        seqs.setdefault((word,), _Seq((word,), kind, True))
        # longest first, so "Liisa Mäkelä" wins over "Liisa"
        self.seqs = sorted(seqs.values(), key=lambda s: -len(s.words))
        self._firsts = {s.words[0][:2] for s in self.seqs}

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, kind) of every detail in ``text``."""
        if not self.seqs:
            return []
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        lowered = [t[2].casefold() for t in toks]
        found: list[tuple[int, int, str]] = []
        taken = [False] * len(toks)
        for seq in self.seqs:
            k = len(seq.words)
            for i in range(len(toks) - k + 1):
                if taken[i] or lowered[i][:2] not in self._firsts:
                    continue
                if seq.capitalised and not toks[i][2][:1].isupper():
                    continue
                ok = True
                for x in range(k):
                    if taken[i + x] or not word_matches(lowered[i + x], seq.words[x]):
                        ok = False
                        break
                    if x and text[toks[i + x - 1][1] : toks[i + x][0]].strip(" \t\n-–.") != "":
                        ok = False
                        break
                if ok:
                    for x in range(k):
                        taken[i + x] = True
                    found.append((toks[i][0], toks[i + k - 1][1], seq.kind))
        return sorted(found)

    def mask(self, text: str, lang: str) -> str:
        """``text`` with every identifying detail replaced by its placeholder."""
        spans = self.spans(text)
        if not spans:
            return text
        out, pos = [], 0
        for start, end, kind in spans:
            out.append(text[pos:start])
            out.append(placeholder(kind, lang))
            pos = end
        out.append(text[pos:])
        return "".join(out)
