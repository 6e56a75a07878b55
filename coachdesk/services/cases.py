"""Cases and what the coach writes about them: cases, notes, GAS goals and measures,
reflections, tags, identifying details and search. Each write is one transaction of the vault
(``Store``); these functions are the names the UI and the command line call."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from coachdesk.domain import models as m

if TYPE_CHECKING:
    from coachdesk.vault.store import SearchHit, Store


def preload() -> None:
    """Import the vault's store (SQLAlchemy) ahead of its first use; the lock screen calls this
    on a worker while the coach types the passphrase."""
    import coachdesk.vault.store  # noqa: F401


# ----- cases -------------------------------------------------------------------------------------------
def list_cases(store: Store, *, status: m.CaseStatus | None = None, tag: str | None = None) -> list[m.Case]:
    """Cases, newest activity first, optionally of one status or with one tag."""
    return store.list_cases(status=status, tag=tag)


def open_case(store: Store, case_id: int) -> m.Case:
    """One case with its tags and identifying details (NotFound when there is none)."""
    return store.get_case(case_id)


def case_by_code(store: Store, code: str) -> m.Case:
    """The case with this code ("K-2026-007")."""
    return store.get_case_by_code(code)


def next_case_code(store: Store) -> str:
    """A free case code for this year."""
    return store.next_case_code()


def create_case(store: Store, case: m.Case) -> m.Case:
    """Save a new case (a free code is drawn when it has none); returns it as stored."""
    return store.create_case(case)


def update_case(store: Store, case: m.Case) -> m.Case:
    """Save a changed case with its tags; returns it as stored."""
    return store.update_case(case)


def close_case(store: Store, case_id: int, on: date | None = None) -> m.Case:
    """Close a case (from then on it falls under retention)."""
    case = store.get_case(case_id)
    case.status = m.CaseStatus.CLOSED
    case.closed = on or date.today()
    return store.update_case(case)


def delete_case(store: Store, case_id: int) -> None:
    """Delete a case with everything about it (one transaction)."""
    store.delete_case(case_id)


def all_tags(store: Store) -> list[str]:
    """Every tag in use on a case, sorted."""
    return store.all_tags()


# ----- identifying details ------------------------------------------------------------------------------
def add_identifier(store: Store, case_id: int, value: str, kind: m.IdentifierKind = m.IdentifierKind.OTHER) -> m.Identifier:
    """List a detail that identifies the client (a name, an employer, a place, ...)."""
    return store.add_identifier(case_id, value, kind)


def remove_identifier(store: Store, identifier_id: int) -> None:
    """Remove a listed identifying detail."""
    store.remove_identifier(identifier_id)


def identifiers(store: Store, case_id: int) -> list[m.Identifier]:
    """The case's listed identifying details."""
    return store.list_identifiers(case_id)


def case_terms(store: Store, case_id: int) -> list[str]:
    """The words the scrubber must always hide for this case (its listed identifying details)."""
    return store.case_terms(case_id)


def case_terms_with_kinds(store: Store, case_id: int) -> list[tuple[str, str]]:
    """The case's identifying details as (value, kind) scrubber terms: each keeps its category."""
    return store.case_terms_with_kinds(case_id)


# ----- notes -------------------------------------------------------------------------------------------
def notes(
    store: Store, case_id: int, *, date_from: date | None = None, date_to: date | None = None, newest_first: bool = True,
) -> list[m.Note]:
    """The notes of a case, newest first (or oldest first), optionally within dates."""
    return store.list_notes(case_id, date_from=date_from, date_to=date_to, newest_first=newest_first)


def note(store: Store, note_id: int) -> m.Note:
    """One note (NotFound when there is none)."""
    return store.get_note(note_id)


def add_note(store: Store, note: m.Note) -> m.Note:
    """Save a new note; returns it as stored."""
    return store.add_note(note)


def update_note(store: Store, note: m.Note) -> m.Note:
    """Save a changed note with its tags."""
    return store.update_note(note)


def save_note_text(store: Store, note_id: int, text: str) -> str:
    """Autosave: store a note's text only; returns its new updated_at stamp."""
    return store.save_note_text(note_id, text)


def delete_note(store: Store, note_id: int) -> None:
    """Delete a note."""
    store.delete_note(note_id)


# ----- goals, measures, reflections --------------------------------------------------------------------
def goals(store: Store, case_id: int) -> list[m.Goal]:
    """The case's GAS goals."""
    return store.list_goals(case_id)


def save_goal(store: Store, goal: m.Goal) -> m.Goal:
    """Add a goal (no id yet) or save a changed one."""
    return store.add_goal(goal) if goal.id is None else store.update_goal(goal)


def measures(store: Store, case_id: int, kind: m.MeasureKind | None = None) -> list[m.Measure]:
    """The case's measures (GAS levels, scales), optionally of one kind."""
    return store.list_measures(case_id, kind)


def add_measure(store: Store, measure: m.Measure) -> m.Measure:
    """Record a measure."""
    return store.add_measure(measure)


def reflections(store: Store, case_id: int | None = None, *, general_only: bool = False) -> list[m.Reflection]:
    """Reflections of a case, or all (``general_only``: those of no case)."""
    return store.list_reflections(case_id, general_only=general_only)


def reflection(store: Store, refl_id: int) -> m.Reflection:
    """One reflection (NotFound when there is none)."""
    return store.get_reflection(refl_id)


def save_reflection(store: Store, refl: m.Reflection) -> m.Reflection:
    """Add a reflection (no id yet) or save a changed one."""
    return store.add_reflection(refl) if refl.id is None else store.update_reflection(refl)


# ----- search ------------------------------------------------------------------------------------------
def search(store: Store, query: str, limit: int = 50) -> list[SearchHit]:
    """Cases, notes and reflections matching every word (inflected Finnish forms too), best first."""
    return store.search(query, limit)
