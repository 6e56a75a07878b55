"""Turn what a coach types into an FTS5 query that also finds inflected Finnish forms.

Finnish inflects by suffixes and consonant gradation (kipu -> kivun, masennus -> masennuksesta,
Virtanen -> Virtasen). Each word becomes a set of stem prefixes: the word itself, the word
without its final vowel or derivational ending, and that stem with its last consonant graded
(strong <-> weak). Words are ANDed; a word's alternatives are ORed. Nothing the user types can
inject FTS5 syntax: every alternative is quoted.
"""

from __future__ import annotations

import re

WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
VOWELS = "aeiouyäöå"
MIN_STEM = 3

# strong grade -> weak grade; the reverse pairs give weak -> strong (e.g. sade -> sateen)
GRADATION = (
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("nk", "ng"),
    ("mp", "mm"),
    ("lt", "ll"),
    ("rt", "rr"),
    ("nt", "nn"),
    ("ht", "hd"),
    ("p", "v"),
    ("t", "d"),
    ("k", ""),
)
NO_GRADATION = ("st", "sk", "sp", "ts", "tk", "hk")  # clusters that never alternate


def _base_stems(word: str) -> set[str]:
    """Stems of one lower-case word before gradation."""
    stems = {word}
    if len(word) < 4:
        return stems
    if word.endswith("nen"):
        stems.add(word[:-3] + "s")  # Virtanen -> Virtas(en), ihminen -> ihmis(en)
    if word.endswith(("us", "ys", "os", "ös", "is")):
        stems.add(word[:-1])  # masennus -> masennu(ksesta), kallis -> kalli(in)
    if word[-1] in VOWELS:
        stems.add(word[:-1])  # kipu -> kip, työkokeilu -> työkokeil
    if word.endswith("e"):
        stems.add(word)  # kirje -> kirje(en)
    return {s for s in stems if len(s) >= MIN_STEM}


def _graded(stem: str) -> set[str]:
    """The stem with its last consonant cluster in the other grade."""
    out: set[str] = set()
    # the gradating consonant sits just before the final vowel run of the stem, or at its end
    m = re.search(rf"([^{VOWELS}]+)([{VOWELS}]*)$", stem)
    if not m:
        return out
    cluster, tail = m.group(1), m.group(2)
    if cluster[-2:] in NO_GRADATION:
        return out
    head = stem[: m.start(1)]
    for strong, weak in GRADATION:
        if cluster.endswith(strong) and strong:
            candidate = head + cluster[: -len(strong)] + weak + tail
            if len(candidate) >= MIN_STEM:
                out.add(candidate)
        if weak and cluster.endswith(weak):
            candidate = head + cluster[: -len(weak)] + strong + tail
            if len(candidate) >= MIN_STEM:
                out.add(candidate)
    return out


def word_alternatives(word: str) -> list[str]:
    """Prefixes that find ``word`` and its inflected forms, most specific first."""
    word = word.lower()
    stems = _base_stems(word)
    for stem in list(stems):
        if stem != word:
            stems |= _graded(stem)
    # drop a prefix already covered by a shorter one
    ordered = sorted(stems, key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(s.startswith(k) for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: (-len(s), s))


def fts_query(text: str, max_words: int = 8) -> str | None:
    """An FTS5 MATCH expression for ``text``, or None when it holds no searchable word."""
    words = WORD_RE.findall(text)[:max_words]
    if not words:
        return None
    clauses = []
    for word in words:
        alts = word_alternatives(word)
        terms = " OR ".join(f'"{alt}"*' for alt in alts)
        clauses.append(f"({terms})" if len(alts) > 1 else terms)
    return " AND ".join(clauses)
