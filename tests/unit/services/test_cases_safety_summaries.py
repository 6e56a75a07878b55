"""The cases, safety and summaries services over a real SQLCipher vault."""

from __future__ import annotations

from datetime import date

import pytest

from coachdesk.domain import models as m
from coachdesk.errors import InvalidInput
from coachdesk.services import cases, safety, summaries


def test_a_case_from_creation_to_closing(vault):
    store = vault.store
    case = cases.create_case(store, m.Case(code=cases.next_case_code(store), pseudonym="Asiakas B", tags=["uupumus"]))
    assert case.id is not None
    cases.add_identifier(store, case.id, "Keskon Kauppa", m.IdentifierKind.EMPLOYER)
    cases.add_note(store, m.Note(case_id=case.id, text="Kipu selässä, työkokeilu jatkuu.", date=date(2026, 11, 2)))
    from coachdesk.domain.reflection_templates import TEMPLATES

    cases.save_reflection(store, m.Reflection(template=next(iter(TEMPLATES)), case_id=case.id))
    assert [i.value for i in cases.identifiers(store, case.id)] == ["Keskon Kauppa"]
    assert len(cases.notes(store, case.id)) == 1 and len(cases.reflections(store, case.id)) == 1
    assert cases.all_tags(store) == ["uupumus"]
    assert any(hit.case_id == case.id for hit in cases.search(store, "työkokeilu"))
    closed = cases.close_case(store, case.id, on=date(2026, 11, 30))
    assert closed.status is m.CaseStatus.CLOSED and closed.closed == date(2026, 11, 30)
    assert [c.code for c in cases.list_cases(store, status=m.CaseStatus.CLOSED)] == [case.code]
    assert [i.code for i in safety.closed_cases(vault, date(2026, 12, 1))] == [case.code]


def test_retention_period_is_checked(vault):
    with pytest.raises(InvalidInput):
        safety.set_retention_months(vault, 0)
    safety.set_retention_months(vault, 7)
    assert safety.retention_months(vault) == 7


def test_backup_refuses_a_vault_path_and_writes_one_that_restores(vault, tmp_path):
    with pytest.raises(InvalidInput):
        safety.backup(vault, vault.paths.db)
    out = safety.backup(vault, tmp_path / "kopio.cdbackup")
    assert out.is_file() and out.stat().st_size > 0


def test_summary_model_of_a_case(vault):
    store = vault.store
    case = cases.create_case(store, m.Case(code="K-2026-031", pseudonym="Asiakas C"))
    cases.add_note(store, m.Note(case_id=case.id, text="Tapaaminen sujui.", date=date(2026, 11, 3)))
    options = summaries.SummaryOptions()
    data = summaries.case_data_by_code(store, "K-2026-031", options)
    doc = summaries.build(data, options)
    assert doc is not None
    assert summaries.requests_available(store) is True
