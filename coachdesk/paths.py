"""Where CoachDesk keeps its files: data dir, logs, bundled resources and migrations."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "CoachDesk"
DATA_DIR_ENV = "COACHDESK_DATA_DIR"


def default_data_dir() -> Path:
    """The per-user data folder (platformdirs), unless COACHDESK_DATA_DIR overrides it."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resource_root() -> Path:
    """The folder holding ``resources/`` and ``db/``: the checkout, or the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The bundled resources (fonts, translations, lexicons)."""
    return resource_root() / "resources"


def migrations_dir() -> Path:
    """The Alembic migration scripts."""
    return resource_root() / "db"


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) owner-only (0700) and return it."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path
