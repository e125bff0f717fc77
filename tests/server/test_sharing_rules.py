"""docs/sharing.md, cell by cell, against a real server over loopback HTTP, on SQLite and PostgreSQL.

Why the tables are parsed from the doc instead of copied here: the doc is the specification that
people read, so each of its cells is one test, and a cell whose words this module does not know
fails (the doc cannot promise something no test checks). Every cell builds its own client and
records, since the module's world (agencies, staff, laptops) is shared by all of them.

Then one named test per finding of issue 14 (forged release, another agency's revocation and DV
edit, a victim service provider's client leaking) and the audit of a share that ends.
"""

from __future__ import annotations

import io
import json
import random
import secrets
import string
import zipfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.ids import new_id
from server.db.schema import audit
from server.services.clock import utc_date
from tests.domain import factories
from tests.server.harness import PASSWORD, Device, World

DOC = Path(__file__).resolve().parents[2] / "docs" / "sharing.md"

SEE_TABLE = "Who sees a record"
CHANGE_TABLE = "Who may change what"
ORDER_TABLE = "Who may order what"
HEADERS = {
    SEE_TABLE: ["owner", "owner's release for the client", "same agency", "another agency", "HMIS Admin"],
    CHANGE_TABLE: ["action", "same agency", "another agency", "HMIS Admin"],
    ORDER_TABLE: [
        "order",
        "System Administrator",
        "Agency Security Coordinator",
        "Agency Data Coordinator",
        "Case Manager",
        "Outreach Worker",
    ],
}
KEY_COLUMNS = {SEE_TABLE: 2, CHANGE_TABLE: 1, ORDER_TABLE: 1}

A = "Alder House"  # the owner of the ordinary clients
B = "Birch Outreach"  # another participating agency
C = "Cedar Clinic"  # a third one
V = "Safe Harbor"  # a victim service provider
ADMIN_HOME = "Admin Agency"  # where the HMIS Admin's laptop is enrolled
REFRESH_MARGIN_MS = 120_000


# -- the doc's tables --------------------------------------------------------------------------
def _table(title: str) -> tuple[list[str], list[list[str]]]:
    """The header and rows of the first Markdown table under ``## title`` (empty if none)."""
    lines = DOC.read_text(encoding="utf-8").splitlines()
    if f"## {title}" not in lines:
        return [], []
    rows: list[list[str]] = []
    for line in lines[lines.index(f"## {title}") + 1 :]:
        if line.startswith("## "):
            break
        if line.strip().startswith("|"):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
        elif rows:
            break
    if len(rows) < 2 or not all(set(cell) <= set(":-") and cell for cell in rows[1]):
        return [], []
    return rows[0], rows[2:]


def _cells(title: str) -> list[tuple[tuple[str, ...], str, str]]:
    header, rows = _table(title)
    keys = KEY_COLUMNS[title]
    return [
        (tuple(row[:keys]), header[i], row[i] if i < len(row) else "") for row in rows for i in range(keys, len(header))
    ]


def _ids(cells) -> list[str]:
    return [f"{' / '.join(key)} | {column}" for key, column, _ in cells]


def _unknown(what: str, words: object) -> None:
    pytest.fail(
        f"docs/sharing.md says {words!r} ({what}), which this test does not know how to check: "
        "teach the test, or fix the doc"
    )


def test_the_doc_has_the_three_tables_this_module_tests():
    """If a table went missing or changed its columns, its cells would silently stop being tested."""
    for title, header in HEADERS.items():
        got, rows = _table(title)
        assert got == header, f"table {title!r} in docs/sharing.md: {got!r}"
        assert rows, f"table {title!r} has no rows"
        assert all(len(row) == len(header) for row in rows), f"table {title!r} has a row of the wrong width"
        keys = [tuple(row[: KEY_COLUMNS[title]]) for row in rows]
        assert len(set(keys)) == len(keys), f"table {title!r} names a row twice"


