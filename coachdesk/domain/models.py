"""Cases, session notes, goals (GAS), measures and reflections as plain dataclasses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from coachdesk.errors import InvalidInput


class CaseStatus(StrEnum):
    """Where a case stands: active, paused or closed (closed cases fall under retention)."""

    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"


class Payer(StrEnum):
    """Who pays for the coaching."""

    KELA = "kela"
    PENSION_INSURER = "pension_insurer"
    TE_SERVICES = "te_services"
    OCCUPATIONAL_HEALTH = "occupational_health"
    OTHER = "other"


class Phase(StrEnum):
    """The phase of the coaching process."""

    MAPPING = "mapping"
    GOALS = "goals"
    WORK_TRIAL = "work_trial"
    JOB_COACHING = "job_coaching"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


class NoteKind(StrEnum):
    """How a session took place."""

    MEETING = "meeting"
    PHONE = "phone"
    VIDEO = "video"
    NETWORK = "network"


class IdentifierKind(StrEnum):
    """What an identifying detail of a case is (it decides its placeholder)."""

    NAME = "name"
    PLACE = "place"
    EMPLOYER = "employer"
    RELATIVE = "relative"
    OTHER = "other"


class MeasureKind(StrEnum):
    """A work-ability measure: WAS, WAI or a plain number."""

    WAS = "was"  # Work Ability Score 0-10
    WAI = "wai"  # Work Ability Index 7-49
    NUMERIC = "numeric"


MEASURE_RANGES: dict[MeasureKind, tuple[float, float] | None] = {
    MeasureKind.WAS: (0, 10),
    MeasureKind.WAI: (7, 49),
    MeasureKind.NUMERIC: None,
}

GAS_LEVELS = (-2, -1, 0, 1, 2)
CASE_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")


@dataclass
class Identifier:
    """An identifying detail of a case (a name, place, employer ...) that is never shared."""

    value: str
    kind: IdentifierKind = IdentifierKind.OTHER
    id: int | None = None


@dataclass
class Case:
    """A coaching case, known by its code and pseudonym; ``id`` is None until it is saved."""

    code: str
    pseudonym: str = ""
    status: CaseStatus = CaseStatus.ACTIVE
    opened: date = field(default_factory=date.today)
    closed: date | None = None
    payer: Payer = Payer.OTHER
    referral: str = ""
    phase: Phase = Phase.MAPPING
    summary: str = ""
    tags: list[str] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    id: int | None = None
    updated_at: str = ""
    note_count: int = 0
    last_activity: date | None = None


@dataclass
class Note:
    """A session note of a case; ``id`` is None until it is saved."""

    case_id: int
    text: str = ""
    date: date = field(default_factory=date.today)
    duration_min: int | None = None
    kind: NoteKind = NoteKind.MEETING
    tags: list[str] = field(default_factory=list)
    id: int | None = None
    updated_at: str = ""


@dataclass
class Goal:
    """A GAS goal of a case with its level descriptions (-2..+2), baseline and current level."""

    case_id: int
    title: str
    levels: dict[int, str] = field(default_factory=dict)  # -2..2 -> description
    baseline: int | None = None
    current: int | None = None
    position: int = 0
    id: int | None = None


@dataclass
class Measure:
    """One dated value of a work-ability measure of a case."""

    case_id: int
    kind: MeasureKind
    value: float
    date: date = field(default_factory=date.today)
    label: str = ""
    id: int | None = None


@dataclass
class Reflection:
    """The coach's own reflection on a template, about a case or general (``case_id`` None)."""

    template: str
    answers: dict[str, str] = field(default_factory=dict)
    date: date = field(default_factory=date.today)
    case_id: int | None = None
    title: str = ""
    id: int | None = None
    updated_at: str = ""


def validate_case_code(code: str) -> str:
    """The case code stripped, or InvalidInput when it is not 1-32 safe characters."""
    code = code.strip()
    if not CASE_CODE_RE.match(code):
        raise InvalidInput(
            f"Invalid case code {code!r}: use 1-32 letters, digits, '-', '_' or '.', e.g. K-2026-014."
        )
    return code


def normalize_tags(tags: list[str] | tuple[str, ...]) -> list[str]:
    """Lower-case, trimmed, unique tags in their first order."""
    seen: dict[str, None] = {}
    for tag in tags:
        clean = " ".join(tag.strip().lower().split())
        if clean:
            seen.setdefault(clean[:64], None)
    return list(seen)


def validate_measure(kind: MeasureKind, value: float) -> float:
    """The value as a float, or InvalidInput when it is outside the measure's scale."""
    rng = MEASURE_RANGES[kind]
    if rng is not None and not (rng[0] <= value <= rng[1]):
        raise InvalidInput(f"{kind.value.upper()} must be between {rng[0]:g} and {rng[1]:g}, not {value:g}.")
    return float(value)


def validate_gas_level(level: int | None) -> int | None:
    """The GAS level unchanged (None allowed), or InvalidInput when not -2..+2."""
    if level is not None and level not in GAS_LEVELS:
        raise InvalidInput(f"A GAS level is -2, -1, 0, +1 or +2, not {level}.")
    return level


def next_case_code(existing: list[str], year: int) -> str:
    """The next free code like ``K-2026-014`` for ``year`` given the codes already in use."""
    prefix = f"K-{year}-"
    numbers = [int(c[len(prefix) :]) for c in existing if c.startswith(prefix) and c[len(prefix) :].isdigit()]
    return f"{prefix}{(max(numbers) if numbers else 0) + 1:03d}"
