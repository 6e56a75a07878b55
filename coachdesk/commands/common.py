"""Helpers shared by command handlers: data folder, passphrase input, opening the vault."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.errors import InvalidInput

if TYPE_CHECKING:
    from coachdesk.vault.vault import Vault


def data_dir(args: argparse.Namespace) -> Path:
    """The vault folder: ``--data-dir``, else COACHDESK_DATA_DIR or the platform default."""
    from coachdesk.paths import default_data_dir

    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


STDIN_LIMIT = 64 * 1024  # passphrases, recovery keys and webhook URLs are short


def read_stdin_text(limit: int = STDIN_LIMIT) -> str:
    """Standard input as UTF-8 text, at most ``limit`` bytes; anything else is one clear error."""
    raw = sys.stdin.buffer.read(limit + 1)
    if len(raw) > limit:
        raise InvalidInput(f"Standard input is longer than {limit // 1024} KB; nothing was changed.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InvalidInput("Standard input is not UTF-8 text; nothing was changed.") from err


def check_new_passphrase(passphrase: str, *, nothing: str = "nothing was changed") -> str:
    """A new passphrase: at least 8 characters, none of them a control character (one that cannot
    be typed at the lock screen would lock the coach out)."""
    if len(passphrase) < 8:
        raise InvalidInput(f"Choose a passphrase of at least 8 characters; {nothing}.")
    if any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in passphrase):
        raise InvalidInput(f"The passphrase holds control characters that cannot be typed; {nothing}.")
    return passphrase


class SecretInput:
    """Secrets from stdin lines (``--passphrase-stdin``) or from terminal prompts; never argv."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.from_stdin = bool(getattr(args, "passphrase_stdin", False))
        self._lines: list[str] | None = None

    def get(self, index: int, prompt: str, *, confirm: bool = False) -> str:
        """Secret number ``index``: that stdin line, or a hidden prompt (asked twice with ``confirm``)."""
        if self.from_stdin:
            if self._lines is None:
                self._lines = read_stdin_text().splitlines()
            if index >= len(self._lines):
                raise InvalidInput(f"Expected {index + 1} line(s) on standard input.")
            return self._lines[index]
        if not sys.stdin.isatty():
            raise InvalidInput("No terminal to ask for the passphrase: use --passphrase-stdin.")
        try:
            value = getpass.getpass(prompt)
            if confirm and getpass.getpass("Again: ") != value:
                raise InvalidInput("The two entries differ; nothing was changed.")
        except UnicodeDecodeError as err:
            raise InvalidInput("What was typed is not UTF-8 text; nothing was changed.") from err
        return value


def open_vault(args: argparse.Namespace, secrets: SecretInput | None = None) -> Vault:
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
