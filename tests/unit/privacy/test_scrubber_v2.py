"""Scrubber v2 (issue 14): Unicode tricks, certain case terms, whole names, kept vocabulary, questions.

Every sentence here is our own; no name or place comes from a corpus.
"""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.normalise import INVISIBLE, normalise

# ----- 1. normalise first -------------------------------------------------------------------------

TRICKS = {
    "soft hyphen": "\u00ad",
    "zero-width space": "\u200b",
    "zero-width non-joiner": "\u200c",
    "zero-width joiner": "\u200d",
    "word joiner": "\u2060",
    "byte-order mark": "\ufeff",
    "left-to-right mark": "\u200e",
    "right-to-left mark": "\u200f",
    "LRE": "\u202a",
    "RLE": "\u202b",
    "PDF": "\u202c",
    "LRO": "\u202d",
    "RLO": "\u202e",
    "LRI": "\u2066",
    "RLI": "\u2067",
    "FSI": "\u2068",
    "PDI": "\u2069",
}


def _plant(word: str, ch: str) -> str:
    return word[:2] + ch + word[2:]


def _letters_left(scrubbed: str, word: str) -> bool:
    """Is ``word`` still readable in ``scrubbed`` once the invisible characters are dropped?"""
    visible = unicodedata.normalize("NFKC", "".join(c for c in scrubbed if c not in INVISIBLE))
    return word.casefold() in visible.casefold()


@pytest.mark.parametrize("trick", sorted(TRICKS))
def test_an_invisible_character_inside_a_name_hides_nothing(trick: str) -> None:
    ch = TRICKS[trick]
    text = f"Tapasin eilen {_plant('Marjatta', ch)} {_plant('Koskisen', ch)} ja sovimme jatkosta."
    res = scrub(text, lang="fi")
    persons = [f for f in res.findings if f.label == "PERSON"]
    assert persons, res.findings
    f = persons[0]
    assert text[f.start : f.end] == f.text  # offsets index the original text
    assert ch in f.text  # the replacement covers the invisible character inside the name
    assert not _letters_left(res.text, "Marjatta") and not _letters_left(res.text, "Koskisen")
    assert not _letters_left(res.text, "Marj") and res.text.endswith("ja sovimme jatkosta.")


def test_decomposed_letters_are_found_like_composed_ones() -> None:
    nfd = unicodedata.normalize("NFD", "Soitin Hannu Mäkelälle ja sitten Pirjo Hämäläiselle.")
    assert nfd != unicodedata.normalize("NFC", nfd)
    res = scrub(nfd, lang="fi")
    assert [f.replacement for f in res.findings] == ["[Henkilö A]:lle", "[Henkilö B]:lle"]
    assert res.text == "Soitin [Henkilö A]:lle ja sitten [Henkilö B]:lle."
    assert "\u0308" not in res.text  # no stray combining mark left behind


def test_fullwidth_letters_are_found_like_ascii_ones() -> None:
    text = "Asiakas ｐｕｈｕｉ Ｓａｍｕｌｉ Ｎｉｅｍｉｓｅｎ kanssa."
    res = scrub(text, lang="fi")
    assert res.text == "Asiakas ｐｕｈｕｉ [Henkilö A]:n kanssa."
    assert res.findings[0].text == "Ｓａｍｕｌｉ Ｎｉｅｍｉｓｅｎ"


def test_a_bidi_override_around_a_name_goes_with_it() -> None:
    text = "Kollegani \u202eSanna Lehtinen\u202c soitti."
    res = scrub(text, lang="fi")
    assert res.text == "Kollegani [Henkilö A] soitti."


def test_normalise_maps_every_character_back() -> None:
    text = "a\u00adb ｃ e\u0301 \u200bﬁ"
    norm = normalise(text)
    assert norm.text == "ab c é fi"
    for i, ch in enumerate(norm.text):
        s, e = norm.span(i, i + 1)
        assert unicodedata.normalize("NFKC", "".join(c for c in text[s:e] if c not in INVISIBLE)).find(ch) >= 0
    assert norm.span(0, 2) == (0, 3)  # "ab" covers the soft hyphen between them
    assert normalise("plain text, nothing to do").identity


