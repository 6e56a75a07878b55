"""Speakers of a pasted chat thread ("dmitri: hei katja", "anu k: + tt-lääkärin kanssa", "Minh: ok")
and people as list labels ("- Matti: kertoi nukkuneensa huonosti"); initials as a sign-off ("– M. K.").

A word that opens a line and is followed by a colon is a speaker's name when it is a first name
in the lexicon, or when it opens two or more lines that way and is no ordinary word (minh). Field
labels ("Asiakas:", "Plan:", "Från:") are ordinary words, so they never count. A speaker's name is
caught wherever else it stands as a word ("hi minh, …").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.cues import EN_PERSON_VERBS, FI_PERSON_VERBS
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, KEEP, Lexicon
from coachdesk.privacy.spans import PRIO_NAME, Cand

_PERSON_VERBS = FI_PERSON_VERBS | EN_PERSON_VERBS | words("CHAT_PERSON_VERBS")
_NEXT_WORD = re.compile(r"\s*(\S+)")
_SPEAKER = re.compile(r"(?m)^[ \t]*(?:[-•*–][ \t]*)?([A-Za-zÅÄÖåäöÉéÜü][\w-]{1,20}(?: [A-Za-zÅÄÖåäö]\.?)?):[ \t]")


def find_speakers(text: str, lex: Lexicon) -> Iterator[Cand]:
    """Speakers of a pasted chat thread (a name before a colon at a line start) and their names elsewhere in
    the text."""
    matches = list(_SPEAKER.finditer(text))
    if not matches:
        return
    repeated = Counter(m.group(1).split(" ")[0].lower() for m in matches)
    thread = len(matches) >= 2  # several speaker lines: a name that is also a word (robin) counts
    speakers: set[str] = set()
    for m in matches:
        label = m.group(1)
        word = label.split(" ")[0]
        low = word.lower()
        flags = lex.get(low)
        if flags & (COMMON | KEEP) or (low in lex.lang_words and lex.counts.get(low, 0) < 1000):
            continue  # field labels and ordinary words; a well-attested name (matti) is still a name
        # "- Matti: kertoi …": a well-attested name as a list label (not "Plan:", "Sali:")
        nxt = _NEXT_WORD.match(text, m.end())
        said = nxt is not None and nxt.group(1).lower() in _PERSON_VERBS
        well_attested = lex.counts.get(low, 0) >= 500 and (said or not flags & AMBIG)
        first_name = bool(flags & FIRST) and (thread or said or not flags & AMBIG) and (
            word.islower() or repeated[low] >= 2 or well_attested
        )
        unknown_repeated = not flags and repeated[low] >= 2 and low not in lex.frequent
        if first_name or unknown_repeated:
            speakers.add(low)
            yield Cand(m.start(1), m.end(1), "PERSON", "person", "chat speaker", PRIO_NAME)
    for name in speakers:
        for w in re.finditer(rf"(?<![\w@.]){re.escape(name)}(?![\w@])", text, re.IGNORECASE):
            yield Cand(w.start(), w.end(), "PERSON", "person", "chat speaker", PRIO_NAME)


# "… two weeks. – M. K.", "/T.L.", "Terv.\nA.-M. S.": initials that end a line after a dash, slash or line break
# (Written from the first capital on, with what may stand before it as lookbehinds after it, so the regex
# engine skips to capitals: the same findings as
# (?:(?<=\s)[–—-][ \t]?|(?<=\s)/[ \t]?|(?<=\n))((?:[A-ZÅÄÖ]\.(?:-[A-ZÅÄÖ]\.)?[ \t]?){1,2}[A-ZÅÄÖ]\.?)[ \t]*(?=\n|$).)
_AFTER_DASH_SLASH_OR_BREAK = r"(?:(?<=\s[–—-].)|(?<=\s[–—-][ \t].)|(?<=\s/.)|(?<=\s/[ \t].)|(?<=\n.))"
_INITIALS_SIGNOFF = re.compile(
    rf"([A-ZÅÄÖ]{_AFTER_DASH_SLASH_OR_BREAK}\.(?:-[A-ZÅÄÖ]\.)?[ \t]?(?:[A-ZÅÄÖ]\.(?:-[A-ZÅÄÖ]\.)?[ \t]?)?[A-ZÅÄÖ]\.?)"
    r"[ \t]*(?=\n|$)"
)


# "t. MK", "/AL", "–AL", "Terv. JPK": capitals without dots after a closing formula, a slash or a dash, at the very end
_BARE_INITIALS_SIGNOFF = re.compile(
    r"(?:(?<![\w.])(?:[Tt]|[Tt]erv|[Tt]erveisin|[Mm]vh|[Hh]älsn|[Hh]älsningar|BR|[Bb]est)\.?[ \t,]+|(?<=\s)[/–—-][ \t]?)"
    r"([A-ZÅÄÖ]{2,3})[ \t]*$"
)
# "/AL" or "– AL" as a line of its own or after a sentence's end, or one initial with its dot after a sentence's end
# ("… näin. V."), before a blank line: an e-mail's sign-off with the quoted thread below it
_SIGNOFF_LINE = re.compile(r"(?m)(?:(?:^|(?<=[.!?)][ \t]))[ \t]*[/–—-][ \t]?([A-ZÅÄÖ]{2,3})|(?<=[.!?][ \t])([A-ZÅÄÖ]\.))"
                           r"[ \t]*\n[ \t]*\n")
# the last line of a text: two or three capitals alone ("…\nMI"), or lower-case initials after a slash or dash ("/jn", "– lk")
_LAST_LINE_INITIALS = re.compile(r"(?:(?<=\n)[ \t]*([A-ZÅÄÖ]{2,3})|(?<=\s)[/–—-][ \t]?([a-zåäö]{2,3}))[ \t]*$")
_NOT_INITIALS = words("NOT_INITIALS") | words("SCALE_ACRONYMS")
_UNITS = words("UNIT_ABBREVIATIONS")


_LONGEST_CLOSING = len("Hälsningar.")  # the longest closing formula of _BARE_INITIALS_SIGNOFF, with its dot


def _signoff_reach(text: str, end: int) -> int:
    """The earliest start of a "t. MK" sign-off ending at ``end``: two or three capitals end the text, before
    them a run of spaces, tabs or commas, and before that a closing formula (or a slash right before)."""
    p = max(end - 3, 0)
    while p > 0 and text[p - 1] in " \t,":
        p -= 1
    return max(p - _LONGEST_CLOSING - 1, 0)


def find_initials_signoff(text: str, lex: Lexicon | None = None) -> Iterator[Cand]:
    """Initials that sign a text off: "– M. K." or "/T.L." at a line end, "t. MK" or "–MK" at the very end, a last line
    of capitals alone ("…\nMI") or "/jn" in lower case there, "/MK" or "… näin. V." before a blank line (the quoted thread
    of an e-mail below). Without ``lex`` a lower-case one is judged by the unit list alone."""
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1  # the text without its trailing white space, found without copying the text
    # a match holds no line break and ends the text: search the end of the last line only (lookbehinds see before it)
    m = _BARE_INITIALS_SIGNOFF.search(text, max(text.rfind("\n", 0, end) + 1, _signoff_reach(text, end)), end)
    if m and m.group(1) not in _NOT_INITIALS:
        yield _signoff(m.start(1), m.end(1), m.group(1))
    else:
        yield from _last_line_initials(text, end, lex)
    if "\n" in text:
        for m in _SIGNOFF_LINE.finditer(text):
            g = 1 if m.group(1) else 2
            if m.group(g) not in _NOT_INITIALS:
                yield _signoff(m.start(g), m.end(g), m.group(g))
    for m in _INITIALS_SIGNOFF.finditer(text):
        initials = m.group(1)
        if sum(ch.isupper() for ch in initials) >= 2:
            yield _signoff(m.start(1), m.end(1), initials)


def _signoff(start: int, end: int, initials: str) -> Cand:
    """A sign-off's initials as a person; the key is their letters in lower case (`M.-K.`, `MK` and `mk` alike)."""
    key = ("".join(ch for ch in initials if ch.isalpha()).lower(), "")
    return Cand(start, end, "PERSON", "person", "initials as a sign-off", PRIO_NAME, key=key)


def _last_line_initials(text: str, end: int, lex: Lexicon | None) -> Iterator[Cand]:
    """The text's last line: two or three capitals alone (no listed acronym), or two or three lower-case letters after a
    slash or dash that are no unit (`/kk`), no listed acronym and no frequent or common word (`– ok`, `/ja`)."""
    m = _LAST_LINE_INITIALS.search(text, max(text.rfind("\n", 0, end), 0), end)
    if m is None:
        return
    caps, low = m.group(1), m.group(2)
    if caps is not None and caps not in _NOT_INITIALS:
        yield _signoff(m.start(1), m.end(1), caps)
    elif low is not None and low not in _UNITS and low.upper() not in _NOT_INITIALS and (
            lex is None or not (low in lex.frequent or lex.lang_words.get(low) or lex.get(low) & (COMMON | KEEP))):
        yield _signoff(m.start(2), m.end(2), low)

