"""Is a LINE written in a hurry (a phone note, a chat line) or carefully? One verdict per line.

``tokens.is_chat_style`` judges a whole text; a coach's note often mixes careful prose with a few
hurried lines (`puh raimo klo 9.40 – ei päässy`). In careful prose a lower-case `lahti`, `koski`,
`onni` is an ordinary word; in a hurried line it may be a name. :func:`hurried_lines` gives the
spans of the hurried lines, and the hurried-line name layer (``hurried_names.py``) works only there.

A line's score adds up its marks (:data:`MARKS`); ``HURRIED_AT`` or more is hurried:

| mark | weight | what |
|---|---|---|
| lower_start | 1.0 | the line (after a bullet, dash, number or time) starts with a lower-case word |
| lower_after_stop | 0.5 | a lower-case word after a full stop inside the line (once) |
| shorthand | 0.75 each, at most 1.5 | a phone-note abbreviation or colloquial form (`puh`, `soitto`, `tel`, `sms`, `cb`, `w/`, `abt`, `klo`, `esihenk`, `sano`, `tullu`, `itte`, `ens`, `kaa`) |
| separator | 0.25 | an arrow, a spaced dash or slash, `=>` between parts |
| all_lower | 0.5 | three or more words and no capital letter at all |
| no_stop | 0.5 | twelve or more words and no sentence end at all (`.`, `!`, `?`): dictated or typed on |
| capital_sentences | -0.75 each | a capitalised sentence start after a full stop (careful prose) |

Never hurried, whatever the marks: a table or CSV row (`|`, a tab, two `;`), a form line with a
capitalised label (`Nimi: …`), a short capitalised heading. A line that starts in lower case right
after a line that did not end a sentence is the same sentence wrapped: it takes that line's verdict, unless
that line is short (fewer than ``WRAP_FROM`` characters: a header such as `ke` or `to 12.1` opens no sentence).
"""

from __future__ import annotations

import bisect
import re

from coachdesk.privacy import per_text
from coachdesk.privacy.tokens import Token, shared_tokens, tokenize

HURRIED_AT = 1.5
WRAP_FROM = 25  # characters a line needs before its last one to be a hard-wrapped sentence going on below

MARKS: dict[str, tuple[float, str]] = {
    "lower_start": (1.0, "the line starts with a lower-case word"),
    "lower_after_stop": (0.5, "a lower-case word after a full stop inside the line"),
    "shorthand": (0.75, "a phone-note abbreviation or colloquial form (each, at most two)"),
    "separator": (0.25, "an arrow, a spaced dash or slash between parts"),
    "all_lower": (0.5, "three or more words and no capital letter"),
    "no_stop": (0.5, "twelve or more words and no sentence end at all (dictated or typed on)"),
    "capital_sentences": (-0.75, "a capitalised sentence start after a full stop (each)"),
}

# abbreviations and colloquial (dropped-letter) forms of phone notes, fi / sv / en
SHORTHAND = frozenset(
    """
    puh puh. tel tel. sms cb w/ abt nro esihenk tekstari tekstas soitto sano tullu tuu huutanu itte ite
    ens viikol kaa kans päässy keskeytyny menny ollu käyny saanu tehny vaa pitäs pitäis tänää huomen mä sä
    ku et joo jep okei tsekkaa tsekata lupas tos tossa tulkkas pls asap fyi tmrw thx imorn nån ngn
    """.split()
)
_LEAD = re.compile(r"[ \t]*(?:[-–—•*>]+[ \t]*|\d{1,2}[.:)][\d.:]*[ \t]+|\(?\d{1,2}[.:]\d{2}\)?[ \t]+)*")
_STOP_THEN = re.compile(r"[.!?][ \t]+([^\W\d_])")
_FORM_LABEL = re.compile(r"[ \t]*[A-ZÅÄÖ][^\W\d_]{1,25}(?:[ \t][^\W\d_]{1,20}){0,2}[ \t]*:[ \t]*\S")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-ÞŠŽ]")
_FIRST = re.compile(r"\S")
_ANY_STOP = re.compile(r"[.!?]")
_CAP_SENTENCE = re.compile(r"[.!?][ \t]+[A-ZÅÄÖ]")
_W_SLASH = re.compile(r"[wW](?<![\w/][wW])/")  # "call w/ boss": the one shorthand that is no word token
# Everything works on (text, start, end) with the regex engine's pos/endpos: no copy of a line is made
# (the scrubber's work must stay linear, tests/unit/privacy/test_linear_work.py).