def test_normalising_is_the_same_in_json_output(tmp_path) -> None:
    text = f"Tapasin {_plant('Leena', chr(0xAD))} Heikkisen."
    out = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--format", "json", "--lang", "fi"],
        input=text.encode(), capture_output=True, check=True,
    )
    data = json.loads(out.stdout)
    assert data["scrubbed"].strip() == "Tapasin [Henkilö A]:n."
    f = data["findings"][0]
    assert text[f["start"] : f["end"]] == f["text"]


# ----- 3. case terms are certain ----------------------------------------------------------------


def test_every_form_of_a_case_term_is_replaced_certain_and_never_asked() -> None:
    text = "Hope kertoi. Hopen kanssa puhuimme, ja Hopelle soitin. Sitten hope sanoi jotain."
    res = scrub(text, lang="fi", terms=[("Hope", "name")], keep=["Hope", "Hopen"], decided={"Hope": False})
    forms = [f.text for f in res.findings]
    assert forms == ["Hope", "Hopen", "Hopelle", "hope"], res.findings
    assert all(f.certain and f.source == "case_term" and not f.dismissible for f in res.findings)
    assert res.questions == ()
    assert len({f.replacement.split("]")[0] for f in res.findings}) == 1  # one person, one letter


def test_a_listed_employer_stays_an_employer_even_with_a_surname_inside() -> None:
    text = "Hän aloittaa Maalaamo Rantanen Oy:ssä. Maalaamo Rantasella on kiire. Savon Putki Oy:llä ei."
    res = scrub(text, lang="fi", terms=[("Maalaamo Rantanen", "employer")])
    orgs = [f for f in res.findings if "Maalaamo" in f.text]
    # a listed employer is the employer (one decision, issue 15): label EMPLOYER, "[työnantaja]"
    assert len(orgs) == 2 and all(f.label == "EMPLOYER" for f in orgs), res.findings
    assert all(f.replacement.startswith("[työnantaja]") for f in orgs)
    # an organisation the scrubber found on its own stays an organisation
    assert "Henkilö" not in res.text and res.text.endswith("[organisaatio]:llä ei.")


def test_a_listed_place_stays_a_place() -> None:
    res = scrub("Hän muutti Pälkäneelle ja viihtyy Pälkäneellä.", lang="fi", terms=[("Pälkäne", "place")])
    assert [f.label for f in res.findings] == ["LOCATION", "LOCATION"]
    assert "[paikkakunta]" in res.text


def test_the_never_scrub_list_cannot_release_a_case_term() -> None:
    res = scrub("Kela-asiat hoitaa Kela.", lang="fi", terms=[("Kela", "other")])
    assert res.text.count("Kela") == 0


# ----- 4. names whole ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a given name in no list before a found surname
        ("Asiakkaana oli tänään Zorbek Nieminen, joka haki työkokeilua.", "Zorbek Nieminen"),
        # initials before a surname, with dots or a hyphen
        ("Palaverissa olivat A-P Lahtinen ja työnantaja.", "A-P Lahtinen"),
        ("Lausunnon kirjoitti K.L. Saarinen viime viikolla.", "K.L. Saarinen"),
        # a nickname in quotes between the names
        ('Soitin Kalle "Kaltsu" Nurmelalle eilen.', 'Kalle "Kaltsu" Nurmelalle'),
        # a kept word that is also a given name (a religion, a course) before a found surname
        ("Läsnä: Islam Umarov (asiakas) ja työnantaja.", "Islam Umarov"),
        ("Tapaaminen eilen. Aslak Näkkäläjärvi (46) kertoi työkokeilusta.", "Aslak Näkkäläjärvi"),
    ],
)
def test_a_name_grows_over_the_name_like_words_next_to_it(text: str, span: str) -> None:
    res = scrub(text, lang="fi")
    persons = [f.text for f in res.findings if f.label == "PERSON"]
    assert span in persons, res.findings


def test_initials_with_a_case_ending_are_a_person() -> None:
    res = scrub("Kysyin asiaa M.K.:lta, ja hän lupasi selvittää.", lang="fi")
    assert res.text == "Kysyin asiaa [Henkilö A]:lta, ja hän lupasi selvittää."


