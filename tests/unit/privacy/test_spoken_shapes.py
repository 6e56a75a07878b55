"""More shapes of dictated identifiers (spoken_shapes.py): every rule of RULES has sentences where it covers
the identifier whole (one finding, the rule id in its reason) and precision traps where nothing of the
kind is found."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub, spoken_shapes
from coachdesk.privacy.spoken_shapes import RULES
from tests.support.rule_cases import rule_table_tests

# (rule, lang, text, span that one finding covers whole, its label)
POSITIVES = [
    ("spelled_id", "en", "The customer number is D as in Delta seven oh oh three nine, thanks.",
     "D as in Delta seven oh oh three nine", "ID"),
    ("spelled_id", "en", "reference K for Kilo two nought nought six one and then we hung up",
     "K for Kilo two nought nought six one", "ID"),
    ("spelled_id", "fi", "asiakasnumero kaa niinku kalle kaks nolla nolla ja hän soittaa", "kaa niinku kalle kaks nolla nolla", "ID"),
    ("spelled_id", "sv", "kundnummer B som i Bertil sju noll noll och hon ringer", "B som i Bertil sju noll noll", "ID"),
    ("spelled_id", "en", "customer number D as in Delta, E as in Echo, double oh seven, thanks",
     "D as in Delta, E as in Echo, double oh seven", "ID"),
    ("spelled_id", "en", "ref seven oh oh three D as in Delta and that was it", "seven oh oh three D as in Delta", "ID"),
    ("age_noun_copula", "fi", "Taustaa: ikää hällä on viiskytkaks ja töitä haetaan.", "viiskytkaks", "AGE"),
    ("age_noun_copula", "fi", "ikää on hänellä nyt kolkytseittemän, asuu yksin.", "kolkytseittemän", "AGE"),
    ("age_noun_copula", "sv", "åldern på honom är fyrtiosju och han söker jobb.", "fyrtiosju", "AGE"),
    ("age_noun_copula", "fi", "ikää sillä on kolkytseittemän, asuu yksin.", "kolkytseittemän", "AGE"),
    ("age_noun_copula", "sv", "Bakgrund: åldern är fyrtiosju och hon söker jobb.", "fyrtiosju", "AGE"),
    ("age_noun_copula", "en", "Background: her age is forty-seven and she is looking for work.", "forty-seven", "AGE"),
    ("email_dot_unsaid", "fi", "sähköposti on ville piste koski at netti palvelu piste fi ja puhelin",
     "ville piste koski at netti palvelu piste fi", "CONTACT"),
    ("email_dot_unsaid", "sv", "mejlen är anna punkt berg at min post punkt se och telefon",
     "anna punkt berg at min post punkt se", "CONTACT"),
    ("stair_postal", "fi", "Osoite Rantatie yksitoista cee kuusi viisi kolme kaksi nolla Kotka piste",
     "Rantatie yksitoista cee kuusi viisi kolme kaksi nolla Kotka", "ADDRESS"),
    ("stair_postal", "sv", "Adressen är Strandvägen elva B sex fem tre två noll Kotka.",
     "Strandvägen elva B sex fem tre två noll Kotka", "ADDRESS"),
    ("house_digits", "fi", "Osoite Rantatie yks kaks ee kuus viis kolme kaks nolla Kotka.",
     "Rantatie yks kaks ee kuus viis kolme kaks nolla Kotka", "ADDRESS"),
    ("house_digits", "fi", "Osoite Kirkkotie tupla kaks dee asunto kolme, kuus viis kolme kaks nolla Kotka.",
     "Kirkkotie tupla kaks dee asunto kolme, kuus viis kolme kaks nolla Kotka", "ADDRESS"),
    ("flat_after_street", "en", "He lives at twelve Maple Road flat three, and likes it.", "twelve Maple Road flat three", "ADDRESS"),
    ("flat_after_street", "en", "He lives at 12 Maple Road apartment 4 now.", "12 Maple Road apartment 4", "ADDRESS"),
]

# (rule, lang, text, a word that must survive)
TRAPS = [
    ("spelled_id", "en", "We call it A as in Alpha team, two sessions a week.", "two"),
    ("spelled_id", "en", "It was plan B as in the last meeting, three times a week.", "three"),
    ("spelled_id", "en", "Vitamin D as in dairy, two or three times a day.", "two"),
    ("spelled_id", "fi", "plan bee niinku viime kerralla, kolme kertaa", "kolme"),
    ("spelled_id", "en", "I like Ian two three four times a week", "two"),
    ("age_noun_copula", "fi", "ikää ei kysytty ja kaksi kertaa soitettu", "kaksi"),
    ("age_noun_copula", "fi", "ikää on vaikea arvioida, kolmekymmentä tapaamista", "kolmekymmentä"),
    ("age_noun_copula", "fi", "kokemusta hällä on viiskytkaks kuukautta", "viiskytkaks"),
    ("age_noun_copula", "fi", "ikää hänellä on yli viiskyt, tarkkaa ei tiedetä", "viiskyt"),
    ("age_noun_copula", "en", "the age is twenty times more important", "twenty"),
    ("age_noun_copula", "fi", "ikä ei ole kolmekymmentä vaan enemmän", "kolmekymmentä"),
    ("age_noun_copula", "sv", "åldern är inte fyrtiosju utan mer", "fyrtiosju"),
    ("email_dot_unsaid", "en", "She is busy at the moment dot com bubble talk.", "moment"),
    ("email_dot_unsaid", "fi", "katsoin at-lomaketta ja kotona piste", "kotona"),
    ("stair_postal", "fi", "osoite on sama kuin ennen, kaksi kolme kertaa viikossa kotona", "kolme"),
    ("stair_postal", "fi", "Koivukuja seittemän bee kaks, kolme kertaa viikossa Kotkassa", "kolme"),
    ("house_digits", "fi", "Rantatie yks kaks kertaa viikossa", "kertaa"),
    ("flat_after_street", "en", "She lives at 12 Maple Road with 3 flatmates, unit of two.", "flatmates"),
]


# (rule, lang, text, a word the rule keeps: no finding, no question)
RELEASES = [
    ("spelling_word", "en", "We call it the A as in Alpha team now.", "Alpha"),
    ("spelling_word", "fi", "nimi kirjoitetaan ässä niinku sakari ja sitten", "sakari"),
    ("spelling_word", "sv", "Det stavas med B som i Bertil, sa hon.", "Bertil"),
]

# (rule, lang, text, a word that stays found)
RELEASE_TRAPS = [
    ("spelling_word", "fi", "Sakari soitti eilen, ässä niinku Sakari.", "Sakari"),
    ("spelling_word", "en", "I like Ian and his sister.", "Ian"),
]


# the table's own rule check below counts RELEASES too
(
    test_identifier_is_covered_whole,
    test_trap_word_survives,
    _,
    test_explain_shows_the_rule,
    test_a_second_scrub_changes_nothing,
) = rule_table_tests(RULES, POSITIVES, TRAPS)


@pytest.mark.parametrize(("rule", "lang", "text", "word"), RELEASES)
def test_spelling_word_is_released(rule: str, lang: str, text: str, word: str) -> None:
    from coachdesk.privacy.explain import explain_rows, format_rows
    from coachdesk.privacy.name_trace import collecting

    assert rule in RULES
    s = text.index(word)
    with collecting() as trace:
        res = scrub(text, lang=lang)
    assert not any(f.start < s + len(word) and s < f.end for f in res.findings), res.text
    assert not any(q.start < s + len(word) and s < q.end for q in res.questions)
    assert rule in format_rows(explain_rows(text, res, trace))


@pytest.mark.parametrize(("rule", "lang", "text", "word"), RELEASE_TRAPS)
def test_a_name_found_elsewhere_stays(rule: str, lang: str, text: str, word: str) -> None:
    assert rule in RULES
    res = scrub(text, lang=lang)
    assert word not in res.text, res.text  # every copy replaced, the spelled one too


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert {r for r, *_ in POSITIVES} | {r for r, *_ in RELEASES} == set(RULES)
    assert {r for r, *_ in TRAPS} | {r for r, *_ in RELEASE_TRAPS} == set(RULES)
    assert all(f"| {rule} |" in (spoken_shapes.__doc__ or "") for rule in RULES)
