"""Swedish (Finland-Swedish) summaries: complete tables, a real PDF read back, and the dialog's choice."""

from __future__ import annotations

import string
from datetime import date

import pytest

from coachdesk.domain import models as m
from coachdesk.domain.formatting import format_date
from coachdesk.export import summary_text as st
from coachdesk.export.summary import SummaryOptions, fmt_number, summarize
from coachdesk.export.summary_model import Mode
from coachdesk.export.summary_requests import unavailable_text
from tests.support.summary_case import IDENTIFIERS, PLANTED, TERM_FORMS, pdf_pages_text
from tests.support.vaults import add_case

PRINTED = date(2026, 11, 27)
LABEL_TABLES = {
    "STATUS": st.STATUS,
    "PHASE": st.PHASE,
    "PAYER": st.PAYER,
    "NOTE_KIND": st.NOTE_KIND,
    "MEASURE": st.MEASURE,
    "REQUEST_STATUS": st.REQUEST_STATUS,
}
SWEDISH_HEADINGS = ("Ärendesammanfattning", "Nuläge", "Mål (GAS)", "Mätare", "Sessionsanteckningar (5)")
ENGLISH_HEADINGS = ("Case summary", "Situation", "Goals (GAS)", "Measures", "Session notes", "Printed",
                    "Coach's own copy", "identifying details removed", "Work Ability")
FINNISH_HEADINGS = ("Asiakastiivistelmä", "Tilanne", "Tavoitteet (GAS)", "Mittarit", "Tapaamismuistiinpanot",
                    "Tulostettu", "tunnistetiedot poistettu")


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


# ----- (a) complete tables --------------------------------------------------------------------------
def test_every_text_key_has_swedish_with_the_same_placeholders():
    assert set(st.TEXT["sv"]) == set(st.TEXT["fi"]) == set(st.TEXT["en"])
    for key, fi in st.TEXT["fi"].items():
        sv = st.TEXT["sv"][key]
        assert sv.strip(), key
        assert fields(sv) == fields(fi) == fields(st.TEXT["en"][key]), key


@pytest.mark.parametrize("name", sorted(LABEL_TABLES))
def test_every_label_table_has_swedish(name):
    for value, names in LABEL_TABLES[name].items():
        assert {"fi", "sv", "en"} <= set(names), (name, value)
        assert names["sv"].strip() and fields(names["sv"]) == fields(names["fi"]), (name, value)
        assert st.label(LABEL_TABLES[name], value, "sv") == names["sv"]


def test_swedish_terms():
    assert st.label(st.PAYER, m.Payer.KELA, "sv") == "FPA (Kela)"
    assert st.label(st.PHASE, m.Phase.WORK_TRIAL, "sv") == "Arbetsprövning"
    assert st.t("sv", "notes") == "Sessionsanteckningar"
    assert "identifierande uppgifter borttagna" in st.t("sv", "mode_scrubbed")
    assert st.t("sv", "printed", date="27.11.2026") == "Utskrivet 27.11.2026"


def test_ui_table_has_swedish_with_the_same_placeholders():
    from coachdesk.app.summary.texts import UI

    assert set(UI["sv"]) == set(UI["fi"]) == set(UI["en"])
    for key, fi in UI["fi"].items():
        assert UI["sv"][key].strip() and fields(UI["sv"][key]) == fields(fi), key


def test_swedish_dates_and_numbers_are_written_the_finnish_way():
    assert format_date(date(2026, 11, 27), "sv") == format_date(date(2026, 11, 27), "fi") == "27.11.2026"
    assert fmt_number(6.5, "sv") == fmt_number(6.5, "fi") == "6,5"
    assert fmt_number(6.5, "en") == "6.5"
    assert unavailable_text("sv") != unavailable_text("en")


# ----- (b) a real Swedish PDF -----------------------------------------------------------------------
@pytest.fixture
def render(qapp):
    from coachdesk.printing.layout import layout
    from coachdesk.printing.render import pdf_bytes

    def _render(store, case_id, **kw):
        doc = summarize(store, case_id, SummaryOptions(printed=PRINTED, lang="sv", **kw))
        laid = layout(doc)
        return laid, pdf_bytes(laid)

    return _render


