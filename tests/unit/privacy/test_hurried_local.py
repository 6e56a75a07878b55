"""Lower-case villages, districts and local firms of hurried lines (hurried_local.py): every rule fires in an
invented sentence and leaves its traps alone; `--explain` names the rule."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.hurried_local import RULES, village
from coachdesk.privacy.lexicon import get_lexicon

PREFIX = "Tapaaminen sujui hyvin. Asiakas on motivoitunut ja jaksaa paremmin. Sovimme seuraavan ajan.\n"

# (rule id, a line where it fires, the span it finds, its label, a trap line, a word of it that stays)
CASES = [
    ("fi_village_local", "puh ok, asuu nykyään koivuniemessä yksin", "koivuniemessä", "LOCATION",
     "puh ok, asuu nykyään kerrostalossa yksin", "kerrostalossa"),
    ("fi_village_local", "muutti haapasalmelta viime kuussa", "haapasalmelta", "LOCATION",
     "kävi uimarannalla viime kuussa", "uimarannalla"),
    ("fi_village_local", "ajaa joka aamu koivukankaalle töihin", "koivukankaalle", "LOCATION",
     "ajaa joka aamu työmaalle töihin", "työmaalle"),
    ("fi_village_local", "mökki on kivikorvessa, sinne viikonloppuna", "kivikorvessa", "LOCATION",
     "mökki on kotikylässä, sinne viikonloppuna", "kotikylässä"),
    ("fi_village_local", "joo elämä ok, käy kaupassa honkavaarassa", "honkavaarassa", "LOCATION",
     "joo elämä ollut ylämäessä ja käy salilla", "ylämäessä"),
    ("fi_village_genitive", "asuu pihlajaahon kylässä", "pihlajaahon kylässä", "LOCATION",
     "asuu järven rannalla", "rannalla"),
    ("fi_village_genitive", "oli kesätöissä haapakosken kartanolla", "haapakosken kartanolla", "ORG",
     "oli kesätöissä kartanolla ja navetassa", "kartanolla"),
    ("fi_village_genitive", "asuu tuolla honkajärven rannalla", "honkajärven", "LOCATION",
     "asuu tuolla järven rannalla", "järven"),
    ("fi_place_label", "kotipaikka: kataja-aho ei, kotipaikka: honkakorpi", "honkakorpi", "LOCATION",
     "paikkakunta: ei tiedossa", "tiedossa"),
    ("fi_place_label", "kylä on mustasalmi, pieni paikka", "mustasalmi", "LOCATION",
     "kylä on pieni ja kaukana", "pieni"),
    ("fi_place_label", "kotikunta: kotka", "kotka", "LOCATION",
     "kotikunta: sama kuin ennen", "sama"),
    ("fi_residence_word", "joo muutti kotkaan viime vuonna", "kotkaan", "LOCATION",
     "joo muutti kotiin viime vuonna", "kotiin"),
    ("fi_residence_word", "asuu nyk. lahdessa vaimon kanssa", "lahdessa", "LOCATION",
     "asuu nyk. rivitalossa vaimon kanssa", "rivitalossa"),
    ("fi_residence_la", "puh ok, asuu nyt koivistolassa yksin", "koivistolassa", "LOCATION",
     "puh ok, asuu nyt mummolassa yksin", "mummolassa"),
    ("fi_residence_la", "joo muutti peltolaan viime vuonna", "peltolaan", "LOCATION",
     "joo töissä pesulassa viime vuonna", "pesulassa"),
    ("fi_venue_named", "töissä hoivakoti koivukumpu, yövuoroja", "hoivakoti koivukumpu", "ORG",
     "töissä hoivakoti on iso, yövuoroja", "hoivakoti"),
    ("fi_venue_named", "ennen kahvila pihlajaharju. nyt kotona", "kahvila pihlajaharju", "ORG",
     "ennen kahvila auki. nyt kotona", "kahvila"),
    ("fi_venue_named", "kesätyö maatila hakalassa, ok", "maatila hakalassa", "ORG",
     "kesätyö maatila kylässä, ok", "kylässä"),
    ("fi_live_unlisted", "puh ok, asuvat nykyään mustionkylässä yhdessä", "mustionkylässä", "LOCATION",
     "puh ok, asuvat nykyään kerrostalossa yhdessä", "kerrostalossa"),
    ("fi_live_unlisted", "äiti soitti tervaluodosta eilen", "tervaluodosta", "LOCATION",
     "äiti soitti töistä eilen", "töistä"),
    ("fi_live_unlisted", "äiti soitti tervaluodosta eilen", "tervaluodosta", "LOCATION",
     "äiti soitti autosta eilen", "autosta"),
    ("fi_live_unlisted", "tytär aino raippaluodossa auttaa", "raippaluodossa", "LOCATION",
     "tytär aino kaupassa auttaa", "kaupassa"),
    ("place_correction", "puh ok, asuu lahdessa, eiku raippaluodossa nyt", "raippaluodossa", "LOCATION",
     "puh ok, asuu lahdessa, eiku kerrostalossa nyt", "kerrostalossa"),
    ("fi_trade_pair_owner", "ennen töissä maalaus ja tasoitus rantanen", "maalaus ja tasoitus rantanen", "ORG",
     "maalaus ja tasoitus kiinnostaa alana", "tasoitus"),
    ("fi_trade_pair_owner", "työnantaja kuljetus ja maansiirto hakala", "kuljetus ja maansiirto hakala", "ORG",
     "kuljetus ja maansiirto kiinnostaa alana", "maansiirto"),
    ("fi_trade_pair_owner", "oli siivous & kiinteistö pekkala:lla töissä", "siivous & kiinteistö pekkala", "ORG",
     "kuljetus ja siivous järjestyy kelan kautta", "siivous"),
    ("fi_trade_pair_owner", "ennen töissä oulun sähkö ja antenni", "oulun sähkö ja antenni", "ORG",
     "kaupungin siivous ja kuljetus toimii", "kuljetus"),
]

SV_PREFIX = "Mötet gick bra. Klienten är motiverad och orkar bättre. Vi bokade en ny tid.\n"
SV_CASES = [
    ("sv_trade_owner", "jobbar på snickeri sandström sen maj", "snickeri sandström", "ORG",
     "jobbar på snickeri nu sen maj", "snickeri"),
    ("sv_trade_owner", "jobbar hos städ och fastighet lindroos", "städ och fastighet lindroos", "ORG",
     "bygg och anläggning intresserar honom", "anläggning"),
    ("sv_live_unlisted", "bor nu på tallbackaudden med sambon", "tallbackaudden", "LOCATION",
     "bor nu på äldreboendet med sambon", "äldreboendet"),
    ("sv_live_unlisted", "hennes syster lisa i fladdermossen kan hjälpa", "fladdermossen", "LOCATION",
     "hennes syster lisa i stan kan hjälpa", "stan"),
    ("place_correction", "bor nu hos systern i vasa? nej kvarnhamra", "kvarnhamra", "LOCATION",
     "bor nu hos systern i vasa? nej inte där", "inte"),
    ("sv_live_unlisted", "ringde från ormbergsliden igår", "ormbergsliden", "LOCATION",
     "ringde från skolan igår", "skolan"),
]


@pytest.mark.parametrize(("rid", "yes", "span", "label", "no", "kept"), SV_CASES, ids=[c[0] for c in SV_CASES])
def test_swedish_rule_fires_and_trap_stays(rid: str, yes: str, span: str, label: str, no: str, kept: str) -> None:
    text = SV_PREFIX + yes
    r = scrub(text, lang="sv")
    start = text.rindex(span)
    assert any(f.start <= start and f.end >= start + len(span) and f"({rid})" in f.reason for f in r.findings), r.text
    trap = SV_PREFIX + no
    r = scrub(trap, lang="sv")
    at = trap.index(kept, len(SV_PREFIX))
    assert not any(f.start <= at < f.end for f in r.findings), r.text


@pytest.mark.parametrize(("rid", "yes", "span", "label", "no", "kept"), CASES, ids=[c[0] for c in CASES])
def test_rule_fires_and_trap_stays(rid: str, yes: str, span: str, label: str, no: str, kept: str) -> None:
    text = PREFIX + yes
    r = scrub(text, lang="fi")
    start = text.rindex(span)
    assert any(f.start <= start and f.end >= start + len(span) for f in r.findings), r.text
    trap = PREFIX + no
    r = scrub(trap, lang="fi")
    at = trap.index(kept, len(PREFIX))
    assert not any(f.start <= at < f.end for f in r.findings), r.text


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert {c[0] for c in CASES} | {c[0] for c in SV_CASES} == set(RULES)
    assert all(r.doc for r in RULES.values())


def test_labels_and_reasons_name_the_rule() -> None:
    named: set[str] = set()
    for rid, yes, span, label, _, _ in CASES:
        text = PREFIX + yes
        r = scrub(text, lang="fi")
        start = text.rindex(span)
        if any(f.start <= start < f.end and f.label == label and f"({rid})" in f.reason for f in r.findings):
            named.add(rid)
    assert named == set(RULES) - ({c[0] for c in SV_CASES} - {c[0] for c in CASES})


@pytest.mark.parametrize(("word", "nom"), [("koivuniemessä", "koivuniemi"), ("haapakorvesta", "haapakorpi"),
                                           ("kivijoelta", "kivijoki"), ("mäntykankaaseen", "mäntykangas"),
                                           ("rautasuohon", "rautasuo"), ("leppälahteen", "leppälahti")])
def test_village_reads_gradated_heads(word: str, nom: str) -> None:
    got = village(get_lexicon().for_language("fi"), word)
    assert got is not None and got[0] == nom


@pytest.mark.parametrize("word", ["uimarannalla", "hiihtomäessä", "kotijärvellä", "kuntopolulla", "alamäessä",
                                  "keskustassa", "kerrostalossa", "hiekkarannalla", "naapurikylässä"])
def test_common_compounds_are_no_villages(word: str) -> None:
    assert village(get_lexicon().for_language("fi"), word) is None


def test_the_case_ending_is_kept() -> None:
    r = scrub(PREFIX + "muutti haapasalmelta ja asuu nyt koivumäellä", lang="fi")
    assert r.text.endswith("muutti [paikkakunta]:lta ja asuu nyt [paikkakunta]:llä"), r.text


def test_careful_prose_is_left_alone() -> None:
    text = "Asiakas kertoi, että hän kävi koivuniemessä lapsena. Hän pohti asiaa pitkään."
    assert not scrub(text, lang="fi").findings


def test_explain_shows_the_rule() -> None:
    text = PREFIX + "muutti haapasalmelta viime kuussa"
    out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "fi", "--format", "json", "--explain"],
                         input=text, capture_output=True, text=True, check=True).stdout
    assert "fi_village_local" in json.dumps(json.loads(out), ensure_ascii=False)


@pytest.mark.parametrize("line", ["asuu kotikylässä yksin", "asuu pikkukylässä yksin", "asuu syrjäkylällä yksin"])
def test_a_common_compound_after_asuu_is_no_unlisted_place(line: str) -> None:
    """hurried_names' unlisted place after `asuu` asks ``common_compound`` too."""
    r = scrub(PREFIX + line, lang="fi")
    assert not [f for f in r.findings if f.start >= len(PREFIX)], r.text


