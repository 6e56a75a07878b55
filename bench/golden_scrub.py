"""Golden check for scrubber speed work: the same input must give the same output, byte for byte.

    .venv/bin/python bench/golden_scrub.py --save OUT.jsonl     # before an optimisation
    .venv/bin/python bench/golden_scrub.py --check OUT.jsonl    # after: prints differences, exit 1 on any

Runs ``scrub()`` over ../shared/corpus/dev.jsonl, tner_dev.jsonl and tests/unit/privacy/heldout/heldout*.jsonl
in several ways (the record's language, detected language, lower case, one line, Unicode tricks, with
case terms / colleagues / answers / keep words), plus a 300 k-character concatenation, and records the
whole result (scrubbed text, findings, warnings, language). Keep the output file outside the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def corpora(shared: Path) -> list[Path]:
    paths = [shared / "corpus" / "dev.jsonl", shared / "corpus" / "tner_dev.jsonl"]
    paths += sorted((ROOT / "tests" / "unit" / "privacy" / "heldout").glob("heldout*.jsonl"))
    return [p for p in paths if p.exists()]


def _tricks(text: str) -> str:
    """Soft hyphens, zero-width spaces, NFD letters and fullwidth capitals planted in the text."""
    import unicodedata

    out = []
    for i, ch in enumerate(text):
        if ch.isupper() and i % 3 == 0 and "A" <= ch <= "Z":
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch.isalpha() and i % 17 == 0:
            out.append(ch + "\u00ad")
        elif ch.isalpha() and i % 23 == 0:
            out.append(ch + "\u200b")
        else:
            out.append(ch)
    return unicodedata.normalize("NFD", "".join(out)) if len(text) % 2 else "".join(out)


def runs(shared: Path):
    """(key, text, kwargs) for every scrub call of the check."""
    big: list[str] = []
    for path in corpora(shared):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            rec = json.loads(line)
            text, lang, key = rec["text"], rec.get("lang"), f"{path.name}:{rec.get('id', n)}"
            big.append(text)
            yield key + ":lang", text, {"lang": lang}
            yield key + ":detect", text, {}
            if n % 2 == 0:
                yield key + ":lower", text.lower(), {"lang": lang}
                yield key + ":oneline", text.replace("\n", " "), {}
            if n % 3 == 0:
                yield key + ":tricks", _tricks(text), {"lang": lang}
            pii = [p for p in rec.get("pii", []) if p["label"] in ("PERSON", "ORG", "LOCATION")]
            if pii and n % 2 == 1:
                kinds = {"PERSON": "name", "ORG": "employer", "LOCATION": "place"}
                terms = [(p["text"], kinds[p["label"]]) for p in pii[:3]] + [pii[-1]["text"]]
                keep = [k["text"] for k in rec.get("keep", [])[:2]]
                yield key + ":terms", text, {
                    "lang": lang,
                    "terms": terms,
                    "colleagues": [p["text"] for p in pii if p["label"] == "PERSON"][:2],
                    "decided": {pii[0]["text"].split()[0]: True, "Kela": False},
                    "keep": keep,
                    "keep_terms": keep[:1],
                }
    whole = "\n\n".join(big)
    yield "big:300k", (whole * 2)[:300_000], {"lang": "fi"}


def result_row(key: str, res) -> dict[str, object]:
    return {"key": key, **res.to_dict()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent.parent / "shared")
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--check", type=Path)
    ap.add_argument("--show", type=int, default=5, help="differences to print")
    args = ap.parse_args()
    if not (args.shared / "corpus").exists():
        args.shared = ROOT.parent / "shared"
    from coachdesk.privacy import scrub

    rows = [result_row(key, scrub(text, **kw)) for key, text, kw in runs(args.shared)]
    digest = hashlib.sha256("\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows).encode()).hexdigest()
    if args.save:
        with args.save.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"saved {len(rows)} results, sha256 {digest[:16]}")
        return 0
    old = [json.loads(line) for line in args.check.read_text(encoding="utf-8").splitlines()]
    diffs = [(a, b) for a, b in zip(old, rows, strict=False) if a != json.loads(json.dumps(b, ensure_ascii=False))]
    if len(old) != len(rows):
        print(f"DIFFERENT number of results: {len(old)} saved, {len(rows)} now")
    for a, b in diffs[: args.show]:
        print("DIFF", a["key"])
        for field in ("lang", "scrubbed", "findings", "warnings", "questions"):
            if a.get(field) != b.get(field):
                print(f"  {field}:\n    was {json.dumps(a.get(field), ensure_ascii=False)[:600]}\n    now "
                      f"{json.dumps(b.get(field), ensure_ascii=False)[:600]}")
    print(f"{len(rows)} results, {len(diffs)} differences, sha256 {digest[:16]}")
    return 1 if diffs or len(old) != len(rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
