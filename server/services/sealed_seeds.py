"""Every TOTP seed in the user table sealed under the current key: at each start, and at a key change.

Why at start: a database from before revision 0010 holds seeds as they are, and only the server
has the key to seal them (a migration does not read the key file). All of it is one transaction,
its rows locked in id order, so server processes starting together seal each seed once.

Why the care on SQLite: an updated row's old bytes can stay in the file's free space, and its
pages in the WAL. The work runs with ``secure_delete`` on; when it changed anything the file is
rebuilt (VACUUM, its temporary copy in memory, never in a temporary file), and the WAL is
checkpointed and truncated, so no seed outlives its sealing in the file, its free pages or its WAL.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, func, select, update

from server.db.engine import reader
from server.db.schema import user
from server.services import audit_log, seed_seal
from server.services.seed_seal import PREFIX, SeedSealError

log = logging.getLogger("hmis.server")

_SEAL_ONE = update(user).where(user.c.id == bindparam("w_id")).values(totp_secret=bindparam("w_sealed"))


def seal_plaintext(engine: Engine, key: bytes) -> int:
    """Seal the seeds not yet sealed, in one transaction; how many. A second start seals none."""
    sealed = _scrubbed(engine, lambda conn: _seal_rows(conn, key, None))
    _warn_other_keys(engine, key)
    return sealed


def reseal(engine: Engine, now_ms: int, previous: bytes, key: bytes, *, actor: str) -> int:
    """Re-seal every seed sealed under ``previous`` (and any still plain) under ``key``, all in
    one transaction with its audit entry; how many. A seed under neither key: nothing changes."""

    def work(conn: Connection) -> int:
        count = _seal_rows(conn, key, previous)
        audit_log.record(conn, now_ms, "seeds_resealed", actor=actor, detail={"count": count})
        return count

    return _scrubbed(engine, work, rebuild=True)


def _seal_rows(conn: Connection, key: bytes, previous: bytes | None) -> int:
    """Seal the rows that need it under ``key``; locked first, in id order (racing starts queue).

    With ``previous``, a seed sealed under neither key stops it all (SeedSealError, nothing written)."""
    skip = PREFIX if previous is None else f"{PREFIX}{seed_seal.key_id(key)}."
    query = (
        select(user.c.id, user.c.totp_secret)
        .where(~user.c.totp_secret.startswith(skip, autoescape=True))
        .order_by(user.c.id)
        .with_for_update()
    )
    changes, strangers = [], 0
    for row in conn.execute(query):
        seed = row.totp_secret
        if seed_seal.is_sealed(seed):
            assert previous is not None  # without it the query finds only seeds not yet sealed
            if seed_seal.sealed_with(seed) != seed_seal.key_id(previous):
                strangers += 1
                continue
            seed = seed_seal.unseal(previous, row.id, seed)
        changes.append({"w_id": row.id, "w_sealed": seed_seal.seal(key, row.id, seed)})
    if strangers:
        raise SeedSealError(
            f"{strangers} TOTP seeds are sealed under neither the previous key nor the current one; "
            "nothing was changed."
        )
    if changes:
        conn.execute(_SEAL_ONE, changes)
    return len(changes)


def _warn_other_keys(engine: Engine, key: bytes) -> None:
    """Say once, at start, if some seeds are sealed under a key this server does not have."""
    with reader(engine).connect() as conn:
        others = conn.execute(
            select(func.count())
            .select_from(user)
            .where(
                user.c.totp_secret.startswith(PREFIX, autoescape=True),
                ~user.c.totp_secret.startswith(f"{PREFIX}{seed_seal.key_id(key)}.", autoescape=True),
            )
        ).scalar()
    if others:
        log.warning(
            "%d TOTP seeds are sealed under another signing key; those users cannot sign in until "
            "`hmis-server reseal-seeds --previous-signing-key FILE` is run with that key.",
            others,
        )


def _scrubbed(engine: Engine, work: Callable[[Connection], int], *, rebuild: bool = False) -> int:
    """``work`` in one transaction; on SQLite with nothing of the old rows left behind (see above),
    the file rebuilt when ``work`` changed anything, or when asked to ``rebuild``."""
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            return work(conn)
    with engine.connect() as conn:
        raw: Any = conn.connection.driver_connection  # the sqlite3 connection, in autocommit
        before = [raw.execute(f"PRAGMA {name}").fetchone()[0] for name in ("secure_delete", "temp_store")]
        raw.execute("PRAGMA secure_delete = ON")
        try:
            with conn.begin():
                changed = work(conn)
            if changed or rebuild:  # an ordinary start changes nothing and needs neither
                _rebuild(raw)
                if raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
                    log.warning("The SQLite WAL could not be emptied (another process has the database open).")
        finally:
            raw.execute(f"PRAGMA secure_delete = {int(before[0])}")
            raw.execute(f"PRAGMA temp_store = {int(before[1])}")
        return changed


def _rebuild(raw: Any) -> None:
    """VACUUM: every page written afresh, so free space keeps no old row; its copy in memory."""
    raw.execute("PRAGMA temp_store = MEMORY")
    try:
        raw.execute("VACUUM")
    except sqlite3.OperationalError:
        log.warning(
            "The SQLite file could not be rebuilt after sealing TOTP seeds (another process has it "
            "open): with every server stopped, run `hmis-server reseal-seeds --previous-signing-key` "
            "naming the current key file, which rebuilds it."
        )
