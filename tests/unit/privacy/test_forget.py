"""The scrubber's word caches can be emptied: after forget_words() no word of an earlier note is held."""

from __future__ import annotations

from coachdesk.privacy import inflection, lexicon, ner_model, orgs, scrub
from coachdesk.privacy.forget import forget_words

NOTE = "Asiakas Zyrkkeli Vömpänen kertoi, että työkokeilu Vömpäsen Kuljetus Oy:llä jatkuu. Soitan Zyrkkelille."


def _held(word: str) -> list[str]:
    """Which caches still hold a form of ``word`` (lexicon memos, the model's features) or anything at all
    (the lru caches, whose keys functools does not expose)."""
    low = word.lower()
    where = []
    if inflection.analyses.cache_info().currsize:
        where.append("inflection")
    if orgs._head_cap_at.cache_info().currsize or orgs._head_low.cache_info().currsize:
        where.append("orgs")
    lex = lexicon._LEXICON
    views = [lex, *lex._views.values()] if lex is not None else []
    if any(low in k for v in views for k in v._memo):
        where.append("lexicon")
    model = ner_model._STATE.get("model")
    if model is not None and (any(low in k for k in model.cache) or any(low in str(k) for k in model.vectors)):
        where.append("model")
    return where


def test_a_scrub_leaves_words_in_the_caches_and_forget_words_empties_them():
    result = scrub(NOTE, lang="fi")
    assert "Zyrkkeli" not in result.text
    assert {"inflection", "lexicon"} <= set(_held("zyrkkeli")), "the caches did not remember the note's words: this test would prove nothing"
    dropped = forget_words()
    assert dropped > 0
    assert _held("zyrkkeli") == [] and _held("vömpänen") == []


def test_after_forgetting_the_scrubber_gives_the_same_result():
    first = scrub(NOTE, lang="fi")
    forget_words()
    again = scrub(NOTE, lang="fi")
    assert again.text == first.text and again.findings == first.findings


def test_forget_words_before_any_scrub_is_harmless():
    forget_words()
    assert forget_words() >= 0
