"""``coachdesk colleague import FILE``: a directory file without a list of colleagues is refused
before the vault is opened (no passphrase asked, nothing touched)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, fast_kdf, run_cli, snapshot_files


@pytest.mark.parametrize("colleagues", [{"name": "Maija"}, None, "missing"])
def test_a_directory_without_a_list_is_refused_before_the_unlock(tmp_path: Path, colleagues):
    doc: dict = {"format": "coachdesk-colleagues", "version": 1}
    if colleagues != "missing":
        doc["colleagues"] = colleagues
    bad = tmp_path / "kollegat.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")

    no_vault = run_cli("--data-dir", str(tmp_path / "none"), "colleague", "import", str(bad))
    assert no_vault.returncode == 1
    assert no_vault.stderr.strip() == "coachdesk: The colleague directory must be a list of colleagues."

    folder = tmp_path / "v"
    Vault.create(folder, PASSPHRASE, kdf=fast_kdf())[0].close()
    before = snapshot_files(folder)
    wrong_passphrase = run_cli("--data-dir", str(folder), "colleague", "import", str(bad), "--passphrase-stdin",
                               stdin="not the passphrase\n")
    assert wrong_passphrase.returncode == 1 and "list of colleagues" in wrong_passphrase.stderr
    assert snapshot_files(folder) == before
