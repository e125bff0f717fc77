"""Writing many rows at once, on either backend.

Why apart: an import brings hundreds of thousands of rows, and per-row statements (or SQLAlchemy's
handling of each row's parameters) were most of its time. Rows that must wait within a
transaction before they go where they belong wait in a scratch table: a temporary table of the
transaction's own, shaped like the table they are bound for but with none of its indexes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, Table, column, table
from sqlalchemy.sql.expression import TableClause


def insert_many(conn: Connection, into: Table | TableClause, rows: list[dict]) -> None:
    """The rows (dicts with the same keys) in one go on the driver's cursor: COPY on PostgreSQL,
    where an executemany costs a round trip per row; SQLite's executemany as they are. Every value
    must already be a plain str, int, bool or None: no column type is asked to convert it."""
    if not rows:
        return
    names = list(rows[0])
    quote = conn.dialect.identifier_preparer.quote
    columns = ", ".join(map(quote, names))
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    if conn.dialect.name != "postgresql":
        cursor.executemany(
            f"INSERT INTO {quote(into.name)} ({columns}) VALUES ({', '.join(':' + n for n in names)})",  # noqa: S608 (quoted identifiers from the table's own columns; values are bound)
            rows,
        )
        return
    with cursor.copy(f"COPY {quote(into.name)} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row[n] for n in names])


def scratch(name: str, like: Table) -> TableClause:
    """The scratch table *name* with *like*'s columns, for statements; ``make_scratch`` makes it."""
    return table(name, *(column(c.name, c.type) for c in like.c))


def make_scratch(conn: Connection, scratch_table: TableClause, like: Table) -> None:
    """Make the scratch table in this connection, empty, if it is not there yet. Drop it before
    the transaction ends (``drop_scratch``): SQLite keeps a temporary table for the connection."""
    quote = conn.dialect.identifier_preparer.quote
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE IF NOT EXISTS {quote(scratch_table.name)} AS SELECT * FROM {quote(like.name)} WHERE 1 = 0"  # noqa: S608 (quoted identifiers from the table's own columns; values are bound)
    )


def drop_scratch(conn: Connection, scratch_table: TableClause) -> None:
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {conn.dialect.identifier_preparer.quote(scratch_table.name)}")


@contextmanager
def roomy_cache(conn: Connection, mib: int = 32) -> Iterator[None]:
    """A larger page cache for SQLite while many rows go in, the usual one after. Why: SQLite's
    2 MiB default spills every few hundred rows of an import to disk, and rows keyed by random ids
    touch every page of their indexes. PostgreSQL sizes its own buffers: nothing to do there."""
    if conn.dialect.name != "sqlite":
        yield
        return
    usual = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    assert usual is not None  # the pragma always answers with the current size
    conn.exec_driver_sql(f"PRAGMA cache_size = {-mib * 1024}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(usual)}")


def count_rows(engine: Engine) -> None:
    """Tell PostgreSQL's planner how many rows the bulk-written tables now hold (SQLite needs none).

    Why after every bulk write: before autovacuum looks, the planner guesses, and with a large
    batch newly in it took the look-ups of the next pushes and imports for scans of whole tables."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE record, record_history, client_key, source_id")
