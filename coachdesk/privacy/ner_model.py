"""A compact statistical second opinion for person names: a linear-chain CRF, pure Python inference.

Trained by ``scripts/train_name_model.py`` (python-crfsuite, Turku NER corpus with lower-cased copies,
DVV name lexicon features) and shipped as ``resources/data/privacy/name_model.json.gz``. The same
:func:`sentence_features` serves training and inference, so the two cannot drift apart; the model
records :data:`FEATURE_VERSION` and is refused when it differs.

:func:`person_probabilities` gives, for every word token of a text, the marginal probability that it
is part of a person name (forward-backward over each sentence: linear in the text length). The
scrubber uses it only as evidence next to its rules (``name_evidence.py``). Nothing here logs text.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import math
import os
import re
import threading
from array import array
from dataclasses import dataclass
from pathlib import Path

from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, INTL, KEEP, PLACE, SUR, Lexicon

FEATURE_VERSION = 1
MODEL_NAME = "name_model.json.gz"
MODEL_ENV = "COACHDESK_NAME_MODEL"  # "0" / "off": rules only; a path: that model file (measurements)
PERSON_LABELS = ("B-PER", "I-PER")
MAX_SENTENCE = 120  # tokens; a longer run without sentence punctuation is cut (bounded work per sequence)

_log = logging.getLogger(__name__)

# Same word rule as tokens.py (so word tokens line up with the scrubber's), plus numbers and punctuation.
_TOKEN = re.compile(r"[^\W\d_](?:[^\W_]|['’](?=[^\W\d_])|-(?=[^\W_]))*|\d+(?:[.,:]\d+)*|\S")
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


def sentence_features(words: list[str], lex: Lexicon | None, cache: dict[str, tuple[str, ...]]) -> list[list[str]]:
    """Feature strings of each token of one sentence (``lex`` None: no lexicon features)."""
    n = len(words)
    lows = [w.lower() for w in words]
    shapes = [_shape(w) for w in words]
    lexf = [_lex_feats(low, lex, cache) if lex is not None and low[:1].isalpha() else () for low in lows]
    out: list[list[str]] = []
    for i, w in enumerate(words):
        low = lows[i]
        f = ["b", "w=" + low, "sh=" + shapes[i], "s1=" + low[-1:], "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:],
             "p3=" + low[:3]]
        if i == 0:
            f.append("first")
        elif words[i - 1] in (".", "!", "?", ":", "-", "–", '"', "”"):
            f.append("after=" + words[i - 1])
        if len(w) <= 2:
            f.append("short")
        if "-" in w:
            f.append("hyphen")
        if w[:1].isupper() and i > 0:
            f.append("cap_mid")
        for lf in lexf[i]:
            f.append(lf)
            f.append(lf + "|" + shapes[i][:2])
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"w{d}=" + lows[j])
                f.append(f"sh{d}=" + shapes[j][:2])
                if d in (-1, 1):
                    f.append(f"s3{d}=" + lows[j][-3:])
                    for lf in lexf[j]:
                        if not lf.startswith("L:end"):
                            f.append(f"{d}" + lf)
            else:
                f.append(f"w{d}=<pad>")
        out.append(f)
    return out


@dataclass(slots=True)
class NameModel:
    labels: tuple[str, ...]
    trans: list[list[float]]  # exp(transition weight) [from][to]
    index: dict[str, int]  # feature -> offset into weights (one weight per label)
    weights: array
    meta: dict[str, object]
    lex: Lexicon | None
    cache: dict[str, tuple[str, ...]]

    def marginals(self, words: list[str]) -> list[float]:
        """P(token is part of a person name) for each token of one sentence (forward-backward)."""
        n = len(words)
        if n == 0:
            return []
        L = len(self.labels)
        idx, wts = self.index, self.weights
        feats = sentence_features(words, self.lex, self.cache)
        emis: list[list[float]] = []
        for f in feats:
            s = [0.0] * L
            for name in f:
                off = idx.get(name)
                if off is not None:
                    for y in range(L):
                        s[y] += wts[off + y]
            m = max(s)
            emis.append([math.exp(v - m) for v in s])
        T = self.trans
        alpha = [emis[0][:]]
        z = sum(alpha[0])
        alpha[0] = [a / z for a in alpha[0]]
        for t in range(1, n):
            prev = alpha[-1]
            e = emis[t]
            row = [e[y] * sum(prev[x] * T[x][y] for x in range(L)) for y in range(L)]
            z = sum(row)
            alpha.append([v / z for v in row])
        beta = [1.0] * L
        out = [0.0] * n
        per = [k for k, lab in enumerate(self.labels) if lab in PERSON_LABELS]
        for t in range(n - 1, -1, -1):
            post = [alpha[t][y] * beta[y] for y in range(L)]
            z = sum(post)
            out[t] = sum(post[y] for y in per) / z
            if t:
                e = emis[t]
                nb = [sum(T[x][y] * e[y] * beta[y] for y in range(L)) for x in range(L)]
                zb = sum(nb)
                beta = [v / zb for v in nb]
        return out


def split_sentences(text: str) -> list[list[tuple[int, int, str]]]:
    """Tokens (start, end, text) of ``text`` grouped into sentences: cut after . ! ? … and at line breaks."""
    sents: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    last_end = 0
    for m in _TOKEN.finditer(text):
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


def person_probabilities(model: NameModel, text: str) -> dict[int, tuple[int, float]]:
    """Word start -> (end, P(person)) for every word token of ``text``."""
    out: dict[int, tuple[int, float]] = {}
    for sent in split_sentences(text):
        probs = model.marginals([w for _, _, w in sent])
        for (s, e, w), p in zip(sent, probs, strict=True):
            if w[:1].isalpha():
                out[s] = (e, p)
    return out


def model_path() -> Path:
    from coachdesk.privacy.lexicon import data_dir

    return data_dir() / MODEL_NAME


def weights_digest(labels: list[str], transitions: list[list[float]], features: dict[str, list[float]]) -> str:
    """SHA-256 over the model's numbers in a fixed order (recorded in the file by the training script)."""
    h = hashlib.sha256()
    h.update(json.dumps([labels, transitions], separators=(",", ":")).encode())
    for name in sorted(features):
        h.update(json.dumps([name, features[name]], separators=(",", ":"), ensure_ascii=False).encode())
    return h.hexdigest()


