"""The coach's never-scrub vocabulary in scrubbed and brief summaries, PDFs read back: in the app's
path (services.summaries) and in ``coachdesk vocabulary add`` + ``coachdesk summary --mode scrubbed``
as processes. The kept term prints; the listed client name beside it never does."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coachdesk.domain import models as m
from coachdesk.export.summary_model import Mode
from coachdesk.services import summaries, vocabulary
from tests.conftest import PASSPHRASE, run_cli
from tests.support.summary_case import IDENTIFIERS, PLANTED, START, TERM_FORMS, fill_case, pdf_pages_text

NOTE = "Liisa Mäkelä aloitti Saapas-kahvilassa maanantaina. Mäkelän mukaan Saapas-kahvila sopii hänelle."


def _plant(store) -> m.Case:
    case = fill_case(store)
    store.add_note(m.Note(case_id=case.id, text=NOTE, date=START + timedelta(days=60), duration_min=30))
    return case


def _no_identifier(text: str) -> None:
    low = text.casefold()
    for value in [v for v, _ in IDENTIFIERS] + TERM_FORMS + PLANTED:
        assert value.casefold() not in low, value


@pytest.fixture
def render(qapp):
    from coachdesk.printing.layout import layout
    from coachdesk.printing.render import pdf_bytes

    def _render(store, case_id, mode):
        options = summaries.SummaryOptions(mode=mode, printed=date(2026, 11, 27))
        data = summaries.case_data(store, case_id, options)  # the app's path: the coach's terms included
        return " ".join(pdf_pages_text(pdf_bytes(layout(summaries.build(data, options)))))

    return _render


@pytest.mark.parametrize("mode", [Mode.SCRUBBED, Mode.BRIEF])
def test_a_kept_term_prints_and_the_name_beside_it_does_not(vault, render, mode):
    case = _plant(vault.store)
    before = render(vault.store, case.id, mode)
    if mode is Mode.SCRUBBED:
        assert "Saapas" not in before  # without the list the scrubber takes it for an organisation
    vocabulary.set_keep_terms(vault.store, ["Saapas-kahvila"])
    after = render(vault.store, case.id, mode)
    if mode is Mode.SCRUBBED:
        assert "Saapas-kahvilassa maanantaina" in after and "Saapas-kahvila sopii" in after
    _no_identifier(after)


def test_the_private_summary_is_unchanged_by_the_list(vault, render):
    case = _plant(vault.store)
    vocabulary.set_keep_terms(vault.store, ["Saapas-kahvila"])
    text = render(vault.store, case.id, Mode.PRIVATE)
    assert "Saapas-kahvilassa" in text
    for value, _kind in IDENTIFIERS:  # the case's listed details are replaced in every mode
        assert value not in text


def test_cli_vocabulary_then_scrubbed_summary(vault, data_dir, tmp_path):
    _plant(vault.store)
    vault.close()
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}

    def summary(name: str) -> str:
        out = tmp_path / name
        proc = run_cli("--data-dir", str(data_dir), "summary", "K-2026-077", "--pdf", str(out), "--mode", "scrubbed",
                       "--passphrase-stdin", stdin=PASSPHRASE + "\n", env=env, timeout=120)
        assert proc.returncode == 0, proc.stderr
        return " ".join(pdf_pages_text(out.read_bytes()))

    assert "Saapas" not in summary("before.pdf")
    proc = run_cli("--data-dir", str(data_dir), "vocabulary", "add", "Saapas-kahvila", "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n")
    assert proc.returncode == 0, proc.stderr
    text = summary("after.pdf")
    assert "Saapas-kahvilassa maanantaina" in text
    _no_identifier(text)