# -- actors --------------------------------------------------------------------------------------
@dataclass
class Actor:
    """A signed-in user on their own laptop. Every TOTP sign-in in the module moves the server
    clock on, so the access token is refreshed before it runs out."""

    name: str
    device: Device
    expires_ms: int

    def _fresh(self) -> None:
        if self.device.live.clock.now_ms() > self.expires_ms - REFRESH_MARGIN_MS:
            token, self.device.token = self.device.token, None
            try:
                got = self.device.call("POST", "/v1/auth/refresh", {"refresh_token": self.device.refresh_token})
            finally:
                self.device.token = token
            self.device.token, self.device.refresh_token = got["access_token"], got["refresh_token"]
            self.expires_ms = got["access_expires_ms"]

    def raw(self, method: str, target: str, body: object = None, **kw):
        self._fresh()
        return self.device.raw(method, target, body, **kw)

    def call(self, method: str, target: str, body: object = None):
        response = self.raw(method, target, body)
        assert 200 <= response.status_code < 300, (self.name, method, target, response.status_code, response.text)
        return response.json()

    def op(self, kind: str, record_id: str, fields: dict, **kw) -> dict:
        return self.device.op(kind, record_id, fields, **kw)

    def push(self, *ops: dict) -> list[dict]:
        return self.call("POST", "/v1/sync/push", {"operations": list(ops)})["results"]

    def pull(self, cursor: int = 0) -> tuple[list[dict], list[dict], int]:
        """Every page from ``cursor``: the changes, the records to drop, and the next cursor."""
        changes: list[dict] = []
        dropped: list[dict] = []
        while True:
            page = self.call("GET", f"/v1/sync/pull?cursor={cursor}&limit=500")
            changes += page["changes"]
            dropped += page.get("dropped", [])
            cursor = page["cursor"]
            if not page["more"]:
                return changes, dropped, cursor

    def get(self, kind: str, record_id: str):
        return self.raw("GET", f"/v1/records/{kind}/{record_id}")

    @property
    def agency_id(self) -> str | None:
        assert self.device.user is not None, "the actor's device is signed in"
        return self.device.user.agency_id


def sign_in(world: World, role: str, agency: str | None, name: str) -> Actor:
    home = agency or ADMIN_HOME
    world.agency(home)  # its own transaction before the enrollment code's (one SQLite writer)
    person = world.staff(role, agency)
    device = world.device(home)
    answer = device.login(person)
    return Actor(name, device, answer["access_expires_ms"])


@dataclass
class Env:
    world: World
    actors: dict[str, Actor] = field(default_factory=dict)

    @property
    def live(self):
        return self.world.live

    def __getitem__(self, name: str) -> Actor:
        return self.actors[name]

    def today(self) -> date:
        """The server's today (UTC), which moves with the clock the sign-ins step on."""
        return utc_date(self.live.clock.now_ms())

    def project(self, agency: str) -> str:
        return self.world.projects[agency]


@pytest.fixture(scope="module")
def env(world) -> Env:
    e = Env(world)
    admin = e.actors["admin"] = sign_in(world, "system_admin", None, "admin")
    # The victim service provider is made as an HMIS Admin would make it: through the API.
    vsp = admin.call(
        "POST",
        "/v1/agencies",
        {"name": V, "coc_code": "CT-505", "can_name": "Greater Hartford", "victim_service_provider": 1},
    )["id"]
    project = admin.call(
        "POST",
        "/v1/projects",
        {
            "agency_id": vsp,
            "name": f"{V} shelter",
            "project_type": 0,
            "coc_code": "CT-505",
            "geocode": "099003",
            "operating_start": "2020-01-01",
        },
    )["id"]
    world.agencies[V], world.projects[V] = vsp, project
    for name, role, agency in [
        ("a_cm", "case_manager", A),
        ("a_cm2", "case_manager", A),
        ("a_dc", "data_coordinator", A),
        ("a_sec", "security_coordinator", A),
        ("a_out", "outreach_worker", A),
        ("b_cm", "case_manager", B),
        ("b_dc", "data_coordinator", B),
        ("c_cm", "case_manager", C),
        ("c_dc", "data_coordinator", C),
        ("v_cm", "case_manager", V),
        ("v_cm2", "case_manager", V),
        ("v_dc", "data_coordinator", V),
    ]:
        e.actors[name] = sign_in(world, role, agency, name)
    return e


# -- records -------------------------------------------------------------------------------------
def _letters(n: int = 9) -> str:
    return "".join(random.choice(string.ascii_lowercase) for _ in range(n)).capitalize()


def _ssn() -> str:
    while True:
        ssn = f"{random.randint(100, 665)}{random.randint(10, 99)}{random.randint(1000, 9999)}"
        if len(set(ssn)) > 1:
            return ssn


def _applied(results: list[dict]) -> list[dict]:
    assert all(r["status"] in ("applied", "merged") for r in results), results
    return results


@dataclass
class Person:
    """One client and the records its owner agency holds of them."""

    owner: str
    client: dict
    enrollment_id: str
    hdv_id: str
    records: set[tuple[str, str]]  # the owner's live records of the client
    gone: set[tuple[str, str]] = field(default_factory=set)  # the owner's deleted ones
    consents: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.client["id"]


