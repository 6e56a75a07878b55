"""Webhook URL checks per channel kind: https, the platform's host and path shapes, and a clear
refusal of the retired Office 365 connector URLs. Plain http is accepted only for 127.0.0.1 /
localhost when the caller allows it (tests and local imitations of a platform)."""

from __future__ import annotations

import os
import re
from urllib.parse import urlsplit

from coachdesk.errors import InvalidInput
from coachdesk.outbox import ChannelKind
from coachdesk.outbox.hosts import check_host

MAX_URL_LEN = 2048
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
LOCAL_HTTP_ENV = "COACHDESK_ALLOW_LOCAL_WEBHOOKS"  # "1": allow http://127.0.0.1 and internal hosts (tests)

RETIRED_CONNECTOR_GUIDANCE = (
    "This is an Office 365 connector URL; Microsoft has retired these connectors. "
    "Create a Workflow instead: in the Teams channel choose '...' > Workflows > "
    "'Post to a channel when a webhook request is received', then paste the URL it gives "
    "(see docs/teams-setup.md)."
)

_TEAMS_HOSTS = (".logic.azure.com", ".logic.azure.us", ".api.powerplatform.com", ".api.powerplatform.us")
_DISCORD_HOSTS = ("discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com")
_HOST_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$")

PATHS: dict[ChannelKind, re.Pattern[str]] = {
    ChannelKind.TEAMS: re.compile(r"^(/powerautomate/automations/direct)?/workflows/[0-9a-fA-F]{32}/triggers/[A-Za-z0-9_]+/paths/invoke/?$"),
    ChannelKind.SLACK: re.compile(r"^/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{16,}$"),
    ChannelKind.MATTERMOST: re.compile(r"^(/[A-Za-z0-9._~-]+)*/hooks/[a-z0-9]{26}$"),
    ChannelKind.GOOGLECHAT: re.compile(r"^/v1/spaces/[A-Za-z0-9_-]+/messages$"),
    ChannelKind.DISCORD: re.compile(r"^/api(/v\d{1,2})?/webhooks/\d{15,22}/[A-Za-z0-9_-]{30,100}$"),
}

EXAMPLES: dict[ChannelKind, str] = {
    ChannelKind.TEAMS: "https://prod-12.westeurope.logic.azure.com:443/workflows/<id>/triggers/manual/paths/invoke?...",
    ChannelKind.SLACK: "https://hooks.slack.com/services/T.../B.../...",
    ChannelKind.MATTERMOST: "https://chat.example.fi/hooks/<26 letters and digits>",
    ChannelKind.GOOGLECHAT: "https://chat.googleapis.com/v1/spaces/<space>/messages?key=...&token=...",
    ChannelKind.DISCORD: "https://discord.com/api/webhooks/<id>/<token>",
    ChannelKind.JSON: "https://<your server>/<path>",
}


def is_retired_connector(host: str, path: str) -> bool:
    """Office 365 connector ("Incoming Webhook") URLs, retired by Microsoft."""
    host = host.lower()
    if host in ("outlook.office.com", "outlook.office365.com") and path.lower().startswith("/webhook"):
        return True
    return host.endswith(".webhook.office.com") or (host == "webhook.office.com")


def local_http_allowed() -> bool:
    return os.environ.get(LOCAL_HTTP_ENV) == "1"


def validate_url(kind: ChannelKind | str, url: str, *, allow_local_http: bool | None = None) -> str:
    """The cleaned webhook URL, or InvalidInput saying what is wrong (never echoing the secret)."""
    kind = ChannelKind(kind)
    if allow_local_http is None:
        allow_local_http = local_http_allowed()
    clean = url.strip()
    if not clean:
        raise InvalidInput("The webhook URL is empty.")
    if len(clean) > MAX_URL_LEN:
        raise InvalidInput(f"The webhook URL is longer than {MAX_URL_LEN} characters.")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in clean):
        raise InvalidInput("The webhook URL contains spaces or control characters.")
    try:
        parts = urlsplit(clean)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError as err:
        raise InvalidInput("The webhook URL is not a valid URL.") from err
    if parts.scheme.lower() not in ("https", "http") or not host:
        raise InvalidInput(f"The webhook URL must start with https://, for example {EXAMPLES[kind]}")
    if parts.username is not None or parts.password is not None:
        raise InvalidInput("The webhook URL must not contain a user name or password.")
    if parts.fragment:
        raise InvalidInput("The webhook URL must not contain a '#' fragment.")
    if is_retired_connector(host, parts.path):
        raise InvalidInput(RETIRED_CONNECTOR_GUIDANCE)
    if host in LOOPBACK_HOSTS and allow_local_http:
        return clean  # a local imitation of the platform (tests): any path, http allowed
    if not allow_local_http:
        check_host(host)  # internal addresses in any spelling (hosts.py); names again at send time
    if parts.scheme.lower() != "https":
        raise InvalidInput("The webhook URL must use https:// (plain http would expose the message).")
    if port is not None and port != 443 and kind is not ChannelKind.MATTERMOST and kind is not ChannelKind.JSON:
        raise InvalidInput(f"Unexpected port {port} in the {kind.value} webhook URL.")
    if not _HOST_RE.match(host):
        raise InvalidInput("The webhook URL has no valid host name.")
    _check_shape(kind, host, parts.path, parts.query)
    return clean


def _wrong(kind: ChannelKind, what: str) -> InvalidInput:
    return InvalidInput(f"This does not look like a {kind.value} webhook URL ({what}); expected {EXAMPLES[kind]}")


def _check_shape(kind: ChannelKind, host: str, path: str, query: str) -> None:
    if kind is ChannelKind.TEAMS:
        if not host.endswith(_TEAMS_HOSTS):
            raise _wrong(kind, "the host is not a Power Automate / Logic Apps host")
        if not PATHS[kind].match(path):
            raise _wrong(kind, "the path is not a Workflows trigger")
        if "sig=" not in query:
            raise _wrong(kind, "the signature (sig=...) is missing")
    elif kind is ChannelKind.SLACK:
        if host != "hooks.slack.com":
            raise _wrong(kind, "the host must be hooks.slack.com")
        if not PATHS[kind].match(path):
            raise _wrong(kind, "the path must be /services/T.../B.../...")
    elif kind is ChannelKind.MATTERMOST:
        if not PATHS[kind].match(path):
            raise _wrong(kind, "the path must end in /hooks/<id>")
    elif kind is ChannelKind.GOOGLECHAT:
        if host != "chat.googleapis.com":
            raise _wrong(kind, "the host must be chat.googleapis.com")
        if not PATHS[kind].match(path):
            raise _wrong(kind, "the path must be /v1/spaces/<space>/messages")
        if "key=" not in query or "token=" not in query:
            raise _wrong(kind, "key= and token= are missing")
    elif kind is ChannelKind.DISCORD:
        if host not in _DISCORD_HOSTS:
            raise _wrong(kind, "the host must be discord.com")
        if not PATHS[kind].match(path):
            raise _wrong(kind, "the path must be /api/webhooks/<id>/<token>")


def post_url(kind: ChannelKind | str, url: str) -> str:
    """The URL actually posted to: Discord gets ``wait=true`` so a 200 confirms the message."""
    if ChannelKind(kind) is ChannelKind.DISCORD and "wait=" not in urlsplit(url).query:
        return url + ("&" if urlsplit(url).query else "?") + "wait=true"
    return url


def host_of(url: str) -> str:
    """The host (not secret) shown in channel lists."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
