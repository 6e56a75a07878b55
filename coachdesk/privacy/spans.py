"""Internal candidate span shared by the detectors, and overlap resolution."""

from __future__ import annotations

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


def resolve(cands: list[Cand]) -> list[Cand]:
    """Resolve overlaps: the strongest candidate keeps its label; a weaker one inside it is dropped,
    a weaker one sticking out of it widens it (so nothing a detector found is left half-covered)."""
    order = sorted(cands, key=lambda c: (-c.prio, -(c.end - c.start), c.start))
    taken: list[Cand] = []
    for c in order:
        if c.end <= c.start:
            continue
        hits = [t for t in taken if c.start < t.end and t.start < c.end]
        if not hits:
            taken.append(c)
            continue
        if any(t.start <= c.start and c.end <= t.end for t in hits):
            continue
        keep = hits[0]
        start = min([c.start] + [t.start for t in hits])
        end = max([c.end] + [t.end for t in hits])
        if end != keep.end:
            keep.ending = c.ending if c.end == end else next(t.ending for t in hits if t.end == end)
        if keep.replacement is not None and (start, end) != (keep.start, keep.end):
            keep.replacement = None
        keep.start, keep.end = start, end
        for t in hits[1:]:
            taken.remove(t)
    taken.sort(key=lambda c: c.start)
    return taken
