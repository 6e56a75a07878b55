"""Train the scrubber's person-name model (a linear-chain CRF) and write it as compact JSON.

Reproduce the shipped ``resources/data/privacy/name_model.json.gz`` (python-crfsuite from
requirements-dev.txt; about three minutes on one core):

    PYTHONPATH=$PWD nice .venv/bin/python scripts/train_name_model.py \
        --data ../../shared/data/turku_ner --rounds tests/unit/privacy/heldout --rounds-below 98 \
        --rounds-lower-copies --out resources/data/privacy/name_model.json.gz

Data: Turku NER corpus v1.0 ``train.tsv`` (CC BY-SA 4.0; token<TAB>IOB2 tag), checked against
TRAIN_SHA256; its ``dev.tsv`` is used only for the figures printed at the end. Every training sentence
is used as written and once more lower-cased (``--lower-copies``), so a lower-case name in a hurried
note is found from its context and the lexicon. Labels: B-PER/I-PER, every other entity type folded
into B-X/I-X, O. The lexicon features come from the DVV name lists the scrubber already ships.

``--variant-table`` trains the four variants (lower-cased copies yes/no x lexicon features yes/no),
prints person-name token/span precision, recall and F1 on dev as written and lower-cased, and writes
nothing. ``--rounds`` adds the texts (``--lang``, Finnish by default) of the project's own held-out rounds numbered below
``--rounds-below`` (as written; ``--rounds-lower-copies`` adds each sentence that has a capital once more in
lower case: on rounds 88–97 with a Finnish model trained below 88, person-name token F1 0.948 → 0.953, for the
Swedish and English model 0.955 → 0.946; the Finnish model uses it, see coachdesk/privacy/README.md),
tagged from their annotated spans; the rounds from ``--rounds-below`` on are kept out and their
person-name figures printed as ``rounds_unseen`` (train below 59, read 59–67: how the model does on
rounds it never saw). The Swedish and English model is the rounds' sv and en texts alone:

    PYTHONPATH=$PWD nice .venv/bin/python scripts/train_name_model.py \
        --data ../../shared/data/turku_ner --rounds tests/unit/privacy/heldout --rounds-below 98 \
        --lang sv,en --no-turku --out resources/data/privacy/name_model_sven.json.gz

``--holdout-every N`` keeps every Nth document of train.tsv out of training and writes it as
scorer JSONL (``--holdout-jsonl``), to measure the whole scrubber on real text no rule was tuned on.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
import time
from pathlib import Path

from coachdesk.privacy import ner_model
from coachdesk.privacy.lexicon import get_lexicon

TRAIN_SHA256 = "e271a8d926126ed908ffd4ff01819aa3271dd314e80a9ec7dbd03ab669daa66f"
SEED = 14
C1, C2, MAX_ITER = 0.3, 0.01, 150
DROPOUT = 0.0
_OWN = ("w=", "p3=", "L:")  # the token's own identity and lexicon features (not its neighbours')
LOWER_SHARE = 1.0  # share of sentences that also get a lower-cased copy (seeded choice)


def read_conll(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Documents (split at -DOCSTART-), each a list of sentences of (token, tag)."""
    docs: list[list[list[tuple[str, str]]]] = [[]]
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sent:
                docs[-1].append(sent)
                sent = []
            continue
        tok, _, tag = line.partition("\t")
        if tok == "-DOCSTART-":
            if sent:
                docs[-1].append(sent)
                sent = []
            docs.append([])
            continue
        sent.append((tok, tag.strip()))
    if sent:
        docs[-1].append(sent)
    return [d for d in docs if d]


KEPT_TYPES = {"PER"}  # entity types kept as labels of their own; every other type is folded into X
_ROUND_TYPES = {"PERSON": "PER", "ORG": "ORG", "LOCATION": "LOC"}


