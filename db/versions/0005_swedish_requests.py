"""Requests in Swedish: help_requests.lang accepts 'sv' (the CHECK from 0002 grows; no row changes).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from alembic import op

from coachdesk.vault.sql_0005 import upgrade as grow_language_check

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    grow_language_check(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("CoachDesk never downgrades a vault; restore a backup instead")
