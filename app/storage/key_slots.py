"""Key slots: the vault's data key, wrapped once per user allowed on this device.

Why: like LUKS, the database has one random data key; each user's password unlocks only a wrapped
copy of it. A changed password re-wraps one slot; removing a user shreds one file. The KDF
parameters are bound into the AES-GCM associated data, and a floor is enforced before any work,
so nobody can make a slot cheaper to attack by editing it.
"""
from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass
from pathlib import Path

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

    def at_least(self, floor: "KdfParams") -> bool:
        return (self.memory_kib >= floor.memory_kib and self.iterations >= floor.iterations
                and self.lanes >= floor.lanes)


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
    return Argon2id(salt=salt, length=32, iterations=kdf.iterations, lanes=kdf.lanes,
                    memory_cost=kdf.memory_kib).derive(_utf8(password))


def _header(sid: str, kdf: KdfParams, salt: bytes) -> dict:
    return {"format": FORMAT, "version": VERSION, "slot": sid,
            "kdf": {"algorithm": "argon2id", "memory_kib": kdf.memory_kib,
                    "iterations": kdf.iterations, "lanes": kdf.lanes, "salt": _b64(salt)}}


def wrap(data_key: bytes, username: str, password: str, kdf: KdfParams = DEFAULT_KDF) -> bytes:
    """A slot file's bytes holding ``data_key`` for this user and password."""
    sid = slot_id(username)
    salt = secrets.token_bytes(_SALT_BYTES)
    nonce = secrets.token_bytes(_NONCE_BYTES)
    header = _header(sid, kdf, salt)
    wrapping_key = _derive(password, salt, kdf)
    ciphertext = AESGCM(wrapping_key).encrypt(nonce, bytes(data_key), _canonical(header))
    body = dict(header, nonce=_b64(nonce), ciphertext=_b64(ciphertext))
    body["check"] = hashlib.sha256(_canonical(body)).hexdigest()
    return json.dumps(body, indent=1, sort_keys=True).encode() + b"\n"


def unwrap(raw: bytes, username: str, password: str, floor: KdfParams = KDF_FLOOR) -> bytes:
    """The data key, or a specific error: damaged slot, weak parameters, or wrong credentials."""
    sid = slot_id(username)
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
        check = body.pop("check")
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise KeySlotDamaged() from None
    if not kdf.at_least(floor):
        raise WeakKeySlot()
    if (hashlib.sha256(_canonical(body)).hexdigest() != check or not _KDF_CEILING.at_least(kdf)
            or len(salt) != _SALT_BYTES or len(nonce) != _NONCE_BYTES
            or len(ciphertext) != DATA_KEY_BYTES + 16):
        raise KeySlotDamaged()
    if body["slot"] != sid:
        raise WrongCredentials()
    try:
        return AESGCM(_derive(password, salt, kdf)).decrypt(nonce, ciphertext, _canonical(_header(sid, kdf, salt)))
    except InvalidTag:
        raise WrongCredentials() from None


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
        path = self.path_for(username)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            # Spend the same KDF effort so timing does not reveal who may sign in here.
            _derive(password, secrets.token_bytes(_SALT_BYTES), DEFAULT_KDF)
            raise WrongCredentials() from None
        return unwrap(raw, username, password, floor)

    def add(self, data_key: bytes, username: str, password: str, kdf: KdfParams = DEFAULT_KDF) -> None:
        if self.exists(username):
            raise UserExists()
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomically(self.path_for(username), wrap(data_key, username, password, kdf))

    def replace(self, data_key: bytes, username: str, password: str, kdf: KdfParams = DEFAULT_KDF) -> None:
        """Re-wrap one user's slot (password change): the new file lands atomically over the old."""
        if not self.exists(username):
            raise UnknownUser()
        write_atomically(self.path_for(username), wrap(data_key, username, password, kdf))

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