def fold(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    bio, _, typ = tag.partition("-")
    return f"{bio}-{typ if typ in KEPT_TYPES else 'X'}"


def read_rounds(folder: Path, below: int, lang: str = "fi", *, above: int = 0) -> tuple[list[list[tuple[str, str]]], dict[str, str]]:
    """Sentences of the held-out rounds ``heldoutNN.jsonl`` in ``folder`` with ``above`` <= NN < ``below`` (the first,
    ``heldout.jsonl``, is round 1), their ``lang`` texts only, tokenised and cut into sentences exactly
    as the scrubber reads them (:func:`ner_model.split_sentences`), each token tagged from the span it
    overlaps (PERSON -> PER, any other PII label -> X, KEEP and the rest -> O); and each file's SHA-256."""
    sents: list[list[tuple[str, str]]] = []
    digests: dict[str, str] = {}
    for path in sorted(folder.glob("heldout*.jsonl")):
        num = path.stem.removeprefix("heldout") or "1"
        if not num.isdigit() or not above <= int(num) < below:
            continue
        raw = path.read_bytes()
        digests[path.name] = hashlib.sha256(raw).hexdigest()
        for line in raw.decode("utf-8").splitlines():
            rec = json.loads(line)
            if rec.get("lang") not in lang.split(","):
                continue
            text = rec["text"]
            owner = [""] * len(text)  # span index + label for each character inside a PII span
            for k, sp in enumerate(rec["pii"]):
                for i in range(sp["start"], sp["end"]):
                    owner[i] = f"{k}:{_ROUND_TYPES.get(sp['label'], 'X')}"
            for sent in ner_model.split_sentences(text):
                tagged, prev = [], ""
                for s, e, w in sent:
                    own = next((o for o in owner[s:e] if o), "")
                    tag = "O" if not own else ("I-" if own == prev else "B-") + own.partition(":")[2]
                    tagged.append((w, tag))
                    prev = own
                sents.append(tagged)
    return sents, digests


def lowered(sent: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(w.lower(), t) for w, t in sent]


def train(sents, *, lexicon: bool, model_file: str, c1: float = C1, c2: float = C2, max_iter: int = MAX_ITER,
          dropout: float = 0.0, seed: int = SEED):
    """``dropout``: share of tokens whose own word, prefix and lexicon features are hidden (seeded), so that
    the model also learns a name from its shape, ending and context (a name in no list: Origenes)."""
    import pycrfsuite

    rng = random.Random(seed)
    lex = get_lexicon().for_language("fi") if lexicon else None
    cache: dict[str, tuple[str, ...]] = {}
    trainer = pycrfsuite.Trainer(verbose=False)
    for sent in sents:
        words = [w for w, _ in sent]
        feats = ner_model.sentence_features(words, lex, cache)
        if dropout:
            feats = [[x for x in f if not x.startswith(_OWN)] if rng.random() < dropout else f for f in feats]
        trainer.append(feats, [fold(t) for _, t in sent])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iter, "feature.possible_transitions": True})
    trainer.train(model_file)


def spans(labels: list[str]) -> set[tuple[int, int]]:
    out, start = set(), None
    for i, lab in enumerate([*labels, "O"]):
        if start is not None and lab != "I-PER":
            out.add((start, i))
            start = None
        if lab == "B-PER" or (lab == "I-PER" and start is None):
            start = i
    return out


def evaluate(model_file: str, sents, *, lexicon: bool) -> dict[str, float]:
    """Person-name token and span precision/recall/F1 (Viterbi labels)."""
    import pycrfsuite

    lex = get_lexicon().for_language("fi") if lexicon else None
    cache: dict[str, tuple[str, ...]] = {}
    tagger = pycrfsuite.Tagger()
    tagger.open(model_file)
    tp = fp = fn = stp = sfp = sfn = 0
    for sent in sents:
        words = [w for w, _ in sent]
        gold = [fold(t) for _, t in sent]
        pred = tagger.tag(ner_model.sentence_features(words, lex, cache))
        for g, p in zip(gold, pred, strict=True):
            gp, pp = g.endswith("PER"), p.endswith("PER")
            tp += gp and pp
            fp += pp and not gp
            fn += gp and not pp
        gs, ps = spans(gold), spans(pred)
        stp += len(gs & ps)
        sfp += len(ps - gs)
        sfn += len(gs - ps)

    def prf(a: int, b: int, c: int) -> tuple[float, float, float]:
        p, r = a / max(1, a + b), a / max(1, a + c)
        return p, r, 2 * p * r / max(1e-9, p + r)

    tp_, tr_, tf_ = prf(tp, fp, fn)
    sp_, sr_, sf_ = prf(stp, sfp, sfn)
    return {"tok_P": tp_, "tok_R": tr_, "tok_F1": tf_, "span_P": sp_, "span_R": sr_, "span_F1": sf_}


