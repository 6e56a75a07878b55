"""Compact golden output of the scrubber, for tests/unit/privacy/test_name_rules.py.

    PYTHONPATH=$PWD .venv/bin/python -m tests.unit.privacy.golden_names   # rewrite data/golden_scrub.json

Per dev.jsonl text (../shared/corpus, when present): its findings [start, end, label, certain] and
warnings [start, end, kind]; per held-out round of tests/unit/privacy/heldout: one SHA-256 of the same.
Rewrite it only for a deliberate change, after the scorer showed it is no worse on any corpus.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
# ../shared beside the checkout (or beside the worktrees folder), when present
DEV = next(
    (p for p in (REPO.parent / "shared", REPO.parent.parent / "shared") if (p / "corpus" / "dev.jsonl").exists()),
    REPO.parent / "shared",
) / "corpus" / "dev.jsonl"
HELDOUT = REPO / "tests" / "unit" / "privacy" / "heldout"
GOLDEN = Path(__file__).resolve().parent / "data" / "golden_scrub.json"


def _records(path: Path) -> list[tuple[str, str, str | None]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if line.strip():
            obj = json.loads(line)
            out.append((str(obj.get("id", n)), obj.get("text", ""), obj.get("lang")))
    return out


def outputs(path: Path) -> dict[str, list[list[object]]]:
    """Findings and warnings of every text of a JSONL corpus, by id."""
    from coachdesk.privacy import scrub

    got: dict[str, list[list[object]]] = {}
    for rid, text, lang in _records(path):
        res = scrub(text, lang=lang)
        got[rid] = [[f.start, f.end, f.label, f.certain] for f in res.findings] + [
            [w.start, w.end, w.kind] for w in res.warnings
        ]
    return got


def digest(got: dict[str, list[list[object]]]) -> str:
    return hashlib.sha256(json.dumps(got, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def main() -> int:
    data: dict[str, object] = {"heldout": {p.name: digest(outputs(p)) for p in sorted(HELDOUT.glob("heldout*.jsonl"))}}
    if DEV.exists():
        data["dev"] = outputs(DEV)
    GOLDEN.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
