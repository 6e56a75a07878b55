"""Professional vocabulary that survives the scrubber: the shipped never-scrub list
(``resources/data/privacy/never_scrub.txt``) and the coach's own list.

A finding that lies wholly inside a kept phrase (any inflected form: ``Perjantaipiirissä``,
``Aspergerin oireyhtymää``) is dropped, and so is a question about it. Case terms and the
never-dismissible labels (ID, CONTACT, ADDRESS) are never dropped: the caller keeps them.

Matching is by the scrubber's own word tokens, in one pass over the text: a phrase's words must
follow each other with only spaces (or one line break) between them. A word of five letters or more
matches its inflected forms (``Perjantaipiiri`` → ``Perjantaipiirissä``, ``TE-palvelut`` →
``TE-palveluihin``), unless the phrase is written with a leading ``=`` (exact forms only: an idiom of a
name that is a word, ``=Toivoa on``); a shorter one only itself
or itself with an ending after a colon (``Kela``, ``Kela:n``), so ``Kela`` never keeps ``Hakkela``.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterable
from functools import lru_cache

from coachdesk.privacy.forget import word_cache
from coachdesk.privacy.lexicon import AMBIG, COMMON, KEEP, NAME, Lexicon, data_dir
from coachdesk.privacy.normalise import normalise_word
from coachdesk.privacy.terms import token_matches
from coachdesk.privacy.tokens import Token, tokenize

_LOCK = threading.Lock()
_SHIPPED: dict[str, list[tuple[str, ...]]] | None = None
MIN_INFLECTED = 5  # a kept word this long matches its inflected forms


def _phrase(text: str) -> tuple[str, ...]:
    """A phrase's lower-case words; a phrase written ``=Toivoa on`` matches only these exact forms
    (its words carry a leading ``=``), so an idiom never keeps the name's other forms (``Toivo on``)."""
    exact = text.lstrip().startswith("=")
    words = tuple(t.lower for t in tokenize(normalise_word(text.lstrip().lstrip("="))))
    return tuple("=" + w for w in words) if exact else words


