"""Entra-protected Teams triggers end to end against a local HTTPS imitation of Entra ID and of the
trigger (trustme CA): device-code sign-in, the bearer token on the wire, the token cache encrypted
in the vault, silent refresh, refresh failure and 401 -> "sign in again", the outbox waiting."""

from __future__ import annotations

import json

import httpx
import pytest

from coachdesk.errors import InvalidInput
from coachdesk.outbox import entra
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.entra import ChannelAuth, EntraConfig, EntraSession, SignInRequired, scope_for
from coachdesk.outbox.outbox import Outbox, State
from coachdesk.outbox.policy import Outcome
from coachdesk.outbox.sender import Sender
from coachdesk.outbox.urls import validate_url
from tests.support.entra_support import CLIENT_ID, FLOW_AUDIENCE, TENANT, FakeEntra, https_server

# Real-shaped trigger URLs: Power Automate's current form (Teams "When a Teams webhook request is
# received"), "Any user in my tenant" (no sp/sv/sig) and "Anyone" (legacy: signed with sig=).
TENANT_URL = (
    "https://default0f1e2d3c4b5a69788796a5b4c3d2e1.f0.environment.api.powerplatform.com:443/powerautomate/"
    "automations/direct/workflows/0123456789abcdef0123456789abcdef/triggers/manual/paths/invoke?api-version=1"
)
SIGNED_URL = TENANT_URL + "&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=AbC-123_x"


@pytest.fixture(scope="module")
def _tls_server():
    server, ctx = https_server()
    yield server, ctx
    server.clear()
    server.stop()


@pytest.fixture
def fake(_tls_server, monkeypatch):
    server, ctx = _tls_server
    server.clear()
    monkeypatch.setattr(entra, "TEST_VERIFY", ctx)  # MSAL trusts the local CA (tests only)
    fake = FakeEntra(base=f"https://127.0.0.1:{server.port}")
    fake.install(server)
    fake.ctx = ctx
    yield fake
    server.clear()


@pytest.fixture
def config(fake) -> EntraConfig:
    return EntraConfig(TENANT, CLIENT_ID, authority_host=fake.base)


@pytest.fixture
def channel(store, fake, config, local_webhooks, memory_keyring):
    return Channels(store).add("Tiimi", "teams", fake.trigger_url, entra=config)


@pytest.fixture
def sender(store, fake, clock):
    with Sender(store, clock=clock, client=httpx.Client(verify=fake.ctx)) as s:
        yield s


def _queue(store, case, clock, channel_name="Tiimi"):
    from coachdesk.domain import help_request as hr
    from coachdesk.outbox import requests as rq
    from coachdesk.outbox.compose import preview_payload

    request = rq.save_request(store, hr.HelpRequest(case_id=case.id, topic="jaksaminen", question="Miten tukisin?"))
    payload = preview_payload(request, "teams")
    return Outbox(store, clock=clock).submit(request.id, channel_name, payload, previewed=payload)


def _sign_in(store, config) -> str:
    session = EntraSession(store, config)
    code = session.start_device_code()
    assert code.user_code == "F7KQ-2MZP" and code.verification_uri == "https://microsoft.com/devicelogin"
    try:
        return session.finish_device_code(code)
    finally:
        session.close()


# ----- the documented values --------------------------------------------------------------------------
def test_scope_is_the_audience_with_its_slash_then_default():
    assert scope_for("public") == "https://service.flow.microsoft.com//.default"
    assert scope_for("gcch") == "https://high.service.flow.microsoft.us//.default"


def test_url_rules_for_tenant_and_signed_triggers():
    assert validate_url("teams", SIGNED_URL) == SIGNED_URL
    assert validate_url("teams", TENANT_URL, protected=True) == TENANT_URL
    with pytest.raises(InvalidInput, match="protected \\(sign-in\\)"):
        validate_url("teams", TENANT_URL)  # says what to choose instead
    with pytest.raises(InvalidInput, match="needs no sign-in"):
        validate_url("teams", SIGNED_URL, protected=True)
    with pytest.raises(InvalidInput, match="Only Teams"):
        validate_url("slack", "https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnopqrstuvwx", protected=True)


