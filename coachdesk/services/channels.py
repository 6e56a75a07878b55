"""Channels and colleagues: the chat channels requests go to (their secrets stay in the keychain
or the vault), webhook URL checks, the colleague directory and the team setup file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coachdesk.outbox.channels import Channel, Channels, clean_name
from coachdesk.outbox.urls import validate_url

if TYPE_CHECKING:
    from coachdesk.domain.help_request import HelpRequest
    from coachdesk.outbox import ChannelKind
    from coachdesk.outbox.colleagues import Colleague
    from coachdesk.outbox.entra import EntraConfig
    from coachdesk.outbox.twoway import Target
    from coachdesk.vault.store import Store

__all__ = [
    "Channel", "Channels", "add_channel", "add_two_way", "clean_name", "get_channel", "list_channels",
    "registry", "remove_channel", "suggest_colleagues", "validate_url",
]


def registry(store: Store) -> Channels:
    """The vault's channel registry (add, replace, get, list, remove, URL, sign-in settings)."""
    return Channels(store)


def list_channels(store: Store) -> list[Channel]:
    """Every channel, by name (never their secrets)."""
    return Channels(store).list()


def get_channel(store: Store, name: str) -> Channel:
    """One channel by name (NotFound when there is none)."""
    return Channels(store).get(name)


def add_channel(
    store: Store, name: str, kind: ChannelKind | str, url: str, *, prefer_keychain: bool = True,
    options: dict | None = None, entra: EntraConfig | None = None,
) -> Channel:
    """Add a webhook channel; its URL is checked and kept in the keychain (else in the vault)."""
    return Channels(store).add(name, kind, url, prefer_keychain=prefer_keychain, options=options, entra=entra)


def add_two_way(
    store: Store, name: str, kind: ChannelKind | str, target: Target, token: str = "", *,
    prefer_keychain: bool = True, entra: EntraConfig | None = None,
) -> Channel:
    """Add a two-way channel (Slack app, Mattermost API, Teams through Graph) with its token or
    sign-in settings."""
    return Channels(store).add_two_way(name, kind, target, token, prefer_keychain=prefer_keychain, entra=entra)


def remove_channel(store: Store, name: str) -> None:
    """Remove a channel and its secret (queued items keep their bytes, the audit log stays)."""
    Channels(store).remove(name)


def suggest_colleagues(store: Store, request: HelpRequest, limit: int = 3) -> list[tuple[Colleague, list[str]]]:
    """Colleagues whose expertise matches the request, with the words that matched."""
    from coachdesk.outbox.colleagues import suggest_colleagues as suggest

    return suggest(store, request, limit)
