"""Webhook hosts must be public (issue 12, finding 8): internal addresses in every spelling are
refused at `channel add` for every kind, and names resolving to them are refused at send time."""

from __future__ import annotations

import ipaddress
import re
import socket

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.errors import InvalidInput
from coachdesk.outbox import ChannelKind
from coachdesk.outbox.hosts import InternalHost, check_resolved, is_internal, parse_address, parse_ipv4_loose
from coachdesk.outbox.urls import validate_url

INTERNAL = [
    "169.254.169.254", "10.0.0.1", "0.0.0.0", "127.1", "2130706433", "0177.0.0.1", "0x7f.1", "0x7f000001",
    "127.0.0.1", "192.168.1.10", "172.16.0.1", "100.64.0.1", "224.0.0.1", "255.255.255.255", "240.0.0.1",
    "10.1", "0xa.0.0.1", "012.0.0.1", "3232235777",
    "[::1]", "[::]", "[::ffff:10.0.0.1]", "[::ffff:127.0.0.1]", "[::ffff:a9fe:a9fe]", "[fd00::1]", "[fe80::1]",
    "[ff02::1]", "[64:ff9b::a00:1]", "[2002:a00:1::1]", "[::a00:1]",
    "localhost", "hooks.localhost", "printer.local", "metadata.google.internal",
]


@pytest.mark.parametrize("host", INTERNAL)
@pytest.mark.parametrize("kind", list(ChannelKind))
def test_internal_hosts_refused_at_channel_add_for_every_kind(kind, host):
    url = f"https://{host}/hooks/abcdefghijklmnopqrstuvwxyz"
    with pytest.raises(InvalidInput) as err:
        validate_url(kind, url, allow_local_http=False)
    assert "hooks/abcdefghijklmnopqrstuvwxyz" not in str(err.value)  # the secret path is never echoed


@pytest.mark.parametrize("host", ["10.0.0.1", "169.254.169.254", "127.1"])
def test_json_and_mattermost_say_why(host):
    for kind in ("json", "mattermost"):
        with pytest.raises(InternalHost, match=r"internal address.*COACHDESK_ALLOW_LOCAL_WEBHOOKS"):
            validate_url(kind, f"https://{host}/hooks/abcdefghijklmnopqrstuvwxyz", allow_local_http=False)


def test_public_addresses_and_names_pass():
    assert validate_url("json", "https://93.184.216.34/in", allow_local_http=False)
    assert validate_url("mattermost", "https://chat.example.fi/hooks/abcdefghijklmnopqrstuvwxyz",
                        allow_local_http=False)


def test_number_shaped_host_that_is_no_address_is_refused():
    with pytest.raises(InvalidInput, match="looks like an address"):
        validate_url("json", "https://08.1.1.1/in", allow_local_http=False)


def test_the_local_testing_switch_allows_internal_hosts():
    assert validate_url("json", "https://10.0.0.1/in", allow_local_http=True)
    assert validate_url("mattermost", "https://192.168.1.5/hooks/abcdefghijklmnopqrstuvwxyz", allow_local_http=True)


def test_a_name_with_one_internal_answer_among_public_ones_is_refused():
    check_resolved("ok.example", ["93.184.216.34"])
    with pytest.raises(InternalHost):
        check_resolved("rebind.example", ["93.184.216.34", "127.0.0.1"])


# ----- properties ------------------------------------------------------------------------------
def _spell(value: int, base: str) -> str:
    return {"dec": str(value), "oct": "0" + format(value, "o"), "hex": "0x" + format(value, "x")}[base]


@st.composite
def loose_ipv4(draw):
    """An IPv4 address and one of its inet_aton spellings (1-4 parts, each dec / oct / hex)."""
    number = draw(st.integers(0, 2**32 - 1))
    parts = draw(st.integers(1, 4))
    packed = number.to_bytes(4, "big")
    values = [*packed[: parts - 1], int.from_bytes(packed[parts - 1 :], "big")]
    bases = draw(st.lists(st.sampled_from(["dec", "oct", "hex"]), min_size=parts, max_size=parts))
    return ipaddress.IPv4Address(number), ".".join(_spell(v, b) for v, b in zip(values, bases, strict=True))


