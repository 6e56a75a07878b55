"""Recall of the scrubber on spoken identifiers made by the speaker (``tests/support/speak.py``).

``python bench/spoken_recall.py [--n 40] [--seed 7] [--misses 5] [--kinds more]`` prints, per kind and language, the
share of spoken identifiers whose every letter and digit is covered (the scorer's rule), and the
share of negative sentences (counts in words) left untouched.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coachdesk.privacy import scrub
from tests.support import speak


def covered(text: str, start: int, end: int, findings: list[tuple[int, int]]) -> bool:
    cov = bytearray(len(text))
    for s, e in findings:
        cov[s:e] = b"\x01" * (e - s)
    return all(cov[i] for i in range(start, end) if text[i].isalnum())


def selected(samples: list[speak.Spoken], kinds: str) -> list[speak.Spoken]:
    """The samples of the comma-separated ``kinds`` (``more``: the kinds of ``speak.MORE_SPEAKERS``; empty: all)."""
    if not kinds:
        return samples
    wanted = set(speak.MORE_SPEAKERS) if kinds == "more" else set(kinds.split(","))
    return [s for s in samples if s.kind in wanted]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--misses", type=int, default=3)
    ap.add_argument("--kinds", default="", help="comma-separated kinds, or 'more' for spoken_more.py's kinds")
    args = ap.parse_args()
    hits: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses: dict[tuple[str, str], list[str]] = defaultdict(list)
    for s in selected(speak.sample(args.seed, args.n), args.kinds):
        r = scrub(s.text, lang=s.lang)
        ok = covered(s.text, s.start, s.end, [(f.start, f.end) for f in r.findings])
        cell = hits[(s.kind, s.lang)]
        cell[0] += ok
        cell[1] += 1
        if not ok:
            misses[(s.kind, s.lang)].append(f"{s.written} | {s.text} | {r.text}")
    total = [0, 0]
    for (kind, lang), (ok, n) in sorted(hits.items()):
        total[0] += ok
        total[1] += n
        print(f"{kind:8} {lang}  {ok / n:.3f}  ({ok}/{n})")
        for m in misses[(kind, lang)][: args.misses]:
            print("    miss:", m)
    print(f"ALL      --  {total[0] / total[1]:.3f}  ({total[0]}/{total[1]})")
    for lang, sents in speak.NEGATIVES.items():
        kept = 0
        for t in sents:
            r = scrub(t, lang=lang)
            if r.findings:
                print(f"    negative touched ({lang}): {t} -> {r.text}")
            else:
                kept += 1
        print(f"negative {lang}  {kept}/{len(sents)} untouched")


if __name__ == "__main__":
    main()