@pytest.mark.parametrize("line", ["asuvat nykyään mustionkylässä yhdessä", "äiti soitti tervaluodosta eilen",
                                  "tytär aino raippaluodossa auttaa"])
def test_an_unlisted_place_after_a_live_or_call_verb_or_a_person_names_its_rule(line: str) -> None:
    r = scrub(PREFIX + line, lang="fi")
    assert any("(fi_live_unlisted)" in f.reason and f.label == "LOCATION" for f in r.findings), r.text


@pytest.mark.parametrize("line", ["soitti kelasta eilen", "soitti lääkäristä eilen", "tytär aino kotona auttaa",
                                  "asuu nyk. palvelutalossa", "soitti terveyskeskuksesta", "tytär aino pihalla leikkii"])
def test_ordinary_nouns_after_a_live_or_call_verb_stay(line: str) -> None:
    r = scrub(PREFIX + line, lang="fi")
    assert not any(f.start >= len(PREFIX) and f.label == "LOCATION" for f in r.findings), r.text


@pytest.mark.parametrize("line", ["bor i radhus nu", "jobbar på jobbet", "ringde från kontoret", "bor nu i lägenheten",
                                  "bor på landet", "hennes bror ville i telefon sa"])
def test_swedish_common_nouns_after_a_live_verb_stay(line: str) -> None:
    r = scrub(SV_PREFIX + line, lang="sv")
    assert not any(f.start >= len(SV_PREFIX) and f.label == "LOCATION" for f in r.findings), r.text


@pytest.mark.parametrize(("line", "lang"), [("puh ok, asuu lahdessa, eiku kotkassa nykyään", "fi"),
                                            ("bor nu hos systern i vasa? nej kvarnhamra", "sv")])
def test_a_corrected_place_names_its_rule(line: str, lang: str) -> None:
    r = scrub((PREFIX if lang == "fi" else SV_PREFIX) + line, lang=lang)
    assert any("(place_correction)" in f.reason and f.label == "LOCATION" for f in r.findings), r.text
