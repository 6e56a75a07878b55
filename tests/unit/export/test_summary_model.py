"""The Qt-free summary document model: sections, modes, privacy, date ranges, opt-ins."""

from __future__ import annotations

from datetime import date

import pytest

from coachdesk.export.summary import SummaryOptions, summarize
from coachdesk.export.summary_model import Callout, Entry, Heading, Mode, WriteLines
from coachdesk.export.summary_privacy import TextFilter, clean_text
from tests.support.summary_case import IDENTIFIERS, MARKUP_NOTE, PLANTED, TERM_FORMS


def _all_text(doc) -> str:
    return "\n".join(x for x in doc.texts() if x)


def _headings(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Heading)]


def test_private_has_every_section_and_no_identifying_detail(case_vault):
    vault, case = case_vault
    doc = summarize(vault.store, case.id, SummaryOptions(mode=Mode.PRIVATE, printed=date(2026, 11, 27)))
    assert _headings(doc) == ["Tilanne", "Tavoitteet (GAS)", "Mittarit", "Tapaamismuistiinpanot (5)"]
    text = _all_text(doc)
    for value, _ in IDENTIFIERS:
        assert value not in text
    assert "Kangasalla" not in text and "Mäkelän" not in text  # inflected forms too
    assert "040 123 4567" in text  # private mode keeps the coach's own text otherwise
    assert MARKUP_NOTE in text  # literal, untouched
    assert doc.footer_left == "Luottamuksellinen / Confidential"
    assert doc.footer_date == "Tulostettu 27.11.2026"
    assert "3.3.2026" in text  # Finnish dates


@pytest.mark.parametrize("mode", [Mode.SCRUBBED, Mode.BRIEF])
def test_scrubbed_and_brief_hold_no_identifier(case_vault, mode):
    vault, case = case_vault
    doc = summarize(vault.store, case.id, SummaryOptions(mode=mode))
    text = _all_text(doc)
    for value, _ in IDENTIFIERS:
        assert value.casefold() not in text.casefold()
    for form in TERM_FORMS + PLANTED:
        assert form.casefold() not in text.casefold(), form


def test_brief_has_the_group_consultation_format(case_vault):
    vault, case = case_vault
    doc = summarize(vault.store, case.id, SummaryOptions(mode=Mode.BRIEF, lang="en"))
    assert doc.one_page
    assert _headings(doc) == ["Situation", "What has been tried", "The question for the group"]
    assert any(isinstance(b, WriteLines) for b in doc.blocks)  # no question given: lines to write on
    doc = summarize(vault.store, case.id, SummaryOptions(mode=Mode.BRIEF, question="Miten tukea Liisaa?"))
    assert "Miten tukea" in _all_text(doc) and "Liisa" not in _all_text(doc)
    assert not any(isinstance(b, WriteLines) for b in doc.blocks)


def test_date_range_limits_notes(case_vault):
    vault, case = case_vault
    opts = SummaryOptions(date_from=date(2026, 3, 10), date_to=date(2026, 3, 17))
    doc = summarize(vault.store, case.id, opts)
    entries = [b for b in doc.blocks if isinstance(b, Entry)]
    assert [e.title.split(" · ")[0] for e in entries] == ["10.3.2026", "17.3.2026"]
    assert "10.3.2026–17.3.2026" in _all_text(doc)


def test_reflections_are_opt_in_with_a_warning(case_vault):
    vault, case = case_vault
    assert "Reflektiot" not in _headings(summarize(vault.store, case.id, SummaryOptions()))
    doc = summarize(vault.store, case.id, SummaryOptions(include_reflections=True))
    assert "Reflektiot" in _headings(doc)
    warning = [b for b in doc.blocks if isinstance(b, Callout) and b.tone == "warning"]
    assert warning and "pohdintojasi" in warning[0].text
    assert "Häpeä on suurempi" in _all_text(doc)


def test_requests_section_is_guarded(case_vault):
    vault, case = case_vault
    doc = summarize(vault.store, case.id, SummaryOptions(include_requests=True, lang="en"))
    assert "Questions to colleagues and answers" in _headings(doc)
    text = _all_text(doc)
    assert "No questions to colleagues." in text or "not available in this vault yet" in text


