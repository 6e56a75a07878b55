"""The person-name model: the shipped file, its agreement with crfsuite, and its place next to the rules."""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import logging
from pathlib import Path

import pytest

from coachdesk.privacy import name_evidence, ner_model, scrub
from coachdesk.privacy.lexicon import get_lexicon
from coachdesk.privacy.tokens import tokenize

ROOT = Path(__file__).resolve().parents[3]


def _script():
    spec = importlib.util.spec_from_file_location("train_name_model", ROOT / "scripts" / "train_name_model.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def model() -> ner_model.NameModel:
    return ner_model.load_model(ner_model.model_path(), get_lexicon().for_language("fi"), verify=True)


@pytest.fixture
def fresh_model_state(monkeypatch):
    """Each test that changes where the model comes from starts and ends with nothing loaded."""
    ner_model.reset_for_tests()
    yield monkeypatch
    monkeypatch.undo()
    ner_model.reset_for_tests()


def _p(model: ner_model.NameModel, text: str) -> dict[str, float]:
    return {text[s:e]: p for s, (e, p) in ner_model.person_probabilities(model, text).items()}


def test_shipped_file_is_what_the_script_documents(model) -> None:
    path = ner_model.model_path()
    assert path.stat().st_size < 5_000_000
    meta = model.meta
    script = _script()
    assert meta["script"] == "scripts/train_name_model.py"
    assert meta["feature_version"] == ner_model.FEATURE_VERSION
    assert meta["train_sha256"] == script.TRAIN_SHA256
    assert (meta["seed"], meta["c1"], meta["c2"], meta["max_iterations"]) == (
        script.SEED, script.C1, script.C2, script.MAX_ITER)
    assert meta["lower_copies"] is True and meta["lexicon_features"] is True and meta["holdout_every"] == 0
    assert "CC BY-SA 4.0" in meta["licence"]
    assert meta["rounds_below"] == 98 and meta["rounds_lower_copies"] is True  # rounds 1–97, also lower-cased
    notice = (ROOT / "NOTICE").read_text(encoding="utf-8")
    assert "name_model.json.gz" in notice and "Turku NER" in notice
    _rounds_are_the_ones_in_the_repository(meta)


def _rounds_are_the_ones_in_the_repository(meta: dict) -> None:
    """The held-out rounds a model was trained on are those files, unchanged (else: retrain it)."""
    folder = ROOT / "tests" / "unit" / "privacy" / "heldout"
    assert len(meta["rounds"]) == meta["rounds_below"] - 1 >= 67  # rounds 1 .. rounds_below - 1, all of them
    for name, digest in meta["rounds"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name


def test_shipped_sv_en_model_is_what_the_script_documents() -> None:
    model = ner_model.load_model(ner_model.model_path("sv"), get_lexicon().for_language("fi"), verify=True)
    assert ner_model.model_path("en") == ner_model.model_path("sv") != ner_model.model_path("fi")
    meta = model.meta
    assert meta["feature_version"] == ner_model.FEATURE_VERSION and meta["lexicon_features"] is True
    assert meta["languages"] == "sv,en" and meta["turku"] is False
    assert meta["rounds_lower_copies"] is False  # cost person-name F1 on unseen rounds (the script's docstring)
    assert meta["rounds_below"] == 98  # retrained on rounds 1–97, as the Finnish model
    _rounds_are_the_ones_in_the_repository(meta)
    assert ner_model.model_path().stat().st_size > 2 * ner_model.model_path("sv").stat().st_size


def test_finds_names_in_sentences_of_our_own(model) -> None:
    p = _p(model, "Eilen Kirsikka Vähämäki kertoi, että työkokeilu Raumalla jatkuu syksyyn asti.")
    assert p["Kirsikka"] > 0.9 and p["Vähämäki"] > 0.9
    assert max(p["Eilen"], p["työkokeilu"], p["Raumalla"], p["syksyyn"]) < 0.2
    # lower-case hurried note: found from the lexicon and the context, not from a capital letter
    p = _p(model, "palaveri peruttiin, soitin vuorisen kanssa ja sovittiin uusi aika")
    assert p["vuorisen"] > 0.8
    assert max(v for w, v in p.items() if w != "vuorisen") < 0.2
    p = _p(model, "Kelan kuntoutusraha on haettu ja masennus on lievittynyt.")
    assert max(p.values()) < 0.1


def test_pure_python_marginals_agree_with_crfsuite(tmp_path) -> None:
    """Train a tiny CRF with crfsuite, export it as the script does, compare marginals."""
    import pycrfsuite

    script = _script()
    sents = [
        [("Hilkka", "B-PER"), ("Rantanen", "I-PER"), ("muutti", "O"), ("Ouluun", "B-LOC"), (".", "O")],
        [("Soitin", "O"), ("Topille", "B-PER"), ("eilen", "O"), (".", "O")],
        [("Kokous", "O"), ("pidettiin", "O"), ("Tampereella", "B-LOC"), (".", "O")],
        [("soitin", "O"), ("topille", "B-PER"), ("ja", "O"), ("hilkalle", "B-PER")],
    ] * 3
    crf = str(tmp_path / "tiny.crfsuite")
    script.train(sents, lexicon=True, model_file=crf, max_iter=40)
    out = tmp_path / "tiny.json.gz"
    script.export(crf, out, {"lexicon_features": True})
    lex = get_lexicon().for_language("fi")
    ours = ner_model.load_model(out, lex, verify=True)
    tagger = pycrfsuite.Tagger()
    tagger.open(crf)
    for words in (["Sain", "viestin", "Hilkalta", "ja", "Topilta", "."], ["topi", "soitti", "eilen"]):
        tagger.set(ner_model.sentence_features(words, lex, {}))
        theirs = [tagger.marginal("B-PER", i) + tagger.marginal("I-PER", i) for i in range(len(words))]
        assert ours.marginals(words) == pytest.approx(theirs, abs=2e-3)


def test_damaged_weights_fail_the_digest_check(tmp_path) -> None:
    raw = gzip.decompress(ner_model.model_path().read_bytes()).decode()
    tampered = raw.replace('"transitions":[[', '"transitions":[[9', 1)
    path = tmp_path / "m.json.gz"
    path.write_bytes(gzip.compress(tampered.encode()))
    with pytest.raises(ValueError):
        ner_model.load_model(path, None, verify=True)


@pytest.mark.parametrize("content", [
    None,
    b"not a model",
    gzip.compress(b'{"meta": {"feature_version": 0}}'),
    gzip.compress(b"[]"),
    gzip.compress(b'{"meta": {"feature_version": 1}, "labels": ["O", "B-PER"], "transitions": [[1e9, 0], [0, 0]],'
                  b' "features": {}}'),
    gzip.compress(b'{"meta": {"feature_version": 1}, "labels": ["O", "B-PER"], "transitions": [[0]], "features": {}}'),
    gzip.compress("ä".encode("latin-1")),
])
def test_missing_or_broken_model_means_rules_only_logged_once_without_text(
    fresh_model_state, tmp_path, caplog, content
) -> None:
    text = "Tapasin eilen Ljudmila Orlovan, joka kertoi, että Kirsikka-niminen kollega auttaa."
    fresh_model_state.setenv(ner_model.MODEL_ENV, "0")
    rules_only = scrub(text, lang="fi")
    ner_model.reset_for_tests()
    path = tmp_path / "name_model.json.gz"
    if content is not None:
        path.write_bytes(content)
    fresh_model_state.setenv(ner_model.MODEL_ENV, str(path))
    caplog.clear()  # (the rules-only run above logged "disabled" when INFO is on)
    with caplog.at_level(logging.INFO, logger="coachdesk.privacy.ner_model"):
        first = scrub(text, lang="fi")
        second = scrub(text, lang="fi")
    assert first == rules_only == second
    records = [r for r in caplog.records if r.name == "coachdesk.privacy.ner_model"]
    assert len(records) == 1
    assert "Ljudmila" not in records[0].getMessage() and "Kirsikka" not in records[0].getMessage()


def test_sentences_are_cut_so_the_work_stays_linear() -> None:
    text = "sana " * 1000 + "Matti. " + "toinen virke.\nkolmas"
    sents = ner_model.split_sentences(text)
    assert max(len(s) for s in sents) <= ner_model.MAX_SENTENCE
    assert sum(len(s) for s in sents) == 1000 + 2 + 3 + 1
    assert [w for _, _, w in sents[-1]] == ["kolmas"]


def test_evidence_never_takes_a_kept_word_and_tells_an_ordinary_word_from_a_name() -> None:
    text = "kävin kelan kanssa läpi asiat, perjantaipiiri auttaa. Niemi ja lahti näkyivät rannalta. Kaino hymy."
    res = scrub(text, lang="fi")
    assert res.text == text
    # the same word forms as names (rule "word_name": the model trained on the held-out rounds tells them apart)
    for text, name in (("Kävin tilalla eilen. Usva on tehnyt navetassa töitä kymmenen vuotta.", "Usva"),
                       ("ke 17.2. / lehto kiharoista soitti: asiakas ollu pois 3 pv", "lehto")):
        found = {f.text: f.reason for f in scrub(text, lang="fi").findings}
        assert "name model (word_" in found[name]  # word_start (a sentence opens on it), word_name


def test_a_word_in_no_list_is_a_name_when_the_model_is_sure_in_a_hurried_note() -> None:
    """Row "unlisted", in the second pass (after the late rules, which would name `oyuna` themselves in a scrub)."""
    text = "vaimo oyuna voi tulla mukaan, tulkkia ei tarvita"
    lex = get_lexicon().for_language("fi")
    found, _ = name_evidence.combine(text, tokenize(text), lex, "fi", True, [], [], late=True)
    assert [(text[c.start : c.end], c.reason.split(",")[0]) for c in found] == [("oyuna", "name model (unlisted")]
    # a careful text's lower-case word no list knows: no model row looks at it; the first pass leaves it too
    assert name_evidence.combine(text, tokenize(text), lex, "fi", False, [], [], late=True)[0] == []
    assert name_evidence.combine(text, tokenize(text), lex, "fi", True, [], [])[0] == []


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("sv", "samtal m bettan kl 14.05, sjukskrivningen förlängd, hon vill börja på deltid i maj", "bettan"),
    ("sv", "Sena är höggravid och vill ha ett lättare jobb på lagret", "Sena"),
])
def test_swedish_and_english_notes_have_a_model_of_their_own(fresh_model_state, lang, text, name) -> None:
    fresh_model_state.setenv(ner_model.MODEL_ENV_SV_EN, "0")
    assert name in scrub(text, lang=lang).text
    ner_model.reset_for_tests()
    fresh_model_state.delenv(ner_model.MODEL_ENV_SV_EN, raising=False)
    res = scrub(text, lang=lang)
    assert name not in res.text
    assert any(f.text == name and "name model" in f.reason for f in res.findings)


