"""Why a word was (or was not) taken as a name: the trace behind ``coachdesk scrub --explain``.

Off by default, and then it costs one context-variable read per scrub. ``collecting()`` switches it on
for the scrubs inside a ``with`` block; the name layer (``names.find_names``) then records every finding
and every near-miss (a word that got evidence but no finding: a veto of a listed name, a question, a
pending lower-case name) with the rules that fired, and the name model (``name_evidence``) its votes.
Offsets index the normalised text the detectors saw. The trace lives in memory only; the CLI prints it
to stdout with the scrub output (never to a log).
"""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachdesk.privacy.name_context import NameCtx
    from coachdesk.privacy.spans import Cand


@dataclass(frozen=True, slots=True)
class TraceEntry:
    """One finding or near-miss of the name layer, with the rules that fired and the score."""
    start: int
    end: int
    text: str
    label: str  # PERSON, LOCATION or "" (no finding)
    decision: str  # name, ask, question, none (see name_decision.THRESHOLDS)
    score: float
    rules: tuple[tuple[str, float, str], ...]  # (rule id, weight, word) in the order they fired
    finding: bool  # True: a name-layer finding; False: a near-miss


@dataclass(slots=True)
class Trace:
    """What one scrub's name layer decided and why (collected only for --explain)."""
    entries: list[TraceEntry] = field(default_factory=list)
    fired: list[tuple[int, str, str]] = field(default_factory=list)  # (start, word, rule id): every rule, vetoes too

    def add(self, entry: TraceEntry) -> None:
        """Record one finding or near-miss."""
        self.entries.append(entry)


NEAR_MISS = 0.25  # a model probability at or above which a word the model did not take is a near-miss

_CURRENT: ContextVar[Trace | None] = ContextVar("coachdesk_name_trace", default=None)


def current() -> Trace | None:
    """The trace being collected, or None (the normal case: nothing is recorded)."""
    return _CURRENT.get()


@contextlib.contextmanager
def collecting() -> Iterator[Trace]:
    """Collect the trace of every scrub inside the block."""
    trace = Trace()
    token = _CURRENT.set(trace)
    try:
        yield trace
    finally:
        _CURRENT.reset(token)


def record(trace: Trace, ctx: NameCtx, cands: list[Cand]) -> None:
    """Add the name layer's findings and near-misses of one text to ``trace``."""
    from coachdesk.privacy.lexicon import NAME, PLACE
    from coachdesk.privacy.name_decision import RULES, decision

    by_tok: dict[int, list[str]] = {}
    for k, rid in ctx.fired:
        by_tok.setdefault(k, []).append(rid)
        trace.fired.append((ctx.toks[k].start, ctx.toks[k].text, rid))
    starts = [t.start for t in ctx.toks]
    used: set[int] = set()
    for c in cands:
        ks = []
        i = bisect.bisect_left(starts, c.start)
        while i < ctx.n and starts[i] < c.end:
            if i in by_tok:
                ks.append(i)
            i += 1
        used.update(ks)
        rules = tuple((rid, RULES[rid].weight, ctx.toks[k].text) for k in ks for rid in by_tok[k])
        finals = [RULES[by_tok[k][-1]].weight for k in ks] or [0.0]
        score = finals[0] if len(finals) == 1 else max(finals)
        what = "ask" if c.uncertain else "name"
        trace.add(TraceEntry(c.start, c.end, ctx.text[c.start : c.end], c.label, what, score, rules, True))
    for k, rids in sorted(by_tok.items()):
        if k in used:
            continue
        w = RULES[rids[-1]].weight
        if w < 0 and (rids[-1] == "kept.word" or not ctx.infos[k].flags & (NAME | PLACE)):
            continue  # a veto of a kept word or of a word in no list: nothing was near
        t = ctx.toks[k]
        rules = tuple((rid, RULES[rid].weight, t.text) for rid in rids)
        trace.add(TraceEntry(t.start, t.end, t.text, "", decision(w), w, rules, False))
