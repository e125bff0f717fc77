"""A damaged, altered, truncated or plaintext vault.db is refused and left exactly as it was.

The key slot still unlocks (the password is right), so any failure here is about the database
file itself and must be reported as tampering/corruption, never as a crash or a wrong password.
"""

from __future__ import annotations

import sqlite3

import pytest

from app.storage.errors import VaultCorrupt, VaultError, VaultNotEncrypted, VaultTampered
from app.storage.vault import DB_NAME, Vault
from tests.conftest import FAST_KDF, PASSWORD, USER
from tests.storage._support import PAGE, fill_raw, open_fast, snapshot


@pytest.fixture
def closed_vault(profile, fast_kdf):
    """A closed, checkpointed vault with some data, spanning dozens of pages."""
    v = Vault.create(profile, USER, PASSWORD, kdf=fast_kdf)
    fill_raw(v, rows=300)
    v.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    v.close()
    db = profile / DB_NAME
    assert not (profile / f"{DB_NAME}-wal").exists() or (profile / f"{DB_NAME}-wal").stat().st_size == 0
    assert db.stat().st_size % PAGE == 0 and db.stat().st_size // PAGE >= 20
    return profile


def _pages(profile) -> int:
    return (profile / DB_NAME).stat().st_size // PAGE


def _refuse(profile, expected: tuple[type[VaultError], ...]) -> VaultError:
    db = profile / DB_NAME
    before = db.read_bytes()
    with pytest.raises(VaultError) as info:
        Vault.open(profile, USER, PASSWORD, floor=FAST_KDF).close()
    assert isinstance(info.value, expected), f"{type(info.value).__name__}: {info.value}"
    assert db.read_bytes() == before, "the refused file was modified"
    return info.value


def _overwrite(profile, position: int, length: int = 3) -> None:
    db = profile / DB_NAME
    data = bytearray(db.read_bytes())
    for i in range(position, position + length):
        data[i] ^= 0xFF  # guaranteed different from what was there
    db.write_bytes(bytes(data))


PAGE_TARGETS = [
    ("page0", 0),
    ("page0", 20),
    ("page0", 100),
    ("page0", 4000),
    ("page0", 4090),
    ("page1", 100),
    ("page1", 4093),
    ("page2", 2000),
    ("mid", 100),
    ("mid", 3000),
    ("last", 100),
    ("last", 4093),
]


