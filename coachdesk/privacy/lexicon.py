"""Lexicons (names, places, allow-lists) loaded lazily from ``resources/data/privacy``."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.privacy.forget import register
from coachdesk.privacy.inflection import analyses

if TYPE_CHECKING:
    from collections.abc import Iterable

FIRST = 1
SUR = 2
PLACE = 4
REGION = 8  # broad region / country: kept
ALLOW = 16  # public body, product, vocabulary: kept
AMBIG = 32  # name that is also an ordinary word
COMMON = 64  # frequent word: never a name at a sentence start or in lower case
MONTH = 128  # English month that is also a name
EMPLOYER = 256
INTL = 512  # name only from the international lists

NAME = FIRST | SUR
KEEP = REGION | ALLOW
_MEMO_MAX = 50_000  # remembered lookup() results per language view


@dataclass(slots=True)
class Lexicon:
    """The name, place and word lists as flags per lower-case word (FIRST, SUR, PLACE …), bearer counts and
    employers."""

    flags: dict[str, int]
    counts: dict[str, int]
    employers: list[str]
    frequent: frozenset[str] = frozenset()  # frequent word forms (wordfreq): overrule weak name readings
    lang_words: dict[str, str] = field(default_factory=dict)  # word form -> the one language it is common in
    ambig_langs: dict[str, frozenset[str]] = field(default_factory=dict)  # ambiguous name -> its word's languages
    not_ambiguous: frozenset[str] = frozenset()  # set by for_language: names that are no word in the text's language
    _views: dict[str, Lexicon] = field(default_factory=dict)
    _memo: dict[str, tuple[int, str, int]] = field(default_factory=dict)  # lookup() results of this view

    def for_language(self, lang: str) -> Lexicon:
        """This lexicon for a text in ``lang`` (shares every table): a name is ambiguous only when it is
        also a word of that language (Sara is a Finnish word, not a Swedish one; Will not a Finnish one)."""
        view = self._views.get(lang)
        if view is None:
            drop = frozenset(w for w, langs in self.ambig_langs.items() if lang not in langs)
            view = self._views[lang] = replace(self, not_ambiguous=drop, _views={}, _memo={})
        return view

    def forget(self) -> int:
        """Empty the remembered lookups of this lexicon and its language views; the number dropped."""
        dropped = len(self._memo) + sum(view.forget() for view in self._views.values())
        self._memo.clear()
        return dropped

    def get(self, key: str) -> int:
        """The flags of the lower-case ``key``; AMBIG dropped when this language's view knows it is no word here."""
        f = self.flags.get(key, 0)
        if f & AMBIG and key in self.not_ambiguous:
            return f & ~AMBIG
        return f

    def lookup(self, word: str) -> tuple[int, str, int]:
        """Flags of the best analysis of ``word``: (flags, base, surface_stem_length).

        The literal form wins; otherwise the first analysis that hits the lexicon, except that an
        international-only hit loses to a later Finnish one (Matin -> Matti, not Mati).
        For a hyphenated compound the last part is analysed (Kanta-Hämeessä is looked up whole first).
        Results are remembered per view (a pure function of the word form; bounded).
        """
        low = word.lower()
        hit = self._memo.get(low)
        if hit is None:
            if len(self._memo) >= _MEMO_MAX:
                self._memo.clear()
            hit = self._memo[low] = self._lookup(low)
        return hit

    def _lookup(self, low: str) -> tuple[int, str, int]:
        f = self.get(low)
        if f and not f & INTL:
            if f & NAME:
                # "Timon": a rare name (13 bearers) that is the genitive of a common one (Timo, 50,000)
                rare = self.counts.get(low, 0)
                for base, stem_len in analyses(low)[1:]:
                    g = self.get(base)
                    if g & NAME and not g & (INTL | AMBIG | COMMON) and self.counts.get(base, 0) >= 100 * max(rare, 1):
                        return g, base, stem_len
            return f, low, len(low)
        fallback = (f, low, len(low)) if f else None
        for base, stem_len in analyses(low):
            g = self.get(base)
            if not g or (fallback and (g & INTL or not g & (NAME | PLACE))):
                continue  # an international hit loses only to a Finnish analysis (Timon -> Timo)
            if g & INTL and g & (NAME | PLACE):
                fallback = (g, base, stem_len)
                continue
            return g, base, stem_len
        return fallback or (0, low, len(low))

    def find(self, word: str, mask: int) -> tuple[str, int] | None:
        """The first analysis of ``word`` whose base has one of the ``mask`` flags: (base, stem_len)."""
        for base, stem_len in analyses(word.lower()):
            if self.get(base) & mask:
                return base, stem_len
        return None

    def lookup_all(self, word: str) -> int:
        """Union of the flags of every analysis (used for keep/ambiguity checks)."""
        low = word.lower()
        acc = 0
        for base, _ in analyses(low):
            acc |= self.get(base)
        return acc


_LOCK = threading.Lock()
_LEXICON: Lexicon | None = None


def data_dir() -> Path:
    """The folder of the scrubber's lists (``resources/data/privacy``, in the checkout or the bundle)."""
    from coachdesk.paths import resources_dir

    return resources_dir() / "data" / "privacy"


