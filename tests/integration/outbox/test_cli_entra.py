"""`coachdesk channel add --protected` and `coachdesk channel signin` against a real vault; the
sign-in runs in-process (the local Entra imitation's CA is trusted only inside the test)."""

from __future__ import annotations

import io
import json

from coachdesk import cli
from coachdesk.outbox import entra
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.entra import EntraConfig, config_for
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, run_cli
from tests.integration.outbox.test_entra import SIGNED_URL, TENANT_URL
from tests.support.entra_support import CLIENT_ID, TENANT, FakeEntra, https_server


def test_add_protected_channel_with_a_current_tenant_trigger_url(vault, data_dir):
    vault.close()
    base = ("--data-dir", str(data_dir), "channel")
    refused = run_cli(*base, "add", "Tiimi", "--kind", "teams", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{TENANT_URL}\n")
    assert refused.returncode == 1 and "protected (sign-in)" in refused.stderr
    half = run_cli(*base, "add", "Tiimi", "--kind", "teams", "--protected", "--tenant", TENANT,
                   "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{TENANT_URL}\n")
    assert half.returncode == 1 and "--client-id" in half.stderr
    signed = run_cli(*base, "add", "Tiimi", "--kind", "teams", "--protected", "--tenant", TENANT, "--client-id", CLIENT_ID,
                     "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{SIGNED_URL}\n")
    assert signed.returncode == 1 and "needs no sign-in" in signed.stderr
    added = run_cli(*base, "add", "Tiimi", "--kind", "teams", "--protected", "--tenant", TENANT, "--client-id", CLIENT_ID,
                    "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{TENANT_URL}\n")
    assert added.returncode == 0, added.stderr
    assert "channel signin 'Tiimi'" in added.stdout and TENANT_URL not in added.stdout
    listed = run_cli(*base, "list", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    assert listed.stdout.rstrip().endswith("sign-in")
    with Vault.open(data_dir, PASSPHRASE) as v:
        channel = Channels(v.store).get("Tiimi")
        assert config_for(v.store, channel) == EntraConfig(TENANT, CLIENT_ID)


def test_signin_prints_the_device_code_and_wakes_waiting_items(vault, data_dir, monkeypatch, capsys, memory_keyring):
    server, ctx = https_server()
    try:
        fake = FakeEntra(base=f"https://127.0.0.1:{server.port}")
        fake.install(server)
        monkeypatch.setattr(entra, "TEST_VERIFY", ctx)
        monkeypatch.setenv("COACHDESK_ALLOW_LOCAL_WEBHOOKS", "1")
        Channels(vault.store).add("Tiimi", "teams", fake.trigger_url, entra=EntraConfig(TENANT, CLIENT_ID, authority_host=fake.base))
        Channels(vault.store).add("Muut", "teams", SIGNED_URL)
        vault.close()
        base = ["--data-dir", str(data_dir), "channel", "signin"]
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(f"{PASSPHRASE}\n".encode())))
        assert cli.main([*base, "Muut", "--passphrase-stdin"]) == 1
        assert "needs no sign-in" in capsys.readouterr().err
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(f"{PASSPHRASE}\n".encode())))
        assert cli.main([*base, "Tiimi", "--passphrase-stdin"]) == 0
        out = capsys.readouterr().out
        assert "https://microsoft.com/devicelogin" in out and "F7KQ-2MZP" in out
        assert "Signed in as maija.mentori@example.fi for 'Tiimi'." in out
        with Vault.open(data_dir, PASSPHRASE) as v:
            cfg = config_for(v.store, Channels(v.store).get("Tiimi"))
            state = json.loads(v.store.get_setting(cfg.cache_key))
            assert state["signin"] == "" and "RefreshToken" in state["cache"]
    finally:
        server.clear()
        server.stop()
