"""The row type of a rule module's ``RULES`` table (hurried notes, tables, form words, organisations)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rule:
    """One named rule: its id (shown by ``coachdesk scrub --explain`` and in finding reasons) and a one-line doc."""

    id: str
    doc: str
