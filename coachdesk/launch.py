"""The program's entry points (``coachdesk``, ``coachdesk-gui``, ``python -m coachdesk``, the bundle's
launch scripts): the command line of :mod:`coachdesk.cli` with the windowed app plugged in.

The command line itself never imports the UI package (``tests/architecture/test_cli_layers.py``); only this
module names it: the app when no command is given, and the ``self-test`` command, which walks the
app's screens.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from coachdesk import cli

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

# commands that need the UI package: command name -> "module:function" (as cli.HANDLERS)
UI_HANDLERS: dict[str, str] = {
    "self-test": "coachdesk.app.selftest:cmd_self_test",
}


def run_gui(args: argparse.Namespace | SimpleNamespace) -> int:
    """Start the windowed app on ``args.data_dir`` (None: the default folder)."""
    from coachdesk.app.main import run_app

    return run_app(data_dir=args.data_dir)


def main(argv: Sequence[str] | None = None) -> int:
    """The command line with the app: no command starts it; returns the process exit code."""
    return cli.main(argv, gui=run_gui, ui_handlers=UI_HANDLERS)


def main_gui() -> int:
    """Entry point of the windowed app (no console)."""
    return main([])