def new_person(env: Env, owner: str, pusher: str | None = None) -> Person:
    """A client with an enrollment and a HealthAndDV record (currently fleeing), pushed by the owner."""
    worker = env[pusher or {A: "a_cm", V: "v_cm"}[owner]]
    today = env.today()
    client = factories.client(
        id=new_id(),
        first_name=_letters(),
        last_name=_letters(),
        ssn=_ssn(),
        dob=date(random.randint(1950, 1999), random.randint(1, 12), random.randint(1, 28)),
    )
    enrollment = factories.enrollment(
        id=new_id(),
        personal_id=client.id,
        project_id=env.project(owner),
        household_id=new_id(),
        entry_date=today - timedelta(days=10),
    )
    hdv = factories.health_dv(
        id=new_id(),
        enrollment_id=enrollment.id,
        personal_id=client.id,
        information_date=enrollment.entry_date,
        domestic_violence_survivor=1,
        when_occurred=2,
        currently_fleeing=1,
    )
    _applied(worker.push(*[worker.op(r.KIND, r.id, r.to_dict()) for r in (client, enrollment, hdv)]))
    return Person(
        owner,
        client.to_dict(),
        enrollment.id,
        hdv.id,
        {("client", client.id), ("enrollment", enrollment.id), ("health_and_dv", hdv.id)},
    )


_DEFAULT = object()


def consent_body(
    env: Env,
    personal_id: str,
    agency_id: str,
    *,
    granted: bool = True,
    scope: str = "full",
    signed: date | None = None,
    expires: object = _DEFAULT,
    revoked: date | None = None,
) -> dict:
    today = env.today()
    return factories.consent(
        id=new_id(),
        personal_id=personal_id,
        agency_id=agency_id,
        granted=granted,
        scope=scope,
        signed_date=signed or today - timedelta(days=1),
        expires_date=today + timedelta(days=365) if expires is _DEFAULT else expires,
        revoked_date=revoked,
        method="signed_paper",
    ).to_dict()


def release(env: Env, person: Person, pusher: str | None = None, **kw) -> str:
    """The owner's case manager records a release for the person."""
    worker = env[pusher or {A: "a_cm", V: "v_cm"}[person.owner]]
    body = consent_body(env, person.id, env.world.agency(person.owner), **kw)
    _applied(worker.push(worker.op("consent", body["id"], body)))
    person.records.add(("consent", body["id"]))
    person.consents.append(body["id"])
    return body["id"]


def _ids_of(changes: list[dict]) -> set[tuple[str, str]]:
    return {(c["kind"], c["id"]) for c in changes}


def _zip_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def export_text(env: Env, coordinator: Actor) -> str:
    today = env.today()
    response = coordinator.raw(
        "POST", "/v1/exports", {"start": (today - timedelta(days=400)).isoformat(), "end": today.isoformat()}
    )
    assert response.status_code == 200, (coordinator.name, response.status_code, response.text)
    return _zip_text(response.content)


# -- who sees a record ---------------------------------------------------------------------------
OWNERS = {"ordinary": A, "victim service provider": V}

# column -> (reader, coordinator) pairs; the reader pushes look-alikes, the coordinator lists
# duplicates and exports. "another agency" is checked for two of them, B and C.
VIEWERS = {
    "same agency": {A: [("a_cm2", "a_dc")], V: [("v_cm2", "v_dc")]},
    "another agency": {A: [("b_cm", "b_dc"), ("c_cm", "c_dc")], V: [("b_cm", "b_dc"), ("c_cm", "c_dc")]},
    "HMIS Admin": {A: [("admin", "admin")], V: [("admin", "admin")]},
}
SEE_WORDS = {"sees": True, "does not see": False}


def _none(env, person, viewers, expect):
    pass


def _full(env, person, viewers, expect):
    release(env, person)


def _basic(env, person, viewers, expect):
    release(env, person, scope="basic")


def _refused(env, person, viewers, expect):
    release(env, person, granted=False, scope="none", expires=None)


def _expired(env, person, viewers, expect):
    today = env.today()
    release(env, person, signed=today - timedelta(days=60), expires=today - timedelta(days=1))


def _revoked(env, person, viewers, expect):
    today = env.today()
    release(env, person, signed=today - timedelta(days=30), revoked=today)


def _full_then_revoked(env, person, viewers, expect):
    """A full release that each viewer has read under, then revoked by its owner; each viewer's
    next pull tells it to drop every one of the owner's records of the client if it no longer
    sees them, and none of them if it still does."""
    consent_id = release(env, person)
    cursors = []
    for reader, _ in viewers:
        changes, _, cursor = env[reader].pull()
        assert person.records <= _ids_of(changes), f"{reader} did not receive the shared records first"
        cursors.append(cursor)
    worker = env["a_cm"]
    version = worker.call("GET", f"/v1/records/consent/{consent_id}")["version"]
    _applied(
        worker.push(worker.op("consent", consent_id, {"revoked_date": env.today().isoformat()}, base_version=version))
    )
    for (reader, _), cursor in zip(viewers, cursors):
        _, dropped, _ = env[reader].pull(cursor)
        named = _ids_of(dropped) & (person.records | person.gone)
        if expect:
            assert not named, f"{reader} still sees the records but was told to drop {named}"
        else:
            assert named == person.records, f"{reader} was told to drop {named}, not {person.records}"


