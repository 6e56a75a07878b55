"""Webhook hosts must be public: an address in the URL, or what a name resolves to at send time,
may not be loopback, private, link-local, unspecified, CGNAT, multicast or reserved (the sender
would otherwise post a case question to a machine inside the coach's network, or to a cloud
metadata service). Addresses are recognised in every spelling a resolver accepts: decimal
``2130706433``, short ``127.1``, octal ``0177.0.0.1``, hex ``0x7f.1``, IPv6 ``[::1]``,
IPv4-mapped ``::ffff:10.0.0.1`` and IPv4 embedded in NAT64 / 6to4 / Teredo addresses.

An admin testing a flow against a local server sets ``COACHDESK_ALLOW_LOCAL_WEBHOOKS=1``
(docs/teams-setup.md); then nothing here refuses anything."""

from __future__ import annotations

import ipaddress
import re

from coachdesk.errors import InvalidInput

Address = ipaddress.IPv4Address | ipaddress.IPv6Address

_PART = re.compile(r"^(0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*)$")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_NUMERIC_LABEL = re.compile(r"^(0[xX][0-9a-fA-F]*|[0-9]+)$")  # a last label like this makes a host an address
_LOCAL_NAMES = ("localhost", ".localhost", ".local", ".internal", ".home.arpa", ".localdomain")


class InternalHost(InvalidInput):
    """The webhook host is (or resolves to) an address inside the local network."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"The webhook host {what} is an internal address (loopback, private, link-local or similar); "
            "CoachDesk posts only to public hosts. An administrator testing a flow locally can set "
            "COACHDESK_ALLOW_LOCAL_WEBHOOKS=1 (see docs/teams-setup.md)."
        )


def parse_ipv4_loose(host: str) -> ipaddress.IPv4Address | None:
    """An IPv4 address in any form ``inet_aton`` (and the WHATWG URL parser) accepts: one to four
    dot-separated parts, each decimal, octal (leading 0) or hex (0x); the last part fills the
    remaining bytes. None when ``host`` is not such a number."""
    text = host[:-1] if host.endswith(".") else host
    parts = text.split(".")
    if not 1 <= len(parts) <= 4 or not all(_PART.match(p) for p in parts):
        return None
    values = []
    for part in parts:
        if part[:2].lower() == "0x":
            values.append(int(part[2:] or "0", 16))
        elif len(part) > 1 and part[0] == "0":
            values.append(int(part, 8))
        else:
            values.append(int(part))
    *head, last = values
    if any(v > 255 for v in head) or last >= 256 ** (4 - len(head)):
        return None
    number = 0
    for v in head:
        number = number * 256 + v
    number = number * 256 ** (4 - len(head)) + last
    return ipaddress.IPv4Address(number)


def parse_address(host: str) -> Address | None:
    """The address a URL host names, or None when it is a name. Brackets and an IPv6 zone
    (``%eth0``) are ignored."""
    text = host.strip().strip("[]").split("%", 1)[0]
    if ":" in text:
        try:
            return ipaddress.IPv6Address(text)
        except ValueError:
            return None
    return parse_ipv4_loose(text)


def _embedded_ipv4(addr: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    found = []
    if addr.ipv4_mapped is not None:
        found.append(addr.ipv4_mapped)
    if addr.sixtofour is not None:
        found.append(addr.sixtofour)
    if addr.teredo is not None:
        found.extend(addr.teredo)
    if addr in _NAT64 or addr in _NAT64_LOCAL:
        found.append(ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF))
    if int(addr) >> 32 == 0:  # IPv4-compatible ::a.b.c.d (deprecated), also :: and ::1
        found.append(ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF))
    return found


def is_internal(addr: Address) -> bool:
    """Loopback, private, link-local, unspecified, CGNAT, multicast, reserved or otherwise not a
    globally routable unicast address; IPv6 forms that embed an IPv4 address are judged by it too."""
    if isinstance(addr, ipaddress.IPv6Address):
        if addr.scope_id:
            return True
        embedded = _embedded_ipv4(addr)
        if any(is_internal(v4) for v4 in embedded):
            return True
        if addr.ipv4_mapped is not None:
            return False  # judged by the IPv4 address it maps
    elif addr in _CGNAT:
        return True
    return (
        not addr.is_global
        or addr.is_multicast
        or addr.is_private
        or addr.is_loopback
        or addr.is_link_local
        or addr.is_unspecified
        or addr.is_reserved
    )


def is_local_name(host: str) -> bool:
    """Names that mean this machine or the local network by definition (RFC 6761, 6762, 8375)."""
    name = host.lower().rstrip(".")
    return name == "localhost" or name.endswith(_LOCAL_NAMES)


def check_host(host: str) -> None:
    """At ``channel add``: refuse an internal address in any spelling, or a local-only name.
    Other names are checked again when they are resolved at send time."""
    addr = parse_address(host)
    if addr is not None and is_internal(addr):
        raise InternalHost(host)
    if addr is None and is_local_name(host):
        raise InternalHost(host)
    if addr is None and _NUMERIC_LABEL.match(host.rstrip(".").rsplit(".", 1)[-1]):
        raise InvalidInput("The webhook URL's host looks like an address but is not a valid one.")


def check_resolved(host: str, addresses: list[str]) -> None:
    """At send time: every address ``host`` resolved to must be public (a name that answers with
    one internal address among public ones is refused too, so DNS rebinding cannot pick it)."""
    for text in addresses:
        addr = parse_address(text)
        if addr is None or is_internal(addr):
            raise InternalHost(host)