def test_a_month_is_no_name_to_the_model() -> None:
    for lang, text in (("en", "He applies for partial sickness allowance for June–July; from mid May he starts."),
                       ("fi", "Hän aloittaa Toukokuussa, ja Kesäkuu on lomaa.")):
        assert not [f for f in scrub(text, lang=lang).findings if "name model" in f.reason]


def test_rules_table_is_the_one_place_for_thresholds() -> None:
    for rule in name_evidence.RULES.values():
        assert 0.0 < rule.name_at <= 1.0 or rule.name_at == 2.0  # 2.0: never
        assert 0.0 < rule.ask_at <= 1.0 or rule.ask_at == 2.0
        assert rule.id in name_evidence.__doc__


def test_the_model_adds_a_lower_case_name_the_rules_miss_and_keeps_professional_terms(fresh_model_state) -> None:
    text = "palaveri siirtyi, vuorisen kanssa sovittiin uusi aika. kuntoutus ja työkokeilu jatkuvat"
    fresh_model_state.setenv(ner_model.MODEL_ENV, "0")
    rules_only = scrub(text, lang="fi")
    ner_model.reset_for_tests()
    fresh_model_state.delenv(ner_model.MODEL_ENV, raising=False)
    both = scrub(text, lang="fi")
    assert "vuorisen" in rules_only.text
    assert "vuorisen" not in both.text and "[Henkilö A]" in both.text
    assert "kuntoutus ja työkokeilu" in both.text
    found = next(f for f in both.findings if f.text == "vuorisen")
    assert found.label == "PERSON"  # by the model's vote in the hurried line's sum (--explain: hurried.model)
    assert scrub(both.text, lang="fi").findings == ()  # idempotent