def _full_by_another(env, person, viewers, expect):
    """Agency C records its own full release for A's client (it can see the client while A's
    release is in force), then A deletes its own release: only C's release is left."""
    owners_release = release(env, person)
    third = env["c_cm"]
    body = consent_body(env, person.id, env.world.agency(C), expires=None)
    _applied(third.push(third.op("consent", body["id"], body)))
    worker = env["a_cm"]
    _applied(worker.push(worker.op("consent", owners_release, {}, base_version=1, op="delete")))
    person.records.discard(("consent", owners_release))
    person.gone.add(("consent", owners_release))


RELEASES = {
    "none": _none,
    "full": _full,
    "basic": _basic,
    "refused": _refused,
    "expired": _expired,
    "revoked": _revoked,
    "full, then revoked": _full_then_revoked,
    "full, by another agency": _full_by_another,
}


def check_sight(env: Env, person: Person, reader: Actor, expect: bool) -> None:
    """Pull from the start and GET each record: all of the owner's records of the client, or none."""
    got = _ids_of(reader.pull()[0])
    for kind, record_id in sorted(person.records):
        assert ((kind, record_id) in got) == expect, f"{reader.name} pulled {kind} {record_id}: {not expect}"
        status = reader.get(kind, record_id).status_code
        assert status == (200 if expect else 404), f"{reader.name} GET {kind} {record_id}: {status}"
    if not expect:
        for kind, record_id in person.gone:
            assert (kind, record_id) not in got and reader.get(kind, record_id).status_code == 404


def check_duplicates_and_export(env: Env, person: Person, reader: Actor, coordinator: Actor, expect: bool) -> None:
    """A look-alike pushed by the viewer's agency is raised as a possible duplicate of the client
    only if the viewer sees the client; the viewer's HMIS CSV export names the client only then."""
    lookalike = dict(person.client, id=new_id())
    _applied(reader.push(reader.op("client", lookalike["id"], lookalike)))
    pairs = [
        d
        for d in coordinator.call("GET", "/v1/duplicates")
        if {d["client_id"], d["other_id"]} == {person.id, lookalike["id"]}
    ]
    assert bool(pairs) == expect, f"{coordinator.name} duplicates with {person.owner}'s client: {pairs}"
    text = export_text(env, coordinator)
    assert (person.id in text) == expect, f"{coordinator.name}'s export names the client: {not expect}"
    if not expect:
        assert person.enrollment_id not in text and person.hdv_id not in text


SEE_CELLS = _cells(SEE_TABLE)


@pytest.mark.parametrize("key,column,word", SEE_CELLS, ids=_ids(SEE_CELLS))
def test_who_sees_a_record(env, key, column, word):
    """One cell of "Who sees a record": a fresh client in that release state, read by that viewer."""
    owner_kind, state = key
    if owner_kind not in OWNERS:
        _unknown("an owner", owner_kind)
    if state not in RELEASES:
        _unknown("a release state", state)
    if column not in VIEWERS:
        _unknown("a viewer", column)
    if word not in SEE_WORDS:
        _unknown("an answer", word)
    expect = SEE_WORDS[word]
    owner = OWNERS[owner_kind]
    person = new_person(env, owner)
    viewers = VIEWERS[column][owner]
    RELEASES[state](env, person, viewers, expect)
    for reader, coordinator in viewers:
        check_sight(env, person, env[reader], expect)
        if owner == V:
            check_duplicates_and_export(env, person, env[reader], env[coordinator], expect)


# -- who may change what -------------------------------------------------------------------------
CHANGE_WORDS = {"allowed": True, "refused": False}
COORDINATOR_ROWS = {"resolve a conflict on a record", "merge two clients"}
CHANGERS = {"same agency": ("a_cm2", "a_dc"), "another agency": ("b_cm", "b_dc"), "HMIS Admin": ("admin", "admin")}


def _snapshot(env: Env, kind: str, record_id: str) -> dict:
    return env["a_cm"].call("GET", f"/v1/records/{kind}/{record_id}")


def _no_conflict_for(env: Env, *record_ids: str) -> None:
    raised = [c for c in env["a_dc"].call("GET", "/v1/conflicts") if c["record_id"] in record_ids]
    assert not raised, f"a refused change was raised in the owner's review queue: {raised}"


def _refused_push(results: list[dict]) -> None:
    for result in results:
        assert result["status"] == "rejected" and result.get("reason"), result


