"""Any note text lays out and prints as text: words survive, nothing crashes, markup stays literal."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachdesk.export.summary import CaseData, SummaryOptions, build_summary
from coachdesk.export.summary_model import Mode
from tests.support.summary_case import pdf_pages_text

WORD = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzäöåÄÖÅ<>/&=\"'"), min_size=1, max_size=14)
NOISE = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@pytest.fixture(scope="module")
def render_text(qapp):
    from datetime import date

    from coachdesk.domain import models as m
    from coachdesk.printing.layout import layout
    from coachdesk.printing.render import pdf_bytes

    def _render(text: str):
        case = m.Case(code="K-2026-900", pseudonym="P", opened=date(2026, 1, 1), id=1)
        note = m.Note(case_id=1, text=text, date=date(2026, 2, 3), id=1)
        data = CaseData(case=case, terms=[], notes=[note], goals=[], measures=[])
        laid = layout(build_summary(data, SummaryOptions(mode=Mode.PRIVATE, printed=date(2026, 11, 27))))
        return laid, pdf_bytes(laid)

    return _render


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(WORD, min_size=1, max_size=60), noise=NOISE)
def test_any_note_text_prints_its_words(render_text, words, noise):
    text = " ".join(words) + "\n" + noise
    laid, data = render_text(text)
    printed = " ".join(pdf_pages_text(data))
    for word in words[:20]:
        # words may be split across lines but never lost or interpreted
        assert re.sub(r"\s", "", word) in re.sub(r"\s", "", printed)
    assert f"1 / {len(laid.pages)}" in printed
