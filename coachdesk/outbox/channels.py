"""Channel configuration in the vault (name, kind, where its secret URL lives)."""

from __future__ import annotations

import contextlib
import json
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError

from coachdesk.errors import InvalidInput, KeychainUnavailable, NotFound
from coachdesk.outbox import ChannelKind, secrets
from coachdesk.outbox.urls import host_of, validate_url
from coachdesk.vault import schema as s
from coachdesk.vault.store import now_iso

if TYPE_CHECKING:
    from sqlalchemy.engine import Row

    from coachdesk.outbox.entra import EntraConfig
    from coachdesk.outbox.twoway_shape import Target
    from coachdesk.vault.store import Store

NAME_MAX = 64


@dataclass(frozen=True)
class Channel:
    """A saved channel: its name, kind, where its secret (URL or token) is kept, host and options."""

    id: int
    name: str
    kind: ChannelKind
    secret_store: str  # "keychain" | "vault"
    secret_ref: str
    host: str
    options: dict = field(default_factory=dict)  # e.g. {"discord_forum": True}; never the URL

    @property
    def target(self) -> str:
        """A two-way channel's platform channel id (payloads carry it); "" for a webhook."""
        return str(self.options.get("target", "")) if self.kind.two_way else ""

    @property
    def forum(self) -> bool:
        """A Discord forum channel: each request opens a post (thread) of its own."""
        return self.kind is ChannelKind.DISCORD and bool(self.options.get("discord_forum"))


KNOWN_OPTIONS = {"discord_forum": bool}


def clean_options(kind: ChannelKind, options: dict | None) -> dict:
    """Only known options with the right type, and only where they apply."""
    out: dict = {}
    for key, value in (options or {}).items():
        if key not in KNOWN_OPTIONS or not isinstance(value, KNOWN_OPTIONS[key]):
            raise InvalidInput(f"Unknown channel option {key!r}.")
        if key == "discord_forum" and value and kind is not ChannelKind.DISCORD:
            raise InvalidInput("Only a Discord channel can be a forum channel.")
        if value:
            out[key] = value
    return out


def _row_to_channel(row: Row[Any]) -> Channel:
    try:
        options = json.loads(row.options or "{}")
    except ValueError:
        options = {}
    kind = ChannelKind(row.kind)
    if row.mode == "api":  # a two-way channel: the column names the platform
        kind = next(k for k in ChannelKind if k.two_way and k.platform is kind)
    return Channel(row.id, row.name, kind, row.secret_store, row.secret_ref, row.host,
                   options if isinstance(options, dict) else {})


def clean_name(name: str) -> str:
    """A channel name with its spaces tidied; InvalidInput when empty or too long."""
    clean = " ".join(name.split())
    if not clean or len(clean) > NAME_MAX:
        raise InvalidInput(f"A channel name is 1-{NAME_MAX} characters.")
    return clean


