"""Cheap looks at a vault folder before anything heavy is imported (the lock screen uses them)."""

from __future__ import annotations

import json
from pathlib import Path

DB_NAME = "vault.db"
HEADER_NAME = "vault.header.json"


def is_demo_vault(data_dir: Path) -> bool:
    """True for a demo vault (synthetic cases; its passphrase may be shown). False when unknown.

    Only a hint for the lock screen: the header is not verified here (opening the vault does that)."""
    try:
        doc = json.loads((Path(data_dir) / HEADER_NAME).read_bytes())
    except (OSError, ValueError):
        return False
    extra = doc.get("extra") if isinstance(doc, dict) else None
    return bool(isinstance(extra, dict) and extra.get("demo"))


def vault_exists(data_dir: Path) -> bool:
    """A vault (or what is left of one) is in ``data_dir``."""
    folder = Path(data_dir)
    return (folder / HEADER_NAME).exists() or (folder / DB_NAME).exists()
