"""Webhook URL checks per channel kind: https, the platform's host and path shapes, and a clear
refusal of retired forms (Office 365 connector URLs; Power Automate trigger URLs on
``*.logic.azure.com``, which stopped working on 30 Nov 2025). Plain http is accepted only for
127.0.0.1 / localhost when the caller allows it (tests and local imitations of a platform).

Teams (Workflows / Power Automate) trigger URLs, as Power Automate shows them today::

    https://<env>.<nn>.environment.api.powerplatform.com:443/powerautomate/automations/direct
        [/cu/<nn>]/workflows/<32 hex>/triggers/manual/paths/invoke?api-version=1&sp=...&sv=1.0&sig=...

With ``sig=`` the trigger is open to "Anyone" holding the URL (a shared access signature); without
it the trigger is Entra-protected and needs a bearer token (:func:`teams_trigger_auth`).
"""

from __future__ import annotations

import os
import re
from typing import Literal
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from coachdesk.errors import InvalidInput
from coachdesk.outbox import ChannelKind
from coachdesk.outbox.hosts import check_host

MAX_URL_LEN = 2048
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
LOCAL_HTTP_ENV = "COACHDESK_ALLOW_LOCAL_WEBHOOKS"  # "1": allow http://127.0.0.1 and internal hosts (tests)

# Each guidance is one plain string (tests/gui/test_core_errors.py reads it to check its translation).
RETIRED_CONNECTOR_GUIDANCE = (
    "This is an Office 365 connector URL; Microsoft has retired these connectors. Create a Workflow "
    "instead: In the Teams channel choose '...' > Workflows > 'Send webhook alerts to a channel' (its trigger is "
    "'When a Teams webhook request is received'), finish the wizard, then copy the HTTP URL it shows "
    "(see docs/teams-setup.md)."
)
RETIRED_LOGIC_APPS_GUIDANCE = (
    "This is an old Power Automate trigger URL (logic.azure.com); these stopped working on 30 November "
    "2025. Copy the new URL from the flow: In the Teams channel choose '...' > Workflows > 'Send webhook "
    "alerts to a channel' (its trigger is 'When a Teams webhook request is received'), finish the wizard, "
    "then copy the HTTP URL it shows (see docs/teams-setup.md)."
)
TEAMS_NEEDS_SIGN_IN = (
    "This Teams workflow URL has no signature (sig=...): its trigger accepts only signed-in users of your "
    "organisation, so it needs sign-in: add the channel as 'protected (sign-in)' with your organisation's "
    "tenant and app id (docs/teams-setup.md)."
)


class NeedsSignIn(InvalidInput):
    """A Teams trigger URL without ``sig=``: Entra-protected, usable only with a bearer token."""


# Power Platform environment API hosts per cloud (Power Automate HTTP / Teams webhook triggers).
TEAMS_HOST_SUFFIXES: dict[str, str] = {
    ".environment.api.powerplatform.com": "commercial (GCC shares it)",
    ".environment.api.gov.powerplatform.microsoft.us": "US Government GCC",
    ".environment.api.high.powerplatform.microsoft.us": "US Government GCC High",
    ".environment.api.appsplatform.us": "US Government DoD",
    ".environment.api.powerplatform.partner.microsoftonline.cn": "China (21Vianet)",
}
RETIRED_TEAMS_HOSTS = (".logic.azure.com", ".logic.azure.us", ".logic.azure.cn")
_DISCORD_HOSTS = ("discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com")
_HOST_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$")

PATHS: dict[ChannelKind, re.Pattern[str]] = {
    ChannelKind.TEAMS: re.compile(
        r"^/powerautomate/automations/direct(/cu/\d{1,4})?/workflows/[0-9a-fA-F]{32}"
        r"/triggers/[A-Za-z0-9_]+/paths/invoke/?$"
    ),
    ChannelKind.SLACK: re.compile(r"^/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{16,}$"),
    # self-hosted: on its own domain or under a sub-path (https://chat.example.fi/mattermost/hooks/<id>)
    ChannelKind.MATTERMOST: re.compile(r"^(/[A-Za-z0-9._~-]+)*/hooks/[a-z0-9]{26}$"),
    ChannelKind.GOOGLECHAT: re.compile(r"^/v1/spaces/[A-Za-z0-9_-]+/messages$"),
    ChannelKind.DISCORD: re.compile(r"^/api(/v\d{1,2})?/webhooks/\d{15,22}/[A-Za-z0-9_-]{30,100}$"),
}

EXAMPLES: dict[ChannelKind, str] = {
    ChannelKind.TEAMS: "https://<env>.environment.api.powerplatform.com:443/powerautomate/automations/direct"
    "/workflows/<id>/triggers/manual/paths/invoke?api-version=1&...&sig=...",
    ChannelKind.SLACK: "https://hooks.slack.com/services/T.../B.../...",
    ChannelKind.MATTERMOST: "https://chat.example.fi/hooks/<26 letters and digits>",
    ChannelKind.GOOGLECHAT: "https://chat.googleapis.com/v1/spaces/<space>/messages?key=...&token=...",
    ChannelKind.DISCORD: "https://discord.com/api/webhooks/<id>/<token>",
    ChannelKind.JSON: "https://<your server>/<path>",
}

GOOGLECHAT_REPLY_OPTION = "REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD"


