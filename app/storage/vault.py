"""The vault: one profile's encrypted database, opened only through a user's key slot.

Why: everything an intake worker records lives here, so it opens only with a password that
unwraps the random data key, refuses any file it cannot prove intact, and never falls back to
anything weaker.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

from app.domain import hlc
from app.storage import audit, migrations
from app.storage.connection import Connection, create_encrypted, open_encrypted, verify_encrypted
from app.storage.errors import LastUser, VaultExists, VaultMissing
from app.storage.key_slots import DATA_KEY_BYTES, DEFAULT_KDF, KDF_FLOOR, KdfParams, KeySlots
from app.storage.paths import ensure_private_dir

DB_NAME = "vault.db"
SLOTS_DIR = "keyslots"


class Vault:
    """An unlocked vault. Close it to drop the connection and the key."""

    def __init__(self, profile: Path, conn: Connection, data_key: bytes, username: str) -> None:
        self.profile = profile
        self.conn = conn
        self.username = username
        self._key = bytearray(data_key)
        self._depth = 0
        self.slots = KeySlots(profile / SLOTS_DIR)
        self.device_id = self.meta("device_id")

    # -- opening -----------------------------------------------------------------------------
    @staticmethod
    def exists(profile: Path) -> bool:
        return (profile / DB_NAME).exists()

    @classmethod
    def create(cls, profile: Path, username: str, password: str, *, kdf: KdfParams = DEFAULT_KDF) -> Vault:
        """A new vault with ``username`` as its first user; refuses to touch an existing one."""
        ensure_private_dir(profile)
        db = profile / DB_NAME
        if db.exists():
            raise VaultExists()
        slots = KeySlots(profile / SLOTS_DIR)
        slots.shred_all()  # leftovers of an interrupted set-up would open nothing useful
        key = secrets.token_bytes(DATA_KEY_BYTES)
        building = profile / f".{DB_NAME}.building"
        for leftover in profile.glob(f".{DB_NAME}.building*"):
            leftover.unlink()
        conn = create_encrypted(building, key)
        os.chmod(building, 0o600)
        try:
            migrations.migrate(conn)
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('device_id', ?)", (secrets.token_hex(16),))
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('created', ?)",
                (time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),),
            )
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        slots.add(key, username, password, kdf)
        building.rename(db)  # the vault appears whole, with its first slot already in place
        return cls.open(profile, username, password, floor=min_floor(kdf))

    @classmethod
    def open(cls, profile: Path, username: str, password: str, *, floor: KdfParams = KDF_FLOOR) -> Vault:
        """Unlock with a user's password. Raises a VaultError subclass on any failure."""
        return cls.open_with_secret(profile, username, password, floor=floor)[0]

    @classmethod
    def open_with_secret(
        cls, profile: Path, username: str, password: str, *, floor: KdfParams = KDF_FLOOR
    ) -> tuple[Vault, str | None]:
        """Unlock, and also hand back the secret sealed in the user's slot (their TOTP seed, for
        offline sign-in) from the same key derivation; None when the slot holds none yet."""
        db = profile / DB_NAME
        if not db.exists():
            raise VaultMissing()
        key, secret = KeySlots(profile / SLOTS_DIR).unlock_with_secret(username, password, floor)
        verify_encrypted(db, key)
        conn = open_encrypted(db, key)
        try:
            migrations.migrate(conn)
            vault = cls(profile, conn, key, username)
            with vault.transaction():
                audit.append(conn, actor=username, action="unlock")
            return vault, secret
        except BaseException:
            conn.close()
            raise

    def twin(self) -> Vault:
        """A second connection to this vault, for work on another thread (a sync running while
        intake goes on): same key, same user, its own transactions."""
        conn = open_encrypted(self.profile / DB_NAME, bytes(self._key))
        return type(self)(self.profile, conn, bytes(self._key), self.username)

    @property
    def is_open(self) -> bool:
        """False once closed (signed out, locked, wiped): a late callback must not read it."""
        return self.conn is not None

    def close(self) -> None:
        """Close the database and forget the key."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
        for i in range(len(self._key)):
            self._key[i] = 0

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions and device facts -------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One atomic unit of work; nested uses join the outer transaction."""
        if self._depth == 0:
            self.conn.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield self.conn
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            raise
        self._depth -= 1
        if self._depth == 0:
            self.conn.execute("COMMIT")

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def next_stamp(self) -> str:
        """A clock stamp for a change; call inside its transaction."""
        last = self.meta("hlc")
        stamp = hlc.tick(hlc.Stamp.decode(last) if last else None, int(time.time() * 1000), self.device_id or "local")
        self.set_meta("hlc", stamp.encode())
        return stamp.encode()

    # -- users -------------------------------------------------------------------------------
    def add_user(
        self, username: str, password: str, *, kdf: KdfParams = DEFAULT_KDF, secret: str | None = None
    ) -> None:
        """Let another user open this vault with their own password (``secret``: their TOTP seed)."""
        self.slots.add(bytes(self._key), username, password, kdf, secret=secret)
        with self.transaction():
            audit.append(self.conn, actor=self.username, action="user_added")

    def change_password(
        self,
        username: str,
        old_password: str,
        new_password: str,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        floor: KdfParams = KDF_FLOOR,
    ) -> None:
        """Re-wrap one slot, keeping its sealed secret. The old password must still open it."""
        key, secret = self.slots.unlock_with_secret(username, old_password, floor)
        self.slots.replace(key, username, new_password, kdf, secret=secret)
        with self.transaction():
            audit.append(self.conn, actor=self.username, action="password_changed")

    def seal_secret(self, password: str, secret: str | None, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap the signed-in user's slot under ``password`` with ``secret`` sealed inside. The
        caller has just proven ``password`` (the slot opened with it, or the server accepted it)."""
        self.slots.set_secret(self.username, password, bytes(self._key), secret, kdf=kdf)

    def remove_user(self, username: str) -> None:
        """Shred a user's slot; their password opens nothing here from now on."""
        if self.slots.exists(username) and self.slots.count() <= 1:
            raise LastUser()
        self.slots.remove(username)
        with self.transaction():
            audit.append(self.conn, actor=self.username, action="user_removed")


def min_floor(kdf: KdfParams) -> KdfParams:
    """The floor that admits ``kdf`` without going above the policy floor."""
    return KdfParams(
        min(kdf.memory_kib, KDF_FLOOR.memory_kib),
        min(kdf.iterations, KDF_FLOOR.iterations),
        min(kdf.lanes, KDF_FLOOR.lanes),
    )
