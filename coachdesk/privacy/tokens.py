"""Word tokens with the positional facts the name rules need (capital, sentence start, ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coachdesk.privacy import cue_words, per_text

# A word starts with a letter; inner hyphens/apostrophes join parts (Jari-Pekka, Kela's, PHQ-9-pisteet).
# (Written as runs of letters and digits joined by a joiner: the same matches as the one-character
# alternation [^\W\d_](?:[^\W_]|['’](?=[^\W\d_])|-(?=[^\W_]))*, a quarter faster.)
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:(?:['’](?=[^\W\d_])|-(?=[^\W_]))[^\W_]*)*")
_SENT_END = ".!?…:;\n•*"
_OPENERS = "\"'“”«»([{–—−‒―-> \t"  # −, ‒ and ―: the dialogue dashes of typeset Finnish text
_ABBREV = cue_words.words("ABBREVIATIONS")


_UNITS = frozenset("pv vk h min krt kk".split())
_DIGITS = frozenset("0123456789/")


@dataclass(slots=True)
class Token:
    """A word of the text with its offsets and the positional facts the name rules need."""

    start: int
    end: int
    text: str
    sent_start: bool  # first word of a sentence, heading, list item or line
    cap: bool  # first letter upper case, rest not all upper
    upper: bool  # all upper case (acronym)
    colon_suffix: bool  # the ":llä" after "Oy" – not a word of its own
    after_bracket: bool = False  # follows a "]" (a placeholder): a start only for safety
    lower: str = ""


def _is_emoji(ch: str) -> bool:
    """An emoji or pictograph ends a chat sentence ("tulee 😄 Jos joku …")."""
    return ord(ch) >= 0x1F300 or 0x2600 <= ord(ch) <= 0x27BF


def char_before(text: str, pos: int, skip: str = " \t") -> str:
    """The last character before ``pos`` that is not in ``skip`` ("" at the start); scans back, no slicing."""
    while pos > 0 and text[pos - 1] in skip:
        pos -= 1
    return text[pos - 1] if pos > 0 else ""


def char_after(text: str, pos: int, skip: str = " \t") -> str:
    """The first character at or after ``pos`` that is not in ``skip`` ("" at the end); no slicing."""
    n = len(text)
    while pos < n and text[pos] in skip:
        pos += 1
    return text[pos] if pos < n else ""


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` as tokens, with sentence starts, capitals and acronyms marked."""
    toks: list[Token] = []
    prev_end = 0
    prev_word = ""
    for m in _WORD.finditer(text):
        s, e = m.span()
        w = m.group(0)
        colon_suffix = s > 0 and text[s - 1] == ":" and s >= 2 and (text[s - 2].isalnum() or text[s - 2] in "])")
        gap = text[prev_end:s]
        if gap == " " and toks:
            sent = False  # the common case, decided at once: one space between two words
        elif not toks:
            stripped = gap.rstrip(_OPENERS)
            sent = not stripped.strip() or stripped.strip()[-1:] in _SENT_END or stripped.strip() == "|"  # "| Kunta | …"
        else:
            g = gap.strip(" \t")
            tail = g.rstrip(_OPENERS)
            sent = "\n" in gap or "]" in g or (
                bool(tail)
                and (tail[-1] in _SENT_END or _is_emoji(tail[-1]))
                and not (
                    gap.startswith(".")
                    and prev_word.lower() in _ABBREV
                    and len(g) <= 2
                    # "4 h/pv. Raskaat …": a unit after a number ends its sentence
                    and not (prev_word.lower() in _UNITS and char_before(text, prev_end - len(prev_word), " \t\n") in _DIGITS)
                )
            )
            if g in ("-", "–", "—", "−", "‒", "―", "*", "•") and "\n" not in gap:
                sent = False
        if w[0].islower():
            upper = cap = False  # a lower-case first letter: neither an acronym nor capitalised
        else:
            head = w[:5].replace("-", "")[:4]
            upper = len(w) >= 2 and head.isupper() and (head.isalpha() or sum(ch.isalpha() for ch in head) >= 2)
            cap = w[0].isupper() and not upper
        toks.append(Token(s, e, w, sent, cap, upper, colon_suffix, gap != " " and "]" in gap, w.lower()))
        prev_end = e
        prev_word = "" if colon_suffix else w
    return toks


def shared_tokens(text: str) -> list[Token]:
    """:func:`tokenize`, worked out once per scrub call (``per_text``): every caller gets the same list, read only."""
    return per_text.once(tokenize, text)


def is_chat_style(text: str, toks: list[Token]) -> bool:
    """Lower-case chat style: the text or several of its sentences start in lower case.

    A word right after a placeholder and an all-caps code count as capitalised starts, so that a
    scrubbed text is never judged more chat-like than its original (idempotence).
    """
    starts: list[bool] = []  # True = lower-case start
    for t in toks:
        if not t.sent_start or t.colon_suffix:
            continue
        if t.text[:1].islower() and char_before(text, t.start) in (":", ";"):
            continue  # "…työssä: kun molemmat", "…laitaa; vilja oli": lower case is right after these
        if t.after_bracket or t.upper:
            starts.append(False)
        elif len(t.text) >= 2:
            starts.append(t.text[0].islower())
    if not starts:
        return False
    low = sum(starts)
    return starts[0] or low >= max(2, len(starts) // 3)
