"""A compact statistical second opinion for person names: a linear-chain CRF, pure Python inference.

Trained by ``scripts/train_name_model.py`` (python-crfsuite, Turku NER corpus with lower-cased copies
and the Finnish texts of the project's held-out rounds, DVV name lexicon features) and shipped as
``resources/data/privacy/name_model.json.gz``; Swedish and English notes have a model of the same
shape trained on the rounds' sv and en texts (``name_model_sven.json.gz``). The same
:func:`sentence_features` serves training and inference, so the two cannot drift apart; the model
records :data:`FEATURE_VERSION` and is refused when it differs.

:func:`person_probabilities` gives, for every word token of a text, the marginal probability that it
is part of a person name (forward-backward over each sentence: linear in the text length). The
scrubber uses it only as evidence next to its rules (``name_evidence.py``). Nothing here logs text.
"""

from __future__ import annotations

import bisect
import gzip
import hashlib
import json
import logging
import math
import os
import re
import threading
from dataclasses import dataclass, field
from operator import mul
from pathlib import Path

from coachdesk.privacy.forget import register
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, INTL, KEEP, PLACE, SUR, Lexicon

FEATURE_VERSION = 1
MODEL_NAME = "name_model.json.gz"  # Finnish
MODEL_NAME_SV_EN = "name_model_sven.json.gz"  # Swedish and English notes
MODEL_ENV = "COACHDESK_NAME_MODEL"  # "0" / "off": rules only (every language); a path: that Finnish model file
MODEL_ENV_SV_EN = "COACHDESK_NAME_MODEL_SVEN"  # "0" / "off": no model for sv/en; a path: that sv/en model file
MODEL_LANGS = ("fi", "sv", "en")
PERSON_LABELS = ("B-PER", "I-PER")
WINDOW = 8  # with ``wanted`` words, the chain runs this far either side of them (on Turku dev: within 0.0002)
SENTENCE_MEMO = 4096  # sentences (with their window) whose marginals are remembered
MAX_SENTENCE = 120  # tokens; a longer run without sentence punctuation is cut (bounded work per sequence)

_log = logging.getLogger(__name__)

# Same word rule as tokens.py (so word tokens line up with the scrubber's), plus numbers and punctuation.
_TOKEN = re.compile(r"[^\W\d_][^\W_]*(?:(?:['’](?=[^\W\d_])|-(?=[^\W_]))[^\W_]*)*|\d+(?:[.,:]\d+)*|\S")
_SENT_END = frozenset(".!?…\n")
_VOWELS = frozenset("aeiouyäöå")


