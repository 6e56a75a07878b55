"""Names of real prose carried to their other mentions (``name_carry``: the ``carry.*`` rules).

Invented news and encyclopedia sentences: a full name, then the bare or inflected surname at a sentence
start; Arabic particles; a foreign surname before a reporting verb; and the traps (ordinary words,
compounds, companies, hyphenated places, other languages).
"""

from __future__ import annotations

import sys

import pytest

from coachdesk.privacy import name_carry, scrub
from coachdesk.privacy.name_carry import CARRY_ENDING, PARTICLE_NAME, SYLLABLE_PAIR, _stems
from coachdesk.privacy.name_trace import collecting


def persons(text: str, lang: str = "fi") -> list[str]:
    """The PERSON findings of ``text``, in order."""
    return [f.text for f in scrub(text, lang=lang).findings if f.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Johtaja Daniel Wallenberg puolusti päätöstä. Wallenbergiä arvostellaan laajalti.", "Wallenbergiä"),
        ("Johtaja Daniel Wallenberg puolusti päätöstä. Wallenbergillä on kaksi lasta.", "Wallenbergillä"),
        ("Oppositiojohtaja Aleksei Grudinskin tukijat kokoontuivat. Grudinskia uhkaa tuomio.", "Grudinskia"),
    ],
)
def test_a_found_surname_reaches_its_other_forms(text: str, word: str) -> None:
    assert word in persons(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ohjaaja Steven Spielberg puolusti elokuvaa. Spielberg sanoi, että työ jatkuu.", "Spielberg"),
        ("Hitchcock söi sanansa. Tiedotteen allekirjoitti Alfred Hitchcockin avustaja.", "Hitchcock"),
    ],
)
def test_a_bare_copy_that_is_also_a_frequent_form_is_carried(text: str, word: str) -> None:
    # a frequent word form at a sentence start is vetoed by the first pass; the found full name carries it
    assert word in carried(text) and word in persons(text)


def test_a_particle_name_is_found_whole_and_carried() -> None:
    text = "Analyytikot näkevät al-Hadidin pelastajana. Viime viikolla al-Hadidi nimitti ministerin."
    assert persons(text) == ["al-Hadidin", "al-Hadidi"]


def carried(text: str) -> set[str]:
    """The words ``carry.surname_copy`` named in ``text``."""
    with collecting() as trace:
        scrub(text, lang="fi")
    return {word for _, word, rid in trace.fired if rid == "carry.surname_copy"}


@pytest.mark.parametrize(
    "text",
    [
        "Hakkeriryhmä Lizard Squad iski verkkoon. Lizard on ryhmän lempinimi.",  # no first name before it
        "Aktivisti Sami Park loikkasi Pohjois-Koreasta. Pohjois-Koreasta tuli uutisia.",  # a hyphenated place
        "Tapasin Liisa Kiven. Kivi on kova.",  # an ordinary word
        "Yhtiön johtaja Daniel Wallenberg Oy:stä puhui. Wallenberg on yhtiö.",  # a company word
    ],
)
def test_traps_are_not_carried(text: str) -> None:
    assert carried(text) == set()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Okoroafor vahvisti tiedon.", "Okoroafor"),
        ("Okoroaforin mukaan kiista jatkuu.", "Okoroaforin"),
        ("NightOwlia syytetään petoksesta.", "NightOwlia"),
    ],
)
def test_a_foreign_word_before_a_person_cue_is_hidden_and_asked(text: str, word: str) -> None:
    res = scrub(text, lang="fi")
    assert [(f.text, f.certain) for f in res.findings if f.label == "PERSON"] == [(word, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Kyberturvallisuuskeskuksen mukaan uhka kasvaa.",  # a Finnish compound with a foreign letter
        "Hallitus vahvisti tiedon.",  # an ordinary word
        "Suomalaisia syytetään turhaan.",
        "Asiakkaalla on kaksi lasta.",
    ],
)
def test_finnish_words_before_the_same_cues_stay(text: str) -> None:
    assert persons(text) == []


def test_other_languages_are_left_alone() -> None:
    with collecting() as trace:
        scrub("Direktör Daniel Wallenberg talade. Wallenbergs svar kom sent. Okoroafor sade nej.", lang="sv")
    assert not [rid for _, _, rid in trace.fired if rid.startswith("carry.")]


def test_the_case_after_an_abbreviated_suffix_is_part_of_the_name() -> None:
    res = scrub("Hän soitti Sammy Davis Jr.:lle eilen.", lang="fi")
    assert [f.text for f in res.findings] == ["Sammy Davis Jr.:lle"]
    assert "[" in res.text and ":lle eilen" in res.text and "Jr" not in res.text
    # an initial with a full stop ends a sentence: no case joined
    assert [f.text for f in scrub("Tapasin Sammy Davisin. Hän soitti.", lang="fi").findings] == ["Sammy Davisin"]


def test_shapes() -> None:
    assert PARTICLE_NAME.fullmatch("el-Masrin") and not PARTICLE_NAME.fullmatch("al-dente")
    assert SYLLABLE_PAIR.fullmatch("Min-jae") and not SYLLABLE_PAIR.fullmatch("tv-ohjelmassa")
    assert CARRY_ENDING.fullmatch("illa") and CARRY_ENDING.fullmatch("") and not CARRY_ENDING.fullmatch("isto")
    assert {"wallenberg", "wallenbergi"} <= _stems("wallenbergin")


def _carry_lines(text: str) -> int:
    """Lines executed in name_carry.py while scrubbing ``text`` (work, never the wall clock)."""
    count = 0

    def local(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal count
        if event == "line":
            count += 1
        return local

    def global_trace(frame, event, arg):  # type: ignore[no-untyped-def]
        return local if frame.f_code.co_filename == name_carry.__file__ else None

    sys.settrace(global_trace)
    try:
        scrub(text, lang="fi")
    finally:
        sys.settrace(None)
    return count


def test_carrying_is_linear_in_the_number_of_names() -> None:
    """Many found surnames sharing their first letters: every word tries its split points, never every stem."""
    syllables = [a + b for a in "bdgklmnprstv" for b in ("ak", "el", "ir", "om", "us", "yn")]

    def text(count: int) -> str:
        names = [f"Kaup{s}{t}berg" for s in syllables for t in syllables][:count]
        # and an ordinary word with the same first letters, at a sentence start: it is tried every time
        return " ".join(f"Johtaja Mark {n} puolusti. {n} sanoi näin. Kaupunki on {n}ia." for n in names)

    small, large = text(60), text(240)
    scrub(small, lang="fi")
    assert _carry_lines(large) <= 5.0 * _carry_lines(small)
