"""Every role can do what it should and nothing more, over HTTP, on both backends.

The expected table below is written out by hand from the intended policy (the permission each
route needs, read against the roles that should hold it), not computed from server/auth/roles.py:
if the code's table drifts from the policy, this test is the one that notices.

Each (endpoint, role) pair is one real signed request made by a signed-in user of that role, with
a valid body and, where the route takes an id, a real id of the caller's own agency made for that
call, so a refusal can only be about the role. Allowed means a 2xx; refused means exactly 403 with
a sentence naming the role. Then agency scope: coordinators of agency A cannot reach agency B's
users, devices, conflicts, duplicates or records.
"""

from __future__ import annotations

import random
import secrets
import string
from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest

from tests.server.harness import PASSWORD, Device, Staff, World

ADMIN = "system_admin"
SECURITY = "security_coordinator"
DATA = "data_coordinator"
CASE = "case_manager"
OUTREACH = "outreach_worker"
ROLES = (ADMIN, SECURITY, DATA, CASE, OUTREACH)

# Written out, not imported: a refusal must name the caller's role in these words.
LABELS = {
    ADMIN: "System Administrator",
    SECURITY: "Agency Security Coordinator",
    DATA: "Agency Data Coordinator",
    CASE: "Case Manager",
    OUTREACH: "Outreach Worker",
}

EVERYONE = frozenset(ROLES)
COORDINATING = frozenset({ADMIN, SECURITY})  # users, devices, wipes, audit
SYNCING = frozenset({ADMIN, DATA, CASE, OUTREACH})  # client records: push, pull, read
REVIEWING = frozenset({ADMIN, DATA})  # conflicts and duplicates
ADMIN_ONLY = frozenset({ADMIN})  # agencies, projects, policy

# (method, path template) -> the roles that may call it. Nothing else may.
POLICY: dict[tuple[str, str], frozenset[str]] = {
    # signed in, any role
    ("POST", "/v1/auth/refresh"): EVERYONE,
    ("POST", "/v1/auth/logout"): EVERYONE,
    ("POST", "/v1/auth/seed-held"): EVERYONE,
    ("POST", "/v1/devices/check-in"): EVERYONE,
    ("GET", "/v1/agencies"): EVERYONE,
    ("GET", "/v1/projects"): EVERYONE,
    ("GET", "/v1/policy"): EVERYONE,
    # HMIS Admin only
    ("POST", "/v1/agencies"): ADMIN_ONLY,
    ("POST", "/v1/projects"): ADMIN_ONLY,
    ("PUT", "/v1/policy"): ADMIN_ONLY,
    ("GET", "/v1/descriptors/{file}"): ADMIN_ONLY,
    ("PUT", "/v1/descriptors/{file}"): ADMIN_ONLY,
    ("DELETE", "/v1/descriptors/{file}/{row_id}"): ADMIN_ONLY,
    # user.manage
    ("GET", "/v1/users"): COORDINATING,
    ("POST", "/v1/users"): COORDINATING,
    ("POST", "/v1/users/{user_id}/disable"): COORDINATING,
    ("POST", "/v1/users/{user_id}/enable"): COORDINATING,
    ("POST", "/v1/users/{user_id}/unlock"): COORDINATING,
    ("POST", "/v1/users/{user_id}/reset-mfa"): COORDINATING,
    ("PUT", "/v1/users/{user_id}/training"): COORDINATING,
    # device.manage / device.wipe
    ("GET", "/v1/devices"): COORDINATING,
    ("POST", "/v1/devices/enrollment-codes"): COORDINATING,
    ("POST", "/v1/devices/{device_id}/revoke"): COORDINATING,
    ("POST", "/v1/devices/{device_id}/wipe"): COORDINATING,
    ("GET", "/v1/wipes/{wipe_id}"): COORDINATING,
    # audit.read
    ("GET", "/v1/audit"): COORDINATING,
    # records.sync
    ("POST", "/v1/sync/push"): SYNCING,
    ("GET", "/v1/sync/pull"): SYNCING,
    ("GET", "/v1/records/{kind}/{record_id}"): SYNCING,
    # export.run / import.run (HMIS CSV)
    ("POST", "/v1/exports"): REVIEWING,
    ("POST", "/v1/imports"): ADMIN_ONLY,
    # conflict.resolve / duplicate.resolve
    ("GET", "/v1/conflicts"): REVIEWING,
    ("POST", "/v1/conflicts/{conflict_id}/resolve"): REVIEWING,
    ("GET", "/v1/duplicates"): REVIEWING,
    ("POST", "/v1/duplicates/{duplicate_id}/merge"): REVIEWING,
    ("POST", "/v1/duplicates/{duplicate_id}/dismiss"): REVIEWING,
}

