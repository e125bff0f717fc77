"""The sync cycle: check in, send what waits, take what is new, and say plainly what happened.

Why one place for the order of steps: it is what makes a cycle safe to cut anywhere. Check-in
comes first (a wipe order must not wait behind a week of intakes); the outbox is pushed before
the feed is pulled (so pulled records already carry this device's changes); each step commits as
it goes, so the next cycle starts where this one stopped. Failures become a status and a
sentence in the report, never an exception the window has to understand.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.storage import outbox
from app.storage.vault import Vault
from app.sync import check_in, identity, lease, projects, pull, push, review, wipe, wire
from app.sync.device_file import DeviceFile
from app.sync.errors import NotEnrolled, Refused, SignInRequired, SyncError, Wiped
from app.sync.session import OnlineSession
from app.sync.transport import Signer, Transport


@dataclass(frozen=True)
class SyncEvent:
    """Progress for the window: which step, how far, and a sentence."""

    stage: str  # check_in, push, decisions, pull, review, done, failed
    done: int = 0
    total: int | None = None
    message: str = ""


@dataclass
class SyncReport:
    status: str = "ok"
    message: str = "Sync complete."
    pushed: dict[str, int] = field(default_factory=dict)
    pulled: int = 0
    decisions_sent: int = 0
    decisions_refused: int = 0
    review_items: int = 0
    pending: int = 0
    rejected: int = 0
    lease: str = lease.OK
    bytes_sent: int = 0
    bytes_received: int = 0

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def status(profile: Path, vault: Vault | None, now_ms: int | None = None) -> dict:
    """What the window's status line and ``hmis-intake status`` show; changes nothing and needs
    no connection."""
    device = DeviceFile.load(profile)
    if device is None:
        return {"status": "not_enrolled"}
    renewed, seen, policy = device.lease_renewed_ms, device.last_seen_ms, device.policy
    data = {
        "status": "ok",
        "server": device.server_url,
        "device_id": device.device_id,
        "pending_changes": device.pending_changes,
        "wipe_pending_report": device.wipe_report is not None,
    }
    if vault is not None:
        renewed = int(vault.meta("lease_renewed_ms") or renewed)
        seen = max(seen, int(vault.meta("last_seen_ms") or 0))
        data |= {
            "pending_changes": outbox.pending_count(vault.conn),
            "rejected": len(push.rejected(vault)),
            "review_items": len(review.items(vault)),
            "cursor": pull.cursor(vault),
        }
    state = lease.evaluate(renewed, seen, wire.wall_ms() if now_ms is None else now_ms, policy)
    return data | {"lease": state.level, "lease_message": state.message(), "last_check_in_ms": renewed}


class SyncEngine:
    """Sync for one profile; ``vault`` is None before anyone signs in (check-in only)."""

    def __init__(
        self,
        profile: Path,
        vault: Vault | None = None,
        *,
        transport: Transport | None = None,
        now_ms: Callable[[], int] = wire.wall_ms,
        on_event: Callable[[SyncEvent], None] | None = None,
        **transport_options,
    ) -> None:
        self.profile = profile
        self.vault = vault
        self.now_ms = now_ms
        self.on_event = on_event or (lambda event: None)
        device = (
            identity.device_file(vault)
            if vault is not None and identity.is_enrolled(vault)
            else DeviceFile.load(profile)
        )
        if transport is None and device is not None:
            transport = identity.transport_for(device, now_ms=now_ms, **transport_options)
        self.transport = transport
        self.session = OnlineSession(vault, transport) if vault is not None and transport is not None else None

    def _emit(self, stage: str, done: int = 0, total: int | None = None, message: str = "") -> None:
        self.on_event(SyncEvent(stage, done, total, message))

    @functools.cached_property
    def signer(self) -> Signer:
        """The vault's device key, read once per engine."""
        assert self.vault is not None  # only the exchange signs, and it runs with a vault
        return identity.signer(self.vault)

    def _call(self, method: str, target: str, body: object) -> object:
        """A request as the signed-in user (OnlineSession.call); the token it used is kept for
        ``_call_ahead``."""
        session = self.session
        assert session is not None  # the exchange has a vault, and a transport (check_in raised otherwise)
        try:
            return session.call(method, target, body, signer=self.signer)
        finally:
            self._token = session.last_token

    def _call_ahead(self, method: str, target: str, body: object) -> object:
        """The same from a helper thread, which must not touch the vault's connection: it uses the
        key and token this thread last used (an expired token comes back as SignInRequired, and
        the vault's thread asks again with a fresh one)."""
        assert self.transport is not None  # the exchange runs only after a check-in, which needs one
        return self.transport.call(method, target, body, signer=self.signer, token=self._token)

    # -- steps ----------------------------------------------------------------------------------
    def check_lease(self) -> lease.LeaseState:
        """Evaluate the lease now; past the shred day the data is destroyed here and then."""
        state = lease.observe(self.profile, self.vault, self.now_ms())
        if state.level == lease.SHRED:
            wipe.destroy(self.profile, self.vault)
            DeviceFile.destroy(self.profile)
            self.vault = None
            raise Wiped(state.message())
        return state

    def check_in(self) -> check_in.CheckIn:
        """Check in; a verified wipe order is carried out at once (raises Wiped)."""
        if self.transport is None:
            raise NotEnrolled()
        device = DeviceFile.load(self.profile)
        if device is not None and device.wipe_report is not None:
            wipe.finish(self.profile, self.transport)
            raise Wiped()
        self._emit("check_in", message="Checking in with the server")
        result = check_in.check_in(self.profile, self.vault, self.transport)
        if result.wipe is not None:
            try:
                wipe.execute(self.profile, self.vault, self.transport, result.wipe)
            except wipe.WipeRefused:
                return result
            self.vault = None
            raise Wiped()
        return result

    def start(self) -> SyncReport:
        """At app start, before sign-in: the lease, and a check-in if the server answers."""
        return self._run(sign_in_needed=False)

    def sync(self) -> SyncReport:
        """A whole cycle as the signed-in user."""
        return self._run(sign_in_needed=True)

    def _run(self, *, sign_in_needed: bool) -> SyncReport:
        report = SyncReport()
        try:
            report.lease = self.check_lease().level
            report.lease = self.check_in().lease.level
            if sign_in_needed:
                self._exchange(report)
            else:
                report.message = "Checked in with the server."
            if self.vault is not None:
                report.pending = outbox.pending_count(self.vault.conn)
                report.rejected = len(push.rejected(self.vault))
            self._emit("done", message=report.message)
        except SyncError as error:
            report.status, report.message = error.status, str(error)
            self._emit("failed", message=report.message)
        if self.transport is not None:
            report.bytes_sent, report.bytes_received = self.transport.bytes_sent, self.transport.bytes_received
        return report

    def _exchange(self, report: SyncReport) -> None:
        if self.vault is None:
            raise SignInRequired()
        try:
            summary = push.push(
                self.vault, self._call, progress=lambda d, t: self._emit("push", d, t, "Sending changes")
            )
        except Refused as error:
            if error.http_status == 403 and "wiped" in str(error):
                self.check_in()  # a wipe was ordered since the check-in: carry it out now
            raise
        report.pushed = summary.counts
        self._emit("decisions", message="Sending decisions on conflicts and duplicates")
        report.decisions_sent, report.decisions_refused = review.send(self.vault, self._call)
        report.pulled = pull.pull(
            self.vault,
            self._call,
            now_ms=self.now_ms,
            ahead=self._call_ahead,
            progress=lambda d, t: self._emit("pull", d, t, "Receiving changes"),
        )
        projects.keep(self.vault, self._call("GET", projects.PATH, None))
        assert self.session is not None  # _call above has used it
        if self.session.role() in review.SETTLERS | {None}:
            self._emit("review", message="Fetching conflicts and possible duplicates")
            report.review_items = review.refresh(self.vault, self._call)
        report.message = _summary(report)


def _summary(report: SyncReport) -> str:
    sent = sum(report.pushed.values())
    parts = [f"Sent {sent} change{'s' * (sent != 1)}", f"received {report.pulled}"]
    if report.pushed.get("conflict"):
        parts.append(f"{report.pushed['conflict']} need a decision")
    if report.pushed.get("rejected"):
        parts.append(f"{report.pushed['rejected']} refused by the server (kept, with the reason)")
    return "Sync complete. " + ", ".join(parts) + "."
