"""The structured help request: drafting from a case, a note and a reflection; the text that goes out."""

from __future__ import annotations

from datetime import date

import pytest

from coachdesk.domain import help_request as hr
from coachdesk.domain import models as m
from coachdesk.errors import InvalidInput


def test_draft_from_case_prefills_topic_phase_situation_background(store, case):
    fi = hr.draft_from_case(store, case.id, "fi")
    assert fi.case_id == case.id and fi.lang == "fi"
    assert fi.topic == "ahdistus, masennus"
    assert fi.phase == "työkokeilu"
    assert fi.situation.startswith("Asiakas perui kaksi tapaamista")  # the newest note
    assert "masennus ja ahdistus" in fi.background
    assert hr.REF_RE.match(fi.ref)
    en = hr.draft_from_case(store, case.id, "en")
    assert en.phase == "work trial"
    sv = hr.draft_from_case(store, case.id, "sv")
    assert sv.lang == "sv" and sv.phase == "arbetsprövning"
    with pytest.raises(InvalidInput):
        hr.draft_from_case(store, case.id, "de")


def test_draft_from_note_uses_that_note(store, case):
    old = next(n for n in store.list_notes(case.id) if n.text.startswith("Vanha"))
    draft = hr.draft_from_note(store, old.id, "fi")
    assert draft.situation == "Vanha muistiinpano." and draft.note_id == old.id and draft.case_id == case.id


def test_long_note_is_cut_at_a_word(store, case):
    note = store.add_note(m.Note(case_id=case.id, text="sana " * 400, date=date(2026, 11, 26)))
    draft = hr.draft_from_note(store, note.id)
    assert len(draft.situation) <= hr.SITUATION_MAX + 2 and draft.situation.endswith("sana …")


def test_reflection_analysis_drafts_the_question(store, case):
    refl = store.add_reflection(
        m.Reflection(
            template="gibbs",
            case_id=case.id,
            title="Peruutukset",
            answers={
                "description": "Asiakas perui taas tapaamisen viime hetkellä.",
                "analysis": "Asiakas välttelee tilanteita, joissa puhutaan työhön paluusta. Ehkä pelko.",
                "action_plan": "Kokeilen lyhyttä puhelua ennen tapaamista.",
            },
        )
    )
    draft = hr.draft_from_reflection(store, refl.id, "fi")
    assert draft.reflection_id == refl.id and draft.case_id == case.id
    assert draft.question.startswith("Miten toimisit, kun asiakas välttelee tilanteita")
    assert draft.question.endswith("?") and "Ehkä pelko" not in draft.question  # one sentence
    assert draft.thinking.startswith("Asiakas välttelee")
    assert draft.situation == "Asiakas perui taas tapaamisen viime hetkellä."
    assert "lyhyttä puhelua" in draft.tried
    en = hr.draft_from_reflection(store, refl.id, "en")
    assert en.question.startswith("How would you approach this: asiakas välttelee")
    sv = hr.draft_from_reflection(store, refl.id, "sv")
    assert sv.question.startswith("Hur skulle du göra när asiakas välttelee")


def test_general_reflection_without_case(store):
    refl = store.add_reflection(
        m.Reflection(template="driscoll", title="Oma jaksaminen", answers={"so_what": "Kuormitun, kun en rajaa aikaa?"})
    )
    draft = hr.draft_from_reflection(store, refl.id, "fi")
    assert draft.case_id is None and draft.topic == "Oma jaksaminen"
    assert draft.question == "Kuormitun, kun en rajaa aikaa?"


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_render_text_has_reference_labels_and_skips_empty_fields(lang):
    req = hr.HelpRequest(
        ref="K7Q2",
        lang=lang,
        topic="masennus",
        situation="rivi 1\nrivi 2",
        question="Mitä tekisit?",
        help_wanted=[hr.HelpKind.SPARRING, hr.HelpKind.GROUP_SESSION],
        sparring_topic="masennus",
        urgency=hr.Urgency.TODAY,
    )
    text = hr.render_text(req)
    first = text.splitlines()[0]
    assert first.endswith("#K7Q2") and hr.LABELS["heading"][lang] in first
    assert hr.LABELS["question"][lang] + ": Mitä tekisit?" in text
    assert hr.LABELS["background"][lang] not in text  # empty -> left out
    assert "rivi 1\nrivi 2" in text
    assert hr.URGENCY_LABELS[hr.Urgency.TODAY][lang] in text
    assert hr.HELP_LABELS[hr.HelpKind.GROUP_SESSION][lang] in text
    assert text.endswith("\n") and "\n\n\n" not in text


def test_every_language_has_every_label():
    """The Swedish template has the structure of the Finnish and English ones, word for word."""
    for table in (hr.LABELS, hr.HELP_LABELS, hr.URGENCY_LABELS, hr.PHASE_LABELS):
        for key, labels in table.items():
            assert set(labels) == set(hr.LANGS), key
    assert set(hr.SPARRING_IN) == set(hr.LANGS)
    sv = hr.render_text(hr.HelpRequest(ref="K7Q2", lang="sv", topic="arbetsprövning", question="Hur gör jag?",
                                       help_wanted=[hr.HelpKind.SPARRING], sparring_topic="ångest"))
    assert sv.startswith("Jag skulle behöva lite hjälp: arbetsprövning #K7Q2\n")
    assert "Min fråga: Hur gör jag?" in sv and "1:1-sparring med någon erfaren (inom ångest)" in sv
    assert "Brådska: den här veckan" in sv


def test_validate_requires_topic_question_help():
    good = hr.HelpRequest(topic="t", question="q?")
    assert hr.validate(good) is good
    for bad in (
        hr.HelpRequest(topic="", question="q"),
        hr.HelpRequest(topic="t", question=" "),
        hr.HelpRequest(topic="t", question="q", help_wanted=[]),
        hr.HelpRequest(topic="t", question="q", ref="ab"),
        hr.HelpRequest(topic="t", question="q", lang="de"),
    ):
        with pytest.raises(InvalidInput):
            hr.validate(bad)


def test_references_are_short_unambiguous_and_varied():
    refs = {hr.new_reference() for _ in range(500)}
    assert len(refs) > 490
    assert all(hr.REF_RE.match(r) and not set(r) & set("O0I1LSB58") for r in refs)


def test_fields_round_trip():
    req = hr.HelpRequest(topic="a", question="b", help_wanted=[hr.HelpKind.GROUP_SESSION], urgency=hr.Urgency.NO_RUSH)
    again = hr.HelpRequest.from_fields(req.fields_dict(), ref=req.ref)
    assert again == req
