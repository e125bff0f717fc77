"""refresh tokens in families: a replaced one used again ends every token of its sign-in

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08 00:20:00.000000

``family`` names the sign-in a token descends from, so all of them can be ended at once;
``successor_hash`` marks a used refresh token with the one that replaced it. Sessions from
before this revision have neither: each is its own family until its next refresh.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("session") as batch:
        batch.add_column(sa.Column("family", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("successor_hash", sa.String(length=64), nullable=True))
    op.create_index("session_by_family", "session", ["family"])


def downgrade() -> None:
    op.drop_index("session_by_family", table_name="session")
    with op.batch_alter_table("session") as batch:
        batch.drop_column("successor_hash")
        batch.drop_column("family")
