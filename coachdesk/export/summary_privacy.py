"""The privacy filter every printed string goes through.

- All modes: control and bidi-override characters are removed, and the case's identifying details
  (``store.case_terms``) are replaced by a placeholder wherever they appear, inflected forms
  included. A final plain pass catches any literal leftovers ("never printed").
- Scrubbed and brief modes: the whole text goes through :func:`coachdesk.privacy.scrub` with the
  case terms. If the scrubber cannot be loaded, those modes refuse to print.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from coachdesk.errors import CoachDeskError
from coachdesk.export.summary_model import Mode

# C0 controls except \n, DEL, C1 controls, and bidi overrides/isolates that could disguise text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
_PLACEHOLDER = {"fi": "[tunnistetieto]", "sv": "[identifierande uppgift]", "en": "[identifying detail]"}


class ScrubberUnavailable(CoachDeskError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"The privacy scrubber could not be loaded ({detail}); scrubbed and brief summaries cannot be printed."
        )


def clean_text(text: str) -> str:
    """Normalise line breaks, tabs and remove invisible control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("", text.replace("\t", "    "))


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
    """Callable text filter for one case and mode; results are cached (tags repeat)."""

    def __init__(self, mode: Mode, terms: Iterable[str], lang: str = "fi") -> None:
        self.mode = Mode(mode)
        self.terms = tuple(t for t in (" ".join(x.split()) for x in terms) if len(t) >= 2)
        self.placeholder = _PLACEHOLDER.get(lang, _PLACEHOLDER["en"])
        self._patterns = [p for p in (_term_pattern(t) for t in self.terms) if p is not None]
        self._prefixes = {
            w.casefold()[: 3 if len(w) <= 5 else 4] for t in self.terms for w in re.findall(r"[^\W\d_]+", t) if len(w) >= 2
        }
        self._digits = any(c.isdigit() for t in self.terms for c in t)
        self._cache: dict[str, str] = {}
        self._scrub = None
        if self.mode is not Mode.PRIVATE or self.terms:
            self._scrub = self._load_scrubber(required=self.mode is not Mode.PRIVATE)

    @staticmethod
    def _load_scrubber(*, required: bool):
        try:
            from coachdesk.privacy import scrub
        except Exception as err:  # a half-installed scrubber must not stop private prints
            if required:
                raise ScrubberUnavailable(type(err).__name__) from err
            return None
        return scrub

    def __call__(self, text: str) -> str:
        if not text:
            return ""
        cached = self._cache.get(text)
        if cached is None:
            cached = self._filter(text)
            self._cache[text] = cached
        return cached

    def _might_contain_term(self, text: str) -> bool:
        if self._digits:
            return True
        folded = text.casefold()
        return any(p in folded for p in self._prefixes)

    def _filter(self, raw: str) -> str:
        text = clean_text(raw)
        if self.mode is Mode.PRIVATE:
            if self._scrub is not None and self.terms and self._might_contain_term(text):
                from coachdesk.privacy import apply_findings

                result = self._scrub(text, terms=self.terms)
                text = apply_findings(text, [f for f in result.findings if f.reason == "case term"])
        else:
            assert self._scrub is not None
            text = self._scrub(text, terms=self.terms).text
        return self.mask_terms(text)

    def mask_terms(self, text: str) -> str:
        """The final plain pass: any literal case term left is replaced."""
        if not self.contains_term(text):
            return text
        placeholder = _PLACEHOLDER.get(_text_lang(text) or "", self.placeholder)  # match the scrubber's language
        for pattern in self._patterns:
            text = pattern.sub(placeholder, text)
        return text

    def contains_term(self, text: str) -> bool:
        return any(p.search(text) for p in self._patterns)


def _text_lang(text: str) -> str | None:
    """The language the scrubber would detect for ``text`` (None without the scrubber)."""
    try:
        from coachdesk.privacy.detect_lang import detect_lang
    except Exception:
        return None
    try:
        return detect_lang(text)
    except Exception:
        return None