# Routes no user role gates: open, or proven by the device's signature alone. Listed so that a
# new route must be placed in one table or the other (see test_every_route_is_in_the_table).
NOT_ROLE_GATED = {
    ("GET", "/v1/health"),
    ("GET", "/v1/ready"),  # for a load balancer: no data, no role
    ("GET", "/v1/server-key"),
    ("POST", "/v1/devices/enroll"),
    ("POST", "/v1/auth/login"),
    ("POST", "/v1/auth/mfa/confirm"),
    ("POST", "/v1/wipes/{wipe_id}/ack"),
}

A = "Alpha Shelter"
B = "Beta Outreach"
ADMIN_HOME = "Admin Agency"  # where the HMIS Admin's own laptop is enrolled
REFRESH_MARGIN_MS = 120_000


def _letters(n: int = 8) -> str:
    return "".join(random.choice(string.ascii_lowercase) for _ in range(n)).capitalize()


def _ssn() -> str:
    while True:
        ssn = f"{random.randint(100, 665)}{random.randint(10, 99)}{random.randint(1000, 9999)}"
        if len(set(ssn)) > 1:
            return ssn


def _identity() -> dict:
    return {
        "first_name": _letters(),
        "last_name": _letters(),
        "name_data_quality": 1,
        "dob": f"19{random.randint(50, 99)}-0{random.randint(1, 9)}-1{random.randint(0, 9)}",
        "dob_data_quality": 1,
        "ssn": _ssn(),
        "ssn_data_quality": 1,
    }


@dataclass
class Actor:
    """A signed-in user on their own laptop; the access token is refreshed when near its end,
    since every TOTP sign-in in this module moves the server clock on."""

    role: str
    device: Device
    expires_ms: int

    def _fresh(self) -> None:
        if self.device.live.clock.now_ms() > self.expires_ms - REFRESH_MARGIN_MS:
            token = self.device.token
            self.device.token = None
            try:
                got = self.device.call("POST", "/v1/auth/refresh", {"refresh_token": self.device.refresh_token})
            finally:
                self.device.token = token
            self.device.token, self.device.refresh_token = got["access_token"], got["refresh_token"]
            self.expires_ms = got["access_expires_ms"]

    def raw(self, method: str, target: str, body: object = None):
        self._fresh()
        if isinstance(body, bytes):
            return self.device.raw(method, target, raw_body=body, headers={"Content-Type": "application/zip"})
        return self.device.raw(method, target, body)

    def call(self, method: str, target: str, body: object = None):
        response = self.raw(method, target, body)
        assert 200 <= response.status_code < 300, (method, target, response.status_code, response.text)
        return response.json()

    @property
    def user(self) -> Staff:
        assert self.device.user is not None, "the actor's device is signed in"
        return self.device.user

    @property
    def agency_id(self) -> str | None:
        return self.user.agency_id


def sign_in(world: World, role: str, agency: str | None, device_agency: str | None = None) -> Actor:
    person = world.staff(role, agency)
    # Made first: World.code() opens a write transaction and only then makes a missing agency,
    # a second writer that waits on the first forever on SQLite.
    world.agency(device_agency or agency or ADMIN_HOME)
    device = world.device(device_agency or agency or ADMIN_HOME)
    answer = device.login(person)
    return Actor(role, device, answer["access_expires_ms"])