def _query(query: str) -> dict[str, list[str]]:
    return parse_qs(query, keep_blank_values=True)


def teams_trigger_auth(url: str) -> Literal["sas", "entra"]:
    """How a Teams (Power Automate) trigger URL is authorised: ``"sas"`` when it carries a
    signature (``sig=``, the "Anyone" trigger), ``"entra"`` when it does not (the trigger accepts
    only signed-in users of the tenant and needs a bearer token for service.flow.microsoft.com)."""
    try:
        values = _query(urlsplit(url.strip()).query).get("sig", [])
    except ValueError:
        return "entra"
    return "sas" if any(v.strip() for v in values) else "entra"


def is_retired_connector(host: str, path: str) -> bool:
    """Office 365 connector ("Incoming Webhook") URLs, retired by Microsoft."""
    host = host.lower()
    if host in ("outlook.office.com", "outlook.office365.com") and path.lower().startswith("/webhook"):
        return True
    return host.endswith(".webhook.office.com") or (host == "webhook.office.com")


def local_http_allowed() -> bool:
    """Internal hosts and plain http are allowed (``COACHDESK_ALLOW_LOCAL_WEBHOOKS=1``, tests only)."""
    return os.environ.get(LOCAL_HTTP_ENV) == "1"


def validate_url(
    kind: ChannelKind | str, url: str, *, allow_local_http: bool | None = None, protected: bool = False
) -> str:
    """The cleaned webhook URL, or InvalidInput saying what is wrong (never echoing the secret).
    ``protected``: a Teams trigger set to "Any user in my tenant" (no ``sig=``; sign-in, entra.py);
    without it such a URL raises :class:`NeedsSignIn`."""
    kind = ChannelKind(kind)
    if kind.two_way:
        raise InvalidInput(f"A {kind.value} channel posts through the platform's API, not a webhook URL.")
    if protected and kind is not ChannelKind.TEAMS:
        raise InvalidInput("Only Teams (Workflows) channels can be protected by sign-in.")
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
    if kind is ChannelKind.TEAMS and host.endswith(RETIRED_TEAMS_HOSTS):
        raise InvalidInput(RETIRED_LOGIC_APPS_GUIDANCE)
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
    _check_shape(kind, host, parts.path, parts.query, protected=protected)
    return clean


def _wrong(kind: ChannelKind, what: str) -> InvalidInput:
    return InvalidInput(f"This does not look like a {kind.value} webhook URL ({what}); expected {EXAMPLES[kind]}")


def _has(query: dict[str, list[str]], name: str) -> bool:
    return any(v.strip() for v in query.get(name, []))


def _check_shape(kind: ChannelKind, host: str, path: str, query_text: str, *, protected: bool = False) -> None:
    query = _query(query_text)
    if kind is ChannelKind.TEAMS:
        if not host.endswith(tuple(TEAMS_HOST_SUFFIXES)):
            raise _wrong(kind, "the host is not a Power Automate environment host")
        if not PATHS[kind].match(path):
            raise _wrong(kind, "the path is not a Workflows trigger")
        if protected and _has(query, "sig"):
            raise InvalidInput(
                "This trigger URL carries a signature (sig=...): it needs no sign-in; "
                "add it without 'protected (sign-in)'.")
        if not _has(query, "sig") and not protected:
            raise NeedsSignIn(TEAMS_NEEDS_SIGN_IN)
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
        if not _has(query, "key") or not _has(query, "token"):
            raise _wrong(kind, "key= and token= are missing")
    elif kind is ChannelKind.DISCORD:
        if host not in _DISCORD_HOSTS:
            raise _wrong(kind, "the host must be discord.com")
        if not PATHS[kind].match(path):
            raise _wrong(kind, "the path must be /api/webhooks/<id>/<token>")
        thread = query.get("thread_id", [])
        if thread and not all(re.fullmatch(r"\d{15,22}", t) for t in thread):
            raise _wrong(kind, "thread_id= must be the thread's number")


def _with_query(url: str, **values: str) -> str:
    """``url`` with query parameters set (replacing same-named ones), the rest kept in order."""
    parts = urlsplit(url)
    pairs = [(k, v) for k, v in _pairs(parts.query) if k not in values]
    pairs.extend(values.items())
    return urlunsplit(parts._replace(query=urlencode(pairs, safe="/%:")))


def _pairs(query: str) -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl

    return parse_qsl(query, keep_blank_values=True)


def post_url(kind: ChannelKind | str, url: str, *, thread_id: str = "") -> str:
    """The URL actually posted to. Discord: ``wait=true`` so a 200 confirms the message (and
    ``thread_id`` for the later parts of a forum post); Google Chat: replies go into the thread
    named in the payload (``messageReplyOption``). Other URLs are posted to unchanged."""
    kind = ChannelKind(kind)
    if kind is ChannelKind.DISCORD:
        extra = {"wait": "true"}
        if thread_id:
            extra["thread_id"] = thread_id
        if _query(urlsplit(url).query).get("wait") == ["true"] and not thread_id:
            return url
        return _with_query(url, **extra)
    if kind is ChannelKind.GOOGLECHAT and "messageReplyOption" not in _query(urlsplit(url).query):
        return url + ("&" if urlsplit(url).query else "?") + "messageReplyOption=" + GOOGLECHAT_REPLY_OPTION
    return url


def host_of(url: str) -> str:
    """The host (not secret) shown in channel lists."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
