"""Internal candidate span shared by the detectors, and overlap resolution."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

# Higher wins when candidates overlap.
PRIO_TERM = 100
PRIO_PATTERN = 80
PRIO_ADDRESS = 70
PRIO_AGE_DATE = 60
PRIO_ORG = 50
PRIO_NAME = 40
PRIO_WEAK = 20


@dataclass(slots=True)
class Cand:
    """A candidate span: label, finer kind, reason, priority for overlaps, the kept case ending and the person key."""

    start: int
    end: int
    label: str
    kind: str  # finer type for the placeholder: "hetu", "phone", "email", "first", ...
    reason: str
    prio: int
    ending: str = ""  # Finnish case ending kept after the placeholder (":lle")
    key: tuple[str, str] = ("", "")  # person identity: (first base, surname base)
    replacement: str | None = None  # fixed replacement (age ranges, dates of birth)
    uncertain: bool = False
    extra: dict[str, str] = field(default_factory=dict)


def coverage(length: int, cands: Iterable[Cand], keep: Callable[[Cand], bool] | None = None) -> bytearray:
    """Per character of a text of ``length``: 1 where a candidate lies (only those ``keep`` accepts, when given)."""
    out = bytearray(length)
    for c in cands:
        if keep is None or keep(c):
            out[c.start : c.end] = b"\x01" * (c.end - c.start)
    return out


def resolve(cands: list[Cand], length: int) -> list[Cand]:
    """Resolve overlaps: the strongest candidate keeps its label; a weaker one inside it is dropped,
    a weaker one sticking out of it widens it (so nothing a detector found is left half-covered).

    Linear in the candidates' lengths: an owner array maps each character to the candidate that first took
    it, and a merged candidate points to the one that absorbed it (union-find), so a span that keeps
    widening (``AB AB AB …``) is never rewritten character by character.
    """
    order = sorted(cands, key=lambda c: (-c.prio, -(c.end - c.start), c.start))
    owner: list[int] = [-1] * length
    taken: dict[int, Cand] = {}
    merged: dict[int, int] = {}  # a candidate absorbed by a wider one -> that one

    def root(x: int) -> int:
        top = x
        while top in merged:
            top = merged[top]
        while x != top:  # every candidate on the path now points to the top: later lookups are short
            nxt = merged[x]
            merged[x] = top
            x = nxt
        return top

    for c in order:
        if c.end <= c.start or c.start < 0 or c.end > length:
            continue
        seen = set(owner[c.start : c.end])  # (slices: the character loops run in C)
        seen.discard(-1)
        if not seen:
            key = id(c)
            taken[key] = c
            owner[c.start : c.end] = [key] * (c.end - c.start)
            continue
        ids = {root(x) for x in seen}
        hits = [taken[x] for x in ids]
        if any(t.start <= c.start and c.end <= t.end for t in hits):
            for t in hits:  # a case term takes the identity of the name it covers (same letter)
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
        keep_key = id(keep)
        for x in ids:
            if x != keep_key:
                del taken[x]
                merged[x] = keep_key
        # every hit overlaps c, so start..end is c's span and the hits' spans: only c's free characters are new
        owner[c.start : c.end] = [keep_key if v == -1 else v for v in owner[c.start : c.end]]
    return sorted(taken.values(), key=lambda c: c.start)


def _adopt(term: Cand, name: Cand) -> None:
    """A case term takes the identity (the letter) of a name found in it. A term listed under a category
    keeps its label (an employer holding a surname stays an employer); an unlisted one becomes a person
    only when the name is the whole term (``Ngozi`` → ``Ngozille``), not a word inside it."""
    if term.kind != "term" or any(term.key) or not any(name.key) or name.uncertain:
        return
    listed = term.extra.get("term_kind", "")
    if name.label == "PERSON" and (listed in ("name", "relative") or (listed in ("", "other") and term.label == "PERSON")):
        term.key = name.key
    elif listed in ("", "other") and name.label in ("PERSON", "LOCATION") and name.start <= term.start and term.end <= name.end:
        term.key, term.label = name.key, name.label
