"""The scrubber on an independently written corpus: recall, direct identifiers, kept terms,
precision — scored by the rule of ../shared/corpus/README.md (every letter and digit of a span
must be covered by findings)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coachdesk.privacy import scrub

HERE = Path(__file__).parent
DIRECT = {"ID", "CONTACT", "ADDRESS"}


def _covered(findings) -> set[int]:
    return {i for f in findings for i in range(f.start, f.end)}


def _score(corpus: Path) -> dict[str, float]:
    caught = {"ALL": [0, 0], "DIRECT": [0, 0], "PERSON": [0, 0]}
    keep_ok = keep_all = 0
    covered_alnum = covered_in_pii = 0
    for line in corpus.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text = rec["text"]
        result = scrub(text, lang=rec["lang"])
        cov = _covered(result.findings)
        pii_positions = set()
        for span in rec["pii"]:
            alnum = [i for i in range(span["start"], span["end"]) if text[i].isalnum()]
            pii_positions.update(range(span["start"], span["end"]))
            hit = all(i in cov for i in alnum)
            for group in ("ALL", "DIRECT" if span["label"] in DIRECT else None, "PERSON" if span["label"] == "PERSON" else None):
                if group:
                    caught[group][0] += hit
                    caught[group][1] += 1
        for span in rec["keep"]:
            keep_all += 1
            keep_ok += not any(i in cov for i in range(span["start"], span["end"]) if text[i].isalnum())
        alnum_cov = [i for i in cov if i < len(text) and text[i].isalnum()]
        covered_alnum += len(alnum_cov)
        covered_in_pii += sum(1 for i in alnum_cov if i in pii_positions)
    return {
        **{k: a / b for k, (a, b) in caught.items()},
        "KEEP": keep_ok / keep_all,
        "precision": covered_in_pii / max(1, covered_alnum),
    }


@pytest.fixture(scope="module")
def scored():
    return {name: _score(HERE / name) for name in FLOORS}


# Floors a little below the measured figures (README.md); rounds 2–16 and 18–29 were added after their first runs
# (rounds 20–29: their floors are below their first runs, before any fixes from them). Rounds 17–19 were
# raised after the scrub-recall rules (hurried.py, org_rules.py, age_date_rules.py, form_words.py, spoken_ids.py),
# which were written from the KINDS of misses only, never from these texts.
FLOORS = {
    "heldout.jsonl": {"ALL": 0.96, "DIRECT": 1.0, "PERSON": 0.90, "KEEP": 0.98, "precision": 0.90},
    "heldout2.jsonl": {"ALL": 0.97, "DIRECT": 1.0, "PERSON": 0.95, "KEEP": 0.99, "precision": 0.96},
    "heldout3.jsonl": {"ALL": 0.97, "DIRECT": 1.0, "PERSON": 0.96, "KEEP": 0.99, "precision": 0.95},
    "heldout4.jsonl": {"ALL": 0.97, "DIRECT": 1.0, "PERSON": 0.95, "KEEP": 0.99, "precision": 0.97},
    "heldout5.jsonl": {"ALL": 0.97, "DIRECT": 1.0, "PERSON": 0.96, "KEEP": 0.99, "precision": 0.97},
    "heldout6.jsonl": {"ALL": 0.97, "DIRECT": 1.0, "PERSON": 0.96, "KEEP": 0.99, "precision": 0.97},
    "heldout7.jsonl": {"ALL": 0.96, "DIRECT": 1.0, "PERSON": 0.93, "KEEP": 0.99, "precision": 0.95},
    "heldout8.jsonl": {"ALL": 0.97, "DIRECT": 1.0, "PERSON": 0.95, "KEEP": 0.99, "precision": 0.97},
    "heldout9.jsonl": {"ALL": 0.96, "DIRECT": 1.0, "PERSON": 0.95, "KEEP": 0.99, "precision": 0.97},
    "heldout10.jsonl": {"ALL": 0.97, "DIRECT": 1.0, "PERSON": 0.96, "KEEP": 0.99, "precision": 0.97},
    "heldout11.jsonl": {"ALL": 0.97, "DIRECT": 1.0, "PERSON": 0.96, "KEEP": 0.99, "precision": 0.97},
    "heldout12.jsonl": {"ALL": 0.98, "DIRECT": 1.0, "PERSON": 0.97, "KEEP": 0.99, "precision": 0.97},
    "heldout13.jsonl": {"ALL": 0.98, "DIRECT": 1.0, "PERSON": 0.97, "KEEP": 0.99, "precision": 0.97},
    "heldout14.jsonl": {"ALL": 0.98, "DIRECT": 1.0, "PERSON": 0.97, "KEEP": 0.99, "precision": 0.97},
    "heldout15.jsonl": {"ALL": 0.98, "DIRECT": 1.0, "PERSON": 0.97, "KEEP": 0.99, "precision": 0.97},
    "heldout16.jsonl": {"ALL": 0.98, "DIRECT": 1.0, "PERSON": 0.97, "KEEP": 0.99, "precision": 0.97},
    "heldout17.jsonl": {"ALL": 0.97, "DIRECT": 1.0, "PERSON": 0.96, "KEEP": 0.99, "precision": 0.90},
    "heldout18.jsonl": {"ALL": 0.95, "DIRECT": 1.0, "PERSON": 0.93, "KEEP": 0.99, "precision": 0.98},
    "heldout19.jsonl": {"ALL": 0.96, "DIRECT": 0.98, "PERSON": 0.96, "KEEP": 0.98, "precision": 0.96},
    "heldout20.jsonl": {"ALL": 0.90, "DIRECT": 0.97, "PERSON": 0.89, "KEEP": 0.90, "precision": 0.95},
    "heldout21.jsonl": {"ALL": 0.87, "DIRECT": 0.97, "PERSON": 0.86, "KEEP": 0.91, "precision": 0.95},
    "heldout22.jsonl": {"ALL": 0.93, "DIRECT": 0.96, "PERSON": 0.92, "KEEP": 0.98, "precision": 0.96},
    "heldout23.jsonl": {"ALL": 0.91, "DIRECT": 0.87, "PERSON": 0.91, "KEEP": 0.95, "precision": 0.96},
    "heldout24.jsonl": {"ALL": 0.92, "DIRECT": 0.91, "PERSON": 0.91, "KEEP": 0.95, "precision": 0.96},
    "heldout25.jsonl": {"ALL": 0.88, "DIRECT": 0.92, "PERSON": 0.84, "KEEP": 0.93, "precision": 0.96},
    "heldout26.jsonl": {"ALL": 0.93, "DIRECT": 0.91, "PERSON": 0.94, "KEEP": 0.96, "precision": 0.96},
    "heldout27.jsonl": {"ALL": 0.91, "DIRECT": 0.96, "PERSON": 0.91, "KEEP": 0.97, "precision": 0.96},
    "heldout28.jsonl": {"ALL": 0.94, "DIRECT": 0.95, "PERSON": 0.95, "KEEP": 0.98, "precision": 0.95},
    "heldout29.jsonl": {"ALL": 0.95, "DIRECT": 0.96, "PERSON": 0.95, "KEEP": 0.96, "precision": 0.95},
    "heldout30.jsonl": {"ALL": 0.94, "DIRECT": 0.96, "PERSON": 0.94, "KEEP": 0.97, "precision": 0.96},
    "heldout31.jsonl": {"ALL": 0.94, "DIRECT": 0.95, "PERSON": 0.94, "KEEP": 0.96, "precision": 0.96},
    "heldout32.jsonl": {"ALL": 0.95, "DIRECT": 0.95, "PERSON": 0.94, "KEEP": 0.98, "precision": 0.96},
    "heldout33.jsonl": {"ALL": 0.94, "DIRECT": 0.94, "PERSON": 0.96, "KEEP": 0.98, "precision": 0.96},
    "heldout34.jsonl": {"ALL": 0.93, "DIRECT": 0.98, "PERSON": 0.92, "KEEP": 0.98, "precision": 0.96},
    "heldout35.jsonl": {"ALL": 0.94, "DIRECT": 0.94, "PERSON": 0.96, "KEEP": 0.98, "precision": 0.96},
    "heldout36.jsonl": {"ALL": 0.95, "DIRECT": 0.98, "PERSON": 0.94, "KEEP": 0.98, "precision": 0.97},
    "heldout37.jsonl": {"ALL": 0.94, "DIRECT": 0.95, "PERSON": 0.93, "KEEP": 0.98, "precision": 0.97},
    "heldout38.jsonl": {"ALL": 0.94, "DIRECT": 0.95, "PERSON": 0.94, "KEEP": 0.97, "precision": 0.96},
    "heldout39.jsonl": {"ALL": 0.92, "DIRECT": 0.96, "PERSON": 0.94, "KEEP": 0.97, "precision": 0.97},
    "heldout40.jsonl": {"ALL": 0.94, "DIRECT": 0.95, "PERSON": 0.94, "KEEP": 0.98, "precision": 0.98},
    "heldout41.jsonl": {"ALL": 0.91, "DIRECT": 0.91, "PERSON": 0.93, "KEEP": 0.99, "precision": 0.97},
    "heldout42.jsonl": {"ALL": 0.93, "DIRECT": 0.99, "PERSON": 0.88, "KEEP": 0.99, "precision": 0.95},
    "heldout43.jsonl": {"ALL": 0.91, "DIRECT": 0.95, "PERSON": 0.89, "KEEP": 0.99, "precision": 0.97},
    "heldout44.jsonl": {"ALL": 0.95, "DIRECT": 0.97, "PERSON": 0.95, "KEEP": 0.99, "precision": 0.97},
    "heldout45.jsonl": {"ALL": 0.96, "DIRECT": 0.99, "PERSON": 0.97, "KEEP": 0.99, "precision": 0.98},
    "heldout46.jsonl": {"ALL": 0.94, "DIRECT": 0.97, "PERSON": 0.92, "KEEP": 0.95, "precision": 0.97},
    "heldout47.jsonl": {"ALL": 0.96, "DIRECT": 0.99, "PERSON": 0.95, "KEEP": 0.98, "precision": 0.97},
    "heldout48.jsonl": {"ALL": 0.95, "DIRECT": 0.97, "PERSON": 0.95, "KEEP": 0.99, "precision": 0.98},
    "heldout49.jsonl": {"ALL": 0.97, "DIRECT": 0.97, "PERSON": 0.97, "KEEP": 0.99, "precision": 0.97},
    "heldout50.jsonl": {"ALL": 0.94, "DIRECT": 0.93, "PERSON": 0.95, "KEEP": 0.99, "precision": 0.97},
    "heldout51.jsonl": {"ALL": 0.92, "DIRECT": 0.95, "PERSON": 0.90, "KEEP": 0.98, "precision": 0.98},
    "heldout52.jsonl": {"ALL": 0.94, "DIRECT": 0.97, "PERSON": 0.95, "KEEP": 0.99, "precision": 0.96},
    "heldout53.jsonl": {"ALL": 0.96, "DIRECT": 0.98, "PERSON": 0.95, "KEEP": 0.99, "precision": 0.97},
    "heldout54.jsonl": {"ALL": 0.92, "DIRECT": 0.98, "PERSON": 0.90, "KEEP": 0.99, "precision": 0.96},
    "heldout55.jsonl": {"ALL": 0.93, "DIRECT": 0.97, "PERSON": 0.93, "KEEP": 0.99, "precision": 0.97},
    "heldout56.jsonl": {"ALL": 0.94, "DIRECT": 0.98, "PERSON": 0.92, "KEEP": 0.99, "precision": 0.97},
    "heldout57.jsonl": {"ALL": 0.96, "DIRECT": 0.97, "PERSON": 0.96, "KEEP": 0.99, "precision": 0.96},
    "heldout58.jsonl": {"ALL": 0.96, "DIRECT": 0.98, "PERSON": 0.95, "KEEP": 0.98, "precision": 0.95},
    "heldout59.jsonl": {"ALL": 0.94, "DIRECT": 0.99, "PERSON": 0.92, "KEEP": 0.98, "precision": 0.96},
    "heldout60.jsonl": {"ALL": 0.94, "DIRECT": 0.97, "PERSON": 0.93, "KEEP": 0.99, "precision": 0.97},
    "heldout61.jsonl": {"ALL": 0.93, "DIRECT": 0.99, "PERSON": 0.90, "KEEP": 0.97, "precision": 0.96},
    "heldout62.jsonl": {"ALL": 0.91, "DIRECT": 0.99, "PERSON": 0.88, "KEEP": 0.99, "precision": 0.97},
    "heldout63.jsonl": {"ALL": 0.88, "DIRECT": 0.98, "PERSON": 0.83, "KEEP": 0.99, "precision": 0.97},
    "heldout64.jsonl": {"ALL": 0.95, "DIRECT": 0.99, "PERSON": 0.95, "KEEP": 0.99, "precision": 0.96},
    "heldout65.jsonl": {"ALL": 0.87, "DIRECT": 0.98, "PERSON": 0.84, "KEEP": 0.96, "precision": 0.96},
    "heldout66.jsonl": {"ALL": 0.90, "DIRECT": 0.99, "PERSON": 0.87, "KEEP": 0.99, "precision": 0.97},
    "heldout67.jsonl": {"ALL": 0.89, "DIRECT": 0.97, "PERSON": 0.88, "KEEP": 0.99, "precision": 0.95},
    "heldout68.jsonl": {"ALL": 0.89, "DIRECT": 0.92, "PERSON": 0.87, "KEEP": 0.98, "precision": 0.96},
    "heldout69.jsonl": {"ALL": 0.92, "DIRECT": 0.98, "PERSON": 0.92, "KEEP": 0.99, "precision": 0.95},
    "heldout70.jsonl": {"ALL": 0.92, "DIRECT": 0.96, "PERSON": 0.93, "KEEP": 0.99, "precision": 0.96},
    "heldout71.jsonl": {"ALL": 0.93, "DIRECT": 0.98, "PERSON": 0.94, "KEEP": 0.99, "precision": 0.97},
    "heldout72.jsonl": {"ALL": 0.94, "DIRECT": 0.98, "PERSON": 0.92, "KEEP": 0.99, "precision": 0.98},
    "heldout73.jsonl": {"ALL": 0.95, "DIRECT": 0.98, "PERSON": 0.94, "KEEP": 0.99, "precision": 0.96},
    "heldout74.jsonl": {"ALL": 0.95, "DIRECT": 0.97, "PERSON": 0.93, "KEEP": 0.99, "precision": 0.96},
    "heldout75.jsonl": {"ALL": 0.96, "DIRECT": 0.98, "PERSON": 0.93, "KEEP": 0.99, "precision": 0.97},
    "heldout76.jsonl": {"ALL": 0.96, "DIRECT": 0.98, "PERSON": 0.95, "KEEP": 0.99, "precision": 0.97},
    "heldout77.jsonl": {"ALL": 0.95, "DIRECT": 0.98, "PERSON": 0.93, "KEEP": 0.98, "precision": 0.96},
    "heldout78.jsonl": {"ALL": 0.95, "DIRECT": 0.97, "PERSON": 0.93, "KEEP": 0.99, "precision": 0.96},
    "heldout79.jsonl": {"ALL": 0.93, "DIRECT": 0.98, "PERSON": 0.92, "KEEP": 0.99, "precision": 0.96},
    "heldout80.jsonl": {"ALL": 0.93, "DIRECT": 0.99, "PERSON": 0.91, "KEEP": 0.99, "precision": 0.96},
    "heldout81.jsonl": {"ALL": 0.95, "DIRECT": 0.96, "PERSON": 0.95, "KEEP": 0.99, "precision": 0.96},
    "heldout82.jsonl": {"ALL": 0.93, "DIRECT": 0.98, "PERSON": 0.92, "KEEP": 0.98, "precision": 0.97},
    "heldout83.jsonl": {"ALL": 0.92, "DIRECT": 0.98, "PERSON": 0.91, "KEEP": 0.98, "precision": 0.97},
    "heldout84.jsonl": {"ALL": 0.94, "DIRECT": 0.96, "PERSON": 0.93, "KEEP": 0.98, "precision": 0.97},
    "heldout85.jsonl": {"ALL": 0.92, "DIRECT": 0.93, "PERSON": 0.92, "KEEP": 0.99, "precision": 0.98},
    "heldout86.jsonl": {"ALL": 0.93, "DIRECT": 0.96, "PERSON": 0.92, "KEEP": 0.99, "precision": 0.97},
    "heldout87.jsonl": {"ALL": 0.94, "DIRECT": 0.96, "PERSON": 0.95, "KEEP": 0.99, "precision": 0.97},
    "heldout88.jsonl": {"ALL": 0.93, "DIRECT": 0.97, "PERSON": 0.91, "KEEP": 0.98, "precision": 0.97},
    "heldout89.jsonl": {"ALL": 0.92, "DIRECT": 0.95, "PERSON": 0.92, "KEEP": 0.98, "precision": 0.97},
    "heldout90.jsonl": {"ALL": 0.95, "DIRECT": 0.99, "PERSON": 0.93, "KEEP": 0.99, "precision": 0.97},
    "heldout91.jsonl": {"ALL": 0.92, "DIRECT": 0.99, "PERSON": 0.92, "KEEP": 0.98, "precision": 0.97},
    "heldout92.jsonl": {"ALL": 0.94, "DIRECT": 0.97, "PERSON": 0.94, "KEEP": 0.99, "precision": 0.97},
    "heldout93.jsonl": {"ALL": 0.94, "DIRECT": 0.98, "PERSON": 0.93, "KEEP": 0.99, "precision": 0.96},
    "heldout94.jsonl": {"ALL": 0.91, "DIRECT": 0.96, "PERSON": 0.87, "KEEP": 0.99, "precision": 0.96},
    "heldout95.jsonl": {"ALL": 0.95, "DIRECT": 0.99, "PERSON": 0.94, "KEEP": 0.99, "precision": 0.97},
    "heldout96.jsonl": {"ALL": 0.92, "DIRECT": 0.99, "PERSON": 0.89, "KEEP": 0.99, "precision": 0.97},
    "heldout97.jsonl": {"ALL": 0.94, "DIRECT": 0.98, "PERSON": 0.92, "KEEP": 0.98, "precision": 0.96},
    "heldout98.jsonl": {"ALL": 0.91, "DIRECT": 0.98, "PERSON": 0.86, "KEEP": 0.98, "precision": 0.96},
    "heldout99.jsonl": {"ALL": 0.93, "DIRECT": 0.98, "PERSON": 0.90, "KEEP": 0.98, "precision": 0.96},
    "heldout100.jsonl": {"ALL": 0.90, "DIRECT": 0.95, "PERSON": 0.88, "KEEP": 0.98, "precision": 0.96},
    "heldout101.jsonl": {"ALL": 0.92, "DIRECT": 0.97, "PERSON": 0.91, "KEEP": 0.98, "precision": 0.96},
    "heldout102.jsonl": {"ALL": 0.94, "DIRECT": 0.96, "PERSON": 0.95, "KEEP": 0.98, "precision": 0.96},
    "heldout103.jsonl": {"ALL": 0.92, "DIRECT": 0.97, "PERSON": 0.90, "KEEP": 0.98, "precision": 0.97},
    "heldout104.jsonl": {"ALL": 0.94, "DIRECT": 0.97, "PERSON": 0.93, "KEEP": 0.97, "precision": 0.95},
    "heldout105.jsonl": {"ALL": 0.90, "DIRECT": 0.96, "PERSON": 0.89, "KEEP": 0.98, "precision": 0.97},
    "heldout106.jsonl": {"ALL": 0.94, "DIRECT": 0.98, "PERSON": 0.92, "KEEP": 0.97, "precision": 0.96},
    "heldout107.jsonl": {"ALL": 0.92, "DIRECT": 0.97, "PERSON": 0.91, "KEEP": 0.98, "precision": 0.96},
    "heldout108.jsonl": {"ALL": 0.93, "DIRECT": 0.94, "PERSON": 0.95, "KEEP": 0.98, "precision": 0.95},
    "heldout109.jsonl": {"ALL": 0.93, "DIRECT": 0.98, "PERSON": 0.93, "KEEP": 0.98, "precision": 0.96},
    "heldout110.jsonl": {"ALL": 0.92, "DIRECT": 0.97, "PERSON": 0.92, "KEEP": 0.97, "precision": 0.95},
    "heldout111.jsonl": {"ALL": 0.96, "DIRECT": 0.98, "PERSON": 0.95, "KEEP": 0.98, "precision": 0.95},
    "heldout112.jsonl": {"ALL": 0.94, "DIRECT": 0.96, "PERSON": 0.94, "KEEP": 0.98, "precision": 0.96},
    "heldout113.jsonl": {"ALL": 0.94, "DIRECT": 0.98, "PERSON": 0.93, "KEEP": 0.98, "precision": 0.96},
    "heldout114.jsonl": {"ALL": 0.94, "DIRECT": 0.98, "PERSON": 0.93, "KEEP": 0.97, "precision": 0.96},
    "heldout115.jsonl": {"ALL": 0.89, "DIRECT": 0.96, "PERSON": 0.88, "KEEP": 0.98, "precision": 0.97},
    "heldout_spoken.jsonl": {"ALL": 0.97, "DIRECT": 1.0, "PERSON": 0.90, "KEEP": 0.99, "precision": 0.97},
}


@pytest.mark.parametrize(("corpus", "metric"), [(c, m) for c, floors in FLOORS.items() for m in floors])
def test_heldout_floor(scored, corpus, metric):
    assert scored[corpus][metric] >= FLOORS[corpus][metric], scored[corpus]
