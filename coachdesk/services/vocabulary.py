"""The coach's own never-scrub vocabulary: phrases the team uses (``Perjantaipiiri``,
``Duunipolku-hanke``) that the scrubber never replaces in requests and summaries, added to the
shipped list (``resources/data/privacy/never_scrub.txt``, see ``coachdesk/privacy/vocabulary.py``).

Stored inside the encrypted vault as one JSON list under the setting :data:`SETTING` (one
transaction). Every term is checked before anything is stored; one bad term refuses the whole
list with a clear message and nothing changes:

- trimmed, inner spaces collapsed, NFC; 2-80 characters with at least two letters or digits;
  no line breaks, tabs or invisible characters (controls, bidi overrides, zero-width);
- duplicates (case-insensitive) dropped, the first spelling kept; at most :data:`MAX_TERMS`;
- never an identifier by the scrubber's own patterns (e-mail address, phone number, identity code,
  address: labels that are never dismissible), since those are always hidden anyway;
- never a person's name alone (``Matti``, ``Liisa Mäkelä``): every word a first name or surname of
  the name lists, unless it is an ordinary word only a few people carry as a name (``Aamu``,
  ``Usva``: fewer than :data:`COMMON_NAME_BEARERS`). A never-scrub entry is a phrase the team uses:
  ``Toivo-hanke``, not ``Toivo``. (The scrubber drops some name-only phrases itself, but a name that
  is also a word, ``Matti``, ``Satu``, would be kept: refused here.)
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from coachdesk.errors import InvalidInput, NotFound

if TYPE_CHECKING:
    from coachdesk.vault.store import Store

__all__ = [
    "MAX_CHARS", "MAX_TERMS", "MIN_CHARS", "SETTING", "add_keep_term", "check_keep_term_lines", "check_keep_terms",
    "keep_terms", "remove_keep_term", "set_keep_terms",
]

SETTING = "privacy.keep_terms"
MIN_CHARS = 2
MAX_CHARS = 80
MAX_TERMS = 500
COMMON_NAME_BEARERS = 1000  # a name that is also a word counts as a name from this many bearers
_SEPARATOR = "\n\n\n"  # between terms when they are scanned together (a finding never spans two)
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})  # controls, bidi, zero-width, unassigned
_WORDS = re.compile(r"[^\W\d_]+")


def keep_terms(store: Store) -> list[str]:
    """The coach's never-scrub terms, as stored (empty when none). A damaged value reads as empty:
    the list only ever keeps words, so losing it hides more, never less."""
    raw = store.get_setting(SETTING)
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        return []
    return [t for t in value if isinstance(t, str)] if isinstance(value, list) else []


def set_keep_terms(store: Store, terms: Iterable[str]) -> list[str]:
    """Check ``terms`` (see the module) and store them in one transaction; the stored list.
    InvalidInput, and nothing changes, when a term is refused."""
    clean = check_keep_terms(terms)
    store.set_setting(SETTING, json.dumps(clean, ensure_ascii=False) if clean else None)
    return clean


def add_keep_term(store: Store, term: str) -> bool:
    """Add one term; False when it is in the list already (in any letter case)."""
    current = keep_terms(store)
    stored = set_keep_terms(store, [*current, term])
    return len(stored) > len(current)


def remove_keep_term(store: Store, term: str) -> str:
    """Remove one term (matched in any letter case); the spelling removed. NotFound when absent."""
    key = _key(_tidy(term)) if isinstance(term, str) else None
    current = keep_terms(store)
    match = next((t for t in current if _key(t) == key), None)
    if match is None:
        raise NotFound(f"No never-scrub term {_label(term)} (see 'coachdesk vocabulary list').")
    set_keep_terms(store, [t for t in current if t is not match])
    return match


def check_keep_terms(terms: Iterable[str]) -> list[str]:
    """The terms tidied, checked and without duplicates (InvalidInput on the first refused term)."""
    if isinstance(terms, str):
        raise TypeError("terms must be a list of strings, not one string")
    try:
        return _checked(terms)
    except _Refused as refused:
        raise refused.error from None


def check_keep_term_lines(lines: Sequence[tuple[int, str]], source: str) -> list[str]:
    """Terms read from a file as ``(line number, text)``: the same checks as :func:`check_keep_terms`,
    and a refusal names the file and the line ("keep.txt, line 3: Never-scrub term 'Matti': …")."""
    try:
        return _checked(text for _number, text in lines)
    except _Refused as refused:
        raise InvalidInput(f"{source}, line {lines[refused.position][0]}: {refused.error}") from None


class _Refused(Exception):
    """A refused term: ``position`` is its index in the terms given, ``error`` the user's message."""

    def __init__(self, position: int, error: InvalidInput) -> None:
        super().__init__(str(error))
        self.position, self.error = position, error