@dataclass
class Env:
    world: World
    actors: dict[str, Actor]  # one per role; agency roles in agency A
    b: dict[str, Actor]  # agency B's staff
    made: dict[str, object] = field(default_factory=dict)

    @property
    def live(self):
        return self.world.live

    @property
    def admin(self) -> Actor:
        return self.actors[ADMIN]

    # -- things to act on, made fresh and real ----------------------------------------------
    def user_in(self, agency: str) -> str:
        return self.world.staff(CASE, agency).id

    def device_in(self, agency: str) -> str:
        device_id = self.world.device(agency).id
        assert device_id is not None  # set by its enrollment
        return device_id

    def wipe_in(self, agency: str) -> str:
        return self.admin.call("POST", f"/v1/devices/{self.device_in(agency)}/wipe")["id"]

    def push(self, actor: Actor, *ops: dict) -> list[dict]:
        results = actor.call("POST", "/v1/sync/push", {"operations": list(ops)})["results"]
        assert all(r["status"] in ("applied", "merged", "conflict") for r in results), results
        return results

    def client(self, actor: Actor, fields: dict | None = None) -> str:
        record_id = secrets.token_hex(16)
        self.push(actor, actor.device.op("client", record_id, fields or _identity()))
        return record_id

    def conflict_in(self, first: Actor, second: Actor) -> str:
        """Two workers of one agency rename the same client differently from the same base."""
        record_id = self.client(first)
        self.push(first, first.device.op("client", record_id, {"first_name": _letters()}, base_version=1))
        result = self.push(second, second.device.op("client", record_id, {"first_name": _letters()}, base_version=1))
        assert result[0]["status"] == "conflict" and "first_name" in result[0]["conflicts"], result
        found = [c for c in self.admin.call("GET", "/v1/conflicts") if c["record_id"] == record_id]
        assert len(found) == 1, found
        return found[0]["id"]

    def duplicate_in(self, actor: Actor) -> tuple[str, str, str]:
        """The same person entered twice; returns (duplicate id, first client, second client)."""
        who = _identity()
        first = self.client(actor, who)
        second = self.client(actor, who)
        found = [
            d for d in self.admin.call("GET", "/v1/duplicates") if {d["client_id"], d["other_id"]} == {first, second}
        ]
        assert len(found) == 1, found
        return found[0]["id"], first, second

    def export_zip(self) -> bytes:
        """A real HMIS CSV zip of agency A's data, as a body for the import route."""
        self.client(self.actors[CASE])
        response = self.admin.raw(
            "POST", "/v1/exports", {"start": "2020-01-01", "end": (date.today() + timedelta(days=1)).isoformat()}
        )
        assert response.status_code == 200, response.text
        return response.content

    def funder_row(self) -> dict:
        """A new Funder row of agency A's project, as the HMIS Admin would enter it."""
        return {
            "values": {
                "ProjectID": self.world.projects[A],
                "Funder": "2",
                "GrantID": "CT0123L1E012301",
                "StartDate": "2025-07-01",
            }
        }

    def shared(self, key: str, make):
        """One real object per kind for refused calls to aim at (a refusal must not consume it)."""
        if key not in self.made:
            self.made[key] = make()
        return self.made[key]


@pytest.fixture(scope="module")
def env(world) -> Env:
    actors = {ADMIN: sign_in(world, ADMIN, None)}
    for role in ROLES[1:]:
        actors[role] = sign_in(world, role, A)
    b = {role: sign_in(world, role, B) for role in (SECURITY, DATA, CASE)}
    return Env(world, actors, b)


