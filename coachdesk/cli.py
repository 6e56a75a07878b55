"""The ``coachdesk`` command line. Start-up stays lean: every handler is imported lazily.

Exit codes: 0 ok, 1 a user-facing error (one line on stderr), 2 usage.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, NoReturn, cast

from coachdesk import __version__

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence

# command name -> "module:function"; each function takes the parsed args and returns an exit code.
# The commands that need the windowed app (``self-test``) and the app itself are plugged in by
# coachdesk/launch.py: this module never imports the UI package (tests/architecture/test_cli_layers.py).
HANDLERS: dict[str, str] = {
    "init": "coachdesk.commands.vault_cmds:cmd_init",
    "demo": "coachdesk.commands.vault_cmds:cmd_demo",
    "import": "coachdesk.commands.vault_cmds:cmd_import",
    "cases": "coachdesk.commands.vault_cmds:cmd_cases",
    "export": "coachdesk.commands.vault_cmds:cmd_export",
    "check": "coachdesk.commands.vault_cmds:cmd_check",
    "passwd": "coachdesk.commands.vault_cmds:cmd_passwd",
    "recover": "coachdesk.commands.vault_cmds:cmd_recover",
    "scrub": "coachdesk.privacy.cli:run_scrub",
    "summary": "coachdesk.commands.summary_cmd:cmd_summary",
    "backup": "coachdesk.commands.safety_cmds:cmd_backup",
    "restore": "coachdesk.commands.safety_cmds:cmd_restore",
    "retention": "coachdesk.commands.safety_cmds:cmd_retention",
    "outbox": "coachdesk.commands.outbox_cmds:cmd_outbox",
    "channel": "coachdesk.commands.outbox_cmds:cmd_channel",
    "request": "coachdesk.commands.outbox_cmds:cmd_request",
    "colleague": "coachdesk.commands.outbox_cmds:cmd_colleague",
    "team": "coachdesk.commands.team_cmds:cmd_team",
    "replies": "coachdesk.commands.replies_cmds:cmd_replies",
    "vocabulary": "coachdesk.commands.vocabulary_cmds:cmd_vocabulary",
}


def _add_old_backups_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--old-backups", choices=("ask", "keep", "reencrypt", "delete"), default="ask",
        help="backups in the data folder made with the old key still open with the old passphrase: "
        "re-encrypt them with the new key, delete them or keep them (default: ask; kept without a terminal)",
    )


def _add_passphrase_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from the first line of standard input (never from the command line)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole ``coachdesk`` argument parser (argparse imported only here)."""
    import argparse  # not needed when the app starts (_gui_only_args)

    class Parser(argparse.ArgumentParser):
        """A usage error is one line too (what is wrong, and where the help is); exit 2."""

        def error(self, message: str) -> NoReturn:
            from coachdesk.textsafe import shown

            self.exit(2, f"{self.prog}: error: {shown(message)} (see '{self.prog} --help')\n")

    parser = Parser(
        prog="coachdesk",
        description="CoachDesk: the private, encrypted desk of a work-ability coach. "
        "Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"CoachDesk {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="the vault folder (env COACHDESK_DATA_DIR; default: the per-user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create a new vault and print its recovery key once")
    _add_passphrase_opt(p)

    p = sub.add_parser("demo", help="create a demo vault with synthetic cases and print its passphrase")
    p.add_argument("--force", action="store_true",
                   help="replace an existing DEMO vault in the folder (any other vault, or one in use, is refused)")

    p = sub.add_parser("import", help="import .txt/.md files as session notes of a case (regular files, 10 MB each; "
                       "folders, pipes, devices and links leading outside their folder are refused)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--case", required=True, metavar="CODE", help="case code (created if needed)")
    _add_passphrase_opt(p)

    p = sub.add_parser("cases", help="list cases")
    _add_passphrase_opt(p)

    p = sub.add_parser("export", help="full private export of one case or all cases")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--case", metavar="CODE")
    group.add_argument("--all", action="store_true")
    p.add_argument("--format", choices=("md", "json"), default="md")
    p.add_argument("--out", type=Path, metavar="FILE",
                   help="write here (owner-only) instead of stdout; never a file of the vault")
    _add_passphrase_opt(p)

    p = sub.add_parser("check", help="integrity checks (SQLCipher, SQLite, full-text index)")
    _add_passphrase_opt(p)

    p = sub.add_parser("passwd", help="change the passphrase (old on stdin line 1, new on line 2); "
                       "re-encrypts the vault with a new data key")
    _add_old_backups_opt(p)
    _add_passphrase_opt(p)

    p = sub.add_parser("recover", help="set a new passphrase with the recovery key; re-encrypts the vault")
    _add_old_backups_opt(p)
    _add_passphrase_opt(p)

    p = sub.add_parser("backup", help="write an encrypted backup (opens with passphrase or recovery key)")
    p.add_argument("out", type=Path, metavar="OUT", help="the backup file; outside the vault folder")
    _add_passphrase_opt(p)

    p = sub.add_parser("restore", help="verify a backup, then restore it into the data folder")
    p.add_argument("backup", type=Path, metavar="BACKUP")
    p.add_argument("--replace", action="store_true", help="replace the vault there (kept aside, not deleted)")
    p.add_argument("--recovery-key", action="store_true", help="verify with the recovery key instead")
    _add_passphrase_opt(p)

    p = sub.add_parser("retention", help="closed cases by age; set the period; delete due cases for good")
    p.add_argument("--months", type=int, default=None, help="set the retention period (default 12)")
    p.add_argument("--purge", nargs="+", metavar="CODE", help="delete these closed cases for good")
    _add_passphrase_opt(p)

    p = sub.add_parser("scrub", help="replace identifying details in text (fi, sv, en)")
    p.add_argument("file", nargs="?", type=Path, metavar="FILE", help="input file (default: stdin)")
    p.add_argument("--lang", choices=("fi", "sv", "en"), default=None)
    p.add_argument("--terms", type=Path, metavar="FILE",
                   help="identifying details, one per line; 'VALUE<TAB>KIND' keeps its category "
                        "(KIND: name, relative, place, employer, other)")
    p.add_argument("--keep-terms", type=Path, metavar="FILE",
                   help="professional words and phrases never scrubbed, one per line, # comments (added to the "
                        "shipped list; checked like 'vocabulary add': a refused line stops the command)")
    p.add_argument("--colleagues", type=Path, metavar="FILE", help="colleague names, one per line: found as names")
    p.add_argument("--format", choices=("text", "json", "jsonl"), default="text",
                   help="json/jsonl give findings, warnings and questions; a jsonl record may carry "
                        "\"decided\": {\"word\": true|false}, the coach's answers (true: hide)")
    p.add_argument("--explain", action="store_true",
                   help="also print why: for each finding and near-miss the rules that fired, their weights "
                        "and the score (text: after the scrubbed text; json/jsonl: an \"explain\" list); stdout only")

    p = sub.add_parser("self-test", help="open the GUI on a temporary demo vault and walk every screen")
    p.add_argument("--screenshots", type=Path, metavar="DIR", help="save a PNG of each screen here")
    p.add_argument("--lang", choices=("fi", "en", "sv"), default=None, help="user interface language")

    p = sub.add_parser("summary", help="a printable case summary as PDF (the case's listed identifying details are replaced in every mode)")
    p.add_argument("case", metavar="CASE", help="case code, e.g. K-2026-014")
    p.add_argument("--pdf", required=True, type=Path, metavar="OUT", help="write the PDF here (owner-only; never a file of the vault)")
    p.add_argument("--mode", choices=("private", "scrubbed", "brief"), default="private",
                   help="private: for me; scrubbed: handover/supervision; brief: one page for the group session")
    p.add_argument("--lang", choices=("fi", "sv", "en"), default="fi", help="language of the printed text")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="notes from this date (27.11.2026)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="notes up to this date")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument("--reflections", action="store_true", help="include reflections (off by default)")
    p.add_argument("--requests", action="store_true", help="include questions to colleagues and answers")
    _add_passphrase_opt(p)

    from coachdesk.commands.outbox_cmds import add_outbox_parsers  # argparse only (cheap)

    add_outbox_parsers(sub, _add_passphrase_opt)
    from coachdesk.commands.team_cmds import add_team_parsers  # argparse only (cheap)

    add_team_parsers(sub, _add_passphrase_opt)
    from coachdesk.commands.replies_cmds import add_replies_parsers  # argparse only (cheap)

    add_replies_parsers(sub, _add_passphrase_opt)
    from coachdesk.commands.vocabulary_cmds import add_vocabulary_parsers  # argparse only (cheap)

    add_vocabulary_parsers(sub, _add_passphrase_opt)
    return parser


def _resolve(spec: str) -> Callable[[argparse.Namespace], int]:
    import importlib

    module_name, func_name = spec.split(":")
    return getattr(importlib.import_module(module_name), func_name)


def _gui_only_args(argv: Sequence[str]) -> argparse.Namespace | SimpleNamespace | None:
    """The arguments when they only start the GUI (nothing, or ``--data-dir DIR``), else None.

    The app's start-up skips building the whole command-line parser (about 20 ms)."""
    data_dir: Path | None = None
    items = list(argv)
    while items:
        item = items.pop(0)
        if item == "--data-dir" and items:
            data_dir = Path(items.pop(0))
        elif item.startswith("--data-dir=") and len(item) > len("--data-dir="):
            data_dir = Path(item.split("=", 1)[1])
        else:
            return None
    return SimpleNamespace(command=None, data_dir=data_dir)


def main(
    argv: Sequence[str] | None = None,
    *,
    gui: Callable[[argparse.Namespace | SimpleNamespace], int] | None = None,
    ui_handlers: dict[str, str] | None = None,
) -> int:
    """Run the command line; returns the process exit code. ``gui`` starts the app when no command
    is given and ``ui_handlers`` are the commands that need it (both from coachdesk/launch.py)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _gui_only_args(argv) or build_parser().parse_args(argv)
    from coachdesk.errors import CoachDeskError, InvalidInput
    from coachdesk.hygiene import harden_process

    harden_process()

    try:
        spec = HANDLERS.get(args.command or "") or (ui_handlers or {}).get(args.command or "")
        if spec is None:
            if args.command is None and gui is not None:
                return gui(args)
            what = f"'{args.command}'" if args.command else "The desktop app"
            raise InvalidInput(f"{what} needs the windowed app: start it with the coachdesk program.")
        handler = _resolve(spec)
        return int(handler(cast("argparse.Namespace", args)) or 0)  # a command: the parser's arguments
    except CoachDeskError as err:
        _error_line(str(err))
        return 1
    except BrokenPipeError:
        return 1
    except OSError as err:  # the system refused (permissions, full disk, I/O): one line, no traceback
        import errno

        if err.errno == errno.ENOSPC:
            from coachdesk.errors import DiskFull

            _error_line(str(DiskFull()))
        else:
            where = f"{err.filename}: " if err.filename else ""
            _error_line(f"{where}{err.strerror or type(err).__name__}; the command stopped.")
        return 1
    except KeyboardInterrupt:
        print("coachdesk: interrupted", file=sys.stderr)
        return 1
    except Exception as err:  # SQLite refusing the disk (full, read-only, I/O): one line; anything else is a bug
        message = _sqlite_refusal(err)
        if message is None:
            raise
        _error_line(message)
        return 1


def _sqlite_refusal(err: BaseException) -> str | None:
    """The one line for a SQLite error that comes from the disk, not from the code; else None."""
    module = type(getattr(err, "orig", err)).__module__
    if not module.startswith(("sqlite3", "sqlcipher3", "sqlalchemy")):
        return None
    from coachdesk.errors import DiskFull
    from coachdesk.vault.engine import SQLITE_FULL, sqlite_errorcode

    code = sqlite_errorcode(err)
    text = str(getattr(err, "orig", err)).lower()  # sqlcipher_export() reports a full disk as SQLITE_ERROR
    if "disk is full" in text:
        code = SQLITE_FULL
    elif "readonly database" in text:
        code = 8
    elif "unable to open database" in text:
        code = 14
    if code == SQLITE_FULL:
        return str(DiskFull())
    texts = {8: "the vault's files are read-only", 10: "a disk input/output error", 14: "a vault file cannot be opened",
             3: "no permission to the vault's files", 23: "no permission to the vault's files"}
    if code in texts:
        return f"SQLite stopped: {texts[code]}; nothing more was changed."
    return None


def _error_line(message: str) -> None:
    """One line on stderr: whatever a message holds (a file name, a server's words) cannot add a
    line or drive the terminal."""
    from coachdesk.textsafe import shown

    print(f"coachdesk: {shown(message)}", file=sys.stderr)


