"""Convert the hand-written probe texts (``data/probe_source.txt``) to scorer JSONL."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

MARK = re.compile(r"\[\[([A-Z]+):([^\]]+)\]\]")


def parse(path: Path) -> list[dict[str, object]]:
    recs: list[dict[str, object]] = []
    header = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@@"):
            rid, lang, kind = (x.strip() for x in line[2:].split("|"))
            header = (rid, lang, kind)
            continue
        assert header is not None
        text, pii, keep = "", [], []
        pos = 0
        for m in MARK.finditer(line):
            text += line[pos : m.start()]
            start = len(text)
            text += m.group(2)
            span = {"start": start, "end": len(text), "label": m.group(1), "text": m.group(2)}
            (keep if m.group(1) == "KEEP" else pii).append(span)
            pos = m.end()
        text += line[pos:]
        recs.append({"id": header[0], "lang": header[1], "kind": header[2], "text": text, "pii": pii, "keep": keep})
    return recs


if __name__ == "__main__":
    for r in parse(Path(sys.argv[1])):
        print(json.dumps(r, ensure_ascii=False))