def _absent(env: Env, kind: str, record_id: str) -> None:
    """Nothing was stored: not even the HMIS Admin (who sees every ordinary record) finds it."""
    assert env["admin"].get(kind, record_id).status_code == 404


def _own_agency(env: Env, actor: Actor) -> str:
    return actor.agency_id or env.world.agency(ADMIN_HOME)


def change_a_record(env, person, actor, allowed):
    before = _snapshot(env, "client", person.id)
    if allowed:
        name = _letters()
        _applied(actor.push(actor.op("client", person.id, {"last_name": name}, base_version=before["version"])))
        assert _snapshot(env, "client", person.id)["body"]["last_name"] == name
        return
    # The owner moves the record on first, so that a change from the older version would clash:
    # a refusal must be a refusal, not the owner's conflict.
    owner = env["a_cm"]
    _applied(owner.push(owner.op("client", person.id, {"last_name": _letters()}, base_version=before["version"])))
    before = _snapshot(env, "client", person.id)
    _refused_push(
        actor.push(
            actor.op("client", person.id, {"alias": "changed elsewhere"}, base_version=before["version"]),
            actor.op("client", person.id, {"last_name": _letters()}, base_version=before["version"] - 1),
        )
    )
    assert _snapshot(env, "client", person.id) == before
    _no_conflict_for(env, person.id)


def delete_a_record(env, person, actor, allowed):
    before = _snapshot(env, "health_and_dv", person.hdv_id)
    results = actor.push(actor.op("health_and_dv", person.hdv_id, {}, base_version=before["version"], op="delete"))
    if allowed:
        _applied(results)
        assert _snapshot(env, "health_and_dv", person.hdv_id)["deleted"] is True
    else:
        _refused_push(results)
        assert _snapshot(env, "health_and_dv", person.hdv_id) == before
        _no_conflict_for(env, person.hdv_id)


def add_own_enrollment(env, person, actor, allowed):
    home = next(name for name, agency_id in env.world.agencies.items() if agency_id == _own_agency(env, actor))
    enrollment = factories.enrollment(
        id=new_id(),
        personal_id=person.id,
        project_id=env.project(home),
        household_id=new_id(),
        entry_date=env.today() - timedelta(days=3),
    ).to_dict()
    results = actor.push(actor.op("enrollment", enrollment["id"], enrollment))
    if allowed:
        _applied(results)
        assert actor.get("enrollment", enrollment["id"]).json()["body"]["personal_id"] == person.id
    else:
        _refused_push(results)
        _absent(env, "enrollment", enrollment["id"])


def add_service(env, person, actor, allowed):
    """A bed night on the owner's enrollment: the owner's own, or another agency's."""
    service = factories.service(
        id=new_id(),
        enrollment_id=person.enrollment_id,
        personal_id=person.id,
        date_provided=env.today() - timedelta(days=2),
    ).to_dict()
    results = actor.push(actor.op("service", service["id"], service))
    if allowed:
        _applied(results)
        assert actor.get("service", service["id"]).status_code == 200
    else:
        _refused_push(results)
        _absent(env, "service", service["id"])
        _no_conflict_for(env, service["id"], person.enrollment_id)


def _new_release(env, person, actor, allowed, agency_id, **kw):
    body = consent_body(env, person.id, agency_id, **kw)
    results = actor.push(actor.op("consent", body["id"], body))
    if allowed:
        _applied(results)
        assert actor.get("consent", body["id"]).json()["body"]["agency_id"] == agency_id
    else:
        _refused_push(results)
        _absent(env, "consent", body["id"])
        _no_conflict_for(env, body["id"])


def release_naming_own_agency(env, person, actor, allowed):
    _new_release(env, person, actor, allowed, _own_agency(env, actor))


def release_naming_another_agency(env, person, actor, allowed):
    """Another agency names the owner (the forgery of issue 14, with no end date); the owner
    names another agency; the HMIS Admin names the owner."""
    named = env.world.agency(B) if actor.agency_id == env.world.agency(A) else env.world.agency(A)
    _new_release(env, person, actor, allowed, named, expires=None)


def change_or_revoke_release(env, person, actor, allowed):
    consent_id = person.consents[0]
    before = _snapshot(env, "consent", consent_id)
    today = env.today().isoformat()
    results = actor.push(actor.op("consent", consent_id, {"revoked_date": today}, base_version=before["version"]))
    if allowed:
        _applied(results)
        assert _snapshot(env, "consent", consent_id)["body"]["revoked_date"] == today
    else:
        _refused_push(results)
        assert _snapshot(env, "consent", consent_id) == before
        _no_conflict_for(env, consent_id)
        assert env["b_cm"].get("client", person.id).status_code == 200, "the release still shares the client"