def test_a_window_around_the_wanted_words_gives_the_whole_sentence_figures(model) -> None:
    text = ("Eilen pidetyssä pitkässä verkostopalaverissa olivat mukana asiakkaan sisko Kirsikka Vähämäki, "
            "työhönvalmentaja, kuntoutusohjaaja sekä TE-toimiston yhteyshenkilö, ja kaikki lupasivat palata asiaan "
            "ennen juhannusta, jos mitään uutta ilmenee.")
    whole = ner_model.person_probabilities(model, text)
    start = text.index("Vähämäki")
    part = ner_model.person_probabilities(model, text, {start})
    assert len(part) < len(whole)
    for s, (_e, p) in part.items():
        assert p == pytest.approx(whole[s][1], abs=1e-3)


def test_only_the_sentences_of_the_wanted_words_are_read_with_the_same_tokens() -> None:
    lines = ["Tapasin Matti Virtasen tänään. Hän soitti!", "", "  - sana " * 70 + "Kirsikka?", "kolmas rivi… ja Liisa",
             "\r", "3.5. klo 12.30 tuli Onni... ja Eino?!Aino.Ville. Sitten", "viimeinen Oskari"]
    text = "\n".join(lines)
    whole = ner_model.split_sentences(text)

    def read(wanted: set[int]) -> list[list[tuple[int, int, str]]]:
        out = []
        for lo, hi in ner_model._wanted_spans(text, wanted):
            assert lo == 0 or text[lo - 1] == "\n" or (text[lo - 1] in ".!?…" and text[lo].isspace())
            assert hi == len(text) or text[hi - 1] == "\n" or (text[hi - 1] in ".!?…" and text[hi].isspace())
            out += ner_model.split_sentences(text, lo, hi)
        return out

    assert read({sent[0][0] for sent in whole}) == whole
    for start in (s for sent in whole for s, _, _ in sent):
        got = read({start})
        assert got and all(sent in whole for sent in got) and any(s == start for sent in got for s, _, _ in sent)
    assert len(read({text.index("Kirsikka")})) == 2  # 141 tokens: cut at MAX_SENTENCE as in the whole text
    assert ner_model._wanted_spans(text, {-1, len(text), len(text) + 5}) == []


