"""Cheap language guess (fi / sv / en) from function words and letters."""

from __future__ import annotations

import re
from collections import Counter

from coachdesk.privacy.run_scan import is_letter, is_word

_WORD = re.compile(r"[^\W\d_]+")
_PLACEHOLDER = re.compile(r"\[[^\]\n]{1,40}\]")
_HYPHEN_INITIALS = re.compile(r"(?<![\w-])[^\W\d_]-[^\W\d_](?![\w-])")  # "a-l", "A-M": no English "a"
_MARKERS: dict[str, frozenset[str]] = {
    "fi": frozenset(
        "ja on ei että hän se oli kun mutta jos myös vain niin kanssa ole olla joka mitä miten asiakas "
        "tänään hänen hänellä sekä tai jo vielä nyt sitten ovat koska kuin mikä onko".split()
    ),
    "sv": frozenset(
        "och är att det som en ett har hade inte med för på till av om han hon den de jag vi "
        "kan ska hennes hans efter också men eller när nu här där sig klienten".split()
    ),
    "en": frozenset(
        "the and is are was were to of in on at for with he she it they we you i his her has have "
        "had not but if when this that from by be been an a about would could should will".split()
    ),
}


def detect_lang(text: str, default: str = "fi") -> str:
    """Return "fi", "sv" or "en" for ``text`` (``default`` when there is no evidence)."""
    # placeholders ("[Henkilö A]", "[Person B]") say nothing about the language of the note
    sample = _without_hyphen_initials(_PLACEHOLDER.sub(" ", text[:4000])).lower()
    seen = Counter(_WORD.findall(sample))
    scores = {lang: float(sum(seen[w] for w in words & seen.keys())) for lang, words in _MARKERS.items()}
    scores["fi"] += 0.3 * (sample.count("ä") + sample.count("ö")) ** 0.5
    scores["sv"] += 1.5 * sample.count("å") ** 0.5
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > 0 else default


def _without_hyphen_initials(s: str) -> str:
    """``_HYPHEN_INITIALS.sub(" ", s)``, tried only at the hyphens (a match is a letter, "-", a letter, with no
    word character or hyphen on either side; two matches never overlap)."""
    i = s.find("-", 1)
    if i < 0:
        return s
    n, pos = len(s), 0
    parts: list[str] = []
    while 0 <= i < n - 1:
        if (
            is_letter(s[i - 1])
            and is_letter(s[i + 1])
            and (i < 2 or not (is_word(s[i - 2]) or s[i - 2] == "-"))
            and (i + 2 >= n or not (is_word(s[i + 2]) or s[i + 2] == "-"))
        ):
            parts += (s[pos : i - 1], " ")
            pos = i + 2
        i = s.find("-", i + 1)
    parts.append(s[pos:])
    return "".join(parts)