def _refused_call(response) -> None:
    """A coordinator's refused order: forbidden, or not found in that agency's queue, with a sentence."""
    assert response.status_code in (403, 404), (response.status_code, response.text)
    assert response.json().get("detail"), response.text


def resolve_a_conflict(env, person, actor, allowed):
    first, second = env["a_cm"], env["a_cm2"]
    kept = _letters()
    _applied(first.push(first.op("client", person.id, {"last_name": kept}, base_version=1)))
    [clash] = second.push(second.op("client", person.id, {"last_name": _letters()}, base_version=1))
    assert clash["status"] == "conflict", clash
    [raised] = [c for c in env["a_dc"].call("GET", "/v1/conflicts") if c["record_id"] == person.id]
    chosen = _letters()
    response = actor.raw("POST", f"/v1/conflicts/{raised['id']}/resolve", {"value": chosen})
    if allowed:
        assert response.status_code == 200, response.text
        assert _snapshot(env, "client", person.id)["body"]["last_name"] == chosen
        assert raised["id"] not in {c["id"] for c in env["a_dc"].call("GET", "/v1/conflicts")}
    else:
        _refused_call(response)
        assert _snapshot(env, "client", person.id)["body"]["last_name"] == kept
        assert raised["id"] in {c["id"] for c in env["a_dc"].call("GET", "/v1/conflicts")}


def merge_two_clients(env, person, actor, allowed):
    """Two of the owner's clients, both shared by its releases, raised as a possible duplicate."""
    worker = env["a_cm"]
    twin = dict(person.client, id=new_id())
    _applied(worker.push(worker.op("client", twin["id"], twin)))
    body = consent_body(env, twin["id"], env.world.agency(A))
    _applied(worker.push(worker.op("consent", body["id"], body)))
    [pair] = [
        d
        for d in env["a_dc"].call("GET", "/v1/duplicates")
        if {d["client_id"], d["other_id"]} == {person.id, twin["id"]}
    ]
    response = actor.raw("POST", f"/v1/duplicates/{pair['id']}/merge", {"keep": person.id})
    if allowed:
        assert response.status_code == 200, response.text
        assert _snapshot(env, "client", twin["id"])["deleted"] is True
    else:
        _refused_call(response)
        assert _snapshot(env, "client", twin["id"])["deleted"] is False
        assert pair["id"] in {d["id"] for d in env["a_dc"].call("GET", "/v1/duplicates")}


ACTIONS = {
    "change a record": change_a_record,
    "delete a record": delete_a_record,
    "add its own enrollment for a shared client": add_own_enrollment,
    "add a service to an enrollment": add_service,
    "record a release naming its own agency": release_naming_own_agency,
    "record a release naming another agency": release_naming_another_agency,
    "change or revoke a release": change_or_revoke_release,
    "resolve a conflict on a record": resolve_a_conflict,
    "merge two clients": merge_two_clients,
}

CHANGE_CELLS = _cells(CHANGE_TABLE)


@pytest.mark.parametrize("key,column,word", CHANGE_CELLS, ids=_ids(CHANGE_CELLS))
def test_who_may_change_what(env, key, column, word):
    """One cell of "Who may change what", on a fresh client of A shared by A's full release, so
    "another agency" is one the client is shared with."""
    (action,) = key
    if action not in ACTIONS:
        _unknown("an action", action)
    if column not in CHANGERS:
        _unknown("an actor", column)
    if word not in CHANGE_WORDS:
        _unknown("an answer", word)
    person = new_person(env, A)
    release(env, person)
    worker, coordinator = CHANGERS[column]
    actor = env[coordinator if action in COORDINATOR_ROWS else worker]
    if column == "another agency":
        assert actor.get("client", person.id).status_code == 200, "the release should share the client"
    ACTIONS[action](env, person, actor, CHANGE_WORDS[word])


# -- who may order what --------------------------------------------------------------------------
ROLE_ACTORS = {
    "System Administrator": "admin",
    "Agency Security Coordinator": "a_sec",
    "Agency Data Coordinator": "a_dc",
    "Case Manager": "a_cm",
    "Outreach Worker": "a_out",
}


def _lookalike_pair(env: Env) -> str:
    worker = env["a_cm"]
    first = factories.client(id=new_id(), first_name=_letters(), last_name=_letters(), ssn=_ssn()).to_dict()
    second = dict(first, id=new_id())
    _applied(worker.push(worker.op("client", first["id"], first), worker.op("client", second["id"], second)))
    [pair] = [
        d
        for d in env["a_dc"].call("GET", "/v1/duplicates")
        if {d["client_id"], d["other_id"]} == {first["id"], second["id"]}
    ]
    return pair["id"]


