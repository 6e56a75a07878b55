"""The per-line hurried-style detector (hurried_style.py): phone-note lines in fi/sv/en count as
hurried; careful prose, headings, forms and tables never do, and a wrapped careful sentence keeps
its verdict. Invented lines only."""

from __future__ import annotations

import pytest

from coachdesk.privacy.hurried_style import MARKS, hurried_lines, line_is_hurried

HURRIED = [
    # fi
    "puh raimo klo 9.40 – ei päässy",
    "soitto: ahmed k. / hashimi, kurssi keskeytyny",
    "äiti raili soittaa huomenna",
    "veli farid tulkkas",
    "- tekstari esihenk:ltä -> ens viikol palaveri",
    "ei jaksa virtasen hommia. virtanen itte soitti",
    "muista kysyy rikeltä huomenna",
    "14.05 sano et ei tuu, soittaa myöhemmin",
    # sv
    "hustrun maj ringde, vill prata",
    "tel nisse (nils b.) – har inte kommit",
    "ring bosse från pargas bageri imorn",
    # en
    "call w blessing re cleaning job",
    "boss adeyemi wants 12h shifts",
    "cb tmrw abt the forms",
]

CAREFUL = [
    # fi
    "Asiakas kertoi, että hän on käynyt Lahdessa. Seuraava tapaaminen on ensi viikolla.",
    "Tapaaminen 14.1.2025 klo 13.00, kesto 60 min.",
    "Työkokeilu alkaa maanantaina. Palkkatuki on haettu.",
    "Nimi: Aino Virtanen",
    "Tavoitteet",
    "Seuraavat askeleet",
    "| nimi | ikä | kunta |",
    "nimi;ikä;kunta",
    "Koski;Aino;Lahti",
    "Kelan päätös\tsaapui\t12.3.",
    # sv
    "Klienten berättade att hon har flyttat. Vi ses nästa vecka.",
    "Arbetsgivare: Sjöbergs Trä Ab",
    # en
    "The client said she would call back. We agreed on a trial.",
    "Next steps",
    "Employer: Adjei Cleaning Ltd",
]


@pytest.mark.parametrize("line", HURRIED)
def test_hurried_lines_are_hurried(line: str) -> None:
    assert line_is_hurried(line), line


@pytest.mark.parametrize("line", CAREFUL)
def test_careful_lines_are_not_hurried(line: str) -> None:
    assert not line_is_hurried(line), line


def test_spans_are_per_line() -> None:
    text = "Tapaaminen meni hyvin. Asiakas on motivoitunut.\npuh raimo klo 9.40 – ei päässy\nSeuraava aika sovittu."
    spans = hurried_lines(text)
    assert [text[s:e] for s, e in spans] == ["puh raimo klo 9.40 – ei päässy"]


def test_a_wrapped_careful_sentence_keeps_its_verdict() -> None:
    # the second line starts in lower case only because the sentence wrapped
    text = "Asiakas kertoi, että hänen äitinsä soittaa\nhuomenna ja kertoo lisää. Kaikki hyvin."
    assert hurried_lines(text) == []


def test_a_wrapped_hurried_line_stays_hurried() -> None:
    text = "puh raimo klo 9.40, ei päässy kun\nlapsi sairas"
    assert len(hurried_lines(text)) == 2


def test_a_short_header_line_opens_no_sentence() -> None:
    # "ke", "to 12.1": a weekday or date header ends without a full stop, but no sentence goes on below it
    text = "ke\nsoitto: make, sano et ei pääse\njykke ja pena molemmat tulee"
    assert [text[s:e] for s, e in hurried_lines(text)] == ["soitto: make, sano et ei pääse", "jykke ja pena molemmat tulee"]
    text = "to 12.1\nkävin jonen kanssa läpi työkkärin lomakkeet, ok"
    assert len(hurried_lines(text)) == 1


def test_every_mark_has_a_weight_and_a_doc() -> None:
    assert all(isinstance(w, float) and doc for w, doc in MARKS.values())
    assert MARKS["capital_sentences"][0] < 0


def test_empty_and_blank_text() -> None:
    assert hurried_lines("") == []
    assert hurried_lines("\n\n  \n") == []
