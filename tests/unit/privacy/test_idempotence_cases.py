"""scrub(scrub(x)) == scrub(x): examples the property tests found (kept as explicit cases) and a property
over spoken dates, written and spoken numbers and identifier labels, the words where they were found.

Kinds fixed: a context word read beside a spoken date ("neljäs neljäs" is 4.4. unless an ordinal list goes
on) is a placeholder on the second scrub (spoken.py: a date placeholder still lists; a placeholder is no
cue word); a long number partly taken by another finding (the rest is judged as the second scrub sees it,
scrubber._as_scrubbed); a cue word some tokens before a spoken number (a spoken finding counts as one
token, as its placeholder will); an identifier keyword's value opening with a word (patterns); a lower-case
word-name after a placeholder read as opening a line (hurried.py word_name_verb)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachdesk.privacy import scrub

FOUND = [
    ("fi", "Tapaaminen kesäkuun neljäs neljäs neljäs."),  # the known one
    ("fi", "kesäkuun neljäs neljäs neljäs"),
    ("fi", "viides viides viides neljättä"),
    ("fi", "kuudes tammikuun kuudes kuudes kuudes tammikuun tammikuun kuudes ensimmäinen kuudes"),
    ("fi", "Virtanen viikko Elo kesäkuun kuudes viides kuudes Virtanen kuudes kuudes"),
    ("en", "Smith 4567 4567 May third third May May third"),
    ("en", "fourth March March fourth TE TE 040 040 TE"),
    ("sv", "12345 12345 12345 Elo 12345"),
    ("sv", "12345 12345 12345 12345 12345 Kundnummer 12345 12345 femte"),
    ("en", "040 040 12345 12345 12345 040 phone"),
    ("sv", "12345 12345 040 040 12345"),
    ("en", "123 123 4567 123 123 123 4567 123 123 4567"),
    ("sv", "Kundnummer 4567 eller 4567 åttiofem 4567 tre 4567"),
    ("fi", "Asiakasnumero soitti 4567 4567 kahdeskymmenes"),
    ("fi", "040 123 4567 said said"),  # test_properties (explore profile): a start after a placeholder
    ("fi", "Asiakasnumero tammikuun kahdeksankymmentä kahdeksankymmentä tammikuun kahdeksankymmentä kahdeksankymmentä"),
]


@pytest.mark.parametrize(("lang", "text"), FOUND)
def test_a_second_scrub_finds_nothing(lang: str, text: str) -> None:
    once = scrub(text, lang=lang).text
    again = scrub(once, lang=lang)
    assert again.findings == (), (once, again.text)


def test_real_dates_are_still_taken() -> None:
    """The fixes keep what a first scrub finds in ordinary text."""
    assert scrub("Tapaaminen on neljäs kuudes.", lang="fi").text == "Tapaaminen on [päivämäärä]."
    assert scrub("Tapaaminen on kesäkuun neljäs.", lang="fi").text == "Tapaaminen on [päivämäärä]."
    assert scrub("We meet on June third.", lang="en").text == "We meet on [date]."
    assert scrub("date June third", lang="en").text == "date [date]"
    assert scrub("next appointment May third at ten", lang="en").text == "next appointment [date] at ten"
    assert "may third" in scrub("I may third that motion.", lang="en").text
    assert scrub("kolmas neljäs viides", lang="fi").findings == ()  # a list of ordinals


SPOKEN = {
    "fi": ["kesäkuun", "tammikuun", "neljäs", "viides", "kuudes", "toinen", "kahdeskymmenes", "päivänä", "kuudetta",
           "kesäkuuta", "vuonna", "tuhat", "yhdeksänsataa", "kahdeksankymmentä", "kaksi", "nolla", "neljä", "kakskytviis",
           "ja", "tai", ",", ".", "asiakasnumero", "AS", "12345", "4567", "040", "123", "puhelin", "Kela"],
    "sv": ["juni", "den", "fjärde", "femte", "sjätte", "i", "tre", "fyra", "åttiofem", "och", ",", ".", "Kundnummer",
           "KN", "12345", "4567", "040", "123", "telefon"],
    "en": ["June", "May", "the", "third", "fourth", "fifth", "of", "twenty", "first", "nineteen", "oh", "nine", "and",
           ",", ".", "Customer", "number", "CN", "12345", "4567", "040", "123", "phone", "on"],
}


@st.composite
def spoken_texts(draw: st.DrawFn) -> tuple[str, str]:
    """A few words of one language, repeated (repeats are where a context rule reads a neighbour)."""
    lang = draw(st.sampled_from(sorted(SPOKEN)))
    pool = draw(st.lists(st.sampled_from(SPOKEN[lang]), min_size=2, max_size=6, unique=True))
    return lang, " ".join(draw(st.lists(st.sampled_from(pool), min_size=1, max_size=10)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spoken_texts())
def test_idempotent_on_spoken_dates_numbers_and_labels(case: tuple[str, str]) -> None:
    lang, text = case
    once = scrub(text, lang=lang).text
    assert scrub(once, lang=lang).findings == (), once
