"""Vault benchmarks (issue 2): open with passphrase and raw key, autosave commits, FTS search,
CLI start. Prints figures; not a pass/fail test.

    .venv/bin/python bench/bench_vault.py [--notes 10000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from coachdesk.domain import models as m
from coachdesk.vault import keys
from coachdesk.vault.vault import Vault, unlock_with_passphrase

WORDS = (
    "asiakas kertoi masennuksesta ja ahdistuksesta työkokeilu alkoi maanantaina kipu vaihtelee "
    "uupumus jaksaminen esihenkilö työterveyshuolto kuntoutus opiskelu tavoite unirytmi kivun "
    "masennus työkyky tapaaminen sovimme seuraavasta verkostopalaveri selkäkipu palaute"
).split()


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def ms(x: float) -> str:
    return f"{x * 1000:.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    args = parser.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "v"
        t0 = time.perf_counter()
        kdf = keys.calibrate_kdf()
        print(f"KDF calibration: {time.perf_counter() - t0:.2f} s -> Argon2id {kdf.iterations} passes, "
              f"{kdf.memory_kib // 1024} MiB, {kdf.lanes} lanes")
        vault, _ = Vault.create(folder, "bench passphrase", kdf=kdf)
        store = vault.store
        case = store.create_case(m.Case(code="K-BENCH"))
        # 10,000 single-note commits, the autosave pattern: one transaction per save
        times = []
        start = date(2020, 1, 1)
        for i in range(args.notes):
            text = " ".join(rng.choice(WORDS) for _ in range(60))
            t = time.perf_counter()
            store.add_note(m.Note(case_id=case.id, text=text, date=start + timedelta(days=i % 2000)))
            times.append(time.perf_counter() - t)
        print(f"{args.notes} single-note commits (synchronous=FULL): median {ms(statistics.median(times))}, "
              f"p95 {ms(pct(times, 95))}, total {sum(times):.1f} s")
        note_id = store.list_notes(case.id)[0].id
        saves = []
        for i in range(500):
            t = time.perf_counter()
            store.save_note_text(note_id, f"autosave {i} " + "teksti " * 100)
            saves.append(time.perf_counter() - t)
        print(f"autosave update of one note x500: median {ms(statistics.median(saves))}, p95 {ms(pct(saves, 95))}")
        queries = {
            "word": "masennus",
            "prefix": "työkok",
            "inflected (kipu -> kivun)": "kipu",
            "two words": "ahdistus esihenkilö",
            "no hit": "olematonsana",
        }
        for label, q in queries.items():
            store.search(q)
            runs = []
            for _ in range(50):
                t = time.perf_counter()
                hits = store.search(q)
                runs.append(time.perf_counter() - t)
            print(f"search {label!r} over {args.notes} notes: p95 {ms(pct(runs, 95))}, median "
                  f"{ms(statistics.median(runs))} ({len(hits)} hits, limit 50)")
        vault.close()
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            Vault.open(folder, "bench passphrase").close()
            runs.append(time.perf_counter() - t)
        print(f"open with passphrase (KDF + open + quick_check): median {statistics.median(runs):.3f} s")
        key = unlock_with_passphrase(folder, "bench passphrase")
        runs = []
        for _ in range(10):
            t = time.perf_counter()
            Vault.open_with_key(folder, bytearray(key)).close()
            runs.append(time.perf_counter() - t)
        print(f"open with raw key (engine + version gate + quick_check, {args.notes} notes): "
              f"median {ms(statistics.median(runs))}")
    runs = []
    for _ in range(10):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "coachdesk", "--version"], check=True, capture_output=True)
        runs.append(time.perf_counter() - t)
    print(f"coachdesk --version wall time: median {ms(statistics.median(runs))}, min {ms(min(runs))}")


if __name__ == "__main__":
    main()
