"""The team setup file: a team lead exports the channels (webhook URLs and sign-in settings
included) and the colleague directory into ONE file encrypted with a passphrase shared out of band;
each coach imports it and sees what it adds before anything is saved.

Envelope (UTF-8 JSON, versioned)::

    {"format": "coachdesk-team-setup", "version": 1,
     "kdf": {Argon2id params as in the vault header}, "cipher": "aes-256-gcm",
     "meta": {"created_at": ..., "app": ..., "channels": N, "colleagues": M},
     "nonce": ..., "ct": ...}

The key is Argon2id(passphrase) and the content AES-256-GCM (coachdesk/vault/keys.py); everything
but ``nonce``/``ct`` is authenticated as associated data, so a changed byte anywhere fails the
decryption. A wrong passphrase and a tampered file are indistinguishable by design: one message.
Imports never overwrite: a channel or colleague whose name exists already is shown and skipped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from coachdesk import __version__
from coachdesk.errors import CoachDeskError, InvalidInput

if TYPE_CHECKING:
    from coachdesk.outbox.colleagues import Colleague
    from coachdesk.outbox.entra import EntraConfig
    from coachdesk.vault.keys import KdfParams
    from coachdesk.vault.store import Store

MAGIC = "coachdesk-team-setup"
VERSION = 1
CIPHER = "aes-256-gcm"
SUFFIX = ".cdteam"
MAX_FILE_BYTES = 8 * 1024 * 1024
PASSPHRASE_MIN = 12
# A file comes from someone else: refuse KDF settings that would freeze or exhaust the machine.
MAX_IMPORT_MEMORY_KIB = 1024 * 1024
MAX_IMPORT_ITERATIONS = 200


class WrongTeamPassphrase(CoachDeskError):
    """The team file does not open with this passphrase (or it was changed)."""

    def __init__(self) -> None:
        super().__init__("Wrong passphrase, or the file was changed after it was made; nothing was imported.")


@dataclass(frozen=True)
class ChannelEntry:
    """A channel in a team setup file: name, kind, URL (a secret), sign-in settings and options."""

    name: str
    kind: str
    url: str  # a secret: never printed, never logged
    entra: EntraConfig | None = None
    options: dict = field(default_factory=dict)  # e.g. {"discord_forum": True}

    @property
    def host(self) -> str:
        """The host of the channel's URL (what the import plan shows instead of the URL)."""
        from coachdesk.outbox.urls import host_of

        return host_of(self.url)


@dataclass
class TeamSetup:
    """An opened team setup file: its channels, colleagues, metadata and the entries refused."""

    channels: list[ChannelEntry]
    colleagues: list[Colleague]
    meta: dict
    refused: list[tuple[str, str]] = field(default_factory=list)  # (what, why): entries this app cannot use


@dataclass
class ImportPlan:
    """What an import adds, and what it leaves alone (shown to the coach before saving)."""

    channels_new: list[ChannelEntry]
    channels_existing: list[ChannelEntry]
    colleagues_new: list[Colleague]
    colleagues_existing: list[Colleague]
    refused: list[tuple[str, str]]
    meta: dict

    @property
    def empty(self) -> bool:
        """Nothing to add: every channel and colleague is there already."""
        return not self.channels_new and not self.colleagues_new

    def lines(self) -> list[str]:
        """The plan in plain words (the CLI prints these; no URL is ever shown, only its host)."""
        made = _safe(str(self.meta.get("created_at", "?")), 16).replace("T", " ")
        out = [f"Team setup file made {made} UTC"]
        for c in self.channels_new:
            extra = (", sign-in" if c.entra else "") + (", forum" if c.options.get("discord_forum") else "")
            out.append(f"  + channel {c.name!r} ({c.kind}, {c.host}{extra})")
        for c in self.channels_existing:
            out.append(f"  = channel {c.name!r} exists already: kept as it is, not replaced")
        for p in self.colleagues_new:
            tags = ", ".join(p.expertise)
            out.append(f"  + colleague {p.name}" + (f" ({tags})" if tags else ""))
        for p in self.colleagues_existing:
            out.append(f"  = colleague {p.name} exists already: kept as it is, not replaced")
        for what, why in self.refused:
            out.append(f"  ! {what}: left out ({why})")
        if self.empty:
            out.append("Nothing new to add.")
        return out


def _plain_text(value: Any) -> None:
    """Refuse control and format characters (terminal escapes, bidi overrides) in a file's text."""
    import unicodedata

    texts = value if isinstance(value, list) else [value]
    for text in texts:
        if isinstance(text, str) and any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") for ch in text):
            raise InvalidInput("it contains control characters")