def _lines(path: Path) -> list[str]:
    """The file's stripped lines, without empty lines and # comments (read whole: a list at C speed)."""
    with path.open(encoding="utf-8") as f:
        text = f.read()
    return [line for line in map(str.strip, text.split("\n")) if line and line[0] != "#"]


_SECTION_LANG = {"# finnish": "fi", "# english": "en", "# swedish": "sv"}


def _ambiguity_languages(path: Path) -> dict[str, frozenset[str]]:
    """ambiguous_names.txt has a section per language (# Finnish, # English, # Swedish)."""
    langs: dict[str, set[str]] = {}
    current = "fi"
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("#"):
                current = _SECTION_LANG.get(line.lower(), current)
            elif line:
                langs.setdefault(line.lower(), set()).add(current)
    return {w: frozenset(v) for w, v in langs.items()}


def _or_flags(flags: dict[str, int], words: Iterable[str], flag: int, *, intl_keeps_finnish: bool = False) -> None:
    """OR ``flag`` into the flags of every (lower-case) word; the loop runs only over words already there.

    ``intl_keeps_finnish``: a Finnish name that is also international stays Finnish (INTL not added)."""
    new = dict.fromkeys(words, flag)
    for w in new.keys() & flags.keys():
        old = flags[w]
        if intl_keeps_finnish and old & NAME and not old & INTL:
            new[w] = old | (flag & ~INTL)
        else:
            new[w] = old | flag
    flags.update(new)


def _counted_names(path: Path) -> dict[str, int]:
    """A name list with frequencies (``Name<TAB>count``), lower-cased; the highest count of a spelling wins."""
    out: dict[str, int] = {}
    for line in _lines_lower(path):
        word, _, cnt = line.partition("\t")
        n = int(cnt or 0)
        if n > out.get(word, -1):
            out[word] = n
    return out


def _lines_lower(path: Path) -> list[str]:
    """:func:`_lines` of the lower-cased file (one ``lower()`` for the whole text)."""
    with path.open(encoding="utf-8") as f:
        text = f.read().lower()
    return [line for line in map(str.strip, text.split("\n")) if line and line[0] != "#"]


_COUNTED = (("fi_first_names.tsv", FIRST), ("fi_surnames.tsv", SUR))
_INTL = (("intl_first_names.txt", FIRST | INTL), ("intl_surnames.txt", SUR | INTL))
_FLAGGED = (
    ("municipalities_fi.txt", PLACE),
    ("places_extra.txt", PLACE),
    ("regions.txt", REGION),
    ("allow.txt", ALLOW),
    ("ambiguous_names.txt", AMBIG),
    ("common_words.txt", COMMON),
    ("months_en.txt", MONTH),
)
_OTHER = ("employers.txt", "frequent_words.txt", "language_words.tsv")


def source_files() -> list[Path]:
    """The list files the tables are read from (in reading order)."""
    d = data_dir()
    return [d / name for name, _ in (*_COUNTED, *_INTL, *_FLAGGED)] + [d / name for name in _OTHER]


def parse_tables(paths: list[Path]) -> tuple:
    """(flags, counts, employers, frequent, lang_words, ambig_langs) read from :func:`source_files`."""
    by_name = {p.name: p for p in paths}
    flags: dict[str, int] = {}
    counts: dict[str, int] = {}
    for name, flag in _COUNTED:
        named = _counted_names(by_name[name])
        _or_flags(flags, named, flag)
        for w in named.keys() & counts.keys():
            named[w] = max(named[w], counts[w])
        counts.update(named)
    for name, flag in _INTL:
        _or_flags(flags, _lines_lower(by_name[name]), flag, intl_keeps_finnish=True)
    ambig_langs = _ambiguity_languages(by_name["ambiguous_names.txt"])
    for name, flag in _FLAGGED:
        _or_flags(flags, _lines_lower(by_name[name]), flag)
    employers = _lines(by_name["employers.txt"])
    _or_flags(flags, [e.lower() for e in employers if " " not in e], EMPLOYER)
    frequent = frozenset(_lines(by_name["frequent_words.txt"]))
    lang_words = dict(line.split("\t", 1) for line in _lines(by_name["language_words.tsv"]))
    return flags, counts, employers, frequent, lang_words, ambig_langs


def _load() -> Lexicon:
    """The tables prebuilt from the current list files (coachdesk.privacy.prebuilt), else parsed from them."""
    from coachdesk.privacy import prebuilt

    paths = source_files()
    tables = prebuilt.load_tables(paths) or parse_tables(paths)
    flags, counts, employers, frequent, lang_words, ambig_langs = tables
    return Lexicon(flags=flags, counts=counts, employers=employers, frequent=frequent, lang_words=lang_words,
                   ambig_langs=ambig_langs)


def _forget_memos() -> int:
    """Empty the process-wide lexicon's remembered lookups (word forms of scrubbed notes); the number dropped."""
    lex = _LEXICON
    return lex.forget() if lex is not None else 0


register(f"{__name__}.Lexicon._memo", _forget_memos)


def get_lexicon() -> Lexicon:
    """The process-wide lexicon, loaded on first use (thread-safe)."""
    global _LEXICON
    if _LEXICON is None:
        with _LOCK:
            if _LEXICON is None:
                _LEXICON = _load()
    return _LEXICON
