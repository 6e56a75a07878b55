"""What a two-way channel looks like, without any network: the platforms' API hosts and Graph
scopes, the ids a coach pastes (Slack / Mattermost / Teams channel ids, tokens) checked into a
:class:`Target`, and Graph message HTML read back as text.

Shared by ``payloads`` (the API bodies), ``channels`` (saving a channel), ``entra`` (the Graph
scope) and ``twoway`` (the calls that post and fetch replies), so none of them imports another's
network code (issue 15: no import cycle).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from coachdesk.errors import InvalidInput
from coachdesk.outbox import ChannelKind

if TYPE_CHECKING:
    from coachdesk.outbox.channels import Channel

SLACK_API = "https://slack.com/api"
# Microsoft Graph per cloud (national cloud deployments); the scope is the host + "/.default":
# every delegated Graph permission the admin consented for the app registration.
GRAPH_HOSTS = {
    "public": "https://graph.microsoft.com",
    "gcc": "https://graph.microsoft.com",
    "gcch": "https://graph.microsoft.us",
    "dod": "https://dod-graph.microsoft.us",
    "china": "https://microsoftgraph.chinacloudapi.cn",
}
GRAPH_SEND = "ChannelMessage.Send"
GRAPH_READ = "ChannelMessage.Read.All"  # needs admin consent
GRAPH_CHANNEL = "Channel.ReadBasic.All"  # the setup check reads the channel's name
GRAPH_TEXT_MAX = 20_000  # characters of text per post (Graph refuses bodies over about 28 KB)

SLACK_CHANNEL_RE = re.compile(r"^[CG][A-Z0-9]{8,12}$")
SLACK_TOKEN_RE = re.compile(r"^xox[bp]-[A-Za-z0-9-]{10,250}$")
MATTERMOST_ID_RE = re.compile(r"^[a-z0-9]{26}$")
GRAPH_CHANNEL_RE = re.compile(r"^19:[A-Za-z0-9_.-]{1,200}@thread\.(tacv2|skype)$")
GUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
MESSAGE_ID_RE = re.compile(r"^[A-Za-z0-9._:-]{1,100}$")

ONE_WAY_NOTE = ("Google Chat and Discord webhooks are one-way: answers are not read back. "
                "Slack (app), Mattermost (API) and Teams (Graph) channels bring the replies into CoachDesk.")


# ----- where a two-way channel posts --------------------------------------------------------------
@dataclass(frozen=True)
class Target:
    """The platform's channel (and team) id and API base URL; kept in ``channels.options``."""

    channel: str
    team: str = ""
    api_base: str = ""
    cloud: str = "public"

    def to_options(self) -> dict:
        """The target as channel options (kept in ``channels.options``)."""
        out = {"target": self.channel, "api_base": self.api_base}
        if self.team:
            out.update(team=self.team, cloud=self.cloud)
        return out

    @classmethod
    def of(cls, channel: Channel) -> Target:
        """The target kept in a channel's options."""
        o = channel.options
        return cls(str(o.get("target", "")), str(o.get("team", "")), str(o.get("api_base", "")), str(o.get("cloud", "public")))


def _base_url(url: str, what: str) -> str:
    from coachdesk.outbox.urls import LOOPBACK_HOSTS, local_http_allowed

    clean = url.strip().rstrip("/")
    try:
        parts = urlsplit(clean)
        host = (parts.hostname or "").lower()
        _ = parts.port
    except ValueError as err:
        raise InvalidInput(f"The {what} is not a valid address.") from err
    if parts.username or parts.password or parts.query or parts.fragment or not host:
        raise InvalidInput(f"The {what} must look like https://chat.example.fi (no user, query or '#').")
    if parts.scheme == "http" and host in LOOPBACK_HOSTS and local_http_allowed():
        return clean  # a local imitation of the platform (tests)
    if parts.scheme != "https":
        raise InvalidInput(f"The {what} must use https://.")
    return clean


def _local_only(url: str, what: str) -> str:
    """Slack's and Graph's API hosts are fixed: another address only for a local imitation (tests),
    so a typo or a shared file can never send a token elsewhere."""
    from coachdesk.outbox.urls import LOOPBACK_HOSTS

    clean = _base_url(url, what)
    if (urlsplit(clean).hostname or "") not in LOOPBACK_HOSTS:
        raise InvalidInput(f"A {what} other than the platform's own is allowed only on this computer (tests).")
    return clean


def clean_target(kind: ChannelKind | str, channel_id: str, *, team: str = "", server: str = "",
                 cloud: str = "public") -> Target:
    """Check the ids a coach pastes; ``server``: the Mattermost server (or a local imitation)."""
    kind = ChannelKind(kind)
    cid, team = channel_id.strip(), team.strip()
    if kind is ChannelKind.SLACK_APP:
        if not SLACK_CHANNEL_RE.match(cid):
            raise InvalidInput("A Slack channel ID looks like C0123ABCDEF (channel details, at the bottom).")
        return Target(cid, api_base=_local_only(server, "Slack API address") if server else SLACK_API)
    if kind is ChannelKind.MATTERMOST_API:
        if not MATTERMOST_ID_RE.match(cid):
            raise InvalidInput("A Mattermost channel ID is 26 letters and digits (channel menu > View Info).")
        if not server:
            raise InvalidInput("Give the Mattermost server address, for example https://chat.example.fi.")
        return Target(cid, api_base=_base_url(server, "Mattermost server address"))
    if kind is ChannelKind.TEAMS_GRAPH:
        if not GUID_RE.match(team):
            raise InvalidInput("A team ID is a GUID (Teams: the team's '...' > Get link to team: groupId=...).")
        if not GRAPH_CHANNEL_RE.match(cid):
            raise InvalidInput("A Teams channel ID looks like 19:abc...@thread.tacv2 (channel '...' > Get link).")
        if cloud not in GRAPH_HOSTS:
            raise InvalidInput(f"Unknown cloud {cloud!r}.")
        base = _local_only(server, "Graph address") if server else GRAPH_HOSTS[cloud] + "/v1.0"
        return Target(cid, team.lower(), base, cloud)
    raise InvalidInput(f"{kind.value} is a one-way (webhook) kind. {ONE_WAY_NOTE}")


def check_token(kind: ChannelKind, token: str) -> str:
    """A pasted token, trimmed and checked for its platform's shape; InvalidInput saying where to copy it."""
    token = token.strip()
    if kind is ChannelKind.SLACK_APP and not SLACK_TOKEN_RE.match(token):
        raise InvalidInput("A Slack token starts with xoxb- (bot) or xoxp- (user); copy it from OAuth & Permissions.")
    if kind is ChannelKind.MATTERMOST_API and not MATTERMOST_ID_RE.match(token):
        raise InvalidInput("A Mattermost access token is 26 letters and digits (Profile > Security > Personal Access Tokens).")
    return token


def graph_scope(cloud: str) -> str:
    """The Microsoft Graph scope of ``cloud`` (its host + ``/.default``)."""
    return GRAPH_HOSTS.get(cloud, GRAPH_HOSTS["public"]) + "/.default"


_TAG_RE = re.compile(r"<[^>]*>")


def html_to_text(content: str) -> str:
    """Graph message HTML as plain text: line breaks kept, tags dropped, entities decoded."""
    content = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", content)
    return html.unescape(_TAG_RE.sub("", content)).strip()