def export(model_file: str, out: Path, meta: dict[str, object]) -> dict[str, object]:
    """crfsuite model -> gzipped JSON: labels, transition matrix, per-feature weight vectors."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(model_file)
    info = tagger.info()
    labels = sorted(tagger.labels(), key=lambda x: (x != "O", x))
    li = {lab: k for k, lab in enumerate(labels)}
    trans = [[0.0] * len(labels) for _ in labels]
    for (a, b), w in info.transitions.items():
        trans[li[a]][li[b]] = round(w, 4)
    feats: dict[str, list[float]] = {}
    for (attr, lab), w in info.state_features.items():
        w = round(w, 4)
        if w:
            feats.setdefault(attr, [0.0] * len(labels))[li[lab]] = w
    feats = dict(sorted(feats.items()))
    meta = {**meta, "feature_version": ner_model.FEATURE_VERSION, "n_features": len(feats),
            "weights_sha256": ner_model.weights_digest(labels, trans, feats)}
    data = {"meta": meta, "labels": labels, "transitions": trans, "features": feats}
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with open(tmp, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
        gz.write(raw)
    tmp.replace(out)
    return meta


def build_training(docs, *, lower_copies: bool, seed: int, extra=()) -> list[list[tuple[str, str]]]:
    """Turku sentences (and their lower-cased copies) plus ``extra`` sentences as they are, shuffled."""
    rng = random.Random(seed)
    sents = [s for d in docs for s in d]
    out = list(sents)
    if lower_copies:
        out.extend(lowered(s) for s in sents if rng.random() < LOWER_SHARE)
    out.extend(extra)
    rng.shuffle(out)
    return out


def holdout_jsonl(docs, path: Path) -> None:
    """Held-out documents in the scorer's format: up to four sentences a text, PERSON spans only."""
    lines = []
    n = 0
    for d in docs:
        for k in range(0, len(d), 4):
            text, pii = "", []
            for sent in d[k : k + 4]:
                start, prev_end = None, 0
                for w, t in sent:
                    glue = "" if not text or w in ".,:;!?)" or text.endswith("(") else " "
                    text += glue
                    s = len(text)
                    text += w
                    lab = fold(t)
                    if lab == "B-PER" or (lab == "I-PER" and start is None):
                        if start is not None:
                            pii.append((start, prev_end))
                        start = s
                    elif lab != "I-PER" and start is not None:
                        pii.append((start, prev_end))
                        start = None
                    prev_end = len(text)
                if start is not None:
                    pii.append((start, prev_end))
            n += 1
            lines.append(json.dumps({"id": f"tnerhold-{n:04d}", "lang": "fi", "kind": "real", "text": text,
                                     "pii": [{"start": a, "end": b, "label": "PERSON", "text": text[a:b]} for a, b in pii],
                                     "keep": []}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="folder with train.tsv and dev.tsv")
    ap.add_argument("--out", type=Path, help="model file to write")
    ap.add_argument("--no-lower-copies", dest="lower_copies", action="store_false")
    ap.add_argument("--no-lexicon", dest="lexicon", action="store_false")
    ap.add_argument("--variant-table", action="store_true")
    ap.add_argument("--holdout-every", type=int, default=0)
    ap.add_argument("--holdout-jsonl", type=Path)
    ap.add_argument("--c1", type=float, default=C1, help="L1 penalty (sparser model)")
    ap.add_argument("--c2", type=float, default=C2, help="L2 penalty")
    ap.add_argument("--max-iter", type=int, default=MAX_ITER)
    ap.add_argument("--dropout", type=float, default=DROPOUT, help="share of tokens trained without own-word features")
    ap.add_argument("--rounds", type=Path, help="folder of the held-out rounds (heldoutNN.jsonl) to train on too")
    ap.add_argument("--rounds-below", type=int, default=10_000, help="only rounds numbered below this (the rest stay unseen)")
    ap.add_argument("--rounds-from", type=int, default=0, help="only rounds numbered from this on (a baseline: = --rounds-below)")
    ap.add_argument("--lang", default="fi", help="the rounds' texts in these languages (comma-separated)")
    ap.add_argument("--no-turku", action="store_true", help="the rounds alone (a model for Swedish and English)")
    ap.add_argument("--org-loc", action="store_true", help="organisations and places as labels of their own")
    ap.add_argument("--rounds-lower-copies", action="store_true", help="also a lower-cased copy of each round sentence with capitals")
    ap.add_argument("--work", type=Path, default=Path("/tmp"), help="folder for the crfsuite model file")
    args = ap.parse_args(argv)

    train_path = args.data / "train.tsv"
    digest = hashlib.sha256(train_path.read_bytes()).hexdigest()
    if digest != TRAIN_SHA256:
        print(f"train.tsv differs from the documented one (sha256 {digest})", file=sys.stderr)
        return 2
    docs = [] if args.no_turku else read_conll(train_path)
    dev = [s for d in read_conll(args.data / "dev.tsv") for s in d]
    dev_lower = [lowered(s) for s in dev]
    held: list = []
    if args.holdout_every:
        held = [d for k, d in enumerate(docs) if k % args.holdout_every == args.holdout_every - 1]
        docs = [d for k, d in enumerate(docs) if k % args.holdout_every != args.holdout_every - 1]
        if args.holdout_jsonl:
            holdout_jsonl(held, args.holdout_jsonl)

    if args.org_loc:
        KEPT_TYPES.update(("ORG", "LOC"))
    rounds: list = []
    round_digests: dict[str, str] = {}
    if args.rounds:
        rounds, round_digests = read_rounds(args.rounds, args.rounds_below, args.lang, above=args.rounds_from)
        if args.rounds_lower_copies:
            rounds += [lowered(s) for s in rounds if any(w != w.lower() for w, _ in s)]
        print(json.dumps({"round_files": len(round_digests), "round_sentences": len(rounds)}), flush=True)
    unseen = read_rounds(args.rounds, 10_000, args.lang, above=args.rounds_below)[0] if args.rounds else []

    variants = [(lc, lx) for lc in (False, True) for lx in (False, True)] if args.variant_table else [
        (args.lower_copies, args.lexicon)]
    for lc, lx in variants:
        t0 = time.process_time()
        crf = str(args.work / f"name_model_{int(lc)}{int(lx)}_{args.c1}_{args.c2}_{args.max_iter}_{args.dropout}"
                               f"_{args.holdout_every}_r{args.rounds_below if args.rounds else 0}{'_ol' if args.org_loc else ''}"
                               f"{'_rl' if args.rounds_lower_copies else ''}_{args.lang.replace(',', '')}.crfsuite")
        train(build_training(docs, lower_copies=lc, seed=SEED, extra=rounds), lexicon=lx, model_file=crf, c1=args.c1, c2=args.c2,
              max_iter=args.max_iter, dropout=args.dropout)
        secs = time.process_time() - t0
        row = {"lower_copies": lc, "lexicon": lx, "dropout": args.dropout, "c1": args.c1, "c2": args.c2, "max_iter": args.max_iter,
               "train_cpu_s": round(secs, 1)}
        for name, sents in (("dev", dev), ("dev_lower", dev_lower), ("rounds_unseen", unseen)):
            if not sents:
                continue
            row[name] = {k: round(v, 4) for k, v in evaluate(crf, sents, lexicon=lx).items()}
        print(json.dumps(row), flush=True)
        if args.out and not args.variant_table:
            meta = export(crf, args.out, {
                "script": "scripts/train_name_model.py", "train_sha256": digest, "seed": SEED,
                "c1": args.c1, "c2": args.c2, "max_iterations": args.max_iter, "dropout": args.dropout, "lower_copies": lc, "lexicon_features": lx,
                "holdout_every": args.holdout_every, "rounds_lower_copies": args.rounds_lower_copies, "dev": row["dev"], "dev_lower": row["dev_lower"],
                "rounds": round_digests, "rounds_below": args.rounds_below if args.rounds else None,
                "languages": args.lang, "turku": not args.no_turku,
                "source": "; ".join(
                    [*([] if args.no_turku else ["Turku NER corpus v1.0 train.tsv (CC BY-SA 4.0)"]), "DVV name lists (CC BY 4.0)",
                     *(["CoachDesk held-out rounds (invented notes, tests/unit/privacy/heldout)"] if round_digests else [])]),
                "licence": "CC BY 4.0" if args.no_turku else "CC BY-SA 4.0",
            })
            print(json.dumps({"wrote": str(args.out), "bytes": args.out.stat().st_size, "n_features": meta["n_features"],
                              "weights_sha256": meta["weights_sha256"]}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
