"""The coordinator's calls to the central service: users, devices, remote wipe, the audit log.

Why a checked layer between the screens and the HTTP answers: a coordinator acts on what the
screen shows (wiping the wrong laptop cannot be undone), so every answer is checked for shape
before anything is shown, and a malformed one is a BadResponse sentence, never a KeyError.
Refusals from the server (wrong role, another agency) pass through as SyncError sentences.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain import roles
from app.domain.ids import is_valid_id
from app.domain.sign_in_codes import looks_like_setup_code
from app.storage.vault import Vault
from app.sync.errors import BadResponse
from app.sync.session import OnlineSession
from app.sync.transport import Transport

# The roles a coordinator may give (the server refuses the rest): most common first.
AGENCY_ROLES = (
    roles.CASE_MANAGER,
    roles.OUTREACH_WORKER,
    roles.DATA_COORDINATOR,
    roles.SECURITY_COORDINATOR,
)
# "unproven": the laptop reported the wipe signed by its check-in key alone, which a copy of its
# files also holds; only "completed" (signed by the key inside the vault) proves the data is gone.
WIPE_REPORTED = frozenset({"completed", "unproven"})
WIPE_FINAL = WIPE_REPORTED | {"expired"}
_WIPE_STATES = WIPE_FINAL | {"pending", "received"}


@dataclass(frozen=True, repr=False)
class SetupCode:
    """The one-time code a coordinator hands a user to set up their authenticator; never logged."""

    code: str
    hours: int

    def __repr__(self) -> str:
        return f"SetupCode(hours={self.hours})"


@dataclass(frozen=True)
class User:
    id: str
    username: str
    first_name: str
    last_name: str
    role: str
    training_expires: date
    disabled: bool
    locked: bool
    mfa_confirmed: bool


@dataclass(frozen=True)
class Device:
    id: str
    name: str
    enrolled_ms: int
    revoked_ms: int | None
    last_checkin_ms: int | None
    pending_changes: int | None
    wipe_id: str | None
    wipe_status: str | None

    @property
    def state(self) -> str:
        """active, revoked, wipe_pending, wipe_received, wipe_unproven or wiped."""
        if self.wipe_status == "completed":
            return "wiped"
        if self.wipe_status == "unproven":
            return "wipe_unproven"
        if self.wipe_status in ("pending", "received") and self.revoked_ms is None:
            return f"wipe_{self.wipe_status}"
        return "revoked" if self.revoked_ms is not None else "active"


@dataclass(frozen=True)
class Wipe:
    id: str
    device_id: str
    status: str
    issued_ms: int
    received_ms: int | None
    completed_ms: int | None
    unsynced_changes: int | None  # what the laptop reported it lost, once completed

    @property
    def final(self) -> bool:
        return self.status in WIPE_FINAL


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at_ms: int
    action: str
    outcome: str
    actor: str | None
    device_id: str | None
    kind: str | None
    record_id: str | None
    detail: dict


def _need(ok: bool) -> None:
    if not ok:
        raise BadResponse()


def _int(value: object, *, optional: bool = False) -> Any:
    _need((optional and value is None) or (type(value) is int and value >= 0))
    return value


def _str(value: object, *, optional: bool = False) -> Any:
    _need((optional and value is None) or isinstance(value, str))
    return value


def _id(value: object, *, optional: bool = False) -> Any:
    _need((optional and value is None) or is_valid_id(value))
    return value


def _rows(answer: object) -> list[dict]:
    _need(isinstance(answer, list) and all(isinstance(row, dict) for row in answer))
    return answer  # type: ignore[return-value]


def _object(answer: object) -> dict:
    _need(isinstance(answer, dict))
    return answer  # type: ignore[return-value]


def _user(row: dict, now_ms: int) -> User:
    try:
        training = date.fromisoformat(_str(row.get("training_expires")))
    except ValueError:
        raise BadResponse() from None
    _need(row.get("role") in roles.ROLES and all(isinstance(row.get(k), bool) for k in ("disabled", "totp_confirmed")))
    return User(
        _id(row.get("id")),
        _str(row.get("username")),
        _str(row.get("first_name")),
        _str(row.get("last_name")),
        row["role"],
        training,
        row["disabled"],
        _int(row.get("locked_until_ms", 0)) > now_ms,
        row["totp_confirmed"],
    )


def _device(row: dict) -> Device:
    wipe = row.get("wipe")
    _need(wipe is None or (isinstance(wipe, dict) and wipe.get("status") in _WIPE_STATES))
    return Device(
        _id(row.get("id")),
        _str(row.get("name")),
        _int(row.get("enrolled_ms")),
        _int(row.get("revoked_ms"), optional=True),
        _int(row.get("last_checkin_ms"), optional=True),
        _int(row.get("pending_changes"), optional=True),
        _id(wipe.get("id")) if wipe else None,
        wipe["status"] if wipe else None,
    )


def _wipe(row: object) -> Wipe:
    row = _object(row)
    _need(row.get("status") in _WIPE_STATES)
    report = row.get("report")
    _need(report is None or isinstance(report, dict))
    lost = _int(report.get("unsynced_changes"), optional=True) if report else None
    return Wipe(
        _id(row.get("id")),
        _id(row.get("device_id")),
        row["status"],
        _int(row.get("issued_ms")),
        _int(row.get("received_ms"), optional=True),
        _int(row.get("completed_ms"), optional=True),
        lost,
    )


def _audit(row: dict) -> AuditEntry:
    _need(isinstance(row.get("detail"), dict))
    return AuditEntry(
        _int(row.get("seq")),
        _int(row.get("at_ms")),
        _str(row.get("action")),
        _str(row.get("outcome")),
        _str(row.get("actor"), optional=True),
        _str(row.get("device_id"), optional=True),
        _str(row.get("kind"), optional=True),
        _str(row.get("record_id"), optional=True),
        row["detail"],
    )


def _setup_code(answer: object) -> SetupCode:
    answer = _object(answer)
    code = _str(answer.get("setup_code"))
    _need(looks_like_setup_code(code))
    return SetupCode(code, _int(answer.get("setup_code_hours")))


class AdminApi:
    """One signed-in coordinator on one device; not thread-safe (make one per worker)."""

    def __init__(self, vault: Vault, transport: Transport) -> None:
        self.vault, self.transport = vault, transport

    def _call(self, method: str, target: str, body: object = None) -> dict | list:
        return OnlineSession(self.vault, self.transport).call(method, target, body)

    # -- users ------------------------------------------------------------------------------
    def users(self) -> list[User]:
        now = self.transport.now_ms()
        return [_user(row, now) for row in _rows(self._call("GET", "/v1/users"))]

    def create_user(
        self, username: str, first_name: str, last_name: str, role: str, training_expires: date, password: str
    ) -> tuple[str, SetupCode]:
        """The new user's id and the one-time code that lets them set up their authenticator."""
        answer = self._call(
            "POST",
            "/v1/users",
            {
                "username": username,
                "first_name": first_name,
                "last_name": last_name,
                "role": role,
                "password": password,
                "training_expires": training_expires.isoformat(),
            },
        )
        return _id(_object(answer).get("id")), _setup_code(answer)

    def disable(self, user_id: str) -> None:
        self._call("POST", f"/v1/users/{user_id}/disable")

    def enable(self, user_id: str) -> None:
        self._call("POST", f"/v1/users/{user_id}/enable")

    def unlock(self, user_id: str) -> None:
        self._call("POST", f"/v1/users/{user_id}/unlock")

    def reset_mfa(self, user_id: str) -> SetupCode:
        """A new one-time set-up code: the user's old authenticator stops working at once."""
        return _setup_code(self._call("POST", f"/v1/users/{user_id}/reset-mfa"))

    def set_training(self, user_id: str, expires: date) -> None:
        self._call("PUT", f"/v1/users/{user_id}/training", {"training_expires": expires.isoformat()})

    # -- devices and wipes ------------------------------------------------------------------
    def devices(self) -> list[Device]:
        return [_device(row) for row in _rows(self._call("GET", "/v1/devices"))]

    def new_enrollment_code(self) -> tuple[str, int]:
        """A one-time code for a new laptop of the coordinator's agency, and its lifetime in hours."""
        answer = _object(self._call("POST", "/v1/devices/enrollment-codes", {}))
        return _str(answer.get("code")), _int(answer.get("expires_in_hours"))

    def revoke(self, device_id: str) -> None:
        self._call("POST", f"/v1/devices/{device_id}/revoke")

    def order_wipe(self, device_id: str) -> Wipe:
        wipe = _wipe(self._call("POST", f"/v1/devices/{device_id}/wipe"))
        _need(wipe.device_id == device_id)
        return wipe

    def wipe_status(self, wipe_id: str) -> Wipe:
        wipe = _wipe(self._call("GET", f"/v1/wipes/{wipe_id}"))
        _need(wipe.id == wipe_id)
        return wipe

    # -- audit ------------------------------------------------------------------------------
    def audit(self, *, before: int | None = None, limit: int = 200) -> list[AuditEntry]:
        """Newest first: the latest ``limit`` events, or those just older than ``before`` (a seq)."""
        target = f"/v1/audit?limit={int(limit)}&before={int(before) if before is not None else 2**62}"
        return [_audit(row) for row in _rows(self._call("GET", target))]
