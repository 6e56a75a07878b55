"""Store: cases, notes, goals, measures, reflections, identifying details and full-text search."""

from __future__ import annotations

from datetime import date

import pytest

from coachdesk.domain import models as m
from coachdesk.errors import InvalidInput, NotFound


def test_case_codes_generated_and_unique(store):
    year = date.today().year
    a = store.create_case(m.Case(code=""))
    b = store.create_case(m.Case(code=""))
    assert (a.code, b.code) == (f"K-{year}-001", f"K-{year}-002")
    with pytest.raises(InvalidInput, match="already in use"):
        store.create_case(m.Case(code=a.code))
    with pytest.raises(InvalidInput):
        store.create_case(m.Case(code="bad code!"))


def test_case_update_tags_status_and_filters(store):
    case = store.create_case(m.Case(code="K-1", pseudonym="Aalto", tags=["Masennus", " työkokeilu ", "masennus"]))
    assert case.tags == ["masennus", "työkokeilu"]
    case.status = m.CaseStatus.CLOSED
    case.phase = m.Phase.CLOSED
    case.code = "K-1b"
    updated = store.update_case(case)
    assert updated.closed == date.today() and updated.code == "K-1b"
    store.create_case(m.Case(code="K-2", tags=["kipu"]))
    assert [c.code for c in store.list_cases(status=m.CaseStatus.CLOSED)] == ["K-1b"]
    assert [c.code for c in store.list_cases(tag="kipu")] == ["K-2"]
    assert store.all_tags() == ["kipu", "masennus", "työkokeilu"]


def test_identifying_details(store):
    case = store.create_case(m.Case(code="K-1", identifiers=[m.Identifier("Matti Meikäläinen", m.IdentifierKind.NAME)]))
    store.add_identifier(case.id, "Kerava", m.IdentifierKind.PLACE)
    store.add_identifier(case.id, "  kerava ")  # duplicate, any case
    assert store.case_terms(case.id) == ["Matti Meikäläinen", "Kerava"]
    with pytest.raises(InvalidInput):
        store.add_identifier(case.id, "   ")
    store.remove_identifier(store.list_identifiers(case.id)[1].id)
    assert store.case_terms(case.id) == ["Matti Meikäläinen"]


def test_notes_autosave_order_and_cascade(store, vault):
    case = store.create_case(m.Case(code="K-1", opened=date(2026, 1, 1)))
    n1 = store.add_note(m.Note(case_id=case.id, text="eka", date=date(2026, 1, 2), tags=["puhelu"]))
    n2 = store.add_note(m.Note(case_id=case.id, text="toka", date=date(2026, 2, 3)))
    store.save_note_text(n1.id, "eka muokattu")
    assert [n.text for n in store.list_notes(case.id)] == ["toka", "eka muokattu"]
    assert store.list_notes(case.id, date_from=date(2026, 2, 1))[0].id == n2.id
    assert store.get_note(n1.id).tags == ["puhelu"]
    assert store.get_case(case.id).note_count == 2
    assert store.get_case(case.id).last_activity == date(2026, 2, 3)
    with pytest.raises(NotFound):
        store.add_note(m.Note(case_id=999, text="x"))
    store.add_reflection(m.Reflection(template="free", answers={"text": "pohdinta"}, case_id=case.id))
    store.delete_case(case.id)
    assert store.search("eka") == [] and store.search("pohdinta") == []
    assert vault.check() == []


def test_goals_and_measures_validate(store):
    case = store.create_case(m.Case(code="K-1"))
    goal = store.add_goal(m.Goal(case_id=case.id, title="Työpäivä", levels={-2: "0 h", 2: "8 h"}, baseline=-2, current=0))
    assert goal.levels[-2] == "0 h" and goal.levels[1] == ""
    goal.current = 1
    assert store.update_goal(goal).current == 1
    with pytest.raises(InvalidInput):
        store.add_goal(m.Goal(case_id=case.id, title="x", baseline=3))
    store.add_measure(m.Measure(case_id=case.id, kind=m.MeasureKind.WAS, value=6))
    with pytest.raises(InvalidInput, match="between 0 and 10"):
        store.add_measure(m.Measure(case_id=case.id, kind=m.MeasureKind.WAS, value=11))
    with pytest.raises(InvalidInput):
        store.add_measure(m.Measure(case_id=case.id, kind=m.MeasureKind.WAI, value=50))
    store.add_measure(m.Measure(case_id=case.id, kind=m.MeasureKind.NUMERIC, value=-3.5, label="kipu VAS"))
    assert [x.value for x in store.list_measures(case.id)] == [6, -3.5]


def test_reflections_general_and_linked(store):
    case = store.create_case(m.Case(code="K-1"))
    r = store.add_reflection(m.Reflection(template="gibbs", answers={"description": "Kuvaus tapaamisesta"}, case_id=case.id))
    store.add_reflection(m.Reflection(template="free", answers={"text": "Yleinen ajatus"}))
    assert len(store.list_reflections(general_only=True)) == 1
    r.answers["analysis"] = "Analyysi ahdistuksesta"
    store.update_reflection(r)
    assert store.search("ahdistus")[0].kind == "reflection"


@pytest.mark.parametrize(
    ("query", "word"),
    [
        ("masennus", "masennuksesta"),
        ("kipu", "kivun"),
        ("työkokeilu", "työkokeilussa"),
        ("Virtanen", "Virtasen"),
        ("uupumus", "uupumukseen"),
        ("tapaaminen", "tapaamisessa"),
        ("sade", "sateessa"),
        ("burnout", "burnout"),
    ],
)
def test_search_finds_inflected_finnish_forms(store, query, word):
    case = store.create_case(m.Case(code="K-1"))
    store.add_note(m.Note(case_id=case.id, text=f"Puhuimme {word} pitkään."))
    store.add_note(m.Note(case_id=case.id, text="Aivan muuta asiaa."))
    hits = store.search(query)
    assert len(hits) == 1 and "\x02" in hits[0].snippet
    assert word in hits[0].snippet.replace("\x02", "").replace("\x03", "")


def test_search_two_words_prefix_no_hit_and_hostile_syntax(store):
    case = store.create_case(m.Case(code="K-1", pseudonym="Kallio", summary="selkäkipu"))
    store.add_note(m.Note(case_id=case.id, text="ahdistus ja uni"))
    store.add_note(m.Note(case_id=case.id, text="ahdistus"))
    assert len(store.search("ahdistus uni")) == 1
    assert len(store.search("ahdis")) == 2
    assert store.search("olematonsana") == []
    assert store.search('" OR * NEAR( ) -- ;') == []
    assert store.search("") == []
    assert store.search("Kallio")[0].kind == "case"


def test_search_ranks_within_the_newest_window_of_matches(store, monkeypatch):
    from coachdesk.vault import store as store_mod

    monkeypatch.setattr(store_mod, "RANK_WINDOW", 3)
    case = store.create_case(m.Case(code="K-1"))
    ids = [store.add_note(m.Note(case_id=case.id, text=f"kipu {i} " + "kipu " * (10 - i))).id for i in range(10)]
    hits = store.search("kipu")
    assert sorted(h.id for h in hits) == ids[-3:]
    assert hits[0].id == ids[-3]  # within the window, the best bm25 (most 'kipu') first
