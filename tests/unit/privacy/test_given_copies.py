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
