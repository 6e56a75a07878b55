"""Reading and writing the coach's data. Every write is one transaction; the FTS index is kept
in step by triggers inside that same transaction."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Protocol

from sqlalchemy import Select, delete, func, insert, select, text, update
from sqlalchemy.engine import Connection, CursorResult, Engine, Row
from sqlalchemy.exc import DBAPIError, IntegrityError

from coachdesk.domain import models as m
from coachdesk.domain.search_query import fts_query
from coachdesk.errors import DiskFull, InvalidInput, NotFound, VaultDamaged
from coachdesk.vault import schema as s
from coachdesk.vault.engine import SQLITE_CORRUPT, SQLITE_FULL, SQLITE_NOTADB, sqlite_errorcode

LEVEL_COLUMNS = {-2: "level_m2", -1: "level_m1", 0: "level_0", 1: "level_p1", 2: "level_p2"}


def now_iso() -> str:
    """Now, in UTC, as stored in the vault's timestamp columns."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def inserted_id(result: CursorResult[Any]) -> int:
    """The primary key of the row that a single-row INSERT made."""
    key = result.inserted_primary_key
    if key is None:  # only after executemany or a statement that is no INSERT
        raise TypeError("no single-row INSERT")
    return int(key[0])


@dataclass(frozen=True)
class SearchHit:
    """One full-text search result: a case, note or reflection, with a highlighted snippet."""

    kind: str  # "case" | "note" | "reflection"
    id: int
    case_id: int | None
    case_code: str
    title: str
    snippet: str  # with \x02 ... \x03 around matches (the UI turns them into highlights)
    date: date | None


class Connector(Protocol):
    """What a Store needs of its engine: a connection to read with, a write transaction."""

    def connect(self) -> AbstractContextManager[Connection]:
        """A connection for reads."""
        ...

    def begin(self) -> AbstractContextManager[Connection]:
        """A connection inside a write transaction (committed at the end, rolled back on error)."""
        ...


