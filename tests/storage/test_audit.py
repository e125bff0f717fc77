"""The audit chain: append-only in SQL, and any edit, deletion, swap or insertion is found
by verify() at the first entry that no longer follows from the one before it."""

from __future__ import annotations

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.storage import audit
from app.storage.audit import GENESIS, entry_hash
from app.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSWORD, USER
from tests.storage._support import open_fast

N = 30
TEXT_COLUMNS = ["at", "actor", "action", "kind", "record_id", "detail", "prev_hash", "hash"]


def _chain(vault: Vault, n: int = N) -> None:
    """Fill the log to exactly ``n`` entries, every column non-null."""
    have = audit.head(vault.conn)[0]
    with vault.transaction() as conn:
        for i in range(have, n):
            audit.append(
                conn,
                actor=USER,
                action="update",
                kind="client",
                record_id=f"{i:032x}",
                detail={"fields": ["first_name", "dob"], "i": i},
            )
    assert audit.head(vault.conn)[0] == n


def _drop_triggers(conn) -> None:
    """What an attacker holding the key would do first: remove every guard on the table."""
    names = [
        n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")
    ]
    assert names
    for name in names:
        conn.execute(f'DROP TRIGGER "{name}"')


def _row(conn, seq):
    return conn.execute(f"SELECT {audit._COLUMNS} FROM audit_log WHERE seq = ?", (seq,)).fetchone()


@pytest.fixture(scope="module")
def chain_profile(tmp_path_factory):
    profile = tmp_path_factory.mktemp("audit") / "profile"
    v = Vault.create(profile, USER, PASSWORD, kdf=FAST_KDF)
    _chain(v)
    v.close()
    return profile


@pytest.fixture
def chain(chain_profile, tmp_path):
    """A private copy of a closed ~30-entry chain, opened; triggers dropped as an attacker would."""
    import shutil

    profile = tmp_path / "copy"
    shutil.copytree(chain_profile, profile)
    v = open_fast(profile)  # adds one 'unlock' entry
    _chain(v, N + 1)
    original_head = audit.head(v.conn)[1]
    assert audit.verify(v.conn).ok
    _drop_triggers(v.conn)
    yield v, original_head
    v.close()


def test_triggers_refuse_update_and_delete(vault):
    _chain(vault)
    for sql in (
        "UPDATE audit_log SET actor = 'mallory' WHERE seq = 3",
        "UPDATE audit_log SET seq = seq + 100",
        "DELETE FROM audit_log WHERE seq = 5",
        "DELETE FROM audit_log",
    ):
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
            vault.conn.execute(sql)
    assert audit.verify(vault.conn).ok
    assert audit.head(vault.conn)[0] == N


@pytest.mark.parametrize("verb", ["INSERT OR REPLACE", "REPLACE"])
def test_replace_cannot_rewrite_an_entry(vault, verb):
    """REPLACE removes the old row without firing DELETE triggers (recursive_triggers is off);
    an append-only log must still refuse it."""
    _chain(vault)
    original = _row(vault.conn, 4)
    try:
        vault.conn.execute(
            f"{verb} INTO audit_log ({audit._COLUMNS}) VALUES (4, 'x', 'x', 'x', NULL, NULL, '{{}}', 'x', 'x')"
        )
    except sqlcipher3.Error:
        pass
    assert _row(vault.conn, 4) == original, "an audit entry was rewritten in place"
    assert audit.verify(vault.conn).ok


@pytest.mark.parametrize("seq", [0, -1, 4, 1000])
def test_entry_out_of_sequence_is_refused(vault, seq):
    _chain(vault)
    before = vault.conn.execute(f"SELECT {audit._COLUMNS} FROM audit_log ORDER BY seq").fetchall()
    with pytest.raises(sqlcipher3.IntegrityError):
        vault.conn.execute(
            f"INSERT INTO audit_log ({audit._COLUMNS}) VALUES (?, 'x', 'x', 'x', NULL, NULL, '{{}}', 'x', 'x')", (seq,)
        )
    assert vault.conn.execute(f"SELECT {audit._COLUMNS} FROM audit_log ORDER BY seq").fetchall() == before


def test_upsert_cannot_rewrite_an_entry(vault):
    _chain(vault)
    original = _row(vault.conn, 4)
    with pytest.raises(sqlcipher3.IntegrityError):
        vault.conn.execute(
            f"INSERT INTO audit_log ({audit._COLUMNS})"
            " VALUES (4, 'x', 'x', 'x', NULL, NULL, '{}', 'x', 'x')"
            " ON CONFLICT (seq) DO UPDATE SET actor = 'mallory'"
        )
    assert _row(vault.conn, 4) == original


