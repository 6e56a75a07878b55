"""run_scan gives exactly the matches the plain scans gave (e-mail, web address, date words, age after a noun)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.privacy import age_date_rules, patterns
from coachdesk.privacy.cue_scan import finditer_near
from coachdesk.privacy.run_scan import finditer_at, is_letter, number_starts, run_starts


def _spans(it) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in it]

def _age_after_noun_starts(text: str):
    return run_starts(text, [c.start() for c in patterns._AGE_AFTER_NOUN_CUE.finditer(text)], is_letter)


# (regex, its starts, pieces that make matches, near-misses, runs of cues and case tricks) as the detectors use them
COMMON = [" ", "  ", "\n", "\t", ".", ",", "-", "_", "(", "ä", "İ", "K", "ſ", "²", "9", "x"]
SCANS = [
    (patterns._EMAIL, patterns._email_starts, [
        "anna", "A.Virta", "a_b", "x+y", "@", "(at)", " (at) ", "[ät]", " [a] ", "[", ")", "]", "gmail", ".com",
        "(dot)", " [piste] ", "fi", "-", "@@", "+", "anna (at) gmail.com", "b [ät] c", "x.y@z", "a (a) b (dot) c",
    ]),
    (patterns._URL, patterns._url_starts, [
        "foo", "bar-baz", "-", ".", "@", ".com", ".fi", ".co", ".COM", ".ſe", ".uK", ".info", "www.", "WWW.",
        "http://", "httpſ://", "https://", "/p", "/", "mail.example.com", "a.b", "'", ")", "x-y.fi", "a.b-c.com/d",
    ]),
    (patterns._DATE_WORDS, number_starts, [
        "12", "3", "05", "5.", "2025", "kesäkuun", "Kesäkuuta", "huhtikuussa", "June", "Jan.", "Jan", "May", "of",
        "st", "th", "maj", "mars", ":e", ":a", "päivä", "Sept.", "a", "1", "Jan. 5", "kesäkuun  12.", "3rd of May",
        "12:e mars 2024", "June 4, 2025",
    ]),
    (age_date_rules._MONTH_LOWER, number_starts, [
        "12", "3", "05", "june", "jan", "sept", "may", "of", "st", "th", "3rd of may", "june 4th", "oct  12", "1",
        "december", "a", "4.5",
    ]),
    (patterns._AGE_AFTER_NOUN, _age_after_noun_starts, [
        "hoitaja", "lähihoitaja", "klient", "ab", ", ", "47", "3", ", 47, ", ", 47.", ", 33 (", "-", "²ab", "x1",
    ]),
]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_same_matches_as_the_plain_scan(data: st.DataObject) -> None:
    for rx, starts, pieces in SCANS:
        text = "".join(data.draw(st.lists(st.sampled_from(pieces + COMMON), max_size=30)))
        assert _spans(finditer_at(rx, text, starts(text))) == _spans(rx.finditer(text)), (rx.pattern[:40], text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab.-_@ (1é²", max_size=60), st.lists(st.integers(0, 60), max_size=12))
def test_run_starts_is_the_start_of_the_run_before_each_end(text: str, ends: list[int]) -> None:
    ends = sorted(e for e in ends if e <= len(text))
    got = list(run_starts(text, ends, lambda ch: ch.isalnum() or ch in "._-"))
    for e, s in zip(ends, got, strict=True):
        want = e
        while want > 0 and (text[want - 1].isalnum() or text[want - 1] in "._-"):
            want -= 1
        assert s == want


def test_a_long_run_with_many_cues_is_scanned_once() -> None:
    """Linear work: 20,000 ".fi" endings in one run of host characters is one scan back, not 20,000."""
    text = "x" + ".fi" * 20_000
    looked = 0

    def counting(ch: str) -> bool:
        nonlocal looked
        looked += 1
        return ch.isalnum() or ch in "_.-"

    starts = list(run_starts(text, [m.start() for m in patterns._URL_END.finditer(text)], counting))
    assert starts == [0] * 20_000 and looked <= len(text) + 1


def test_finditer_at_skips_starts_inside_an_earlier_match() -> None:
    text = "anna@mail.fi ja b@c.fi"
    assert [m.group(0) for m in finditer_at(patterns._EMAIL, text, [0, 2, 5, 16])] == ["anna@mail.fi", "b@c.fi"]


BIRTH_PIECES = [
    "syntynyt", "SYNTYNYT", "synt.", "s.", "ſ.", "born", "born in", "BORN İN", "b.", "född", "född år", "f.", " ",
    "vuonna ", "VUONNA ", "1970", "2003", "19", "20", "1", "-", "–", "x", "\n", "syntynyt vuonna 1968", "(", ",",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(BIRTH_PIECES), max_size=30))
def test_birth_year_near_its_year_is_the_plain_scan(parts: list[str]) -> None:
    text = "".join(parts)
    near = finditer_near(patterns._BIRTH_YEAR, patterns._YEAR_CUE, text, patterns._BIRTH_YEAR_REACH)
    assert _spans(near) == _spans(patterns._BIRTH_YEAR.finditer(text))


_DIGIT_LED = [
    ("patterns", "_HETU"), ("patterns", "_HETU_HEAD"), ("patterns", "_YTUNNUS"), ("patterns", "_CARD"), ("patterns", "_DATE_NUM"),
    ("patterns", "_DATE_ISO"), ("patterns", "_DATE_DASH"), ("patterns", "_DATE_SLASH"), ("patterns", "_AGE_FI"),
    ("patterns", "_AGE_SV"), ("patterns", "_AGE_YEARS_OF_AGE"), ("age_date_rules", "_DAY_MONTH"), ("direct_hurried", "_BARE_DM"),
    ("spoken", "_SPACED_DIGITS"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["1", "12", "131052", "-308T", "A", "x", " ", ".", ",", "-", "/", "+", "3.", "2025", "v",
                                 "vuotias", "år", " years of age", "\n", "_", "٣", "²", "ä", "0 4 ", "5, 6"]), max_size=24))
def test_digit_led_patterns_match_as_the_plain_scan(pieces: list[str]) -> None:
    import importlib

    from coachdesk.privacy import per_text, run_scan

    text = "".join(pieces)
    for module, name in _DIGIT_LED:
        rx = getattr(importlib.import_module(f"coachdesk.privacy.{module}"), name)
        with per_text.scope():
            at_runs = [(m.span(), m.groups()) for m in run_scan.finditer_at(rx, text, run_scan.digit_run_starts(text))]
            chosen = [(m.span(), m.groups()) for m in run_scan.digit_finditer(rx, text)]
        assert at_runs == chosen == [(m.span(), m.groups()) for m in rx.finditer(text)], name
