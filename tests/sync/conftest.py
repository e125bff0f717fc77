"""A real central service on a loopback port for the sync tests (SQLite, and PostgreSQL where reachable)."""

from __future__ import annotations

from tests.server.conftest import live, world  # noqa: F401  (the same servers as the server tests)