@pytest.mark.parametrize(("tenant", "client", "cloud", "host"), [
    ("not a tenant", CLIENT_ID, "public", ""),
    (TENANT, "app-name", "public", ""),
    (TENANT, CLIENT_ID, "mars", ""),
    (TENANT, CLIENT_ID, "public", "http://127.0.0.1:1"),
    (TENANT, CLIENT_ID, "public", "https://evil.example/path"),
    (TENANT, CLIENT_ID, "public", "https://login.microsoftonline.com.evil.example"),  # never from a file
])
def test_bad_sign_in_settings_are_refused(tenant, client, cloud, host):
    with pytest.raises(InvalidInput):
        EntraConfig(tenant, client, cloud, host).checked()


def test_tenant_may_be_a_domain_and_is_normalised():
    cfg = EntraConfig(" Contoso.onMicrosoft.com ", CLIENT_ID.upper()).checked()
    assert cfg.tenant == "contoso.onmicrosoft.com" and cfg.client_id == CLIENT_ID
    assert cfg.authority == "https://login.microsoftonline.com/contoso.onmicrosoft.com"


# ----- the whole flow -----------------------------------------------------------------------------------
def test_signin_then_bearer_token_on_the_wire_and_cache_encrypted_in_vault(store, case, channel, config, fake, sender, clock, data_dir):
    item = _queue(store, case, clock)
    # no sign-in yet: the item waits, queued (not failed), with a visible reason; nothing was posted
    (result,) = sender.flush()
    assert result.outcome is Outcome.WAITING and result.state is State.QUEUED
    waiting = Outbox(store).get(item.id)
    assert waiting.state is State.QUEUED and waiting.attempts == 0
    assert waiting.last_outcome == "waiting" and "waiting for sign-in" in waiting.last_error
    assert fake.trigger_auth == [] and fake.discoveries == 0  # not even a network call while waiting

    assert _sign_in(store, config) == "maija.mentori@example.fi"
    device_polls = [r for r in fake.token_requests if r["grant_type"].endswith("device_code")]
    assert len(device_polls) == 2  # pending once, then the tokens
    assert scope_for("public") in fake.device_scopes[-1].split()  # the double slash on the wire
    assert Outbox(store, clock=clock).resume_waiting() == 1

    (result,) = sender.flush()
    assert result.outcome is Outcome.DELIVERED and result.state is State.SENT
    (auth,) = fake.trigger_auth
    assert auth.startswith("Bearer at-") and fake.access[auth[7:]] == FLOW_AUDIENCE
    assert fake.trigger_bodies == [item.payload]  # exactly the previewed bytes

    # the MSAL cache is inside the vault (SQLCipher), not in any plain file
    cached = json.loads(store.get_setting(config.cache_key))
    assert auth[7:] in cached["cache"] and cached["signin"] == ""
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert auth[7:].encode() not in path.read_bytes(), path


def test_expired_token_is_refreshed_silently(store, case, channel, config, fake, sender, clock):
    fake.access_lifetime = 1  # MSAL treats a token this close to expiry as expired
    _sign_in(store, config)
    first = next(iter(fake.access))
    _queue(store, case, clock)
    (result,) = sender.flush()
    assert result.outcome is Outcome.DELIVERED
    assert [r["grant_type"] for r in fake.token_requests][-1] == "refresh_token"
    (auth,) = fake.trigger_auth
    assert auth != f"Bearer {first}" and fake.access[auth[7:]] == FLOW_AUDIENCE


def test_refresh_failure_asks_to_sign_in_again_and_keeps_the_item(store, case, channel, config, fake, sender, clock):
    fake.access_lifetime = 1
    _sign_in(store, config)
    fake.refresh_fails = True
    item = _queue(store, case, clock)
    (result,) = sender.flush()
    assert result.outcome is Outcome.WAITING and result.state is State.QUEUED
    assert "AADSTS700082" in result.detail
    assert fake.trigger_auth == []
    # no more token requests while waiting for the coach
    requests_before = len(fake.token_requests)
    clock.advance(entra.WAIT_FOR_SIGNIN_S + 1)
    (again,) = sender.flush()
    assert again.outcome is Outcome.WAITING and len(fake.token_requests) == requests_before
    with pytest.raises(SignInRequired, match="AADSTS700082"):
        ChannelAuth(store).headers(channel)
    # signing in again sends it
    fake.refresh_fails = False
    fake.access_lifetime = 3600
    _sign_in(store, config)
    Outbox(store, clock=clock).resume_waiting()
    (done,) = sender.flush()
    assert done.outcome is Outcome.DELIVERED and Outbox(store).get(item.id).state is State.SENT


