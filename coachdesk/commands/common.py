"""Helpers shared by command handlers: data folder, passphrase input, opening the vault."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from coachdesk.errors import InvalidInput


def data_dir(args: argparse.Namespace) -> Path:
    from coachdesk.paths import default_data_dir

    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


class SecretInput:
    """Secrets from stdin lines (``--passphrase-stdin``) or from terminal prompts; never argv."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.from_stdin = bool(getattr(args, "passphrase_stdin", False))
        self._lines: list[str] | None = None

    def get(self, index: int, prompt: str, *, confirm: bool = False) -> str:
        if self.from_stdin:
            if self._lines is None:
                self._lines = sys.stdin.read().splitlines()
            if index >= len(self._lines):
                raise InvalidInput(f"Expected {index + 1} line(s) on standard input.")
            return self._lines[index]
        if not sys.stdin.isatty():
            raise InvalidInput("No terminal to ask for the passphrase: use --passphrase-stdin.")
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Again: ") != value:
            raise InvalidInput("The two entries differ; nothing was changed.")
        return value


def open_vault(args: argparse.Namespace, secrets: SecretInput | None = None):
    """Open the vault named by the arguments with the passphrase (first secret line)."""
    from coachdesk.logs import setup_logging
    from coachdesk.vault.vault import Vault, read_header

    folder = data_dir(args)
    read_header(folder)  # clear "no vault" / "damaged" errors before asking for anything
    secrets = secrets or SecretInput(args)
    passphrase = secrets.get(0, "Passphrase: ")
    vault = Vault.open(folder, passphrase)
    setup_logging(folder)  # errors only from here; no line per unlock (a diary of working hours)
    return vault
