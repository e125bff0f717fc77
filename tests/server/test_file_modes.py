"""Issue 15: the SQLite database holds names and SSNs, so its file and its WAL are the service
account's alone (0600), whatever the process's umask, and an older 0644 file is tightened."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from server.db.engine import make_engine

PRIVATE = 0o600


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _write(engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS t (v TEXT)"))
        conn.execute(text("INSERT INTO t VALUES ('x')"))


def test_a_new_database_and_its_wal_are_private_whatever_the_umask(tmp_path):
    path = tmp_path / "hmis.db"
    old = os.umask(0o022)  # the usual umask, which makes 0644 files
    try:
        engine = make_engine(f"sqlite:///{path}")
        _write(engine)
        with engine.connect() as conn:  # held open: the WAL and its index stay on disk
            conn.execute(text("SELECT count(*) FROM t")).scalar()
            made = [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]
            assert Path(f"{path}-wal") in made
            assert {p.name: _mode(p) for p in made} == {p.name: PRIVATE for p in made}
        engine.dispose()
    finally:
        os.umask(old)


def test_an_older_readable_database_is_tightened_at_start(tmp_path):
    path = tmp_path / "hmis.db"
    engine = make_engine(f"sqlite:///{path}")
    _write(engine)
    engine.dispose()
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if p.exists():
            p.chmod(0o644)
    engine = make_engine(f"sqlite:///{path}")
    _write(engine)
    assert _mode(path) == PRIVATE
    assert all(_mode(p) == PRIVATE for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())
    engine.dispose()


def test_the_running_service_keeps_its_files_private(live):
    settings = live.ctx.settings
    if settings.database_url:
        pytest.skip("PostgreSQL keeps its own files (docs/admin.md: encryption at rest)")
    files = sorted(settings.data_dir.glob("hmis.db*"))
    assert files and all(_mode(p) == PRIVATE for p in files), {p.name: oct(_mode(p)) for p in files}
