"""Opening the SQLCipher database, failing closed.

Why: a plaintext, truncated or altered file must never be opened, "repaired" or recreated behind
the user's back. Every check runs on a read-only connection first, so a refused file is left
exactly as it was for the HMIS administrator to examine.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from app.storage.errors import VaultCorrupt, VaultError, VaultNotEncrypted, VaultTampered
from app.storage.wal_check import committed_data_lost

PAGE_SIZE = 4096
CACHE_KIB = 32 * 1024
PLAINTEXT_HEADER = b"SQLite format 3\x00"

Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _connect(target: str, key: bytes, *, uri: bool) -> Connection:
    conn = sqlcipher3.connect(target, uri=uri, isolation_level=None, check_same_thread=False)
    try:
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            # A plain SQLite build would silently ignore the key and write in the clear.
            raise VaultError("This build of HMIS Intake has no encryption support; it will not store data.")
        conn.execute(_key_pragma(key))
        return conn
    except BaseException:
        conn.close()
        raise


def _apply_settings(conn: Connection) -> None:
    conn.execute("PRAGMA cipher_memory_security = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    # 32 MiB of decrypted pages kept between queries, so a search does not decrypt its index
    # pages again each time; cipher_memory_security wipes them when they are let go.
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise VaultError("The data store could not switch to its crash-safe journal mode.")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def create_encrypted(path: Path, key: bytes) -> Connection:
    """A new, empty encrypted database at ``path`` (which must not exist)."""
    conn = _connect(str(path), key, uri=False)
    try:
        conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
        _apply_settings(conn)
        conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        with open(path, "rb") as handle:
            if handle.read(len(PLAINTEXT_HEADER)) == PLAINTEXT_HEADER:
                raise VaultNotEncrypted()
        return conn
    except BaseException:
        conn.close()
        raise


def check_file(path: Path) -> None:
    """Refuse a plaintext or visibly truncated file before any key is tried."""
    size = path.stat().st_size
    with open(path, "rb") as handle:
        head = handle.read(len(PLAINTEXT_HEADER))
    if head == PLAINTEXT_HEADER:
        raise VaultNotEncrypted()
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise VaultCorrupt()


def verify_encrypted(path: Path, key: bytes) -> None:
    """Check every page's HMAC on a read-only connection; raise VaultTampered on any failure.

    Every page carries an HMAC under the data key, so this proves each page is as a key holder
    wrote it; SQLite's structural quick_check would add half a second on a large store and find
    nothing an attacker without the key could cause.

    The caller has already proven ``key`` right by unwrapping a key slot, so a page that will not
    decrypt is damage or tampering, not a wrong password.
    """
    check_file(path)
    if committed_data_lost(path.with_name(path.name + "-wal")):
        raise VaultTampered()
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    absent = [p for p in sidecars if not p.exists()]
    conn = _connect(f"file:{path}?mode=ro", key, uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if problems:
            raise VaultTampered()
    except DatabaseError:
        raise VaultTampered() from None
    finally:
        conn.close()
        for extra in absent:  # a refused file is left exactly as it was found
            extra.unlink(missing_ok=True)


def open_encrypted(path: Path, key: bytes) -> Connection:
    """Open an existing vault database for use, after ``verify_encrypted`` has passed."""
    conn = _connect(str(path), key, uri=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _apply_settings(conn)
        return conn
    except DatabaseError:
        conn.close()
        raise VaultTampered() from None
    except BaseException:
        conn.close()
        raise
