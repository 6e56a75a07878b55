"""Initial schema: cases, identifying details, notes, goals, measures, reflections, FTS5.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from alembic import op

from coachdesk.vault.sql_0001 import STATEMENTS

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("CoachDesk never downgrades a vault; restore a backup instead")
