"""Several server processes started at once on a fresh PostgreSQL database all come up.

Issue 16: each process migrates at start, and four of them on an empty database raced to
create `alembic_version` (and the feed counter's first row); one died with a UniqueViolation.
"""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
import pytest

from tests.server.harness import ThrowawayPostgres, postgres_reachable
from tests.server.processes import open_gate, run_cli, start_serve

pytestmark = pytest.mark.skipif(not postgres_reachable(), reason="no PostgreSQL server on 127.0.0.1:5432")

PROCESSES = 4
ROUNDS = 3  # a migration takes ~0.1 s, so one start-up race in four may miss it; three rounds rarely all do


def _counts(url: str) -> tuple[int, int]:
    with psycopg.connect(url) as conn:
        versions = conn.execute("SELECT count(*) FROM alembic_version").fetchone()
        counters = conn.execute("SELECT count(*) FROM feed_counter").fetchone()
    assert versions is not None and counters is not None  # count(*) always gives a row
    return versions[0], counters[0]


def _start_together(root: Path, url: str) -> None:
    gate = root / "go"
    root.mkdir()
    key = root / "deployment-signing-key.pem"
    assert run_cli("make-signing-key", str(key)).returncode == 0
    servers = [start_serve(root / f"host{n}", url, "--signing-key", str(key), gate=gate) for n in range(PROCESSES)]
    try:
        open_gate(gate, PROCESSES)
        deadline = time.time() + 120
        problems = {f"server {n}": why for n, s in enumerate(servers) if (why := s.wait_healthy(deadline))}
        assert not problems, problems
        assert all(s.proc.poll() is None for s in servers)
        assert _counts(url) == (1, 1)
    finally:
        for server in servers:
            server.stop()


@pytest.mark.slow
def test_four_servers_started_together_on_a_fresh_database_all_answer(tmp_path):
    for n in range(ROUNDS):
        with ThrowawayPostgres() as url:
            _start_together(tmp_path / f"round{n}", url)


def test_migrate_twice_changes_nothing_the_second_time(tmp_path):
    with ThrowawayPostgres() as url:
        for _ in range(2):
            done = run_cli("--data-dir", str(tmp_path), "--database-url", url, "migrate")
            assert done.returncode == 0, done.stderr
            assert "up to date" in done.stdout
        assert _counts(url) == (1, 1)
