"""Real PDFs read back: sections, Finnish characters, page numbers, privacy, one-page brief, literal text."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date

import pytest

from coachdesk.export.summary import SummaryOptions, summarize
from coachdesk.export.summary_model import Mode, PaperSize
from tests.support.summary_case import (
    IDENTIFIERS,
    MARKUP_NOTE,
    PLANTED,
    TERM_FORMS,
    norm,
    pdf_pages_text,
)
from tests.support.vaults import add_case

PRINTED = date(2026, 11, 27)


@pytest.fixture
def render(qapp):
    from coachdesk.printing.layout import layout
    from coachdesk.printing.render import pdf_bytes

    def _render(store, case_id, **kw):
        doc = summarize(store, case_id, SummaryOptions(printed=PRINTED, **kw))
        laid = layout(doc)
        return laid, pdf_bytes(laid)

    return _render


def test_private_pdf_sections_characters_and_page_numbers(case_vault, render):
    vault, case = case_vault
    laid, data = render(vault.store, case.id)
    pages = pdf_pages_text(data)
    assert len(pages) == len(laid.pages) >= 1
    text = " ".join(pages)
    for section in ("Asiakastiivistelmä", "Tilanne", "Tavoitteet (GAS)", "Mittarit", "Tapaamismuistiinpanot (5)"):
        assert section in text
    for word in ("väsymyksestä", "Ääni väsynyt", "Öisin uni", "kärsivällisyys", "Tulostettu 27.11.2026"):
        assert word in text, word
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"{number} / {total}" in page
        assert "K-2026-077" in page  # case code in the running header
        assert "Luottamuksellinen / Confidential" in page
    for value, _ in IDENTIFIERS:
        assert value not in text


def test_note_markup_prints_literally(case_vault, render):
    vault, case = case_vault
    _, data = render(vault.store, case.id)
    text = " ".join(pdf_pages_text(data))
    assert norm(MARKUP_NOTE) in text
    assert "<img src=http://tracker.example/pixel.png>" in text and "<b>lihavoidun</b>" in text
    for marker in (b"/URI", b"/Subtype /Link", b"/Subtype /Image", b"/JavaScript"):
        assert marker not in data  # nothing linked, nothing fetched or embedded


@pytest.mark.parametrize("mode", [Mode.SCRUBBED, Mode.BRIEF])
def test_scrubbed_and_brief_pdfs_hold_no_identifier(case_vault, render, mode):
    vault, case = case_vault
    _, data = render(vault.store, case.id, mode=mode, include_reflections=True, include_requests=True)
    text = " ".join(pdf_pages_text(data)).casefold()
    for value in [v for v, _ in IDENTIFIERS] + TERM_FORMS + PLANTED:
        assert value.casefold() not in text, value


def test_a_listed_employer_prints_as_the_employer_in_the_scrubbed_pdf(case_vault, render):
    """The scrubber and the summary's own matcher say the same: "[työnantaja]", not "[organisaatio]"."""
    vault, case = case_vault
    _, data = render(vault.store, case.id, mode=Mode.SCRUBBED)
    text = " ".join(pdf_pages_text(data))
    assert "Työkokeilu [työnantaja]:ssä kiinnostaa" in text
    assert "[organisaatio]" not in text


def test_brief_is_one_page_even_for_a_long_case(vault, render):
    case = add_case(vault.store, "summary", extra_notes=40, note_words=120)
    laid, data = render(vault.store, case.id, mode=Mode.BRIEF, question="Miten tukea paluuta? " * 12)
    pages = pdf_pages_text(data)
    assert len(pages) == 1 and not laid.truncated
    for heading in ("Tilanne", "Mitä on kokeiltu", "Kysymys ryhmälle", "Miten tukea paluuta?", "1 / 1"):
        assert heading in pages[0]


