"""Organisations and case terms."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from tests.unit.conftest import caught


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Hän on töissä Pohjolan Puu ja Metalli Oy:llä.", "Pohjolan Puu ja Metalli Oy"),
        ("Työnantaja Rautalammin Sähkö Ky ei vastannut.", "Rautalammin Sähkö Ky"),
        ("Hän opettaa Mäntylän koulussa.", "Mäntylän koulussa"),
        ("Harjoittelu alkaa Vaskiluodon Konepajalla.", "Vaskiluodon Konepajalla"),
        ("She works at Northern Timber Services in town.", "Northern Timber Services"),
        ("Hon arbetar på Kustens Bageri i stan.", "Kustens Bageri"),
        ("Hän on kassalla K-Supermarketissa.", "K-Supermarketissa"),
        ("Yhdistys Kotiseutu ry järjesti retken.", "Kotiseutu ry"),
    ],
)
def test_orgs(text: str, org: str) -> None:
    res = scrub(text)
    assert caught(res, text, org), res.text


def test_org_keeps_colon_ending_outside() -> None:
    res = scrub("Hän on töissä Savon Putki Oy:llä.", lang="fi")
    assert "[organisaatio]:llä" in res.text


@pytest.mark.parametrize(
    "form",
    ["Oravalahti", "Oravalahden", "ORAVALAHDESSA", "oravalahteen", "Oravalahdeltakin"],
)
def test_case_terms_every_form(form: str) -> None:
    text = f"Asiakas kertoi, että {form} on tärkeä paikka."
    res = scrub(text, lang="fi", terms=["Oravalahti"])
    assert form.lower() not in res.text.lower()
    assert any(f.reason == "case term" and not f.dismissible for f in res.findings)


def test_case_term_multiword_and_number() -> None:
    text = "Hän korjaa veneitä Pikku Saaren telakalla, numero 040-555 1212."
    res = scrub(text, lang="fi", terms=["Pikku Saari", "0405551212"])
    assert "Saaren" not in res.text and "1212" not in res.text
