"""English organisation names with a Finnish ending (org_heads.py): the rule of RULES with sentences it
must label as an organisation and words it must leave alone."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.org_heads import RULES
from tests.support.rule_cases import assert_every_rule_has_cases, assert_left


def _org(text: str, span: str) -> bool:
    res = scrub(text, lang="fi")
    s = text.index(span)
    return any(f.label == "ORG" and f.start == s and f.end == s + len(span) for f in res.findings)


POSITIVES = [
    ("inflected_head", "Hän aloitti Pho Hanoi Kitchenissä viime viikolla.", "Pho Hanoi Kitchenissä"),
    ("inflected_head", "Työkokeilu Pho Hanoi Kitchenissä jatkuu.", "Pho Hanoi Kitchenissä"),
    ("inflected_head", "Hän meni Salo Care Servicesiin töihin.", "Salo Care Servicesiin"),
]

TRAPS = [
    ("inflected_head", "Työkokeilu Pho Hanoi Kitchenissä jatkuu.", "Työkokeilu"),
    ("inflected_head", "Kela Servicesiin ei soitettu.", "Kela"),
]


@pytest.mark.parametrize(("rule", "text", "span"), POSITIVES)
def test_organisation_is_labelled(rule: str, text: str, span: str) -> None:
    assert rule in RULES
    assert _org(text, span), (rule, text)


@pytest.mark.parametrize(("rule", "text", "word"), TRAPS)
def test_word_stays(rule: str, text: str, word: str) -> None:
    assert rule in RULES
    assert_left(text, "fi", word, why=rule)


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert_every_rule_has_cases(RULES, POSITIVES, TRAPS)


def test_swedish_and_english_texts_are_left_to_orgs() -> None:
    from coachdesk.privacy.lexicon import get_lexicon
    from coachdesk.privacy.org_heads import find

    lex = get_lexicon().for_language("sv")
    assert list(find("Hon jobbar på Pho Hanoi Kitchenissä.", lex, "sv")) == []
    assert len(list(find("Hän on Pho Hanoi Kitchenissä.", get_lexicon().for_language("fi"), "fi"))) == 1
