"""The given name of a found full name carried to its bare copies (``name_carry.given_copies``,
rule ``carry.given_copy``): invented notes, the person slots at a sentence start, and the traps (the
lower-case word, a word opening an ordinary sentence, a firm, a helping verb before a pronoun)."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.name_trace import collecting


def carried(text: str, lang: str) -> list[str]:
    """The words ``carry.given_copy`` named in ``text``."""
    with collecting() as trace:
        scrub(text, lang=lang)
    return [word for _, word, rid in trace.fired if rid == "carry.given_copy"]


def persons(text: str, lang: str) -> list[str]:
    return [f.text for f in scrub(text, lang=lang).findings if f.label == "PERSON"]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "The line manager Faith Odunsi met us. Faith will adjust the shift list.", "Faith"),
        ("en", "Peer worker Joy Abernethy joined. Next steps. Responsible: Joy.", "Joy"),
        ("en", "Met with Will Tarrant today.\nWill: calls the client on Monday.", "Will"),
        ("en", "Met with Will Tarrant today. Will - to check the contract.", "Will"),
        ("fi", "Tukihenkilö Lumi Hakalahti kävi. Vastuu: Lumi.", "Lumi"),
        ("fi", "Tukihenkilö Lumi Hakalahti kävi.\nLumi: soittaa maanantaina.", "Lumi"),
    ],
)
def test_a_given_name_of_a_found_full_name_is_carried(lang: str, text: str, word: str) -> None:
    assert word in carried(text, lang)
    assert persons(text, lang).count(word) >= 1


@pytest.mark.parametrize(
    "text", ["Handledare Stig Grönqvist var med. Ansvar: Stig.", "Handledare Stig Grönqvist var med. Stig ska ringa."]
)
def test_swedish_copies_stay_hidden(text: str) -> None:
    assert persons(text, "sv").count("Stig") == 1


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "Her mentor Grace Lindqvist phoned. There is a grace period.", "grace"),
        ("en", "Her mentor Grace Lindqvist phoned. Grace period ends on Friday.", "Grace"),
        ("en", "Support worker Hope Ndlovu called. We hope to see progress.", "hope"),
        ("en", "Our peer Sunny Koskela called. Invoice to Sunny Day Oy.", "Sunny"),
        ("en", "Met with Will Tarrant today. Will he come back?", "Will"),
        ("fi", "Toivo Karhumaa aloitti. Toivon mukaan työ jatkuu.", "Toivon"),
        ("fi", "Tukihenkilö Lumi Hakalahti kävi. Lumi satoi eilen.", "Lumi"),
        ("fi", "Asiakas Lumi kävi. Vastuu: Lumi.", "Lumi"),  # no full name found: nothing to carry
    ],
)
def test_no_carry_on_a_word_a_firm_or_without_a_full_name(lang: str, text: str, word: str) -> None:
    assert word not in carried(text, lang)


def test_the_sentence_start_word_stays_a_word() -> None:
    assert "Lumi" not in persons("Tukihenkilö Lumi Hakalahti kävi. Lumi satoi eilen.", "fi")[1:]
    assert "Grace" not in persons("Her mentor Grace Lindqvist phoned. Grace period ends on Friday.", "en")[1:]


@pytest.mark.parametrize(
    "text",
    [
        "Sunny, her peer supporter, will join the meeting on Monday.",
        "Hope, the one who moved from the coast, called again.",
        "His wife hope works at the same place.",
        "Her husband sunny moved here last year.",
    ],
)
def test_a_word_name_in_apposition_or_after_a_kin_word_is_hidden(text: str) -> None:
    assert persons(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Hope, the main thing, is progress.",
        "His wife also works there. Her son really said so.",
        "Grace, the period ends on Friday.",
    ],
)
def test_no_apposition_name_on_an_ordinary_sentence(text: str) -> None:
    assert not persons(text, "en")


@pytest.mark.parametrize(("text", "word"), [("met w/ ella re cv. ping lucia tmrw.", "lucia"), ("cb tobias after 3.", "tobias")])
def test_hurried_call_cues_mark_a_lower_case_name(text: str, word: str) -> None:
    assert word in persons(text, "en")


def test_a_possessive_name_keeps_its_key_and_the_word_it_owns() -> None:
    res = scrub("call w/ marco (marco rossi) from the depot. marco's visa expires soon.", lang="en")
    people = [f for f in res.findings if f.label == "PERSON"]
    assert [f.text for f in people] == ["marco", "marco rossi", "marco's"]
    assert len({f.replacement.split("]")[0] for f in people}) == 1
    assert not res.questions
