"""project descriptor rows and the ids another system gave

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 16:40:00.000000

An import used to keep one ProjectCoC row per project and drop Funder, Inventory, Affiliation,
HMISParticipation, CEParticipation and User.csv, and it replaced another system's ids by ours.
``descriptor`` keeps each of those rows whole; ``source_id`` keeps the ids it came with, so an
export gives both back.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "descriptor",
        sa.Column("file", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("project_id", sa.String(length=32), nullable=True),
        sa.Column("organization_id", sa.String(length=32), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_ms", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("file", "id"),
    )
    op.create_index("ix_descriptor_project_id", "descriptor", ["project_id"])
    op.create_table(
        "source_id",
        sa.Column("namespace", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("namespace", "id"),
    )


def downgrade() -> None:
    op.drop_table("source_id")
    op.drop_index("ix_descriptor_project_id", table_name="descriptor")
    op.drop_table("descriptor")