def test_the_wanted_words_figures_are_those_of_the_whole_text(model) -> None:
    text = "Eilen soitti Kirsikka Vähämäki.\nvuorisen kanssa sovittiin\n\nuusi aika, Liisa Ojala tulee. Matti"
    whole = ner_model.person_probabilities(model, text)
    for word in ("Kirsikka", "vuorisen", "Ojala", "Matti"):
        start = text.index(word)
        assert ner_model.person_probabilities(model, text, {start})[start] == whole[start]


def test_a_sentence_read_again_gives_the_same_figures_from_the_memo_which_stays_bounded(model, monkeypatch) -> None:
    """The live check scrubs a note again at every pause: unchanged sentences come from the memo, a changed one is
    read afresh, and the memo never holds more than SENTENCE_MEMO sentences (``forget`` empties it)."""
    words = "Eilen soitti Kirsikka Vähämäki ja kertoi uutisia .".split()
    model.sentences.clear()
    first = model.marginals(words)
    assert model.sentences and first == list(model._chain(model._emissions(words, 0, len(words))))
    first[2] = -1.0  # a caller's copy: the memo is not touched
    assert model.marginals(words) == list(model.sentences[(tuple(words), 0, len(words))])
    assert model.marginals(words)[2] > 0.5
    changed = [*words[:2], "kirsikka", *words[3:]]
    assert model.marginals(changed)[2] != model.marginals(words)[2]  # another sentence, read afresh
    window = model.marginals(words, 2, 4)  # a window is remembered under its own key (its chain is cut)
    assert len(window) == 2 and model.sentences[(tuple(words), 2, 4)] == tuple(window)
    monkeypatch.setattr(ner_model, "SENTENCE_MEMO", 2)
    model.marginals([*words, "x"])
    assert len(model.sentences) <= 2
    assert model.forget() > 0 and not model.sentences


