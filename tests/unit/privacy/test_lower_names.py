"""Lower-case names, firms and places of hurried sv/en lines and colloquial Finnish name forms
(lower_names.py): every rule of RULES has a sentence where it fires on the span and a precision trap where a
word in the same position survives."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.lower_names import RULES
from tests.support.rule_cases import assert_every_rule_has_cases, assert_left

# (rule, lang, text, span that one finding made by the rule must cover whole)
POSITIVES = [
    ("en_lives_with", "en", "spoke w client - lives with ramon and two others, rent split", "ramon"),
    ("en_lives_with", "en", "cb tue. living with ramon at his mums place", "ramon"),
    ("en_told", "en", "cb: told her ramon can drive him", "ramon"),
    ("en_possessive", "en", "sms from client, asked if ramon's permit is still ok", "ramon's"),
    ("en_work_org", "en", "call from client, on break at polar ridge kennels, back at 3", "polar ridge kennels"),
    ("en_work_org", "en", "txt: works at white fell huskies since june", "white fell huskies"),
    ("en_work_org", "en", "cb: shift at hotel aurora starts 7", "hotel aurora"),
    ("en_fi_place", "en", "call from client, moved back in lapinkylä last week", "lapinkylä"),
    ("en_fi_place", "en", "cb: gave him the number of the ristijärvi health centre", "ristijärvi"),
    ("en_fi_place", "en", "txt: in ivalo till may, then back south", "ivalo"),
    ("en_fi_place", "en", "cb: seasonal job, works in ylläs for the winter", "ylläs"),
    ("sv_subject", "sv", "ringde kl 10. lindroos vill inte flytta dit", "lindroos"),
    ("sv_place", "sv", "ringde kl 10. han vill flytta tillbaka till björkby i vår", "björkby"),
    ("sv_place", "sv", "sms från mamman, bror hennes i hirvisaari kan hjälpa", "hirvisaari"),
    ("nickname", "sv", "ringde igen. tapsa på verkstan sa ok", "tapsa"),
    ("nickname", "sv", "ringde igen. jaska på sågen sa ok", "jaska"),
    ("fi_genitive_given", "fi", "soita kurvisen annelle huomenna aamulla", "kurvisen annelle"),
    ("fi_genitive_given", "fi", "Korhosen Pasi on hyvä tyyppi, tunnen hänet.", "Korhosen Pasi"),
    ("fi_genitive_kin", "fi", "Sovittiin, että heikkisen akka hoitaa kyydit.", "heikkisen"),
    ("fi_chat_start", "fi", "ahti on muuten raimon veli", "ahti"),
    ("fi_chat_start", "fi", "puh asiakas klo 10\nahti on muuten tosi reipas", "ahti"),
    ("fi_chat_start", "fi", "Mari: onko kellään tietoa?\nSanna: ahti on muuten raimon veli", "ahti"),
    ("signoff_unknown", "fi", "Hei, onko kellään aikaa torstaina?\nkiitos paljon. zuzka", "zuzka"),
    ("signoff_unknown", "fi", "Hei, olisko aikaa huomenna?\nterveisin, jorma-pekka", "jorma-pekka"),
    ("signoff_unknown", "en", "Hi, could someone take this one?\nthanks. bongani", "bongani"),
]

# (rule, lang, text, a word no finding may touch)
TRAPS = [
    ("en_lives_with", "en", "call from work: lives with anxiety, sleeps badly", "anxiety"),
    ("en_told", "en", "cb tue - told him yes, told her no", "yes"),
    ("en_possessive", "en", "sms from client, asked if today's shift is still on", "today's"),
    ("en_work_org", "en", "call from client, on break at lunch, back at 3", "lunch"),
    ("en_work_org", "en", "txt: works at berry farms in summer, on break at work now", "berry"),
    ("en_fi_place", "en", "call from client, in pain again, saw the local health centre", "local"),
    ("en_fi_place", "en", "call from client, in pain again, saw the local health centre", "pain"),
    ("sv_subject", "sv", "ringde kl 10. vill inte flytta. mamma har ont i ryggen", "mamma"),
    ("sv_place", "sv", "ringde kl 10, flyttar i morgon, till slut på fredag från början", "morgon"),
    ("sv_place", "sv", "ringde kl 10, flyttar i morgon, till slut på fredag från början", "fredag"),
    ("sv_place", "sv", "ringde kl 10, flyttar i morgon, till slut på fredag från början", "början"),
    ("nickname", "sv", "ringde igen. hade på sig jackan sa han", "hade"),
    ("fi_genitive_given", "fi", "soitin kaupungin annille eilen illalla", "kaupungin"),
    ("fi_genitive_given", "fi", "Kelan Pasi soitti eilen.", "Kelan"),
    ("fi_genitive_kin", "fi", "puh klo 9. kaupungin akka soitti perään", "akka"),
    ("fi_genitive_kin", "fi", "puh klo 9. kaupungin akka soitti perään", "kaupungin"),
    ("fi_chat_start", "fi", "tää on muuten hyvä juttu\nse on muuten kiva", "tää"),
    ("fi_chat_start", "fi", "puh asiakas klo 10\nkukka on muuten kaunis", "kukka"),
    ("fi_chat_start", "fi", "puh asiakas klo 10\nlahja on muuten hieno", "lahja"),
    ("signoff_unknown", "fi", "Hei, olisko aikaa huomenna?\nkiitos paljon. moi", "moi"),
    ("signoff_unknown", "fi", "Hei, olisko aikaa huomenna?\nterveisin, tiimi", "tiimi"),
    ("signoff_unknown", "fi", "Hei, olisko aikaa huomenna?\nkiitos. ok", "ok"),
]


@pytest.mark.parametrize(("rule", "lang", "text", "span"), POSITIVES)
def test_rule_finds_the_span(rule: str, lang: str, text: str, span: str, rules_alone) -> None:
    assert rule in RULES
    s = text.index(span)
    found = scrub(text, lang=lang).findings
    assert any(f.start <= s and s + len(span) <= f.end and f"({rule})" in f.reason for f in found), (rule, found)


@pytest.mark.parametrize(("rule", "lang", "text", "word"), TRAPS)
def test_trap_survives(rule: str, lang: str, text: str, word: str) -> None:
    assert rule in RULES
    assert_left(text, lang, word, why=rule)


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert_every_rule_has_cases(RULES, POSITIVES, TRAPS)


def test_explain_names_the_rule(rules_alone) -> None:
    from coachdesk.privacy.explain import explain_rows
    from coachdesk.privacy.name_trace import collecting

    text = "call from client, on break at polar ridge kennels, back at 3"
    with collecting() as trace:
        result = scrub(text, lang="en")
    rows = explain_rows(text, result, trace)
    assert any("en_work_org" in r["id"] for row in rows for r in row["rules"])  # type: ignore[attr-defined]


def test_a_surname_after_from_is_no_place() -> None:
    text = "call from client: told him virtanen from kela will ring, came from ivalo"
    labels = {f.text: f.label for f in scrub(text, lang="en").findings}
    assert labels.get("virtanen") != "LOCATION" and "ivalo" in labels, labels  # Ivalo: hidden, a place or a surname
