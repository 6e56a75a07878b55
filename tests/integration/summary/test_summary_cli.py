"""``coachdesk summary`` end to end: a real vault, a subprocess without a display, the PDF read back."""

from __future__ import annotations

import os
import stat

import pytest

from tests.conftest import PASSPHRASE, run_cli
from tests.support.summary_case import IDENTIFIERS, PLANTED, TERM_FORMS, pdf_pages_text
from tests.support.vaults import add_case


@pytest.fixture
def closed_case_vault(vault, data_dir):
    add_case(vault.store, "summary")
    vault.close()
    return data_dir


def _summary(data_dir, out, *extra):
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    return run_cli("--data-dir", str(data_dir), "summary", "K-2026-077", "--pdf", str(out), "--passphrase-stdin",
                   *extra, stdin=PASSPHRASE + "\n", env=env)


def test_cli_private_pdf_is_owner_only(closed_case_vault, tmp_path):
    out = tmp_path / "summary.pdf"
    proc = _summary(closed_case_vault, out)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    pages = pdf_pages_text(out.read_bytes())
    assert "Tapaamismuistiinpanot (5)" in " ".join(pages)
    assert f"1 / {len(pages)}" in pages[0]
    assert "Wrote" in proc.stderr and str(out) in proc.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_cli_brief_in_english_is_one_scrubbed_page(closed_case_vault, tmp_path):
    out = tmp_path / "brief.pdf"
    proc = _summary(closed_case_vault, out, "--mode", "brief", "--lang", "en", "--paper", "letter")
    assert proc.returncode == 0, proc.stderr
    pages = pdf_pages_text(out.read_bytes())
    from pypdf import PdfReader

    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert len(pages) == 1
    assert "What has been tried" in pages[0] and "1 / 1" in pages[0]
    text = pages[0].casefold()
    for value in [v for v, _ in IDENTIFIERS] + TERM_FORMS + PLANTED:
        assert value.casefold() not in text


def test_cli_scrubbed_with_date_range(closed_case_vault, tmp_path):
    out = tmp_path / "handover.pdf"
    proc = _summary(closed_case_vault, out, "--mode", "scrubbed", "--from", "10.3.2026", "--to", "2026-03-17")
    assert proc.returncode == 0, proc.stderr
    text = " ".join(pdf_pages_text(out.read_bytes()))
    assert "Tapaamismuistiinpanot (2)" in text and "10.3.2026–17.3.2026" in text
    for value in PLANTED + TERM_FORMS:
        assert value.casefold() not in text.casefold()
    # the listed employer reads as the employer, as in the composer's review (one decision, issue 15)
    assert "Työkokeilu [työnantaja]:ssä" in text and "[organisaatio]" not in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "31.2.2026"), "not a date"),
        (("--from", "1.4.2026", "--to", "1.3.2026"), "--from is after --to"),
    ],
)
def test_cli_rejects_bad_dates(closed_case_vault, tmp_path, args, message):
    out = tmp_path / "x.pdf"
    proc = _summary(closed_case_vault, out, *args)
    assert proc.returncode == 1 and message in proc.stderr
    assert not out.exists()


def test_cli_unknown_case_and_wrong_passphrase(closed_case_vault, tmp_path):
    out = tmp_path / "x.pdf"
    proc = run_cli("--data-dir", str(closed_case_vault), "summary", "K-9999-999", "--pdf", str(out),
                   "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert proc.returncode == 1 and "K-9999-999" in proc.stderr
    proc = run_cli("--data-dir", str(closed_case_vault), "summary", "K-2026-077", "--pdf", str(out),
                   "--passphrase-stdin", stdin="wrong passphrase\n")
    assert proc.returncode == 1
    assert not out.exists()


def test_cli_usage_error_without_pdf(closed_case_vault):
    proc = run_cli("--data-dir", str(closed_case_vault), "summary", "K-2026-077")
    assert proc.returncode == 2


def test_cli_refuses_a_folder_or_missing_folder_as_output(closed_case_vault, tmp_path):
    proc = _summary(closed_case_vault, tmp_path)
    assert proc.returncode == 1 and "is a folder" in proc.stderr and "Traceback" not in proc.stderr
    proc = _summary(closed_case_vault, tmp_path / "missing" / "x.pdf")
    assert proc.returncode == 1 and "No such folder" in proc.stderr
