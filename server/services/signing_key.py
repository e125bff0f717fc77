"""The deployment's Ed25519 key: it signs wipe commands so a device obeys only this service.

Devices pin the public key at enrollment, so every host of one deployment must sign with the
same key: it lives in one file that every host is given (``--signing-key`` or
``HMIS_SIGNING_KEY_FILE``), and it is made only by ``hmis-server make-signing-key``, never as a
side effect of a start (two hosts starting on empty disks would each make their own).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, load_pem_private_key

HOW_TO_SHARE = "give every server of the deployment that same file (--signing-key PATH or HMIS_SIGNING_KEY_FILE)"


class SigningKeyError(Exception):
    """The key file is missing, unreadable, or not a key; ``str()`` says what to do, in words."""


def derived(key: Ed25519PrivateKey, purpose: bytes) -> bytes:
    """A 32-byte key for one ``purpose`` (HKDF-SHA256): every process of the deployment has the
    signing key, so each derives the same one, and the database never holds it."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(key.private_bytes_raw())


def load(path: Path) -> Ed25519PrivateKey:
    """The key in ``path``; refuses (never creates) when there is none, saying how to make one."""
    try:
        pem = path.read_bytes()
    except FileNotFoundError:
        raise SigningKeyError(
            f"There is no wipe-signing key at {path}. Make one once for the whole deployment with "
            f"`hmis-server make-signing-key {path}`, then {HOW_TO_SHARE}."
        ) from None
    except OSError as error:
        raise SigningKeyError(
            f"The wipe-signing key at {path} cannot be read ({error.strerror}); "
            "the server's user must be able to read it."
        ) from None
    try:
        key = load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        key = None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError(
            f"The file {path} does not hold an unencrypted Ed25519 key in PEM form; "
            "point the server at the key `hmis-server make-signing-key` made."
        )
    return key


def create(path: Path) -> Ed25519PrivateKey:
    """Make a new key in ``path`` (readable by its owner only); refuses to replace an existing file.

    Why never replace: every enrolled device pinned the old key and would refuse wipes signed by a
    new one. The file appears whole or not at all (written aside, then linked into place).
    """
    if path.exists():
        raise SigningKeyError(
            f"{path} already exists; it is left as it is. Devices enrolled with this "
            "deployment trust the key in it, so a new one would make them refuse wipes."
        )
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    aside = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), 0o600)
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        os.link(aside, path)  # fails if the file appeared meanwhile: still no overwrite
    except FileExistsError:
        raise SigningKeyError(f"{path} already exists; it is left as it is.") from None
    finally:
        aside.unlink(missing_ok=True)
    return key
