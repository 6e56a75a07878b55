"""``coachdesk scrub --keep-terms FILE`` as a process: the file's terms pass the vault list's checks
(services.vocabulary, one rule set); a refused term stops the command with one line naming the file
and the line, exit 1, nothing scrubbed. The reader keeps what it accepted: blank lines, # comments,
CRLF, spaces around a term; a UTF-8 BOM is dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

TEXT = "Tiistaitiimissä sovittiin, että Tiistaitiimi jatkaa. Pertti Hakala soitti numerosta 050 765 4321."


def _scrub(keep: Path, text: str = TEXT):
    return run_cli("scrub", "--lang", "fi", "--keep-terms", str(keep), stdin=text)


def _refused(proc, keep: Path, line: int | None, words: str) -> None:
    assert proc.returncode == 1, proc.stdout
    assert proc.stdout == ""  # nothing scrubbed, nothing written
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    where = f"coachdesk: {keep}, line {line}: " if line else "coachdesk: "
    assert lines[0].startswith(where) and words in lines[0], lines[0]
    assert "Pertti" not in proc.stderr and "765" not in proc.stderr  # the input text never shows


def test_a_good_file_with_bom_crlf_comments_and_blank_lines(tmp_path):
    keep = tmp_path / "sanasto.txt"
    keep.write_bytes("\ufeff# tiimin omat sanat\r\n\r\n  Tiistaitiimi  \r\n# Duunipolku tulee myöhemmin\r\n"
                     "Tiistaitiimi\r\n".encode())
    proc = _scrub(keep)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Tiistaitiimissä sovittiin, että Tiistaitiimi jatkaa." in out
    assert "Pertti" not in out and "050 765 4321" not in out


@pytest.mark.parametrize(("content", "line", "words"), [
    ("Tiistaitiimi\n\nMatti\n", 3, "A person's name alone is never kept"),
    ("Tiistaitiimi\nLiisa Mäkelä\n", 2, "A person's name alone is never kept"),
    ("Tiistaitiimi\nTIISTAITIIMI\n\nMatti\n", 4, "A person's name alone"),  # a duplicate dropped: lines still right
    ("# yhteystiedot eivät kuulu tänne\r\nmaija.mentori@example.fi\r\n", 2, "An identifier"),
    ("Tiistaitiimi\n040 123 4567\n", 2, "An identifier"),
    ("\ufeffMatti\n", 1, "A person's name alone"),  # the BOM is dropped, the name still refused
    ("Tiistai\x07tiimi\n", 1, "invisible control characters"),
    ("Tiistai\u200btiimi\n", 1, "invisible control characters"),
    ("Tiistai\x0ctiimi\n", 1, "invisible control characters"),  # a form feed is no line end: refused, not split
    ("Tiimi\x00\x01\n", 1, "invisible control characters"),
    ("\n\nx\n", 3, "2-80 characters"),
    ("a" * 81 + "\n", 1, "2-80 characters"),
    ("--\n", 1, "at least two letters or digits"),
])
def test_a_refused_term_names_its_line_and_nothing_is_scrubbed(tmp_path, content, line, words):
    keep = tmp_path / "keep.txt"
    keep.write_bytes(content.encode())
    _refused(_scrub(keep), keep, line, words)


def test_more_than_500_terms_are_refused_at_the_first_extra_line(tmp_path):
    keep = tmp_path / "keep.txt"
    keep.write_text("# kommentti\n" + "".join(f"Tiimi{i}-hanke\n" for i in range(501)), encoding="utf-8")
    _refused(_scrub(keep), keep, 502, "At most 500 never-scrub terms.")


def test_a_binary_huge_or_missing_file_is_refused_in_one_line(tmp_path):
    binary = tmp_path / "kuva.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    _refused(_scrub(binary), binary, None, "is not UTF-8 text")
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"Tiistaitiimi\n" * (11 * 1024 * 1024 // 13))
    _refused(_scrub(huge), huge, None, "10 MB")
    _refused(_scrub(tmp_path), tmp_path, None, "is a folder")
    _refused(_scrub(tmp_path / "puuttuu.txt"), tmp_path / "puuttuu.txt", None, "keep-terms")


def test_the_vault_list_and_the_file_refuse_alike(tmp_path):
    """One rule set: the same term gets the same sentence from ``vocabulary add`` and ``--keep-terms``."""
    keep = tmp_path / "keep.txt"
    keep.write_text("Matti\n", encoding="utf-8")
    from_file = _scrub(keep).stderr.split(", line 1: ", 1)[1]
    added = run_cli("--data-dir", str(tmp_path / "ei-holvia"), "vocabulary", "add", "Matti", "--passphrase-stdin",
                    stdin="x\n")
    assert added.returncode == 1 and added.stderr == f"coachdesk: {from_file}"
