"""Schema migrations: upgrade in place with data intact, all-or-nothing, and refuse the future."""

from __future__ import annotations

import json
import secrets

import pytest

from app.storage import audit
from app.storage.connection import create_encrypted, open_encrypted
from app.storage.errors import MigrationFailed, VaultTooNew
from app.storage.key_slots import DATA_KEY_BYTES, KeySlots
from app.storage.migrations import LATEST, Migration, available, current_version, migrate
from app.storage.paths import ensure_private_dir
from app.storage.vault import DB_NAME, SLOTS_DIR, Vault
from tests.conftest import FAST_KDF, PASSWORD, USER
from tests.storage._support import open_fast, snapshot


def _schema(conn) -> set[tuple]:
    return set(
        conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    )


def _build_old_vault(profile, version: int):
    """A profile whose database stops at schema ``version``, holding some data; returns the key."""
    ensure_private_dir(profile)
    key = secrets.token_bytes(DATA_KEY_BYTES)
    db = profile / DB_NAME
    conn = create_encrypted(db, key)
    try:
        assert migrate(conn, target=version) == version
        assert current_version(conn) == version
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO meta (key, value) VALUES ('device_id', ?)", (secrets.token_hex(16),))
        conn.execute("INSERT INTO meta (key, value) VALUES ('planted', 'kept')")
        for i in range(40):
            conn.execute(
                "INSERT INTO record (kind, id, body, version, date_created, date_updated, user_id)"
                " VALUES ('test', ?, ?, 1, '2024-01-01', '2024-01-01', 'alice')",
                (f"{i:032x}", json.dumps({"n": i})),
            )
        for i in range(5):
            audit.append(conn, actor="alice", action="create", kind="test", record_id=f"{i:032x}")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    KeySlots(profile / SLOTS_DIR).add(key, USER, PASSWORD, FAST_KDF)
    return key


def _raw_conn(profile):
    key = KeySlots(profile / SLOTS_DIR).unlock(USER, PASSWORD, FAST_KDF)
    return open_encrypted(profile / DB_NAME, key)


def test_migrations_are_numbered_from_one():
    steps = available()
    assert [m.number for m in steps] == list(range(1, LATEST + 1))
    assert LATEST >= 2


def test_open_upgrades_previous_schema_with_data_intact(profile, tmp_path):
    _build_old_vault(profile, LATEST - 1)
    v = open_fast(profile)
    try:
        assert current_version(v.conn) == LATEST
        assert v.meta("planted") == "kept"
        rows = v.conn.execute("SELECT id, body FROM record WHERE kind = 'test' ORDER BY id").fetchall()
        assert [json.loads(b)["n"] for _, b in rows] == list(range(40))
        result = audit.verify(v.conn)
        assert result.ok and result.entries == 6  # 5 planted + this unlock
        upgraded = _schema(v.conn)
    finally:
        v.close()
    fresh = Vault.create(tmp_path / "fresh", USER, PASSWORD, kdf=FAST_KDF)
    try:
        assert upgraded == _schema(fresh.conn)
    finally:
        fresh.close()


@pytest.mark.parametrize("start", range(1, LATEST))
def test_every_older_version_upgrades(profile, start):
    _build_old_vault(profile, start)
    v = open_fast(profile)
    try:
        assert current_version(v.conn) == LATEST
        assert v.conn.execute("SELECT count(*) FROM record WHERE kind = 'test'").fetchone()[0] == 40
    finally:
        v.close()


def _broken(number: int, sql: str) -> Migration:
    return Migration(number, f"{number:04d}_broken.sql", sql)


BROKEN_SQL = {
    "bad-table": "CREATE TABLE half_done (a INTEGER);\nINSERT INTO half_done VALUES (1);\n"
    "INSERT INTO no_such_table VALUES (1);\n",
    "syntax": "CREATE TABLE half_done (a INTEGER);\nALTER TABLE record ADD COLUMN extra TEXT;\nTHIS IS NOT SQL;\n",
    "constraint": "CREATE TABLE half_done (a INTEGER);\nUPDATE record SET id = 'short';\n",
    "drop-then-fail": "DROP TABLE outbox;\nCREATE TABLE half_done (a);\nSELECT * FROM nowhere;\n",
    "unfinished": "CREATE TABLE half_done (a INTEGER);\nINSERT INTO half_done VALUES (1\n",
}


@pytest.mark.parametrize("case", list(BROKEN_SQL))
def test_failing_step_changes_nothing(profile, case):
    _build_old_vault(profile, LATEST)
    conn = _raw_conn(profile)
    try:
        before_schema = _schema(conn)
        before_rows = conn.execute("SELECT kind, id, body FROM record ORDER BY id").fetchall()
        steps = available() + [_broken(LATEST + 1, BROKEN_SQL[case])]
        with pytest.raises(MigrationFailed) as info:
            migrate(conn, steps=steps)
        assert str(info.value) == MigrationFailed.message
        assert not conn.in_transaction, "a failed migration left its transaction open"
        assert current_version(conn) == LATEST
        assert _schema(conn) == before_schema
        assert conn.execute("SELECT kind, id, body FROM record ORDER BY id").fetchall() == before_rows
    finally:
        conn.close()
    v = open_fast(profile)  # still a good vault
    v.close()


def test_failed_multi_step_upgrade_leaves_the_old_version(profile):
    """DESIGN.md: migrations run in one transaction; the upgrade 'fully happens or does not happen'.

    A store two versions behind whose second pending step fails must stay at its old version,
    not be left half-upgraded at an intermediate version.
    """
    _build_old_vault(profile, LATEST - 1)
    conn = _raw_conn(profile)
    try:
        before_schema = _schema(conn)
        steps = available() + [_broken(LATEST + 1, BROKEN_SQL["bad-table"])]
        with pytest.raises(MigrationFailed):
            migrate(conn, steps=steps)
        assert current_version(conn) == LATEST - 1
        assert _schema(conn) == before_schema
    finally:
        conn.close()


def test_vault_from_a_newer_app_is_refused_untouched(profile):
    _build_old_vault(profile, LATEST)
    conn = _raw_conn(profile)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    db_before = (profile / DB_NAME).read_bytes()
    before = snapshot(profile)
    for _ in range(2):
        with pytest.raises(VaultTooNew) as info:
            open_fast(profile)
        assert str(info.value) == VaultTooNew.message
        assert (profile / DB_NAME).read_bytes() == db_before
    assert snapshot(profile) == before
    conn = _raw_conn(profile)
    try:
        assert current_version(conn) == LATEST + 1
    finally:
        conn.close()


def test_migrate_direct_refuses_newer(profile):
    _build_old_vault(profile, LATEST)
    conn = _raw_conn(profile)
    try:
        with pytest.raises(VaultTooNew):
            migrate(conn, steps=available()[: LATEST - 1])
        assert current_version(conn) == LATEST
    finally:
        conn.close()


def test_migrate_is_idempotent_at_latest(vault):
    before = _schema(vault.conn)
    assert migrate(vault.conn) == LATEST
    assert _schema(vault.conn) == before
