"""Webhook URL checks per kind, including the retired Office 365 connectors (examples + hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachdesk.errors import InvalidInput
from coachdesk.outbox import ChannelKind
from coachdesk.outbox.urls import post_url, validate_url
from tests.outbox.conftest import GOOD_URLS


@pytest.mark.parametrize("kind", list(GOOD_URLS))
def test_good_urls_pass_for_their_kind(kind):
    assert validate_url(kind, "  " + GOOD_URLS[kind] + "\n") == GOOD_URLS[kind]


@pytest.mark.parametrize("kind", ["teams", "slack", "googlechat", "discord"])
def test_other_platform_urls_fail(kind):
    for other, url in GOOD_URLS.items():
        if other not in (kind, "json", "mattermost"):
            with pytest.raises(InvalidInput, match="does not look like"):
                validate_url(kind, url)


def test_powerplatform_workflow_url_is_teams():
    url = (
        "https://default0123.45.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/"
        "0123456789abcdef0123456789abcdef/triggers/manual/paths/invoke?api-version=1&sp=x&sv=1.0&sig=abc"
    )
    assert validate_url("teams", url) == url


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
    assert "Workflow" in str(err.value) and "Post to a channel when a webhook request is received" in str(err.value)
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
        ("teams", GOOD_URLS["teams"].replace("&sig=AbC-123_x", ""), "signature"),
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


KINDS = st.sampled_from(list(ChannelKind))


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
