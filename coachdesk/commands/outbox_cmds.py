"""Ask-a-colleague commands: ``outbox list|send|retry|cancel|delivered``, ``channel
add|list|remove|test`` and ``request preview`` (no vault needed).

Webhook URLs are read from standard input or a hidden prompt, never from the command line.
Only argparse is imported at module level; everything else when a command runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from coachdesk.textsafe import shown  # server words and names, escaped before they reach the terminal

KINDS = ("teams", "slack", "mattermost", "googlechat", "discord", "json")


def _item_id(text: str) -> int:
    """An outbox item id: a positive whole number that fits the database."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 0 < value < 2**63:
        raise argparse.ArgumentTypeError(f"not an outbox item id: {text!r}")
    return value


def add_outbox_parsers(sub, add_passphrase_opt: Callable[[argparse.ArgumentParser], None]) -> None:
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
        add_passphrase_opt(q)

    p = sub.add_parser("channel", help="chat channels for asking colleagues (webhook URLs are kept secret)")
    csub = p.add_subparsers(dest="channel_command", metavar="ACTION", required=True)
    q = csub.add_parser("add", help="add a channel; the webhook URL is read from stdin (after the passphrase)")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--kind", required=True, choices=KINDS)
    q.add_argument("--in-vault", action="store_true", help="keep the URL inside the vault even if a keychain exists")
    add_passphrase_opt(q)
    q = csub.add_parser("list", help="list channels (hosts only, never the secret URLs)")
    add_passphrase_opt(q)
    q = csub.add_parser("remove", help="remove a channel and its secret URL")
    q.add_argument("name", metavar="NAME")
    add_passphrase_opt(q)
    q = csub.add_parser("test", help="send a test message (no client data) to a channel")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--lang", choices=("fi", "en"), default="fi")
    add_passphrase_opt(q)

    p = sub.add_parser("request", help="help requests to colleagues")
    rsub = p.add_subparsers(dest="request_command", metavar="ACTION", required=True)
    q = rsub.add_parser("preview", help="print the exact JSON that would be posted (for admins; needs no vault)")
    q.add_argument("--kind", required=True, choices=KINDS)
    q.add_argument("--text-file", required=True, metavar="FILE",
                   help="the message text; its first line is the title ('-' for stdin)")
    q.add_argument("--mention", action="append", default=[], metavar="NAME=ID",
                   help="mention a colleague: Teams UPN or Slack member id (repeatable)")


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


def _print_result(result) -> None:
    state = STATE_LABELS.get(result.state.value, result.state.value) if result.state is not None else "-"
    target = f"item {result.item_id}" if result.item_id is not None else "test message"
    print(f"{target} #{result.request_ref} -> {shown(result.channel_name)}: {state} ({shown(result.detail)})")
    if result.state is not None and result.state.value == "possibly_sent":
        print("  Check the channel: then 'coachdesk outbox delivered ID' or 'coachdesk outbox retry ID'.")


def _outbox_session(args: argparse.Namespace):
    """Open the vault, turn interrupted sends into 'possibly sent' (one process per vault)."""
    from coachdesk.commands.common import open_vault
    from coachdesk.outbox.outbox import Outbox

    vault = open_vault(args)
    Outbox(vault.store).recover_interrupted()
    return vault


