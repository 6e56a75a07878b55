"""Golden output of the name detector and the scrubber, for refactoring without a behaviour change.

    PYTHONPATH=$PWD .venv/bin/python scripts/scrub_golden.py save  /tmp/golden.jsonl
    PYTHONPATH=$PWD .venv/bin/python scripts/scrub_golden.py check /tmp/golden.jsonl

Texts: every record of ../shared/corpus/dev.jsonl and tner_dev.jsonl (when present), every
tests/unit/privacy/heldout/heldout*.jsonl, and every string literal of 12 or more characters in
tests/unit/privacy/test_*.py (the tests' sample texts). For each text it keeps what ``find_names`` returned
inside ``scrub`` (every candidate field and the undecided words) and what ``scrub`` returned (findings:
start, end, label, certain; warnings: start, end, kind). ``check`` prints every difference and exits 1
when there is one. The file holds note text: keep it in /tmp, never commit it.
"""

from __future__ import annotations

import ast
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent.parent / "shared"


def _jsonl_texts(path: Path) -> Iterator[tuple[str, str, str | None]]:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if line.strip():
            obj = json.loads(line)
            yield f"{path.name}:{obj.get('id', n)}", obj.get("text", ""), obj.get("lang")


def _test_literals(path: Path) -> Iterator[tuple[str, str, str | None]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    seen: set[str] = set()
    for node in ast.walk(tree):
        value = node.value if isinstance(node, ast.Constant) else None
        if isinstance(value, str) and len(value) >= 12 and value not in seen:
            seen.add(value)
            yield f"{path.name}:{node.lineno}", value, None


def texts() -> Iterator[tuple[str, str, str | None]]:
    """(id, text, lang) of every golden text, in a fixed order."""
    for name in ("dev.jsonl", "tner_dev.jsonl"):
        path = SHARED / "corpus" / name
        if path.exists():
            yield from _jsonl_texts(path)
    for path in sorted((ROOT / "tests" / "unit" / "privacy" / "heldout").glob("heldout*.jsonl")):
        yield from _jsonl_texts(path)
    for path in sorted((ROOT / "tests" / "unit" / "privacy").glob("test_*.py")):
        yield from _test_literals(path)


def run(items: Iterator[tuple[str, str, str | None]] | None = None) -> dict[str, dict[str, object]]:
    """Golden records by text id."""
    from coachdesk.privacy import scrub, scrubber

    original = scrubber.find_names
    seen: list[object] = []

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        cands, undecided = original(*args, **kwargs)
        seen.append(
            [[c.start, c.end, c.label, c.kind, c.reason, c.prio, c.ending, list(c.key), c.uncertain] for c in cands]
            + [["undecided", *u] for u in undecided]
        )
        return cands, undecided

    scrubber.find_names = recording
    out: dict[str, dict[str, object]] = {}
    try:
        for key, text, lang in items if items is not None else texts():
            seen.clear()
            res = scrub(text, lang=lang)
            out[key] = {
                "names": list(seen),
                "findings": [[f.start, f.end, f.label, f.certain] for f in res.findings],
                "warnings": [[w.start, w.end, w.kind] for w in res.warnings],
            }
    finally:
        scrubber.find_names = original
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[1] not in ("save", "check"):
        print(__doc__)
        return 2
    path = Path(argv[2])
    now = run()
    if argv[1] == "save":
        path.write_text("".join(json.dumps({"id": k, **v}, ensure_ascii=False) + "\n" for k, v in now.items()))
        print(f"saved {len(now)} texts to {path}")
        return 0
    old = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        old[obj.pop("id")] = obj
    diffs = 0
    for key in sorted(set(old) | set(now)):
        a, b = old.get(key), now.get(key)
        if a != b:
            diffs += 1
            print(f"DIFF {key}\n  was: {json.dumps(a, ensure_ascii=False)}\n  now: {json.dumps(b, ensure_ascii=False)}")
    print(f"{len(now)} texts, {diffs} differences")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
