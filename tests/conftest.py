"""Test set-up: offscreen Qt, a private data folder per test, a fast KDF, an in-memory keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists
os.environ.pop("COACHDESK_DATA_DIR", None)

import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from coachdesk.vault import keys

# fixtures kept in support modules, registered once here (a plugin is visible to every test)
pytest_plugins = ["tests.support.delivery", "tests.support.summary_case"]

PASSPHRASE = "correct horse battery"
REPO = Path(__file__).resolve().parent.parent


def fast_kdf() -> keys.KdfParams:
    """Argon2id with 1 MiB and 2 passes: for tests only (real vaults are calibrated to ~0.7 s)."""
    return keys.KdfParams(salt=keys.b64e(os.urandom(16)), iterations=2, memory_kib=1024)


class MemoryKeyring(KeyringBackend):
    """A dict-backed keyring so tests never meet a real keychain prompt."""

    priority = 0  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.store:
            raise PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(data_dir: Path):
    from coachdesk.vault.vault import Vault

    v, recovery = Vault.create(data_dir, PASSPHRASE, kdf=fast_kdf())
    v.recovery_key_for_tests = recovery  # type: ignore[attr-defined]
    yield v
    v.close()


@pytest.fixture
def demo_vault(data_dir: Path):
    """A closed demo vault (fast KDF) in ``data_dir``; its passphrase is the demo one."""
    from coachdesk.vault.demo import create_demo_vault

    create_demo_vault(data_dir, kdf=fast_kdf())
    return data_dir


def run_cli(*args: str, stdin: str | None = None, env: dict | None = None, timeout: float = 60):
    """Run ``python -m coachdesk`` in a subprocess; returns CompletedProcess (text)."""
    full_env = dict(os.environ)
    full_env.pop("COACHDESK_DATA_DIR", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "coachdesk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        cwd=REPO,
    )


def snapshot_files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def have(tool: str) -> bool:
    return shutil.which(tool) is not None
