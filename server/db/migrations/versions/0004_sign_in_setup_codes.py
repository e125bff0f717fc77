"""one-time authenticator set-up codes, and a sign-in throttle for unknown usernames

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 03:30:00.000000

An authenticator's secret is handed out once, to whoever brings the one-time set-up code a
Security Coordinator issued, never again from a password alone. Users who had not confirmed an
authenticator before this revision have no set-up code: their Security Coordinator resets their
authenticator to give them one. ``sign_in_throttle`` counts failures for usernames that do not
exist, so a lockout answers the same whether or not the account is real.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hmis_user") as batch:
        batch.add_column(sa.Column("setup_code_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("setup_code_expires_ms", sa.BigInteger(), nullable=True))
    op.create_table(
        "sign_in_throttle",
        sa.Column("name_hash", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name_hash"),
    )


def downgrade() -> None:
    op.drop_table("sign_in_throttle")
    with op.batch_alter_table("hmis_user") as batch:
        batch.drop_column("setup_code_expires_ms")
        batch.drop_column("setup_code_hash")