def test_long_notes_break_cleanly_without_orphaned_headings(vault, render):
    case = add_case(vault.store, "summary", extra_notes=12, note_words=400)
    laid, data = render(vault.store, case.id)
    assert len(laid.pages) >= 4
    keep_kinds = {"heading", "entry-title", "label", "title", "table-header"}
    bottom = laid.geometry.content_bottom
    for page in laid.pages:
        last_kind, _ = page.kinds[-1]
        assert last_kind not in keep_kinds, (page.number, last_kind)
        texts = [i for i in page.items if type(i).__name__ == "Text"]
        assert max(t.y for t in texts) <= bottom + 1
    # a long note continues across a page break and says so at the top of the next page
    continued = [p for p in laid.pages[1:] if [k for k, _ in p.kinds[:2]] == ["entry-cont", "line"]]
    assert continued
    pages = pdf_pages_text(data)
    assert len(pages) == len(laid.pages)
    assert "Tapaaminen (jatkuu)" in pages[continued[0].number - 1]


def test_letter_paper_and_embedded_fonts(case_vault, render, tmp_path):
    vault, case = case_vault
    _, data = render(vault.store, case.id, paper=PaperSize.LETTER, lang="en")
    from pypdf import PdfReader

    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "Session notes (5)" in " ".join(pdf_pages_text(data))
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) not installed")
    path = tmp_path / "s.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:]]
    assert rows and all("yes" in row[-5:-2] for row in rows)  # every font embedded
    assert any(row[0].endswith("NotoSans-Regular") for row in rows)


def test_page_image_renders(case_vault, render):
    from coachdesk.printing.render import page_image

    vault, case = case_vault
    laid, _ = render(vault.store, case.id)
    image = page_image(laid, 0, 400)
    assert image.width() == 400 and image.height() == round(400 * 841.89 / 595.28)
    # something dark was drawn (text), the page is not blank
    dark = sum(1 for y in range(0, image.height(), 4) for x in range(0, 400, 4) if image.pixelColor(x, y).value() < 120)
    assert dark > 50


def test_brief_with_many_goals_still_fits_and_keeps_the_question(vault, render):
    from coachdesk.domain import models as m

    case = add_case(vault.store, "summary", extra_notes=30, note_words=200)
    for i in range(14):
        vault.store.add_goal(m.Goal(case_id=case.id, title=f"Tavoite numero {i + 1} " + "pitkä kuvaus " * 8,
                                    baseline=-1, current=1, position=10 + i))
    laid, data = render(vault.store, case.id, mode=Mode.BRIEF, question="Mitä seuraavaksi? " * 20)
    pages = pdf_pages_text(data)
    assert len(pages) == 1 and not laid.truncated
    assert "Kysymys ryhmälle" in pages[0] and "Mitä seuraavaksi?" in pages[0]


def test_an_empty_case_prints(vault, render):
    from coachdesk.domain import models as m

    case = vault.store.create_case(m.Case(code="K-2026-100", pseudonym="Tyhjä"))
    for mode in Mode:
        laid, data = render(vault.store, case.id, mode=mode, include_reflections=True, include_requests=True)
        text = " ".join(pdf_pages_text(data))
        assert len(laid.pages) == 1 and "K-2026-100" in text
    assert "Ei muistiinpanoja" in " ".join(pdf_pages_text(render(vault.store, case.id)[1]))


def test_long_titles_and_cells_stay_inside_the_page(vault, render):
    from coachdesk.domain import models as m

    case = add_case(vault.store, "summary")
    vault.store.add_goal(m.Goal(case_id=case.id, title="Hyvin pitkä tavoite " * 300, baseline=0, current=1))
    vault.store.add_reflection(m.Reflection(template="free", case_id=case.id, title="Otsikko " * 60,
                                            answers={"text": "Lyhyt."}))
    laid, data = render(vault.store, case.id, include_reflections=True)
    g = laid.geometry
    for page in laid.pages:
        for item in page.items:
            if type(item).__name__ == "Text" and item.font not in ("running", "running_bold"):
                assert item.y <= g.content_bottom + 1
                assert item.x + laid_width(laid, item) <= g.width - g.margin_x + 2 * 10
    assert "Lyhyt." in " ".join(pdf_pages_text(data))


def laid_width(laid, item) -> float:
    from coachdesk.printing.layout import Fonts

    return Fonts(laid.family, laid.scale).width(item.font, item.text)
