"""Setting a device up: the vault with its first user, then enrollment with the server.

Why retryable: enrollment needs the network, and a shelter's Wi-Fi drops. A failed enrollment
leaves the new vault in place; the next try opens it with the same username and password and
enrolls with the same keys (app/sync/identity keeps them), so a code the server already took is
recognised rather than spent twice.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.domain.password_policy import password_problem
from app.security import errors
from app.security.errors import SignInFailed
from app.storage.errors import VaultError, WrongCredentials
from app.storage.key_slots import KdfParams
from app.storage.vault import Vault
from app.sync import identity
from app.sync.device_file import DeviceFile
from app.sync.errors import SyncError, retryable
from app.sync.transport import Transport

PARTLY_SET_UP = (
    "This device was partly set up with another username or password. Use the same ones to finish setting it up."
)


def _problem(server_url: str, code: str, device_name: str, username: str) -> str | None:
    """What is wrong with the set-up form, in words, before anything is made."""
    if not server_url.strip().lower().startswith(("https://", "http://")):
        return "Enter the server address your Security Coordinator gave you, starting with https://."
    if not code.strip():
        return "Enter the enrollment code your Security Coordinator gave you."
    if not device_name.strip() or len(device_name.strip()) > 100:
        return "Give this device a name of 1 to 100 characters, such as the shelter and a number."
    if not username.strip() or len(username.strip()) > 150 or any(c.isspace() for c in username.strip()):
        return "Enter your HMIS username (no spaces)."
    return None


def set_up(
    profile: Path,
    transport_for: Callable[[DeviceFile], Transport],
    *,
    server_url: str,
    code: str,
    device_name: str,
    username: str,
    password: str,
    pin: str | None,
    ca_file: str | None,
    kdf: KdfParams,
    floor: KdfParams,
) -> None:
    """Make (or re-open) the vault and enroll it. SignInFailed with a sentence on any failure; a
    refused form changes nothing."""
    problem = _problem(server_url, code, device_name, username)
    if problem:
        raise SignInFailed("refused", problem)
    if DeviceFile.load(profile) is not None and Vault.exists(profile):
        raise SignInFailed("refused", "This device is already set up. Sign in instead.")
    username = username.strip()
    try:
        if Vault.exists(profile):
            vault = Vault.open(profile, username, password, floor=floor)
        else:
            problem = password_problem(password, user_inputs=(username,))
            if problem:
                raise SignInFailed("refused", problem)
            vault = Vault.create(profile, username, password, kdf=kdf)
    except WrongCredentials:
        raise SignInFailed("wrong", PARTLY_SET_UP) from None
    except VaultError as error:
        raise SignInFailed("refused", str(error)) from None
    try:
        if identity.is_enrolled(vault):
            identity.device_file(vault)  # enrolled, but the device file was lost: write it again
            return
        transport = transport_for(
            DeviceFile(
                server_url=server_url.strip(),
                device_id="",
                server_public_key="",
                checkin_key="",
                spki_pin=pin,
                ca_file=ca_file,
            )
        )
        try:
            identity.enroll(vault, transport, code=code, name=device_name.strip(), pin=pin, ca_file=ca_file)
        finally:
            transport.close()
    except SyncError as error:
        if retryable(error.status):
            raise SignInFailed("offline", errors.OFFLINE) from None
        raise SignInFailed("refused", str(error)) from None
    finally:
        vault.close()
