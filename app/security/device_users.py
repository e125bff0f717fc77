"""Adding another person to a device: the server vouches for them, then they get a key slot.

Why online only: the device has no way to check a newcomer's password or code by itself. The
server verifies both (and its rules: training, agency, not disabled); only then is the data key
wrapped to the newcomer's password, with their TOTP seed sealed beside it for offline days. The
session the check opened for them on the server is ended at once: the current user stays signed in.
"""

from __future__ import annotations

from app.security import known_users
from app.security.errors import SignInFailed
from app.security.outcomes import MfaSetupNeeded, SignedIn
from app.security.server_answer import refusal
from app.storage.key_slots import KdfParams
from app.sync import identity, session
from app.sync.errors import BadResponse, SyncError
from app.sync.transport import Transport

NEEDS_ONLINE = "Adding someone to this device needs a connection to the server."
ALREADY = "That person can already sign in on this device."


def _refused(error: SyncError) -> SignInFailed:
    return refusal(error) or SignInFailed("offline", NEEDS_ONLINE)


def _post(current: SignedIn, transport: Transport, target: str, body: dict) -> dict:
    """A sign-in call for the newcomer, signed by this device; a refusal in words."""
    try:
        answer = transport.call("POST", target, body, signer=identity.signer(current.vault))
    except SyncError as error:
        raise _refused(error) from None
    if not isinstance(answer, dict):
        raise _refused(BadResponse())
    return answer


def _ask_server(current: SignedIn, transport: Transport, username: str, password: str, code: str) -> dict:
    """The server's login answer for the newcomer (tokens, or an authenticator to set up)."""
    if not username:
        raise SignInFailed("refused", "Enter the person's HMIS username.")
    if current.vault.slots.exists(username):
        raise SignInFailed("refused", ALREADY)
    return _post(current, transport, "/v1/auth/login", {"username": username, "password": password, "code": code})


def _add(
    current: SignedIn,
    transport: Transport,
    username: str,
    password: str,
    code: str,
    answer: dict,
    *,
    kdf: KdfParams,
    now_ms: int,
) -> None:
    """Give the newcomer a key slot (their seed sealed in it), tell the server the seed is held
    here, and end their server session."""
    vault = current.vault
    seed = answer.get("totp_seed") if isinstance(answer.get("totp_seed"), str) else None
    vault.add_user(username, password, kdf=kdf, secret=seed or None)
    known_users.from_server(vault, username, answer)
    known_users.note_code(vault, username, seed, code, now_ms)
    token = answer.get("access_token")
    if not isinstance(token, str):
        return
    signer = identity.signer(vault)
    if seed:
        try:
            transport.call("POST", session.SEED_HELD, None, signer=signer, token=token)
        except SyncError:
            pass  # not heard (a bad link): their next sign-in here sends the seed again
    try:
        transport.call("POST", "/v1/auth/logout", None, signer=signer, token=token)
    except SyncError:
        pass  # the token ends by itself within minutes and is useless without this device


def add_user(
    current: SignedIn, transport: Transport, username: str, password: str, code: str, *, kdf: KdfParams, now_ms: int
) -> MfaSetupNeeded | None:
    """The newcomer gets a slot now, or an authenticator to set up first (then ``confirm``)."""
    answer = _ask_server(current, transport, username, password, code)
    if answer.get("mfa_setup_required"):
        try:
            return MfaSetupNeeded.from_answer(answer, current.vault, username, password, adding_for=current)
        except BadResponse as error:
            raise _refused(error) from None
    _add(current, transport, username, password, code, answer, kdf=kdf, now_ms=now_ms)
    return None


def confirm(pending: MfaSetupNeeded, transport: Transport, code: str, *, kdf: KdfParams, now_ms: int) -> SignedIn:
    """The newcomer's first code; the current user's SignedIn comes back unchanged. A wrong code
    may be tried again with the same ``pending``."""
    current = pending.adding_for
    assert current is not None
    answer = _post(current, transport, "/v1/auth/mfa/confirm", {"setup_token": pending.setup_token, "code": code})
    _add(current, transport, pending.username, pending.password, code, answer, kdf=kdf, now_ms=now_ms)
    pending.forget()
    return current
