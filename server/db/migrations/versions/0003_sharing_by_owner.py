"""sharing by the owner's release, and the feed's share ends

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 21:45:00.000000

A release of information shares only the records of the agency that recorded it, so a shared
client is now a (client, owner agency) pair. The old table said only "this client is shared" and
was filled from any full release, whoever pushed it; it is rebuilt here by the new rule (a full
release in force, recorded by its owner, never a victim service provider's). ``share_end`` holds
the feed entries that tell other agencies' devices to drop records when a share ends.
"""

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _in_force(body: dict, owner: str, today: str) -> bool:
    return (
        body.get("agency_id") == owner
        and body.get("granted") is True
        and body.get("scope") == "full"
        and (body.get("signed_date") or "9999") <= today
        and (body.get("expires_date") is None or body["expires_date"] > today)
        and (body.get("revoked_date") is None or body["revoked_date"] > today)
    )


def upgrade() -> None:
    op.drop_table("shared_client")
    shared = op.create_table(
        "shared_client",
        sa.Column("personal_id", sa.String(length=32), nullable=False),
        sa.Column("agency_id", sa.String(length=32), nullable=False),
        sa.Column("expires", sa.String(length=10), nullable=True),
        sa.PrimaryKeyConstraint("personal_id", "agency_id"),
    )
    op.create_index("shared_client_by_expiry", "shared_client", ["expires"])
    op.create_table(
        "share_end",
        sa.Column("feed_seq", sa.BigInteger(), nullable=False),
        sa.Column("personal_id", sa.String(length=32), nullable=False),
        sa.Column("agency_id", sa.String(length=32), nullable=False),
        sa.Column("at_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("feed_seq"),
    )
    conn = op.get_bind()
    today = datetime.now(UTC).date().isoformat()
    vsp = {row[0] for row in conn.execute(sa.text("SELECT id FROM agency WHERE victim_service_provider <> 0"))}
    latest: dict[tuple[str, str], str | None] = {}
    for personal_id, owner, text in conn.execute(
        sa.text("SELECT personal_id, agency_id, body FROM record WHERE kind = 'consent' AND date_deleted_ms IS NULL")
    ):
        body = json.loads(text)
        if owner in vsp or personal_id is None or not _in_force(body, owner, today):
            continue
        key = (personal_id, owner)
        expires = body.get("expires_date")
        if key not in latest:
            latest[key] = expires
        elif latest[key] is not None:
            latest[key] = None if expires is None else max(latest[key], expires)
    if latest:
        op.bulk_insert(shared, [{"personal_id": p, "agency_id": a, "expires": e} for (p, a), e in latest.items()])


def downgrade() -> None:
    op.drop_table("share_end")
    op.drop_index("shared_client_by_expiry", table_name="shared_client")
    op.drop_table("shared_client")
    op.create_table(
        "shared_client",
        sa.Column("personal_id", sa.String(length=32), nullable=False),
        sa.Column("expires", sa.String(length=10), nullable=True),
        sa.PrimaryKeyConstraint("personal_id"),
    )
