"""cue_scan.finditer_near gives exactly the matches of finditer, for the detector regexes that use it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.privacy import patterns
from coachdesk.privacy.cue_scan import finditer_near

# (regex, cue, reach) as the detectors use them
SCANS = [
    (patterns._FI_WORD_AGE, patterns._FI_WORD_AGE_CUE, patterns._FI_WORD_AGE_REACH),
    (patterns._AGE_PERSON_PAREN, patterns._AGE_PAREN_CUE, patterns._AGE_PAREN_REACH),
]

# pieces that make near-misses, overlaps, case tricks (İ, ı, ſ, K) and runs of cues
PIECES = [
    "vuotias", "VUOTIAS", "vuotıas", "vuoden ikäinen", "VUODEN  ikäisenä", "vuotia", "vuo", "-", " ", "\n",
    "kolme", "kaksikymmentä", "seitsemänkymmentäseitsemäntoista", "toista", "kymmenen", "yksi", "neli",
    "asiakas", "asiakkaani", "client", "mies", "Kvinna", "ſ", "K", "İ", "(", ")", ",", "4", "52", "(41)",
    " v", " år", "x", "ä", "Mies (", "a", "tyttö(9,", "poika (12)",
]


def _spans(it) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in it]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_same_matches_as_finditer(pieces: list[str]) -> None:
    text = "".join(pieces)
    for rx, cue, reach in SCANS:
        assert _spans(finditer_near(rx, cue, text, reach)) == _spans(rx.finditer(text))


def test_examples() -> None:
    text = "Poika on kolmevuotias, asiakas (52) ja mies (41, ADHD); seitsemänkymmentäseitsemäntoista-vuotias."
    for rx, cue, reach in SCANS:
        found = _spans(finditer_near(rx, cue, text, reach))
        assert found and found == _spans(rx.finditer(text))


def test_reach_bounds_the_cue() -> None:
    """A regex whose cue stands further away than ``reach`` is the caller's mistake; within it, all is found."""
    rx = re.compile(r"ab+c")
    assert _spans(finditer_near(rx, re.compile("c"), "abbbc abc", 4)) == _spans(rx.finditer("abbbc abc"))