def test_term_filter_catches_inflected_forms_without_the_scrubber():
    f = TextFilter(Mode.PRIVATE, ["Kangasala", "Pekka Nurmi"], "fi")
    out = f.mask_terms("Kangasalla asuva Pekan Nurmen ystävä ja Pekka Nurmi.")
    for form in ("Kangasal", "Pekka", "Nurmi", "Pekan", "Nurmen"):
        assert form not in out
    assert out == "[tunnistetieto] asuva [tunnistetieto] ystävä ja [tunnistetieto]."


def test_clean_text_removes_invisible_controls():
    assert clean_text("a\u202eb\x00c\r\nd\te") == "abc\nd    e"


def _add_request(store, case_id, *, group_topic=True):
    from coachdesk.domain.help_request import HelpRequest
    from coachdesk.outbox.requests import FollowupKind, add_followup, save_request

    request = save_request(store, HelpRequest(
        topic="Työajan lisääminen", situation="Liisa Mäkelä väsyy iltapäivisin Kangasalla.",
        tried="Tauot ja portaittainen lisäys; puhelin 040 123 4567.",
        question="Miten tukea asiakasta, kun työnantaja haluaa nopeampaa etenemistä?",
        case_id=case_id, group_topic=group_topic))
    add_followup(store, request.id, FollowupKind.ANSWER, "Kolmikantapalaveri ja kirjallinen suunnitelma.")
    add_followup(store, request.id, FollowupKind.WILL_TRY, "Ehdotan palaveria ensi viikolla.")
    return request


def test_requests_and_answers_are_printed_when_chosen(case_vault):
    vault, case = case_vault
    _add_request(vault.store, case.id)
    doc = summarize(vault.store, case.id, SummaryOptions(include_requests=True))
    entries = [b for b in doc.blocks if isinstance(b, Entry) and "Työajan lisääminen" in b.title]
    assert len(entries) == 1
    labels = [p.label for p in entries[0].paragraphs]
    assert labels == ["Kysymys", "Vastaus", "Kokeilen"]
    assert entries[0].meta == "ei lähetetty"
    assert "Kolmikantapalaveri" in _all_text(doc)
    assert "Työajan lisääminen" not in _all_text(summarize(vault.store, case.id, SummaryOptions()))


def test_brief_takes_the_group_request_and_scrubs_it(case_vault):
    vault, case = case_vault
    _add_request(vault.store, case.id)
    doc = summarize(vault.store, case.id, SummaryOptions(mode=Mode.BRIEF))
    text = _all_text(doc)
    assert "Työajan lisääminen" in text  # topic from the request
    assert "Miten tukea asiakasta" in text  # its question
    assert "Tauot ja portaittainen lisäys" in text  # what was tried
    for form in TERM_FORMS + PLANTED:
        assert form.casefold() not in text.casefold(), form


def test_name_parts_are_hidden_alone_and_inflected_but_not_common_words():
    f = TextFilter(Mode.PRIVATE, ["Liisa Mäkelä", "Pirkan Puutarha Oy"], "fi",
                   {"Liisa Mäkelä": "name", "Pirkan Puutarha Oy": "employer"})
    out = f("Liisa kertoi, että Mäkelän perhe muutti. Liisalle sanoin: anna palautetta. "
            "Pirkan Puutarha Oy:ssä on puutarha-ala.")
    assert out == ("[Henkilö] kertoi, että [Henkilö] perhe muutti. [Henkilö] sanoin: anna palautetta. "
                   "[työnantaja]:ssä on puutarha-ala.")
    en = TextFilter(Mode.PRIVATE, ["Sarah Collins"], "en", {"Sarah Collins": "name"})
    assert en("Met Sarah today; Collins's manager called.") == "Met [Person] today; [Person]'s manager called."


def test_requests_guard_without_the_tables(case_vault):
    from sqlalchemy import text

    from coachdesk.export.summary_requests import requests_available

    vault, case = case_vault
    assert requests_available(vault.store)
    with vault.store.tx() as conn:  # a vault from before schema 0002
        conn.execute(text("DROP TABLE request_followups"))
    assert not requests_available(vault.store)
    doc = summarize(vault.store, case.id, SummaryOptions(include_requests=True, lang="en"))
    assert "Questions to colleagues are not available in this vault yet." in _all_text(doc)
    assert summarize(vault.store, case.id, SummaryOptions(mode=Mode.BRIEF)).one_page  # the brief does without
