"""``coachdesk team export|import``: the team setup file (channels with their webhook URLs and
sign-in settings, the colleague directory), encrypted with a passphrase shared out of band.

Passphrases never come from the command line: a terminal prompt, or stdin lines with
``--passphrase-stdin`` (line 1 the vault passphrase, line 2 the team file passphrase).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coachdesk.textsafe import shown


def add_team_parsers(sub: argparse._SubParsersAction[Any], add_passphrase_opt: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add the ``team export|import`` subcommands to the main parser."""
    p = sub.add_parser("team", help="share channels and the colleague directory with the team in one encrypted file")
    tsub = p.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    q = tsub.add_parser("export", help="write the team setup file (webhook URLs included; asks for a new passphrase)")
    q.add_argument("--out", required=True, type=Path, metavar="FILE", help="the file to write (never overwritten)")
    add_passphrase_opt(q)
    q = tsub.add_parser("import", help="show what a team setup file adds, then add it (nothing is replaced)")
    q.add_argument("file", type=Path, metavar="FILE")
    q.add_argument("--dry-run", action="store_true", help="only show what would be added")
    q.add_argument("--yes", action="store_true", help="add without asking (for scripts)")
    add_passphrase_opt(q)


def _read(path: Path) -> bytes:
    from coachdesk.errors import InvalidInput
    from coachdesk.outbox.teamfile import MAX_FILE_BYTES

    try:
        with path.open("rb") as file:  # bounded: a device or pipe (/dev/zero) reports size 0
            data = file.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise InvalidInput("The file is too large to be a team setup file; nothing was imported.")
        return data
    except FileNotFoundError as err:
        raise InvalidInput(f"No such file: {path}") from err
    except IsADirectoryError as err:
        raise InvalidInput(f"{path} is a folder, not a team setup file.") from err
    except PermissionError as err:
        raise InvalidInput(f"The file {path} cannot be read (permission denied).") from err


def cmd_team(args: argparse.Namespace) -> int:
    """``coachdesk team export|import``: the encrypted team setup file."""
    from coachdesk.commands.common import SecretInput, open_vault
    from coachdesk.errors import InvalidInput
    from coachdesk.outbox import teamfile

    secrets = SecretInput(args)
    if args.team_command == "export":
        out = Path(args.out).expanduser()
        if out.exists():
            raise InvalidInput(f"{out} exists already; choose a new file name (nothing was written).")
        if not out.parent.is_dir():
            raise InvalidInput(f"No such folder: {out.parent}")
        with open_vault(args, secrets) as vault:
            passphrase = secrets.get(1, "Passphrase for the team file (share it by phone or in person): ", confirm=True)
            teamfile.check_new_passphrase(passphrase)
            data = teamfile.export_team(vault.store, passphrase)
        if out.exists():
            raise InvalidInput(f"{out} appeared meanwhile; nothing was written.")
        from coachdesk.fileio import write_private_atomic

        write_private_atomic(out, data)
        print(f"Team setup file written to {out} (owner-only). It holds the webhook addresses: send the file "
              "and its passphrase by different routes.")
        return 0

    data = _read(Path(args.file).expanduser())
    teamfile.read_envelope(data)  # a clear "not a team file" before any passphrase is asked
    with open_vault(args, secrets) as vault:
        setup = teamfile.open_team_file(data, secrets.get(1, "Passphrase of the team file: "))
        plan = teamfile.plan_import(vault.store, setup)
        for line in plan.lines():
            print(shown(line))
        if args.dry_run or plan.empty:
            if args.dry_run:
                print("Dry run: nothing was saved.")
            return 0
        if not args.yes:
            if secrets.from_stdin or not sys.stdin.isatty():
                raise InvalidInput("Add --yes to import without a question (or --dry-run to only look); nothing was saved.")
            if input("Add these? [y/N] ").strip().lower() not in ("y", "yes", "k", "kyllä"):
                print("Nothing was saved.")
                return 0
        done = teamfile.apply_import(vault.store, setup, plan)
        print(f"Added {len(done.channels_new)} channel(s) and {len(done.colleagues_new)} colleague(s).")
        if any(c.entra for c in done.channels_new):
            print("Channels marked 'sign-in' need: coachdesk channel signin NAME")
        return 0
