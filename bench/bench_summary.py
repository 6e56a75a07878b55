"""Benchmark of printable case summaries: prints figures, never fails.

    .venv/bin/python bench/bench_summary.py [--notes 100 500] [--keep DIR]

For each case size and mode: load from the vault (SQL), build the document model (privacy filter,
scrubber in scrubbed/brief), lay out (line breaking, pagination), draw the PDF; wall time of the
whole and of each step, pages and PDF size. Budgets: 100 notes <= 1.5 s, 500 notes <= 5 s.
Runs offscreen with a fast-KDF vault in a temporary folder (the KDF is not what is measured).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SENTENCES = [
    "Asiakas kertoi viikon sujuneen vaihtelevasti; aamut ovat edelleen raskaita.",
    "Työkokeilussa tehtävät ovat selkeytyneet, ja esihenkilö on antanut myönteistä palautetta.",
    "Puhuimme palautumisesta, unen merkityksestä ja siitä, miten tauot kannattaa sijoittaa päivään.",
    "Hän on huolissaan siitä, jaksaako hän nostaa työaikaa kuuteen tuntiin ennen kesää.",
    "Sovimme, että hän kirjaa seuraavan viikon ajan jaksamisensa asteikolla 0–10.",
    "Työterveyshuollon kanssa on tarkoitus pitää kolmikantapalaveri kuun lopussa.",
    "Ahdistus on lievittynyt, mutta kiireiset päivät nostavat sen yhä esiin.",
    "Liisa Mäkelä soitti numerosta 040 123 4567 ja kertoi, että Kangasalla bussi on myöhässä.",
    "Kävimme läpi vahvuuksia: tarkkuus, kärsivällisyys ja kyky oppia uutta käytännön kautta.",
    "Seuraavaksi selvitetään, voisiko työkokeilu jatkua Pirkan Puutarha Oy:ssä syksyllä.",
]


def fill(store, notes: int) -> int:
    from coachdesk.domain import models as m

    rnd = random.Random(notes)
    start = date(2025, 1, 7)
    case = store.create_case(
        m.Case(code=f"K-2026-{notes:03d}", pseudonym="Kuusikko", phase=m.Phase.WORK_TRIAL, payer=m.Payer.KELA,
               opened=start, tags=["masennus", "työkokeilu"],
               summary="Palaa töihin pitkän sairausloman jälkeen; työkokeilu puutarha-alalla.",
               identifiers=[m.Identifier("Liisa Mäkelä", m.IdentifierKind.NAME),
                            m.Identifier("Kangasala", m.IdentifierKind.PLACE),
                            m.Identifier("Pirkan Puutarha Oy", m.IdentifierKind.EMPLOYER)])
    )
    for i in range(notes):
        paragraphs = [" ".join(rnd.choice(SENTENCES) for _ in range(rnd.randint(2, 5))) for _ in range(rnd.randint(1, 4))]
        store.add_note(m.Note(case_id=case.id, text="\n\n".join(paragraphs), date=start + timedelta(days=3 * i),
                              duration_min=rnd.choice([30, 45, 60])))
    store.add_goal(m.Goal(case_id=case.id, title="Työpäivän pituus", levels={-2: "alle 2 h", 0: "4 h", 2: "täysi"},
                          baseline=-1, current=1))
    for k in range(12):
        store.add_measure(m.Measure(case_id=case.id, kind=m.MeasureKind.WAS, value=rnd.randint(3, 8),
                                    date=start + timedelta(days=30 * k)))
    return case.id  # type: ignore[return-value]


def run(store, case_id: int, mode: str) -> dict:
    from coachdesk.export.summary import Mode, SummaryOptions, build_summary, load_case_data
    from coachdesk.printing.layout import layout
    from coachdesk.printing.render import pdf_bytes

    options = SummaryOptions(mode=Mode(mode))
    t0 = time.perf_counter()
    data = load_case_data(store, case_id, options)
    t1 = time.perf_counter()
    doc = build_summary(data, options)
    t2 = time.perf_counter()
    laid = layout(doc)
    t3 = time.perf_counter()
    pdf = pdf_bytes(laid)
    t4 = time.perf_counter()
    return {"load": t1 - t0, "model": t2 - t1, "layout": t3 - t2, "pdf": t4 - t3, "total": t4 - t0,
            "pages": len(laid.pages), "kb": len(pdf) / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, nargs="+", default=[100, 500])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from coachdesk.printing.fonts import ensure_fonts
    from coachdesk.printing.headless import ensure_gui_app
    from coachdesk.privacy import warm_up
    from coachdesk.vault import keys
    from coachdesk.vault.vault import Vault

    t = time.perf_counter()
    ensure_gui_app()
    ensure_fonts()
    warm_up()
    print(f"start-up (Qt app, fonts, scrubber lexicons): {time.perf_counter() - t:.2f} s")
    budgets = {100: 1.5, 500: 5.0}
    with tempfile.TemporaryDirectory() as tmp:
        kdf = keys.KdfParams(salt=keys.b64e(os.urandom(16)), iterations=2, memory_kib=1024)
        vault, _ = Vault.create(Path(tmp) / "v", "benchmark passphrase", kdf=kdf)
        with vault:
            print(f"{'notes':>5} {'mode':>8} {'pages':>5} {'KB':>6} {'load':>6} {'model':>6} {'layout':>6} "
                  f"{'pdf':>6} {'total':>6}  budget")
            for n in args.notes:
                case_id = fill(vault.store, n)
                for mode in ("private", "scrubbed", "brief"):
                    runs = [run(vault.store, case_id, mode) for _ in range(args.repeat)]
                    best = min(runs, key=lambda r: r["total"])
                    budget = budgets.get(n)
                    verdict = "" if budget is None else f"{'ok' if best['total'] <= budget else 'OVER'} (<= {budget} s)"
                    print(f"{n:>5} {mode:>8} {best['pages']:>5} {best['kb']:>6.0f} {best['load']:>6.2f} "
                          f"{best['model']:>6.2f} {best['layout']:>6.2f} {best['pdf']:>6.2f} {best['total']:>6.2f}  "
                          f"{verdict}")


if __name__ == "__main__":
    main()
