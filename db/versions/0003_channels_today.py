"""Channels as they are today: colleagues' Mattermost / Google Chat / Discord ids, channel options,
outbox items in ordered parts.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from alembic import op

from coachdesk.vault.sql_0003 import STATEMENTS

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("CoachDesk never downgrades a vault; restore a backup instead")
