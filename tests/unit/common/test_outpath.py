"""One guard for every output path: never into, over, or through a symlink to a vault file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coachdesk.errors import InvalidInput
from coachdesk.fileio import write_private_atomic, write_private_atomic_with
from coachdesk.outpath import VAULT_FILES, VaultFileTarget, check_output_path
from tests.conftest import snapshot_files

NAMES = [*VAULT_FILES, "backups/daily-20261205.cdbackup", "backups/new.cdbackup", "logs/coachdesk.log",
         "replaced-20261101-101010/vault.db", "backups", "logs", ".rekey/vault.db", ".rekey/READY"]


@pytest.fixture
def folder(vault) -> Path:
    """An open vault's folder, with backups and logs in it."""
    from coachdesk.logs import setup_logging
    from coachdesk.vault.backup import daily_backup_if_due

    daily_backup_if_due(vault)
    setup_logging(vault.paths.root)
    (vault.paths.root / "replaced-20261101-101010").mkdir()
    return vault.paths.root


@pytest.mark.parametrize("name", NAMES)
def test_vault_files_refused_with_and_without_the_data_dir_given(folder: Path, name: str):
    for known in ([folder], []):  # found by its markers even when the caller does not know it
        with pytest.raises(VaultFileTarget) as err:
            check_output_path(folder / name, known)
        assert "\n" not in str(err.value) and "nothing was written" in str(err.value)
    assert isinstance(err.value, InvalidInput)


@pytest.mark.parametrize("name", ["vault.db", "vault.header.json", "vault.db-wal", "backups/daily.cdbackup"])
def test_symlinks_dotdot_and_hard_links_are_resolved(folder: Path, tmp_path: Path, name: str):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = elsewhere / "export.md"
    link.symlink_to(folder / name)  # may dangle (vault.db-wal): still refused
    with pytest.raises(VaultFileTarget):
        check_output_path(link)
    dotted = elsewhere / ".." / folder.name / "sub" / ".." / name
    with pytest.raises(VaultFileTarget):
        check_output_path(dotted)
    linked_dir = tmp_path / "shortcut"
    linked_dir.symlink_to(folder)
    with pytest.raises(VaultFileTarget):
        check_output_path(linked_dir / name)


def test_a_hard_link_to_the_database_is_refused_when_the_vault_is_known(folder: Path, tmp_path: Path):
    hard = tmp_path / "copy.db"
    os.link(folder / "vault.db", hard)
    with pytest.raises(VaultFileTarget):
        check_output_path(hard, [folder])


@pytest.mark.parametrize("name", ["export.md", "k14.pdf", "mine.cdbackup", "vault.db"])
def test_ordinary_places_are_allowed(folder: Path, tmp_path: Path, name: str):
    other = tmp_path / "documents"
    other.mkdir()
    assert check_output_path(other / name, [folder]) == other / name  # a "vault.db" elsewhere is just a name
    assert check_output_path(folder.parent / f"beside-{name}", [folder])
    outside = tmp_path / "plain.md"
    outside.symlink_to(other / name)  # a symlink to an ordinary file: replaced, never followed
    assert check_output_path(outside, [folder])


def test_atomic_writer_refuses_and_changes_nothing(folder: Path):
    before = snapshot_files(folder)
    for name in ("vault.header.json", "vault.db", "backups/x.cdbackup"):
        with pytest.raises(VaultFileTarget):
            write_private_atomic(folder / name, b"export", for_user=True)
        with pytest.raises(VaultFileTarget):
            write_private_atomic_with(folder / name, lambda fh: fh.write(b"x"), for_user=True, data_dirs=[folder])
    assert snapshot_files(folder) == before
    assert not [p for p in folder.rglob("*.part")]


def test_the_rename_is_checked_again(folder: Path, tmp_path: Path):
    """A target swapped for a symlink into the vault while the data is written is still refused."""
    target = tmp_path / "export.md"
    before = snapshot_files(folder)

    def fill(fh) -> None:
        fh.write(b"data")
        target.symlink_to(folder / "vault.header.json")

    with pytest.raises(VaultFileTarget):
        write_private_atomic_with(target, fill, for_user=True)
    assert snapshot_files(folder) == before and target.is_symlink()
    assert not list(tmp_path.glob(".export.md.*"))


def test_backup_and_saved_request_use_the_guard(vault, tmp_path: Path):
    from coachdesk.domain import help_request as hr
    from coachdesk.outbox.export import save_request
    from coachdesk.vault.backup import write_backup

    folder = vault.paths.root
    before = snapshot_files(folder)
    with pytest.raises(VaultFileTarget):
        write_backup(vault, folder / "vault.db", for_user=True)
    with pytest.raises(VaultFileTarget):
        write_backup(vault, folder / "backups" / "mine.cdbackup", for_user=True)
    link = tmp_path / "q.md"
    link.symlink_to(folder / "vault.header.json")
    request = hr.HelpRequest(question="Miten tukisin?")
    with pytest.raises(VaultFileTarget):
        save_request(request, link, data_dirs=[folder])
    assert snapshot_files(folder) == before
    assert write_backup(vault, tmp_path / "ok.cdbackup", for_user=True).is_file()
