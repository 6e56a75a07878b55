"""Ask-a-colleague commands: ``outbox list|send|retry|cancel|delivered|thread``, ``channel
add|list|remove|signin|test`` and ``request preview|submit`` (a preview from a text file needs no vault).

Webhook URLs are read from standard input or a hidden prompt, never from the command line.
Only argparse is imported at module level; everything else when a command runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coachdesk.textsafe import shown  # server words and names, escaped before they reach the terminal

if TYPE_CHECKING:
    from coachdesk.commands.common import SecretInput
    from coachdesk.outbox.channels import Channel
    from coachdesk.outbox.sender import DeliveryResult
    from coachdesk.vault.store import Store
    from coachdesk.vault.vault import Vault

KINDS = ("teams", "slack", "mattermost", "googlechat", "discord", "json")
TWO_WAY = ("slack_app", "mattermost_api", "teams_graph")  # token / sign-in; replies come back


def _item_id(text: str) -> int:
    """An outbox item id: a positive whole number that fits the database."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 0 < value < 2**63:
        raise argparse.ArgumentTypeError(f"not an outbox item id: {text!r}")
    return value


def add_outbox_parsers(sub: argparse._SubParsersAction[Any], add_passphrase_opt: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add the ``outbox``, ``channel`` and ``request`` subcommands to the main parser."""
    p = sub.add_parser("outbox", help="messages to colleagues waiting, sent or needing a decision")
    osub = p.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    q = osub.add_parser("list", help="list outbox items (newest last)")
    q.add_argument("--all", action="store_true", help="include sent and cancelled items")
    add_passphrase_opt(q)
    q = osub.add_parser("send", help="send everything that is due now")
    add_passphrase_opt(q)
    for name, text in (
        ("retry", "try again now: a queued item now, a 'needs fixing' / 'possibly sent' one sent again; "
                  "a cancelled item is never sent (write a new request instead)"),
        ("cancel", "cancel an item that has not been sent"),
        ("delivered", "mark a 'possibly sent' item delivered (you saw it in the channel)"),
    ):
        q = osub.add_parser(name, help=text, description=text[:1].upper() + text[1:] + ".")
        q.add_argument("item", type=_item_id, metavar="ID")
        if name == "delivered":
            q.add_argument("--thread", metavar="LINK", default="",
                           help="part 1 of a Discord forum post: the post's link (Copy Link), so the rest goes into it")
        add_passphrase_opt(q)
    q = osub.add_parser("thread", help="a later part of a Discord forum post: the post's link (Copy Link in Discord)")
    q.add_argument("item", type=_item_id, metavar="ID")
    q.add_argument("link", metavar="LINK")
    add_passphrase_opt(q)

    p = sub.add_parser("channel", help="chat channels for asking colleagues (webhook URLs are kept secret)")
    csub = p.add_subparsers(dest="channel_command", metavar="ACTION", required=True)
    q = csub.add_parser("add", help="add a channel; the webhook URL (or a two-way channel's token) is read from "
                        "stdin (after the passphrase). Webhook kinds are one-way; slack_app, mattermost_api and "
                        "teams_graph also bring replies back (Google Chat and Discord stay one-way)")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--kind", required=True, choices=KINDS + TWO_WAY)
    q.add_argument("--channel-id", metavar="ID", help="two-way: the platform's channel ID (C0123ABCDEF, 26 characters, "
                   "or 19:…@thread.tacv2)")
    q.add_argument("--server", metavar="URL", help="mattermost_api: the server address (https://chat.example.fi)")
    q.add_argument("--team", metavar="ID", help="teams_graph: the team ID (a GUID)")
    q.add_argument("--in-vault", action="store_true", help="keep the URL inside the vault even if a keychain exists")
    q.add_argument("--discord-forum", action="store_true",
                   help="a Discord forum channel: each request opens a post of its own")
    q.add_argument("--protected", action="store_true",
                   help="Teams trigger set to 'Any user in my tenant' (no sig= in the URL): sign in to send")
    q.add_argument("--tenant", metavar="ID", help="with --protected: directory (tenant) ID or domain")
    q.add_argument("--client-id", metavar="ID", help="with --protected: application (client) ID your admin registered")
    q.add_argument("--cloud", default="public", choices=("public", "gcc", "gcch", "dod", "china"),
                   help="with --protected: the Microsoft cloud (default public)")
    add_passphrase_opt(q)
    q = csub.add_parser("verify", help="two-way channel: check the token or sign-in with a harmless call")
    q.add_argument("name", metavar="NAME")
    add_passphrase_opt(q)
    q = csub.add_parser("list", help="list channels (hosts only, never the secret URLs)")
    add_passphrase_opt(q)
    q = csub.add_parser("remove", help="remove a channel and its secret URL")
    q.add_argument("name", metavar="NAME")
    add_passphrase_opt(q)
    q = csub.add_parser("signin", help="sign in for a protected Teams channel (a device code is printed)")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--browser", action="store_true", help="sign in in the system browser instead of with a code")
    add_passphrase_opt(q)
    q = csub.add_parser("test", help="send a test message (no client data) to a channel")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--lang", choices=("fi", "sv", "en"), default="fi")
    add_passphrase_opt(q)

    p = sub.add_parser("colleague", help="the colleague directory (names, expertise, platform ids for mentions)")
    gsub = p.add_subparsers(dest="colleague_command", metavar="ACTION", required=True)
    q = gsub.add_parser("list", help="list colleagues and which platforms can notify them")
    add_passphrase_opt(q)
    q = gsub.add_parser("export", help="write the directory to a new JSON file (owner-only; never overwrites)")
    q.add_argument("file", metavar="FILE")
    add_passphrase_opt(q)
    q = gsub.add_parser("import", help="add or update colleagues from such a file (all or nothing)")
    q.add_argument("file", metavar="FILE")
    add_passphrase_opt(q)

    p = sub.add_parser("request", help="help requests to colleagues")
    rsub = p.add_subparsers(dest="request_command", metavar="ACTION", required=True)
    q = rsub.add_parser(
        "preview", help="the exact bytes a request would post, one post per line (a long request is split into "
        "several): from a case (--case --channel --out: opens the vault, drafts and checks the request as the "
        "composer does) or, for admins, from a text file (--kind --text-file: no vault)",
        description="With --case: draft a request from the case (newest note, summary, tags, phase), lay "
        "--template over it, check it as the composer does and write the exact posts for --channel to --out "
        "(a new file). Read it, then 'coachdesk request submit' queues exactly those bytes. With --kind and "
        "--text-file: print the JSON a message would post (no vault).")
    q.add_argument("--case", metavar="CODE", help="draft the request from this case (opens the vault)")
    q.add_argument("--channel", metavar="NAME", help="with --case: the channel it goes to")
    q.add_argument("--template", metavar="FILE", help="with --case: a JSON object of the request's fields laid over "
                   "the draft (topic, phase, situation, background, tried, thinking, question, sparring_topic, "
                   "help_wanted, urgency)")
    q.add_argument("--lang", choices=("fi", "sv", "en"), help="with --case: the template's language (default: the case's)")
    q.add_argument("--out", metavar="FILE", help="with --case: the new file the posts are written to (never "
                   "overwritten; never a file of the vault)")
    add_passphrase_opt(q)
    q.add_argument("--kind", choices=KINDS, help="without a vault: the platform")
    q.add_argument("--text-file", metavar="FILE",
                   help="without a vault: the message text; its first line is the title ('-' for stdin)")
    q.add_argument("--mention", action="append", default=[], metavar="NAME=ID",
                   help="without a vault: mention a colleague by their id on this platform: Teams UPN, Slack member "
                   "id, Mattermost username, Google Chat users/123..., Discord user id (repeatable)")
    q.add_argument("--discord-forum", action="store_true", help="without a vault: preview for a Discord forum channel")
    q = rsub.add_parser(
        "submit", help="queue a request previewed with 'request preview --case': refused unless the request "
        "built now is byte for byte the previewed file (nothing is queued then)",
        description="Build the request of --case for --channel again (with the same --template and --lang as the "
        "preview) and queue it only if its posts are exactly the bytes of --previewed; a case edited since the "
        "preview, or an edited file, is refused and nothing is written. 'coachdesk outbox send' sends it.")
    q.add_argument("--case", required=True, metavar="CODE")
    q.add_argument("--channel", required=True, metavar="NAME")
    q.add_argument("--previewed", required=True, metavar="FILE", help="the file 'request preview --case' wrote")
    q.add_argument("--template", metavar="FILE", help="the same template file as the preview")
    q.add_argument("--lang", choices=("fi", "sv", "en"), help="the same language as the preview")
    add_passphrase_opt(q)


# ----- helpers -------------------------------------------------------------------------------------
STATE_LABELS = {
    "draft": "draft",
    "queued": "queued",
    "sending": "sending",
    "sent": "sent",
    "needs_fixing": "needs fixing",
    "possibly_sent": "possibly sent",
    "cancelled": "cancelled",
}


def _when(stamp: str | None) -> str:
    if not stamp:
        return ""
    from datetime import datetime

    from coachdesk.domain.formatting import fi_date

    moment = datetime.fromisoformat(stamp).astimezone()
    return f"{fi_date(moment.date())} {moment:%H:%M}"


def _print_result(result: DeliveryResult) -> None:
    state = STATE_LABELS.get(result.state.value, result.state.value) if result.state is not None else "-"
    target = f"item {result.item_id}" if result.item_id is not None else "test message"
    print(f"{target} #{result.request_ref} -> {shown(result.channel_name)}: {state} ({shown(result.detail)})")
    if result.state is not None and result.state.value == "possibly_sent":
        print("  Check the channel: then 'coachdesk outbox delivered ID' or 'coachdesk outbox retry ID'.")


def _outbox_session(args: argparse.Namespace) -> Vault:
    """Open the vault, turn interrupted sends into 'possibly sent' (one process per vault)."""
    from coachdesk.commands.common import open_vault
    from coachdesk.services import requests as service

    vault = open_vault(args)
    service.recover_interrupted(vault.store)
    return vault


# ----- outbox --------------------------------------------------------------------------------------
def cmd_outbox(args: argparse.Namespace) -> int:
    """``coachdesk outbox list|send|retry|cancel|delivered``."""
    from coachdesk.services import requests as service
    from coachdesk.services.requests import State

    with _outbox_session(args) as vault:
        store = vault.store
        action = args.outbox_command
        if action == "list":
            states = None if args.all else [s for s in State if s not in (State.SENT, State.CANCELLED)]
            items = service.items(store, states=states)
            if not items:
                print("The outbox is empty." if args.all else "Nothing waiting (use --all to see sent items).")
                return 0
            print(f"{'ID':>4}  {'REF':10} {'STATE':14} {'CHANNEL':16} {'TRIES':>5}  {'UPDATED':16}  NOTE")
            for it in items:
                print(
                    f"{it.id:>4}  {it.label:10} {STATE_LABELS[it.state.value]:14} {shown(it.channel_name[:16]):16} "
                    f"{it.attempts:>5}  {_when(it.updated_at):16}  {shown(it.last_error)}".rstrip()
                )
            return 0
        if action == "cancel":
            item = service.decide(store, "cancel", args.item)
            print(f"item {item.id} #{item.request_ref}: cancelled")
            return 0
        if action == "delivered":
            item = service.decide(store, "mark_delivered", args.item, thread=args.thread)
            print(f"item {item.id} #{item.request_ref}: marked delivered")
            return 0
        if action == "thread":
            item = service.decide(store, "thread", args.item, thread=args.link)
            print(f"item {item.id} {item.label}: the rest goes into the forum post; 'coachdesk outbox send' sends it")
            return 0
        results = service.send_now(store, args.item) if action == "retry" else service.send_due(store)
        if not results:
            print("Nothing was due.")
        for result in results:
            _print_result(result)
        return 0


# ----- channels ------------------------------------------------------------------------------------
def _read_url(secrets: SecretInput) -> str:
    """The webhook URL: stdin line 2 with --passphrase-stdin, else stdin line 1 or a hidden prompt."""
    import getpass

    from coachdesk.errors import InvalidInput

    if secrets.from_stdin:
        return secrets.get(1, "")
    if sys.stdin.isatty():
        return getpass.getpass("Webhook URL (hidden): ")
    from coachdesk.commands.common import read_stdin_text

    line = (read_stdin_text().splitlines() or [""])[0]
    if not line.strip():
        raise InvalidInput("Give the webhook URL on standard input (never on the command line).")
    return line


def cmd_channel(args: argparse.Namespace) -> int:
    """``coachdesk channel add|list|remove|signin|test``."""
    from coachdesk.commands.common import SecretInput, open_vault
    from coachdesk.services import channels as channel_service

    action = args.channel_command
    secrets = SecretInput(args)
    url = ""
    entra = None
    if action == "add" and args.kind in TWO_WAY:
        return _add_two_way(args, secrets)
    if action == "add":
        from coachdesk.errors import InvalidInput
        from coachdesk.services.channels import validate_url

        if args.protected:
            from coachdesk.outbox.entra import EntraConfig

            if not args.tenant or not args.client_id:
                raise InvalidInput("--protected needs --tenant and --client-id (see docs/teams-setup.md).")
            entra = EntraConfig(args.tenant, args.client_id, args.cloud).checked()
        elif args.tenant or args.client_id:
            raise InvalidInput("--tenant and --client-id go with --protected.")
        # refuse a bad URL before the slow unlock
        url = validate_url(args.kind, _read_url(secrets), protected=entra is not None)
    with open_vault(args, secrets) as vault:
        channels = channel_service.registry(vault.store)
        if action == "add":
            options = {"discord_forum": True} if args.discord_forum else None
            ch = channels.add(args.name, args.kind, url, prefer_keychain=not args.in_vault, options=options, entra=entra)
            where = "the system keychain" if ch.secret_store == "keychain" else "the encrypted vault"
            print(f"Channel {shown(repr(ch.name))} ({ch.kind.value}, {shown(ch.host)}) added; its URL is kept in {where}.")
            if entra is not None:
                print(f"It is protected by sign-in: coachdesk channel signin {shown(repr(ch.name))}")
            print(f"Try it: coachdesk channel test {shown(repr(ch.name))}")
            return 0
        if action == "signin":
            return _signin(vault.store, channels.get(args.name), browser=args.browser)
        if action == "verify":
            from coachdesk.outbox import twoway
            from coachdesk.outbox.entra import ChannelAuth
            from coachdesk.outbox.http import make_client

            channel = channels.get(args.name)
            auth = ChannelAuth(vault.store)
            with make_client() as client:
                try:
                    reached = twoway.api_for(client, channel, twoway.token_for(vault.store, channel, auth)).verify()
                finally:
                    auth.close()
            print(f"Channel {channel.name!r} works: {reached}.")
            return 0
        if action == "list":
            rows = channels.list()
            if not rows:
                print("No channels yet (coachdesk channel add NAME --kind teams).")
            for ch in rows:
                extra = "\tsign-in" if channels.protected(ch) else ""
                secret = "token" if ch.kind.two_way else "URL"
                extra += "\ttwo-way (replies come back)" if ch.kind.two_way else ""
                print(f"{shown(ch.name)}\t{ch.kind.value}\t{shown(ch.host)}\t{secret} in {ch.secret_store}{extra}")
            return 0
        if action == "remove":
            channels.remove(args.name)
            print(f"Channel {shown(repr(args.name))} removed.")
            return 0
        from coachdesk.errors import CoachDeskError
        from coachdesk.outbox.policy import Outcome
        from coachdesk.services.requests import send_test

        result = send_test(vault.store, args.name, args.lang)
        if result.outcome is not Outcome.DELIVERED:
            raise CoachDeskError(f"The test message to {result.channel_name!r} failed: {result.detail}")
        extra = " (202: the flow accepted it; it appears when the flow has run)" if result.http_status == 202 else ""
        print(f"Test message delivered to {shown(repr(result.channel_name))}: HTTP {result.http_status}{extra}.")
        return 0


def _add_two_way(args: argparse.Namespace, secrets: SecretInput) -> int:
    """A two-way channel: the ids are checked, the token (Slack, Mattermost) verified with a harmless
    call BEFORE the vault is unlocked and anything saved; Teams (Graph) verifies after the sign-in."""
    import getpass

    from coachdesk.commands.common import open_vault
    from coachdesk.errors import InvalidInput
    from coachdesk.outbox import ChannelKind, twoway
    from coachdesk.services.channels import add_two_way

    kind = ChannelKind(args.kind)
    target = twoway.clean_target(kind, args.channel_id or "", team=args.team or "", server=args.server or "",
                                 cloud=args.cloud)
    token, entra = "", None
    if kind is ChannelKind.TEAMS_GRAPH:
        from coachdesk.outbox.entra import EntraConfig

        if not args.tenant or not args.client_id:
            raise InvalidInput("teams_graph needs --tenant and --client-id (see docs/teams-setup.md).")
        entra = EntraConfig(args.tenant, args.client_id, args.cloud, api="graph").checked()
    else:
        if secrets.from_stdin:
            token = secrets.get(1, "")
        elif sys.stdin.isatty():
            token = getpass.getpass("Token (hidden): ")
        else:
            token = sys.stdin.readline()
        token = twoway.check_token(kind, token)
        from coachdesk.outbox.http import make_client

        with make_client() as client:
            reached = twoway.check_new(client, kind, target, token)
        print(shown(f"The token works: {reached}."))
    with open_vault(args, secrets) as vault:
        ch = add_two_way(vault.store, args.name, kind, target, token, prefer_keychain=not args.in_vault, entra=entra)
    where = "the system keychain" if ch.secret_store == "keychain" else "the encrypted vault"
    if entra is not None:
        print(shown(f"Channel {ch.name!r} (Teams via Graph) added. Sign in: coachdesk channel signin {ch.name!r}, "
                    f"then check it: coachdesk channel verify {ch.name!r}"))
    else:
        print(shown(f"Channel {ch.name!r} ({ch.kind.value}, {ch.host}) added; its token is kept in {where}. "
                    "Replies: coachdesk replies fetch"))
    return 0


def _signin(store: Store, channel: Channel, *, browser: bool) -> int:
    """Sign in for a protected channel; waiting items are then due at once."""
    from coachdesk.errors import InvalidInput
    from coachdesk.outbox.entra import EntraSession, config_for
    from coachdesk.services.requests import resume_waiting

    config = config_for(store, channel)
    if config is None:
        raise InvalidInput(f"Channel {channel.name!r} needs no sign-in (its URL carries a signature).")
    session = EntraSession(store, config)
    try:
        if browser:
            print("Sign in in the browser window that opens…", flush=True)
            user = session.sign_in_browser()
        else:
            code = session.start_device_code()
            print(shown(code.message or f"Open {code.verification_uri} and enter the code {code.user_code}."), flush=True)
            user = session.finish_device_code(code)
    finally:
        session.close()
    waiting = resume_waiting(store)
    print(shown(f"Signed in{' as ' + user if user else ''} for {channel.name!r}."))
    if waiting:
        print(f"{waiting} waiting message(s) can go now: coachdesk outbox send")
    return 0


# ----- requests ------------------------------------------------------------------------------------
def cmd_request(args: argparse.Namespace) -> int:
    """``coachdesk request preview|submit``: the exact posts of a request (from a case, or from a
    text file without a vault) and the submit of exactly those bytes."""
    from coachdesk.errors import InvalidInput

    if args.request_command == "submit":
        return _submit_previewed(args)
    if args.case is not None:
        return _preview_case(args)
    if args.kind is None or args.text_file is None or args.channel or args.out or args.template or args.lang:
        raise InvalidInput("request preview takes --case, --channel and --out (from a case), or --kind and "
                           "--text-file (no vault).")
    return _preview_text(args)


PREVIEW_MAX_BYTES = 4 * 1024 * 1024  # a preview file: a few posts of at most some tens of KB each
TEMPLATE_MAX_BYTES = 256 * 1024


def _template(path: str | None) -> dict[str, Any] | None:
    """The --template file: a JSON object of the request's fields (unknown keys refused)."""
    import json

    from coachdesk.domain.help_request import TEXT_FIELDS
    from coachdesk.errors import InvalidInput
    from coachdesk.fileio import read_regular

    if path is None:
        return None
    try:
        raw, _mtime = read_regular(Path(path), TEMPLATE_MAX_BYTES, what="a template file", size="256 KB")
        doc = json.loads(raw.decode("utf-8"))
    except OSError as err:
        raise InvalidInput(f"Cannot read the template file: {err.strerror or type(err).__name__}.") from err
    except (UnicodeDecodeError, ValueError, RecursionError) as err:
        raise InvalidInput("The template file is not a JSON object of the request's fields.") from err
    allowed = {*TEXT_FIELDS, "help_wanted", "urgency"}
    if not isinstance(doc, dict) or not set(doc) <= allowed:
        raise InvalidInput(f"The template file is a JSON object with the keys {', '.join(sorted(allowed))}.")
    if not all(isinstance(doc[k], str) for k in doc if k in TEXT_FIELDS):
        raise InvalidInput("The template's text fields are strings.")
    from coachdesk.domain.help_request import HelpKind, Urgency

    wanted = doc.get("help_wanted", [])
    if not isinstance(wanted, list) or not all(w in HelpKind._value2member_map_ for w in wanted):
        raise InvalidInput(f"help_wanted is a list of: {', '.join(h.value for h in HelpKind)}.")
    if "urgency" in doc and doc["urgency"] not in Urgency._value2member_map_:
        raise InvalidInput(f"urgency is one of: {', '.join(u.value for u in Urgency)}.")
    return doc


def _preview_case(args: argparse.Namespace) -> int:
    """``request preview --case CODE --channel NAME --out FILE``: the checked request's exact posts."""
    from coachdesk.commands.common import data_dir, open_vault
    from coachdesk.errors import InvalidInput
    from coachdesk.outpath import check_output_path
    from coachdesk.services.requests import prepare_from_case, preview_file

    if not args.channel or not args.out or args.kind or args.text_file or args.mention or args.discord_forum:
        raise InvalidInput("request preview --case takes --channel NAME and --out FILE (and --template, --lang).")
    out = check_output_path(args.out, [data_dir(args)])  # say so before asking for the passphrase
    if os.path.lexists(out):
        raise InvalidInput(f"{shown(str(out))} exists already; choose a new file name (nothing was overwritten).")
    fields = _template(args.template)
    with open_vault(args) as vault:
        prepared = prepare_from_case(vault.store, args.case, args.channel, fields=fields, lang=args.lang)
    from coachdesk.fileio import write_private_atomic

    if os.path.lexists(out):  # made meanwhile (the check above ran before the passphrase)
        raise InvalidInput(f"{shown(str(out))} exists already; choose a new file name (nothing was overwritten).")
    write_private_atomic(out, preview_file(prepared.parts), for_user=True, data_dirs=[data_dir(args)])
    parts = len(prepared.parts)
    print(f"Wrote {parts} post(s) of request #{prepared.request.ref} for {shown(repr(args.channel))} to "
          f"{shown(str(out))}. Read it; then: coachdesk request submit --case {shown(args.case)} "
          f"--channel {shown(repr(args.channel))} --previewed {shown(str(out))}", file=sys.stderr)
    return 0


def _submit_previewed(args: argparse.Namespace) -> int:
    """``request submit --case CODE --channel NAME --previewed FILE``: queue exactly those bytes."""
    from coachdesk.commands.common import open_vault
    from coachdesk.errors import InvalidInput
    from coachdesk.fileio import read_regular
    from coachdesk.services.requests import submit_previewed

    try:
        previewed, _mtime = read_regular(Path(args.previewed), PREVIEW_MAX_BYTES, what="a preview file", size="4 MB")
    except OSError as err:
        raise InvalidInput(f"Cannot read the preview file: {err.strerror or type(err).__name__}.") from err
    fields = _template(args.template)
    with open_vault(args) as vault:
        done = submit_previewed(vault.store, args.case, args.channel, previewed, fields=fields, lang=args.lang)
    if done.item is None:  # the reference was taken between the check and the save (another process)
        raise InvalidInput(f"The request got a new reference #{done.request.ref}; preview it again. Nothing was queued.")
    print(f"Request #{done.request.ref} queued for {shown(repr(args.channel))} (item {done.item.id}); "
          "'coachdesk outbox send' sends it now.")
    return 0


def _preview_text(args: argparse.Namespace) -> int:
    """``request preview --kind KIND --text-file FILE``: the exact payloads (no vault needed)."""
    from coachdesk.errors import InvalidInput
    from coachdesk.outbox.colleagues import ID_FIELDS, Colleague, clean_platform_id
    from coachdesk.outbox.payloads import Message, build_parts, notify_plan

    limit = 1024 * 1024
    if args.text_file == "-":
        from coachdesk.commands.common import read_stdin_text

        text = read_stdin_text(limit)
    else:
        from coachdesk.fileio import read_regular

        raw, _mtime = read_regular(Path(args.text_file), limit, what="a text file", size="1 MB")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            raise InvalidInput("The text file is not UTF-8 text.") from err
    if not text.strip():
        raise InvalidInput("The text file is empty.")
    field_for = dict(zip(("teams", "slack", "mattermost", "googlechat", "discord"), (f for f, _w in ID_FIELDS),
                         strict=True))
    mentions = []
    for spec in args.mention:
        name, sep, ident = spec.partition("=")
        if not sep or not name.strip() or not ident.strip():
            raise InvalidInput(f"--mention takes NAME=ID, not {spec!r}.")
        colleague = Colleague(name.strip())
        if args.kind in field_for:
            setattr(colleague, field_for[args.kind], clean_platform_id(field_for[args.kind], ident))
        mentions.append(colleague.mention())
    parts = build_parts(args.kind, Message.from_text(text, tuple(mentions)), forum=args.discord_forum)
    for payload in parts:  # one post per line, exactly the bytes that would be sent
        sys.stdout.buffer.write(payload + b"\n")
    sys.stdout.flush()
    notified, plain = notify_plan(args.kind, mentions)
    print(f"{len(parts)} post(s) to {args.kind}" + (", in this order" if len(parts) > 1 else ""), file=sys.stderr)
    if mentions:
        print(shown(f"notified: {', '.join(notified) or '-'}; not notified: {', '.join(plain) or '-'}"), file=sys.stderr)
    return 0


# ----- colleague directory -------------------------------------------------------------------------
DIRECTORY_FORMAT = "coachdesk-colleagues"
DIRECTORY_MAX_BYTES = 1024 * 1024


def cmd_colleague(args: argparse.Namespace) -> int:
    """``coachdesk colleague list|export|import``."""
    import json
    from pathlib import Path

    from coachdesk.commands.common import open_vault
    from coachdesk.errors import InvalidInput
    from coachdesk.outbox import colleagues as co

    action = args.colleague_command
    entries: list[Any] = []
    if action == "import":  # read and check the file before the slow unlock
        path = Path(args.file)
        try:
            with path.open("rb") as file:  # bounded: a device or pipe reports size 0
                raw = file.read(DIRECTORY_MAX_BYTES + 1)
            if len(raw) > DIRECTORY_MAX_BYTES:
                raise InvalidInput(f"{path} is larger than 1 MB; this is not a colleague directory.")
            doc = json.loads(raw.decode("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as err:
            raise InvalidInput(f"{path} is not a readable colleague directory ({type(err).__name__}).") from err
        if not isinstance(doc, dict) or doc.get("format") != DIRECTORY_FORMAT:
            raise InvalidInput(f"{path} is not a CoachDesk colleague directory.")
        listed = doc.get("colleagues")
        if not isinstance(listed, list):
            raise InvalidInput("The colleague directory must be a list of colleagues.")
        entries = listed
        for number, entry in enumerate(entries, 1):
            try:
                co.colleague_from_dict(entry)
            except InvalidInput as err:
                raise InvalidInput(f"Colleague {number}: {err}") from err
    if action == "export" and Path(args.file).exists():
        raise InvalidInput(f"{args.file} exists already; choose a new file name (nothing was overwritten).")
    with open_vault(args) as vault:
        store = vault.store
        if action == "list":
            rows = co.list_colleagues(store)
            if not rows:
                print("No colleagues yet (Settings → Colleagues, or 'coachdesk colleague import FILE').")
            for c in rows:
                ids = [name for name, value in (("teams", c.teams_upn), ("slack", c.slack_id),
                                                ("mattermost", c.mattermost_username),
                                                ("googlechat", c.googlechat_id), ("discord", c.discord_id)) if value]
                print(f"{shown(c.name)}\t{shown(', '.join(c.expertise))}\tnotified on: {', '.join(ids) or '-'}")
            return 0
        if action == "export":
            from coachdesk.fileio import write_private_atomic

            colleagues = co.export_directory(store)
            data = {"format": DIRECTORY_FORMAT, "version": 1, "colleagues": colleagues}
            write_private_atomic(Path(args.file), json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
            print(f"Exported {len(colleagues)} colleague(s) to {args.file}", file=sys.stderr)
            return 0
        added, updated = co.import_directory(store, entries)
        print(f"Colleagues: {added} added, {updated} updated.")
        return 0
