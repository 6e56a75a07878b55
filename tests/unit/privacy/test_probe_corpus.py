"""Recall and precision on the hand-written probe texts, scored like the shared scorer does."""

from __future__ import annotations

from pathlib import Path

from coachdesk.privacy import scrub
from tests.unit.privacy.probe_corpus import parse

DATA = Path(__file__).parent / "data" / "probe_source.txt"


def test_probe_corpus_recall_keep_precision() -> None:
    recs = parse(DATA)
    total = caught = keep_total = keep_kept = cov = cov_gold = 0
    misses = []
    for r in recs:
        text = str(r["text"])
        res = scrub(text, lang=str(r["lang"]))
        covered = [False] * len(text)
        for f in res.findings:
            assert text[f.start : f.end] == f.text
            for i in range(f.start, f.end):
                covered[i] = True
        gold = [False] * len(text)
        for span in r["pii"]:  # type: ignore[union-attr]
            pos = [i for i in range(span["start"], span["end"]) if text[i].isalnum()]
            for i in range(span["start"], span["end"]):
                gold[i] = True
            total += 1
            if all(covered[i] for i in pos):
                caught += 1
            else:
                misses.append((r["id"], span["text"]))
        for span in r["keep"]:  # type: ignore[union-attr]
            keep_total += 1
            keep_kept += not any(covered[i] for i in range(span["start"], span["end"]) if text[i].isalnum())
        for i, ch in enumerate(text):
            if covered[i] and ch.isalnum():
                cov += 1
                cov_gold += gold[i]
    assert caught / total >= 0.97, misses
    assert keep_kept / keep_total >= 0.95
    assert cov_gold / cov >= 0.85