def _line_score(text: str, lo: int, hi: int, short_at: list[int]) -> float:
    """The hurried-style score of the line text[lo:hi] (see the table of the module docstring).

    Cheap tests first: a capitalised line with a capitalised sentence after a full stop is careful prose
    and costs two regex searches; no list of the line's words is built.
    """
    lead = _LEAD.match(text, lo, hi)
    b = lead.end() if lead else lo
    if b >= hi or not text[b].isalpha():
        return 0.0
    first_lower = text[b].islower()
    cap_after = low_after = 0
    if not first_lower and (_CAP_SENTENCE.search(text, b, hi) or _FORM_LABEL.match(text, b, hi)):
        return 0.0  # careful prose, or a form field ("Nimi: …", "Työnantaja: …")
    if _table_row(text, b, hi):
        return 0.0  # a table or CSV row
    short = min(2, bisect.bisect_left(short_at, hi) - bisect.bisect_left(short_at, b))
    if not first_lower and not short:
        return 0.0  # a capitalised line needs shorthand to reach the threshold at all
    spaces = text.count(" ", b, hi)
    if not first_lower and spaces <= 4 and not short:
        last = _last_char(text, b, hi)
        if not last or last not in ".!?":
            return 0.0  # a short capitalised heading
    score = MARKS["lower_start"][0] if first_lower else 0.0
    score += MARKS["shorthand"][0] * short
    if _has_separator(text, b, hi):
        score += MARKS["separator"][0]
    for m in _STOP_THEN.finditer(text, b, hi):
        if text[m.start(1)].islower():
            low_after = 1
        else:
            cap_after += 1
    score += MARKS["lower_after_stop"][0] * low_after + MARKS["capital_sentences"][0] * cap_after
    if spaces >= 2 and not _UPPER.search(text, b, hi):
        score += MARKS["all_lower"][0]
    if spaces >= 11 and not _ANY_STOP.search(text, b, hi):
        score += MARKS["no_stop"][0]
    return score


def _shorthand_at(text: str, toks: list[Token] | None) -> list[int]:
    """Start offsets of the shorthand words of ``text`` (one scan of its tokens, set lookups)."""
    if toks is None:
        toks = tokenize(text)
    at = [t.start for t in toks if t.lower in SHORTHAND]
    if "/" in text:
        at = sorted(at + [m.start() for m in _W_SLASH.finditer(text)])
    return at


def _table_row(text: str, lo: int, hi: int) -> bool:
    """A ``|`` or a tab in text[lo:hi], or two ``;`` with no line break between (``[|\\t]|;[^\\n]*;``, by
    ``str.find``: the regex engine would try its alternation at every character)."""
    if text.find("|", lo, hi) >= 0 or text.find("\t", lo, hi) >= 0:
        return True
    i = text.find(";", lo, hi)
    while i >= 0:
        j = text.find(";", i + 1, hi)
        if j < 0:
            return False
        if text.find("\n", i + 1, j) < 0:
            return True
        i = j
    return False


def _has_separator(text: str, lo: int, hi: int) -> bool:
    """``->``, ``→``, ``=>``, ``>>`` in text[lo:hi], or a dash or slash with a space or tab on each side
    (``->|→|=>|[ \\t][–—-][ \\t]|[ \\t]/[ \\t]|>>``, by ``str.find``: the regex would be tried at every space)."""
    if any(text.find(arrow, lo, hi) >= 0 for arrow in ("->", "→", "=>", ">>")):
        return True
    for dash in "–—-/":
        i = text.find(dash, lo + 1, hi - 1)
        while i >= 0:
            if text[i - 1] in " \t" and text[i + 1] in " \t":
                return True
            i = text.find(dash, i + 1, hi - 1)
    return False


def _last_char_at(text: str, lo: int, hi: int) -> int:
    """Where the last character of text[lo:hi] that is no white space stands, -1 if none (read from the end)."""
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi - 1 if hi > lo else -1


def _last_char(text: str, lo: int, hi: int) -> str:
    """The last character of text[lo:hi] that is no white space, "" if none (read from the end, no copy)."""
    at = _last_char_at(text, lo, hi)
    return text[at] if at >= 0 else ""


def line_is_hurried(line: str) -> bool:
    """One line on its own: is it hurried (score ≥ ``HURRIED_AT``)?"""
    return _line_score(line, 0, len(line), _shorthand_at(line, None)) >= HURRIED_AT


def hurried_lines(text: str, toks: list[Token] | None = None) -> list[tuple[int, int]]:
    """The (start, end) spans of the hurried lines of ``text``, in order (end excludes the newline).
    ``toks``: the text's tokens when the caller has them (``tokens.tokenize``).

    A lower-case line right after one that did not end a sentence continues it and takes its verdict.
    One pass over the lines; each line is looked at a constant number of times. Worked out once per
    scrub call for the same text and tokens (``per_text``; several layers ask): the list is shared, read only.
    """
    return per_text.once(_hurried_lines, text, shared_tokens(text) if toks is None else toks)  # one entry when unprotected


def _hurried_lines(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """:func:`hurried_lines`, worked out."""
    out: list[tuple[int, int]] = []
    short_at = _shorthand_at(text, toks)
    pos = 0
    n = len(text)
    prev_hurried = False
    prev_open = False  # the previous non-empty line ended without a sentence end
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        first = _FIRST.search(text, pos, end)
        if first is not None:
            if prev_open and text[first.start()].islower():
                hurried = prev_hurried  # the sentence of the line before, wrapped onto this one
            else:
                hurried = _line_score(text, pos, end, short_at) >= HURRIED_AT
            if hurried:
                out.append((pos, end))
            prev_hurried = hurried
            last = _last_char_at(text, pos, end)
            # a sentence wraps only from a long line: a short header (`ke`, `ma 3.2.`, `to 12.1`) opens no sentence
            prev_open = last >= 0 and text[last] not in ".!?:;" and last - first.start() >= WRAP_FROM
        if nl < 0:
            break
        pos = nl + 1
    return out
