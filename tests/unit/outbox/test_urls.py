"""Webhook URL checks per kind, including the retired Office 365 connectors (examples + hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachdesk.errors import InvalidInput
from coachdesk.outbox import WEBHOOK_KINDS, ChannelKind
from coachdesk.outbox.urls import NeedsSignIn, post_url, teams_trigger_auth, validate_url
from tests.support.delivery import GOOD_URLS


@pytest.mark.parametrize("kind", list(GOOD_URLS))
def test_good_urls_pass_for_their_kind(kind):
    assert validate_url(kind, "  " + GOOD_URLS[kind] + "\n") == GOOD_URLS[kind]


@pytest.mark.parametrize("kind", ["teams", "slack", "googlechat", "discord"])
def test_other_platform_urls_fail(kind):
    for other, url in GOOD_URLS.items():
        if other not in (kind, "json", "mattermost"):
            with pytest.raises(InvalidInput, match="does not look like"):
                validate_url(kind, url)


# Real-shaped Teams Workflows trigger URLs (hosts and paths as Power Automate shows them; ids and
# signatures made up): with and without the scale unit /cu/NN/, with and without :443, sovereign clouds.
TEAMS_URLS = [
    "https://default0974b8069c453e9254c17ec70731.0d.environment.api.powerplatform.com:443/powerautomate/automations"
    "/direct/cu/29/workflows/296371772807487b8b1ec608c591b4bb/triggers/manual/paths/invoke?api-version=1"
    "&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=0q_xp7BTCCTBdr4_CXOwEUc9iu-ZXrzfd1zddNpG_bo",
    "https://defaulte0e5bdf3aed144d3a1d20677842249.ac.environment.api.powerplatform.com/powerautomate/automations"
    "/direct/cu/30/workflows/9b00daac866f48c3901fd5518909b9b4/triggers/manual/paths/invoke?api-version=1"
    "&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=ZzGG55w4he-5jts1YHl-aPl_cRBANaPgxD4noVRohps",
    "https://e6f51598a921ebffb719475e56d7f7.e2.environment.api.powerplatform.com:443/powerautomate/automations"
    "/direct/cu/01/workflows/5ae96b0ceba24a8ca4978a4ca6ff1b92/triggers/manual/paths/invoke?api-version=1"
    "&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=yoes7hhBGFnXYStnptaT7Ixv_i7fM4iZHdAWnwh30oY",
    "https://0123abcd.09.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows"
    "/86ffea6392fe4f3f9555f5e8f9b1f06e/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun"
    "&sv=1.0&sig=Abc_-123",
    # GCC, GCC High, DoD, China (Power Platform environment API host per cloud)
    "https://e81e6cf434da48b8ab34c42317e9b43.4.environment.api.gov.powerplatform.microsoft.us:443/powerautomate"
    "/automations/direct/workflows/86ffea6392fe4f3f9555f5e8f9b1f06e/triggers/manual/paths/invoke?api-version=1"
    "&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=Abc_-123",
    "https://e81e6cf434da48b8ab34c42317e9b43.4.environment.api.high.powerplatform.microsoft.us/powerautomate"
    "/automations/direct/cu/03/workflows/86ffea6392fe4f3f9555f5e8f9b1f06e/triggers/manual/paths/invoke"
    "?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=Abc_-123",
    "https://e81e6cf434da48b8ab34c42317e9b43.4.environment.api.appsplatform.us/powerautomate/automations/direct"
    "/workflows/86ffea6392fe4f3f9555f5e8f9b1f06e/triggers/manual/paths/invoke?api-version=1&sv=1.0&sig=Abc_-123",
    "https://e81e6cf434da48b8ab34c42317e9b43.4.environment.api.powerplatform.partner.microsoftonline.cn/powerautomate"
    "/automations/direct/workflows/86ffea6392fe4f3f9555f5e8f9b1f06e/triggers/manual/paths/invoke?api-version=1"
    "&sv=1.0&sig=Abc_-123",
]


@pytest.mark.parametrize("url", TEAMS_URLS)
def test_current_teams_workflow_urls_are_accepted(url):
    assert validate_url("teams", url) == url
    assert teams_trigger_auth(url) == "sas"
    assert post_url("teams", url) == url


def test_teams_url_without_signature_needs_sign_in_unless_entra():
    """"Any user in my tenant": no sig=, needs a bearer token (the Entra flow decides)."""
    url = TEAMS_URLS[0].split("&sp=")[0]  # ...invoke?api-version=1
    assert teams_trigger_auth(url) == "entra"
    with pytest.raises(NeedsSignIn, match=r"protected \(sign-in\)") as err:
        validate_url("teams", url)
    assert "296371772807487b" not in str(err.value)
    assert validate_url("teams", url, protected=True) == url
    assert teams_trigger_auth(url + "&sig=") == "entra"  # an empty signature is none
    assert teams_trigger_auth(url.replace("api-version", "xsig")) == "entra"


@pytest.mark.parametrize(
    "url",
    [
        "https://prod-161.westeurope.logic.azure.com:443/workflows/643e69f83c8944438d68119179a10a64/triggers/manual"
        "/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=KODuebWbDGYFr0z0eu",
        "https://prod-12.westeurope.logic.azure.com:443/powerautomate/automations/direct/workflows"
        "/643e69f83c8944438d68119179a10a64/triggers/manual/paths/invoke?api-version=2022-03-01-preview&sig=x",
        "https://prod-01.usgovtexas.logic.azure.us:443/workflows/643e69f83c8944438d68119179a10a64/triggers/manual"
        "/paths/invoke?api-version=2016-06-01&sig=x",
    ],
)
def test_retired_logic_azure_trigger_urls_say_where_the_new_url_is(url):
    with pytest.raises(InvalidInput) as err:
        validate_url("teams", url)
    text = str(err.value)
    assert "30 November 2025" in text and "Send webhook alerts to a channel" in text and "HTTP URL" in text
    assert "643e69f8" not in text and "\n" not in text


@pytest.mark.parametrize(
    ("url", "why"),
    [
        (TEAMS_URLS[0].replace("/cu/29/", "/cu/x9/"), "Workflows trigger"),
        (TEAMS_URLS[0].replace("/workflows/2963", "/workflow/2963"), "Workflows trigger"),
        (TEAMS_URLS[0].replace("environment.api.powerplatform.com", "environment.api.powerplatform.com.evil.example"),
         "environment host"),
        (TEAMS_URLS[0].replace(".environment.api.powerplatform.com", ".api.powerplatform.us"), "environment host"),
    ],
)
def test_teams_look_alikes_refused(url, why):
    with pytest.raises(InvalidInput, match=why):
        validate_url("teams", url)


@pytest.mark.parametrize(
    "url",
    [
        "https://chat.example.fi/hooks/xq7kdhz3rtbbfnyo8j1ec5e6aw",
        "https://chat.example.fi/mattermost/hooks/xq7kdhz3rtbbfnyo8j1ec5e6aw",
        "https://mm.sote.example.fi:8065/hooks/xq7kdhz3rtbbfnyo8j1ec5e6aw",
    ],
)
def test_self_hosted_mattermost_on_its_domain_or_a_sub_path(url):
    assert validate_url("mattermost", url) == url


@pytest.mark.parametrize(
    ("kind", "url", "why"),
    [
        ("mattermost", "https://chat.example.fi/mattermost/hooks/short", "/hooks/<id>"),
        ("mattermost", "https://chat.example.fi/hooks/XQ7KDHZ3RTBBFNYO8J1EC5E6AW", "/hooks/<id>"),
        ("googlechat", "https://chat.googleapis.com/v1/spaces/AAAAbcd123/messages?key=AIza&token=", "token="),
        ("googlechat", "https://chat.googleapis.com/v1/spaces/AAAAbcd123/messages?token=t", "key="),
        ("discord", "https://discord.com/api/webhooks/123456789012345678/" + "a" * 68 + "?thread_id=abc", "thread_id"),
    ],
)
def test_more_bad_platform_urls(kind, url, why):
    with pytest.raises(InvalidInput, match=why):
        validate_url(kind, url)


def test_google_chat_with_key_and_token_posts_replies_into_the_thread():
    url = (
        "https://chat.googleapis.com/v1/spaces/AAAAGCYeSRY/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI"
        "&token=u9IG_MuTBXRRWtLEWq9_Z0cH3q8c8vgeovQuGkzLXwI%3D"
    )
    assert validate_url("googlechat", url) == url
    assert post_url("googlechat", url) == url + "&messageReplyOption=REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD"
    assert post_url("googlechat", url + "&messageReplyOption=REPLY_MESSAGE_OR_FAIL").endswith("OR_FAIL")


def test_discord_with_and_without_thread_id_and_wait():
    base = "https://discord.com/api/webhooks/1234567890123456789/" + "Tk-_" * 17
    for url in (base, base + "?thread_id=1187654321098765432", base + "?wait=true", base + "?wait=false"):
        assert validate_url("discord", url) == url
    assert post_url("discord", base) == base + "?wait=true"
    assert post_url("discord", base + "?wait=true") == base + "?wait=true"
    assert post_url("discord", base + "?wait=false") == base + "?wait=true"
    assert post_url("discord", base + "?thread_id=1187654321098765432") == base + "?thread_id=1187654321098765432&wait=true"
    assert post_url("discord", base, thread_id="1187654321098765433") == base + "?wait=true&thread_id=1187654321098765433"


@pytest.mark.parametrize(
    "url",
    [
        "https://outlook.office.com/webhook/abc@def/IncomingWebhook/123/456",
        "https://outlook.office365.com/webhook/abc/IncomingWebhook/1/2",
        "https://contoso.webhook.office.com/webhookb2/abc@def/IncomingWebhook/123/456",
    ],
)
@pytest.mark.parametrize("kind", ["teams", "json"])
def test_retired_connector_urls_refused_with_workflow_guidance(url, kind):
    with pytest.raises(InvalidInput) as err:
        validate_url(kind, url)
    assert "Workflow" in str(err.value) and "Send webhook alerts to a channel" in str(err.value)
    assert "IncomingWebhook" not in str(err.value)  # the secret is never echoed


@pytest.mark.parametrize(
    ("kind", "url", "why"),
    [
        ("slack", "http://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnopqrstuvwx", "https"),
        ("json", "ftp://example.org/x", "https"),
        ("json", "https://user:pw@example.org/x", "user name"),
        ("json", "https://example.org/x#frag", "fragment"),
        ("json", "https://exa mple.org/x", "spaces"),
        ("json", "", "empty"),
        ("json", "https://example.org/" + "a" * 3000, "longer"),
        ("slack", "https://hooks.slack.com:8443/services/T0123ABCD/B0123ABCD/abcdefghijklmnopqrstuvwx", "port"),
        ("teams", GOOD_URLS["teams"].replace("&sig=AbC-123_x", ""), "sign-in"),
        ("googlechat", "https://chat.googleapis.com/v1/spaces/AAA/messages", "key="),
        ("json", "https://localhost/x", "host"),
    ],
)
def test_bad_urls_say_why(kind, url, why):
    with pytest.raises(InvalidInput, match=why):
        validate_url(kind, url, allow_local_http=False)


def test_plain_http_only_for_loopback_when_allowed():
    assert validate_url("slack", "http://127.0.0.1:8080/slack", allow_local_http=True)
    assert validate_url("teams", "http://localhost:1/x", allow_local_http=True)
    with pytest.raises(InvalidInput):
        validate_url("slack", "http://127.0.0.1:8080/slack", allow_local_http=False)
    with pytest.raises(InvalidInput):
        validate_url("json", "http://10.0.0.1/x", allow_local_http=True)


def test_discord_posts_with_wait_true():
    assert post_url("discord", GOOD_URLS["discord"]).endswith("?wait=true")
    assert post_url("discord", "http://127.0.0.1:1/d?thread_id=5") == "http://127.0.0.1:1/d?thread_id=5&wait=true"
    assert post_url("slack", GOOD_URLS["slack"]) == GOOD_URLS["slack"]


KINDS = st.sampled_from(list(WEBHOOK_KINDS))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=KINDS, url=st.text(max_size=300))
def test_any_text_is_accepted_or_refused_cleanly(kind, url):
    try:
        clean = validate_url(kind, url, allow_local_http=False)
    except InvalidInput as err:
        assert str(err) and "\n" not in str(err)  # one clear line for the coach
        return
    assert clean.startswith("https://")
    assert not any(ch.isspace() for ch in clean)


_seg = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_.~%", min_size=0, max_size=30)


@settings(max_examples=300, deadline=None)
@given(
    kind=KINDS,
    host=st.from_regex(r"[a-z]{1,10}(\.[a-z0-9]{1,8}){1,3}", fullmatch=True),
    path=st.lists(_seg, max_size=5).map(lambda parts: "/" + "/".join(parts)),
    query=_seg,
    scheme=st.sampled_from(["https", "http", "HTTPS", "ftp", "javascript"]),
)
def test_structured_urls_accepted_only_if_https_and_shaped(kind, host, path, query, scheme):
    url = f"{scheme}://{host}{path}" + (f"?{query}" if query else "")
    try:
        clean = validate_url(kind, url, allow_local_http=False)
    except InvalidInput:
        return
    assert clean.lower().startswith("https://")
    if kind is ChannelKind.SLACK:
        assert host == "hooks.slack.com"
    if kind is ChannelKind.TEAMS:
        assert host.endswith((".logic.azure.com", ".logic.azure.us", ".api.powerplatform.com", ".api.powerplatform.us"))
    if kind is ChannelKind.GOOGLECHAT:
        assert host == "chat.googleapis.com"
    if kind is ChannelKind.DISCORD:
        assert host in ("discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com")


@settings(max_examples=200, deadline=None)
@given(
    tenant=st.from_regex(r"[a-z0-9-]{1,20}", fullmatch=True),
    rest=st.text(alphabet="abcdefABCDEF0123456789/@-", max_size=60),
    kind=KINDS,
)
def test_retired_connector_hosts_always_refused(tenant, rest, kind):
    for url in (
        f"https://{tenant}.webhook.office.com/webhookb2/{rest}",
        f"https://outlook.office.com/webhook/{rest}",
    ):
        with pytest.raises(InvalidInput):
            validate_url(kind, url, allow_local_http=True)
