"""record.feed_seq indexed once

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 03:30:00.000000

The unique constraint on record.feed_seq is already an index; ``record_feed`` was a second one on
the same column, kept up on every write for nothing (without it, moving the LSA sample's 254,542
imported records into the table takes a tenth less time on SQLite).
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("record_feed", table_name="record")


def downgrade() -> None:
    op.create_index("record_feed", "record", ["feed_seq"], unique=False)
