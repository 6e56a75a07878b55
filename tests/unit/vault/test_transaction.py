"""Store.transaction: several Store calls as one transaction of the real SQLCipher vault."""

from __future__ import annotations

import pytest

from coachdesk.domain import models as m
from coachdesk.errors import InvalidInput


def test_writes_inside_are_seen_inside_and_committed_together(vault):
    store = vault.store
    with store.transaction() as tx:
        case = tx.create_case(m.Case(code="K-2026-101", pseudonym="A"))
        tx.add_note(m.Note(case_id=case.id, text="Eka."))
        assert tx.get_case(case.id).note_count == 1  # the bound store reads its own writes
        assert store.list_cases() == []  # another connection sees nothing before the commit
    assert [c.code for c in store.list_cases()] == ["K-2026-101"]
    assert len(store.list_notes(case.id)) == 1


def test_an_error_rolls_back_every_write(vault):
    store = vault.store
    with pytest.raises(InvalidInput), store.transaction() as tx:
        case = tx.create_case(m.Case(code="K-2026-102", pseudonym="B"))
        tx.add_note(m.Note(case_id=case.id, text="Katoaa."))
        raise InvalidInput("stop")
    assert store.list_cases() == []
    assert store.search("Katoaa") == []  # the FTS rows went with it
