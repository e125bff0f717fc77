"""The online session: sign-in with password and TOTP, and tokens kept inside the vault.

Why inside the vault: a token plus this device's key is a signed-in user; neither leaves the
encrypted store. An access token lasts minutes and is refreshed quietly; when the session itself
ends (12 hours at most, by policy) the user must sign in again with a fresh code.
"""

from __future__ import annotations

import json

from app.storage.vault import Vault
from app.sync import identity
from app.sync.errors import BadResponse, SignInRequired, SyncError
from app.sync.transport import Signer, Transport

_REFRESH_MARGIN_MS = 30_000
#: Where a device says it holds the TOTP seed a sign-in sent it (sealed in the user's key slot).
SEED_HELD = "/v1/auth/seed-held"


class OnlineSession:
    def __init__(self, vault: Vault, transport: Transport) -> None:
        self.vault = vault
        self.transport = transport
        self.last_token: str | None = None  # the token the last ``call`` used

    def _stored(self) -> dict | None:
        text = self.vault.meta("session")
        data = json.loads(text) if text else None
        return data if data and data.get("username") == self.vault.username else None

    def _keep(self, answer: object) -> dict:
        if (
            not isinstance(answer, dict)
            or not all(isinstance(answer.get(k), str) for k in ("access_token", "refresh_token"))
            or not all(isinstance(answer.get(k), int) for k in ("access_expires_ms", "session_expires_ms"))
        ):
            raise BadResponse()
        kept = {k: answer[k] for k in ("access_token", "refresh_token", "access_expires_ms", "session_expires_ms")}
        user = answer.get("user")
        role = user.get("role") if isinstance(user, dict) else (self._stored() or {}).get("role")
        self.vault.set_meta("session", json.dumps(kept | {"username": self.vault.username, "role": role}))
        return answer

    def sign_in(self, password: str, code: str) -> dict:
        """Password and TOTP code to the server. A first sign-in may answer ``mfa_setup_required``
        with a set-up token and the authenticator's address; confirm it with ``confirm_mfa``."""
        answer = self.transport.call(
            "POST",
            "/v1/auth/login",
            {"username": self.vault.username, "password": password, "code": code},
            signer=identity.signer(self.vault),
        )
        if isinstance(answer, dict) and answer.get("mfa_setup_required"):
            return answer
        return self._keep(answer)

    def confirm_mfa(self, setup_token: str, code: str) -> dict:
        return self._keep(
            self.transport.call(
                "POST",
                "/v1/auth/mfa/confirm",
                {"setup_token": setup_token, "code": code},
                signer=identity.signer(self.vault),
            )
        )

    def role(self) -> str | None:
        """The signed-in user's role as the server last said it (the server enforces it)."""
        return (self._stored() or {}).get("role")

    def token(self) -> str:
        """A live access token, refreshed if it is about to end; SignInRequired when the session is over."""
        stored = self._stored()
        now = self.transport.now_ms()
        if stored is None or stored["session_expires_ms"] <= now:
            raise SignInRequired()
        if stored["access_expires_ms"] - _REFRESH_MARGIN_MS > now:
            return stored["access_token"]
        return self.refresh()

    def refresh(self) -> str:
        stored = self._stored()
        if stored is None:
            raise SignInRequired()
        try:
            answer = self.transport.call(
                "POST",
                "/v1/auth/refresh",
                {"refresh_token": stored["refresh_token"]},
                signer=identity.signer(self.vault),
            )
        except SignInRequired:
            self.forget()
            raise
        return self._keep(answer)["access_token"]

    def call(self, method: str, target: str, body: object = None, *, signer: Signer | None = None) -> dict | list:
        """A request as the signed-in user. An access token the server no longer takes (revoked,
        or a clock out of step) is refreshed once; a session that is over raises SignInRequired."""
        signer = signer or identity.signer(self.vault)
        try:
            self.last_token = self.token()
            return self.transport.call(method, target, body, signer=signer, token=self.last_token)
        except SignInRequired:
            self.last_token = self.refresh()
            return self.transport.call(method, target, body, signer=signer, token=self.last_token)

    def seed_held(self) -> bool:
        """Tell the server this device now holds the signed-in user's TOTP seed, so later sign-ins
        here stop carrying it. False when it could not be told: the next sign-in sends it again."""
        try:
            answer = self.call("POST", SEED_HELD)
        except SyncError:
            return False
        return isinstance(answer, dict) and answer.get("held") is True

    def forget(self) -> None:
        with self.vault.transaction() as conn:
            conn.execute("DELETE FROM meta WHERE key = 'session'")

    def sign_out(self) -> None:
        """End the session on the server (if reachable) and here."""
        stored = self._stored()
        try:
            if stored is not None:
                self.transport.call(
                    "POST", "/v1/auth/logout", None, signer=identity.signer(self.vault), token=stored["access_token"]
                )
        finally:
            self.forget()
