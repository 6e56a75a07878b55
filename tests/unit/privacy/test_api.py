"""Public API: result types, keep, apply_findings, warnings, language, import cost, CLI."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk.privacy import Finding, apply_findings, scrub
from coachdesk.privacy.detect_lang import detect_lang

ROOT = Path(__file__).resolve().parents[3]


def test_finding_is_frozen_and_offsets_index_the_original() -> None:
    text = "Soitin Mattille numeroon 040 123 4567 eilen."
    res = scrub(text, lang="fi")
    assert res.lang == "fi"
    for f in res.findings:
        assert text[f.start : f.end] == f.text
    with pytest.raises(dataclasses.FrozenInstanceError):
        res.findings[0].label = "X"  # type: ignore[misc]


def test_dismissible_flags() -> None:
    res = scrub("Matti Virtanen, puh. 040 123 4567, asuu Keravalla.", lang="fi")
    by_label = {f.label: f for f in res.findings}
    assert by_label["CONTACT"].dismissible is False
    assert by_label["PERSON"].dismissible is True


def test_keep_dismisses_only_dismissible_findings() -> None:
    text = "Tapasin Sorsan torilla, puh. 040 123 4567."
    assert "Sorsan" not in scrub(text, lang="fi").text
    res = scrub(text, lang="fi", keep=["Sorsan", "040 123 4567"])
    assert "Sorsan" in res.text
    assert "4567" not in res.text


def test_apply_findings_with_edited_replacement() -> None:
    text = "Soitin Mattille eilen."
    res = scrub(text, lang="fi")
    edited = [dataclasses.replace(f, replacement="[asiakas]:lle") if f.label == "PERSON" else f for f in res.findings]
    assert apply_findings(text, edited) == "Soitin [asiakas]:lle eilen."
    assert apply_findings(text, res.findings) == res.text
    assert isinstance(res.findings[0], Finding)


def test_warnings_have_questions_in_the_text_language() -> None:
    res = scrub("Asiakas on 58-vuotias metsuri Kuhmosta, ja koodi on 88812345.", lang="fi")
    kinds = {w.kind for w in res.warnings}
    assert "quasi_identifiers" in kinds and "long_number" in kinds
    assert all(w.question and w.question[0].isupper() for w in res.warnings)
    en = scrub("The client is 58, a logger from Kuhmo; she met Sorsa.", lang="en")
    assert all("?" in w.question for w in en.warnings)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Asiakas kertoi, että hän on väsynyt ja töissä on vaikeaa.", "fi"),
        ("The client said that she is tired and work is hard.", "en"),
        ("Klienten sa att hon är trött och att arbetet är tungt.", "sv"),
    ],
)
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang(text) == lang
    assert scrub(text).lang == lang


def test_empty_and_whitespace() -> None:
    assert scrub("").text == ""
    assert scrub("   \n").findings == ()


def test_import_is_cheap_and_qt_free() -> None:
    code = (
        "import sys; import coachdesk.privacy as p; "
        "import coachdesk.privacy.scrubber; "
        "assert 'PySide6' not in sys.modules; "
        "from coachdesk.privacy import lexicon; assert lexicon._LEXICON is None; "
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr  # its time is measured in bench/ (no wall clock here)


def _cli(args: list[str], stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_cli_jsonl_protocol() -> None:
    lines = [
        {"id": "a", "lang": "fi", "text": "Soitin Mattille numeroon 040 123 4567."},
        {"id": "b", "lang": "en", "text": "Nothing to see here."},
    ]
    out = _cli(["--format", "jsonl"], "".join(json.dumps(x) + "\n" for x in lines))
    assert out.returncode == 0, out.stderr
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert "4567" not in rows[0]["scrubbed"]
    assert {"start", "end", "label", "text", "replacement"} <= set(rows[0]["findings"][0])


def test_cli_text_json_and_terms(tmp_path: Path) -> None:
    terms = tmp_path / "terms.txt"
    terms.write_text("Oravalahti\n", encoding="utf-8")
    src = tmp_path / "in.txt"
    src.write_text("Asiakas asuu Oravalahdessa, puh. 040 123 4567.", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "coachdesk", "scrub", str(src), "--terms", str(terms), "--lang", "fi"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "Oravalahde" not in out.stdout and "4567" not in out.stdout
    assert "CONTACT" in out.stderr
    js = _cli(["--format", "json", "--lang", "fi"], "Soitin Mattille.")
    obj = json.loads(js.stdout)
    assert obj["lang"] == "fi" and obj["findings"][0]["label"] == "PERSON"
