"""Organisations in careful prose without a legal form (prose_orgs.py), and the institution nouns of
orgs.py after a named place: every rule has sentences where it fires and precision traps."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.prose_orgs import RULES

# (rule, text, span that one ORG finding must cover whole)
POSITIVES = [
    ("region_lower_unit", "Hän käy Oulun seudun Työvalmennus ry:n ryhmässä.", "Oulun seudun Työvalmennus ry"),
    ("region_lower_unit", "Asiakas ohjattiin Porin kaupungin Työllisyyspalveluihin.", "Porin kaupungin Työllisyyspalveluihin"),
    ("lower_legal_form", "Hän on ollut Kuhmon Lähiruoka osuuskunnan jäsen kaksi vuotta.", "Kuhmon Lähiruoka osuuskunnan"),
    ("place_industry", "Karjalan Kuitu otti yhteyttä asiakkaaseen eilen.", "Karjalan Kuitu"),
    ("place_industry", "Hän on ollut töissä Savon Voimalla kaksi vuotta.", "Savon Voimalla"),
    ("place_industry", "Hän aloitti Lapin Sähkö ja Vesi -yhtiössä keväällä.", "Lapin Sähkö ja Vesi"),
    ("region_unit", "Best regards,\nLiisa\nWork ability coach, Pirkanmaan Työkykytiimi", "Pirkanmaan Työkykytiimi"),
    ("region_unit", "Terveisin\nLiisa\nTyökykyvalmentaja, Pirkanmaan Työkykytiimi", "Pirkanmaan Työkykytiimi"),
    ("region_unit", "Asiakas on jonossa Uudenmaan Kuntoutustiimissä.", "Uudenmaan Kuntoutustiimissä"),
    ("owner_trade", "Hän oli töissä Kasperin Kukka ja Hautaus -liikkeessä.", "Kasperin Kukka ja Hautaus"),
    ("owner_trade", "Heikin Auto ja Kone palkkasi hänet keväällä.", "Heikin Auto ja Kone"),
    ("owner_trade", "Työkokeilu Annan Kukka & Lahja -myymälässä alkaa.", "Annan Kukka & Lahja"),
    ("family_firm", "Salonen and Sons Roofing called back about the trial.", "Salonen and Sons Roofing"),
    ("family_firm", "He did a trial at Virtanen & Daughters Bakery last spring.", "Virtanen & Daughters Bakery"),
    ("family_firm", "A placement at Nieminen and Sons starts in May.", "Nieminen and Sons"),
    ("run_gap", "Employer: none at the moment, previously Kebab & Pizza Kultamaa in Kerava (closed 2023).",
     "Kebab & Pizza Kultamaa"),
    ("run_gap", "Hän aloitti Kemi IT-Palvelun asiakaspalvelussa viime viikolla.", "Kemi IT-Palvelun"),
    ("run_gap", "Best,\nHelena Rask\nCareer coach | Vantaa Work Ability Hub\n+358 50 390 7712", "Vantaa Work Ability Hub"),
    ("institution", "Hän aloittaa Tunturialueen koulutuskeskukselle opinnot syksyllä.", "Tunturialueen koulutuskeskukselle"),
    ("institution", "Hän sai paikan Pohjanmaan koulutuskuntayhtymästä viime viikolla.", "Pohjanmaan koulutuskuntayhtymästä"),
]

# (rule, text, a word that no ORG finding may touch)
TRAPS = [
    ("region_lower_unit", "Hän haki Oulun kaupungin kesätöihin.", "kesätöihin"),
    ("region_lower_unit", "Hän asuu Oulun seudun Kaakkois-osassa.", "seudun"),
    ("lower_legal_form", "Hän sanoi, että Kuhmo ry on tuttu ja osuuskunta hyvä.", "osuuskunta"),
    ("place_industry", "Tapasin Oulun Matti Virtasen eilen.", "Matti"),
    ("place_industry", "Hän muutti Lapin Virtasen luo.", "Lapin"),
    ("place_industry", "Hän muutti Suomeen Berliinistä viime vuonna.", "Suomeen"),
    ("region_unit", "Hän muutti Oulun Virtasen tiimiin. Pirkanmaan Tiimi-lehti tuli.", "Virtasen"),
    ("region_unit", "Tapasin Pirkanmaan ryhmässä Liisan.", "Liisan"),
    ("owner_trade", "Virtasen Matti ja Liisa tulivat käymään.", "Matti"),
    ("owner_trade", "Ottelussa Brian Kidd ja Carlos Paucar tekivät maalit.", "Brian"),
    ("owner_trade", "Kävimme Kelan Auto ja Koti -sivulla.", "Kelan"),
    ("family_firm", "He and Sons of the client came along.", "He"),
    ("family_firm", "The brothers came. Koski Brothers did not.", "came"),
    ("run_gap", "onko kukaan tehny IPS-sopimusta Lounasravintola Aurinkoisen kanssa Porissa?", "IPS-sopimusta"),
    ("run_gap", "Tapasin Virtanen Anna-Liisan eilen.", "Tapasin"),
    ("run_gap", "Työterveysneuvottelu Uudenkaupungin Telakkapalvelu Oy:ssä. Paikalla työnantaja.", "Työterveysneuvottelu"),
    ("institution", "Hän kävi Kiteen terveyskeskukseen lääkärille.", "terveyskeskukseen"),
    ("institution", "Hänellä on Aspergerin oireyhtymä ja hän on ahdistunut.", "oireyhtymä"),
]


def _orgs(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in scrub(text).findings if f.label == "ORG"]


@pytest.mark.parametrize(("rule", "text", "span"), POSITIVES)
def test_org_is_whole(rule: str, text: str, span: str) -> None:
    assert rule in RULES or rule == "institution"
    s = text.index(span)
    assert any(a <= s and s + len(span) <= b for a, b in _orgs(text)), (rule, scrub(text, lang="fi").findings)


@pytest.mark.parametrize(("rule", "text", "word"), TRAPS)
def test_no_org_there(rule: str, text: str, word: str) -> None:
    s = text.index(word)
    assert not any(a < s + len(word) and s < b for a, b in _orgs(text)), (rule, scrub(text, lang="fi").findings)


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert set(RULES) <= {r for r, *_ in POSITIVES}
    assert set(RULES) <= {r for r, *_ in TRAPS}