@settings(max_examples=400, deadline=None)
@given(loose_ipv4())
def test_every_spelling_parses_to_its_address_as_the_c_resolver_does(pair):
    addr, text = pair
    assert parse_ipv4_loose(text) == addr
    assert socket.inet_aton(text) == addr.packed  # glibc agrees


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789abcdefxX.", min_size=1, max_size=20))
def test_loose_parser_agrees_with_inet_aton_on_arbitrary_text(text):
    ours = parse_ipv4_loose(text)
    if text.endswith(".") or re.search(r"(^|\.)0[xX](\.|$)", text):
        return  # URL parsers drop one trailing dot and read a bare "0x" as 0 (WHATWG); inet_aton does not
    try:
        theirs = socket.inet_aton(text)
    except OSError:
        theirs = None
    assert (ours.packed if ours else None) == theirs


@settings(max_examples=300, deadline=None)
@given(loose_ipv4())
def test_verdict_does_not_depend_on_the_spelling(pair):
    addr, text = pair
    assert is_internal(parse_address(text)) == is_internal(addr)
    mapped = ipaddress.IPv6Address("::ffff:" + str(addr))
    assert is_internal(mapped) == is_internal(addr)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["10.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16",
                        "100.64.0.0/10", "0.0.0.0/8", "224.0.0.0/4", "240.0.0.0/4"]), st.integers(0, 2**32 - 1))
def test_every_address_in_an_internal_range_is_internal_in_every_form(net, offset):
    network = ipaddress.ip_network(net)
    addr = network[offset % network.num_addresses]
    assert is_internal(addr)
    assert is_internal(parse_address(str(int(addr))))
    assert is_internal(parse_address(f"[::ffff:{addr}]"))


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 2**128 - 1))
def test_ipv6_unique_local_and_link_local_are_internal(low):
    assert is_internal(ipaddress.IPv6Address((0xFC << 120) | (low % (1 << 121))))
    assert is_internal(ipaddress.IPv6Address((0xFE80 << 112) | (low % (1 << 64))))


# ----- at send time ----------------------------------------------------------------------------
def test_a_name_resolving_to_loopback_is_refused_before_connecting(queue_one, store, clock, http_server, monkeypatch):
    """`localhost` resolves (from /etc/hosts) to loopback: with the switch off the sender refuses
    it at connect time, and the server never sees a request."""
    from coachdesk.outbox.http import Timeouts
    from coachdesk.outbox.outbox import State
    from coachdesk.outbox.policy import Outcome
    from coachdesk.outbox.sender import Sender
    from coachdesk.outbox.urls import LOCAL_HTTP_ENV

    http_server.expect_request("/in").respond_with_data("ok")
    _request, _item = queue_one("json", f"http://localhost:{http_server.port}/in")  # added with the switch on
    monkeypatch.delenv(LOCAL_HTTP_ENV)  # ... then the admin turned it off
    with Sender(store, clock=clock, timeouts=Timeouts(total=5)) as s:
        (result,) = s.flush()
    assert result.outcome is Outcome.REJECTED and result.state is State.NEEDS_FIXING
    assert "internal address" in result.detail
    assert http_server.log == []


def test_the_guard_checks_the_addresses_it_connects_to():
    """The backend connects only to an address it resolved and checked itself."""
    import httpcore

    from coachdesk.outbox.netguard import GuardedBackend

    backend = GuardedBackend(httpcore.SyncBackend(), check=True)
    for host in ("localhost", "127.1", "2130706433"):
        with pytest.raises(InternalHost):
            backend.connect_tcp(host, 9, timeout=2)


def test_the_offline_probe_never_connects_to_an_internal_host(queue_one, store, clock, monkeypatch):
    from coachdesk.outbox.sender import Sender
    from coachdesk.outbox.urls import LOCAL_HTTP_ENV

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.setblocking(False)
    queue_one("json", f"http://localhost:{listener.getsockname()[1]}/in")
    monkeypatch.delenv(LOCAL_HTTP_ENV)
    with Sender(store, clock=clock) as sender:
        sender.network_reachable(timeout=1)
    with pytest.raises(BlockingIOError):
        listener.accept()  # nobody knocked
    listener.close()
