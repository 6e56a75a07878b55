"""The real Secret Service (gnome-keyring under dbus-run-session, started by with-secret-service.sh):
quick unlock stores and reads the vault key there, and a webhook URL kept there never reaches the disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.support.delivery import GOOD_URLS

QUICK_UNLOCK_SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, {repo!r})
from tests.conftest import fast_kdf
import keyring
from coachdesk.vault import keychain
from coachdesk.vault.vault import Vault
backend = keyring.get_keyring()
assert "SecretService" in type(backend).__module__ + type(backend).__name__, backend
folder = Path({folder!r})
v, _ = Vault.create(folder, "pass phrase 1", kdf=fast_kdf())
vid = v.header.vault_id
keychain.store_key(vid, v.data_key)
v.close()
with Vault.open_with_key(folder, keychain.load_key(vid)) as again:
    assert again.check() == []
keychain.forget_key(vid)
assert keychain.load_key(vid) is None
print("secret-service-ok")
"""


@pytest.mark.integration
@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon (apt: dbus gnome-keyring)",
)
def test_real_secret_service_quick_unlock(tmp_path: Path):
    script = QUICK_UNLOCK_SCRIPT.format(repo=str(REPO), folder=str(tmp_path / "v"))
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    proc = subprocess.run(
        ["timeout", "120", "dbus-run-session", "--", str(REPO / "tests/integration/keyring/with-secret-service.sh"),
         sys.executable, "-c", script],
        capture_output=True, text=True, env=env, timeout=150,
    )
    assert "secret-service-ok" in proc.stdout, proc.stdout + proc.stderr


WEBHOOK_URL_SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, {repo!r})
from tests.conftest import fast_kdf
import keyring
from coachdesk.outbox.channels import Channels
from coachdesk.vault.vault import Vault
backend = keyring.get_keyring()
assert "SecretService" in type(backend).__module__ + type(backend).__name__, backend
url = {url!r}
folder = Path({folder!r})
v, _ = Vault.create(folder, "pass phrase 1", kdf=fast_kdf())
ch = Channels(v.store).add("Tiimi", "slack", url)
assert ch.secret_store == "keychain", ch
v.close()
disk = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
assert url.rsplit("/", 1)[1].encode() not in disk
with Vault.open(folder, "pass phrase 1") as again:
    channels = Channels(again.store)
    assert channels.url(channels.get("Tiimi")) == url
    channels.remove("Tiimi")
assert keyring.get_password("CoachDesk", "webhook:" + ch.secret_ref) is None
print("secret-service-ok")
"""


@pytest.mark.integration
@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon (apt: dbus gnome-keyring)",
)
def test_webhook_url_in_a_real_secret_service(tmp_path: Path):
    script = WEBHOOK_URL_SCRIPT.format(repo=str(REPO), url=GOOD_URLS["slack"], folder=str(tmp_path / "v"))
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    proc = subprocess.run(
        ["timeout", "120", "dbus-run-session", "--", str(REPO / "tests/integration/keyring/with-secret-service.sh"),
         sys.executable, "-c", script],
        capture_output=True, text=True, env=env, timeout=150,
    )
    assert "secret-service-ok" in proc.stdout, proc.stdout + proc.stderr