def test_verify_ok_on_a_good_chain(vault):
    _chain(vault)
    result = audit.verify(vault.conn)
    assert result.ok and result.first_bad is None and result.reason is None
    assert result.entries == N
    assert result.head == audit.head(vault.conn)[1]
    for e in audit.entries(vault.conn):
        assert audit.verify(vault.conn, expected_head=e.hash).ok
    assert audit.verify(vault.conn, expected_head=GENESIS).ok


def test_verify_ok_on_an_empty_chain(vault):
    # A raw empty table, as right after migration.
    _drop_triggers(vault.conn)
    vault.conn.execute("DELETE FROM audit_log")
    result = audit.verify(vault.conn)
    assert result.ok and result.entries == 0 and result.head == GENESIS


def _edit_text(value: str, position: int, replacement: str) -> str:
    if not value:
        return replacement
    position %= len(value)
    if value[position] == replacement:
        replacement = "A" if replacement != "A" else "B"
    return value[:position] + replacement + value[position + 1 :]


@pytest.mark.parametrize("column", TEXT_COLUMNS)
def test_single_character_edit_of_every_entry_and_column_is_found_at_that_entry(chain, column):
    v, _ = chain
    total = audit.head(v.conn)[0]
    for k in range(1, total + 1):
        original = _row(v.conn, k)
        value = v.conn.execute(f"SELECT {column} FROM audit_log WHERE seq = ?", (k,)).fetchone()[0]
        value = value if value is not None else ""  # NULL kind/record_id: the edit adds one character
        for position in (0, len(value) // 2, len(value) - 1):
            edited = _edit_text(value, position, "0" if column in ("hash", "prev_hash") else "Z")
            if edited == value:
                continue
            v.conn.execute(f"UPDATE audit_log SET {column} = ? WHERE seq = ?", (edited, k))
            result = audit.verify(v.conn)
            assert not result.ok, (k, column, position)
            assert result.first_bad == k, (k, column, position, result)
            v.conn.execute("DELETE FROM audit_log WHERE seq = ?", (k,))
            v.conn.execute(f"INSERT INTO audit_log ({audit._COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)", original)
            assert audit.verify(v.conn).ok


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_single_byte_edit_is_found_where_it_was_made(chain, data):
    v, _ = chain
    total = audit.head(v.conn)[0]
    k = data.draw(st.integers(1, total), label="entry")
    column = data.draw(st.sampled_from(TEXT_COLUMNS), label="column")
    original = _row(v.conn, k)
    value = v.conn.execute(f"SELECT {column} FROM audit_log WHERE seq = ?", (k,)).fetchone()[0]
    if value is None:  # NULL kind/record_id of an 'unlock' entry: any one character is an edit
        edited = data.draw(st.characters(codec="utf-8"), label="char")
    else:
        position = data.draw(st.integers(0, len(value) - 1), label="position")
        char = data.draw(st.characters(codec="utf-8", exclude_characters=value[position]), label="char")
        edited = value[:position] + char + value[position + 1 :]
    v.conn.execute(f"UPDATE audit_log SET {column} = ? WHERE seq = ?", (edited, k))
    try:
        result = audit.verify(v.conn)
        assert not result.ok and result.first_bad == k, result
    finally:
        v.conn.execute("DELETE FROM audit_log WHERE seq = ?", (k,))
        v.conn.execute(f"INSERT INTO audit_log ({audit._COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)", original)
    assert audit.verify(v.conn).ok


def test_changing_seq_of_every_entry_is_found_at_that_entry(chain):
    v, _ = chain
    total = audit.head(v.conn)[0]
    for k in range(1, total + 1):
        v.conn.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (k + 1000, k))
        result = audit.verify(v.conn)
        assert not result.ok and result.first_bad == k, (k, result)
        v.conn.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (k, k + 1000))
    assert audit.verify(v.conn).ok


def test_null_in_a_nullable_column_is_found(chain):
    v, _ = chain
    v.conn.execute("UPDATE audit_log SET kind = NULL WHERE seq = 7")
    result = audit.verify(v.conn)
    assert not result.ok and result.first_bad == 7


