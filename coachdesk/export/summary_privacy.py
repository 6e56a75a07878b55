"""The privacy filter every printed string goes through.

- All modes: control and bidi-override characters are removed, and the case's identifying details
  (``store.case_terms``) are replaced by a placeholder wherever they appear, inflected forms
  included. A final plain pass catches any literal leftovers ("never printed").
- Scrubbed and brief modes: the whole text goes through :func:`coachdesk.privacy.scrub` with the
  case terms. If the scrubber cannot be loaded, those modes refuse to print.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from coachdesk.errors import CoachDeskError
from coachdesk.export.summary_model import Mode

if TYPE_CHECKING:
    from coachdesk.privacy.model import ScrubResult

# C0 controls except \n, DEL, C1 controls, bidi marks/overrides/isolates that could disguise text, and the
# invisible characters that hide a name from matching (soft hyphen, zero-width characters, word joiner).
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)
# Fullwidth ASCII (Ｌｉｉｓａ) printed and matched as ASCII, in every mode.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_PLACEHOLDER = {"fi": "[tunnistetieto]", "sv": "[identifierande uppgift]", "en": "[identifying detail]"}


class ScrubberUnavailable(CoachDeskError):
    """The scrubber could not be loaded: scrubbed and brief summaries are refused."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            f"The privacy scrubber could not be loaded ({detail}); scrubbed and brief summaries cannot be printed."
        )


def clean_text(text: str) -> str:
    """Normalise line breaks, tabs, remove invisible control characters, compose decomposed letters (NFC)
    and fold fullwidth letters, so that a case term is found however it was typed or pasted."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _CONTROL.sub("", text.replace("\t", "    "))
    if not text.isascii():
        text = unicodedata.normalize("NFC", text).translate(_FULLWIDTH)
    return text


_VOWELS = set("aeiouyäöåAEIOUYÄÖÅ")


def _word_stem(word: str) -> str:
    """A regex for ``word`` and its inflected forms: Kangasala -> Kangasalla, Pekka -> Pekan."""
    if len(word) < 5 or word.isdigit() or word[-1] not in _VOWELS:
        return re.escape(word)
    stem = word[:-1]
    if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        return re.escape(stem[:-1]) + re.escape(stem[-1]) + "?"  # consonant gradation kk -> k
    return re.escape(stem)


def _term_pattern(term: str) -> re.Pattern[str] | None:
    words = re.findall(r"[^\W_]+", term)
    if not words:
        return None
    body = r"[\s\-–.]*".join(_word_stem(w) + r"[^\W_]*" for w in words)
    # from the start of a word to the end of each (possibly inflected) word of the term
    return re.compile(rf"(?<![^\W_]){body}", re.IGNORECASE)


class TextFilter:
    """Callable text filter for one case and mode; results are cached (tags repeat).

    ``terms`` are the case's identifying details; ``kinds`` maps a detail to its kind (name,
    relative, place, employer, other) for readable placeholders and name-part matching.
    ``keep_terms`` are the coach's never-scrub phrases, added to the shipped list (never above a
    case term: the term passes after the scrubber still replace every listed detail).
    """

    def __init__(self, mode: Mode, terms: Iterable[str], lang: str = "fi", kinds: dict[str, str] | None = None,
                 keep_terms: Iterable[str] = ()) -> None:
        from coachdesk.export.summary_terms import TermMatcher

        self.mode = Mode(mode)
        self.lang = lang
        kinds = kinds or {}
        details = [(" ".join(x.split()), kinds.get(x, "other")) for x in terms]
        details = [(value, kind) for value, kind in details if len(value) >= 2]
        self.terms = tuple(value for value, _ in details)
        # for the scrubber: each detail keeps the category it was listed under (an employer stays an employer)
        self.scrub_terms = tuple((value, kind) if kind != "other" else value for value, kind in details)
        self.placeholder = _PLACEHOLDER.get(lang, _PLACEHOLDER["en"])
        self.matcher = TermMatcher(details)
        self._patterns = [(p, kind) for p, kind in ((_term_pattern(v), k) for v, k in details) if p is not None]
        self.keep_terms = tuple(keep_terms)
        self._cache: dict[str, str] = {}
        self._scrub = self._load_scrubber() if self.mode is not Mode.PRIVATE else None

    @staticmethod
    def _load_scrubber() -> Callable[..., ScrubResult]:
        try:
            from coachdesk.privacy import scrub
        except Exception as err:
            raise ScrubberUnavailable(type(err).__name__) from err
        return scrub

    def __call__(self, text: str) -> str:
        if not text:
            return ""
        cached = self._cache.get(text)
        if cached is None:
            cached = self._filter(text)
            self._cache[text] = cached
        return cached

    def _filter(self, raw: str) -> str:
        text = clean_text(raw)
        if self._scrub is not None:
            try:
                text = self._scrub(text, terms=self.scrub_terms, keep_terms=self.keep_terms).text
            except (OSError, ImportError) as err:  # e.g. its word lists missing from an install: fail closed
                raise ScrubberUnavailable(f"{type(err).__name__}: {getattr(err, 'filename', '') or err}") from err
        if self.matcher.seqs:
            spans = self.matcher.spans(text)
            if spans:
                text = self.matcher.mask(text, _text_lang(text, self.lang))
        return self.mask_terms(text)

    def mask_terms(self, text: str) -> str:
        """The final plain pass: any literal case term left is replaced."""
        if not self.contains_term(text):
            return text
        from coachdesk.export.summary_terms import placeholder

        lang = _text_lang(text, self.lang)  # the language the scrubber's placeholders are in
        for pattern, kind in self._patterns:
            text = pattern.sub(placeholder(kind, lang), text)
        return text

    def contains_term(self, text: str) -> bool:
        """``text`` still contains one of the case's identifying details."""
        return any(p.search(text) for p, _ in self._patterns)


def _text_lang(text: str, default: str) -> str:
    """The language the scrubber would detect for ``text`` (``default`` without evidence)."""
    try:
        from coachdesk.privacy.detect_lang import detect_lang

        return detect_lang(text, default=default)
    except Exception:
        return default
