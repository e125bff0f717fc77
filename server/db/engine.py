"""One engine factory and the schema upgrade, for SQLite and PostgreSQL alike.

Why: one code path for both; SQLite gets the settings that make it safe for a small
deployment (WAL, foreign keys, a busy timeout instead of instant 'database is locked').
"""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.dialects import postgresql, sqlite

from server.db.schema import feed_counter

# Any fixed 64-bit number will do, as long as every process of every version uses the same one:
# "HMIS" in ASCII, then 16 for the issue that asked for it.
MIGRATION_LOCK = 0x484D4953_0016


def _private_file(url: str) -> None:
    """Create the SQLite file 0600 before SQLite opens it, and tighten an older one.

    Why: it holds names, SSNs and health answers. SQLite gives its -wal and -shm files the
    database file's own mode, so making this one private makes them private too."""
    name = make_url(url).database
    if not name or name == ":memory:" or name.startswith("file:"):
        return
    path = Path(name)
    os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
    for each in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if each.exists():
            os.chmod(each, 0o600)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        _private_file(url)
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, pool_size=20, max_overflow=30
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.execute("PRAGMA busy_timeout = 30000")
            cur.close()
            dbapi_conn.isolation_level = None  # let SQLAlchemy's BEGIN below take charge

        @event.listens_for(engine, "begin")
        def _begin(conn) -> None:
            # Writers queue for the lock up front instead of failing mid-way; readers (see
            # ``reader``) start a plain transaction and never wait for a writer in WAL mode.
            deferred = conn.get_execution_options().get(READ_ONLY, False)
            conn.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_size=20, max_overflow=30, pool_pre_ping=True)


READ_ONLY = "hmis_read_only"


def reader(engine: Engine) -> Engine:
    """The same engine and pool, for transactions that only read."""
    return engine.execution_options(**{READ_ONLY: True})


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("server.db") / "migrations"))
    return config


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision, once, however many processes start together.

    Why the lock: every server process calls this at start. On PostgreSQL a transaction-level
    advisory lock makes concurrent starts take turns (the first migrates, the rest find the schema
    at head); SQLite's BEGIN IMMEDIATE (see ``make_engine``) already lets one writer in at a time.
    """
    config = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        _first_rows(conn)


@functools.cache
def _heads() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def at_head(conn: Connection) -> bool:
    """Whether the database's schema is the newest revision this code knows."""
    from alembic.runtime.migration import MigrationContext

    return set(MigrationContext.configure(conn).get_current_heads()) == _heads()


def _first_rows(conn: Connection) -> None:
    """The rows a fresh database needs, inserted so that a second start changes nothing."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(feed_counter).values(id=1, value=0).on_conflict_do_nothing(index_elements=["id"]))
