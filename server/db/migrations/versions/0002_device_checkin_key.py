"""device check-in key

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 10:00:00.000000

A nullable column, so devices enrolled before it keep working (no check-in key). Plain
ALTER TABLE on both databases, never a batch copy of the table: on SQLite a copy would drop
``device``, which session and wipe rows refer to.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("device", sa.Column("checkin_key", sa.LargeBinary(length=32), nullable=True))


def downgrade() -> None:
    op.drop_column("device", "checkin_key")
