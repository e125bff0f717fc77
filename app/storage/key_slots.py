"""Key slots: the vault's data key, wrapped once per user allowed on this device.

Why: like LUKS, the database has one random data key; each user's password unlocks only a wrapped
copy of it. A changed password re-wraps one slot; removing a user shreds one file. The KDF
parameters are bound into the AES-GCM associated data, and a floor is enforced before any work,
so nobody can make a slot cheaper to attack by editing it.

A slot may also seal its user's TOTP seed (a second AES-GCM ciphertext under the same wrapping
key, with its own nonce and bound to the same header): offline sign-in checks codes against it,
the one password derivation opens both, and no other user of the vault can read it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.storage.errors import KeySlotDamaged, UnknownUser, UserExists, WeakKeySlot, WrongCredentials
from app.storage.files import shred, shred_leftovers, write_atomically

FORMAT = "hmis-intake-keyslot"
VERSION = 1
DATA_KEY_BYTES = 32
_SALT_BYTES = 16
_NONCE_BYTES = 12


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Memory in KiB, as Argon2 counts it."""

    memory_kib: int
    iterations: int
    lanes: int

    def at_least(self, floor: KdfParams) -> bool:
        return self.memory_kib >= floor.memory_kib and self.iterations >= floor.iterations and self.lanes >= floor.lanes


# The floor DESIGN.md sets (64 MiB, t=3); a slot below it is refused before any derivation.
KDF_FLOOR = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=1)
# Tuned on the reference 2-core machine to about half a second (bench/unlock.py measures it).
DEFAULT_KDF = KdfParams(memory_kib=192 * 1024, iterations=3, lanes=4)
# Sanity ceiling so a damaged slot cannot ask for terabytes of memory.
_KDF_CEILING = KdfParams(memory_kib=4 * 1024 * 1024, iterations=64, lanes=64)


def slot_id(username: str) -> str:
    """The slot's file name: a hash, so the profile does not list who may sign in."""
    normal = username.strip().casefold()
    return hashlib.sha256(b"hmis-intake key slot\0" + _utf8(normal)).hexdigest()[:32]


def _utf8(text: str) -> bytes:
    """Any str as bytes, even one holding a lone surrogate pasted from elsewhere."""
    return text.encode("utf-8", "surrogatepass")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()


def _derive(password: str, salt: bytes, kdf: KdfParams) -> bytes:
    return Argon2id(
        salt=salt, length=32, iterations=kdf.iterations, lanes=kdf.lanes, memory_cost=kdf.memory_kib
    ).derive(_utf8(password))


def _header(sid: str, kdf: KdfParams, salt: bytes) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "slot": sid,
        "kdf": {
            "algorithm": "argon2id",
            "memory_kib": kdf.memory_kib,
            "iterations": kdf.iterations,
            "lanes": kdf.lanes,
            "salt": _b64(salt),
        },
    }


_MAX_SECRET_BYTES = 256
_SECRET_PART = {"part": "totp seed"}  # separates the seed's associated data from the data key's


def wrap(
    data_key: bytes, username: str, password: str, kdf: KdfParams = DEFAULT_KDF, *, secret: str | None = None
) -> bytes:
    """A slot file's bytes holding ``data_key`` (and ``secret``, if given) for this user and password."""
    sid = slot_id(username)
    salt = secrets.token_bytes(_SALT_BYTES)
    nonce = secrets.token_bytes(_NONCE_BYTES)
    header = _header(sid, kdf, salt)
    wrapping_key = AESGCM(_derive(password, salt, kdf))
    body = dict(
        header, nonce=_b64(nonce), ciphertext=_b64(wrapping_key.encrypt(nonce, bytes(data_key), _canonical(header)))
    )
    if secret is not None:
        sealed = _utf8(secret)
        if not 0 < len(sealed) <= _MAX_SECRET_BYTES:
            raise ValueError("a sealed secret must be 1 to 256 bytes")
        secret_nonce = secrets.token_bytes(_NONCE_BYTES)
        body["secret_nonce"] = _b64(secret_nonce)
        body["secret"] = _b64(wrapping_key.encrypt(secret_nonce, sealed, _canonical(header | _SECRET_PART)))
    body["check"] = hashlib.sha256(_canonical(body)).hexdigest()
    return json.dumps(body, indent=1, sort_keys=True).encode() + b"\n"


def unwrap(raw: bytes, username: str, password: str, floor: KdfParams = KDF_FLOOR) -> bytes:
    """The data key, or a specific error: damaged slot, weak parameters, or wrong credentials."""
    return unwrap_with_secret(raw, username, password, floor)[0]


def _parsed(raw: bytes) -> tuple[dict[str, Any], KdfParams, bytes, bytes, bytes, tuple[bytes, bytes] | None, str]:
    """The slot's fields, checked for shape and integrity; KeySlotDamaged or WeakKeySlot otherwise
    (the floor is checked by the caller, before any derivation)."""
    try:
        body = json.loads(raw.decode("utf-8"))
        if not isinstance(body, dict) or body.get("format") != FORMAT or body.get("version") != VERSION:
            raise ValueError("unknown slot format")
        k = body["kdf"]
        if k.get("algorithm") != "argon2id":
            raise ValueError("unknown kdf")
        numbers = (k["memory_kib"], k["iterations"], k["lanes"])
        if not all(type(n) is int and n > 0 for n in numbers):
            raise ValueError("bad kdf numbers")
        kdf = KdfParams(*numbers)
        salt = _unb64(k["salt"])
        nonce = _unb64(body["nonce"])
        ciphertext = _unb64(body["ciphertext"])
        sealed = None
        if "secret" in body or "secret_nonce" in body:
            sealed = (_unb64(body["secret_nonce"]), _unb64(body["secret"]))
        check = body.pop("check")
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise KeySlotDamaged() from None
    return body, kdf, salt, nonce, ciphertext, sealed, check


