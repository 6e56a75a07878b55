"""Ask a colleague: channels, colleagues, help requests, durable outbox, audit log, follow-ups.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from alembic import op

from coachdesk.vault.sql_0002 import STATEMENTS

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("CoachDesk never downgrades a vault; restore a backup instead")
