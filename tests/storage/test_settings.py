"""The open connection runs with the protective settings DESIGN.md asks for."""

from __future__ import annotations

import pytest

from tests.storage._support import open_fast


def _pragma(conn, name):
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


def _check(conn) -> None:
    assert str(_pragma(conn, "journal_mode")).lower() == "wal"
    assert _pragma(conn, "synchronous") == 2  # FULL
    assert _pragma(conn, "secure_delete") == 1
    assert _pragma(conn, "temp_store") == 2  # MEMORY
    assert str(_pragma(conn, "cipher_memory_security")).lower() in ("1", "on")
    assert _pragma(conn, "foreign_keys") == 1
    assert int(_pragma(conn, "page_size")) == 4096
    assert _pragma(conn, "cipher_version")


def test_settings_after_create(vault):
    _check(vault.conn)


def test_settings_after_reopen(vault, profile):
    vault.close()
    v = open_fast(profile)
    try:
        _check(v.conn)
    finally:
        v.close()


def test_connection_is_in_autocommit_mode_between_transactions(vault):
    assert not vault.conn.in_transaction
    with vault.transaction():
        assert vault.conn.in_transaction
    assert not vault.conn.in_transaction


def test_failed_transaction_rolls_back(vault):
    before = vault.meta("device_id")
    with pytest.raises(RuntimeError), vault.transaction() as conn:
        conn.execute("UPDATE meta SET value = 'changed' WHERE key = 'device_id'")
        with vault.transaction():  # nested joins the outer one
            conn.execute("INSERT INTO meta (key, value) VALUES ('inner', 'x')")
        raise RuntimeError("boom")
    assert vault.meta("device_id") == before
    assert vault.meta("inner") is None
    assert not vault.conn.in_transaction


def test_close_forgets_the_key(vault):
    key_buffer = vault._key
    assert any(key_buffer)
    vault.close()
    assert not any(key_buffer)
    assert vault.conn is None
