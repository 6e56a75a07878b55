"""Organisations and towns in lower case (lower_orgs.py): each rule of RULES with what it must catch
and the ordinary words next to trade words that must stay."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.lower_orgs import RULES


def _covered(text: str, lang: str, span: str, label: str) -> bool:
    res = scrub(text, lang=lang)
    s = text.index(span)
    cov = {i for f in res.findings if f.label == label for i in range(f.start, f.end)}
    return all(i in cov for i in range(s, s + len(span)) if text[i].isalnum())


def _touched(text: str, lang: str, span: str) -> bool:
    res = scrub(text, lang=lang)
    s = text.index(span)
    return any(f.start < s + len(span) and s < f.end for f in res.findings)


POSITIVES = [
    ("legal_lower", "soitin putki hakala oy:lle, ei vastannut", "fi", "putki hakala oy", "ORG"),
    ("head_name", "työkokeilu konditori lindberg, alkaa maanantaina", "fi", "konditori lindberg", "ORG"),
    ("head_name", "kävi kukkakauppa virtasen kanssa neuvottelemassa", "fi", "kukkakauppa virtasen", "ORG"),
    ("name_service", "he works at salo removals since march", "en", "salo removals", "ORG"),
    ("amp_pair", "harjoittelu mäki & poika huolto, alkaa pian", "fi", "mäki & poika huolto", "ORG"),
    ("chain_lower", "asiakas on töissä s-marketissa ja kävi k-citymarketista", "fi", "s-marketissa", "ORG"),
    ("sv_institute", "Hon studerar vid Österbottens folkhögskola sedan hösten.", "sv", "Österbottens folkhögskola", "ORG"),
    ("town_service", "ohjattu porin työllisyyspalveluihin ensi viikolla", "fi", "porin", "LOCATION"),
]


@pytest.mark.parametrize(("rule", "text", "lang", "span", "label"), POSITIVES)
def test_lower_org_rule_catches(rule: str, text: str, lang: str, span: str, label: str) -> None:
    assert rule in RULES
    assert _covered(text, lang, span, label), scrub(text, lang=lang).text


NEGATIVES = [
    ("name_service", "My client would love bakery work, and could help with transport.", "en", "love"),
    ("name_service", "My client would love bakery work, and could help with transport.", "en", "with transport"),
    ("head_name", "Dawn shifts at the bakery were too much.", "en", "were"),
    ("head_name", "eikä muutto etelään tule kysymykseen", "fi", "etelään"),
    ("head_name", "Auto saa seistä korjaamon pihalla.", "fi", "pihalla"),
    ("legal_lower", "työkokeilu putki hakala oy:ssä alkaa", "fi", "työkokeilu"),
    ("town_service", "ohjattu kaupungin työllisyyspalveluihin", "fi", "kaupungin"),
]


@pytest.mark.parametrize(("rule", "text", "lang", "kept"), NEGATIVES)
def test_lower_org_rule_leaves_words(rule: str, text: str, lang: str, kept: str) -> None:
    assert rule in RULES
    assert not _touched(text, lang, kept), scrub(text, lang=lang).text