def _empty_export(env: Env) -> bytes:
    """A real HMIS CSV zip of agency A's projects for a period before any of its records."""
    response = env["admin"].raw(
        "POST", "/v1/exports", {"start": "2020-01-01", "end": "2020-01-31", "project_ids": [env.project(A)]}
    )
    assert response.status_code == 200, response.text
    return response.content


def _order_request(env: Env, order: str, actor: Actor):
    tag = secrets.token_hex(4)
    if order == "manage agencies and projects":
        return actor.raw(
            "POST", "/v1/agencies", {"name": f"Agency {tag}", "coc_code": "CT-505", "can_name": "Greater Hartford"}
        )
    if order == "manage users of the agency":
        return actor.raw(
            "POST",
            "/v1/users",
            {
                "username": f"new{tag}",
                "first_name": "New",
                "last_name": "Hire",
                "role": "case_manager",
                "agency_id": env.world.agency(A),
                "password": PASSWORD,
                "training_expires": (env.today() + timedelta(days=300)).isoformat(),
            },
        )
    if order == "wipe a device of the agency":
        return actor.raw("POST", f"/v1/devices/{env.world.device(A).id}/wipe")
    if order == "read the audit trail":
        return actor.raw("GET", "/v1/audit?after=0&limit=20")
    if order == "sync client records":
        body = factories.client(id=new_id(), first_name=_letters(), last_name=_letters(), ssn=_ssn()).to_dict()
        return actor.raw("POST", "/v1/sync/push", {"operations": [actor.op("client", body["id"], body)]})
    if order == "resolve conflicts and duplicates":
        return actor.raw("POST", f"/v1/duplicates/{_lookalike_pair(env)}/dismiss")
    if order == "export HMIS CSV":
        today = env.today()
        return actor.raw(
            "POST", "/v1/exports", {"start": (today - timedelta(days=30)).isoformat(), "end": today.isoformat()}
        )
    if order == "import HMIS CSV":
        return actor.raw(
            "POST", "/v1/imports", raw_body=_empty_export(env), headers={"Content-Type": "application/zip"}
        )
    return None


ORDER_CELLS = _cells(ORDER_TABLE)


@pytest.mark.parametrize("key,column,word", ORDER_CELLS, ids=_ids(ORDER_CELLS))
def test_who_may_order_what(env, key, column, word):
    """One cell of "Who may order what": one real request for a representative route."""
    (order,) = key
    if column not in ROLE_ACTORS:
        _unknown("a role", column)
    if word not in CHANGE_WORDS:
        _unknown("an answer", word)
    actor = env[ROLE_ACTORS[column]]
    response = _order_request(env, order, actor)
    if response is None:
        _unknown("an order", order)
    if CHANGE_WORDS[word]:
        assert 200 <= response.status_code < 300, (column, order, response.status_code, response.text)
        if order == "sync client records":
            _applied(response.json()["results"])
    else:
        assert response.status_code == 403, (column, order, response.status_code, response.text)


# -- the findings of issue 14 -------------------------------------------------------------------
def test_finding_another_agency_cannot_forge_a_release_and_loses_the_client_when_the_owner_revokes(env):
    """C, reading A's client by A's full release, pushes a release naming A with no end date: it is
    refused, so once A revokes its real release C reads the client no more."""
    person = new_person(env, A)
    real = release(env, person)
    c = env["c_cm"]
    assert c.get("client", person.id).json()["body"]["ssn"] == person.client["ssn"]
    forged = consent_body(env, person.id, env.world.agency(A), expires=None)
    _refused_push(c.push(c.op("consent", forged["id"], forged)))
    _absent(env, "consent", forged["id"])
    owner = env["a_cm"]
    _applied(owner.push(owner.op("consent", real, {"revoked_date": env.today().isoformat()}, base_version=1)))
    assert c.get("client", person.id).status_code == 404
    assert not _ids_of(c.pull()[0]) & person.records


def test_finding_another_agency_cannot_revoke_the_owners_release(env):
    """C pushes a revocation onto A's release: refused with a sentence, not merged; the release
    and the share it grants stand."""
    person = new_person(env, A)
    consent_id = release(env, person)
    before = _snapshot(env, "consent", consent_id)
    c = env["c_cm"]
    _refused_push(c.push(c.op("consent", consent_id, {"revoked_date": env.today().isoformat()}, base_version=1)))
    assert _snapshot(env, "consent", consent_id) == before
    _no_conflict_for(env, consent_id)
    assert env["b_cm"].get("client", person.id).status_code == 200


