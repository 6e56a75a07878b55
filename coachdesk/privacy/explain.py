"""``coachdesk scrub --explain``: why each finding was made, and which words nearly were names.

Rows (one per finding of the result, then one per near-miss of the name layer) carry the span in the
original text, the label, the decision (``replace``, ``ask``; near-misses: ``question``, ``none``, or
``dropped`` for a name-layer finding removed later, e.g. kept vocabulary or a sentence-initial verb),
the score and the rules that fired with their weights (``name_decision.RULES``; the name model's
votes as ``model.<rule>`` with p as the weight). A finding of another detector (phone, age, org …)
shows its reason. Printed to stdout only, like the scrub output itself; nothing goes to a log.
"""

from __future__ import annotations

import bisect
import re

from coachdesk.privacy.model import ScrubResult
from coachdesk.privacy.name_trace import Trace, TraceEntry
from coachdesk.privacy.normalise import normalise

Row = dict[str, object]


_RULE_ID = re.compile(r"\([a-z]+(?:[._][a-z]+)+\)$")  # the id of a rule-table row closing a reason


def explain_rows(text: str, result: ScrubResult, trace: Trace) -> list[Row]:
    """The explanation of one scrub of ``text`` (whose name-layer trace is ``trace``).

    Linear after sorting: findings do not overlap, so each trace entry meets at most the findings its
    span runs into, found by bisection.
    """
    norm = normalise(text)
    entries: list[tuple[int, int, TraceEntry]] = []
    for e in trace.entries:
        s, end = (e.start, e.end) if norm.identity else norm.span(e.start, e.end)
        entries.append((s, end, e))
    entries.sort(key=lambda x: (x[0], x[1]))
    findings = sorted(result.findings, key=lambda f: f.start)
    starts = [f.start for f in findings]
    mine: list[list[TraceEntry]] = [[] for _ in findings]
    near: list[tuple[int, int, TraceEntry]] = []
    for s, end, e in entries:
        i = max(bisect.bisect_right(starts, s) - 1, 0)
        hit = False
        while i < len(findings) and findings[i].start < end:
            if s < findings[i].end:
                hit = True
                if e.finding:
                    mine[i].append(e)
            i += 1
        if not hit or (not e.finding and e.decision == "question"):  # a question over a finding and its neighbour
            near.append((s, end, e))
    rows: list[Row] = []
    for f, es in zip(findings, mine, strict=True):
        rules: list[tuple[str, float | None, str]] = [r for e in es for r in e.rules]
        score = max((e.score for e in es), default=None)
        if not rules or all(e.label != f.label for e in es):  # another detector's finding over a name-layer word
            rules = [(f"{f.source}: {f.reason}", None, f.text), *rules]
        elif _RULE_ID.search(f.reason):  # a rule-table id ("… (role_name)") decided it: show it too
            rules = [*rules, (f"{f.source}: {f.reason}", None, f.text)]
        rows.append(_row("finding", f.start, f.end, f.text, f.label, "replace" if f.certain else "ask", score, rules))
    for s, end, e in near:
        what = "dropped" if e.finding else e.decision
        rows.append(_row("near-miss", s, end, text[s:end], e.label or "-", what, e.score, list(e.rules)))
    return rows


def _row(
    kind: str, start: int, end: int, text: str, label: str, decision: str, score: float | None,
    rules: list[tuple[str, float | None, str]],
) -> Row:
    return {
        "kind": kind,
        "start": start,
        "end": end,
        "text": text,
        "label": label,
        "decision": decision,
        "score": None if score is None else round(score, 2),
        "rules": [{"id": rid, "weight": None if w is None else round(w, 2), "word": word} for rid, w, word in rules],
    }


def format_rows(rows: list[Row]) -> str:
    """The rows as text lines: kind, label, span, 'text', decision, score, then word:rule(weight) …"""
    lines = ["--- explain ---"]
    for r in rows:
        score = "-" if r["score"] is None else f"{r['score']:+.2f}"
        rules = " ".join(_rule_text(x) for x in r["rules"])  # type: ignore[attr-defined]
        lines.append(
            f"{r['kind']:9} {r['label']:9} {r['start']}-{r['end']} {r['text']!r} {r['decision']} score {score}: {rules}"
        )
    return "\n".join(lines) + "\n"


def _rule_text(rule: dict[str, object]) -> str:
    if rule["weight"] is None:
        return str(rule["id"])
    return f"{rule['word']}:{rule['id']}({rule['weight']:+.2f})"