# -- one request per endpoint: target and body, with real ids of the caller's own agency --------
def _request(env: Env, key: tuple[str, str], role: str, allowed: bool) -> tuple[str, object]:
    method, path = key
    actor = env.actors[role]
    home = A  # the HMIS Admin acts on agency A's things too
    # Allowed calls get a fresh object each (they change it); refused ones share one.
    fresh_or_shared = (lambda name, make: make()) if allowed else env.shared
    tag = secrets.token_hex(4)
    if key == ("POST", "/v1/auth/refresh"):
        return path, {"refresh_token": actor.device.refresh_token}
    if key == ("POST", "/v1/devices/check-in"):
        return path, {"pending_changes": 0, "device_clock_ms": env.live.clock.now_ms(), "audit_links": []}
    if key == ("POST", "/v1/agencies"):
        return path, {"name": f"Agency {tag}", "coc_code": "CT-505", "can_name": "Greater Hartford"}
    if key == ("POST", "/v1/projects"):
        return path, {
            "agency_id": env.world.agency(A),
            "name": f"Project {tag}",
            "project_type": 1,
            "coc_code": "CT-505",
            "geocode": "099003",
            "operating_start": "2021-01-01",
        }
    if key == ("PUT", "/v1/policy"):
        return path, {"idle_lock_minutes": 15}
    if key == ("GET", "/v1/descriptors/{file}"):
        return path.format(file="Funder"), None
    if key == ("PUT", "/v1/descriptors/{file}"):
        return path.format(file="Funder"), env.funder_row()
    if key == ("DELETE", "/v1/descriptors/{file}/{row_id}"):
        row_id = fresh_or_shared(
            "funder", lambda: env.admin.call("PUT", "/v1/descriptors/Funder", env.funder_row())["id"]
        )
        return path.format(file="Funder", row_id=row_id), None
    if key == ("POST", "/v1/users"):
        body = {
            "username": f"new{tag}",
            "first_name": "New",
            "last_name": "Hire",
            "role": CASE,
            "password": PASSWORD,
            "training_expires": (date.today() + timedelta(days=300)).isoformat(),
        }
        if role != SECURITY:
            body["agency_id"] = env.world.agency(A)
        return path, body
    if "{user_id}" in path:
        user_id = fresh_or_shared("user", lambda: env.user_in(home))
        change = {"training_expires": (date.today() + timedelta(days=200)).isoformat()} if method == "PUT" else None
        return path.format(user_id=user_id), change
    if key == ("POST", "/v1/devices/enrollment-codes"):
        return path, ({"agency_id": env.world.agency(A)} if role == ADMIN else {})
    if "{device_id}" in path:
        return path.format(device_id=fresh_or_shared("device", lambda: env.device_in(home))), None
    if key == ("GET", "/v1/wipes/{wipe_id}"):
        return path.format(wipe_id=env.shared("wipe", lambda: env.wipe_in(home))), None
    if key == ("GET", "/v1/audit"):
        return path + "?after=0&limit=50", None
    if key == ("POST", "/v1/sync/push"):
        return path, {"operations": [actor.device.op("client", secrets.token_hex(16), _identity())]}
    if key == ("POST", "/v1/exports"):
        return path, {"start": "2020-01-01", "end": (date.today() + timedelta(days=1)).isoformat()}
    if key == ("POST", "/v1/imports"):
        return path, env.shared("export", lambda: env.export_zip())
    if key == ("GET", "/v1/sync/pull"):
        return path + "?cursor=0&limit=50", None
    if key == ("GET", "/v1/records/{kind}/{record_id}"):
        record_id = env.shared("client", lambda: env.client(env.actors[CASE]))
        return path.format(kind="client", record_id=record_id), None
    if key == ("POST", "/v1/conflicts/{conflict_id}/resolve"):
        conflict_id = fresh_or_shared("conflict", lambda: env.conflict_in(env.actors[CASE], env.actors[OUTREACH]))
        return path.format(conflict_id=conflict_id), {"value": _letters()}
    if "{duplicate_id}" in path:
        duplicate_id, first, _ = fresh_or_shared("duplicate", lambda: env.duplicate_in(env.actors[CASE]))
        return path.format(duplicate_id=duplicate_id), ({"keep": first} if path.endswith("merge") else None)
    assert "{" not in path, f"no request recipe for {key}"
    return path, None


CASES = [(key, role) for key in POLICY for role in ROLES]


@pytest.mark.parametrize("key,role", CASES, ids=[f"{m} {p} as {r}" for (m, p), r in CASES])
def test_role_can_do_what_it_should_and_nothing_more(env, key, role):
    allowed = role in POLICY[key]
    method = key[0]
    target, body = _request(env, key, role, allowed)
    actor = env.actors[role]
    if key == ("POST", "/v1/auth/logout"):
        # Signing out ends the session; do it from a second laptop of the same person so the
        # actor shared by the other cases stays signed in.
        laptop = env.world.device(A if role != ADMIN else ADMIN_HOME)
        answer = laptop.login(actor.user)
        actor = Actor(role, laptop, answer["access_expires_ms"])
    response = actor.raw(method, target, body)
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    if allowed and key == ("POST", "/v1/imports"):
        # Taking our own export back in may be refused for its data (a 4xx about the zip), never the role.
        assert response.status_code not in (401, 403) and response.status_code < 500, response.text
    elif allowed:
        assert 200 <= response.status_code < 300, (
            f"{LABELS[role]} should be able to {method} {target}: {response.status_code} {response.text}"
        )
        if key == ("POST", "/v1/auth/refresh"):
            got = response.json()
            actor.device.token, actor.device.refresh_token = got["access_token"], got["refresh_token"]
            actor.expires_ms = got["access_expires_ms"]
    else:
        assert response.status_code == 403, (
            f"{LABELS[role]} must be refused {method} {target} with 403: {response.status_code} {response.text}"
        )
        assert isinstance(detail, str) and LABELS[role] in detail, (
            f"the refusal should name the role {LABELS[role]!r}: {detail!r}"
        )


