"""The gate: whether a person may open the vault, online or offline, and for how long.

Why one service: the window asks one question ("may this person in?") and gets a SignedIn, an
authenticator to set up, or a sentence. Online, the server checks password and code and its no is
final; only when it cannot be reached does the device decide alone, with the password (which must
open the user's key slot) and a code checked against the seed sealed in that slot.

First sign-in after set-up: the device was set up with whatever password the person typed then.
If the server says no while this vault has never had a successful sign-in, the gate keeps that
vault open in memory (it holds only the enrollment, never client data), and a later attempt for
the same user with another password is tried against the server with it. When the server accepts,
the slot is re-wrapped to that password, so the device and the server agree from then on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.security import device_policy, device_setup, device_users, errors, known_users, offline_check, online_facts
from app.security.errors import SignInFailed
from app.security.lockout import Lockout
from app.security.outcomes import MfaSetupNeeded, SignedIn
from app.security.server_answer import refusal
from app.storage import audit
from app.storage.errors import VaultError, WrongCredentials
from app.storage.key_slots import DEFAULT_KDF, KDF_FLOOR, KdfParams, KeySlots, slot_id
from app.storage.vault import SLOTS_DIR, Vault
from app.sync import identity, wire
from app.sync.device_file import DeviceFile
from app.sync.errors import SyncError
from app.sync.session import OnlineSession
from app.sync.transport import Transport

__all__ = ["Gate", "MfaSetupNeeded", "SignInFailed", "SignedIn"]  # what the window imports from here

_SHORT = {"timeout": (3.0, 10.0), "attempts": 1}  # the window must not wait a minute for a dead link
EXPIRED = "The set-up step has expired. Sign in again."


class Gate:
    """One per profile. Call one method at a time, off the UI thread (key derivation, network)."""

    def __init__(
        self,
        profile: Path,
        *,
        transport_factory: Callable[[DeviceFile], Transport] | None = None,
        now_ms: Callable[[], int] = wire.wall_ms,
        kdf: KdfParams = DEFAULT_KDF,
        floor: KdfParams = KDF_FLOOR,
    ) -> None:
        self.profile = profile
        self.now_ms = now_ms
        self.kdf, self.floor = kdf, floor
        self.lockout = Lockout(profile)
        self._transport_factory = transport_factory
        self._held: Vault | None = None  # a never-signed-in vault the server refused (see above)
        self._held_slot = ""

    # -- the device ------------------------------------------------------------------------
    def _transport(self, device: DeviceFile) -> Transport:
        if self._transport_factory is not None:
            return self._transport_factory(device)
        return identity.transport_for(device, now_ms=self.now_ms, **_SHORT)

    def needs_set_up(self) -> bool:
        """No vault, or not enrolled: the window shows the set-up screen."""
        return not Vault.exists(self.profile) or DeviceFile.load(self.profile) is None

    def set_up(
        self,
        *,
        server_url: str,
        code: str,
        device_name: str,
        username: str,
        password: str,
        pin: str | None = None,
        ca_file: str | None = None,
    ) -> None:
        device_setup.set_up(
            self.profile,
            self._transport,
            server_url=server_url,
            code=code,
            device_name=device_name,
            username=username,
            password=password,
            pin=pin,
            ca_file=ca_file,
            kdf=self.kdf,
            floor=self.floor,
        )

    def lockout_wait_s(self) -> int:
        """Seconds until the next attempt is allowed (0: now)."""
        return self.lockout.wait_s(self.now_ms())

    def _ready(self) -> None:
        """Refuse at once, before any key derivation, when no attempt can succeed."""
        if self.needs_set_up():
            raise SignInFailed("not_set_up", errors.NOT_SET_UP)
        if KeySlots(self.profile / SLOTS_DIR).count() == 0:
            raise SignInFailed("shredded", errors.SHREDDED)
        wait = self.lockout_wait_s()
        if wait:
            raise SignInFailed("locked_out", errors.wait_sentence(wait), retry_after_s=wait)

    def _failed(self, vault: Vault | None = None) -> SignInFailed:
        """Count a failed attempt; at the policy's limit the key slots are shredded."""
        limit = device_policy.max_failed_logins(device_policy.current(self.profile))
        if vault is not None:
            self._close(vault)
        now = self.now_ms()
        if self.lockout.failed(now) >= limit:
            self._drop_held()
            KeySlots(self.profile / SLOTS_DIR).shred_all()
            return SignInFailed("shredded", errors.SHREDDED)
        wait = self.lockout.wait_s(now)
        if wait:
            return SignInFailed("wrong", f"{errors.WRONG} {errors.wait_sentence(wait)}", retry_after_s=wait)
        return SignInFailed("wrong", errors.WRONG)

    def _close(self, vault: Vault) -> None:
        if vault is not self._held:
            vault.close()

    def _release(self, vault: Vault) -> None:
        """``vault`` is no longer kept for a retry (it was signed in with, or is being closed)."""
        if vault is self._held:
            self._held = None

    def _drop_held(self) -> None:
        if self._held is not None:
            self._held.close()
            self._held = None

    # -- sign-in -----------------------------------------------------------------------------
    def sign_in(self, username: str, password: str, code: str) -> SignedIn | MfaSetupNeeded:
        """Password and code: online when the server answers, else offline with the sealed seed."""
        self._ready()
        username = (username or "").strip()
        held = self._held if self._held is not None and self._held_slot == slot_id(username) else None
        try:
            vault, seed = Vault.open_with_secret(self.profile, username, password, floor=self.floor)
            held = None
        except WrongCredentials:
            if held is None:
                raise self._failed() from None
            vault, seed = held, None
        except VaultError as error:
            raise SignInFailed("refused", str(error)) from None
        if held is None:
            self._drop_held()
        device = DeviceFile.load(self.profile)
        if not identity.is_enrolled(vault) or device is None:
            self._close(vault)
            raise SignInFailed("not_set_up", errors.NOT_SET_UP)
        vault.username = username
        transport = self._transport(device)
        try:
            answer = OnlineSession(vault, transport).sign_in(password, code)
            if answer.get("mfa_setup_required"):
                return MfaSetupNeeded.from_answer(answer, vault, username, password, rewrap=held is not None)
            return self._accepted(vault, username, password, code, seed, answer, transport, rewrap=held is not None)
        except SyncError as error:
            said = refusal(error)
            if said is None and held is None:
                return self._offline(vault, username, code, seed)
            if said is None:
                raise SignInFailed("needs_online", errors.NEEDS_ONLINE) from None
            raise self._refused(vault, username, said) from None
        finally:
            transport.close()

    def _refused(self, vault: Vault, username: str, said: SignInFailed) -> SignInFailed:
        """The server said no: remember what matters offline; keep a first vault for a retry."""
        if said.status in ("disabled", "training_lapsed"):
            known_users.block(vault, username, said.status)
        if said.status == "wrong":
            if not known_users.has_signed_in(vault):
                self._held, self._held_slot = vault, slot_id(username)
            return self._failed(vault)
        self._close(vault)
        return said

    def _accepted(
        self,
        vault: Vault,
        username: str,
        password: str,
        code: str,
        seed: str | None,
        answer: dict,
        transport: Transport,
        *,
        rewrap: bool,
    ) -> SignedIn:
        """The server said yes: keep what offline days need (see online_facts)."""
        self._release(vault)
        role = online_facts.keep(vault, username, password, code, seed, answer, transport, self.now_ms(), rewrap=rewrap)
        return self._signed(vault, username, role, online=True)

    def _offline(self, vault: Vault, username: str, code: str, seed: str | None) -> SignedIn:
        if seed is None:
            vault.close()
            raise SignInFailed("needs_online", errors.NEEDS_ONLINE)
        if not offline_check.code_accepted(vault, username, seed, code, self.now_ms()):
            raise self._failed(vault)
        offline_check.admissible(vault, username, self.now_ms())
        return self._signed(vault, username, known_users.facts(vault, username).role, online=False)

    def _signed(
        self, vault: Vault, username: str, role: str | None, *, online: bool, since: SignedIn | None = None
    ) -> SignedIn:
        now = self.now_ms()
        policy = device_policy.current(self.profile, vault)
        self.lockout.succeeded(now)
        with vault.transaction() as conn:
            audit.append(
                conn,
                actor=username,
                action=("unlock_after_idle" if since else "sign_in_online" if online else "sign_in_offline"),
            )
        start = since.signed_in_ms if since else now
        ends = since.session_ends_ms if since else now + device_policy.session_hours(policy) * 3600_000
        return SignedIn(vault, username, role, online, start, ends, device_policy.idle_lock_minutes(policy))

    def confirm_mfa(self, pending: MfaSetupNeeded, code: str) -> SignedIn:
        """The first code from the newly set-up authenticator. A wrong code may be tried again with
        the same ``pending``; for a user being added, the current user's SignedIn comes back."""
        vault, device = pending.vault, DeviceFile.load(self.profile)
        if vault is None or vault.conn is None or not pending.setup_token or device is None:
            raise SignInFailed("refused", EXPIRED)
        transport = self._transport(device)
        try:
            if pending.adding_for is not None:
                return device_users.confirm(pending, transport, code, kdf=self.kdf, now_ms=self.now_ms())
            answer = OnlineSession(vault, transport).confirm_mfa(pending.setup_token, code)
            signed = self._accepted(
                vault, pending.username, pending.password, code, None, answer, transport, rewrap=pending.rewrap
            )
        except SyncError as error:
            said = refusal(error) or SignInFailed("offline", errors.OFFLINE)
            if said.status not in ("wrong", "offline"):
                pending.forget()
                self._release(vault)
                vault.close()
            raise said from None
        finally:
            transport.close()
        pending.forget()
        return signed

    def cancel_mfa(self, pending: MfaSetupNeeded) -> None:
        """The person gave up setting up the authenticator: close what the sign-in opened."""
        if pending.adding_for is None and pending.vault is not None:
            self._release(pending.vault)
            pending.vault.close()
        pending.forget()

    # -- an open session -----------------------------------------------------------------------
    def unlock(self, locked: SignedIn, password: str) -> SignedIn:
        """After an idle lock, inside the session: the password alone re-opens the vault.
        ``locked`` is the SignedIn the lock closed (its vault is closed; its times are kept)."""
        if getattr(locked, "ended", False) or self.now_ms() >= locked.session_ends_ms:
            raise SignInFailed("session_over", errors.SESSION_OVER)
        self._ready()
        try:
            vault = Vault.open(self.profile, locked.username, password, floor=self.floor)
        except WrongCredentials:
            raise self._failed() from None
        except VaultError as error:
            raise SignInFailed("refused", str(error)) from None
        offline_check.admissible(vault, locked.username, self.now_ms())
        return self._signed(vault, locked.username, locked.role, online=locked.online, since=locked)

    def add_user(self, current: SignedIn, username: str, password: str, code: str) -> MfaSetupNeeded | None:
        """Online only: the server verifies the newcomer's password and code, then they get a key
        slot here. An authenticator not yet set up comes back as MfaSetupNeeded (confirm_mfa)."""
        device = DeviceFile.load(self.profile)
        if device is None:
            raise SignInFailed("not_set_up", errors.NOT_SET_UP)
        transport = self._transport(device)
        try:
            return device_users.add_user(
                current, transport, (username or "").strip(), password, code, kdf=self.kdf, now_ms=self.now_ms()
            )
        finally:
            transport.close()

    def sign_out(self, current: SignedIn) -> None:
        """End the server session if the server can be reached, then close the vault."""
        vault = current.vault
        current.ended = True
        try:
            device = DeviceFile.load(self.profile)
            if vault.conn is not None and device is not None and identity.is_enrolled(vault):
                transport = self._transport(device)
                try:
                    OnlineSession(vault, transport).sign_out()
                finally:
                    transport.close()
        except SyncError:
            pass  # the session ends on the server by itself; the tokens here are forgotten below
        finally:
            if vault.conn is not None:
                with vault.transaction() as conn:
                    OnlineSession(vault, None).forget()  # type: ignore[arg-type]
                    audit.append(conn, actor=current.username, action="sign_out")
            vault.close()
