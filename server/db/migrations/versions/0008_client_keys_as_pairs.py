"""the duplicate search's keys made pairs of facts, so a push's search follows the batch

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 17:00:00.000000

Each ``client_key`` row was one fact (a name's sound, the birth date, the SSN's last four), and a
search counted everyone sharing any of them: thousands for a common first name. Rows are now pairs
of facts from two parts of the client (server.services.client_keys), rebuilt here from the stored
bodies. Downgrade empties the table: the old keys are not rebuilt, and a downgraded server finds
no candidates for existing clients until their next edit.
"""

import json

import sqlalchemy as sa
from alembic import op

from server.services.client_keys import client_keys

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_CHUNK = 5000


def upgrade() -> None:
    conn = op.get_bind()
    conn.execute(sa.text("DELETE FROM client_key"))
    after = ""
    page = sa.text(
        "SELECT id, body FROM record WHERE kind = 'client' AND date_deleted_ms IS NULL AND id > :after"
        " ORDER BY id LIMIT :n"
    )
    while batch := conn.execute(page, {"after": after, "n": _CHUNK}).all():
        keys = [{"key": k, "client_id": row.id} for row in batch for k in sorted(client_keys(json.loads(row.body)))]
        if keys:
            conn.execute(sa.text("INSERT INTO client_key (key, client_id) VALUES (:key, :client_id)"), keys)
        after = batch[-1].id


def downgrade() -> None:
    op.execute("DELETE FROM client_key")
