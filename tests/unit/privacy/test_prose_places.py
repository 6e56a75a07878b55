"""Places known to the lexicon only in their base form (prose_places.py): every rule of RULES has a sentence
where it fires and a trap where an ordinary word in the same position survives."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.lexicon import get_lexicon
from coachdesk.privacy.prose_places import RULES, find
from coachdesk.privacy.tokens import is_chat_style, tokenize
from tests.support.rule_cases import assert_every_rule_has_cases

# (rule, lang, text, the word the rule finds as a place)
POSITIVES = [
    ("haplology_place", "fi", "Asiakas kävi eilen Janakkalla työhaastattelussa.", "Janakkalla"),
    ("haplology_place", "fi", "Kangasalta hän muutti viime vuonna Tampereelle.", "Kangasalta"),
    ("haplology_place", "fi", "mari: olin eilen asikkalla ja huomenna mäntsälle", "mäntsälle"),
    ("haplology_place", "fi", "Sastamalle ei kulje bussia iltaisin.", "Sastamalle"),
    ("haplology_place", "fi", "Hän muutti viime vuonna Tammelta Ouluun.", "Tammelta"),
    ("origin_before_age", "fi", "Asiakkaat:\n- Vääksystä, 48 v, työuupumus\n- Ähtäristä, 52 v, selkä", "Vääksystä"),
    ("origin_before_age", "fi", "Uudet asiakkaat: Pöytyältä, 39-vuotias, masennus.", "Pöytyältä"),
    ("origin_before_age", "fi", "Mies, Ähtäristä (52 v), selkävaiva.", "Ähtäristä"),
]

# (rule, lang, text, a word no finding may touch)
TRAPS = [
    ("haplology_place", "fi", "Hän istui pakilla ja piirsi tammella kasvavan puun.", "tammella"),
    ("haplology_place", "fi", "Hän istui pakilla ja piirsi tammella kasvavan puun.", "pakilla"),
    ("haplology_place", "fi", "Karhulla on talviuni, luki kirjassa.", "Karhulla"),
    ("haplology_place", "fi", "Kuva tammella istuvasta linnusta.", "tammella"),
    ("origin_before_age", "fi", "Asiakkaat:\n- Alusta, 48 v, masennus\n- Töistä, 30 v, uupumus", "Töistä"),
    ("origin_before_age", "fi", "Lopulta, 48 v, hän sai paikan.", "Lopulta"),
    ("origin_before_age", "fi", "Kesältä, 30 v kokemus puuttuu.", "Kesältä"),
]


def _rule_finds(text: str) -> list[tuple[str, str]]:
    toks = tokenize(text)
    return [(c.reason.rsplit("(", 1)[1].rstrip(")"), text[c.start : c.end])
            for c in find(text, toks, get_lexicon(), is_chat_style(text, toks))]


@pytest.mark.parametrize(("rule", "lang", "text", "word"), POSITIVES)
def test_rule_fires_and_place_is_hidden(rule: str, lang: str, text: str, word: str) -> None:
    assert (rule, word) in _rule_finds(text)
    s = text.index(word)
    found = [(f.start, f.end) for f in scrub(text, lang=lang).findings]
    assert any(a <= s and s + len(word) <= b for a, b in found), found


@pytest.mark.parametrize(("rule", "lang", "text", "word"), TRAPS)
def test_trap_word_is_not_taken(rule: str, lang: str, text: str, word: str) -> None:
    assert all(w != word for _, w in _rule_finds(text))


def test_haplology_forms_come_from_the_lexicon() -> None:
    from coachdesk.privacy.prose_places import _haplology_forms

    forms = _haplology_forms(get_lexicon())
    assert forms["kangasalle"] == ("kangasala", False) and forms["urjalta"] == ("urjala", False)
    assert forms["tammella"] == ("tammela", True) and "grankullla" not in forms  # a word's case form; no such shape


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert_every_rule_has_cases(RULES, POSITIVES, TRAPS)
