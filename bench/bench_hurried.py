"""Cost of the hurried-line layer (hurried_style + hurried_names) inside real scrubs: prints, never fails.

    .venv/bin/python bench/bench_hurried.py [--runs 200]

The layer's own CPU time per scrub of a 2,000-character text (wrapped around ``hurried_names.find``
while ``scrub`` runs), for careful prose (only the cheap line test runs) and for a note of hurried
phone lines (invented), p50 and p95 in ms. Target (issue: hurried notes): p95 <= 0.3 ms per 2,000
characters.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_scrub import make_text  # noqa: E402

HURRIED = (
    "puh raimo klo 9.40 – ei päässy, soittaa ens viikol\n"
    "äiti raili soittaa huomenna, veli farid tulkkas\n"
    "muista kysyy rikeltä palkkatuesta, kela päätös tuli\n"
    "tuke (tuomas k.) soitti, tuken vaimo sairas\n"
    "käy kontulassa kotikäynnillä, muutti tikkurilaan\n"
    "haluaa takas hashimin pizzeriaan, työkokeilu ok\n"
    "tel nisse (nils b.) – har inte kommit\n"
    "call w blessing (ghanaian, 29) re cleaning job\n"
)


def hurried_text(n: int = 2000) -> str:
    out = "Tapaaminen sujui hyvin. Asiakas on motivoitunut.\n"
    while len(out) < n:
        out += HURRIED
    return out[:n]


def measure(text: str, runs: int) -> tuple[float, float]:
    from coachdesk.privacy import hurried_names, scrub

    spent: list[float] = []
    real = hurried_names.find

    def timed(*args, **kw):  # type: ignore[no-untyped-def]
        t0 = time.process_time()
        try:
            return real(*args, **kw)
        finally:
            spent.append(time.process_time() - t0)

    hurried_names.find = timed  # type: ignore[assignment]
    try:
        for _ in range(10):
            scrub(text, lang="fi")
        spent.clear()
        for _ in range(runs):
            scrub(text, lang="fi")
    finally:
        hurried_names.find = real  # type: ignore[assignment]
    ms = sorted(s * 1000 for s in spent)
    return statistics.median(ms), ms[int(0.95 * (len(ms) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=200)
    args = ap.parse_args()
    for name, text in (("careful 2,000 chars", make_text(2000)), ("hurried 2,000 chars", hurried_text(2000))):
        p50, p95 = measure(text, args.runs)
        print(f"hurried layer, {name}: p50 {p50:.3f} ms CPU, p95 {p95:.3f} ms CPU")


if __name__ == "__main__":
    main()