def test_every_route_is_in_the_table(live):
    """A new route must be placed in the policy table (or declared open / device-only)."""
    paths = live.app.openapi()["paths"]
    routes = {
        (method.upper(), path)
        for path, operations in paths.items()
        for method in operations
        if method in ("get", "put", "post", "patch", "delete")
    }
    assert routes - set(POLICY) - NOT_ROLE_GATED == set(), "routes missing from the role table"
    assert (set(POLICY) | NOT_ROLE_GATED) - routes == set(), "the role table names routes that do not exist"


# -- agency scope ------------------------------------------------------------------------------
def _refused_as_other_agency(response) -> None:
    assert response.status_code == 403, (response.status_code, response.text)
    assert "another agency" in response.json()["detail"] or "own agency" in response.json()["detail"], response.text


@pytest.mark.parametrize("action", ["disable", "enable", "unlock", "reset-mfa"])
def test_security_coordinator_cannot_manage_another_agencys_users(env, action):
    coordinator = env.actors[SECURITY]
    victim = env.b[CASE]
    _refused_as_other_agency(coordinator.raw("POST", f"/v1/users/{victim.user.id}/{action}"))
    training = coordinator.raw(
        "PUT",
        f"/v1/users/{victim.user.id}/training",
        {"training_expires": (date.today() + timedelta(days=30)).isoformat()},
    )
    _refused_as_other_agency(training)
    # The victim is untouched: still signed in and able to sync.
    assert victim.raw("GET", "/v1/sync/pull?cursor=0&limit=1").status_code == 200
    assert victim.user.id not in {u["id"] for u in coordinator.call("GET", "/v1/users")}


def test_security_coordinator_cannot_touch_administrators(env):
    coordinator = env.actors[SECURITY]
    for action in ("disable", "unlock", "reset-mfa"):
        response = coordinator.raw("POST", f"/v1/users/{env.admin.user.id}/{action}")
        assert response.status_code == 403, (action, response.status_code, response.text)
    assert env.admin.raw("GET", "/v1/policy").status_code == 200


@pytest.mark.parametrize("action", ["revoke", "wipe"])
def test_security_coordinator_cannot_revoke_or_wipe_another_agencys_device(env, action):
    coordinator = env.actors[SECURITY]
    victim = env.b[CASE]
    _refused_as_other_agency(coordinator.raw("POST", f"/v1/devices/{victim.device.id}/{action}"))
    assert victim.raw("GET", "/v1/sync/pull?cursor=0&limit=1").status_code == 200
    listed = {d["id"]: d for d in env.admin.call("GET", "/v1/devices")}
    assert listed[victim.device.id]["revoked_ms"] is None and listed[victim.device.id]["wipe"] is None
    assert victim.device.id not in {d["id"] for d in coordinator.call("GET", "/v1/devices")}


def test_security_coordinator_cannot_see_another_agencys_wipe(env):
    wipe_id = env.wipe_in(B)
    _refused_as_other_agency(env.actors[SECURITY].raw("GET", f"/v1/wipes/{wipe_id}"))
    assert env.b[SECURITY].call("GET", f"/v1/wipes/{wipe_id}")["status"] == "pending"


def test_security_coordinator_cannot_issue_enrollment_codes_for_another_agency(env):
    response = env.actors[SECURITY].raw("POST", "/v1/devices/enrollment-codes", {"agency_id": env.world.agency(B)})
    _refused_as_other_agency(response)


def _new_user(agency_id: str | None, role: str) -> dict:
    tag = secrets.token_hex(4)
    return {
        "username": f"x{tag}",
        "first_name": "Not",
        "last_name": "Allowed",
        "role": role,
        "agency_id": agency_id,
        "password": PASSWORD,
        "training_expires": (date.today() + timedelta(days=100)).isoformat(),
    }


