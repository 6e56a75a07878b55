"""The cue word files (resources/data/privacy/cues/<lang>.txt): known sections only, each language file
with the sections it should have, no word twice in a section of one file, lower case where the lists are."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.privacy import cue_words, cues
from coachdesk.privacy.cue_words import CASED, LANGS, SECTIONS, load, parse

FILES = load()


@pytest.mark.parametrize("lang", LANGS)
def test_a_language_file_has_only_known_sections(lang: str) -> None:
    assert set(FILES[lang]) - set(SECTIONS) == set()


@pytest.mark.parametrize("lang", LANGS)
def test_a_language_file_has_the_sections_of_its_language(lang: str) -> None:
    wanted = {s for s, langs in SECTIONS.items() if lang in langs}
    assert wanted - set(FILES[lang]) == set()
    assert all(FILES[lang][s] for s in wanted), "an empty section"


@pytest.mark.parametrize("lang", LANGS)
def test_no_word_twice_in_a_section_of_one_file(lang: str) -> None:
    twice = {s: sorted({w for w in ws if ws.count(w) > 1}) for s, ws in FILES[lang].items()}
    assert {s: ws for s, ws in twice.items() if ws} == {}


@pytest.mark.parametrize("lang", LANGS)
def test_words_are_lower_case_except_in_cased_sections(lang: str) -> None:
    upper = {s: [w for w in ws if w != w.lower()] for s, ws in FILES[lang].items() if s not in CASED}
    assert {s: ws for s, ws in upper.items() if ws} == {}


def test_every_section_is_used_and_cased_sections_are_known() -> None:
    assert set(SECTIONS) >= CASED
    for section, langs in SECTIONS.items():
        assert langs and set(langs) <= set(LANGS), section
        assert cue_words.words(section), section


@pytest.mark.parametrize("lang", LANGS)
def test_every_file_says_how_to_add_a_cue(lang: str) -> None:
    head = (cue_words.cues_dir() / f"{lang}.txt").read_text(encoding="utf-8")[:1200]
    assert "To add a cue: add the word to the right section of the language file, add a test sentence" in head


def test_the_exported_lists_are_the_union_of_the_language_files() -> None:
    for section in ("PERSON_CTX", "SIGNOFFS", "LIST_JOIN"):
        union = frozenset(w for lists in FILES.values() for w in lists.get(section, ()))
        assert getattr(cues, section) == union
    assert "kertoi" in cues.FI_PERSON_VERBS and "berättade" in cues.EN_PERSON_VERBS and "&" in cues.LIST_JOIN
    assert cues.PRONOUNS["sv"] >= {"hon", "han"} and "hon" not in cues.PRONOUNS["fi"]
    assert "äidille" in cues.ROLE_NOUNS  # the stems of ROLE_NOUN_STEMS with their endings


def test_the_format_comments_blank_lines_and_several_words_a_line(tmp_path: Path) -> None:
    text = "# heading\n\n[PERSON_CTX]  # roles\nasiakas  vaimo\n# a comment line\nmies # and a comment\n[YOU]\nsinä\n"
    assert parse(text) == {"PERSON_CTX": ["asiakas", "vaimo", "mies"], "YOU": ["sinä"]}
    with pytest.raises(ValueError, match="line 1"):
        parse("asiakas\n[PERSON_CTX]\n")
    for lang in LANGS:
        (tmp_path / f"{lang}.txt").write_text("[PERSON_CTX]\nuusisana\n" if lang == "fi" else "", encoding="utf-8")
    assert load(tmp_path)["fi"] == {"PERSON_CTX": ["uusisana"]}


def test_an_editors_habits_are_forgiven() -> None:
    """Notepad's byte-order mark, Windows line ends, tabs, a Mac's decomposed letters."""
    text = "\ufeff# Finnish\r\n[PERSON_CTX]\r\nasiakas\ta\u0308iti\r\n"
    assert parse(text) == {"PERSON_CTX": ["asiakas", "äiti"]}


def test_an_unknown_section_name_is_refused() -> None:
    with pytest.raises(KeyError):
        cue_words.words("PERSON_CTXX")
