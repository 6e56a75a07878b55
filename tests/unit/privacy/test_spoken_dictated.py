"""Dictated details one step beyond the spoken readers (spoken_dictated.py): short letter names of a stair, ages
restated after a date of birth or corrected, day ordinals with a letter dropped; each rule fires on its shape and
leaves counts, sums, times and ordinary speech alone."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.spoken_dictated import RULES


def _spans(text: str, lang: str, label: str) -> list[str]:
    return [text[f.start : f.end] for f in scrub(text, lang=lang).findings if f.label == label]


def _touched(text: str, word: str, lang: str) -> bool:
    s = text.index(word)
    return any(f.start < s + len(word) and s < f.end for f in scrub(text, lang=lang).findings)


# (rule, lang, text, label, a span of that label the rule makes)
POSITIVES = [
    ("fi_short_stair_letter", "fi", "Osoite Koivukatu kuus be kaks, kakskytkasi yks kolme nolla Pori.", "ADDRESS",
     "Koivukatu kuus be kaks, kakskytkasi yks kolme nolla Pori"),
    ("fi_short_stair_letter", "fi", "Asuu osoitteessa Rantakatu kolme de neljä.", "ADDRESS", "Rantakatu kolme de neljä"),
    ("fi_ordinal_variant", "fi", "Päätös tehtiin kahdeskymmenesaheksas kesäkuuta kakstuhattakakskytkuus.", "DATE",
     "kahdeskymmenesaheksas kesäkuuta kakstuhattakakskytkuus"),
    ("fi_ordinal_variant", "fi", "Käynti kolmaskymmenesensimäinen joulukuuta, kello kymmenen.", "DATE",
     "kolmaskymmenesensimäinen joulukuuta"),
    ("fi_ordinal_variant", "fi", "Syntynyt kahdeskymmenesyhdes huhtikuuta.", "DATE", "kahdeskymmenesyhdes huhtikuuta"),
    ("age_restated_birth", "fi", "Syntynyt 12.3.1982, eli neljäkymmentäneljä vuotta.", "AGE", "neljäkymmentäneljä"),
    ("age_restated_birth", "fi", "Syntymävuosi kahdeksankytkaks, eli nyt neljäkymmentäneljä.", "AGE", "neljäkymmentäneljä"),
    ("age_restated_birth", "sv", "Han är född -82, alltså fyrtiofyra år.", "AGE", "fyrtiofyra år"),
    ("age_restated_birth", "en", "Born in 1982, that is forty-four.", "AGE", "forty-four"),
    ("fi_ordinal_variant", "fi", "Käynti seitsmäs helmikuuta.", "DATE", "seitsmäs helmikuuta"),
    ("age_restated_birth", "fi", "Asiakas on syntynyt kahdeksankytkaks, eli on nyt neljäkymmentäneljä vuotta.", "AGE",
     "neljäkymmentäneljä"),
    ("age_claimed", "fi", "Asiakas kertoo olevansa neljäkymmentäseitsemän vuotta.", "AGE", "neljäkymmentäseitsemän"),
    ("age_claimed", "fi", "Hän kertoi olevansa kolmekymmentäkaksi.", "AGE", "kolmekymmentäkaksi"),
    ("age_claimed", "sv", "Hon uppger sig vara fyrtiosju år.", "AGE", "fyrtiosju år"),
    ("age_corrected", "fi", "Hän on nyt viiskytkaks, ei vaan viiskytkolme.", "AGE", "viiskytkolme"),
    ("age_corrected", "fi", "Asiakas on viisikymmentäkaksi vuotta, eiku viisikymmentäkolme.", "AGE", "viisikymmentäkolme"),
    ("age_corrected", "fi", "Asiakas on neljäkymmentäseitsemän, anteeksi neljäkymmentäkahdeksan vuotta.", "AGE",
     "neljäkymmentäkahdeksan"),
    ("age_corrected", "en", "He is forty-seven, sorry, forty-eight.", "AGE", "forty-eight"),
]

# (rule, lang, text, a word that must survive)
TRAPS = [
    ("fi_short_stair_letter", "fi", "Koivukatu kuus te olette tervetulleita.", "te"),
    ("fi_ordinal_variant", "fi", "Hän oli kahdeskymmenesaheksas jonossa.", "kahdeskymmenesaheksas"),
    ("age_restated_birth", "fi", "Hän käy kolme kertaa viikossa, eli kaksitoista kertaa kuussa.", "kaksitoista"),
    ("age_restated_birth", "fi", "Käynti 4.2.2027, eli kolme viikkoa.", "kolme"),
    ("age_restated_birth", "en", "Seen on 3 May, that is two weeks ago.", "two"),
    ("age_claimed", "fi", "Hän sanoi olevansa kolme viikkoa lomalla.", "kolme"),
    ("age_claimed", "fi", "Hän kertoo olevansa kolme kertaa viikossa töissä.", "kolme"),
    ("age_corrected", "fi", "Tapaaminen kello kaksitoista, ei vaan kolmetoista.", "kolmetoista"),
    ("age_corrected", "fi", "Hän on kolmekymmentä vuotta, ei vaan kolmekymmentäviisi euroa.", "kolmekymmentäviisi"),
    ("age_corrected", "fi", "Maksu kaksikymmentä euroa, ei vaan kolmekymmentä euroa.", "kolmekymmentä"),
]


@pytest.mark.parametrize(("rule", "lang", "text", "label", "span"), POSITIVES)
def test_rule_fires(rule: str, lang: str, text: str, label: str, span: str) -> None:
    assert rule in RULES
    res = scrub(text, lang=lang)
    assert span in _spans(text, lang, label), res.text
    assert any(rule in f.reason for f in res.findings)


@pytest.mark.parametrize(("rule", "lang", "text", "word"), TRAPS)
def test_trap_untouched(rule: str, lang: str, text: str, word: str) -> None:
    assert rule in RULES
    assert not _touched(text, word, lang), scrub(text, lang=lang).text


def test_every_rule_has_a_positive_a_trap_and_a_doc_row() -> None:
    from coachdesk.privacy import spoken_dictated

    assert {r for r, *_ in POSITIVES} == set(RULES) == {r for r, *_ in TRAPS}
    assert all(f"| {rule} |" in (spoken_dictated.__doc__ or "") for rule in RULES)


def test_a_restated_age_keeps_its_unit_readable() -> None:
    res = scrub("Syntynyt 1982, eli neljäkymmentäneljä vuotta.", lang="fi")
    assert "eli 39–50 vuotta." in res.text
    assert _spans("Syntynyt 1982, eli neljäkymmentäneljä vuotta.", "fi", "AGE") == ["neljäkymmentäneljä"]
    assert "alltså 39–50 år." in scrub("Han är född -82, alltså fyrtiofyra år.", lang="sv").text


def test_the_variants_never_shadow_a_real_ordinal() -> None:
    from coachdesk.privacy.spoken_numbers import FI_DAY_ORDINALS

    assert FI_DAY_ORDINALS["kahdeskymmenesaheksas"] == 28
    assert FI_DAY_ORDINALS["kahdeskymmenesseitsemäs"] == 27
    assert "kolmas" in FI_DAY_ORDINALS and FI_DAY_ORDINALS["kolmas"] == 3


def test_second_scrub_changes_nothing() -> None:
    for _, lang, text, *_rest in POSITIVES:
        once = scrub(text, lang=lang).text
        assert scrub(once, lang=lang).text == once


def test_explain_names_the_rules() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--explain", "--lang", "fi"],
        input="Hän on nyt viiskytkaks, ei vaan viiskytkolme. Käynti kolmaskymmenesensimäinen joulukuuta.",
        capture_output=True, text=True, check=True,
    ).stdout
    assert "age_corrected" in out and "fi_ordinal_variant" in out
