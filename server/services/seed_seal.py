"""A user's TOTP seed sealed with AES-GCM, so what the database holds is no second factor.

Why: a copy of the database (a backup, a replica, a disk) must not hand over every account's
authenticator. The key is derived from the deployment's signing key, which every server process
has and which is kept apart from the database. The user's id is the associated data, so a sealed
seed copied into another user's row does not open there. The sealed text names its form and its
key (``s1.<key id>.<nonce and ciphertext>``), so a key change is found, not mistaken for damage.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from server.services import signing_key as signing_keys  # the parameter below is named signing_key

VERSION = "s1"
PREFIX = VERSION + "."
_NONCE_BYTES = 12
_INFO = b"hmis-intake totp seed seal v1"


class SeedSealError(Exception):
    """A sealed seed that does not open with this key; ``str()`` says why in words, never the seed."""


def seed_key(signing_key: Ed25519PrivateKey) -> bytes:
    """The 32-byte sealing key, derived from the signing key for this one use (as
    ``sessions.successor_key`` derives its own): the database never holds it."""
    return signing_keys.derived(signing_key, _INFO)


def key_id(key: bytes) -> str:
    """A short name for ``key`` that gives nothing of it away, carried in every sealed seed."""
    return hashlib.sha256(key).hexdigest()[:8]


def is_sealed(value: str) -> bool:
    """Whether ``value`` is a sealed seed rather than a seed (base32 never holds a dot)."""
    return value.startswith(PREFIX)


def sealed_with(value: str) -> str | None:
    """The key id a sealed seed names; None for anything else."""
    return value.split(".", 2)[1] if is_sealed(value) and value.count(".") >= 2 else None


def seal(key: bytes, user_id: str, seed: str) -> str:
    """``seed`` sealed for ``user_id``'s row only."""
    nonce = secrets.token_bytes(_NONCE_BYTES)
    box = AESGCM(key).encrypt(nonce, seed.encode("ascii"), user_id.encode("ascii"))
    return f"{PREFIX}{key_id(key)}.{base64.urlsafe_b64encode(nonce + box).decode('ascii')}"


def unseal(key: bytes, user_id: str, sealed: str) -> str:
    """The seed sealed in ``sealed`` for ``user_id``; SeedSealError when it is not sealed, names
    another key, was altered, or was sealed for another user."""
    if not is_sealed(sealed):
        raise SeedSealError("An account's TOTP seed is not in sealed form; the server seals such seeds at its start.")
    if sealed_with(sealed) != key_id(key):
        raise SeedSealError(
            "An account's TOTP seed is sealed under another signing key: run "
            "`hmis-server reseal-seeds --previous-signing-key FILE` with the key it was sealed under."
        )
    try:
        raw = base64.urlsafe_b64decode(sealed.split(".", 2)[2].encode("ascii"))
        if len(raw) <= _NONCE_BYTES:
            raise ValueError
        seed = AESGCM(key).decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], user_id.encode("ascii"))
        return seed.decode("ascii")
    except (ValueError, binascii.Error, InvalidTag, UnicodeError):
        raise SeedSealError(
            "An account's sealed TOTP seed does not open: it was altered, or copied from another account's row."
        ) from None
