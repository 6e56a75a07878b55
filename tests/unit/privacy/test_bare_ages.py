"""Bare ages (bare_ages.py): each rule of RULES with sentences it must catch and precision traps
(counts, rooms, times, dates, prices) it must leave alone."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.bare_ages import RULES
from tests.support.rule_cases import assert_every_rule_has_cases


def _ages(text: str, lang: str) -> list[str]:
    return [f.text for f in scrub(text, lang=lang).findings if f.label == "AGE"]


# (rule, text, lang, the age that must be replaced)
POSITIVES = [
    ("name_number", "Asiakkaat:\nB) Kerttu 52 – hakee osa-aikatyötä.", "fi", "52"),
    ("name_number", "Tänään asiakas Aapo 29 kiinnostunut kursseista.", "fi", "29"),
    ("name_number", "Clients today: Priya 41 wants part-time work.", "en", "41"),
    ("name_number", "Idag träffade jag Sune 63 och hans fru.", "sv", "63"),
    ("client_copula", "Kysymys: asiakas haluais oppisopimukseen, on 52 ja selkä reistailee?", "fi", "52"),
    ("client_copula", "Fråga: klienten är 47 och vill byta bransch, tips?", "sv", "47"),
    ("client_copula", "Quick one: my client is 58 and wants to retrain as a bus driver.", "en", "58"),
    ("name_comma_words", "Tapasin Onni Laaksosen. Onni Laaksonen, kolkytseittemän, toimii kuljettajana.", "fi", "kolkytseittemän"),
    ("name_comma_words", "Met Mark Brown today. Mark Brown, forty-one, works as a driver.", "en", "forty-one"),
    ("name_comma_words", "Träffade Sune Berg. Sune Berg, fyrtiotvå, arbetar som kock.", "sv", "fyrtiotvå"),
    ("spoken_copula", "Puhuin Villen kanssa, se on neljäkytkaks ja väsynyt.", "fi", "neljäkytkaks"),
    ("spoken_copula", "Ville on viiskytyks nyt ja hakee töitä.", "fi", "viiskytyks"),
    ("name_question", "Ehtisitkö miettiä Raimon kanssa? 56, entinen varastomies, polvet kipeät.", "fi", "56"),
    ("name_question", "Any ideas for Tobias? 39, ex-forklift driver, back pain.", "en", "39"),
    ("name_question", "Hur gör vi med Greta? 61, tidigare städare.", "sv", "61"),
    ("name_question", "Kysyn Seposta: 44, lähihoitaja, uupunut.", "fi", "44"),
    ("name_question", "Tapasin Ainon. Aino, 33 – sairaanhoitaja, haluaa alanvaihtoon.", "fi", "33"),
]

# (rule, text, lang, a number that must survive)
TRAPS = [
    ("name_number", "Kerttu 2 kertaa viikossa.", "fi", "2"),
    ("name_number", "Aapo 30 kertaa tässä kuussa.", "fi", "30"),
    ("name_number", "Tapasin Aapon. Huone 52 klo 9.", "fi", "52"),
    ("name_number", "Aapo 29.5. lähtien lomalla.", "fi", "29"),
    ("name_number", "Aapo 14:30 tulee käymään.", "fi", "14"),
    ("name_number", "Aapo 45 % ajasta töissä.", "fi", "45"),
    ("name_number", "Met Tom 20 minutes late.", "en", "20"),
    ("client_copula", "Asiakas haluaa oppisopimukseen, työviikko on 52 tuntia.", "fi", "52"),
    ("client_copula", "My client drives a lot, the route is 58 km and the job is 58 and more.", "en", "58"),
    ("client_copula", "Asiakkaan PHQ-9 on 15 ja GAD-7 on 12.", "fi", "15"),
    ("name_comma_words", "Tapasin Villen, kolme, neljä kertaa.", "fi", "kolme"),
    ("name_comma_words", "Met Tom, yesterday, at noon.", "en", "yesterday"),
    ("spoken_copula", "Tapasin Villen. Kurssi on kolmekymmentä euroa.", "fi", "kolmekymmentä"),
    ("spoken_copula", "Ville on neljäkymmentä minuuttia myöhässä.", "fi", "neljäkymmentä"),
    ("spoken_copula", "Hinta on neljäkytkaks, sanoi myyjä.", "fi", "neljäkytkaks"),
    ("name_question", "Soititko Raimolle? 15, 30 tai 45 min riittää.", "fi", "15"),
    ("name_question", "Ehtiikö Raimo? 30, jos ehtii.", "fi", "30"),
    ("name_question", "Raimo: 20, ei enempää.", "fi", "20"),
    ("name_question", "Is Tobias in? 47, second floor.", "en", "47"),
    ("name_question", "Kohta 3: 47, 52 ja 60 käsitelty.", "fi", "47"),
    ("name_question", "Raimo, 47 – 52 kg, painonnousu.", "fi", "47"),
]


@pytest.mark.parametrize(("rule", "text", "lang", "age"), POSITIVES)
def test_age_is_replaced(rule: str, text: str, lang: str, age: str) -> None:
    assert rule in RULES
    res = scrub(text, lang=lang)
    assert age in _ages(text, lang), (rule, text)
    assert age not in res.text.replace("–", " ").split()


@pytest.mark.parametrize(("rule", "text", "lang", "number"), TRAPS)
def test_count_stays(rule: str, text: str, lang: str, number: str) -> None:
    assert rule in RULES
    assert number not in _ages(text, lang), (rule, text)


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert_every_rule_has_cases(RULES, POSITIVES, TRAPS)


def test_scrubbing_twice_changes_nothing() -> None:
    once = scrub("Tänään asiakas Aapo 29 kiinnostunut kursseista.", lang="fi").text
    assert scrub(once, lang="fi").text == once
