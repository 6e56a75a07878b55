"""Organisations and towns written in a hurry (org_rules.py): each rule of RULES with what it must catch
and the ordinary words next to trade words that must stay. Every sentence here is our own; no name,
place or firm comes from a corpus."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.org_rules import RULES


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
    ("head_then_name", "työkokeilu konditori lindberg, alkaa maanantaina", "fi", "konditori lindberg", "ORG"),
    ("head_then_name", "kävi kukkakauppa virtasen kanssa neuvottelemassa", "fi", "kukkakauppa virtasen", "ORG"),
    ("name_then_head", "he works at salo removals since march", "en", "salo removals", "ORG"),
    ("amp_pair", "harjoittelu mäki & poika huolto, alkaa pian", "fi", "mäki & poika huolto", "ORG"),
    ("chain_lower", "asiakas on töissä s-marketissa ja kävi k-citymarketista", "fi", "s-marketissa", "ORG"),
    ("sv_institution", "Hon studerar vid Österbottens folkhögskola sedan hösten.", "sv", "Österbottens folkhögskola", "ORG"),
    ("town_before_service", "ohjattu porin työllisyyspalveluihin ensi viikolla", "fi", "porin", "LOCATION"),
]


@pytest.mark.parametrize(("rule", "text", "lang", "span", "label"), POSITIVES)
def test_lower_org_rule_catches(rule: str, text: str, lang: str, span: str, label: str) -> None:
    assert rule in RULES
    assert _covered(text, lang, span, label), scrub(text, lang=lang).text


NEGATIVES = [
    ("name_then_head", "My client would love bakery work, and could help with transport.", "en", "love"),
    ("name_then_head", "My client would love bakery work, and could help with transport.", "en", "with transport"),
    ("head_then_name", "Dawn shifts at the bakery were too much.", "en", "were"),
    ("head_then_name", "eikä muutto etelään tule kysymykseen", "fi", "etelään"),
    ("head_then_name", "Auto saa seistä korjaamon pihalla.", "fi", "pihalla"),
    ("head_then_name", "selkäkipu ja masennus lumi oli kovaa talvella", "fi", "masennus"),
    ("legal_lower", "työkokeilu putki hakala oy:ssä alkaa", "fi", "työkokeilu"),
    ("town_before_service", "ohjattu kaupungin työllisyyspalveluihin", "fi", "kaupungin"),
]


@pytest.mark.parametrize(("rule", "text", "lang", "kept"), NEGATIVES)
def test_lower_org_rule_leaves_words(rule: str, text: str, lang: str, kept: str) -> None:
    assert rule in RULES
    assert not _touched(text, lang, kept), scrub(text, lang=lang).text

def kept(res, original: str, surface: str) -> bool:
    start = original.index(surface)
    end = start + len(surface)
    return not any(f.start < end and start < f.end for f in res.findings)


def _labelled(res, original: str, surface: str, label: str, rule: str) -> bool:
    start = original.index(surface)
    end = start + len(surface)
    return any(f.label == label and f.start <= start and end <= f.end and rule in f.reason for f in res.findings)


# ----- organisations written in a hurry ----------------------------------------------------------

def _org_over(res, original: str, surface: str, rule: str | None = None) -> bool:
    start = original.index(surface)
    end = start + len(surface)
    return any(
        f.label == "ORG" and f.start <= start and end <= f.end and (rule is None or rule in f.reason) for f in res.findings
    )


@pytest.mark.parametrize(
    ("lang", "text", "org", "rule"),
    [
        ("fi", "soitin jalava putki oy:lle, asentaja tulee huomenna", "jalava putki oy", "legal_lower"),
        ("fi", "työkokeilu alkaa sähköasennus pulkkinen ky:ssä maanantaina", "sähköasennus pulkkinen ky", "legal_lower"),
        ("en", "she got a trial at hirvonen oy through the te office", "hirvonen oy", "legal_lower"),
        ("fi", "soitin jalava putki Oy:lle eilen", "jalava putki Oy", "legal_lower"),
        ("fi", "kävin konditori lindholm:ssa kahvilla", "konditori lindholm", "head_then_name"),
        ("fi", "sitten kukkakauppa kettusen kautta kotiin", "kukkakauppa kettusen", "head_then_name"),
        ("fi", "hän teki kesätöitä rantasen leipomossa", "rantasen leipomossa", "name_then_head"),
        ("fi", "salminen & veljesten huolto soitti eilen", "salminen & veljesten huolto", "name_then_head"),
        ("fi", "pomo jussi on rajalan pizzasta, tuntee asiakkaan", "rajalan pizzasta", "name_then_head"),
        ("en", "marko at tahko cargo said there is a job", "tahko cargo", "name_then_head"),
        ("fi", "on töissä Satama-Aho oy:ssä köysimiehenä", "Satama-Aho oy", "legal_lower"),
        ("fi", "kesät se on ollut mäkelän tilalla töissä", "mäkelän tilalla", "name_then_head"),
        ("fi", "ois töitä tikan koneurakoinnilla mut ei jaksa", "tikan koneurakoinnilla", "name_then_head"),
        ("en", "client now works at nurmi removals, started monday", "nurmi removals", "name_then_head"),
        ("fi", "asiakas on ollut töissä k-supermarketissa ja tokmannilla", "k-supermarketissa", "chain_lower"),
        ("fi", "asiakas on ollut töissä k-supermarketissa ja tokmannilla", "tokmannilla", "chain_lower"),
        ("fi", "Hän siirtyi K-Raudasta toiseen työpaikkaan.", "K-Raudasta", "chain_lower"),
        ("fi", "hän kävi k-raudassa ja gigantin varastossa", "gigantin", "chain_lower"),
        ("sv", "hon jobbar på bageriet i närpes sedan i fjol", "bageriet i närpes", "sv_workplace_town"),
        ("sv", "Han studerar vid Kustbygdens folkhögskola i höst.", "Kustbygdens folkhögskola", "sv_institution"),
    ],
)
def test_hurried_organisations(lang: str, text: str, org: str, rule: str) -> None:
    assert _org_over(scrub(text, lang=lang), text, org, rule)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Hyvä oy:n toiminta on hänelle tuttua."),  # an ordinary word before a legal form
        ("fi", "Kauppa oli kiinni, joten hän meni kotiin."),
        ("fi", "Asiakkaan isä omistaa kahvilan ja leipomon."),
        ("fi", "Kunnan työterveyshuolto ja kaupungin liikenne toimivat hyvin."),
        ("fi", "Valtion kuntoutus ja kirkon kahvila ovat tuttuja."),  # genitives of ordinary words
        ("fi", "kaupungin muutos ja kunnan remontti jatkuvat"),
        ("fi", "se alko itkeä kesken tapaamisen"),  # Alko is a chain, alko also 'began'
        ("fi", "Rauta on metallia, ja raudasta tehty kaide kesti."),  # the metal, not K-Rauta
        ("sv", "Hon bor i Närpes och går i skolan i Kristinestad."),
        ("sv", "Det finns en folkhögskola i närheten."),
        ("en", "The cleaning was done, then the building services came."),
    ],
)
def test_hurried_organisation_traps(lang: str, text: str) -> None:
    res = scrub(text, lang=lang)
    assert not any("organisation (" in f.reason for f in res.findings), [(f.text, f.reason) for f in res.findings]


def test_org_rules_table_has_a_doc_for_every_rule() -> None:
    assert set(RULES) == {
        "legal_lower", "head_then_name", "name_then_head", "amp_pair", "chain_lower", "sv_workplace_town",
        "sv_institution", "town_before_service", "en_firm_head", "work_allative", "sv_work_unknown", "name_trade_local",
    }
    assert all(r.doc for r in RULES.values())


# ----- a lower-case town before a public service ---------------------------------------------------

@pytest.mark.parametrize(
    ("text", "town", "service"),
    [
        ("Ohjasin asiakkaan porin työllisyyspalveluihin viime viikolla.", "porin", "työllisyyspalveluihin"),
        ("Hän kävi eilen lahden kelassa hakemassa tukea.", "lahden", "kelassa"),
        ("asiakas kävi kotkan te-toimistossa aamulla", "kotkan", "te-toimistossa"),
    ],
)
def test_town_before_a_public_service(text: str, town: str, service: str) -> None:
    res = scrub(text, lang="fi")
    assert _labelled(res, text, town, "LOCATION", "town_before_service")
    assert kept(res, text, service)


@pytest.mark.parametrize(
    "text",
    [
        "Järven rannalla hän kävi, ja lahden rannassa kävelee usein.",  # a bay, no service after it
        "Kunnan työllisyyspalvelut ja kaupungin terveyskeskus auttoivat.",
        "Oman kelan kautta ja valtion työllisyyspalvelut.",
    ],
)
def test_town_before_service_traps(text: str) -> None:
    assert not any(f.label == "LOCATION" for f in scrub(text, lang="fi").findings)


def test_amp_pairs_and_sv_institutes_match_as_the_plain_patterns() -> None:
    import re

    from coachdesk.privacy import org_rules

    amp = re.compile(r"(?<![\w&])([a-zåäö][\w-]+)[ \t]?&[ \t]?([a-zåäö][\w-]+)(?:[ \t]([a-zåäö][\w-]+))?")
    inst = re.compile(r"(?<![\w-])([A-ZÅÄÖ][\w-]+s)[ \t](folkhögskola|gymnasium|sjukhuset)(?![\w-])")
    text = "mäki & poika huolto\nlaine&kumpp oy x & y\n&\nab &cd\n" * 3 + "Österbottens folkhögskola, -Vasas sjukhuset, xAbcs gymnasium"
    assert [(m.span(), m.groups()) for m in org_rules._amp_pairs(text)] == [(m.span(), m.groups()) for m in amp.finditer(text)]
    assert len(list(org_rules._amp_pairs(text))) == 9
    assert [m.span() for m in org_rules._SV_INSTITUTE.finditer(text)] == [m.span() for m in inst.finditer(text)] != []
