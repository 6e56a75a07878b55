"""Professional vocabulary that survives (never_scrub.txt, vocabulary.py): eponymous diagnoses and
methods, and names that are words in their idioms (exact `=` phrases). Every sentence here is our own."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub


def kept(res, original: str, surface: str) -> bool:
    start = original.index(surface)
    end = start + len(surface)
    return not any(f.start < end and start < f.end for f in res.findings)


def _touched(text: str, lang: str, span: str) -> bool:
    res = scrub(text, lang=lang)
    s = text.index(span)
    return any(f.start < s + len(span) and s < f.end for f in res.findings)


# ----- eponymous diagnoses and methods survive (never_scrub.txt) ----------------------------------

@pytest.mark.parametrize(
    ("lang", "text", "term"),
    [
        ("fi", "Hänellä on todettu Aspergerin oireyhtymä viime vuonna.", "Aspergerin oireyhtymä"),
        ("fi", "Aspergerin oireyhtymän vuoksi hän tarvitsee rauhallisen tilan.", "Aspergerin oireyhtymän"),
        ("fi", "Isällä on Parkinsonin tauti, ja hän hoitaa häntä.", "Parkinsonin tauti"),
        ("fi", "Veljellä on Downin oireyhtymä.", "Downin oireyhtymä"),
        ("fi", "Touretten oireyhtymä vaikeuttaa asiakaspalvelua.", "Touretten oireyhtymä"),
        ("sv", "Han har Aspergers syndrom och behöver lugn.", "Aspergers syndrom"),
        ("sv", "Hans mor har Parkinsons sjukdom.", "Parkinsons sjukdom"),
        ("sv", "Hon har Downs syndrom.", "Downs syndrom"),
        ("en", "She has Asperger's syndrome and works best alone.", "Asperger's syndrome"),
        ("en", "Her father has Parkinson's disease.", "Parkinson's disease"),
        ("en", "Diagnosed with Tourette syndrome in his teens.", "Tourette syndrome"),
    ],
)
def test_eponymous_diagnoses_survive(lang: str, text: str, term: str) -> None:
    assert kept(scrub(text, lang=lang), text, term)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("fi", "Tapasin Tuomas Parkinsonin eilen kahvilassa.", "Tuomas Parkinsonin"),
        ("en", "Diagnosed with Down syndrome; I met Mr Down at the office.", "Mr Down"[3:]),
    ],
)
def test_a_person_with_a_diagnosis_surname_is_still_a_person(lang: str, text: str, name: str) -> None:
    res = scrub(text, lang=lang)
    idx = text.rindex(name)
    assert any(f.start <= idx and idx + len(name) <= f.end for f in res.findings)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Han har diagnosen Aspergers syndrom sedan barndomen.", "sv", "Aspergers syndrom"),
        ("Hon har Aspergers.", "sv", "Aspergers"),
        ("He has Asperger's syndrome.", "en", "Asperger's syndrome"),
        ("Epäily Aspergerista ja Touretten oireyhtymästä.", "fi", "Aspergerista"),
        ("Hans pappa har Parkinsons sjukdom.", "sv", "Parkinsons sjukdom"),
    ],
)
def test_eponymous_diagnoses_in_their_forms_survive(text: str, lang: str, kept: str) -> None:
    assert not _touched(text, lang, kept), scrub(text, lang=lang).text


# ----- names that are words, in their idioms (never_scrub.txt) --------------------------------------

@pytest.mark.parametrize(
    ("text", "idiom"),
    [
        ("Tapasin Toivo Mäkisen. Toivoa on vielä, sanoi hän.", "Toivoa on"),
        ("Tapaamisessa mukana Lumi ja äiti. Lumi satoi koko päivän.", "Lumi satoi"),
        ("Hänellä on Onni matkassa, työpaikka löytyi.", "Onni matkassa"),
    ],
)
def test_word_names_in_their_idioms_stay(text: str, idiom: str) -> None:
    res = scrub(text, lang="fi")
    start = text.rindex(idiom)
    assert not any(f.start < start + len(idiom) and start < f.end for f in res.findings)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Toivoa ei tavoitettu eilen. Toivo Mäkinen soitti.", "Toivoa"),
        ("Tapaamisessa mukana Lumi ja äiti. Lumi kertoi koulusta.", "Lumi kertoi"[:4]),
    ],
)
def test_word_names_outside_their_idioms_stay_names(text: str, name: str) -> None:
    res = scrub(text, lang="fi")
    start = text.index(name)
    assert any(f.start <= start and start + len(name) <= f.end for f in res.findings)


def test_an_exact_idiom_never_keeps_the_names_other_forms() -> None:
    text = "Mies toivo on työtön. Toivo on väsynyt."
    res = scrub(text, lang="fi")
    assert any(f.label == "PERSON" and f.text.lower() == "toivo" for f in res.findings)


# ----- a kept phrase and a word beside it is no finding (vocabulary.drop_kept_and_word) ---------------------------------

@pytest.mark.parametrize(
    ("lang", "text", "kept", "rest"),
    [
        ("en", "We will apply for palkkatuki if they agree.", "palkkatuki", ""),
        ("fi", "Asiakas Kirsi Kela soitti eilen.", "", "Kirsi Kela"),
        ("fi", "Asiat: 1) Työkykyneuvottelu: Jerzy palaa kuorimolinjalle. 2) Osasairauspäiväraha haetaan.",
         "Osasairauspäiväraha", ""),
        ("sv", "ryggen värre, kan int lyfta på lagret. ischias säger doktorn.", "ischias", ""),
        ("fi", "raskausviikko kaksikymmentäneljä käy neuvolassa lehtikankaalla pilkku mies", "neuvolassa", ""),
    ],
)
def test_a_kept_phrase_at_a_findings_edge_survives(lang: str, text: str, kept: str, rest: str) -> None:
    res = scrub(text, lang=lang)
    assert kept in res.text, res.text
    if rest:  # a name with a kept word in it (Kela) is still hidden whole
        assert rest not in res.text, res.text


def test_trimming_keeps_what_is_not_kept() -> None:
    from coachdesk.privacy.lexicon import get_lexicon
    from coachdesk.privacy.spans import PRIO_ORG, Cand
    from coachdesk.privacy.vocabulary import drop_kept_and_word

    text = "masennus lumi ja Kela Xyrkkö Oy sekä Kela (ZW) ok"
    lex = get_lexicon().for_language("fi")
    kept = [(0, 8), (17, 21), (37, 41)]
    cands = [Cand(0, 13, "ORG", "org", "t", PRIO_ORG), Cand(17, 31, "ORG", "org", "t", PRIO_ORG),
             Cand(17, 21, "ID", "case", "t", 84), Cand(32, 41, "ORG", "org", "t", PRIO_ORG),
             Cand(43, 45, "PERSON", "person", "t", PRIO_ORG)]
    out = drop_kept_and_word(text, cands, kept, lex, "over_kept")
    # masennus lumi, sekä Kela: a kept word and a word, dropped; Kela Xyrkkö Oy: a firm's own words, whole; ZW stands
    assert [(text[c.start : c.end], c.label) for c in out] == [("Kela Xyrkkö Oy", "ORG"), ("Kela", "ID"), ("ZW", "PERSON")]


@pytest.mark.parametrize(
    ("lang", "text", "term"),
    [
        ("sv", "chefen vill ha honom tillbaka på partiell sjukdagpenning. frun ringer om han inte svarar.",
         "partiell sjukdagpenning"),
        ("sv", "Hon fick rehabiliteringspenning under läroavtal i våras.", "rehabiliteringspenning"),
        ("en", "She is on partial sickness allowance until the work trial starts.", "partial sickness allowance"),
        ("fi", "hakee osatyökyvyttömyyseläkettä ja peruspäivärahaa syksyllä", "osatyökyvyttömyyseläkettä"),
    ],
)
def test_benefits_in_swedish_and_english_survive(lang: str, text: str, term: str) -> None:
    """The social-security and employment terms of every language the scrubber reads, in their forms."""
    assert not _touched(text, lang, term), scrub(text, lang=lang).findings