def test_deleting_any_entry_is_found_there(chain):
    v, head = chain
    total = audit.head(v.conn)[0]
    for k in range(1, total + 1):
        original = _row(v.conn, k)
        v.conn.execute("DELETE FROM audit_log WHERE seq = ?", (k,))
        anchored = audit.verify(v.conn, expected_head=head)
        assert not anchored.ok and anchored.first_bad == k, (k, anchored)
        if k < total:  # removing the newest entry is only visible against the server's anchor
            plain = audit.verify(v.conn)
            assert not plain.ok and plain.first_bad == k, (k, plain)
        v.conn.execute(f"INSERT INTO audit_log ({audit._COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)", original)
    assert audit.verify(v.conn, expected_head=head).ok


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_swapping_two_entries_fails_at_the_first_swapped(chain, data):
    v, _ = chain
    total = audit.head(v.conn)[0]
    i = data.draw(st.integers(1, total - 1), label="i")
    j = data.draw(st.integers(i + 1, total), label="j")
    row_i, row_j = _row(v.conn, i), _row(v.conn, j)
    cols = ", ".join(f"{c} = ?" for c in TEXT_COLUMNS)
    v.conn.execute(f"UPDATE audit_log SET {cols} WHERE seq = ?", (*row_j[1:], i))
    v.conn.execute(f"UPDATE audit_log SET {cols} WHERE seq = ?", (*row_i[1:], j))
    try:
        result = audit.verify(v.conn)
        assert not result.ok and result.first_bad == i, (i, j, result)
    finally:
        v.conn.execute(f"UPDATE audit_log SET {cols} WHERE seq = ?", (*row_i[1:], i))
        v.conn.execute(f"UPDATE audit_log SET {cols} WHERE seq = ?", (*row_j[1:], j))
    assert audit.verify(v.conn).ok


def _insert_forged_at(conn, k: int, *, well_hashed: bool) -> None:
    """Shift entries k.. up by one and put a forged entry in at seq k."""
    total = audit.head(conn)[0]
    for s in range(total, k - 1, -1):
        conn.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (s + 1, s))
    prev = GENESIS if k == 1 else _row(conn, k - 1)[8]
    fields = (k, "2024-01-01T00:00:00.000000+00:00", "mallory", "view", "client", "f" * 32, "{}", prev)
    digest = entry_hash(*fields) if well_hashed else "ab" * 32
    conn.execute(f"INSERT INTO audit_log ({audit._COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)", (*fields, digest))


@pytest.mark.parametrize("k", [1, 2, 15, N])
def test_inserted_forged_entry_fails_at_it(chain, k):
    v, _ = chain
    _insert_forged_at(v.conn, k, well_hashed=False)
    result = audit.verify(v.conn)
    assert not result.ok and result.first_bad == k, result


@pytest.mark.parametrize("k", [1, 2, 15, N])
def test_inserted_well_hashed_forgery_breaks_the_chain_right_after_it(chain, k):
    """Someone who recomputes the forged entry's own hash still cannot make the next one follow."""
    v, _ = chain
    _insert_forged_at(v.conn, k, well_hashed=True)
    result = audit.verify(v.conn)
    assert not result.ok and result.first_bad in (k, k + 1), result


def test_truncated_tail_fails_against_the_anchor(chain):
    v, head = chain
    total = audit.head(v.conn)[0]
    v.conn.execute("DELETE FROM audit_log WHERE seq > ?", (total - 5,))
    assert audit.verify(v.conn).ok  # locally consistent...
    result = audit.verify(v.conn, expected_head=head)  # ...but the server saw more
    assert not result.ok and result.first_bad == total - 4
    assert result.reason


def test_unknown_anchor_fails(chain):
    v, _ = chain
    result = audit.verify(v.conn, expected_head="e" * 64)
    assert not result.ok


def test_whole_chain_rewritten_fails_against_the_anchor(chain):
    v, head = chain
    rows = v.conn.execute(f"SELECT {audit._COLUMNS} FROM audit_log ORDER BY seq").fetchall()
    v.conn.execute("DELETE FROM audit_log")
    prev = GENESIS
    for row in rows:
        fields = (row[0], row[1], "mallory", *row[3:7], prev)
        digest = entry_hash(*fields)
        v.conn.execute(f"INSERT INTO audit_log ({audit._COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)", (*fields, digest))
        prev = digest
    assert audit.verify(v.conn).ok
    assert not audit.verify(v.conn, expected_head=head).ok


def test_every_unlock_and_user_change_is_audited(vault, profile, fast_kdf):
    vault.add_user("bob", "pw-bob", kdf=fast_kdf)
    vault.change_password("bob", "pw-bob", "pw-bob-2", kdf=fast_kdf, floor=fast_kdf)
    vault.remove_user("bob")
    actions = [e.action for e in audit.entries(vault.conn)]
    assert actions[-3:] == ["user_added", "password_changed", "user_removed"]
    vault.close()
    v = open_fast(profile)
    try:
        assert audit.entries(v.conn)[-1].action == "unlock"
        assert audit.verify(v.conn).ok
        # Entries name actions, never the password.
        for e in audit.entries(v.conn):
            assert "pw-bob" not in (e.detail + e.actor + e.action)
    finally:
        v.close()