def test_a_kept_word_alone_stays_before_a_surname() -> None:
    assert "Kela" in scrub("Kävin Kela Virtasen kanssa läpi asiat.", lang="fi").text  # Kela: a frequent kept word


def test_a_compound_word_before_a_surname_is_no_given_name() -> None:
    res = scrub("Ohjelmassa B-lausunto K. Salmiselta tuli ajallaan.", lang="fi")
    assert "B-lausunto" in res.text


def test_colleague_names_count_as_names_in_every_form() -> None:
    text = "Sade Ollikainen lupasi katsoa. Sadelle kiitos! Sade jatkuu huomenna."
    res = scrub(text, lang="fi", colleagues=["Sade Ollikainen"])
    found = [f.text for f in res.findings]
    assert "Sade Ollikainen" in found and "Sadelle" in found
    assert all(f.source == "colleague" for f in res.findings if f.text in ("Sade Ollikainen", "Sadelle"))


# ----- 5. professional vocabulary survives -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kerroin Perjantaipiirissä tilanteesta.",
        "Hänellä on todettu Aspergerin oireyhtymä, ja hän käy Kriminaalihuollon tukisäätiön ryhmässä.",
        "The Youth Guarantee helped him to a work trial.",
    ],
)
def test_shipped_professional_vocabulary_survives(text: str) -> None:
    assert scrub(text).findings == ()


def test_a_short_kept_word_keeps_no_longer_surname() -> None:
    res = scrub("Tapasin Mirja Hakkelan Kelan toimistolla.", lang="fi")
    assert "Hakkelan" not in res.text and "Kelan" in res.text


def test_the_coachs_own_vocabulary_survives_in_every_form() -> None:
    text = "Kävimme asian läpi Tiistaitiimissä, ja Tiistaitiimi päätti jatkaa."
    assert scrub(text, lang="fi").findings  # without the coach's list, the unknown word looks like a name
    assert scrub(text, lang="fi", keep_terms=["Tiistaitiimi"]).findings == ()


def test_keep_terms_never_release_identity_codes() -> None:
    res = scrub("Hetu 131052-308T kirjattiin.", lang="fi", keep_terms=["131052-308T"])
    assert "131052-308T" not in res.text


def test_cli_keep_terms_file(tmp_path) -> None:
    keep = tmp_path / "keep.txt"
    keep.write_text("# our team's words\nTiistaitiimi\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--lang", "fi", "--keep-terms", str(keep)],
        input="Tiistaitiimissä sovittiin, että Tiistaitiimi jatkaa.".encode(), capture_output=True, check=True,
    )
    assert proc.stdout.decode().strip() == "Tiistaitiimissä sovittiin, että Tiistaitiimi jatkaa."
    missing = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--keep-terms", str(tmp_path / "nope.txt")],
        input=b"x", capture_output=True,
    )
    assert missing.returncode != 0 and b"keep-terms" in missing.stderr


def test_cli_terms_file_keeps_the_category(tmp_path) -> None:
    terms = tmp_path / "terms.txt"
    terms.write_text("Maalaamo Rantanen\temployer\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--lang", "fi", "--terms", str(terms)],
        input="Hän on Maalaamo Rantasella töissä.".encode(), capture_output=True, check=True,
    )
    assert proc.stdout.decode().strip() == "Hän on [työnantaja]:lla töissä."


# ----- 6. questions ---------------------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["Palaa", "Soitin", "Kävimme", "Otan", "Mietin", "Haluan"])
def test_no_question_for_a_sentence_initial_finite_verb(verb: str) -> None:
    res = scrub(f"Tapaaminen meni hyvin. {verb} asiaan ensi viikolla.", lang="fi")
    assert not [q for q in res.questions if q.text == verb]
    assert verb in res.text


def test_an_inflected_well_attested_first_name_is_no_verb() -> None:
    from coachdesk.privacy.lexicon import get_lexicon
    from coachdesk.privacy.verbs import is_finite_verb

    lex = get_lexicon().for_language("fi")
    assert is_finite_verb("Palaa", lex) and is_finite_verb("Kävimme", lex)
    assert not is_finite_verb("Annan", lex)  # I give / Anna's
    assert not is_finite_verb("Liisaa", lex) and not is_finite_verb("Kalaa", lex)