def test_a_word_name_the_model_half_believes_is_asked_about() -> None:
    """`word_name` below its naming threshold asks (0.35): the coach decides about `aamu` in a chat, the weather
    word beside it (`tuuli kovasti`) is neither found nor asked about."""
    chat = ("[9.02] Tiina P.: huomenta! kuka ehtii ottaa soiton tänään?\n"
            "[9.05] Jussi K.: mä voin. onko se se kemijärven aamu?\n"
            "[9.06] Tiina P.: joo. aamu ei tullu eilen varikolle, soita sille\n"
            "[9.08] Jussi K.: ok. ja tuuli sano että kaikki hyvin\n"
            "[9.10] Tiina P.: aamulla satoi lunta ja tuuli kovasti")
    r = scrub(chat, lang="fi")
    at = chat.index("aamu ei")
    assert any(q.start == at and q.text == "aamu" for q in r.questions), r.questions
    assert not any(f.start <= at < f.end for f in r.findings)
    wind = chat.index("tuuli kovasti")
    assert not any(x.start <= wind < x.end for x in (*r.findings, *r.questions))


# Ordinary words that the Finnish model (rounds 1–97) names where the rules leave them, in the hand-made traps of
# the rule tests; reviewed in Dec 2026 and accepted. Each costs that note one placeholder the coach can dismiss
# in the review, never a name sent: on the nine rounds the model had not read (98–106) the model's rows and the
# hurried sum named 15 names more than the model trained on 1–67, at +0.0004 precision summed. The rules alone
# still leave each word (the rule tests run them with ``rules_alone``).
REVIEWED_READINGS = [
    ("Armas (rakas) on vanha sana.", "Armas", "name model (word_start"),  # p 0.98: a sentence about the word itself
    ("siis eli Maija Lehto tuli. nok eli se juttu.", "nok", "name model (unlisted"),  # p 0.99: `X eli …` opens aliases
    ("Tapasin asiakkaan. Zumba voi auttaa jaksamisessa.", "Zumba", "name model (unlisted"),  # p 0.84: opening names reach 0.82
    # the hurried sum makes `sora` (a surname of the lists, asked about without the model) sure with the model's
    # vote (p 0.78), and the pair rule then names `kivi` beside it
    ("ma\nkivi ja sora molemmat märkiä", "kivi", "given name (pair_found)"),
]


@pytest.mark.parametrize(("text", "word", "reason"), REVIEWED_READINGS)
def test_reviewed_readings_are_the_models_and_dismissible(
    text: str, word: str, reason: str, rules_alone, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the model nothing names the word; with it, only the reviewed reading does, and the coach can
    dismiss it."""
    start = text.index(word)
    assert not [f for f in scrub(text, lang="fi").findings if f.start < start + len(word) and start < f.end]
    ner_model.reset_for_tests()
    monkeypatch.delenv(ner_model.MODEL_ENV, raising=False)  # the shipped models again
    for f in scrub(text, lang="fi").findings:
        if f.start < start + len(word) and start < f.end:
            assert f.dismissible and f.reason.startswith(reason), f
