"""Numbered schema steps, run together in one transaction and recorded in PRAGMA user_version.

Why: a laptop that was offline for a month must upgrade its store in one step that either fully
happens or does not happen at all; a store from a newer app is refused rather than guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import sqlcipher3

from app.storage.errors import MigrationFailed, VaultTooNew

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str

    def statements(self) -> list[str]:
        """Split on statement ends the way SQLite does, so triggers keep their inner semicolons."""
        out: list[str] = []
        pending = ""
        for line in self.sql.splitlines(keepends=True):
            pending += line
            if sqlcipher3.complete_statement(pending):
                if pending.strip():
                    out.append(pending.strip())
                pending = ""
        if pending.strip() and not pending.strip().startswith("--"):
            raise ValueError(f"migration {self.name} ends in an unfinished statement")
        return out


def available() -> list[Migration]:
    folder = resources.files("app.storage") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.number)
    for expected, migration in enumerate(found, start=1):
        if migration.number != expected:
            raise RuntimeError(f"migration numbers must run 1, 2, 3...: {migration.name} is out of place")
    return found


LATEST = len(available())


def current_version(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlcipher3.Connection, target: int | None = None, steps: list[Migration] | None = None) -> int:
    """Bring the schema to ``target`` (default: latest) in one transaction: all steps or none."""
    steps = available() if steps is None else steps
    target = len(steps) if target is None else target
    version = current_version(conn)
    if version > len(steps):
        raise VaultTooNew()
    pending = steps[version:target]
    if not pending:
        return version
    try:
        conn.execute("BEGIN IMMEDIATE")
        for migration in pending:
            for statement in migration.statements():
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {pending[-1].number}")
        conn.execute("COMMIT")
    except (sqlcipher3.Error, ValueError):
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise MigrationFailed() from None
    return pending[-1].number