def load_model(path: Path, lex: Lexicon | None, *, verify: bool = False) -> NameModel:
    """Read a model file; raises ValueError when it is not a model of this feature version."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        data = json.load(f)
    meta = data.get("meta", {})
    if meta.get("feature_version") != FEATURE_VERSION:
        raise ValueError("name model: feature version differs")
    labels = list(data["labels"])
    trans = data["transitions"]
    features: dict[str, list[float]] = data["features"]
    if verify and weights_digest(labels, trans, features) != meta.get("weights_sha256"):
        raise ValueError("name model: weights do not match their recorded digest")
    L = len(labels)
    index: dict[str, int] = {}
    weights = array("d")
    for name, ws in features.items():
        if len(ws) != L:
            raise ValueError("name model: malformed weights")
        index[name] = len(weights)
        weights.extend(ws)
    exp_t = [[math.exp(v) for v in row] for row in trans]
    use_lex = lex if meta.get("lexicon_features", True) else None
    return NameModel(tuple(labels), exp_t, index, weights, meta, use_lex, {})


_LOCK = threading.Lock()
_STATE: dict[str, object] = {}


def get_model() -> NameModel | None:
    """The shipped model, loaded once (thread-safe; the app calls this from its warm-up worker).

    None when disabled, missing or unreadable: the scrubber then runs on its rules alone; the reason
    is logged once, without any text.
    """
    if "model" in _STATE:
        return _STATE["model"]  # type: ignore[return-value]
    with _LOCK:
        if "model" not in _STATE:
            model: NameModel | None = None
            env = os.environ.get(MODEL_ENV, "").strip()
            if env.lower() in ("0", "off", "no", "false"):
                _log.info("name model disabled by %s", MODEL_ENV)
            else:
                try:
                    from coachdesk.privacy.lexicon import get_lexicon

                    model = load_model(Path(env) if env else model_path(), get_lexicon().for_language("fi"))
                except (OSError, ValueError, KeyError, TypeError, EOFError, json.JSONDecodeError) as e:
                    _log.warning("name model not loaded (%s); rules only", type(e).__name__)
            _STATE["model"] = model
    return _STATE["model"]  # type: ignore[return-value]


def reset_for_tests() -> None:
    """Forget the loaded model (tests switch the environment between runs)."""
    with _LOCK:
        _STATE.clear()