class _Joined:
    """One open transaction seen as an engine: every read and every nested write uses it (so the
    reads see the writes before they commit); the outer :meth:`Store.transaction` commits."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def connect(self) -> AbstractContextManager[Connection]:
        return nullcontext(self.conn)

    def begin(self) -> AbstractContextManager[Connection]:
        return nullcontext(self.conn)


class Store:
    """Repository over one unlocked engine."""

    def __init__(self, engine: Engine | Connector) -> None:
        self.engine = engine

    # ----- transactions ------------------------------------------------------------------------
    @contextmanager
    def tx(self) -> Iterator[Connection]:
        """One write transaction; disk full and damage become clear, user-facing errors."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except IntegrityError:
            raise
        except DBAPIError as err:
            code = sqlite_errorcode(err)
            if code == SQLITE_FULL:
                raise DiskFull() from err
            if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
                raise VaultDamaged("a write failed") from err
            raise

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Several writes (store, requests, outbox) as ONE transaction: yields a Store bound to one
        connection; every ``tx()`` and read through it joins that transaction, which commits when
        the block ends and rolls back entirely if it raises. Only for the calling thread."""
        with self.tx() as conn:
            yield Store(_Joined(conn))

    # ----- cases -----------------------------------------------------------------------------
    def case_codes(self) -> list[str]:
        """Every case code in the vault."""
        with self.engine.connect() as conn:
            return list(conn.execute(select(s.cases.c.code)).scalars())

    def next_case_code(self, year: int | None = None) -> str:
        """A free case code for ``year`` (this year by default)."""
        return m.next_case_code(self.case_codes(), year or date.today().year)

    def create_case(self, case: m.Case) -> m.Case:
        """Save a new case with its tags and identifying details; returns it as stored."""
        code = m.validate_case_code(case.code or self.next_case_code())
        stamp = now_iso()
        try:
            with self.tx() as conn:
                case_id = inserted_id(conn.execute(
                    insert(s.cases).values(
                        code=code,
                        pseudonym=case.pseudonym.strip(),
                        status=m.CaseStatus(case.status).value,
                        opened=case.opened,
                        closed=case.closed,
                        payer=m.Payer(case.payer).value,
                        referral=case.referral,
                        phase=m.Phase(case.phase).value,
                        summary=case.summary,
                        created_at=stamp,
                        updated_at=stamp,
                    )
                ))
                self._write_case_tags(conn, case_id, case.tags)
                for ident in case.identifiers:
                    self._insert_identifier(conn, case_id, ident.value, ident.kind)
        except IntegrityError as err:
            raise InvalidInput(f"The case code {code} is already in use.") from err
        return self.get_case(case_id)

    def update_case(self, case: m.Case) -> m.Case:
        """Save a changed case (tags and identifying details too); returns it as stored."""
        if case.id is None:
            raise NotFound("The case has not been saved yet.")
        code = m.validate_case_code(case.code)
        status = m.CaseStatus(case.status)
        closed = case.closed
        if status is m.CaseStatus.CLOSED and closed is None:
            closed = date.today()
        try:
            with self.tx() as conn:
                result = conn.execute(
                    update(s.cases)
                    .where(s.cases.c.id == case.id)
                    .values(
                        code=code,
                        pseudonym=case.pseudonym.strip(),
                        status=status.value,
                        opened=case.opened,
                        closed=closed,
                        payer=m.Payer(case.payer).value,
                        referral=case.referral,
                        phase=m.Phase(case.phase).value,
                        summary=case.summary,
                        updated_at=now_iso(),
                    )
                )
                if result.rowcount == 0:
                    raise NotFound(f"No case with id {case.id}.")
                self._write_case_tags(conn, case.id, case.tags)
        except IntegrityError as err:
            raise InvalidInput(f"The case code {code} is already in use.") from err
        return self.get_case(case.id)

    def _write_case_tags(self, conn: Connection, case_id: int, tags: list[str]) -> None:
        conn.execute(delete(s.case_tags).where(s.case_tags.c.case_id == case_id))
        clean = m.normalize_tags(tags)
        if clean:
            conn.execute(insert(s.case_tags), [{"case_id": case_id, "tag": t} for t in clean])

    def _case_query(self) -> Select[Any]:
        notes_count = (
            select(func.count()).where(s.notes.c.case_id == s.cases.c.id).scalar_subquery().label("note_count")
        )
        last_note = select(func.max(s.notes.c.date)).where(s.notes.c.case_id == s.cases.c.id).scalar_subquery()
        last_refl = (
            select(func.max(s.reflections.c.date)).where(s.reflections.c.case_id == s.cases.c.id).scalar_subquery()
        )
        return select(
            s.cases,
            notes_count,
            last_note.label("last_note"),
            last_refl.label("last_refl"),
        )

    def _row_to_case(self, row: Row[Any], tags: list[str], idents: list[m.Identifier]) -> m.Case:
        last = max(
            (d for d in (_as_date(row.last_note), _as_date(row.last_refl), row.opened) if d is not None),
            default=None,
        )
        return m.Case(
            id=row.id,
            code=row.code,
            pseudonym=row.pseudonym,
            status=m.CaseStatus(row.status),
            opened=row.opened,
            closed=row.closed,
            payer=m.Payer(row.payer),
            referral=row.referral,
            phase=m.Phase(row.phase),
            summary=row.summary,
            tags=tags,
            identifiers=idents,
            updated_at=row.updated_at,
            note_count=row.note_count,
            last_activity=last,
        )

    def get_case(self, case_id: int) -> m.Case:
        """The case with ``case_id`` (NotFound when there is none)."""
        with self.engine.connect() as conn:
            row = conn.execute(self._case_query().where(s.cases.c.id == case_id)).first()
            if row is None:
                raise NotFound(f"No case with id {case_id}.")
            tags = list(
                conn.execute(
                    select(s.case_tags.c.tag).where(s.case_tags.c.case_id == case_id).order_by(s.case_tags.c.tag)
                ).scalars()
            )
            idents = self._identifiers(conn, case_id)
        return self._row_to_case(row, tags, idents)

    def get_case_by_code(self, code: str) -> m.Case:
        """The case with ``code`` (NotFound when there is none)."""
        with self.engine.connect() as conn:
            case_id = conn.execute(select(s.cases.c.id).where(s.cases.c.code == code.strip())).scalar()
        if case_id is None:
            raise NotFound(f"No case with code {code}.")
        return self.get_case(case_id)

    def list_cases(self, *, status: m.CaseStatus | None = None, tag: str | None = None) -> list[m.Case]:
        """Cases with note counts and last activity (identifying details are not loaded)."""
        query = self._case_query()
        if status is not None:
            query = query.where(s.cases.c.status == m.CaseStatus(status).value)
        if tag:
            query = query.where(
                s.cases.c.id.in_(select(s.case_tags.c.case_id).where(s.case_tags.c.tag == tag.strip().lower()))
            )
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(s.cases.c.code)).all()
            tag_rows = conn.execute(select(s.case_tags.c.case_id, s.case_tags.c.tag).order_by(s.case_tags.c.tag)).all()
        tags: dict[int, list[str]] = {}
        for case_id, tag_value in tag_rows:
            tags.setdefault(case_id, []).append(tag_value)
        return [self._row_to_case(row, tags.get(row.id, []), []) for row in rows]

    def all_tags(self) -> list[str]:
        """Every case tag in use, sorted."""
        with self.engine.connect() as conn:
            return list(conn.execute(select(s.case_tags.c.tag).distinct().order_by(s.case_tags.c.tag)).scalars())

    def delete_case(self, case_id: int) -> None:
        """Delete a case and everything linked to it (cascades; FTS rows go with the triggers)."""
        with self.tx() as conn:
            if conn.execute(delete(s.cases).where(s.cases.c.id == case_id)).rowcount == 0:
                raise NotFound(f"No case with id {case_id}.")

    # ----- identifying details -------------------------------------------------------------------
    def _identifiers(self, conn: Connection, case_id: int) -> list[m.Identifier]:
        rows = conn.execute(
            select(s.identifiers).where(s.identifiers.c.case_id == case_id).order_by(s.identifiers.c.id)
        ).all()
        return [m.Identifier(value=r.value, kind=m.IdentifierKind(r.kind), id=r.id) for r in rows]

    def _insert_identifier(self, conn: Connection, case_id: int, value: str, kind: m.IdentifierKind) -> int:
        value = " ".join(value.split())
        if not value:
            raise InvalidInput("An identifying detail must not be empty.")
        return inserted_id(conn.execute(
            insert(s.identifiers).values(
                case_id=case_id, kind=m.IdentifierKind(kind).value, value=value, created_at=now_iso()
            )
        ))

    def add_identifier(
        self, case_id: int, value: str, kind: m.IdentifierKind = m.IdentifierKind.OTHER
    ) -> m.Identifier:
        """Add an identifying detail to a case (an equal one, ignoring letter case, is returned instead)."""
        with self.tx() as conn:
            existing = [i.value.casefold() for i in self._identifiers(conn, case_id)]
            clean = " ".join(value.split())
            if clean.casefold() in existing:
                row = conn.execute(
                    select(s.identifiers).where(
                        s.identifiers.c.case_id == case_id, func.lower(s.identifiers.c.value) == clean.lower()
                    )
                ).first()
                if row is not None:
                    return m.Identifier(value=row.value, kind=m.IdentifierKind(row.kind), id=row.id)
            new_id = self._insert_identifier(conn, case_id, value, kind)
        return m.Identifier(value=clean, kind=m.IdentifierKind(kind), id=new_id)

    def remove_identifier(self, identifier_id: int) -> None:
        """Remove an identifying detail."""
        with self.tx() as conn:
            conn.execute(delete(s.identifiers).where(s.identifiers.c.id == identifier_id))

    def list_identifiers(self, case_id: int) -> list[m.Identifier]:
        """The identifying details of a case."""
        with self.engine.connect() as conn:
            return self._identifiers(conn, case_id)

    def case_terms(self, case_id: int) -> list[str]:
        """The case's identifying details as scrubber terms."""
        return [i.value for i in self.list_identifiers(case_id)]

    def case_terms_with_kinds(self, case_id: int) -> list[tuple[str, str]]:
        """The case's identifying details as (value, kind) scrubber terms: each keeps its category."""
        return [(i.value, m.IdentifierKind(i.kind).value) for i in self.list_identifiers(case_id)]

    # ----- notes -------------------------------------------------------------------------------
    def add_note(self, note: m.Note) -> m.Note:
        """Save a new note; returns it as stored."""
        stamp = now_iso()
        with self.tx() as conn:
            self._require_case(conn, note.case_id)
            note_id = inserted_id(conn.execute(
                insert(s.notes).values(
                    case_id=note.case_id,
                    date=note.date,
                    duration_min=note.duration_min,
                    kind=m.NoteKind(note.kind).value,
                    text=note.text,
                    created_at=stamp,
                    updated_at=stamp,
                )
            ))
            self._write_note_tags(conn, note_id, note.tags)
            self._touch_case(conn, note.case_id, stamp)
        return self.get_note(note_id)

    def update_note(self, note: m.Note) -> m.Note:
        """Save a changed note; returns it as stored."""
        if note.id is None:
            raise NotFound("The note has not been saved yet.")
        stamp = now_iso()
        with self.tx() as conn:
            result = conn.execute(
                update(s.notes)
                .where(s.notes.c.id == note.id)
                .values(
                    date=note.date,
                    duration_min=note.duration_min,
                    kind=m.NoteKind(note.kind).value,
                    text=note.text,
                    updated_at=stamp,
                )
            )
            if result.rowcount == 0:
                raise NotFound(f"No note with id {note.id}.")
            self._write_note_tags(conn, note.id, note.tags)
            self._touch_case(conn, note.case_id, stamp)
        return self.get_note(note.id)

    def save_note_text(self, note_id: int, text_value: str) -> str:
        """Autosave: store the note's text; returns the new updated_at stamp."""
        stamp = now_iso()
        with self.tx() as conn:
            result = conn.execute(
                update(s.notes).where(s.notes.c.id == note_id).values(text=text_value, updated_at=stamp)
            )
            if result.rowcount == 0:
                raise NotFound(f"No note with id {note_id}.")
        return stamp

    def _write_note_tags(self, conn: Connection, note_id: int, tags: list[str]) -> None:
        conn.execute(delete(s.note_tags).where(s.note_tags.c.note_id == note_id))
        clean = m.normalize_tags(tags)
        if clean:
            conn.execute(insert(s.note_tags), [{"note_id": note_id, "tag": t} for t in clean])

    def _touch_case(self, conn: Connection, case_id: int, stamp: str) -> None:
        conn.execute(update(s.cases).where(s.cases.c.id == case_id).values(updated_at=stamp))

    def _require_case(self, conn: Connection, case_id: int | None) -> None:
        if case_id is None:
            return
        if conn.execute(select(s.cases.c.id).where(s.cases.c.id == case_id)).first() is None:
            raise NotFound(f"No case with id {case_id}.")

    def _note_tags(self, conn: Connection, note_ids: list[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        if not note_ids:
            return out
        for chunk_start in range(0, len(note_ids), 500):
            chunk = note_ids[chunk_start : chunk_start + 500]
            for note_id, tag in conn.execute(
                select(s.note_tags.c.note_id, s.note_tags.c.tag).where(s.note_tags.c.note_id.in_(chunk))
            ):
                out.setdefault(note_id, []).append(tag)
        return out

    @staticmethod
    def _row_to_note(row: Row[Any], tags: list[str]) -> m.Note:
        return m.Note(
            id=row.id,
            case_id=row.case_id,
            date=row.date,
            duration_min=row.duration_min,
            kind=m.NoteKind(row.kind),
            text=row.text,
            tags=tags,
            updated_at=row.updated_at,
        )

    def get_note(self, note_id: int) -> m.Note:
        """The note with ``note_id`` (NotFound when there is none)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(s.notes).where(s.notes.c.id == note_id)).first()
            if row is None:
                raise NotFound(f"No note with id {note_id}.")
            tags = self._note_tags(conn, [note_id]).get(note_id, [])
        return self._row_to_note(row, tags)

    def list_notes(
        self, case_id: int, *, date_from: date | None = None, date_to: date | None = None, newest_first: bool = True
    ) -> list[m.Note]:
        """The notes of a case, optionally within dates, newest first by default."""
        query = select(s.notes).where(s.notes.c.case_id == case_id)
        if date_from:
            query = query.where(s.notes.c.date >= date_from)
        if date_to:
            query = query.where(s.notes.c.date <= date_to)
        order = (s.notes.c.date.desc(), s.notes.c.id.desc()) if newest_first else (s.notes.c.date, s.notes.c.id)
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(*order)).all()
            tags = self._note_tags(conn, [r.id for r in rows])
        return [self._row_to_note(r, tags.get(r.id, [])) for r in rows]

    def delete_note(self, note_id: int) -> None:
        """Delete a note."""
        with self.tx() as conn:
            conn.execute(delete(s.notes).where(s.notes.c.id == note_id))

    # ----- goals and measures ---------------------------------------------------------------------
    def add_goal(self, goal: m.Goal) -> m.Goal:
        """Save a new GAS goal; returns it as stored."""
        stamp = now_iso()
        with self.tx() as conn:
            self._require_case(conn, goal.case_id)
            goal_id = inserted_id(conn.execute(insert(s.goals).values(**self._goal_values(goal), created_at=stamp, updated_at=stamp)))
        return self.get_goal(goal_id)

    def update_goal(self, goal: m.Goal) -> m.Goal:
        """Save a changed GAS goal; returns it as stored."""
        with self.tx() as conn:
            result = conn.execute(
                update(s.goals).where(s.goals.c.id == goal.id).values(**self._goal_values(goal), updated_at=now_iso())
            )
            if result.rowcount == 0:
                raise NotFound(f"No goal with id {goal.id}.")
        assert goal.id is not None  # the row was updated
        return self.get_goal(goal.id)

    @staticmethod
    def _goal_values(goal: m.Goal) -> dict:
        if not goal.title.strip():
            raise InvalidInput("A goal needs a title.")
        values = {
            "case_id": goal.case_id,
            "title": goal.title.strip(),
            "baseline": m.validate_gas_level(goal.baseline),
            "current": m.validate_gas_level(goal.current),
            "position": goal.position,
        }
        for level, column in LEVEL_COLUMNS.items():
            values[column] = goal.levels.get(level, "")
        return values

    @staticmethod
    def _row_to_goal(row: Row[Any]) -> m.Goal:
        return m.Goal(
            id=row.id,
            case_id=row.case_id,
            title=row.title,
            levels={level: getattr(row, col) for level, col in LEVEL_COLUMNS.items()},
            baseline=row.baseline,
            current=row.current,
            position=row.position,
        )

    def get_goal(self, goal_id: int) -> m.Goal:
        """The goal with ``goal_id`` (NotFound when there is none)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(s.goals).where(s.goals.c.id == goal_id)).first()
        if row is None:
            raise NotFound(f"No goal with id {goal_id}.")
        return self._row_to_goal(row)

    def list_goals(self, case_id: int) -> list[m.Goal]:
        """The goals of a case in their order."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(s.goals).where(s.goals.c.case_id == case_id).order_by(s.goals.c.position, s.goals.c.id)
            ).all()
        return [self._row_to_goal(r) for r in rows]

    def delete_goal(self, goal_id: int) -> None:
        """Delete a goal."""
        with self.tx() as conn:
            conn.execute(delete(s.goals).where(s.goals.c.id == goal_id))

    def add_measure(self, measure: m.Measure) -> m.Measure:
        """Save a measure value (checked against its scale); returns it with its id."""
        kind = m.MeasureKind(measure.kind)
        value = m.validate_measure(kind, measure.value)
        with self.tx() as conn:
            self._require_case(conn, measure.case_id)
            measure_id = inserted_id(conn.execute(
                insert(s.measures).values(
                    case_id=measure.case_id,
                    kind=kind.value,
                    label=measure.label,
                    value=value,
                    date=measure.date,
                    created_at=now_iso(),
                )
            ))
        return m.Measure(case_id=measure.case_id, kind=kind, value=value, date=measure.date, label=measure.label, id=measure_id)

    def list_measures(self, case_id: int, kind: m.MeasureKind | None = None) -> list[m.Measure]:
        """The measures of a case (of one kind, if given), oldest first."""
        query = select(s.measures).where(s.measures.c.case_id == case_id)
        if kind is not None:
            query = query.where(s.measures.c.kind == m.MeasureKind(kind).value)
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(s.measures.c.date, s.measures.c.id)).all()
        return [
            m.Measure(id=r.id, case_id=r.case_id, kind=m.MeasureKind(r.kind), value=r.value, date=r.date, label=r.label)
            for r in rows
        ]

    def delete_measure(self, measure_id: int) -> None:
        """Delete a measure value."""
        with self.tx() as conn:
            conn.execute(delete(s.measures).where(s.measures.c.id == measure_id))

    # ----- reflections -----------------------------------------------------------------------------
    def add_reflection(self, refl: m.Reflection) -> m.Reflection:
        """Save a new reflection; returns it as stored."""
        stamp = now_iso()
        with self.tx() as conn:
            self._require_case(conn, refl.case_id)
            refl_id = inserted_id(conn.execute(
                insert(s.reflections).values(
                    case_id=refl.case_id,
                    template=refl.template,
                    title=refl.title,
                    date=refl.date,
                    answers=json.dumps(refl.answers, ensure_ascii=False),
                    created_at=stamp,
                    updated_at=stamp,
                )
            ))
            if refl.case_id is not None:
                self._touch_case(conn, refl.case_id, stamp)
        return self.get_reflection(refl_id)

    def update_reflection(self, refl: m.Reflection) -> m.Reflection:
        """Save a changed reflection; returns it as stored."""
        stamp = now_iso()
        with self.tx() as conn:
            self._require_case(conn, refl.case_id)
            result = conn.execute(
                update(s.reflections)
                .where(s.reflections.c.id == refl.id)
                .values(
                    case_id=refl.case_id,
                    template=refl.template,
                    title=refl.title,
                    date=refl.date,
                    answers=json.dumps(refl.answers, ensure_ascii=False),
                    updated_at=stamp,
                )
            )
            if result.rowcount == 0:
                raise NotFound(f"No reflection with id {refl.id}.")
        assert refl.id is not None  # the row was updated
        return self.get_reflection(refl.id)

    @staticmethod
    def _row_to_reflection(row: Row[Any]) -> m.Reflection:
        return m.Reflection(
            id=row.id,
            case_id=row.case_id,
            template=row.template,
            title=row.title,
            date=row.date,
            answers=json.loads(row.answers),
            updated_at=row.updated_at,
        )

    def get_reflection(self, refl_id: int) -> m.Reflection:
        """The reflection with ``refl_id`` (NotFound when there is none)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(s.reflections).where(s.reflections.c.id == refl_id)).first()
        if row is None:
            raise NotFound(f"No reflection with id {refl_id}.")
        return self._row_to_reflection(row)

    def list_reflections(self, case_id: int | None = None, *, general_only: bool = False) -> list[m.Reflection]:
        """Reflections: of a case, only the general ones, or all."""
        query = select(s.reflections)
        if case_id is not None:
            query = query.where(s.reflections.c.case_id == case_id)
        elif general_only:
            query = query.where(s.reflections.c.case_id.is_(None))
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(s.reflections.c.date.desc(), s.reflections.c.id.desc())).all()
        return [self._row_to_reflection(r) for r in rows]

    def delete_reflection(self, refl_id: int) -> None:
        """Delete a reflection."""
        with self.tx() as conn:
            conn.execute(delete(s.reflections).where(s.reflections.c.id == refl_id))

    # ----- settings stored inside the vault (secrets such as webhook URLs live here) ----------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """A setting kept inside the vault (``default`` when unset)."""
        with self.engine.connect() as conn:
            value = conn.execute(select(s.settings.c.value).where(s.settings.c.key == key)).scalar()
        return default if value is None else value

    def set_setting(self, key: str, value: str | None) -> None:
        """Set a setting kept inside the vault (None removes it)."""
        with self.tx() as conn:
            conn.execute(delete(s.settings).where(s.settings.c.key == key))
            if value is not None:
                conn.execute(insert(s.settings).values(key=key, value=value))

    # ----- search ------------------------------------------------------------------------------------
    def search(self, query_text: str, limit: int = 50) -> list[SearchHit]:
        """Cases, notes and reflections matching every word (inflected Finnish forms included),
        best first. Each table ranks (bm25) its newest RANK_WINDOW matches and makes snippets only
        for the top rows, which keeps a search over tens of thousands of notes within milliseconds."""
        match = fts_query(query_text)
        if match is None:
            return []
        hits: list[tuple[float, SearchHit]] = []
        with self.engine.connect() as conn:
            for kind, (fts, sql) in _SEARCH_SQL.items():
                # Rank (bm25) only the newest RANK_WINDOW matches: a common word in a big vault
                # would otherwise rank every note; beyond the window, newer is better anyway.
                floor = conn.execute(
                    text(f"SELECT rowid FROM {fts} WHERE {fts} MATCH :q ORDER BY rowid DESC LIMIT 1 OFFSET :w"),
                    {"q": match, "w": RANK_WINDOW},
                ).scalar()
                params = {"q": match, "limit": limit, "floor": floor or 0}
                for r in conn.execute(text(sql), params):
                    hit = SearchHit(
                        kind=kind,
                        id=r.id,
                        case_id=r.case_id,
                        case_code=r.case_code or "",
                        title=r.title or "",
                        snippet=r.snip or "",
                        date=_as_date(r.d),
                    )
                    hits.append((r.rank, hit))
        hits.sort(key=lambda pair: pair[0])
        return [hit for _rank, hit in hits[:limit]]


