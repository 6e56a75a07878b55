"""Names at a sentence or line start (initial_names.py): each rule of RULES with sentences it must
catch and precision traps (ordinary words, schedules, labels) it must leave alone."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.initial_names import RULES
from tests.support.rule_cases import assert_every_rule_has_cases


def _covered(text: str, lang: str, span: str) -> bool:
    res = scrub(text, lang=lang)
    s = text.index(span)
    cov = {i for f in res.findings if f.label == "PERSON" for i in range(f.start, f.end)}
    return all(i in cov for i in range(s, s + len(span)) if text[i].isalnum())


def _touched(text: str, lang: str, span: str) -> bool:
    res = scrub(text, lang=lang)
    s = text.rindex(span)
    return any(f.start < s + len(span) and s < f.end for f in res.findings)


# (rule, text, lang, span that must be covered whole)
POSITIVES = [
    ("one_who", "Hope is the one who called yesterday about the course.", "en", "Hope"),
    ("chat_header", "Lumi klo 9.12\nmoi, mitä kuuluu?\nPirjo 9:14\nihan hyvää, entä sulle?", "fi", "Lumi"),
    ("pair_start", "Tuuli ja Onni peräkkäin huomenna.", "fi", "Tuuli"),
    ("repeat_start", "I met Grace Miller today. Grace is her own boss now.", "en", "Grace is"),
    ("after_label", "Lisätietoja: Onni on palannut töihin.", "fi", "Onni"),
    ("name_initial", "Haile G. called about the job.", "en", "Haile G."),
    ("task_initials", "Sovittiin, että XK hoitaa Kela-asiat ja QP ottaa yhteyttä työnantajaan.", "fi", "QP"),
    ("task_initials", "Next steps: JS will send the CV to HR.", "en", "JS"),
    ("task_initials", "Onko asia jo edennyt? QK lupasi katsoa sitä.", "fi", "QK"),
    ("dotted_initial", "Asiakas Tiina aloitti työtoiminnassa. T. itse toivoo pidempää jaksoa.", "fi", "T."),
    ("dotted_initial", "Sovin T.:n kanssa ajasta. Asiakas Tuula oli tyytyväinen.", "fi", "T."),
    ("dotted_initial", "Asiakas Tiina Ranta kävi. Työ on raskasta, kuten T. kertoi eilen.", "fi", "T."),
    ("initials_pair", "Hei H. ja T.!\nOnko kokemusta YKI-testistä?", "fi", "H."),
    ("initials_pair", "Hei tiimi,\nH. ja T. – teillä oli vastaava tapaus keväällä?", "fi", "T."),
    ("initial_hyphen_pair", "Aihe: Työkokeilu / R. A-K.\n\nHei, tässä yhteenveto.", "fi", "R. A-K."),
    ("ending_initials", "moi! ehditkö kattoo JR:n päivähoitojutun?", "fi", "JR"),
]

# (rule, text, lang, a word that must survive)
TRAPS = [
    ("one_who", "Hope is what keeps her going.", "en", "Hope"),
    ("chat_header", "Aamupala 8.00\nPalaveri 12.00", "fi", "Palaveri"),
    ("chat_header", "Lumi klo 9.12 satoi vielä.", "fi", "Lumi"),
    ("pair_start", "Tuuli ja sade jatkuivat koko päivän.", "fi", "Tuuli"),
    ("repeat_start", "Tapasin Toivo Koskisen tänään. Toivo on, että hän jaksaa.", "fi", "Toivo on"),
    ("repeat_start", "Grace Holm came in. Grace under pressure is rare.", "en", "Grace under"),
    ("after_label", "Huomio: Onni suosi meitä tänään.", "fi", "Onni"),
    ("name_initial", "Liite A. sisältää tiedot. Kohta B. on tärkeä.", "fi", "Kohta"),
    ("task_initials", "TE hoitaa asian ja HR selvittää. Jakso II alkaa.", "fi", "TE"),
    ("task_initials", "Next steps: HR will send the form. OT will call.", "en", "OT"),
    ("dotted_initial", "A. Tavoitteet\nB. Keinot\nC. Seuranta", "fi", "B. Keinot"),
    ("dotted_initial", "Asiakas Tiina aloitti. K. kertoi voivansa paremmin.", "fi", "K."),
    ("initials_pair", "Kohdat A. ja B. käsiteltiin, C. siirtyi.", "fi", "B."),
    ("dotted_initial", "Asiakas Liisa kävi. Liite B:n mukaan L:n kohta 3 täyttyy.", "fi", "L:n"),
    ("initial_hyphen_pair", "Hakemisto, osa R. A-Ö. jaettu", "fi", "R. A-Ö"),
    ("ending_initials", "TE:lle ilmoitettu, EU:n rahoitus ja TT:ltä lausunto; klo 9 MA:n jälkeen.", "fi", "TT"),
]


@pytest.mark.parametrize(("rule", "text", "lang", "span"), POSITIVES)
def test_name_is_replaced(rule: str, text: str, lang: str, span: str) -> None:
    assert rule in RULES
    word = span.split()[0] if rule == "repeat_start" else span
    s = text.rindex(span)
    res = scrub(text, lang=lang)
    hit = [f for f in res.findings if f.label == "PERSON" and f.start <= s and s + len(word) <= f.end]
    assert hit and hit[0].reason.endswith(f"({rule})"), (rule, text, hit)
    assert hit[0].certain is (rule != "ending_initials")  # weak evidence is asked, never certain


@pytest.mark.parametrize(("rule", "text", "lang", "word"), TRAPS)
def test_word_stays(rule: str, text: str, lang: str, word: str) -> None:
    assert rule in RULES
    assert not _touched(text, lang, word), (rule, text)


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert_every_rule_has_cases(RULES, POSITIVES, TRAPS)


def test_same_person_same_letter() -> None:
    res = scrub("I met Grace Miller today. Grace is her own boss now.", lang="en")
    assert res.text.count("[Person A]") == 2
    assert _covered("Haile G. called about the job.", "en", "Haile G.")


def test_initials_of_a_found_person_are_certain_with_a_case_ending() -> None:
    """`XN:n` is asked alone, but after `Xalle Niskanen (asiakas, KN)` it is him, certain, with his letter."""
    res = scrub("Läsnä: Kalle Niskanen (asiakas, KN)\n1) KN:n työkyky arvioitiin.", lang="fi")
    hits = [f for f in res.findings if f.text == "KN"]
    assert len(hits) == 2 and all(f.certain for f in hits) and len({f.replacement for f in hits}) == 1
