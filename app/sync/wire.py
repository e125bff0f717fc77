"""The signed wire format shared by the device and the central service.

Why one module for both sides: a request the device signs must be byte-for-byte the request the
server verifies, and a wipe command the server signs must verify on the device. Pure Python plus
`cryptography`; no HTTP library and no Qt, so the server can import it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PROTOCOL = b"HMIS-Intake-v1"
DEVICE = "X-HMIS-Device"
TIME = "X-HMIS-Time"
NONCE = "X-HMIS-Nonce"
SIGNATURE = "X-HMIS-Signature"
#: The body's SHA-256 (RFC 9530, before any gzip): what the signature covers, readable before the
#: body is, so a large upload is proven to come from its device before a byte of it is read.
DIGEST = "Repr-Digest"


def canonical_json(obj: object) -> bytes:
    """The one byte form of a JSON value that both sides sign and verify."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def wall_ms() -> int:
    """The wall clock in milliseconds: what a device stamps and signs with unless told otherwise."""
    return int(time.time() * 1000)


def signing_input(method: str, target: str, timestamp_ms: int, nonce: str, body_sha256: str) -> bytes:
    """What a device signs: method, path with query, time, a fresh nonce, and the body's SHA-256
    in hex (so the server can check a body not read yet, as it arrives)."""
    return b"\n".join(
        [
            PROTOCOL,
            method.upper().encode(),
            target.encode(),
            str(timestamp_ms).encode(),
            nonce.encode(),
            body_sha256.encode(),
        ]
    )


def digest_header(body_sha256: str) -> str:
    """``sha-256=:<base64>:``, the Repr-Digest value for a body of that hash."""
    return f"sha-256=:{b64(bytes.fromhex(body_sha256))}:"


def digest_from_header(value: str) -> str | None:
    """The hex SHA-256 a Repr-Digest value declares, or None when it declares none we can use."""
    for member in value.split(","):
        name, _, rest = member.strip().partition("=")
        if name.strip().lower() == "sha-256" and len(rest) > 2 and rest[0] == rest[-1] == ":":
            try:
                raw = unb64(rest[1:-1])
            except ValueError:
                return None
            return raw.hex() if len(raw) == 32 else None
    return None


def sign_request(
    key: Ed25519PrivateKey,
    device_id: str,
    method: str,
    target: str,
    body: bytes,
    *,
    now_ms: int | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """Headers that prove this device sent exactly this request, once."""
    stamp = wall_ms() if now_ms is None else now_ms
    nonce = nonce or secrets.token_hex(16)
    body_sha256 = hashlib.sha256(body).hexdigest()
    signature = key.sign(signing_input(method, target, stamp, nonce, body_sha256))
    return {
        DEVICE: device_id,
        TIME: str(stamp),
        NONCE: nonce,
        SIGNATURE: b64(signature),
        DIGEST: digest_header(body_sha256),
    }


def verify(public_key: bytes, signature_b64: str, message: bytes) -> bool:
    """True only for a valid Ed25519 signature; any malformed input is simply not valid."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(unb64(signature_b64), message)
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


def sign_statement(key: Ed25519PrivateKey, statement: dict) -> str:
    """Sign a JSON statement (a wipe command, a wipe report) in its canonical form."""
    return b64(key.sign(canonical_json(statement)))


def verify_statement(public_key: bytes, statement: dict, signature_b64: str) -> bool:
    return verify(public_key, signature_b64, canonical_json(statement))


def enrollment_proof(code: str, public_key_b64: str, name: str, checkin_key_b64: str | None = None) -> bytes:
    """What a new device signs (with each of its keys) to show it holds the keys it registers."""
    statement = {"purpose": "enroll", "code": code, "public_key": public_key_b64, "name": name}
    if checkin_key_b64 is not None:
        statement["checkin_key"] = checkin_key_b64
    return canonical_json(statement)


def private_bytes(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
