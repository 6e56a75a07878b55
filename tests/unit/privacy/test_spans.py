"""Overlap resolution (spans.resolve): the union-find version gives exactly what the plain version gave.

The plain version (below, as it was) rewrote the whole widened span at every merge, so a chain of findings
each widening the one before ("AB AB AB …") cost time quadratic in its length; `bench/bench_scrub.py` shows
the chain's CPU seconds (large: cpu_s_chain_20k, cpu_s_chain_40k, ratio about 2)."""

from __future__ import annotations

import copy

from hypothesis import given
from hypothesis import strategies as st

from coachdesk.privacy.spans import Cand, _adopt, resolve


def plain_resolve(cands: list[Cand], length: int) -> list[Cand]:
    """The reference: every merge rewrites the owner of every character of the widened span."""
    order = sorted(cands, key=lambda c: (-c.prio, -(c.end - c.start), c.start))
    owner: list[int] = [-1] * length
    taken: dict[int, Cand] = {}
    for c in order:
        if c.end <= c.start or c.start < 0 or c.end > length:
            continue
        ids = set(owner[c.start : c.end])
        ids.discard(-1)
        if not ids:
            taken[id(c)] = c
            owner[c.start : c.end] = [id(c)] * (c.end - c.start)
            continue
        hits = [taken[x] for x in ids]
        if any(t.start <= c.start and c.end <= t.end for t in hits):
            for t in hits:
                _adopt(t, c)
            continue
        hits.sort(key=lambda t: (-t.prio, t.start))
        keep = hits[0]
        start = min([c.start] + [t.start for t in hits])
        end = max([c.end] + [t.end for t in hits])
        if end != keep.end:
            keep.ending = c.ending if c.end == end else next(t.ending for t in hits if t.end == end)
        if keep.replacement is not None and (start, end) != (keep.start, keep.end):
            keep.replacement = None
        keep.start, keep.end = start, end
        for t in [c, *hits[1:]]:
            _adopt(keep, t)
        for x in ids:
            if x != id(keep):
                del taken[x]
        owner[start:end] = [id(keep)] * (end - start)
    return sorted(taken.values(), key=lambda c: c.start)


def _shape(found: list[Cand]) -> list[tuple]:
    return [(c.start, c.end, c.label, c.kind, c.prio, c.ending, c.key, c.replacement) for c in found]


LABELS = ("PERSON", "ORG", "LOCATION", "ID")
cand = st.builds(
    lambda s, n, label, prio, end_word, repl: Cand(
        s, s + n, label, label.lower(), "r", prio, ending=end_word, key=(f"k{s}", ""), replacement=repl
    ),
    st.integers(0, 60), st.integers(0, 12), st.sampled_from(LABELS), st.sampled_from((20, 40, 50, 80, 100)),
    st.sampled_from(("", ":n", ":lle")), st.sampled_from((None, "[x]")),
)


@given(st.lists(cand, max_size=40))
def test_the_union_find_resolve_equals_the_plain_one(cands: list[Cand]) -> None:
    assert _shape(resolve(copy.deepcopy(cands), 70)) == _shape(plain_resolve(copy.deepcopy(cands), 70))


def test_a_chain_of_widening_findings_becomes_one_span_with_the_last_ending() -> None:
    n = 5000  # merged one into the next thousands of times: every lookup after a merge must still end
    cands = [Cand(3 * i, 3 * i + 5, "ORG", "org", "r", 50, ending=f"e{i}") for i in range(n)]
    [one] = resolve(cands, 3 * n + 5)
    assert (one.start, one.end, one.ending) == (0, 3 * (n - 1) + 5, f"e{n - 1}")


def test_merges_in_both_directions_and_a_later_lookup_of_an_absorbed_candidate() -> None:
    # 0..10 and 20..30 first (longer), then 8..22 joins them, then 9..12 (inside) and 29..33 (widens again)
    cands = [
        Cand(0, 10, "ORG", "org", "r", 50), Cand(20, 30, "ORG", "org", "r", 50), Cand(8, 22, "PERSON", "p", "r", 40),
        Cand(9, 12, "PERSON", "p", "r", 40), Cand(29, 33, "PERSON", "p", "r", 20, ending=":n"),
    ]
    found = resolve(copy.deepcopy(cands), 40)
    assert _shape(found) == _shape(plain_resolve(copy.deepcopy(cands), 40))
    assert [(c.start, c.end) for c in found] == [(0, 33)]