# ----- writing --------------------------------------------------------------------------------------
def _aad(envelope: dict) -> bytes:
    head = {k: envelope[k] for k in ("format", "version", "kdf", "cipher", "meta")}
    return json.dumps(head, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect a team file."""
    if len(passphrase) < PASSPHRASE_MIN:
        raise InvalidInput(f"Choose a passphrase of at least {PASSPHRASE_MIN} characters for the team file; nothing was written.")


def export_team(store: Store, passphrase: str, *, kdf: KdfParams | None = None) -> bytes:
    """The encrypted team setup file of this vault's channels and colleagues."""
    from coachdesk.outbox.channels import Channels
    from coachdesk.outbox.colleagues import export_directory
    from coachdesk.outbox.entra import config_for
    from coachdesk.vault import keys

    check_new_passphrase(passphrase)
    channels = Channels(store)
    chans = []
    for ch in channels.list():
        if ch.kind.two_way:  # a personal token or sign-in: each coach sets up their own
            continue
        cfg = config_for(store, ch)
        chans.append({"name": ch.name, "kind": ch.kind.value, "url": channels.url(ch),
                      "entra": cfg.to_dict() if cfg else None, "options": dict(ch.options)})
    people = export_directory(store)  # the one (de)serialisation of a colleague (colleagues.py)
    params = kdf or keys.calibrate_kdf()
    envelope: dict[str, Any] = {
        "format": MAGIC, "version": VERSION, "kdf": params.to_dict(), "cipher": CIPHER,
        "meta": {"created_at": datetime.now(UTC).isoformat(timespec="seconds"), "app": f"CoachDesk {__version__}",
                 "channels": len(chans), "colleagues": len(people)},
    }
    plain = json.dumps({"channels": chans, "colleagues": people}, ensure_ascii=False).encode("utf-8")
    sealed = keys.wrap(keys.derive_passphrase_key(passphrase, params), plain, _aad(envelope))
    envelope.update(nonce=sealed["nonce"], ct=sealed["ct"])
    return (json.dumps(envelope, indent=1) + "\n").encode("utf-8")


# ----- reading --------------------------------------------------------------------------------------
def read_envelope(data: bytes) -> dict:
    """The checked outer envelope (no passphrase needed): clear errors for what is not a team file."""
    from coachdesk.vault.keys import KdfParams, b64d

    not_ours = InvalidInput("This is not a CoachDesk team setup file; nothing was imported.")
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(f"The file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB: not a team setup file; nothing was imported.")
    try:
        envelope = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as err:  # (deep nesting: not ours)
        raise not_ours from err
    if not isinstance(envelope, dict) or envelope.get("format") != MAGIC:
        raise not_ours
    version = envelope.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise not_ours
    if version > VERSION:
        raise InvalidInput("This team setup file was made by a newer CoachDesk; update CoachDesk to import it.")
    if version != VERSION or envelope.get("cipher") != CIPHER or not isinstance(envelope.get("meta"), dict):
        raise not_ours
    try:
        params = KdfParams.from_dict(envelope["kdf"])
        b64d(str(envelope["nonce"]))
        b64d(str(envelope["ct"]))
    except (KeyError, TypeError, ValueError) as err:
        raise InvalidInput("The team setup file is damaged; nothing was imported.") from err
    if params.memory_kib > MAX_IMPORT_MEMORY_KIB or params.iterations > MAX_IMPORT_ITERATIONS:
        raise InvalidInput("The team setup file asks for unreasonable key settings; nothing was imported.")
    return envelope


def open_team_file(data: bytes, passphrase: str) -> TeamSetup:
    """Decrypt and check a team setup file. WrongTeamPassphrase for a wrong passphrase or any change."""
    from coachdesk.vault import keys

    envelope = read_envelope(data)
    params = keys.KdfParams.from_dict(envelope["kdf"])
    plain = keys.unwrap(keys.derive_passphrase_key(passphrase, params),
                        {"nonce": envelope["nonce"], "ct": envelope["ct"]}, _aad(envelope))
    if plain is None:
        raise WrongTeamPassphrase()
    try:
        content = json.loads(bytes(plain).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as err:
        raise InvalidInput("The team setup file is damaged; nothing was imported.") from err
    finally:
        keys.wipe(plain)
    if not isinstance(content, dict) or not isinstance(content.get("channels"), list) \
            or not isinstance(content.get("colleagues"), list):
        raise InvalidInput("The team setup file is damaged; nothing was imported.")
    setup = TeamSetup([], [], dict(envelope["meta"]))
    for i, raw in enumerate(content["channels"], 1):
        try:
            setup.channels.append(_channel_entry(raw))
        except (CoachDeskError, ValueError, TypeError, KeyError) as err:
            setup.refused.append((f"channel {_safe(_entry_name(raw, i), 64)!r}", str(err)[:200] or "not readable"))
    from coachdesk.outbox.colleagues import colleague_from_dict  # THE colleague rules, as a directory file's

    for i, raw in enumerate(content["colleagues"], 1):
        try:
            setup.colleagues.append(colleague_from_dict(raw))
        except (CoachDeskError, ValueError, TypeError) as err:  # kept with the entry: "colleague 'Name'"
            setup.refused.append((f"colleague {_safe(_entry_name(raw, i), 100)!r}", str(err)[:200] or "not readable"))
    return setup


def _entry_name(raw: object, number: int) -> str:
    """How a refused entry is named: its name when it has one as text, else "#<number>"."""
    name = raw.get("name") if isinstance(raw, dict) else None
    return name if isinstance(name, str) else f"#{number}"


def _safe(text: str, limit: int) -> str:
    import unicodedata

    return "".join("?" if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") else ch for ch in text[:limit])


def _channel_entry(raw: Any) -> ChannelEntry:
    from coachdesk.outbox import ChannelKind
    from coachdesk.outbox.channels import clean_name, clean_options
    from coachdesk.outbox.entra import EntraConfig
    from coachdesk.outbox.urls import local_http_allowed, validate_url

    if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) for k in ("name", "kind", "url")):
        raise InvalidInput("not a channel entry")
    _plain_text(raw["name"])
    entra = EntraConfig.from_dict(raw["entra"]) if raw.get("entra") is not None else None
    if entra is not None and entra.authority_host and not local_http_allowed():
        raise InvalidInput("a file may not name its own sign-in host (only Microsoft's sign-in is used)")
    kind = ChannelKind(raw["kind"]).value
    url = validate_url(kind, raw["url"], protected=entra is not None)
    options = raw.get("options") or {}
    if not isinstance(options, dict):
        raise InvalidInput("the channel options are not readable")
    return ChannelEntry(clean_name(raw["name"]), kind, url, entra, clean_options(ChannelKind(kind), options))


# ----- importing ------------------------------------------------------------------------------------
def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _sort_by_name(items: list, have: set[str], what: str, new: list, existing: list,
                  refused: list[tuple[str, str]]) -> None:
    """Each entry goes to ``new``, to ``existing`` (the vault has the name) or, named twice in the
    file, to ``refused``."""
    seen: set[str] = set()
    for item in items:
        if _key(item.name) in seen:
            refused.append((f"{what} {item.name!r}", "the name is twice in the file"))
        elif _key(item.name) in have:
            existing.append(item)
        else:
            new.append(item)
        seen.add(_key(item.name))


def plan_import(store: Store, setup: TeamSetup) -> ImportPlan:
    """Compare the file with the vault: names that exist (channels, colleagues) are never replaced."""
    from coachdesk.outbox.channels import Channels
    from coachdesk.outbox.colleagues import list_colleagues

    have_channels = {_key(c.name) for c in Channels(store).list()}
    have_people = {_key(c.name) for c in list_colleagues(store)}
    plan = ImportPlan([], [], [], [], list(setup.refused), setup.meta)
    _sort_by_name(setup.channels, have_channels, "channel", plan.channels_new, plan.channels_existing, plan.refused)
    _sort_by_name(setup.colleagues, have_people, "colleague", plan.colleagues_new, plan.colleagues_existing,
                  plan.refused)
    return plan


def apply_import(store: Store, setup: TeamSetup, shown: ImportPlan, *, prefer_keychain: bool = True) -> ImportPlan:
    """Save exactly what ``shown`` (the plan the coach saw) adds. If the vault changed since, so that
    the plan would differ, nothing is saved and the coach is asked to look again."""
    from coachdesk.outbox.channels import Channels
    from coachdesk.outbox.colleagues import add_colleague

    now = plan_import(store, setup)
    names = lambda p: ([c.name for c in p.channels_new], [c.name for c in p.colleagues_new])  # noqa: E731
    if names(now) != names(shown):
        raise InvalidInput("Channels or colleagues changed meanwhile; look at the import again. Nothing was saved.")
    channels = Channels(store)
    for ch in now.channels_new:
        channels.add(ch.name, ch.kind, ch.url, prefer_keychain=prefer_keychain, entra=ch.entra, options=ch.options)
    for person in now.colleagues_new:
        add_colleague(store, person)
    return now
