"""An empty vault.db is refused before SQLCipher could grow it; a failed create removes only what
it made (issue 12, 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.errors import VaultDamaged
from coachdesk.vault import vault as vault_mod
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, fast_kdf


def test_empty_database_refused_and_left_empty(vault):
    folder = vault.paths.root
    vault.close()
    (folder / "vault.db").write_bytes(b"")
    with pytest.raises(VaultDamaged, match="empty"):
        Vault.open(folder, PASSPHRASE)
    assert (folder / "vault.db").stat().st_size == 0
    assert not (folder / "vault.db-wal").exists() and not (folder / "vault.db-shm").exists()


def test_database_that_is_a_folder_refused(vault):
    folder = vault.paths.root
    vault.close()
    (folder / "vault.db").unlink()
    (folder / "vault.db").mkdir()
    with pytest.raises(VaultDamaged, match="not a file"):
        Vault.open(folder, PASSPHRASE)


@pytest.mark.parametrize("existing", ["nothing", "folder", "folder_and_lock"])
def test_failed_create_removes_only_what_it_made(tmp_path: Path, monkeypatch, existing: str):
    target = tmp_path / "a" / "b" / "vault"
    if existing != "nothing":
        target.mkdir(parents=True)
    if existing == "folder":
        (target / "keep.txt").write_text("mine")
    if existing == "folder_and_lock":
        (target / "vault.lock").write_bytes(b"")

    def broken(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(vault_mod.header_mod, "write", broken)
    with pytest.raises(OSError):
        Vault.create(target, PASSPHRASE, kdf=fast_kdf())
    if existing == "nothing":
        assert not (tmp_path / "a").exists()
    elif existing == "folder":
        assert sorted(p.name for p in target.iterdir()) == ["keep.txt"]
    else:
        assert sorted(p.name for p in target.iterdir()) == ["vault.lock"]