RANK_WINDOW = 1500


def _ranked(fts: str, body_sql: str) -> tuple[str, str]:
    return fts, (
        f"WITH top AS MATERIALIZED (SELECT rowid AS id, rank AS r FROM {fts} WHERE {fts} MATCH :q "
        f"AND rowid > :floor ORDER BY rank LIMIT :limit) {body_sql} WHERE {fts} MATCH :q "
        f"AND {fts}.rowid > :floor ORDER BY top.r"
    )


_SEARCH_SQL = {
    "case": _ranked(
        "cases_fts",
        "SELECT c.id AS id, c.id AS case_id, c.code AS case_code, c.pseudonym AS title, "
        "snippet(cases_fts, -1, char(2), char(3), '…', 12) AS snip, c.opened AS d, top.r AS rank "
        "FROM top JOIN cases_fts ON cases_fts.rowid = top.id JOIN cases c ON c.id = top.id",
    ),
    "note": _ranked(
        "notes_fts",
        "SELECT n.id AS id, n.case_id AS case_id, c.code AS case_code, c.pseudonym AS title, "
        "snippet(notes_fts, 0, char(2), char(3), '…', 14) AS snip, n.date AS d, top.r AS rank "
        "FROM top JOIN notes_fts ON notes_fts.rowid = top.id JOIN notes n ON n.id = top.id "
        "JOIN cases c ON c.id = n.case_id",
    ),
    "reflection": _ranked(
        "reflections_fts",
        "SELECT r.id AS id, r.case_id AS case_id, c.code AS case_code, r.title AS title, "
        "snippet(reflections_fts, -1, char(2), char(3), '…', 14) AS snip, r.date AS d, top.r AS rank "
        "FROM top JOIN reflections_fts ON reflections_fts.rowid = top.id "
        "JOIN reflections r ON r.id = top.id LEFT JOIN cases c ON c.id = r.case_id",
    ),
}


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