def test_swedish_pdf_has_swedish_headings_finnish_dates_and_no_english(case_vault, render):
    vault, case = case_vault
    vault.store.add_measure(m.Measure(case_id=case.id, kind=m.MeasureKind.NUMERIC, label="Sömn", value=6.5,
                                      date=date(2026, 4, 1)))
    laid, data = render(vault.store, case.id)
    assert laid.doc.lang == "sv"
    pages = pdf_pages_text(data)
    text = " ".join(pages)
    for heading in SWEDISH_HEADINGS:
        assert heading in text, heading
    for word in ("Utskrivet 27.11.2026", "2.3.2026", "3.3.2026 · Möte · 45 min", "FPA (Kela)", "Arbetsprövning",
                 "6,5", "Konfidentiell / Luottamuksellinen"):
        assert word in text, word
    for heading in ENGLISH_HEADINGS + FINNISH_HEADINGS:
        assert heading not in text, heading
    for number, page in enumerate(pages, start=1):
        assert f"{number} / {len(pages)}" in page
    for value, _ in IDENTIFIERS:
        assert value not in text


@pytest.mark.parametrize("mode", [Mode.SCRUBBED, Mode.BRIEF])
def test_swedish_scrubbed_and_brief_pdfs(case_vault, render, mode):
    vault, case = case_vault
    laid, data = render(vault.store, case.id, mode=mode, include_reflections=True, include_requests=True)
    text = " ".join(pdf_pages_text(data))
    assert "identifierande uppgifter borttagna" in text
    if mode is Mode.BRIEF:
        assert len(laid.pages) == 1
        for heading in ("Underlag för gruppkonsultation", "Nuläge", "Vad som har prövats", "Frågan till gruppen"):
            assert heading in text, heading
    else:
        assert "Reflektioner" in text and "Frågor till kolleger och svar" in text
    for heading in ("What has been tried", "The question for the group", "Reflections", "Mitä on kokeiltu"):
        assert heading not in text, heading
    folded = text.casefold()
    for value in [v for v, _ in IDENTIFIERS] + TERM_FORMS + PLANTED:
        assert value.casefold() not in folded, value


def test_long_swedish_note_says_it_continues(vault, render):
    case = add_case(vault.store, "summary", extra_notes=12, note_words=400)
    _, data = render(vault.store, case.id)
    assert "(fortsätter)" in " ".join(pdf_pages_text(data))


# ----- (c) the dialog -------------------------------------------------------------------------------
@pytest.fixture
def ui_language(monkeypatch):
    from coachdesk.app import i18n

    def _set(lang: str) -> None:
        monkeypatch.setattr(i18n, "_current", lang)

    return _set


def _dialog(qtbot, lang=None):
    from coachdesk.app.summary.dialog import SummaryOptionsDialog

    case = m.Case(code="K-2026-077", pseudonym="Kuusikko", opened=date(2026, 3, 2), id=1)
    dialog = SummaryOptionsDialog(case, requests_available=False, lang=lang)
    qtbot.addWidget(dialog)
    return dialog


def test_dialog_offers_swedish_and_preselects_it_for_a_swedish_ui(qtbot, ui_language):
    from coachdesk.app.summary.texts import ui_lang

    ui_language("sv")
    assert ui_lang() == "sv"
    dialog = _dialog(qtbot)
    codes = [dialog.lang_combo.itemData(i) for i in range(dialog.lang_combo.count())]
    assert sorted(codes) == ["en", "fi", "sv"]
    assert dialog.lang_combo.itemText(codes.index("sv")) == "Svenska"
    assert dialog.lang_combo.currentData() == "sv" and dialog.options().lang == "sv"
    assert dialog.windowTitle() == "Skriv ut ärendesammanfattning – K-2026-077"
    assert dialog.preview_button.text() == "Förhandsgranska…"


@pytest.mark.parametrize("lang", ["fi", "en", "sv"])
def test_dialog_preselects_the_ui_language(qtbot, ui_language, lang):
    ui_language(lang)
    assert _dialog(qtbot).options().lang == lang
    assert _dialog(qtbot, lang=lang).lang_combo.currentData() == lang


def test_preview_in_swedish(qtbot, case_vault, ui_language):
    from coachdesk.app.summary.dialog import open_print_dialog

    ui_language("sv")
    vault, case = case_vault
    flow = open_print_dialog(None, vault, case.id)
    qtbot.addWidget(flow.options_dialog)
    try:
        assert flow.options_dialog.options().lang == "sv"
        flow.options_dialog.accept()
        qtbot.waitUntil(lambda: flow.preview is not None, timeout=15_000)
        preview = flow.preview
        qtbot.addWidget(preview)
        assert preview.laid.doc.lang == "sv" and preview.laid.doc.title == "Ärendesammanfattning"
        assert preview.save_button.text() == "Spara PDF…" and preview.close_button.text() == "Stäng"
    finally:
        flow.discard()