def test_security_coordinator_adds_users_to_their_own_agency_only(env):
    coordinator = env.actors[SECURITY]
    before = {u["username"] for u in env.admin.call("GET", "/v1/users")}
    attempts = [
        _new_user(env.world.agency(B), CASE),
        _new_user(env.world.agency(B), SECURITY),
        _new_user(None, ADMIN),
        _new_user(env.world.agency(A), ADMIN),
    ]
    for body in attempts:
        response = coordinator.raw("POST", "/v1/users", body)
        assert response.status_code == 403, (body["role"], body["agency_id"], response.status_code, response.text)
    after = {u["username"] for u in env.admin.call("GET", "/v1/users")}
    assert after == before
    # Their own agency, by name or by default, works; the new user lands in agency A.
    made = coordinator.call("POST", "/v1/users", _new_user(env.world.agency(A), DATA))
    mine = {u["id"]: u for u in coordinator.call("GET", "/v1/users")}
    assert mine[made["id"]]["agency_id"] == env.world.agency(A)


def test_data_coordinator_sees_only_their_agencys_conflicts_and_duplicates(env):
    b_conflict = env.conflict_in(env.b[CASE], env.b[DATA])
    b_duplicate, b_first, _ = env.duplicate_in(env.b[CASE])
    a_conflict = env.conflict_in(env.actors[CASE], env.actors[OUTREACH])
    a_duplicate, _, _ = env.duplicate_in(env.actors[CASE])
    coordinator = env.actors[DATA]
    conflicts = {c["id"] for c in coordinator.call("GET", "/v1/conflicts")}
    duplicates = {d["id"] for d in coordinator.call("GET", "/v1/duplicates")}
    assert a_conflict in conflicts and b_conflict not in conflicts
    assert a_duplicate in duplicates and b_duplicate not in duplicates
    # Nor act on them by id: not found, and unchanged for B's own coordinator.
    assert coordinator.raw("POST", f"/v1/conflicts/{b_conflict}/resolve", {"value": "Mallory"}).status_code == 404
    assert coordinator.raw("POST", f"/v1/duplicates/{b_duplicate}/merge", {"keep": b_first}).status_code == 404
    assert coordinator.raw("POST", f"/v1/duplicates/{b_duplicate}/dismiss").status_code == 404
    assert b_conflict in {c["id"] for c in env.b[DATA].call("GET", "/v1/conflicts")}
    assert b_duplicate in {d["id"] for d in env.b[DATA].call("GET", "/v1/duplicates")}


def test_pull_never_returns_another_agencys_records(env):
    b_client = env.client(env.b[CASE])
    b_enrollment_free_update = env.b[CASE].device.op("client", b_client, {"alias": "Beta only"}, base_version=1)
    env.push(env.b[CASE], b_enrollment_free_update)
    a_client = env.client(env.actors[CASE])
    b_agency = env.world.agency(B)
    for role in (CASE, OUTREACH, DATA):
        actor = env.actors[role]
        cursor, seen = 0, []
        while True:
            page = actor.call("GET", f"/v1/sync/pull?cursor={cursor}&limit=7")
            seen += page["changes"]
            cursor = page["cursor"]
            if not page["more"]:
                break
        ids = {c["id"] for c in seen}
        assert b_client not in ids, f"{LABELS[role]} of {A} pulled a record of {B}"
        assert a_client in ids
        assert all(c["body"].get("id") != b_client for c in seen)
        # Nor read it by id, nor overwrite it by pushing to its id.
        assert actor.raw("GET", f"/v1/records/client/{b_client}").status_code == 404
        result = actor.call(
            "POST", "/v1/sync/push", {"operations": [actor.device.op("client", b_client, {"alias": "overwritten"})]}
        )["results"][0]
        assert result["status"] == "rejected", result
    assert env.b[CASE].call("GET", f"/v1/records/client/{b_client}")["body"]["alias"] == "Beta only"
    # The HMIS Admin sees both agencies.
    admin_ids = set()
    cursor = 0
    while True:
        page = env.admin.call("GET", f"/v1/sync/pull?cursor={cursor}&limit=500")
        admin_ids |= {c["id"] for c in page["changes"]}
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert {a_client, b_client} <= admin_ids
    assert b_agency != env.world.agency(A)
