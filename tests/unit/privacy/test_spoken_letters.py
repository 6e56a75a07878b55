"""Letters said inside a run of digit words (spoken_letters.py): each rule of RULES reads the century sign or
check character of a spoken identity code, and leaves a phone number, a count or an ordinary word alone."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.spoken_letters import RULES


def _ids(text: str, lang: str) -> list[str]:
    return [text[f.start : f.end] for f in scrub(text, lang=lang).findings if f.label == "ID"]


def _touched(text: str, word: str, lang: str) -> bool:
    s = text.index(word)
    return any(f.start < s + len(word) and s < f.end for f in scrub(text, lang=lang).findings)


# (rule, lang, text, the whole code read out: one ID span)
POSITIVES = [
    ("letter_name_more", "fi", "Asiakkaan hetu on nolla kuus nolla yheksän kuus nolla ypsilon kuus neljä kuus ee, soitan huomenna.",
     "nolla kuus nolla yheksän kuus nolla ypsilon kuus neljä kuus ee"),
    ("letter_name_more", "fi", "sanelu: kertoi tunnuksensa kaks nolla nolla kolme yks kaks ypsilon neljä viis yheksän seittemän ja lähti",
     "kaks nolla nolla kolme yks kaks ypsilon neljä viis yheksän seittemän"),
    ("letter_name_more", "fi", "Hänen tunnus on kaks neljä nolla yks kuus seittemän uu kaks kaks yheksän ypsilon.",
     "kaks neljä nolla yks kuus seittemän uu kaks kaks yheksän ypsilon"),
    ("letter_name_more", "fi", "hetu yks nolla nolla kolme yks yks äks viis viis kolme jii, muuten ok",
     "yks nolla nolla kolme yks yks äks viis viis kolme jii"),
    ("letter_phrase", "sv", "Hon sa sitt personnummer ett sex noll fem åtta fyra streck fem fyra tre lilla j och bad om hjälp.",
     "ett sex noll fem åtta fyra streck fem fyra tre lilla j"),
    ("letter_phrase", "sv", "Personnumret är ett ett noll fyra noll sju stort A två noll sex stor bokstav S.",
     "ett ett noll fyra noll sju stort A två noll sex stor bokstav S"),
    ("letter_phrase", "sv", "Klienten, noll två ett ett sex fem stora B två tre noll bokstaven B, ringde.",
     "noll två ett ett sex fem stora B två tre noll bokstaven B"),
    ("letter_phrase", "fi", "Hetu on yks viis nolla yheksän seittemän viis miinus yks yheksän kuus iso äl, tarkistettu.",
     "yks viis nolla yheksän seittemän viis miinus yks yheksän kuus iso äl"),
]

# (rule, lang, text, a word that must survive)
TRAPS = [
    ("letter_name_more", "fi", "Ryhmässä on kuus ypsilon-sukupolven nuorta ja kaks kolme isoa kysymystä.", "ypsilon"),
    ("letter_name_more", "fi", "Meitä oli kaks kolme ypsilon-luokan kaveria ja yks tset-kirjain.", "ypsilon"),
    ("letter_phrase", "sv", "Vi var fem stora barn och tre små, sju stora B-lag.", "stora"),
    ("letter_phrase", "sv", "Hon bor i trappa tre stort rum, nummer två lilla k.", "lilla"),
    ("letter_phrase", "fi", "Hänellä on kaks kolme iso A-luokan asuntoa ja pieni b-rappu.", "iso"),
]


@pytest.mark.parametrize(("rule", "lang", "text", "span"), POSITIVES)
def test_rule_fires(rule: str, lang: str, text: str, span: str) -> None:
    assert rule in RULES
    assert _ids(text, lang) == [span], scrub(text, lang=lang).text


@pytest.mark.parametrize(("rule", "lang", "text", "word"), TRAPS)
def test_trap_untouched(rule: str, lang: str, text: str, word: str) -> None:
    assert rule in RULES
    assert not _touched(text, word, lang), scrub(text, lang=lang).text


def test_every_rule_has_a_positive_a_trap_and_a_doc_row() -> None:
    from coachdesk.privacy import spoken_letters

    assert {r for r, *_ in POSITIVES} == set(RULES) == {r for r, *_ in TRAPS}
    assert all(f"| {rule} |" in (spoken_letters.__doc__ or "") for rule in RULES)


def test_a_checked_code_is_certain() -> None:
    text = "hetu nolla kuus nolla yheksän kuus nolla ypsilon kuus neljä kuus ee"
    (f,) = [f for f in scrub(text, lang="fi").findings if f.label == "ID"]
    assert "henkilötunnus (spoken)" in f.reason and f.certain


def test_a_phone_read_out_stays_a_phone() -> None:
    text = "Puhelin nolla neljä nolla yks kaks kolme neljä viis kuus seittemän, soita iltaisin."
    assert [f.label for f in scrub(text, lang="fi").findings] == ["CONTACT"]
    sv = "Ring henne på noll fyra noll ett två tre fyra fem sex sju, stort tack."
    assert [f.label for f in scrub(sv, lang="sv").findings] == ["CONTACT"]


def test_second_scrub_changes_nothing() -> None:
    for _, lang, text, _span in POSITIVES:
        once = scrub(text, lang=lang).text
        assert scrub(once, lang=lang).text == once


def test_explain_names_the_rules() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--explain", "--lang", "sv"],
        input="Personnumret är ett ett noll fyra noll sju stort A två noll sex stor bokstav S.",
        capture_output=True, text=True, check=True,
    ).stdout
    assert "letter_phrase" in out
    fi = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--explain", "--lang", "fi"],
        input="hetu nolla kuus nolla yheksän kuus nolla ypsilon kuus neljä kuus ee",
        capture_output=True, text=True, check=True,
    ).stdout
    assert "letter_name_more" in fi


def test_colloquial_names_of_f_and_k() -> None:
    text = "tunnus nolla kaks nolla neljä viis viis äffä kolme neljä yks pee ja lähti kotiin"
    assert _ids(text, "fi") == ["nolla kaks nolla neljä viis viis äffä kolme neljä yks pee"]
    phone = "soitin numeroon nolla neljä nolla yks kaks kolme neljä viis kuus seittemän kaa kertaa"
    res = scrub(phone, lang="fi")
    assert [f.label for f in res.findings] == ["CONTACT"] and "kaa kertaa" in res.text
    assert "letter_name_more" not in res.findings[0].reason