# ----- outbox --------------------------------------------------------------------------------------
def cmd_outbox(args: argparse.Namespace) -> int:
    from coachdesk.outbox.outbox import Outbox, State
    from coachdesk.outbox.sender import Sender

    with _outbox_session(args) as vault:
        outbox = Outbox(vault.store)
        action = args.outbox_command
        if action == "list":
            states = None if args.all else [s for s in State if s not in (State.SENT, State.CANCELLED)]
            items = outbox.items(states=states)
            if not items:
                print("The outbox is empty." if args.all else "Nothing waiting (use --all to see sent items).")
                return 0
            print(f"{'ID':>4}  {'REF':6} {'STATE':14} {'CHANNEL':16} {'TRIES':>5}  {'UPDATED':16}  NOTE")
            for it in items:
                print(
                    f"{it.id:>4}  #{it.request_ref:5} {STATE_LABELS[it.state.value]:14} {shown(it.channel_name[:16]):16} "
                    f"{it.attempts:>5}  {_when(it.updated_at):16}  {shown(it.last_error)}".rstrip()
                )
            return 0
        if action == "cancel":
            item = outbox.cancel(args.item)
            print(f"item {item.id} #{item.request_ref}: cancelled")
            return 0
        if action == "delivered":
            item = outbox.mark_delivered(args.item)
            print(f"item {item.id} #{item.request_ref}: marked delivered")
            return 0
        with Sender(vault.store) as sender:
            if action == "retry":
                outbox.retry(args.item)
                result = sender.send_item(args.item)
                results = [result] if result is not None else []
            else:  # send
                outbox.resume_after_network()
                results = sender.flush()
        if not results:
            print("Nothing was due.")
        for result in results:
            _print_result(result)
        return 0


# ----- channels ------------------------------------------------------------------------------------
def _read_url(secrets) -> str:
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
    from coachdesk.commands.common import SecretInput, open_vault
    from coachdesk.outbox.channels import Channels

    action = args.channel_command
    secrets = SecretInput(args)
    url = None
    if action == "add":
        from coachdesk.outbox.urls import validate_url

        url = validate_url(args.kind, _read_url(secrets))  # refuse a bad URL before the slow unlock
    with open_vault(args, secrets) as vault:
        channels = Channels(vault.store)
        if action == "add":
            ch = channels.add(args.name, args.kind, url, prefer_keychain=not args.in_vault)
            where = "the system keychain" if ch.secret_store == "keychain" else "the encrypted vault"
            print(f"Channel {shown(repr(ch.name))} ({ch.kind.value}, {shown(ch.host)}) added; its URL is kept in {where}.")
            print(f"Try it: coachdesk channel test {shown(repr(ch.name))}")
            return 0
        if action == "list":
            rows = channels.list()
            if not rows:
                print("No channels yet (coachdesk channel add NAME --kind teams).")
            for ch in rows:
                print(f"{shown(ch.name)}\t{ch.kind.value}\t{shown(ch.host)}\tURL in {ch.secret_store}")
            return 0
        if action == "remove":
            channels.remove(args.name)
            print(f"Channel {shown(repr(args.name))} removed.")
            return 0
        from coachdesk.errors import CoachDeskError
        from coachdesk.outbox.policy import Outcome
        from coachdesk.outbox.sender import Sender

        with Sender(vault.store) as sender:
            result = sender.send_test(args.name, args.lang)
        if result.outcome is not Outcome.DELIVERED:
            raise CoachDeskError(f"The test message to {result.channel_name!r} failed: {result.detail}")
        extra = " (202: the flow accepted it; it appears when the flow has run)" if result.http_status == 202 else ""
        print(f"Test message delivered to {shown(repr(result.channel_name))}: HTTP {result.http_status}{extra}.")
        return 0


# ----- requests ------------------------------------------------------------------------------------
def cmd_request(args: argparse.Namespace) -> int:
    from coachdesk.errors import InvalidInput
    from coachdesk.outbox.payloads import Mention, Message, build_payload

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
    mentions = []
    for spec in args.mention:
        name, sep, ident = spec.partition("=")
        if not sep or not name.strip() or not ident.strip():
            raise InvalidInput(f"--mention takes NAME=ID, not {spec!r}.")
        ident = ident.strip()
        mentions.append(
            Mention(name.strip(), teams_upn=ident if args.kind == "teams" else "",
                    slack_id=ident if args.kind == "slack" else "")
        )
    payload = build_payload(args.kind, Message.from_text(text, tuple(mentions)))
    sys.stdout.buffer.write(payload + b"\n")
    sys.stdout.flush()
    return 0
