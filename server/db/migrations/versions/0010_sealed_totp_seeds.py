"""TOTP seeds sealed at rest, and sent to each device only until it says it holds them

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-09 10:00:00.000000

``totp_secret`` widens to hold a sealed seed (server.services.seed_seal). The seeds themselves are
sealed by the server at its next start (server.services.sealed_seeds), not here: their key comes
from the signing key file, which a migration does not read. ``seed_generation`` counts a user's
seeds (a Reset MFA makes a new one); ``totp_seed_delivery`` says, per user and device, which seed
was sent there and when the device confirmed it holds it.

Downgrade leaves sealed seeds sealed (and, on PostgreSQL, the column wide enough for them): a
migration has no key to open them. A server from before 0010 cannot use them, so no one signs in
there; upgrading again brings them back. To go back for real, restore the backup taken before.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

SEALED_WIDTH = 160


def _on_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    with op.batch_alter_table("hmis_user") as batch:
        # SQLite keeps text of any length in a VARCHAR, and widening there would mean rebuilding
        # the table, which its foreign keys refuse inside the migration's transaction.
        if not _on_sqlite():
            batch.alter_column(
                "totp_secret",
                existing_type=sa.String(length=64),
                type_=sa.String(length=SEALED_WIDTH),
                existing_nullable=False,
            )
        batch.add_column(sa.Column("seed_generation", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "totp_seed_delivery",
        sa.Column("user_id", sa.String(length=32), sa.ForeignKey("hmis_user.id"), nullable=False),
        sa.Column("device_id", sa.String(length=32), sa.ForeignKey("device.id"), nullable=False),
        sa.Column("seed_generation", sa.Integer(), nullable=False),
        sa.Column("sent_ms", sa.BigInteger(), nullable=False),
        sa.Column("confirmed_ms", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("user_id", "device_id"),
    )


def downgrade() -> None:
    op.drop_table("totp_seed_delivery")
    if _on_sqlite():  # in place (SQLite 3.35 and later): a rebuild is refused, as above
        op.execute("ALTER TABLE hmis_user DROP COLUMN seed_generation")
        return
    sealed = op.get_bind().execute(sa.text("SELECT count(*) FROM hmis_user WHERE totp_secret LIKE 's1.%'")).scalar()
    with op.batch_alter_table("hmis_user") as batch:
        batch.drop_column("seed_generation")
        if not sealed:
            batch.alter_column(
                "totp_secret",
                existing_type=sa.String(length=SEALED_WIDTH),
                type_=sa.String(length=64),
                existing_nullable=False,
            )
