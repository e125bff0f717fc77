"""Alembic environment: run against the connection the service hands in (see server.db.migrate)."""

from __future__ import annotations

from alembic import context

from server.db.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("run migrations through `hmis-server migrate`")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
