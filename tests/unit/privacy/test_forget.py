"""The scrubber's word caches can be emptied: after forget_words() no word of an earlier note is held.

The caches are not named here: ``tests/support/word_caches.py`` searches everything the privacy modules
keep (every lru_cache, every dict/set/list reachable from their globals) for the note's invented words,
so a new cache that is not registered with ``coachdesk.privacy.forget`` fails these tests."""

from __future__ import annotations

import ast
from pathlib import Path

from coachdesk.privacy import forget, scrub
from coachdesk.privacy.forget import forget_words, register, registered
from tests.support.word_caches import holding, import_all, lru_functions

NOTE = "Asiakas Zyrkkeli Vömpänen kertoi, että työkokeilu Vömpäsen Kuljetus Oy:llä jatkuu. Soitan Zyrkkelille."
NOTES = {"fi": NOTE + " Tapasin eilen Zyrkkelin kanssa ja puhuimme työkokeilusta.", "sv": "Klienten Zyrkkeli Vömpänen ringde från Vömpänens Åkeri AB i går.",
         "en": "Client Zyrkkeli Vömpänen called from Vömpänen Haulage Ltd yesterday."}
PRIVACY = Path(forget.__file__).parent


def test_a_scrub_leaves_words_in_the_caches_and_forget_words_empties_them():
    import_all()
    forget_words()
    result = scrub(NOTE, lang="fi")
    assert "Zyrkkeli" not in result.text
    held = holding("zyrkkel")
    assert any("inflection" in h for h in held) and any("_memo" in h for h in held), \
        f"the caches did not remember the note's words: this test would prove nothing ({held})"
    dropped = forget_words()
    assert dropped > 0
    assert holding("zyrkkel") == [] and holding("vömpä") == []


def test_every_cache_that_holds_word_forms_is_registered():
    from coachdesk.privacy import warm_up

    warm_up()  # the name model is loaded (a test run alone would otherwise not read it)
    """Scrub notes in every language, then look everywhere the privacy package keeps data: whatever still
    holds a word of the notes after forget_words() is a cache nobody registered."""
    import_all()
    for lang, note in NOTES.items():
        scrub(note, lang=lang)
    from coachdesk.privacy import ner_model

    for lang in ("fi", "sv"):  # the models read only the words the rules leave open: make sure they read one
        model = ner_model.get_model(lang)
        assert model is not None
        ner_model.person_probabilities(model, NOTES[lang])
    held = holding("zyrkkel")
    for family in ("inflection", "_memo", "orgs", "ner_model"):
        assert any(family in h for h in held), f"{family} remembered nothing: this test would prove nothing ({held})"
    forget_words()
    assert holding("zyrkkel") == [] and holding("vömpä") == []


def _lru_decorated() -> dict[str, bool]:
    """Every function in the privacy sources under ``lru_cache``/``cache`` -> whether ``word_cache`` wraps it."""
    out = {}
    for path in sorted(PRIVACY.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names = {ast.unparse(d.func if isinstance(d, ast.Call) else d).rsplit(".", 1)[-1]
                         for d in node.decorator_list}
                if names & {"lru_cache", "cache"}:
                    out[f"{path.stem}.{node.name}"] = "word_cache" in names
    return out


# lru_cache functions whose keys are never words of a text (a language code, a lexicon's id): none yet
NOT_WORD_CACHES: frozenset[str] = frozenset()


def test_every_lru_cache_in_the_privacy_sources_is_a_registered_word_cache():
    decorated = _lru_decorated()
    assert decorated, "no lru_cache found: the scan is broken"
    unregistered = sorted(k for k, ok in decorated.items() if not ok and k not in NOT_WORD_CACHES)
    assert unregistered == [], f"lru caches not marked @word_cache (forget_words would miss them): {unregistered}"
    import_all()
    live = {name for name in lru_functions() if name.rsplit(".", 1)[-1] not in {k.split(".")[-1] for k in NOT_WORD_CACHES}}
    assert live <= registered(), f"not registered: {sorted(live - registered())}"


def test_the_finder_sees_an_unregistered_cache(monkeypatch):
    """The search is no formality: a dict cache left out of the registry is found after forget_words()."""
    import_all()
    stray = {"zyrkkelille": 1}
    monkeypatch.setattr(forget, "_STRAY_FOR_TEST", stray, raising=False)
    monkeypatch.setattr(forget, "_CLEARERS", dict(forget._CLEARERS))
    forget_words()
    assert holding("zyrkkel") == ["coachdesk.privacy.forget._STRAY_FOR_TEST"]
    register("test.stray", lambda: (stray.clear(), 1)[1])
    forget_words()
    assert holding("zyrkkel") == []


def test_patterns_built_from_a_note_and_the_case_leave_re_cache_when_forgotten():
    """A chat speaker of the note, a case term and a colleague's name become regex patterns, which ``re``
    keeps in its own cache: forget_words() empties it too."""
    import_all()
    forget_words()
    chat = "zyrkkeli: moi, soitan huomenna\nmarja: ok kiitos\nzyrkkeli: hyvä, kuulemiin"
    scrub(chat, lang="fi", terms=["Vömpälä"], colleagues=["Qwilma Kask"])
    held = holding("zyrkkel") + holding("vömpä") + holding("qwilma")
    assert any(h.startswith("re.") for h in held), f"no pattern held the note's words: this test proves nothing ({held})"
    forget_words()
    assert holding("zyrkkel") == [] and holding("vömpä") == [] and holding("qwilma") == []
    assert scrub(chat, lang="fi").text == scrub(chat, lang="fi").text  # patterns compile again as needed


def test_after_forgetting_the_scrubber_gives_the_same_result():
    first = scrub(NOTE, lang="fi")
    forget_words()
    again = scrub(NOTE, lang="fi")
    assert again.text == first.text and again.findings == first.findings


def test_forget_words_before_any_scrub_is_harmless():
    forget_words()
    assert forget_words() >= 0