def _checked(terms: Iterable[str]) -> list[str]:
    """The one rule set (see the module); raises _Refused for the first refused term."""
    clean: list[str] = []
    positions: list[int] = []  # where each clean term was in the input
    seen: set[str] = set()
    for position, raw in enumerate(terms):
        try:
            term = _check_one(raw)
        except InvalidInput as err:
            raise _Refused(position, err) from None
        if _key(term) not in seen:
            seen.add(_key(term))
            clean.append(term)
            positions.append(position)
        if len(clean) > MAX_TERMS:
            raise _Refused(position, InvalidInput(f"At most {MAX_TERMS} never-scrub terms."))
    identifiers = _identifiers(clean)
    for i, term in enumerate(clean):  # the first refused term in the coach's order
        if i in identifiers:
            raise _Refused(positions[i], _refused(term, InvalidInput(
                "An identifier (e-mail address, phone number, identity code, address) is always "
                "hidden; it cannot be a never-scrub term.")))
        if _name_only(term):
            raise _Refused(positions[i], _refused(term, InvalidInput(
                "A person's name alone is never kept; a never-scrub term is a phrase the team uses, "
                "like Perjantaipiiri or Duunipolku-hanke.")))
    return clean


def _tidy(term: str) -> str:
    return " ".join(unicodedata.normalize("NFC", term).split())


def _key(term: str) -> str:
    return unicodedata.normalize("NFC", term).casefold()


def _label(term: object) -> str:
    """The term quoted for a message: short, control characters shown as escapes."""
    from coachdesk.textsafe import shown

    text = term if isinstance(term, str) else repr(term)
    return f"'{shown(text[:30])}{'…' if len(text) > 30 else ''}'"


def _refused(term: object, reason: InvalidInput) -> InvalidInput:
    return InvalidInput(f"Never-scrub term {_label(term)}: {reason}")


def _check_one(raw: object) -> str:
    if not isinstance(raw, str):
        raise _refused(raw, InvalidInput("A term must be text."))
    if any(unicodedata.category(ch) in _INVISIBLE for ch in raw):
        raise _refused(raw, InvalidInput("A term cannot hold line breaks, tabs or invisible control characters."))
    term = _tidy(raw)
    if not MIN_CHARS <= len(term) <= MAX_CHARS:
        raise _refused(term if len(term) <= MAX_CHARS else raw, InvalidInput(
            f"A term is {MIN_CHARS}-{MAX_CHARS} characters."))
    if sum(ch.isalnum() for ch in term) < 2:
        raise _refused(term, InvalidInput("A term needs at least two letters or digits."))
    return term


def _identifiers(terms: list[str]) -> set[int]:
    """The indexes of the terms in which the scrubber finds an identifier it never lets go (ID,
    CONTACT, ADDRESS), in any of its languages. All terms are scanned as one text per language."""
    if not terms:
        return set()
    from coachdesk.privacy import scrub
    from coachdesk.privacy.model import NON_DISMISSIBLE_LABELS

    starts, pos = [], 0
    for term in terms:
        starts.append(pos)
        pos += len(term) + len(_SEPARATOR)
    combined = _SEPARATOR.join(terms)
    found: set[int] = set()
    for lang in ("fi", "sv", "en"):
        for f in scrub(combined, lang=lang).findings:
            if f.label not in NON_DISMISSIBLE_LABELS:
                continue
            first = bisect.bisect_right(starts, f.start) - 1
            last = bisect.bisect_left(starts, f.end) - 1
            if first == last:
                found.add(first)
            else:  # a finding across terms: each of them alone
                found.update(i for i in range(first, last + 1) if _identifier_alone(terms[i]))
    return found


def _identifier_alone(term: str) -> bool:
    """``term`` scanned on its own holds an identifier (the terms a finding spans are checked so)."""
    from coachdesk.privacy import scrub
    from coachdesk.privacy.model import NON_DISMISSIBLE_LABELS

    return any(f.label in NON_DISMISSIBLE_LABELS for lang in ("fi", "sv", "en") for f in scrub(term, lang=lang).findings)


def _name_only(term: str) -> bool:
    """Every word of ``term`` is a person's name (see the module)."""
    from coachdesk.privacy.lexicon import AMBIG, COMMON, KEEP, NAME, get_lexicon

    lex = get_lexicon()
    words = _WORDS.findall(unicodedata.normalize("NFKC", term).lower())

    def a_name(word: str) -> bool:
        flags = lex.get(word)
        if not flags & NAME or flags & KEEP:
            return False
        return not flags & (AMBIG | COMMON) or lex.counts.get(word, 0) >= COMMON_NAME_BEARERS

    return bool(words) and all(a_name(w) for w in words)
