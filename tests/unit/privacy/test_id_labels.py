"""Identifiers after a label word (id_labels.py): the finding is the identifier alone, never its label or the
next word. Each rule of RULES with sentences where it fires and traps where it must not (invented examples)."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.id_labels import RULES

# (rule, lang, text, the identifier, words that must stay as written)
FIRES = [
    ("label_prefix_id", "fi", "Asiakasnumero AS 12345 on vanhentunut.", "AS 12345", ["Asiakasnumero"]),
    ("label_prefix_id", "fi", "Päätöksen numero TE 2024-123 tuli eilen.", "TE 2024-123", ["Päätöksen numero"]),
    ("label_prefix_id", "fi", "Diaarinumero KELA 1234/2024 on käsittelyssä.", "KELA 1234/2024", ["Diaarinumero"]),
    ("label_prefix_id", "sv", "Ärendenummer FPA 4455 gäller stödet.", "FPA 4455", ["Ärendenummer"]),
    ("label_prefix_id", "sv", "Kundnummer: AB 998877 enligt brevet.", "AB 998877", ["Kundnummer"]),
    ("label_prefix_id", "en", "Customer number CN 12345 was on the letter.", "CN 12345", ["Customer number"]),
    ("label_prefix_id", "en", "Case number AB 12345 was closed.", "AB 12345", ["Case number"]),
    ("label_id_confined", "fi", "Asiakasnumero: AS 12345 Kela maksaa tuen.", "AS 12345", ["Asiakasnumero", "Kela maksaa"]),
    ("label_id_confined", "fi", "Asiakasnumero 12345 Kela hoitaa asian.", "12345", ["Asiakasnumero", "Kela hoitaa"]),
    ("label_id_confined", "sv", "Kundnummer KN 12345 Hon ringde i går.", "KN 12345", ["Kundnummer", "Hon ringde"]),
    ("label_id_confined", "en", "Customer no. AS 12345 Called yesterday about it.", "AS 12345", ["Customer no.", "Called yesterday"]),
    ("label_id_confined", "fi", "Asiakasnro AS 12345 Tampereella.", "AS 12345", ["Asiakasnro"]),
    ("label_not_firm", "fi", "Asiakasnumero AS 12345 on vanhentunut.", "AS 12345", ["Asiakasnumero"]),
]

# traps: a label word without an identifier, capitals that are a firm or a body, a postal code with no label
TRAPS = [
    ("label_prefix_id", "fi", "Asiakasnumero AS on vielä tulossa.", ["Asiakasnumero AS"]),
    ("label_not_firm", "fi", "Työpaikka on Rakennus Virtanen AS Oslossa.", []),
    ("label_prefix_id", "fi", "Kysyin asiakasnumeroa TE-toimistosta.", ["asiakasnumeroa", "TE-toimistosta"]),
    ("label_prefix_id", "sv", "Kundnumret kommer med posten från FPA.", ["Kundnumret", "FPA"]),
    ("label_id_confined", "fi", "Osoite on Koivukuja 4, 33100 Tampere.", []),
    ("label_id_confined", "en", "Case number to follow; Acme Oy will send it.", ["Case number"]),
]


@pytest.mark.parametrize(("rule", "lang", "text", "ident", "stay"), FIRES)
def test_the_identifier_alone_is_replaced(rule: str, lang: str, text: str, ident: str, stay: list[str]) -> None:
    assert rule in RULES
    res = scrub(text, lang=lang)
    ids = [f for f in res.findings if f.label == "ID"]
    assert [f.text for f in ids] == [ident], res.findings
    for word in stay:
        assert word in res.text, (word, res.text)
    assert scrub(res.text, lang=lang).findings == ()  # and a second scrub finds nothing more


def test_the_rule_is_named_in_the_finding() -> None:
    """`coachdesk scrub --explain` prints a finding's reason: the rule id is in it."""
    res = scrub("Asiakasnumero AS 12345 on vanhentunut.", lang="fi")
    assert [f.reason for f in res.findings] == ["identifier after a label (label_prefix_id)"]


@pytest.mark.parametrize(("rule", "lang", "text", "stay"), TRAPS)
def test_traps(rule: str, lang: str, text: str, stay: list[str]) -> None:
    assert rule in RULES
    res = scrub(text, lang=lang)
    assert not any("label_prefix_id" in f.reason for f in res.findings), res.findings
    for word in stay:
        assert word in res.text, (word, res.text)


def test_a_firm_with_a_legal_form_is_still_a_firm() -> None:
    res = scrub("Työpaikka on Rakennus Virtanen AS Oslossa.", lang="fi")
    assert any(f.label == "ORG" and "AS" in f.text for f in res.findings), res.findings
    assert [f.text for f in scrub("Asiakasnumero AS on vielä tulossa.", lang="fi").findings] == []


def test_a_postal_code_without_a_label_keeps_its_town() -> None:
    res = scrub("Osoite on Koivukuja 4, 33100 Tampere.", lang="fi")
    assert any(f.text.endswith("33100 Tampere") for f in res.findings), res.findings


def test_a_name_after_a_labelled_identifier_is_still_a_name() -> None:
    res = scrub("Asiakasnumero AS 12345 Matti Virtanen soitti.", lang="fi")
    assert [(f.label, f.text) for f in res.findings] == [("ID", "AS 12345"), ("PERSON", "Matti Virtanen")]


def test_a_longer_identifier_is_not_cut() -> None:
    """A spoken identity code or a case number with letters after the label widens the identifier as before."""
    res = scrub("Päätös (asianumero 2025/40718/KU) tuli helmikuussa.", lang="fi")
    assert [f.text for f in res.findings] == ["2025/40718/KU"]


def test_a_keyword_value_starting_with_a_word_leaves_the_word() -> None:
    """`asiakasnumero soitti 4567 4567`: the word after the label is no prefix of the code (AS, KELA are)."""
    res = scrub("Asiakasnumero soitti 4567 4567 eilen.", lang="fi")
    assert [f.text for f in res.findings] == ["4567 4567"]
    res = scrub("Asiakasnumero KELA 1234 5678 on oikea.", lang="fi")
    assert [f.text for f in res.findings] == ["KELA 1234 5678"]


def test_every_rule_has_a_sentence_and_a_trap() -> None:
    assert {r for r, *_ in FIRES} == set(RULES) == {r for r, *_ in TRAPS}
    assert all(r.doc for r in RULES.values())
