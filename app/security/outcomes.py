"""What a sign-in hands the window: a signed-in person, or an authenticator still to set up.

Why the reprs are plain: these objects travel through Qt signals and may end up in a log line;
neither a username nor the authenticator's address (it holds the seed) may appear there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.storage.vault import Vault
from app.sync.errors import BadResponse


@dataclass(repr=False)
class SignedIn:
    vault: Vault  # open; the window uses it and the gate closes it at sign-out
    username: str
    role: str | None  # the server's role name (see permissions); None if never known
    online: bool  # True when the server verified this sign-in
    signed_in_ms: int
    session_ends_ms: int  # signed_in_ms + the policy's session hours (12 at most)
    idle_lock_minutes: int  # from the device policy, 15 unless the HMIS Admin set otherwise
    ended: bool = False  # set by sign-out: an ended session is never unlocked with the password alone

    def __repr__(self) -> str:
        return f"SignedIn(role={self.role!r}, online={self.online})"


@dataclass(repr=False)
class MfaSetupNeeded:
    """A first online sign-in of a user whose authenticator is not set up: show ``otpauth_uri``
    as a QR code, then pass this object and the first code to ``Gate.confirm_mfa``. The other
    fields are the gate's own."""

    otpauth_uri: str
    setup_token: str = field(default="")
    vault: Vault | None = None
    username: str = ""
    password: str = ""
    rewrap: bool = False  # the first slot moves to the password the server accepted
    adding_for: SignedIn | None = None  # set when a user is being added to this device

    def __repr__(self) -> str:
        return "MfaSetupNeeded()"

    @classmethod
    def from_answer(
        cls,
        answer: dict,
        vault: Vault,
        username: str,
        password: str,
        *,
        rewrap: bool = False,
        adding_for: SignedIn | None = None,
    ) -> MfaSetupNeeded:
        """The server's "set up your authenticator" answer, checked; BadResponse if it is not one."""
        uri, token = answer.get("otpauth_uri"), answer.get("setup_token")
        if not (isinstance(uri, str) and uri.startswith("otpauth://") and isinstance(token, str) and token):
            raise BadResponse()
        return cls(uri, token, vault, username, password, rewrap=rewrap, adding_for=adding_for)

    def forget(self) -> None:
        """Drop the password held for the confirmation."""
        self.password = ""
        self.setup_token = ""