def unwrap_with_secret(
    raw: bytes, username: str, password: str, floor: KdfParams = KDF_FLOOR
) -> tuple[bytes, str | None]:
    """The data key and the sealed secret (None for a slot without one), from one derivation."""
    sid = slot_id(username)
    body, kdf, salt, nonce, ciphertext, sealed, check = _parsed(raw)
    if not kdf.at_least(floor):
        raise WeakKeySlot()
    if (
        hashlib.sha256(_canonical(body)).hexdigest() != check
        or not _KDF_CEILING.at_least(kdf)
        or len(salt) != _SALT_BYTES
        or len(nonce) != _NONCE_BYTES
        or len(ciphertext) != DATA_KEY_BYTES + 16
        or (
            sealed is not None and (len(sealed[0]) != _NONCE_BYTES or not 16 < len(sealed[1]) <= _MAX_SECRET_BYTES + 16)
        )
    ):
        raise KeySlotDamaged()
    if body["slot"] != sid:
        raise WrongCredentials()
    header = _header(sid, kdf, salt)
    wrapping_key = AESGCM(_derive(password, salt, kdf))
    try:
        data_key = wrapping_key.decrypt(nonce, ciphertext, _canonical(header))
    except InvalidTag:
        raise WrongCredentials() from None
    if sealed is None:
        return data_key, None
    try:
        secret = wrapping_key.decrypt(sealed[0], sealed[1], _canonical(header | _SECRET_PART))
        return data_key, secret.decode("utf-8", "surrogatepass")
    except (InvalidTag, UnicodeDecodeError):
        raise KeySlotDamaged() from None  # the data key opened, so the password is right: the file was altered


def kdf_of(raw: bytes) -> KdfParams:
    """The cost a slot was made with, so a re-wrap keeps it."""
    return _parsed(raw)[1]


class KeySlots:
    """The folder of slot files in a profile."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, username: str) -> Path:
        return self.folder / f"{slot_id(username)}.slot"

    def exists(self, username: str) -> bool:
        return self.path_for(username).exists()

    def count(self) -> int:
        return len(list(self.folder.glob("*.slot"))) if self.folder.exists() else 0

    def unlock(self, username: str, password: str, floor: KdfParams = KDF_FLOOR) -> bytes:
        return self.unlock_with_secret(username, password, floor)[0]

    def _decoy(self, password: str) -> None:
        """Spend the effort a real slot here would cost, so timing does not reveal who may sign in."""
        cost = DEFAULT_KDF
        for path in sorted(self.folder.glob("*.slot")) if self.folder.is_dir() else []:
            try:
                cost = kdf_of(path.read_bytes())
                break
            except (OSError, KeySlotDamaged):
                continue
        _derive(password, secrets.token_bytes(_SALT_BYTES), cost if _KDF_CEILING.at_least(cost) else DEFAULT_KDF)

    def unlock_with_secret(
        self, username: str, password: str, floor: KdfParams = KDF_FLOOR
    ) -> tuple[bytes, str | None]:
        """The data key and this user's sealed secret (None if the slot has none yet)."""
        path = self.path_for(username)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            self._decoy(password)
            raise WrongCredentials() from None
        return unwrap_with_secret(raw, username, password, floor)

    def set_secret(
        self, username: str, password: str, data_key: bytes, secret: str | None, *, kdf: KdfParams | None = None
    ) -> None:
        """Re-wrap one user's slot with ``secret`` sealed inside (None removes it), atomically.
        Also how a slot moves to another password while keeping its secret: the caller holds the
        data key, so no old password is needed here. ``kdf`` defaults to the slot's own cost."""
        path = self.path_for(username)
        try:
            cost = kdf or kdf_of(path.read_bytes())
        except FileNotFoundError:
            raise UnknownUser() from None
        write_atomically(path, wrap(data_key, username, password, cost, secret=secret))

    def add(
        self, data_key: bytes, username: str, password: str, kdf: KdfParams = DEFAULT_KDF, *, secret: str | None = None
    ) -> None:
        if self.exists(username):
            raise UserExists()
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomically(self.path_for(username), wrap(data_key, username, password, kdf, secret=secret))

    def replace(
        self, data_key: bytes, username: str, password: str, kdf: KdfParams = DEFAULT_KDF, *, secret: str | None = None
    ) -> None:
        """Re-wrap one user's slot (password change): the new file lands atomically over the old.
        Pass the slot's ``secret`` to keep it (Vault.change_password does); without it the slot
        loses it, which only costs that user one online sign-in."""
        if not self.exists(username):
            raise UnknownUser()
        write_atomically(self.path_for(username), wrap(data_key, username, password, kdf, secret=secret))

    def remove(self, username: str) -> None:
        path = self.path_for(username)
        if not path.exists():
            raise UnknownUser()
        shred(path)

    def shred_all(self) -> int:
        """Crypto-shred every slot (and half-written copies a killed process left): without them the
        database key is gone for good."""
        slots = list(self.folder.glob("*.slot")) if self.folder.exists() else []
        for path in slots:
            shred(path)
        shred_leftovers(self.folder, "*.slot")
        return len(slots)
