"""Names and places: inflection, ambiguity, proper-noun evidence, placeholders."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from tests.unit.conftest import caught


@pytest.mark.parametrize(
    ("word", "sentence"),
    [
        ("Mattille", "Soitin eilen Mattille asiasta."),
        ("Virtasen", "Sovin asiasta rouva Virtasen kanssa."),
        ("Mäen", "Kävin Mäen perheen luona."),
        ("Kosken", "Kysyin Kosken mielipidettä."),
        ("Lahdessa", "Hän asuu nykyään Lahdessa."),
        ("Keravalla", "Tapaaminen oli Keravalla."),
        ("Hervannassa", "Kotikäynti tehtiin Hervannassa."),
        ("Tampereelle", "Muutto Tampereelle on edessä."),
        ("Seinäjoelta", "Hän ajaa töihin Seinäjoelta."),
        ("Helsingissä", "Kurssi on Helsingissä."),
        ("Marjatalle", "Lähetin viestin Marjatalle."),
        ("Korhoselta", "Sain tiedon Korhoselta."),
        ("Borgå", "Hon bor i Borgå nu."),
    ],
)
def test_inflected_forms(word: str, sentence: str) -> None:
    res = scrub(sentence, lang="sv" if "bor i" in sentence else "fi")
    assert caught(res, sentence, word), res.text


def test_placeholders_keep_case_endings() -> None:
    res = scrub("Soitin Mattille, joka asuu Keravalla.", lang="fi")
    assert "[Henkilö A]:lle" in res.text
    assert "[paikkakunta]:lla" in res.text


def test_same_person_same_letter() -> None:
    res = scrub("Hilkka Saarela tuli ajoissa. Hilkan mielestä työkokeilu sujuu. Saarelan esihenkilö Oskari Vuorela soitti.")
    assert res.text.count("[Henkilö A]") == 3
    assert "[Henkilö B]" in res.text


def test_english_and_swedish_placeholders() -> None:
    assert "[Person A]" in scrub("I met Oskari Vuorela today in Kerava.", lang="en").text
    assert "[town]" in scrub("I met Oskari Vuorela today in Kerava.", lang="en").text
    assert "[ort]" in scrub("Jag träffade Oskari i Kervo i dag.", lang="sv").text


@pytest.mark.parametrize(
    "text",
    [
        "Toivo on, että hän jaksaa.",
        "Aamu oli alkanut huonosti.",
        "Lumi oli jo sulanut pihalta.",
        "Rauha ja hiljaisuus auttoivat.",
        "Tämä kuulosti melkein sadulta.",
        "Hope is a strange thing.",
        "Will he manage the shifts?",
        "May be worth asking.",
    ],
)
def test_words_that_are_names_survive_without_evidence(text: str) -> None:
    assert not [f for f in scrub(text).findings if f.label == "PERSON"], scrub(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mietin, miksi Toivo vaikeni.", "Toivo"),
        ("Rehtori Kivi oli ymmärtäväinen.", "Kivi"),
        ("Toivo Laaksonen tuli ajoissa.", "Toivo Laaksonen"),
        ("I wonder why Hope left early.", "Hope"),
        ("Client is June, 52, and works part-time.", "June"),
    ],
)
def test_words_that_are_names_caught_with_evidence(text: str, name: str) -> None:
    assert caught(scrub(text), text, name)


def test_lowercase_chat_names_and_signature() -> None:
    text = "moi, kysyin jo pekalta mut ei tiennyt. asiakas asuu mäntsälässä. t. heikki"
    res = scrub(text, lang="fi")
    for w in ("pekalta", "mäntsälässä", "heikki"):
        assert caught(res, text, w), res.text


def test_capitalised_unknown_word_mid_sentence_is_scrubbed_and_asked_about() -> None:
    text = "Asiakas kävi eilen Qwertyla-nimisessä paikassa ja tapasi Zorbanin."
    res = scrub(text, lang="fi")
    assert caught(res, text, "Zorbanin")
    assert any(w.kind == "uncertain_name" for w in res.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Kela maksoi kuntoutusrahan, ja TE-toimisto ohjasi työterveyshuoltoon.",
        "Hän muutti Uudellemaalle Lapista ja asui välillä Ruotsissa.",
        "Teimme CV:n Wordilla ja harjoittelimme Teamsissa.",
        "Kelan päätöksestä valitetaan; Kela-asia on kesken.",
    ],
)
def test_allow_list_survives(text: str) -> None:
    assert scrub(text, lang="fi").findings == ()


def test_foreign_names() -> None:
    text = "Asiakas Ahmed Hussein ja hänen vaimonsa Olga Petrenko tulivat yhdessä."
    res = scrub(text, lang="fi")
    assert caught(res, text, "Ahmed Hussein") and caught(res, text, "Olga Petrenko")


def test_demonyms_of_small_towns() -> None:
    text = "Hän on pudasjärveläinen metsuri ja kuopiolaisen yrityksen omistaja."
    res = scrub(text, lang="fi")
    assert caught(res, text, "pudasjärveläinen") and caught(res, text, "kuopiolaisen")
    assert "suomalainen" in scrub("Hän on suomalainen.", lang="fi").text


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Spoke with Tendai Moyo about the plan.", "Tendai Moyo"),
        ("She was a nurse in Addis Ababa before moving.", "Addis Ababa"),
        ("The trial is at Green Leaf Gardens next month.", "Green Leaf Gardens"),
        ("Mrs Lehtonen called about her son.", "Lehtonen"),
        ("Vuokko (63) pohtii eläkettä.", "Vuokko"),
        ("KOTIKÄYNTI: asiakas MATTI VIRTANEN oli kotona.", "MATTI VIRTANEN"),
    ],
)
def test_context_evidence(text: str, surface: str) -> None:
    res = scrub(text)
    assert caught(res, text, surface), res.text


@pytest.mark.parametrize(
    "text",
    [
        "Meillä oli hyvä tapaaminen.",
        "Ensi kerralla jatketaan.",
        "Olin itse väsynyt.",
        "Min klient har det svårt.",
        "Severe anxiety limits her days.",
        "She moved here from Syria and speaks Arabic and Kurdish.",
        "Asiakas kertoi, että Jumala auttaa.",
    ],
)
def test_no_false_names(text: str) -> None:
    assert not [f for f in scrub(text).findings if f.label == "PERSON"], scrub(text).text


@pytest.mark.parametrize(
    ("text", "surface", "lang"),
    [
        ("Tendai said he was tired.", "Tendai", "en"),
        ("Nasra kertoi, että jaksaa paremmin.", "Nasra", "fi"),
    ],
)
def test_unknown_name_before_a_verb_of_a_person(text: str, surface: str, lang: str) -> None:
    res = scrub(text, lang=lang)
    assert caught(res, text, surface)


@pytest.mark.parametrize("text", ["Sleep is poor these days.", "Yritys ilmoitti lomautuksista.", "Psykologi kertoi samaa."])
def test_ordinary_subjects_before_verbs_survive(text: str) -> None:
    assert scrub(text).findings == ()


@pytest.mark.parametrize(
    "text",
    ["Mrs Lehtonen called about her son.", "Sovin asiasta tohtori Virtasen kanssa.", "Dr. Lind skrev ett intyg."],
)
def test_a_title_stays_outside_the_name(text: str) -> None:
    """Annotators and readers alike: 'Dr [Person A]' keeps the role, only the name is replaced."""
    res = scrub(text)
    title = text.split()[0] if text.startswith(("Mrs", "Dr")) else "tohtori"
    assert title in res.text and "[" in res.text, res.text


@pytest.mark.parametrize(
    ("word", "base", "expected"),
    [
        ("kiuruvetenä", "kiuruvesi", True),  # a -vesi place inflects like vesi
        ("virtasen", "virtanen", True),
        ("kiven", "kivi", True),
        ("lasten", "lassi", False),  # lapsi -> lasten; the name Lassi -> Lassin
        ("liite", "liisi", False),  # an ordinary word; Liisi -> Liisin
        ("kestä", "kesti", False),  # no a/ä -> i guess: Kesti -> Kestiä
    ],
)
def test_inflection_guesses(word: str, base: str, expected: bool) -> None:
    from coachdesk.privacy.inflection import analyses

    assert (base in dict(analyses(word))) is expected


def test_char_before_skips_blanks_without_slicing_the_text() -> None:
    from coachdesk.privacy.tokens import char_before

    assert char_before("työssä:  kun", 9) == ":"
    assert char_before("a.\n\nB", 4, " \t\n") == "."
    assert char_before("   x", 3) == ""
