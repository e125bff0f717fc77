"""Device identity: enrollment with a one-time code, and the keys the device signs with.

Why the device makes its own keys: the private halves never leave it. The main key lives inside
the vault (meta ``device_key``) and signs everything a signed-in user does; the check-in key lives
in the profile's device file and can only check in and confirm a wipe (see ``device_file``).
After enrollment the server's device id becomes this device's clock node and operation-id
prefix, as the server requires of every change it takes.
"""

from __future__ import annotations

import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.domain import hlc
from app.domain.ids import is_valid_id
from app.storage import outbox
from app.storage.vault import Vault
from app.sync import wire
from app.sync.device_file import DeviceFile
from app.sync.errors import BadResponse, NotEnrolled, Refused
from app.sync.transport import Signer, Transport


def _key(text: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(wire.unb64(text))


def is_enrolled(vault: Vault) -> bool:
    return vault.meta("device_key") is not None


def signer(vault: Vault) -> Signer:
    """The main key: for everything done on behalf of the signed-in user."""
    key = vault.meta("device_key")
    if key is None:  # is_enrolled(vault), read once
        raise NotEnrolled()
    assert vault.device_id is not None  # Vault.create gives every vault its id
    return Signer(vault.device_id, _key(key))


def checkin_signer(device: DeviceFile) -> Signer:
    """The check-in key: usable before anyone signs in, for check-ins and wipe acknowledgements."""
    return Signer(device.device_id, _key(device.checkin_key))


def enroll(
    vault: Vault, transport: Transport, *, code: str, name: str, pin: str | None = None, ca_file: str | None = None
) -> DeviceFile:
    """Register this device with the server and adopt the id the server gives it."""
    if is_enrolled(vault):
        raise Refused("This device is already enrolled. Wipe it before enrolling it again.")
    code = code.strip().upper()
    main, checkin = _keys_for(vault, code)
    public, checkin_public = wire.b64(wire.public_bytes(main)), wire.b64(wire.public_bytes(checkin))
    proof = wire.enrollment_proof(code, public, name, checkin_public)
    answer = transport.call(
        "POST",
        "/v1/devices/enroll",
        {
            "code": code,
            "public_key": public,
            "name": name,
            "proof": wire.b64(main.sign(proof)),
            "checkin_key": checkin_public,
            "checkin_proof": wire.b64(checkin.sign(proof)),
        },
    )
    if not isinstance(answer, dict):
        raise BadResponse()
    device_id, server_key = answer.get("device_id"), answer.get("server_public_key")
    if not (isinstance(device_id, str) and is_valid_id(device_id) and isinstance(server_key, str)):
        raise BadResponse()
    try:
        if len(wire.unb64(server_key)) != 32:
            raise ValueError
    except ValueError:
        raise BadResponse() from None
    device = DeviceFile(
        server_url=transport.base_url,
        device_id=device_id,
        server_public_key=server_key,
        checkin_key=wire.b64(wire.private_bytes(checkin)),
        spki_pin=pin,
        ca_file=ca_file,
        lease_renewed_ms=transport.now_ms(),
        last_seen_ms=transport.now_ms(),
    )
    with vault.transaction() as conn:
        for key, value in (
            ("device_key", wire.b64(wire.private_bytes(main))),
            ("server_url", transport.base_url),
            ("server_public_key", server_key),
            ("spki_pin", pin),
            ("ca_file", ca_file),
            ("device_id", device_id),
            ("lease_renewed_ms", str(device.lease_renewed_ms)),
            ("last_seen_ms", str(device.last_seen_ms)),
            ("checkin_key", device.checkin_key),
        ):
            if value is not None:
                vault.set_meta(key, value)
        _adopt_node(vault, device_id)
        conn.execute("DELETE FROM meta WHERE key = 'enrolling'")
    vault.device_id = device_id
    device.pending_changes = outbox.pending_count(vault.conn)
    device.save(vault.profile)
    return device


def _keys_for(vault: Vault, code: str) -> tuple[Ed25519PrivateKey, Ed25519PrivateKey]:
    """The keys of an enrollment with ``code``: the same ones if an earlier try may have reached
    the server (its answer lost), so the server can recognise the device and the code is not spent."""
    kept = vault.meta("enrolling")
    if kept:
        data = json.loads(kept)
        if data["code"] == code:
            return _key(data["main"]), _key(data["checkin"])
    main, checkin = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    vault.set_meta(
        "enrolling",
        json.dumps(
            {"code": code, "main": wire.b64(wire.private_bytes(main)), "checkin": wire.b64(wire.private_bytes(checkin))}
        ),
    )
    return main, checkin


def _adopt_node(vault: Vault, node: str) -> None:
    """Changes made before enrollment carry the local node; the server takes only its own id.
    Call inside the enrollment's transaction."""

    def renamed(text: str) -> str:
        stamp = hlc.Stamp.decode(text)
        return hlc.Stamp(stamp.ms, stamp.counter, node).encode()

    rows = vault.conn.execute("SELECT seq, hlc FROM outbox WHERE state = 'pending'").fetchall()
    for seq, text in rows:
        vault.conn.execute("UPDATE outbox SET hlc = ? WHERE seq = ?", (renamed(text), seq))
    last = vault.meta("hlc")
    if last:
        vault.set_meta("hlc", renamed(last))


def device_file(vault: Vault) -> DeviceFile:
    """The profile's device file, rewritten from the vault if a crash or a hand lost it."""
    found = DeviceFile.load(vault.profile)
    if found is not None and found.device_id == vault.device_id:
        return found
    if not is_enrolled(vault):
        raise NotEnrolled()
    server_url, server_key, checkin_key = (vault.meta(k) for k in ("server_url", "server_public_key", "checkin_key"))
    # enroll() writes these in the transaction that writes device_key, so an enrolled vault has them all
    assert server_url is not None and server_key is not None and checkin_key is not None
    assert vault.device_id is not None
    rebuilt = DeviceFile(
        server_url=server_url,
        device_id=vault.device_id,
        server_public_key=server_key,
        checkin_key=checkin_key,
        spki_pin=vault.meta("spki_pin"),
        ca_file=vault.meta("ca_file"),
        pending_changes=outbox.pending_count(vault.conn),
        lease_renewed_ms=int(vault.meta("lease_renewed_ms") or 0),
        last_seen_ms=int(vault.meta("last_seen_ms") or 0),
    )
    rebuilt.save(vault.profile)
    return rebuilt


def transport_for(device: DeviceFile, **options) -> Transport:
    return Transport(device.server_url, pin=device.spki_pin, ca_file=device.ca_file, **options)