def test_questions_in_the_json_output_and_answers_remembered() -> None:
    text = "We discussed the Zorbex plan at length."
    first = json.loads(_cli_jsonl({"id": "a", "lang": "en", "text": text}))
    assert first["questions"] and set(first["questions"][0]) >= {"start", "end", "text", "question"}
    q = first["questions"][0]
    assert text[q["start"] : q["end"]] == q["text"] == "Zorbex"
    harmless = json.loads(_cli_jsonl({"id": "a", "lang": "en", "text": text, "decided": {"Zorbex": False}}))
    assert harmless["questions"] == [] and harmless["scrubbed"] == text
    hide = json.loads(_cli_jsonl({"id": "a", "lang": "en", "text": text, "decided": {"zorbex": True}}))
    assert hide["questions"] == [] and "Zorbex" not in hide["scrubbed"]
    assert hide["findings"][0]["source"] == "answer" and hide["findings"][0]["certain"] is True


def _cli_jsonl(record: dict) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", "--format", "jsonl"],
        input=(json.dumps(record) + "\n").encode(), capture_output=True, check=True,
    )
    return proc.stdout.decode().splitlines()[0]


def test_an_uncertain_finding_is_flagged_and_asked() -> None:
    res = scrub("Met the client near Grisby yesterday.", lang="en")
    for f in res.findings:
        if not f.certain:
            assert any(q.start == f.start and q.end == f.end for q in res.questions)


def test_a_hyphenated_kept_phrase_survives_inflected() -> None:
    text = "Ohjasin hänet TE-palveluihin ja Työllisyyspalveluihin, ja Perjantaipiiri jatkaa."
    assert scrub(text, lang="fi").text == text


def test_a_persons_name_in_the_keep_list_by_mistake_is_still_replaced() -> None:
    res = scrub("Tapasin Liisa Virtasen ja kävimme Tiistaitiimissä.", lang="fi",
                keep_terms=["Liisa Virtanen", "Virtanen", "Tiistaitiimi"])
    assert "Virtasen" not in res.text and "Tiistaitiimissä" in res.text


def test_every_part_and_irregular_form_of_a_listed_detail_is_a_case_term() -> None:
    terms = [("Ngozi Okafor", "name"), ("Kangasala", "place"), ("Pirkan Puutarha Oy", "employer")]
    text = ("Ngozin kanssa puhuimme, Okaforille kerroin. Hän asuu Kangasalla ja työskentelee "
            "Pirkan Puutarhalla.")
    res = scrub(text, lang="fi", terms=terms)
    assert [f.source for f in res.findings] == ["case_term"] * 4, res.findings
    assert all(not f.dismissible and f.certain for f in res.findings)
    assert res.text == ("[Henkilö A]:n kanssa puhuimme, [Henkilö A]:lle kerroin. Hän asuu [paikkakunta] ja "
                        "työskentelee [työnantaja]:lla.")


@pytest.mark.parametrize(
    ("lang", "text", "employer", "placeholder"),
    [
        ("fi", "Hän on töissä Pirkan Puutarha Oy:ssä.", "Pirkan Puutarha Oy", "[työnantaja]"),
        ("sv", "Hon arbetar på Kustens Bageri i stan.", "Kustens Bageri", "[arbetsgivare]"),
        ("en", "She works at Northern Timber Services in town.", "Northern Timber Services", "[employer]"),
    ],
)
def test_a_listed_employer_reads_employer_in_every_language(lang: str, text: str, employer: str,
                                                             placeholder: str) -> None:
    listed = scrub(text, lang=lang, terms=[(employer, "employer")])
    assert placeholder in listed.text and employer not in listed.text
    assert [f.label for f in listed.findings if f.source == "case_term"] == ["EMPLOYER"]
    found = scrub(text, lang=lang)  # not listed: whatever the scrubber finds is no employer
    assert placeholder not in found.text and all(f.label != "EMPLOYER" for f in found.findings)


def test_a_region_inside_an_english_organisation_name() -> None:
    res = scrub("She studies social work at the University of Eastern Finland in the autumn.", lang="en")
    assert any(f.label == "ORG" and f.text == "University of Eastern Finland" for f in res.findings), res.findings
    assert "Finland" in scrub("He moved to Finland in 2019 and works in Eastern Finland now.", lang="en").text