def _index(phrases: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by the first three letters of their first word (inflection never changes them)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        if words and len("".join(words)) >= 2:
            index.setdefault(words[0].lstrip("=")[:3], []).append(words)
    for group in index.values():
        group.sort(key=len, reverse=True)  # longest phrase first
    return index


def shipped() -> dict[str, list[tuple[str, ...]]]:
    """The shipped never-scrub phrases, indexed (loaded once)."""
    global _SHIPPED
    if _SHIPPED is None:
        with _LOCK:
            if _SHIPPED is None:
                lines = (data_dir() / "never_scrub.txt").read_text(encoding="utf-8").splitlines()
                _SHIPPED = _index(_phrase(x) for x in read_keep_terms(lines))
    return _SHIPPED


def read_keep_terms(lines: Iterable[str]) -> list[str]:
    """A keep list: one phrase a line, ``#`` comments and blank lines skipped."""
    return [x.strip() for x in lines if x.strip() and not x.lstrip().startswith("#")]


def _word_matches(tok: Token, word: str) -> bool:
    return _form_matches(tok.lower, word)


def _form_matches(low: str, word: str) -> bool:
    """The lower-cased word form ``low`` is ``word`` of a phrase (``=word``: exactly so; else in any inflected form)."""
    if low == word:
        return True
    if word[:1] == "=":
        return low == word[1:]
    if len(word) < MIN_INFLECTED:
        return False
    if not low.startswith(word[:4]):
        return False  # inflection never changes the first four letters of a word this long
    # the stem without its last letter: palvelut -> palveluihin, oireyhtymä -> oireyhtymää
    return (low.startswith(word[:-1]) and len(low) - len(word) <= 8) or token_matches(low, word)


def _only_names(words: tuple[str, ...], lex: Lexicon) -> bool:
    """A phrase made of person names only (``Virtanen``, ``Liisa Mäkelä``): never kept, even when the coach
    lists it by mistake (a name that is also a word, ``Kela``, ``Aamu``, is not refused)."""
    return all(lex.get(w) & NAME and not lex.get(w) & (COMMON | AMBIG | KEEP) for w in words)


@word_cache
@lru_cache(maxsize=16384)
def _shipped_starting(low: str) -> tuple[tuple[str, ...], ...]:
    """The shipped phrases (in index order) whose first word the word form ``low`` is: a pure function of the form
    (the shipped list is loaded once), remembered across calls (``forget``-registered)."""
    return tuple(words for words in shipped().get(low[:3], ()) if _form_matches(low, words[0]))


def kept_spans(text: str, toks: list[Token], extra: Iterable[str] = (), lex: Lexicon | None = None) -> list[tuple[int, int]]:
    """(start, end) of every kept phrase in ``text``, sorted and merged where they overlap."""
    indexes = [shipped()]
    own = [p for p in (_phrase(x) for x in extra if isinstance(x, str) and x.strip()) if p]
    if lex is not None:
        own = [p for p in own if not _only_names(p, lex)]
    if own:
        indexes.append(_index(own))
    spans: list[tuple[int, int]] = []
    n = len(toks)
    # per call: the phrases (in index order) whose first word a word form matches, read once per form
    starting: dict[tuple[int, str], list[tuple[str, ...]]] = {}
    for i, tok in enumerate(toks):
        for which, index in enumerate(indexes):
            phrases = starting.get((which, tok.lower))
            if phrases is None:
                phrases = starting[(which, tok.lower)] = list(_shipped_starting(tok.lower)) if which == 0 else [
                    words for words in index.get(tok.lower[:3], ()) if _word_matches(tok, words[0])
                ]
            for words in phrases:
                k = len(words)
                if i + k > n:
                    continue
                if k == 1 or all(
                    _word_matches(toks[i + x], words[x])
                    and (x == 0 or _joined(text, toks[i + x - 1].end, toks[i + x].start))
                    for x in range(k)
                ):
                    spans.append((tok.start, toks[i + k - 1].end))
                    break
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _joined(text: str, end: int, start: int) -> bool:
    """Only spaces (at most one line break) between two words of a phrase."""
    gap = text[end:start]
    return len(gap) <= 4 and not gap.strip() and gap.count("\n") <= 1


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is ``[start, end)`` wholly inside one of the sorted, merged ``spans``?"""
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


_KEPT_NEIGHBOURS = ("ORG", "PERSON", "LOCATION")  # readings that may take a kept word with a word beside it


def drop_kept_and_word(text: str, cands: list, kept: list[tuple[int, int]], lex: Lexicon, over_kept: str) -> list:
    """``cands`` without the findings of ``_KEPT_NEIGHBOURS`` labels that are a kept phrase and a word beside it: what is
    left beside the phrase is a frequent lower-case word or two letters (`masennus lumi`, `palkkatuki if`). A finding
    with a name or a firm's own word beside the phrase stands whole (`Kirsi Kela`, `Klubitalo Tuulensuussa`), as does
    one whose ``extra`` holds ``over_kept``. Linear: one look-up per candidate (kept phrases do not overlap)."""
    out = []
    for c in cands:
        if c.label in _KEPT_NEIGHBOURS and c.kind != "term" and over_kept not in c.extra and not inside(kept, c.start, c.end):
            start, end = c.start, c.end
            i = bisect.bisect_right(kept, (c.end, 0)) - 1
            while i >= 0 and kept[i][1] > c.start:
                a, b = kept[i]
                if a <= start < b < end:  # a kept phrase opens it: "masennus lumi"
                    start = b
                elif start < a < end <= b:  # a kept phrase closes it
                    end = a
                i -= 1
            rest = text[start:end].strip()
            if (start, end) != (c.start, c.end) and (
                    sum(ch.isalpha() for ch in rest) < 3 or (rest.islower() and rest.lower() in lex.frequent)):
                continue  # only a word is left: "lumi", "if"
        out.append(c)
    return out
