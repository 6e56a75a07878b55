"""validate_url under hostile input: it answers InvalidInput or a cleaned URL, never another
exception; IDNA/unicode hosts, user info, fragments, percent-encoding tricks and very long URLs."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachdesk.errors import InvalidInput
from coachdesk.outbox import ChannelKind
from coachdesk.outbox.urls import host_of, post_url, teams_trigger_auth, validate_url
from tests.support.delivery import GOOD_URLS

KINDS = [k.value for k in ChannelKind]
PIECES = st.sampled_from(["https://", "http://", "//", "@", ":", "443", "[", "]", "::1", "%2F", "%40", "%00", "#",
                          "?", "&", "=", "sig=", "/", "\\", ".", "hooks.slack.com", "discord.com", "xn--",
                          "bücher.example", "\u3002", "\uff0e", "\u2024", "\u200b", "\u202e", "localhost", "127.0.0.1",
                          "/hooks/", "a" * 26, "/services/T0123456/B0123456/", "0" * 18, ".environment.api.powerplatform.com"])


def _check(kind, url, **kw):
    try:
        clean = validate_url(kind, url, **kw)
    except InvalidInput:
        return
    assert clean == url.strip() and len(clean) <= 2048
    assert not any(ch.isspace() or ord(ch) < 32 for ch in clean)
    host_of(clean), teams_trigger_auth(clean), post_url(kind, clean)  # never raise on an accepted URL


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(KINDS), st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=14).map("".join),
       st.booleans(), st.booleans())
def test_validate_url_only_raises_invalid_input(kind, url, local, protected):
    _check(kind, url, allow_local_http=local, protected=protected and kind == "teams")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(GOOD_URLS)), st.integers(0, 200), st.text(max_size=6))
def test_mutated_real_urls_only_raise_invalid_input(kind, at, insert):
    url = GOOD_URLS[kind]
    _check(kind, url[:at] + insert + url[at:])


@pytest.mark.parametrize("kind,url", [
    ("slack", "https://user@hooks.slack.com/services/T0123456/B0123456/abcdefghijklmnopqrstuvwx"),
    ("slack", "https://hooks.slack.com@evil.example/services/T0123456/B0123456/abcdefghijklmnopqrstuvwx"),
    ("slack", "https://hooks.slack.com/services/T0123456/B0123456/abcdefghijklmnopqrstuvwx#x"),
    ("slack", "https://hooks.slack.com%2F@evil.example/services/T0123456/B0123456/abcdefghijklmnopqrstuvwx"),
    ("slack", "https://hooks.slack.com./services/T0123456/B0123456/abcdefghijklmnopqrstuvwx"),
    ("slack", "https://hooks.slack.com\u3002/services/T0123456/B0123456/abcdefghijklmnopqrstuvwx"),
    ("slack", "https://hooks\uff0eslack.com/services/T0123456/B0123456/abcdefghijklmnopqrstuvwx"),
    ("slack", "https://HOOKS.SLACK.COM\\@evil.example/services/T0123456/B0123456/abcdefghijklmnopqrstuvwx"),
    ("discord", "https://discord.com/api/webhooks/123456789012345678/%2e%2e%2f%2e%2e%2fusers%2f%40me%2fxxxxxxxxxxxxxx"),
    ("discord", "https://discord.com/api/webhooks/123456789012345678/" + "a" * 68 + "?thread_id=1&thread_id=2"),
    ("discord", "https://dïscord.com/api/webhooks/123456789012345678/" + "a" * 68),
    ("discord", "https://xn--dscord-9ua.com/api/webhooks/123456789012345678/" + "a" * 68),
    ("mattermost", "https://chat.example.fi/%2e%2e/hooks/" + "a" * 26),
    ("mattermost", "https://chat.exämple.fi/hooks/" + "a" * 26),
    ("mattermost", "https://[::1]/hooks/" + "a" * 26),
    ("mattermost", "https://chat.example.fi/hooks/" + "a" * 26 + "x" * 3000),
    ("json", "https://" + "a" * 64 + ".example/x"),
    ("json", "https://example.fi:99999/x"),
    ("json", "https://example.fi:-1/x"),
])
def test_hostile_shapes_are_refused(kind, url):
    with pytest.raises(InvalidInput):
        validate_url(kind, url, allow_local_http=False)