def _shape(w: str) -> str:
    """Short word shape: Xx, x, X, d, Xx-Xx, X., … (runs collapsed)."""
    out: list[str] = []
    for ch in w[:12]:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _lex_feats(low: str, lex: Lexicon, cache: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Lexicon membership of a lower-case word form (inflection-aware) and log-frequency of its base."""
    hit = cache.get(low)
    if hit is not None:
        return hit
    feats: list[str] = []
    flags, base, stem_len = lex.lookup(low)
    if flags & FIRST:
        feats.append("L:first" + (":intl" if flags & INTL else ""))
    if flags & SUR:
        feats.append("L:sur" + (":intl" if flags & INTL else ""))
    if flags & PLACE:
        feats.append("L:place")
    if flags & KEEP:
        feats.append("L:keep")
    if flags & AMBIG:
        feats.append("L:ambig")
    if flags & COMMON:
        feats.append("L:common")
    if low in lex.frequent:
        feats.append("L:freq")
    if flags & (FIRST | SUR):
        cnt = lex.counts.get(base, 0)
        feats.append(f"L:log={int(math.log10(cnt + 1))}")
        if stem_len < len(low):
            feats.append("L:end=" + low[stem_len:])
    if not flags:
        feats.append("L:none")
    out = tuple(feats)
    if len(cache) < 200_000:
        cache[low] = out
    return out


_AFTER = frozenset((".", "!", "?", ":", "-", "–", '"', "”"))
_OFFSETS = (-2, -1, 1, 2)


def _lexf(low: str, lex: Lexicon | None, cache: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    return _lex_feats(low, lex, cache) if lex is not None and low[:1].isalpha() else ()


def own_features(w: str, lex: Lexicon | None, cache: dict[str, tuple[str, ...]]) -> list[str]:
    """Features of a word that depend on the word alone (its form, shape, endings, lexicon)."""
    low, shape = w.lower(), _shape(w)
    f = ["b", "w=" + low, "sh=" + shape, "s1=" + low[-1:], "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:],
         "p3=" + low[:3]]
    if len(w) <= 2:
        f.append("short")
    if "-" in w:
        f.append("hyphen")
    for lf in _lexf(low, lex, cache):
        f.append(lf)
        f.append(lf + "|" + shape[:2])
    return f


def neighbour_features(w: str, d: int, lex: Lexicon | None, cache: dict[str, tuple[str, ...]]) -> list[str]:
    """Features word ``w`` gives the word ``d`` places before it (d = -1: to the word right after ``w``)."""
    low = w.lower()
    f = [f"w{d}=" + low, f"sh{d}=" + _shape(w)[:2]]
    if d in (-1, 1):
        f.append(f"s3{d}=" + low[-3:])
        f.extend(f"{d}" + lf for lf in _lexf(low, lex, cache) if not lf.startswith("L:end"))
    return f


def position_features(words: list[str], i: int) -> list[str]:
    """Features of the place of word ``i`` in its sentence."""
    f = []
    if i == 0:
        f.append("first")
    elif words[i - 1] in _AFTER:
        f.append("after=" + words[i - 1])
    if words[i][:1].isupper() and i > 0:
        f.append("cap_mid")
    f.extend(f"w{d}=<pad>" for d in _OFFSETS if not 0 <= i + d < len(words))
    return f


def sentence_features(words: list[str], lex: Lexicon | None, cache: dict[str, tuple[str, ...]]) -> list[list[str]]:
    """Feature strings of each token of one sentence (``lex`` None: no lexicon features); training uses
    these, inference adds up the same parts' weights per word form (:meth:`NameModel.marginals`)."""
    n = len(words)
    out: list[list[str]] = []
    for i, w in enumerate(words):
        f = own_features(w, lex, cache) + position_features(words, i)
        for d in _OFFSETS:
            if 0 <= i + d < n:
                f.extend(neighbour_features(words[i + d], d, lex, cache))
        out.append(f)
    return out


@dataclass(slots=True)
class NameModel:
    """The person-name CRF: labels, transition and feature weights, and caches of word features and weight vectors."""

    labels: tuple[str, ...]
    trans_cols: list[list[float]]  # exp(transition weight), [to][from]
    trans_rows: list[list[float]]  # exp(transition weight), [from][to]
    weights: dict[str, tuple[float, ...]]  # feature -> one weight per label
    meta: dict[str, object]
    lex: Lexicon | None
    cache: dict[str, tuple[str, ...]]
    person: tuple[int, ...] = ()
    zero: tuple[float, ...] = ()
    vectors: dict[tuple, tuple[float, ...]] = field(default_factory=dict)  # (word, offset) or a position key
    sentences: dict[tuple, tuple[float, ...]] = field(default_factory=dict)  # (words, lo, hi) -> marginals

    def forget(self) -> int:
        """Empty the word caches (features, weight sums and sentences seen); the number dropped."""
        dropped = len(self.cache) + len(self.vectors) + len(self.sentences)
        self.cache.clear()
        self.vectors.clear()
        self.sentences.clear()
        return dropped

    def _vector(self, key: tuple | None, feats: list[str]) -> tuple[float, ...]:
        """Summed weights of ``feats`` (remembered under ``key`` unless None)."""
        rows = [w for w in map(self.weights.get, feats) if w is not None]
        out = tuple(map(sum, zip(*rows, strict=True))) if rows else self.zero
        if key is not None:
            self.vectors[key] = out
        return out

    def marginals(self, words: list[str], lo: int = 0, hi: int | None = None) -> list[float]:
        """P(token is part of a person name) for tokens ``lo``..``hi`` of one sentence (forward-backward,
        scaled). With a window, the features still see the whole sentence; only the chain is cut.
        The answer for the same words and window is remembered (bounded; emptied by :meth:`forget`): a note
        scrubbed again as the coach types reads only its changed sentences."""
        n_all = len(words)
        hi = n_all if hi is None else min(hi, n_all)
        lo = max(0, lo)
        if hi - lo <= 0:
            return []
        key = (tuple(words), lo, hi)
        got = self.sentences.get(key)
        if got is None:
            if len(self.sentences) >= SENTENCE_MEMO:
                self.sentences.clear()
            got = self.sentences[key] = self._chain(self._emissions(words, lo, hi))
        return list(got)

    def _emissions(self, words: list[str], lo: int, hi: int) -> list[list[float]]:
        """exp(summed feature weights - their max) per label, for tokens ``lo``..``hi``. The weights of a word's
        own and neighbour features are summed once per word form and cached: the same sum as over
        sentence_features(), at a few additions per token."""
        vec, lex, cache, vecs = self._vector, self.lex, self.cache, self.vectors
        if len(vecs) > 100_000:
            vecs.clear()
        n_all = len(words)
        exp = math.exp
        emis: list[list[float]] = []
        for i in range(lo, hi):
            w = words[i]
            # everything position_features() looks at, as a key: its summed weights are remembered too
            pkey = (i == 0, words[i - 1] if i and words[i - 1] in _AFTER else "", i > 0 and w[:1].isupper(),
                    i < 2, i + 1 >= n_all, i + 2 >= n_all)
            parts = [vecs.get((w, 0)) or vec((w, 0), own_features(w, lex, cache)),
                     vecs.get(pkey) or vec(pkey, position_features(words, i))]
            for d in _OFFSETS:
                j = i + d
                if 0 <= j < n_all:
                    key = (words[j], d)
                    parts.append(vecs.get(key) or vec(key, neighbour_features(words[j], d, lex, cache)))
            s = list(map(sum, zip(*parts, strict=True)))
            m = max(s)
            emis.append([exp(v - m) for v in s])
        return emis

    def _chain(self, emis: list[list[float]]) -> tuple[float, ...]:
        """Forward-backward over the emissions (scaled at every step): P(person label) per token."""
        cols, trows = self.trans_cols, self.trans_rows
        n = len(emis)
        a = emis[0]
        z = sum(a)
        alpha = [[v / z for v in a]]
        for t in range(1, n):
            prev = alpha[-1]
            row = [e * sum(map(mul, prev, col)) for e, col in zip(emis[t], cols, strict=True)]
            z = sum(row)
            alpha.append([v / z for v in row])
        beta = [1.0] * len(self.labels)
        out = [0.0] * n
        per = self.person
        for t in range(n - 1, -1, -1):
            post = list(map(mul, alpha[t], beta))
            out[t] = sum([post[y] for y in per]) / sum(post)
            if t:
                eb = list(map(mul, emis[t], beta))
                nb = [sum(map(mul, r, eb)) for r in trows]
                zb = sum(nb)
                beta = [v / zb for v in nb]
        return tuple(out)


def split_sentences(text: str, lo: int = 0, hi: int | None = None) -> list[list[tuple[int, int, str]]]:
    """Tokens (start, end, text) of ``text`` grouped into sentences: cut after . ! ? … and at line breaks.
    With ``lo``/``hi``: the tokens of ``text[lo:hi]`` only, at their offsets in ``text`` (both at a sentence
    break of ``_BREAK``, 0 or the end: no token crosses one, so these are the whole text's sentences there)."""
    sents: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    last_end = lo
    for m in _TOKEN.finditer(text, lo, len(text) if hi is None else hi):
        s, e = m.span()
        if cur and ("\n" in text[last_end:s] or len(cur) >= MAX_SENTENCE):
            sents.append(cur)
            cur = []
        w = m.group(0)
        cur.append((s, e, w))
        last_end = e
        if w in _SENT_END and w != "\n":
            nxt = text[e : e + 1]
            if not nxt or nxt.isspace():
                sents.append(cur)
                cur = []
    if cur:
        sents.append(cur)
    return sents


# Where a sentence of split_sentences always ends: a line break, or . ! ? … before white space or the text's end
# (such a character is always a token of its own: no word holds one, a number only before a digit).
_BREAK = re.compile(r"\n|[.!?…](?!\S)")


def _wanted_spans(text: str, wanted: set[int]) -> list[tuple[int, int]]:
    """The stretches of ``text`` between two sentence breaks (``_BREAK``) that hold a wanted offset, in order:
    split_sentences over each gives exactly the whole text's sentences there (each starts afresh at a break)."""
    breaks = [m.end() for m in _BREAK.finditer(text)]
    out: list[tuple[int, int]] = []
    for s in sorted(wanted):
        if not 0 <= s < len(text) or (out and s < out[-1][1]):
            continue
        i = bisect.bisect_right(breaks, s)
        out.append((breaks[i - 1] if i else 0, breaks[i] if i < len(breaks) else len(text)))
    return out


def person_probabilities(
    model: NameModel, text: str, wanted: set[int] | None = None
) -> dict[int, tuple[int, float]]:
    """Word start -> (end, P(person)) for every word token of ``text``. With ``wanted`` (word starts):
    only for the part of each sentence from WINDOW tokens before its first wanted word to WINDOW
    after its last; the stretches of text between sentence breaks without one are not even tokenised."""
    out: dict[int, tuple[int, float]] = {}
    if wanted is None:
        sents = split_sentences(text)
    else:
        sents = [sent for lo, hi in _wanted_spans(text, wanted) for sent in split_sentences(text, lo, hi)]
    for sent in sents:
        lo, hi = 0, len(sent)
        if wanted is not None:
            idx = [k for k, (s, _, _) in enumerate(sent) if s in wanted]
            if not idx:
                continue
            lo, hi = idx[0] - WINDOW, idx[-1] + WINDOW + 1
        probs = model.marginals([w for _, _, w in sent], lo, hi)
        for (s, e, w), p in zip(sent[max(0, lo) : hi], probs, strict=True):
            if w[:1].isalpha():
                out[s] = (e, p)
    return out


def model_path(lang: str = "fi") -> Path:
    """The shipped model file for a language (``resources/data/privacy/name_model*.json.gz``)."""
    from coachdesk.privacy.lexicon import data_dir

    return data_dir() / (MODEL_NAME if lang == "fi" else MODEL_NAME_SV_EN)


def weights_digest(labels: list[str], transitions: list[list[float]], features: dict[str, list[float]]) -> str:
    """SHA-256 over the model's numbers in a fixed order (recorded in the file by the training script)."""
    h = hashlib.sha256()
    h.update(json.dumps([labels, transitions], separators=(",", ":")).encode())
    for name in sorted(features):
        h.update(json.dumps([name, features[name]], separators=(",", ":"), ensure_ascii=False).encode())
    return h.hexdigest()


def load_model(path: Path, lex: Lexicon | None, *, verify: bool = False) -> NameModel:
    """Read a model file (gzip's CRC guards the bytes; ``verify`` also checks the recorded digest of the
    weights). Raises OSError or ValueError when it is no readable model of this feature version."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        data = json.load(f)
    try:
        return _build(data, lex, verify)
    except (AttributeError, TypeError, KeyError, IndexError, OverflowError) as e:
        raise ValueError("name model: malformed file") from e


def _build(data: dict, lex: Lexicon | None, verify: bool) -> NameModel:
    meta = data.get("meta", {})
    if meta.get("feature_version") != FEATURE_VERSION:
        raise ValueError("name model: feature version differs")
    labels = [str(x) for x in data["labels"]]
    trans = data["transitions"]
    features: dict[str, list[float]] = data["features"]
    if verify and weights_digest(labels, trans, features) != meta.get("weights_sha256"):
        raise ValueError("name model: weights do not match their recorded digest")
    L = len(labels)
    if L < 2 or len(trans) != L or any(len(row) != L for row in trans):
        raise ValueError("name model: malformed transitions")
    weights: dict[str, tuple[float, ...]] = {name: tuple(map(float, ws)) for name, ws in features.items()}
    if any(len(ws) != L for ws in weights.values()):  # (JSON object keys are always strings)
        raise ValueError("name model: malformed weights")
    exp_t = [[math.exp(float(v)) for v in row] for row in trans]
    cols = [[exp_t[x][y] for x in range(L)] for y in range(L)]
    use_lex = lex if meta.get("lexicon_features", True) else None
    person = tuple(k for k, lab in enumerate(labels) if lab in PERSON_LABELS)
    return NameModel(tuple(labels), cols, exp_t, weights, meta, use_lex, {}, person, (0.0,) * L)


_LOCK = threading.Lock()
_STATE: dict[str, NameModel | None] = {}  # model file name -> the loaded model, or None (rules only)


def _forget_words() -> int:
    """Empty the loaded models' word caches (features and weight sums of scrubbed words); the number dropped."""
    return sum(model.forget() for model in list(_STATE.values()) if model is not None)


register(f"{__name__}.NameModel.cache", _forget_words)


_OFF = ("0", "off", "no", "false")


def get_model(lang: str = "fi") -> NameModel | None:
    """The shipped model of a text's language (Finnish; Swedish and English share one), loaded once,
    thread-safe, on the first scrub that needs it (in the app that is always on a worker: the note
    editor's live check, the composer's review, summaries) or by ``warm_up()``. A scrub waits for the
    load rather than run without it, so its result never depends on timing.

    None for another language, or when disabled, missing or unreadable: the scrubber then runs on its
    rules alone; the reason is logged once, without any text. Both models read the Finnish lexicon's
    name lists as features (as in training).
    """
    if lang not in MODEL_LANGS:
        return None
    key = MODEL_NAME if lang == "fi" else MODEL_NAME_SV_EN
    if key in _STATE:
        return _STATE[key]
    with _LOCK:
        if key not in _STATE:
            model: NameModel | None = None
            env = os.environ.get(MODEL_ENV, "").strip()
            own = os.environ.get(MODEL_ENV_SV_EN, "").strip() if lang != "fi" else env
            if env.lower() in _OFF or own.lower() in _OFF:
                _log.info("name model (%s) disabled by %s", key, MODEL_ENV if env.lower() in _OFF else MODEL_ENV_SV_EN)
            else:
                try:
                    from coachdesk.privacy.lexicon import get_lexicon

                    model = load_model(Path(own) if own else model_path(lang), get_lexicon().for_language("fi"))
                except (OSError, ValueError, KeyError, TypeError, EOFError, json.JSONDecodeError) as e:
                    _log.warning("name model (%s) not loaded (%s); rules only", key, type(e).__name__)
            _STATE[key] = model
    return _STATE[key]


def reset_for_tests() -> None:
    """Forget the loaded model (tests switch the environment between runs)."""
    with _LOCK:
        _STATE.clear()