class Channels:
    """Add, list and remove channels; the URL goes to the keychain or inside the vault."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(
        self, name: str, kind: ChannelKind | str, url: str, *, prefer_keychain: bool = True,
        options: dict | None = None, entra: EntraConfig | None = None,
    ) -> Channel:
        """``entra``: the trigger is protected by sign-in ("Any user in my tenant"; see entra.py)."""
        name = clean_name(name)
        kind = ChannelKind(kind)
        if kind.two_way:
            raise InvalidInput(f"{kind.value} is a two-way channel: add it with its token and channel ID.")
        options = clean_options(kind, options)
        url = validate_url(kind, url, protected=entra is not None)
        entra = entra.checked() if entra is not None else None
        return self._insert(name, url, prefer_keychain=prefer_keychain, entra=entra, kind=kind.value,
                            host=host_of(url), options=json.dumps(options, sort_keys=True))

    def _insert(self, name: str, secret: str, *, prefer_keychain: bool, entra: EntraConfig | None,
                **row: object) -> Channel:
        """Keep ``secret`` (keychain or vault; none for a Graph channel) and insert the channel row
        with its sign-in settings in ONE transaction: never a protected channel without them. A name
        taken meanwhile deletes the kept secret again."""
        with self.store.engine.connect() as conn:
            if conn.execute(select(s.channels.c.id).where(s.channels.c.name == name)).first():
                raise InvalidInput(f"A channel named {name!r} already exists; remove it first.")
        ref = uuid.uuid4().hex
        where = secrets.save_url(self.store, ref, secret, prefer_keychain=prefer_keychain) if secret else secrets.VAULT
        stamp = now_iso()
        try:
            with self.store.tx() as conn:
                conn.execute(insert(s.channels).values(name=name, secret_store=where, secret_ref=ref,
                                                       created_at=stamp, updated_at=stamp, **row))
                if entra is not None:
                    from coachdesk.outbox.entra import config_key

                    conn.execute(insert(s.settings).values(key=config_key(ref), value=json.dumps(entra.to_dict())))
        except IntegrityError as err:
            if secret:
                secrets.delete_url(self.store, ref, where)
            raise InvalidInput(f"A channel named {name!r} already exists; remove it first.") from err
        return self.get(name)

    def replace(
        self, old_name: str, name: str, kind: ChannelKind | str, url: str, *, prefer_keychain: bool = True,
        options: dict | None = None, entra: EntraConfig | None = None,
    ) -> Channel:
        """Edit a channel in place (Settings → Channels): everything is checked and the new URL
        stored under a NEW secret reference first; then ONE transaction changes the row (same id,
        so queued items keep their channel) and its sign-in setting. Any failure leaves the old
        channel exactly as it was; the old secret is deleted only after the commit."""
        old = self.get(old_name)
        if old.kind.two_way:
            raise InvalidInput("A two-way channel cannot be edited: remove it and add it again.")
        name = clean_name(name)
        kind = ChannelKind(kind)
        options = clean_options(kind, options)
        url = validate_url(kind, url, protected=entra is not None)
        entra = entra.checked() if entra is not None else None
        from sqlalchemy import update

        from coachdesk.outbox.entra import config_key

        with self.store.engine.connect() as conn:
            clash = conn.execute(select(s.channels.c.id).where(s.channels.c.name == name)).first()
        if clash is not None and clash[0] != old.id:
            raise InvalidInput(f"A channel named {name!r} already exists; remove it first.")
        ref = uuid.uuid4().hex
        where = secrets.save_url(self.store, ref, url, prefer_keychain=prefer_keychain)
        try:
            with self.store.tx() as conn:
                conn.execute(update(s.channels).where(s.channels.c.id == old.id).values(
                    name=name, kind=kind.value, secret_store=where, secret_ref=ref, host=host_of(url),
                    options=json.dumps(options, sort_keys=True), updated_at=now_iso()))
                conn.execute(delete(s.settings).where(s.settings.c.key == config_key(old.secret_ref)))
                if entra is not None:
                    conn.execute(insert(s.settings).values(key=config_key(ref), value=json.dumps(entra.to_dict())))
        except BaseException as err:
            with contextlib.suppress(Exception):
                secrets.delete_url(self.store, ref, where)
            if isinstance(err, IntegrityError):
                raise InvalidInput(f"A channel named {name!r} already exists; remove it first.") from err
            raise
        with contextlib.suppress(KeychainUnavailable):
            secrets.delete_url(self.store, old.secret_ref, old.secret_store)
        return self.get(name)


    def add_two_way(
        self, name: str, kind: ChannelKind | str, target: Target, token: str = "", *,
        prefer_keychain: bool = True, entra: EntraConfig | None = None,
    ) -> Channel:
        """A two-way channel (twoway.py): its token goes where webhook URLs go (keychain or vault);
        a Teams (Graph) channel has no token but sign-in settings (``entra`` with ``api="graph"``).
        Verify first with :meth:`verify` (Slack, Mattermost) or after the sign-in (Teams)."""
        from dataclasses import replace

        from coachdesk.outbox import twoway_shape

        name = clean_name(name)
        kind = ChannelKind(kind)
        if not kind.two_way:
            raise InvalidInput(f"{kind.value} is a webhook kind. {twoway_shape.ONE_WAY_NOTE}")
        if kind is ChannelKind.TEAMS_GRAPH:
            if entra is None:
                raise InvalidInput("A Teams (Graph) channel needs the tenant and application ID for the sign-in.")
            entra = replace(entra, api="graph").checked()
            token = ""
        else:
            token = twoway_shape.check_token(kind, token)
            entra = None
        return self._insert(name, token, prefer_keychain=prefer_keychain, entra=entra, kind=kind.platform.value,
                            mode="api", host=host_of(target.api_base),
                            options=json.dumps(target.to_options(), sort_keys=True))

    def token(self, channel: Channel) -> str:
        """A Slack / Mattermost channel's token; NotFound when it has gone missing."""
        token = secrets.load_url(self.store, channel.secret_ref, channel.secret_store)
        if not token:
            raise NotFound(f"The token of channel {channel.name!r} is missing; remove and add the channel again.")
        return token

    def get(self, name: str) -> Channel:
        """The channel named ``name``; NotFound when there is none."""
        with self.store.engine.connect() as conn:
            row = conn.execute(select(s.channels).where(s.channels.c.name == clean_name(name))).first()
        if row is None:
            raise NotFound(f"No channel named {name!r} (see 'coachdesk channel list').")
        return _row_to_channel(row)

    def get_by_id(self, channel_id: int) -> Channel:
        """The channel with id ``channel_id``; NotFound when there is none."""
        with self.store.engine.connect() as conn:
            row = conn.execute(select(s.channels).where(s.channels.c.id == channel_id)).first()
        if row is None:
            raise NotFound(f"No channel with id {channel_id}.")
        return _row_to_channel(row)

    def list(self) -> list[Channel]:
        """Every channel, by name."""
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(s.channels).order_by(s.channels.c.name)).all()
        return [_row_to_channel(r) for r in rows]

    def set_options(self, name: str, options: dict) -> Channel:
        """Replace a channel's options (for example: this Discord channel is a forum)."""
        from sqlalchemy import update

        channel = self.get(name)
        clean = clean_options(channel.kind, options)
        with self.store.tx() as conn:
            conn.execute(update(s.channels).where(s.channels.c.id == channel.id)
                         .values(options=json.dumps(clean, sort_keys=True), updated_at=now_iso()))
        return self.get(name)

    def url(self, channel: Channel) -> str:
        """The secret webhook URL; NotFound when it has gone missing (re-add the channel)."""
        url = secrets.load_url(self.store, channel.secret_ref, channel.secret_store)
        if not url:
            raise NotFound(f"The webhook URL of channel {channel.name!r} is missing; remove and add the channel again.")
        return url

    def protected(self, channel: Channel) -> bool:
        """True when the channel's trigger needs a sign-in (entra.py) instead of a signed URL."""
        from coachdesk.outbox.entra import config_key

        return self.store.get_setting(config_key(channel.secret_ref)) is not None

    def remove(self, name: str) -> None:
        """Delete the channel and its sign-in settings (one transaction), then its secret."""
        channel = self.get(name)
        from coachdesk.outbox.entra import config_key

        with self.store.tx() as conn:
            conn.execute(delete(s.channels).where(s.channels.c.id == channel.id))
            conn.execute(delete(s.settings).where(s.settings.c.key == config_key(channel.secret_ref)))
        # a keychain that cannot be reached now leaves an orphaned entry that is never used again
        if channel.kind is ChannelKind.TEAMS_GRAPH:
            return  # no token stored
        with contextlib.suppress(KeychainUnavailable):
            secrets.delete_url(self.store, channel.secret_ref, channel.secret_store)
