"""Schema migrations with Alembic (imported only when one is due) and the version gate."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.errors import VaultTooNew
from coachdesk.paths import migrations_dir
from coachdesk.vault.schema import KNOWN_REVISIONS, SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection, Engine

log = logging.getLogger(__name__)


def current_revision(engine: Engine) -> str | None:
    """The vault's Alembic revision, or None for an empty (new) database."""
    from sqlalchemy import text

    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).first()
        if not has_table:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def needs_upgrade(revision: str | None) -> bool:
    """True when the vault is older than this code; refuses a vault from a newer CoachDesk."""
    if revision == SCHEMA_HEAD:
        return False
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise VaultTooNew(revision)
    return True


def alembic_config(connection: Connection) -> Config:
    """An Alembic configuration that migrates over ``connection`` (inside its transaction)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine) -> None:
    """Apply every pending migration in one transaction."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    log.info("vault schema upgraded to %s", SCHEMA_HEAD)


def head_of_scripts(path: Path | None = None) -> str | None:
    """The head revision of the migration scripts (used by tests to keep SCHEMA_HEAD honest)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(path or migrations_dir()))
    return ScriptDirectory.from_config(cfg).get_current_head()
