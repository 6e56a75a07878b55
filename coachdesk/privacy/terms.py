"""Case terms: the identifying details the coach listed for this case, caught in every form."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import NAME, PLACE, Lexicon
from coachdesk.privacy.spans import PRIO_TERM, Cand
from coachdesk.privacy.tokens import Token

_WORD = re.compile(r"[^\W_]+")


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
        return end if end.isalpha() and len(end) <= 6 else ""
    for base, stem_len in analyses(tok_low):
        if base == word:
            end = tok_low[stem_len:]
            return end if end.isalpha() and len(end) <= 6 else ""
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
KIND_LABELS = {"name": "PERSON", "relative": "PERSON", "place": "LOCATION", "employer": "ORG"}


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
    lowered = [t.lower for t in toks]
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
            yield Cand(s, e, label, "term", "case term", PRIO_TERM, ending=ending, extra=dict(extra))
        words = [w.lower() for w in _WORD.findall(term)]
        if not words or any(c.isdigit() for c in term):
            continue
        k = len(words)
        # only tokens sharing the first two letters of the term's first word can start it (linear in the text)
        starts = firsts.get(words[0][:2], ()) if len(words[0]) >= 2 else range(len(toks))
        for i in starts:
            if i > len(toks) - k or (capitalised and not toks[i].text[:1].isupper()):
                continue
            ok = True
            for x in range(k):
                tl = lowered[i + x]
                parts = tl.split("-")
                if not (token_matches(tl, words[x]) or any(token_matches(p, words[x]) for p in parts)):
                    ok = False
                    break
                gap = text[toks[i + x - 1].end : toks[i + x].start] if x else ""
                if gap.strip() not in ("", "-") or gap.count("\n") > 1:
                    ok = False  # another word, or a blank line (a new paragraph or field) in between
                    break
            if ok:
                last = lowered[i + k - 1]
                yield Cand(
                    toks[i].start,
                    toks[i + k - 1].end,
                    label,
                    "term",
                    "case term",
                    PRIO_TERM,
                    ending=_ending(last, words[-1]),
                    extra=dict(extra),
                )
