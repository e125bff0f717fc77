"""the change feed numbered without one row every write waits for; new clients queued for matching

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 14:00:00.000000

On PostgreSQL the feed's numbers come from the ``feed_number`` sequence, taken after each write
commits (server.services.feed), instead of from the ``feed_counter`` row that every writing
transaction locked until its commit; it starts where the counter stood. SQLite keeps the counter.
``client_unmatched`` holds each new client until the duplicate search, which runs after its push
commits, has looked at it: a process that dies in between leaves it for the next one.
``conflict_by_record`` serves the look-up a push makes for a field's open conflict.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        start = op.get_bind().execute(sa.text("SELECT coalesce(max(value), 0) FROM feed_counter")).scalar_one()
        op.execute(f"CREATE SEQUENCE feed_number START WITH {int(start) + 1}")
    op.create_table(
        "client_unmatched",
        sa.Column("client_id", sa.String(length=32), nullable=False),
        sa.Column("agency_id", sa.String(length=32), nullable=False),
        sa.Column("queued_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("client_id"),
    )
    op.create_index("conflict_by_record", "conflict", ["record_id", "field"], unique=False)


def downgrade() -> None:
    op.drop_index("conflict_by_record", table_name="conflict")
    op.drop_table("client_unmatched")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("UPDATE feed_counter SET value = (SELECT last_value FROM feed_number)")
        op.execute("DROP SEQUENCE feed_number")
