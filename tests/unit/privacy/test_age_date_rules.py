"""Ages, names and dates found by structure or a cue word (age_date_rules.py): each rule of RULES with
what it must catch and what must stay (counts, times, the modal 'may', scores). Every sentence is our own."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.age_date_rules import BOUNDS, RULES


def _label_at(text: str, lang: str, span: str) -> str:
    res = scrub(text, lang=lang)
    s = text.index(span)
    hits = [f for f in res.findings if f.start <= s and s + len(span) <= f.end]
    return hits[0].label if hits else ""


POSITIVES = [
    ("table_age", "nimi,ikä,kunta\nMatti,34,Turku\nLiisa,41,Espoo", "fi", "41", "AGE"),
    ("table_age", "namn;ålder\nAnna;29\nBo;52", "sv", "29", "AGE"),
    ("table_age", "| Name | Age |\n|---|---|\n| Tom | 35 |", "en", "35", "AGE"),
    ("table_age", '"Asiakas","Ikä","Tila"\n"A","45","työtön"', "fi", "45", "AGE"),
    ("name_column", "namn;ålder\nAnna;29\nBo;52", "sv", "Anna", "PERSON"),
    ("who_is", "We met Sam, who is 34, and his sister.", "en", "34", "AGE"),
    ("day_month_cue", "appointment rebooked 12.10 due to illness", "en", "12.10", "DATE"),
    ("day_month_cue", "Kokous siirretty 14.10 koska", "fi", "14.10", "DATE"),
    ("day_month_cue", "the review was scheduled on 14.10 with her", "en", "14.10", "DATE"),
    ("day_month_cue", "Mötet är flyttat till 5.6 och bokad på 7.6", "sv", "5.6", "DATE"),
    ("day_month_cue", "Mötet är flyttat till 5.6 och bokad på 7.6", "sv", "7.6", "DATE"),
    ("day_month_cue", "Vi ses ons 12.10 på kontoret.", "sv", "12.10", "DATE"),
    ("month_lower", "next session july 3, then 17 july", "en", "july 3", "DATE"),
    ("month_lower", "next session july 3, then 17 july", "en", "17 july", "DATE"),
    ("month_lower", "review moved to sept 12 at her request", "en", "sept 12", "DATE"),
    ("month_lower", "next appointment 17 march at nine", "en", "17 march", "DATE"),
    ("month_lower", "seen 4 may, then the doctor", "en", "4 may", "DATE"),
    ("day_month_cue", "pyysi siirtämään 9.2 tapaamisen, ehdotin 11.2 etänä", "fi", "11.2", "DATE"),
    ("day_month_cue", "möte 17/12 kl 10 på kontoret", "sv", "17/12", "DATE"),
    ("day_month_cue", "call w/ client 11/12 9:40. sober since", "en", "11/12", "DATE"),  # a bare time after it
    ("day_month_cue", "samtal 14/4 11.05 om arbetsprövningen", "sv", "14/4", "DATE"),
    ("day_month_cue", "sjukskrivningen förlängd t.o.m. 30/4, ny läkare", "sv", "30/4", "DATE"),
    ("day_month_cue", "hon börjar på lagret den 1.4 som lärling", "sv", "1.4", "DATE"),
    ("self_age", "en pääse huomenna. Olen nyt 63 ja tuntuu, ettei jaksa.", "fi", "63", "AGE"),
    ("self_age", "toivo h: se on 22 ja siivoo malmilla", "fi", "22", "AGE"),
    ("self_age", "Hi, I'm 41, and I drive a forklift.", "en", "41", "AGE"),
    ("self_age", "Hej, jag är 38 och jobbar på lagret.", "sv", "38", "AGE"),
    ("turns_age", "yritä nyt. Täytän 30 helmikuun 2. päivä, olisi kiva", "fi", "30", "AGE"),
    ("turns_age", "hän täyttää 50 ensi kuussa ja", "fi", "50", "AGE"),
    ("turns_age", "she turns 41 in May, and", "en", "41", "AGE"),
    ("turns_age", "hon fyller 60 i juni.", "sv", "60", "AGE"),
    ("children_ages", "vaimo Odette, lapset 13 ja 6 v, vanhemman lapsen hetu puuttuu", "fi", "13", "AGE"),
    ("children_ages", "koska lapset (4 ja 7 v) ovat päiväkodissa", "fi", "7 v", "AGE"),
    ("children_ages", "barnen 3 och 5 år går i dagis", "sv", "5 år", "AGE"),
]


@pytest.mark.parametrize(("rule", "text", "lang", "span", "label"), POSITIVES)
def test_structured_rule_catches(rule: str, text: str, lang: str, span: str, label: str) -> None:
    assert rule in RULES
    assert _label_at(text, lang, span) == label, scrub(text, lang=lang).text


NEGATIVES = [
    ("table_age", "tehtävä,tunnit\nraportti,34", "fi", "34"),
    ("who_is", "The client who is 34 minutes late is fine.", "en", "34"),
    ("day_month_cue", "meeting at 12.10 on monday", "en", "12.10"),
    ("day_month_cue", "Kokous on 12.10 ja kestää tunnin.", "fi", "12.10"),
    ("day_month_cue", "kipu 8/10 12.30 jälkeen, mieliala 6/10 10.15 aamulla", "fi", "8/10"),  # a score
    ("day_month_cue", "kipu 8/10 12.30 jälkeen, mieliala 6/10 10.15 aamulla", "fi", "6/10"),
    ("day_month_cue", "höjningen var den 2.5 procent i fjol", "sv", "2.5"),  # a share
    ("day_month_cue", "The cost was 12.50 10.20 of it paid.", "en", "12.50"),  # no day.month
    ("day_month_cue", "Vaaka näytti den 1.4 kiloa", "fi", "1.4"),  # Swedish `den` only in Swedish
    ("month_lower", "may 3 people come along", "en", "may 3"),
    ("month_lower", "we have 3 may options and 5 march pages", "en", "3 may"),
    ("month_lower", "we have 3 may options and 5 march pages", "en", "5 march"),
    ("day_month_cue", "ehdotin 1.5 tunnin tapaamista viikoittain", "fi", "1.5"),
    ("self_age", "hinta? se on 22. halpa", "fi", "22"),
    ("self_age", "se on 22 euroa kuussa", "fi", "22"),
    ("self_age", "I am 30 minutes late today", "en", "30"),
    ("self_age", "olen 12 kertaa soittanut", "fi", "12"),
    ("turns_age", "täytän 20 lomaketta viikossa", "fi", "20"),
    ("turns_age", "turn 90 degrees to the left", "en", "90"),
    ("children_ages", "lapset 2 ja 3 kertaa viikossa hoidossa", "fi", "2"),
    ("children_ages", "barnen har 2 och 3 timmar per dag", "sv", "3"),
]


@pytest.mark.parametrize(("rule", "text", "lang", "kept"), NEGATIVES)
def test_structured_rule_leaves(rule: str, text: str, lang: str, kept: str) -> None:
    assert rule in RULES
    assert _label_at(text, lang, kept) == "", scrub(text, lang=lang).text


# ----- ages and dates the digit patterns leave ---------------------------------------------------

def _labelled(res, original: str, surface: str, label: str, rule: str) -> bool:
    start = original.index(surface)
    end = start + len(surface)
    return any(f.label == label and f.start <= start and end <= f.end and rule in f.reason for f in res.findings)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "label", "rule"),
    [
        ("fi", "nimi;ikä;kunta\nTeppo R;37;Kuopio\nSini L;44;Iisalmi", "44", "AGE", "table_age"),
        ("fi", "| nimi | ikä | tavoite |\n|---|---|---|\n| Jere | 23 | työ |", "23", "AGE", "table_age"),
        ("sv", "namn\tålder\tort\nLinnea\t52\tVasa", "52", "AGE", "table_age"),
        ("en", "Name,Age,Goal\nRob,61,retire", "61", "AGE", "table_age"),
        ("en", "Margot, who is 57, has asked for part-time work.", "57", "AGE", "who_is"),
        ("fi", "Asiakas, joka on 34, haluaa kouluttautua.", "34", "AGE", "who_is"),
        ("en", "R-J (41): wants to retrain as a chef.", "41", "AGE", "initials_age"),
        ("fi", "T.K. (52) soitti aamulla.", "52", "AGE", "initials_age"),
        ("en", "She was rebooked 14.11 after the sick leave.", "14.11", "DATE", "day_month_cue"),
        ("fi", "Tapaaminen siirrettiin 3.11 asiakkaan pyynnöstä.", "3.11", "DATE", "day_month_cue"),
        ("fi", "Uusi aika 22.9 klo 10 toimistolla.", "22.9", "DATE", "day_month_cue"),
        ("fi", "Seuraava tapaaminen ma 14.10 toimistolla.", "14.10", "DATE", "day_month_cue"),
        ("en", "We moved it to Thu 3/11 at her request.", "3/11", "DATE", "day_month_cue"),
        ("en", "we meet again august 14, fine by her", "august 14", "DATE", "month_lower"),
        ("en", "next session on the 2nd of october", "2nd of october", "DATE", "month_lower"),
        ("en", "the course starts may 3rd", "may 3rd", "DATE", "month_lower"),
        ("en", "quick call - ngozi due 5 may, stress thru the roof", "5 may", "DATE", "month_lower"),
        ("en", "the new contract runs from 3 march, fine by her", "3 march", "DATE", "month_lower"),
    ],
)
def test_ages_and_dates_in_context(lang: str, text: str, surface: str, label: str, rule: str) -> None:
    assert _labelled(scrub(text, lang=lang), text, surface, label, rule)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Tavataan klo 12.10 ja lopetetaan 13.45."),  # times
        ("fi", "Hinta oli 12.10 euroa ja paino 3.5 kg."),
        ("fi", "Pisteet 3.4 ja 2.1 testissä; siirretty 12.10–13.00 välille."),
        ("en", "Age, gender and town were asked.\n34, male, fine"),  # prose, not a table header
        ("en", "The client who is 3 weeks into the trial is fine."),
        ("en", "meeting at 12.10 then lunch"),
        ("en", "from 9.00 to 12.10 and a score of 7/10 today"),
        ("fi", "Tulos 3/10 ja aika 12.10–13.00 ma-pe."),
        ("en", "you may 3 times ask; we march 2 miles"),
        ("en", "the 5 may come later; page 5 may be wrong; all 3 march together"),
        ("en", "PHQ-9 (14) and GAD (12) scores were lower."),
        ("fi", "nimi;tunnit;kunta\nTeppo;37;työ"),  # a number column that is not an age
    ],
)
def test_age_and_date_traps(lang: str, text: str) -> None:
    res = scrub(text, lang=lang)
    assert not any(f.label in ("AGE", "DATE") for f in res.findings), [(f.text, f.reason) for f in res.findings]


def test_age_date_rules_table() -> None:
    assert set(RULES) == {"table_age", "name_column", "who_is", "self_age", "turns_age", "children_ages", "initials_age",
                          "day_month_cue", "month_lower"}
    assert all(r.doc for r in RULES.values())
    assert set(BOUNDS) <= set(RULES) and all(lo <= hi for lo, hi in BOUNDS.values())
