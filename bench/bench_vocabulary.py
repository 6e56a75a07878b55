"""How long checking the coach's never-scrub list takes (Settings → Vocabulary checks it on the UI
thread when OK is pressed and the list changed; ``coachdesk vocabulary add`` checks the whole list)
and how much a full list costs the scrubber per 2,000 characters. Prints figures; not a pass/fail test.

    PYTHONPATH=. .venv/bin/python bench/bench_vocabulary.py
"""

from __future__ import annotations

import statistics
import time

from coachdesk.privacy import scrub, warm_up
from coachdesk.services.vocabulary import MAX_TERMS, check_keep_terms

TEXT = ("Asiakas aloitti Saapas-kahvilassa maanantaina; Liisa Mäkelä kertoi Duunipolku-hankkeesta ja "
        "työkokeilusta Pirkan Puutarha Oy:ssä. Perjantaipiirissä puhuimme jaksamisesta. ") * 12


def _median_ms(fn, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    warm_up()
    for n in (10, 100, MAX_TERMS):
        terms = [f"Tiimin hanke {i}-{chr(0x61 + i % 26)}" for i in range(n)]
        print(f"check_keep_terms  {n:>4} terms  {_median_ms(lambda t=terms: check_keep_terms(t)):8.1f} ms")
    text = TEXT[:2000]
    full = [f"Tiimin hanke {i}" for i in range(MAX_TERMS)]
    print(f"scrub 2,000 chars, no own terms    {_median_ms(lambda: scrub(text)):8.1f} ms")
    print(f"scrub 2,000 chars, {MAX_TERMS} own terms  {_median_ms(lambda: scrub(text, keep_terms=full)):8.1f} ms")


if __name__ == "__main__":
    main()
