"""Schools are organisations (the corpus convention: a client's place of study or a coach's employer): the shipped
employer list holds Finland's universities, universities of applied sciences and vocational colleges, by name and
by the acronym they go by, in any case form; a generic school word stays."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub


@pytest.mark.parametrize(
    ("lang", "text", "school"),
    [
        ("fi", "Hän on tutkijatohtori UEF:ssä ja viihtyy.", "UEF"),
        ("fi", "Opiskeli aiemmin JAMK:ssa tradenomiksi.", "JAMK"),
        ("fi", "Nyt hän hakee Metropoliaan syksyllä.", "Metropoliaan"),
        ("fi", "Hän opiskelee Tampereen yliopistossa sosiologiaa.", "Tampereen yliopistossa"),
        ("en", "She is a lecturer at Xamk and teaches nursing.", "Xamk"),
        ("sv", "Han jobbar vid Åbo Akademi som lektor.", "Åbo Akademi"),
        ("fi", "Aloitti artesaaniopinnot Gradiassa viime syksynä.", "Gradiassa"),
    ],
)
def test_a_school_is_an_organisation(lang: str, text: str, school: str) -> None:
    r = scrub(text, lang=lang)
    at = text.index(school)
    assert any(f.label == "ORG" and f.start <= at and at + len(school) <= f.end for f in r.findings), r.text
    assert school not in r.text


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("fi", "Ammattikorkeakoulu on hyvä väylä, ja yliopistossa voi opiskella myöhemminkin.", "Ammattikorkeakoulu"),
        ("fi", "Ammattikorkeakoulu on hyvä väylä, ja yliopistossa voi opiskella myöhemminkin.", "yliopistossa"),
        ("en", "Her lab results were fine and the lab called back.", "lab"),
        ("fi", "Muistio\nVaria: ei muita asioita.", "Varia"),
    ],
)
def test_a_generic_school_word_stays(lang: str, text: str, word: str) -> None:
    assert word in scrub(text, lang=lang).text
