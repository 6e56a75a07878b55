"""Import reads only regular files, bounded by the bytes actually read; links outside the folder,
folders, FIFOs and devices are refused by name without blocking (issue 12, 5)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from coachdesk.errors import InvalidInput
from coachdesk.vault import importer
from coachdesk.vault.importer import read_note_file
from tests.conftest import PASSPHRASE, run_cli, snapshot_files


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "real.txt").write_text("Tapaaminen sujui.\n", encoding="utf-8")
    return folder


def test_a_regular_file_and_a_link_inside_its_folder(notes: Path):
    found = read_note_file(notes / "real.txt")
    assert found.text == "Tapaaminen sujui.\n" and found.link_to is None
    (notes / "alias.md").symlink_to("real.txt")
    found = read_note_file(notes / "alias.md")
    assert found.text == "Tapaaminen sujui.\n" and found.link_to == (notes / "real.txt").resolve()


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/urandom", "OUTSIDE"])
def test_a_link_leading_outside_its_folder_is_refused_by_name(notes: Path, target: str):
    if target == "OUTSIDE":
        outside = notes.parent / "secret.txt"
        outside.write_text("not chosen")
        target = str(outside)
    (notes / "zero.txt").symlink_to(target)
    with pytest.raises(InvalidInput, match=r"zero\.txt is a link to .*outside its folder"):
        read_note_file(notes / "zero.txt")


def test_folders_fifos_and_devices_refused_without_blocking(notes: Path):
    (notes / "folder.txt").mkdir()
    with pytest.raises(InvalidInput, match=r"folder\.txt is a folder"):
        read_note_file(notes / "folder.txt")
    os.mkfifo(notes / "pipe.txt")  # nobody writes: a blocking open would hang here for ever
    with pytest.raises(InvalidInput, match=r"pipe\.txt is a named pipe"):
        read_note_file(notes / "pipe.txt")
    (notes / "dir-link.md").symlink_to("folder.txt")
    with pytest.raises(InvalidInput, match=r"dir-link\.md is a folder"):
        read_note_file(notes / "dir-link.md")
    try:
        os.mknod(notes / "zero-device.txt", 0o600 | stat.S_IFCHR, os.makedev(1, 5))
    except (PermissionError, AttributeError):
        return  # creating a device node needs root
    with pytest.raises(InvalidInput, match=r"zero-device\.txt is a device"):
        read_note_file(notes / "zero-device.txt")


def test_the_bound_counts_bytes_read(notes: Path, monkeypatch):
    monkeypatch.setattr(importer, "MAX_BYTES", 1000)
    big = notes / "big.txt"
    big.write_bytes(b"a" * 1001)
    with pytest.raises(InvalidInput, match="larger than 10 MB"):
        read_note_file(big)
    big.write_bytes(b"a" * 1000)
    assert len(read_note_file(big).text) == 1000


def test_a_name_with_a_newline_stays_one_line(notes: Path):
    odd = notes / "evil\nforged line\x1b[2J.txt"
    odd.write_bytes(b"\x00\x01 binary")
    with pytest.raises(InvalidInput) as err:
        read_note_file(odd)
    assert "\n" not in str(err.value) and "\x1b" not in str(err.value) and "\\x1b" in str(err.value)


def test_cli_refuses_fifo_and_device_link_with_one_line(vault, notes: Path):
    folder = vault.paths.root
    vault.close()
    os.mkfifo(notes / "pipe.txt")
    (notes / "zero.txt").symlink_to("/dev/zero")
    before = snapshot_files(folder)
    for name in ("pipe.txt", "zero.txt"):
        proc = run_cli("--data-dir", str(folder), "import", str(notes / "real.txt"), str(notes / name),
                       "--case", "K-1", "--passphrase-stdin", stdin=PASSPHRASE + "\n", timeout=30)
        assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and name in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr
    assert snapshot_files(folder) == before
    (notes / "alias.md").symlink_to("real.txt")
    proc = run_cli("--data-dir", str(folder), "import", str(notes / "alias.md"), "--case", "K-1",
                   "--passphrase-stdin", stdin=PASSPHRASE + "\n", timeout=30)
    assert proc.returncode == 0, proc.stderr
    assert "committed alias.md (a link to real.txt) as note" in proc.stdout