def test_401_from_the_trigger_means_sign_in_again_not_failed(store, case, channel, config, fake, sender, clock):
    _sign_in(store, config)
    fake.revoked.update(fake.access)  # the flow no longer accepts this token
    item = _queue(store, case, clock)
    (result,) = sender.flush()
    assert result.outcome is Outcome.WAITING and result.http_status == 401 and result.state is State.QUEUED
    after = Outbox(store).get(item.id)
    assert after.state is State.QUEUED and "sign-in" in after.last_error
    assert EntraSession(store, config).needs_signin().startswith("the flow refused")
    assert [a.outcome for a in Outbox(store).audit(item.id)] == ["queued", "waiting"]
    _sign_in(store, config)
    Outbox(store, clock=clock).resume_waiting()
    assert sender.flush()[0].outcome is Outcome.DELIVERED


def test_test_message_uses_the_token(store, channel, config, fake, sender):
    assert sender.send_test("Tiimi", "en").outcome is Outcome.WAITING  # not signed in: nothing sent
    assert fake.trigger_auth == []
    _sign_in(store, config)
    result = sender.send_test("Tiimi", "en")
    assert result.outcome is Outcome.DELIVERED and fake.trigger_auth[0].startswith("Bearer ")


def test_sign_in_service_offline_is_retried_like_a_network_error(store, case, memory_keyring, local_webhooks, clock,
                                                                 fake, sender, config):
    import socket

    fake.access_lifetime = 1  # the token must be refreshed, and the sign-in service is gone
    _sign_in(store, config)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    cfg = EntraConfig(TENANT, CLIENT_ID, authority_host=f"https://127.0.0.1:{dead}")
    store.set_setting(cfg.cache_key, store.get_setting(config.cache_key))  # signed in, service unreachable
    Channels(store).add("Tiimi", "teams", fake.trigger_url, entra=cfg)
    item = _queue(store, case, clock)
    (result,) = sender.flush()
    assert result.outcome is Outcome.NEVER_LEFT and result.state is State.QUEUED
    assert "could not be reached" in result.detail and fake.trigger_auth == []
    assert Outbox(store).get(item.id).state is State.QUEUED


def test_sign_in_in_the_system_browser_with_pkce(store, case, channel, config, fake, sender, clock, monkeypatch):
    import webbrowser

    from tests.support.entra_support import ScriptedBrowser

    browser = ScriptedBrowser(fake.ctx)
    monkeypatch.setattr(webbrowser, "open", browser.open)
    session = EntraSession(store, config)
    try:
        assert session.sign_in_browser(timeout=30) == "maija.mentori@example.fi"
    finally:
        session.close()
    (args,) = fake.authorize_args
    assert args["redirect_uri"].startswith("http://localhost:") and args["code_challenge_method"] == "S256"
    assert scope_for("public") in args["scope"].split() and args["prompt"] == "select_account"
    _queue(store, case, clock)
    (result,) = sender.flush()
    assert result.outcome is Outcome.DELIVERED and fake.trigger_auth[0].startswith("Bearer at-")


def test_browser_sign_in_left_unfinished_is_a_clear_sign_in_required(store, config, fake, monkeypatch):
    import webbrowser

    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: True)  # the coach closes the browser
    session = EntraSession(store, config)
    try:
        with pytest.raises(SignInRequired, match="did not finish"):
            session.sign_in_browser(timeout=2)
    finally:
        session.close()
    assert session.needs_signin() == "not signed in yet"


def test_removing_the_channel_removes_its_sign_in_settings(store, channel, config):
    assert Channels(store).protected(channel)
    Channels(store).remove("Tiimi")
    assert store.get_setting(entra.config_key(channel.secret_ref)) is None


def test_msal_is_not_imported_for_signed_channels():
    import subprocess
    import sys

    code = ("import sys; from coachdesk.outbox import sender, channels, urls; "
            "print('msal' in sys.modules, 'requests' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