def test_finding_another_agency_cannot_edit_the_owners_dv_record_nor_raise_a_conflict(env):
    """C edits A's HealthAndDV record (currently fleeing) from an older version than A's own
    edit, and from the current one: both refused, none lands in A's review queue."""
    person = new_person(env, A)
    release(env, person)
    owner = env["a_cm"]
    _applied(owner.push(owner.op("health_and_dv", person.hdv_id, {"when_occurred": 1}, base_version=1)))
    before = _snapshot(env, "health_and_dv", person.hdv_id)
    c = env["c_cm"]
    assert c.get("health_and_dv", person.hdv_id).status_code == 200
    _refused_push(
        c.push(
            c.op("health_and_dv", person.hdv_id, {"currently_fleeing": 0, "when_occurred": 3}, base_version=1),
            c.op("health_and_dv", person.hdv_id, {"currently_fleeing": 0}, base_version=2),
        )
    )
    assert _snapshot(env, "health_and_dv", person.hdv_id) == before
    _no_conflict_for(env, person.hdv_id)


def test_finding_a_victim_service_providers_client_is_invisible_to_other_agencies_whatever_the_release(env):
    """V's client, enrollment and HealthAndDV (fleeing) with V's full release: B and C get none of
    it by pull or GET, raise no possible duplicate against it, and do not export it; nor does
    the HMIS Admin export it."""
    person = new_person(env, V)
    release(env, person, expires=None)
    for reader, coordinator in (("b_cm", "b_dc"), ("c_cm", "c_dc")):
        check_sight(env, person, env[reader], False)
        check_duplicates_and_export(env, person, env[reader], env[coordinator], False)
    assert person.id not in export_text(env, env["admin"])
    check_sight(env, person, env["v_cm2"], True)


def test_a_release_that_ends_is_audited_and_other_agencies_are_told_to_drop_its_records(env):
    """A revokes a full release that B has pulled under: the server writes sharing_ended for the
    client, B's next pull names every one of A's records of it in "dropped" and is audited as
    access_dropped; the next pull after that drops nothing again."""
    person = new_person(env, A)
    consent_id = release(env, person)
    b = env["b_cm"]
    changes, _, cursor = b.pull()
    assert person.records <= _ids_of(changes)
    with env.live.ctx.engine.connect() as conn:
        seen = conn.execute(select(audit.c.seq).order_by(audit.c.seq.desc()).limit(1)).scalar()
    owner = env["a_cm"]
    _applied(owner.push(owner.op("consent", consent_id, {"revoked_date": env.today().isoformat()}, base_version=1)))
    _, dropped, cursor = b.pull(cursor)
    assert person.records <= _ids_of(dropped)
    assert all(d["kind"] in ("client", "enrollment", "health_and_dv", "consent") for d in dropped)
    _, again, _ = b.pull(cursor)
    assert not _ids_of(again) & person.records
    with env.live.ctx.engine.connect() as conn:
        entries = conn.execute(select(audit).where(audit.c.seq > seen).order_by(audit.c.seq)).all()
    ended = [e for e in entries if e.action == "sharing_ended" and e.record_id == person.id]
    assert len(ended) == 1 and ended[0].agency_id == env.world.agency(A), ended
    told = [e for e in entries if e.action == "access_dropped" and e.device_id == b.device.id]
    assert len(told) == 1 and json.loads(told[0].detail).get("records", 0) >= len(person.records), told
    assert person.client["first_name"] not in ended[0].detail + told[0].detail  # no names in the trail


def test_a_merge_by_another_agency_does_not_reveal_a_victim_service_providers_records(env):
    """V adds its own enrollment for a twin of A's client that A's release shares; A's data
    coordinator then merges the twins. The doc keeps a VSP's records out of anyone else's
    merges, so A's answer counts only what A may see, and does not tell A that V holds a record."""
    person = new_person(env, A)
    release(env, person)
    worker = env["a_cm"]
    twin = dict(person.client, id=new_id())
    _applied(worker.push(worker.op("client", twin["id"], twin)))
    twin_release = consent_body(env, twin["id"], env.world.agency(A))
    _applied(worker.push(worker.op("consent", twin_release["id"], twin_release)))
    v = env["v_cm"]
    theirs = factories.enrollment(
        id=new_id(),
        personal_id=twin["id"],
        project_id=env.project(V),
        household_id=new_id(),
        entry_date=env.today() - timedelta(days=2),
    ).to_dict()
    _applied(v.push(v.op("enrollment", theirs["id"], theirs)))
    [pair] = [
        d
        for d in env["a_dc"].call("GET", "/v1/duplicates")
        if {d["client_id"], d["other_id"]} == {person.id, twin["id"]}
    ]
    merged = env["a_dc"].call("POST", f"/v1/duplicates/{pair['id']}/merge", {"keep": person.id})
    assert merged["records_moved"] == 1, f"A's merge counted the VSP's enrollment: {merged}"
