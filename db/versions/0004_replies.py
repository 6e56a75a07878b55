"""Replies come back: the message id of a two-way post, its thread state, the replies table.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from alembic import op

from coachdesk.vault.sql_0004 import STATEMENTS

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("CoachDesk never downgrades a vault; restore a backup instead")
