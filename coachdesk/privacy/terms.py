"""Case terms: the identifying details the coach listed for this case, caught in every form."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from coachdesk.privacy import token_index
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import NAME, PLACE, Lexicon
from coachdesk.privacy.name_words import plain_ending
from coachdesk.privacy.orgs import LEGAL
from coachdesk.privacy.spans import PRIO_TERM, Cand
from coachdesk.privacy.tokens import Token

_WORD = re.compile(r"[^\W_]+")
_VOWELS = frozenset("aeiouyäöå")
_LEGAL_LOWER = frozenset(x.lower() for x in LEGAL)


# Between the words of a term: spaces, hyphens and at most one line break (a wrapped name), never a
# blank line (a paragraph or a separate field starts there).
_GAP = r"[^\S\n]*(?:\n[^\S\n]*)?"


def _term_regex(term: str) -> re.Pattern[str]:
    parts = []
    for ch in term:
        if ch.isspace():
            parts.append(rf"(?:[\-]*{_GAP}[\-]*)")
        elif ch in "-–.":
            parts.append(rf"(?:[\-–.]*{_GAP}[\-–.]*)")
        else:
            parts.append(re.escape(ch))
    if any(c.isdigit() for c in term):
        # digits may be written with or without separators: 040 123 4567 / 0401234567
        digits = [re.escape(c) for c in term if c.isalnum()]
        return re.compile(rf"(?:[\-.]*{_GAP}[\-.]*)".join(digits), re.IGNORECASE)
    return re.compile("".join(parts), re.IGNORECASE)


def token_matches(tok_low: str, word: str) -> bool:
    """Is the token (lower case) the word or one of its inflected forms?"""
    if tok_low == word:
        return True
    if tok_low.startswith(word) and len(tok_low) - len(word) <= 8:
        return True
    if len(word) < 3:
        return False
    return any(base == word for base, _ in analyses(tok_low))


def _ending(tok_low: str, word: str) -> str:
    """The case ending of an inflected term form (Virtasen -> "n"), for the placeholder."""
    if tok_low == word or "-" in tok_low:
        return ""
    if tok_low.startswith(word):
        end = tok_low[len(word) :]
        if word[-1:] not in _VOWELS and end[:1] == "i" and len(end) > 1:
            end = end[1:]  # the connecting vowel after a consonant: Okaforille -> :lle, Okaforin -> :n
        return plain_ending(end)
    for base, stem_len in analyses(tok_low):
        if base == word:
            return plain_ending(tok_low[stem_len:])
    return ""


def _guess_label(term: str, lex: Lexicon) -> str:
    if "@" in term or term.lower().startswith(("http", "www")):
        return "CONTACT"
    if sum(c.isdigit() for c in term) >= 3:
        return "ID"
    words = _WORD.findall(term)
    if words and all(lex.get(w.lower()) & NAME for w in words):
        return "PERSON"
    if words and lex.get(words[-1].lower()) & PLACE:
        return "LOCATION"
    return "ORG"


# The category a detail was listed under (IdentifierKind) -> the label it keeps whatever else is found in it.
# A listed employer is an EMPLOYER (placeholder "[työnantaja]"), not any organisation the scrubber found.
KIND_LABELS = {"name": "PERSON", "relative": "PERSON", "place": "LOCATION", "employer": "EMPLOYER"}


def split_term(raw: object) -> tuple[str, str | None] | None:
    """A term is a string (its category guessed) or a (value, kind) pair with kind name, relative,
    place, employer or other (IdentifierKind values)."""
    if isinstance(raw, str):
        return raw, None
    if isinstance(raw, tuple) and len(raw) == 2 and isinstance(raw[0], str):
        kind = raw[1] if isinstance(raw[1], str) else None
        return raw[0], getattr(kind, "value", kind)
    return None


def find_terms(
    text: str,
    toks: list[Token],
    terms: Iterable[str | tuple[str, str]],
    lex: Lexicon,
    *,
    source: str = "case_term",
    capitalised: bool = False,
) -> Iterator[Cand]:
    """Every form of every term. ``capitalised``: a match must start with a capital (colleague name parts)."""
    lowered = token_index.lowers(text, toks)
    firsts: dict[str, list[int]] = {}
    for i, low in enumerate(lowered):
        for head in {p[:2] for p in low.split("-")}:  # "Virtanen-Mäkelä" may hold the term Mäkelä
            firsts.setdefault(head, []).append(i)
    for item in terms:
        parsed = split_term(item)
        if parsed is None:
            continue
        term, kind = parsed[0].strip(), parsed[1]
        if len(term) < 2 or not any(c.isalnum() for c in term):
            continue
        label = KIND_LABELS.get(kind or "") or _guess_label(term, lex)
        extra = {"source": source, "term_kind": kind or ""}
        words = [w.lower() for w in _WORD.findall(term)]
        key = (words[0], words[-1]) if label == "PERSON" and len(words) > 1 else ("", "")
        for m in _term_regex(term).finditer(text):
            s, e = m.span()
            if capitalised and not text[s].isupper():
                continue
            while s > 0 and text[s - 1].isalnum():
                s -= 1
            while e < len(text) and text[e].isalnum():
                e += 1
            one_word = term.isalpha()  # Kaarina -> Kaarinassa keeps its ending: [paikkakunta]:ssa
            ending = _ending(text[s:e].lower(), term.lower()) if one_word and text[s:e].isalpha() else ""
            yield Cand(s, e, label, "term", "case term", PRIO_TERM, ending=ending, key=key, extra=dict(extra))
        if not words or any(c.isdigit() for c in term):
            continue
        # the forms of one detail: the whole term; an employer without its legal form ("Pirkan Puutarhalla");
        # each part of a person's name, capitalised ("Liisan", "Mäkelälle"): one person, one letter
        variants: list[tuple[list[str], bool]] = [(words, capitalised)]
        if label in ("ORG", "EMPLOYER") and len(words) > 2 and words[-1] in _LEGAL_LOWER:
            variants.append((words[:-1], capitalised))
        if label == "PERSON" and len(words) > 1:
            variants.extend(([w], True) for w in words if len(w) >= 3)
        for forms, cap_only in variants:
            for s, e, ending in _token_runs(text, toks, lowered, firsts, forms, cap_only):
                yield Cand(s, e, label, "term", "case term", PRIO_TERM, ending=ending, key=key, extra=dict(extra))


def _token_runs(
    text: str, toks: list[Token], lowered: list[str], firsts: dict[str, list[int]], words: list[str], cap_only: bool
) -> Iterator[tuple[int, int, str]]:
    """(start, end, ending) of every run of tokens that are the ``words`` in some inflected form."""
    k = len(words)
    # only tokens sharing the first two letters of the first word can start it (linear in the text)
    starts = firsts.get(words[0][:2], ()) if len(words[0]) >= 2 else range(len(toks))
    for i in starts:
        if i > len(toks) - k or (cap_only and not toks[i].text[:1].isupper()):
            continue
        ok = True
        for x in range(k):
            tl = lowered[i + x]
            parts = tl.split("-")
            if not (_form_of(tl, words[x]) or any(_form_of(p, words[x]) for p in parts)):
                ok = False
                break
            gap = text[toks[i + x - 1].end : toks[i + x].start] if x else ""
            if gap.strip() not in ("", "-") or gap.count("\n") > 1:
                ok = False  # another word, or a blank line (a new paragraph or field) in between
                break
        if ok:
            yield toks[i].start, toks[i + k - 1].end, _ending(lowered[i + k - 1], words[-1])


def _form_of(tok_low: str, word: str) -> bool:
    """token_matches, and for a long word its stem without the final vowel (Kangasala -> Kangasalla)."""
    if token_matches(tok_low, word):
        return True
    return (
        len(word) >= 7 and word[-1] in _VOWELS and tok_low.startswith(word[:-1]) and len(tok_low) - len(word) <= 6
    )