def _page_number(which: str, pages: int) -> int:
    return {"page0": 0, "page1": 1, "page2": 2, "mid": pages // 2, "last": pages - 1}[which]


@pytest.mark.parametrize("which,offset", PAGE_TARGETS, ids=[f"{w}+{o}" for w, o in PAGE_TARGETS])
def test_three_byte_overwrite_is_tampering(closed_vault, which, offset):
    page = _page_number(which, _pages(closed_vault))
    _overwrite(closed_vault, page * PAGE + offset)
    err = _refuse(closed_vault, (VaultTampered,))
    assert str(err) == VaultTampered.message


@pytest.mark.parametrize("which,offset", PAGE_TARGETS[::3], ids=[f"{w}+{o}" for w, o in PAGE_TARGETS[::3]])
def test_tampered_file_is_refused_every_time_and_never_repaired(closed_vault, which, offset):
    page = _page_number(which, _pages(closed_vault))
    _overwrite(closed_vault, page * PAGE + offset)
    for _ in range(3):
        _refuse(closed_vault, (VaultTampered,))


@pytest.mark.parametrize("which", ["page1", "page2", "mid", "last"])
def test_zeroed_page_is_tampering(closed_vault, which):
    """SQLCipher treats an all-zero page as never written; one in the middle must still be caught."""
    db = closed_vault / DB_NAME
    page = _page_number(which, _pages(closed_vault))
    data = bytearray(db.read_bytes())
    data[page * PAGE : (page + 1) * PAGE] = bytes(PAGE)
    db.write_bytes(bytes(data))
    _refuse(closed_vault, (VaultTampered, VaultCorrupt))


def test_swapped_pages_are_tampering(closed_vault):
    db = closed_vault / DB_NAME
    data = bytearray(db.read_bytes())
    a, b = 3, _pages(closed_vault) // 2
    data[a * PAGE : (a + 1) * PAGE], data[b * PAGE : (b + 1) * PAGE] = (
        data[b * PAGE : (b + 1) * PAGE],
        data[a * PAGE : (a + 1) * PAGE],
    )
    db.write_bytes(bytes(data))
    _refuse(closed_vault, (VaultTampered,))


def test_page_copied_over_another_is_tampering(closed_vault):
    db = closed_vault / DB_NAME
    data = bytearray(db.read_bytes())
    data[5 * PAGE : 6 * PAGE] = data[4 * PAGE : 5 * PAGE]
    db.write_bytes(bytes(data))
    _refuse(closed_vault, (VaultTampered,))


@pytest.mark.parametrize("cut", ["minus-1", "minus-100", "minus-page-plus-7", "half-odd", "tiny"])
def test_truncated_to_a_non_multiple_of_the_page(closed_vault, cut):
    db = closed_vault / DB_NAME
    size = db.stat().st_size
    new_size = {
        "minus-1": size - 1,
        "minus-100": size - 100,
        "minus-page-plus-7": size - PAGE + 7,
        "half-odd": size // 2 + 1234,
        "tiny": 17,
    }[cut]
    assert new_size % PAGE
    db.write_bytes(db.read_bytes()[:new_size])
    _refuse(closed_vault, (VaultCorrupt, VaultTampered))


@pytest.mark.parametrize("keep", ["all-but-one", "half", "one", "two"])
def test_truncated_to_whole_pages(closed_vault, keep):
    db = closed_vault / DB_NAME
    pages = _pages(closed_vault)
    kept = {"all-but-one": pages - 1, "half": pages // 2, "one": 1, "two": 2}[keep]
    db.write_bytes(db.read_bytes()[: kept * PAGE])
    _refuse(closed_vault, (VaultCorrupt, VaultTampered))


def test_extra_pages_appended_are_refused(closed_vault):
    db = closed_vault / DB_NAME
    data = db.read_bytes()
    db.write_bytes(data + data[-PAGE:])
    _refuse(closed_vault, (VaultCorrupt, VaultTampered))


def test_random_bytes_file_is_refused(closed_vault):
    import secrets

    (closed_vault / DB_NAME).write_bytes(secrets.token_bytes(8 * PAGE))
    _refuse(closed_vault, (VaultTampered, VaultCorrupt))


def test_plaintext_sqlite_file_is_not_encrypted(closed_vault):
    db = closed_vault / DB_NAME
    db.unlink()
    plain = sqlite3.connect(db)
    plain.execute("CREATE TABLE client (name TEXT)")
    plain.execute("INSERT INTO client VALUES ('Plain Text Person')")
    plain.commit()
    plain.close()
    before = snapshot(closed_vault)
    err = _refuse(closed_vault, (VaultNotEncrypted,))
    assert type(err) is VaultNotEncrypted
    assert snapshot(closed_vault) == before
    check = sqlite3.connect(db)
    assert check.execute("SELECT name FROM client").fetchall() == [("Plain Text Person",)]
    check.close()


def test_plaintext_wal_mode_sqlite_file_is_not_encrypted(closed_vault):
    db = closed_vault / DB_NAME
    db.unlink()
    plain = sqlite3.connect(db)
    plain.execute("PRAGMA journal_mode=WAL")
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    before = snapshot(closed_vault)
    _refuse(closed_vault, (VaultNotEncrypted,))
    assert snapshot(closed_vault) == before


def test_empty_file_is_refused(closed_vault):
    db = closed_vault / DB_NAME
    db.write_bytes(b"")
    before = snapshot(closed_vault)
    _refuse(closed_vault, (VaultCorrupt, VaultTampered))
    assert db.exists() and db.stat().st_size == 0
    assert snapshot(closed_vault) == before


def test_create_refuses_to_replace_a_damaged_file(closed_vault, fast_kdf):
    from app.storage.errors import VaultExists

    _overwrite(closed_vault, 2 * PAGE + 50)
    before = snapshot(closed_vault)
    with pytest.raises(VaultExists):
        Vault.create(closed_vault, USER, PASSWORD, kdf=fast_kdf)
    assert snapshot(closed_vault) == before


@pytest.mark.parametrize("which,offset", [("page1", 100), ("mid", 100), ("last", 4093)])
def test_refused_open_leaves_no_new_files_in_the_profile(closed_vault, which, offset):
    """'Left exactly as it was': the read-only check must not leave -wal/-shm files behind either."""
    page = _page_number(which, _pages(closed_vault))
    _overwrite(closed_vault, page * PAGE + offset)
    before = snapshot(closed_vault)
    with pytest.raises(VaultTampered):
        Vault.open(closed_vault, USER, PASSWORD, floor=FAST_KDF)
    assert snapshot(closed_vault) == before


def test_untampered_control(closed_vault):
    v = open_fast(closed_vault)
    try:
        assert v.conn.execute("SELECT count(*) FROM record").fetchone()[0] == 300
    finally:
        v.close()
