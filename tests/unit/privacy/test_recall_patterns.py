"""Recall rules: person evidence after ambiguous names, legal-form organisations, role nouns,
lower-case objects and genitives, sign-offs, Swedish/English genitives and propagation.

All sentences are written for these tests (no corpus text)."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from tests.unit.conftest import caught


def _spans(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    return [(f.text, f.label) for f in scrub(text, lang=lang).findings]


def _person(text: str, surface: str, lang: str | None = None, nth: int = 0) -> bool:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return any(f.label == "PERSON" and f.start <= start and start + len(surface) <= f.end for f in scrub(text, lang=lang).findings)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Valo on 31-vuotias ja hakee töitä.", "Valo"),
        ("Tapaaminen sujui hyvin. Rauha on 52-vuotias entinen kokki.", "Rauha"),
        ("Aamu, 29, kertoi jaksavansa paremmin.", "Aamu"),
        ("Toivo (44) on ollut sairauslomalla.", "Toivo"),
        ("Toivo 44 v on ollut sairauslomalla.", "Toivo"),
        ("Satu kertoi jaksavansa paremmin.", "Satu"),
    ],
)
def test_age_or_person_verb_after_sentence_initial_name(text: str, name: str) -> None:
    assert _person(text, name), _spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sovimme Valon kanssa uudesta ajasta. Valo on työtön ja väsynyt.", "Valo on"),
        ("Puhuin Rauhan äidin kanssa. Rauha on kotona.", "Rauha on"),
        ("Kävimme Satun kanssa läpi hakemuksen. Satu oli ahdistunut.", "Satu oli"),
    ],
)
def test_person_predicate_after_name_found_elsewhere(text: str, name: str) -> None:
    assert _person(text, name.split()[0], nth=1), _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Toivo on, että tilanne paranee keväällä.",
        "Lumi oli sulanut pihalta jo maaliskuussa.",
        "Ilo oli nähdä edistystä.",
        "Aamu oli alkanut huonosti, mutta iltapäivä sujui.",
        "Toivon mukaan tilanne paranee.",
    ],
)
def test_ordinary_words_without_person_evidence_stay(text: str) -> None:
    assert not [s for s in _spans(text) if s[1] == "PERSON"], _spans(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Hän on töissä Trattoria Bella Oy:ssä keittiössä.", "Trattoria Bella Oy"),
        ("Hän aloitti Kebab Istanbul Tmi:ssä viime kuussa.", "Kebab Istanbul Tmi"),
        ("Hän työskenteli Bistro Paris Ky:ssä kaksi vuotta.", "Bistro Paris Ky"),
        ("Työkokeilu alkaa Hotel Berlin Ab:ssa.", "Hotel Berlin Ab"),
        ("Asiakas on ollut Nordic Suomi Oy:n palveluksessa.", "Nordic Suomi Oy"),
        ("Hän on Lappi Matkat Oy:llä harjoittelussa.", "Lappi Matkat Oy"),
        ("Ristorante Luna Ky palkkasi hänet.", "Ristorante Luna Ky"),
        ("Kirjanpito hoituu Tmi Anna Laine kautta.", "Tmi Anna Laine"),
    ],
)
def test_capitalised_run_before_legal_form_is_one_org(text: str, org: str) -> None:
    assert (org, "ORG") in _spans(text), _spans(text)


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("Asiakkaan esihenkilö tapani ei vastannut viestiin.", "tapani", None),
        ("Asiakkaan pomo raimo oli ollut tyly.", "raimo", None),
        ("Hänen miehensä jouni on työtön.", "jouni", None),
        ("Vaimo maarit tukee kuntoutuksessa.", "maarit", None),
        ("Tytär fatima asuu lähellä.", "fatima", None),
        ("Kollega hassan suositteli tätä.", "hassan", None),
        ("Hänen miehensä kari on työtön.", "kari", None),
        ("The client is priya and she is tired.", "priya", "en"),
        ("Her husband greg works nights.", "greg", "en"),
        ("Chefen janne ringde igår.", "janne", "sv"),
        ("Hennes man stefan är arbetslös.", "stefan", "sv"),
        ("Omistaja mehmet soitteli minulle.", "mehmet", None),
    ],
)
def test_lower_case_name_after_role_noun(text: str, name: str, lang: str | None) -> None:
    assert _person(text, name, lang), _spans(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mies on työtön ja vaimo on kotona.", None),
        ("Poika oli mukana tapaamisessa.", None),
        ("Asiakkaan isä tuli mukaan.", None),
        # a frequent verb form that is also a rare foreign name (Otti, Toi): not a name after a role noun
        ("Hyvää: asiakas otti asian puheeksi.", None),
        ("Esihenkilö toi esiin uuden työtehtävän.", None),
        ("Man kan börja med kortare dagar.", "sv"),
        ("The client is tired and the manager is away.", "en"),
        ("Her friend will help.", "en"),
    ],
)
def test_role_noun_before_ordinary_word_is_not_a_name(text: str, lang: str | None) -> None:
    assert not [s for s in _spans(text, lang) if s[1] == "PERSON"], _spans(text, lang)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("En tiedä, miten voisin auttaa tiinaa paremmin.", "tiinaa"),
        ("Lupasin soittaa jarmolle huomenna.", "jarmolle"),
        ("Keskustelimme siitä, että tiinan mies on lomautettu.", "tiinan"),
        ("Kysyin tiinalta asiasta. En tiedä miten tukea tiinaa.", "tiinaa"),
    ],
)
def test_lower_case_objects_and_genitives(text: str, name: str) -> None:
    assert _person(text, name), _spans(text)


@pytest.mark.parametrize(
    "text",
    ["En tiedä miten auttaa häntä paremmin.", "Voisin soittaa huomenna uudelleen.", "Hänen kanssa sovittiin asiasta."],
)
def test_helping_verb_before_ordinary_word(text: str) -> None:
    assert not [s for s in _spans(text) if s[1] == "PERSON"], _spans(text)


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("Thanks for the help. Cheers, greg", "greg", "en"),
        ("Kiitos avusta. T. riikka", "riikka", None),
        ("Kiitos avusta!\nterv. jarmo", "jarmo", None),
        ("Tack för hjälpen. Mvh stefan", "stefan", "sv"),
        ("Kiitos! -tapani", "tapani", None),
        ("Thanks, that helps.\nBr, Jarmo", "Jarmo", "en"),
        ("Kiitos vinkeistä, br, jarmo\nLiitteenä muistiinpanot.", "jarmo", None),
    ],
)
def test_sign_off_names(text: str, name: str, lang: str | None) -> None:
    assert _person(text, name, lang), _spans(text, lang)


@pytest.mark.parametrize(
    ("text", "later", "lang"),
    [
        ("Vi träffade Henrik Lindqvist i dag. Henriks arbetsprövning börjar snart.", "Henriks", "sv"),
        ("Vi pratade med Stina. Stinas chef är sjuk.", "Stinas", "sv"),
        ("We met Gregory Hall today. Gregory's plan is fine.", "Gregory's", "en"),
    ],
)
def test_genitive_of_a_found_first_name(text: str, later: str, lang: str) -> None:
    assert caught(scrub(text, lang=lang), text, later)


def test_lower_case_copy_of_a_found_name_in_careful_text() -> None:
    text = "Tapasin Jarmo Koskisen. Sovimme, että jarmolle sopii tiistai."
    assert _person(text, "jarmolle"), _spans(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Työpaikka: Ravintola Venezia Oy", "Ravintola Venezia Oy"),
        ("Hän on Järven Sähkö ja Vesi Oy:llä.", "Järven Sähkö ja Vesi Oy"),
        ("Hän on Kela Kebab Oy:ssä.", "Kela Kebab Oy"),
        ("Hän on Uusimaa Rakennus Oy:ssä.", "Uusimaa Rakennus Oy"),
        ("She works for Sweden Foods AB now.", "Sweden Foods AB"),
    ],
)
def test_legal_form_run_ignores_allow_lists_and_regions(text: str, org: str) -> None:
    assert (org, "ORG") in _spans(text), _spans(text)


def test_legal_form_run_does_not_swallow_a_sentence_adverb_or_a_person() -> None:
    assert ("Nordic Oy", "ORG") in _spans("Eilen Nordic Oy ilmoitti asiasta.")
    spans = _spans("Soitin Mattille ja Nordic Oy:lle.")
    assert ("Nordic Oy", "ORG") in spans and ("Mattille", "PERSON") in spans


@pytest.mark.parametrize(
    ("text", "name"),
    [("Mies toivo on työtön.", "toivo"), ("Tytär lumi asuu kotona.", "lumi"), ("Vaimo satu soitti.", "satu")],
)
def test_role_noun_names_a_word_that_is_also_a_name(text: str, name: str) -> None:
    assert _person(text, name), _spans(text)


@pytest.mark.parametrize("text", ["Onni haluaa töihin.", "Lumi (35) kertoi.", "Aamu 29v tuli."])
def test_more_person_evidence_after_sentence_initial_name(text: str) -> None:
    assert _spans(text)[0][1] == "PERSON", _spans(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Äiti aina muistuttaa lääkkeistä.", None),
        ("Äiti toki auttaa arjessa.", None),
        ("Vaimo tuli mukaan tapaamiseen.", None),
        ("The client may need more time.", "en"),
        ("Her son does well at school.", "en"),
        ("Hennes man har varit sjuk.", "sv"),
    ],
)
def test_role_noun_before_adverb_or_verb(text: str, lang: str | None) -> None:
    assert not [s for s in _spans(text, lang) if s[1] == "PERSON"], _spans(text, lang)


def test_swedish_lower_case_genitive_after_role() -> None:
    text = "Vi pratade om hur kollegan annas schema ser ut."
    assert _person(text, "annas", "sv"), _spans(text, "sv")


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("Kiitos paljon!\nmarko", "marko", None),
        ("Thanks a lot!\n- tom", "tom", "en"),
        ("Tapasin Jarmo Koskisen. Sovimme, että koskiselle soitetaan.", "koskiselle", None),
        ("Henriks arbetsprövning börjar snart.", "Henriks", "sv"),
        ("Tapasin Aino Kiven. Kivi kertoi olevansa väsynyt.", "Kivi", None),
    ],
)
def test_last_line_signature_surname_propagation_and_swedish_genitive(text: str, name: str, lang: str | None) -> None:
    assert _person(text, name, lang), _spans(text, lang)


def test_ordinary_word_alone_on_last_line_and_ordinary_copy_of_a_surname_stay() -> None:
    assert not _spans("Kiitos paljon!\naina")
    text = "Tapasin Aino Kiven. Kivi oli painava."
    assert ("Kivi", "PERSON") not in _spans(text), _spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Satu on ahdistunut eikä nuku.", "Satu"),
        ("Onni oli työttömänä kaksi vuotta.", "Onni"),
    ],
)
def test_human_state_after_sentence_initial_name(text: str, name: str) -> None:
    assert _person(text, name), _spans(text)


@pytest.mark.parametrize(
    "text", ["Lumi on poissa pihalta.", "Mies kertoi asiasta.", "Mies on työtön.", "Asiakas kertoi jaksavansa."]
)
def test_no_person_from_state_or_verb_after_ordinary_words(text: str) -> None:
    assert not [s for s in _spans(text) if s[1] == "PERSON"], _spans(text)


def test_small_foreign_words_inside_a_company_name() -> None:
    assert ("Pizzeria da Marco Oy", "ORG") in _spans("Hän on Pizzeria da Marco Oy:ssä.")


def test_lower_case_copy_that_is_also_a_word_needs_a_verb() -> None:
    text = "Tapasin Kari Laineen. Myöhemmin kari sanoi, että hän jaksaa."
    assert _person(text, "kari"), _spans(text)
    text = "Tapasin Toivo Laineen. Meillä on toivo paremmasta."
    assert not _person(text, "toivo"), _spans(text)


def test_new_rules_are_idempotent() -> None:
    texts = [
        "Tytär noor asuu Ruotsissa.",
        "Valo on 31-vuotias ja hakee töitä.",
        "Hän on töissä Trattoria Bella Oy:ssä keittiössä.",
        "Thanks for the help. Cheers, greg",
        "Sovimme Valon kanssa uudesta ajasta. Valo on työtön ja väsynyt.",
        "Keskustelimme siitä, että tiinan mies on lomautettu.",
    ]
    for text in texts:
        once = scrub(text).text
        assert scrub(once).text == once, once


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Satu on edelleen työtön.", None), ("Grace has been unemployed since spring.", "en")],
)
def test_state_after_a_filler_word(text: str, lang: str | None) -> None:
    assert _spans(text, lang)[0][1] == "PERSON", _spans(text, lang)


def test_propagated_name_with_ollut_and_a_predicate() -> None:
    text = "Tapasin Rauha Lehtisen. Rauhan mielestä työ on raskasta. Rauha on ollut sairauslomalla keväästä."
    assert _person(text, "Rauha", nth=2), _spans(text)
    assert not [s for s in _spans("Lumi on ollut poissa pihalta.") if s[1] == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "Asiakkaan poika päivällä koulussa, illalla kotona.",
        "Äiti hiljaa mietti asiaa.",
        "Miten tukea toivoa herättävällä tavalla?",
    ],
)
def test_ordinary_inflected_words_after_role_or_helper_verb(text: str) -> None:
    assert not [s for s in _spans(text) if s[1] == "PERSON"], _spans(text)


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("Kiitos avusta! -Toivo", "Toivo", None),
        ("Kiitos!\nSatu", "Satu", None),
        ("Thanks! Cheers, Hope", "Hope", "en"),
        ("kiitos jo etukäteen, satu", "satu", None),
        ("Kiitos jo etukäteen!\nt. toivo", "toivo", None),
    ],
)
def test_signatures_with_names_that_are_words(text: str, name: str, lang: str | None) -> None:
    assert _person(text, name, lang), _spans(text, lang)


def test_last_line_that_is_an_ordinary_sentence_is_no_signature() -> None:
    assert not _spans("Palaverissa sovittiin jatkosta.\nTyö jatkuu")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Soitin omistajalle mehmetille eilen.", "mehmetille"),
        ("Kysyin esihenkilöltä jukalta asiaa.", "jukalta"),
        ("Sanoin pojalle aleksille, että kaikki on hyvin.", "aleksille"),
    ],
)
def test_inflected_role_noun_before_inflected_name(text: str, name: str) -> None:
    assert _person(text, name), _spans(text)


@pytest.mark.parametrize("text", ["Soitin omistajalle huomenna uudelleen.", "Kerroin äidille ainakin osan."])
def test_inflected_role_noun_before_ordinary_word(text: str) -> None:
    assert not [s for s in _spans(text) if s[1] == "PERSON"], _spans(text)


@pytest.mark.parametrize(
    ("text", "name", "is_person"),
    [
        ("Kurki kertoi olevansa väsynyt.", "Kurki", True),
        ("Koski on työtön.", "Koski", True),
        ("Järvi oli jäässä koko talven.", "Järvi", False),
        ("Mäki nousi jyrkästi.", "Mäki", False),
    ],
)
def test_word_like_surname_at_sentence_start(text: str, name: str, is_person: bool) -> None:
    assert _person(text, name) is is_person, _spans(text)


def test_case_term_never_spans_a_blank_line_but_may_wrap_once() -> None:
    terms = ["Aila Nurmela"]
    split = scrub("Aila\n\n\nNurmela", lang="fi", terms=terms)
    assert all("\n\n" not in f.text for f in split.findings), split.findings
    wrapped = "Aila\nNurmela soitti"
    assert caught(scrub(wrapped, lang="fi", terms=terms), wrapped, "Aila\nNurmela")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Työkokeilupaikka varmistui: Keski-Suomen Sähköasennus Oy aloittaa maanantaina.", "Keski-Suomen Sähköasennus Oy"),
        ("Entinen työnantaja: Lapin Kuljetuspalvelu Oy (kuljettaja).", "Lapin Kuljetuspalvelu Oy"),
    ],
)
def test_region_word_opening_a_legal_form_name_after_a_colon(text, org):
    result = scrub(text, lang="fi")
    start = text.index(org)
    assert any(f.start <= start and f.end >= start + len(org) for f in result.findings), result.findings
