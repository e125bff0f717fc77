"""Random agencies, releases and operations against a real server: what each agency can read and
change is what a small model of docs/sharing.md says, on SQLite and on PostgreSQL.

Why a model written here and not the server's own rules: a test that asked server/services/sharing.py
what to expect would agree with it whatever it did. The model below is read from the doc's words
(release in force, only the owner's records, a VSP's never leave, only the owner changes) and
nothing else. Each example gets fresh agencies (some victim service providers), one case manager
and laptop each; every agency's laptop keeps a vault of what its pulls sent and dropped, which
must equal what the model lets it see after every step.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, event, example, given, note, settings
from hypothesis import strategies as st

from app.domain.ids import new_id
from server.services.clock import utc_date
from tests.domain import factories
from tests.server.harness import World
from tests.server.test_sharing_rules import ADMIN_HOME, Actor, sign_in

ADMIN = -1  # the actor index of the HMIS Admin

pytestmark = pytest.mark.slow


# -- the model -----------------------------------------------------------------------------------
@dataclass
class Release:
    owner: int  # the agency index that recorded it (always the agency it names: others are refused)
    personal_id: str
    granted: bool
    scope: str
    signed: date
    expires: date | None
    revoked: date | None
    version: int = 1

    def in_force(self, today: date) -> bool:
        """docs/sharing.md, "Release in force"."""
        return (
            self.granted
            and self.scope == "full"
            and self.signed <= today
            and (self.expires is None or self.expires > today)
            and (self.revoked is None or self.revoked > today)
        )


@dataclass
class Rec:
    kind: str
    owner: int | str  # an agency index, or ADMIN_HOME for what the HMIS Admin adds
    personal_id: str
    version: int = 1
    alias: str | None = None


@dataclass
class Model:
    vsp: list[bool]
    records: dict[str, Rec] = field(default_factory=dict)
    releases: dict[str, Release] = field(default_factory=dict)

    def is_vsp(self, owner: int | str) -> bool:
        return isinstance(owner, int) and self.vsp[owner]

    def sees(self, viewer: int, record_id: str, today: date) -> bool:
        rec = self.records[record_id]
        if viewer == ADMIN:
            return not self.is_vsp(rec.owner)
        if rec.owner == viewer:
            return True
        if self.is_vsp(rec.owner):
            return False
        return any(
            r.owner == rec.owner and r.personal_id == rec.personal_id and r.in_force(today)
            for r in self.releases.values()
        )

    def visible(self, viewer: int, today: date) -> set[str]:
        return {record_id for record_id in self.records if self.sees(viewer, record_id, today)}

    def may_change(self, actor: int, record_id: str, today: date) -> bool:
        rec = self.records[record_id]
        if rec.kind == "consent":
            return actor != ADMIN and rec.owner == actor
        if actor == ADMIN:
            return self.sees(ADMIN, record_id, today)
        return rec.owner == actor


# -- plans ---------------------------------------------------------------------------------------
SCOPES = ("full", "basic", "none")
REVISIONS = ("revoke", "restore", "narrow", "refuse")


@st.composite
def plans(draw):
    n = draw(st.integers(2, 3))
    vsp = draw(st.lists(st.sampled_from((False, False, True)), min_size=n, max_size=n))
    actor = st.integers(ADMIN, n - 1)
    client = st.integers(0, n - 1)
    release = st.tuples(
        st.just("release"),
        actor,
        client,
        st.booleans(),
        st.booleans(),
        st.sampled_from(SCOPES),
        st.integers(0, 60),
        st.one_of(st.none(), st.integers(1, 120)),
        st.one_of(st.none(), st.integers(0, 60)),
    )
    revise = st.tuples(st.just("revise"), actor, st.integers(0, 7), st.sampled_from(REVISIONS), st.integers(0, 60))
    # The release's own agency changing it (actor None), so shares also end and start again.
    own_revise = st.tuples(
        st.just("revise"), st.none(), st.integers(0, 7), st.sampled_from(REVISIONS), st.integers(0, 60)
    )
    edit = st.tuples(st.just("edit"), actor, client)
    enroll = st.tuples(st.just("enroll"), actor, client)
    # Releases by the client's owner, mostly full and in force, come often: without them little
    # is ever shared, and so little could be wrongly shared or wrongly kept.
    own_release = client.flatmap(
        lambda j: st.tuples(
            st.just("release"),
            st.just(j),
            st.just(j),
            st.just(True),
            st.sampled_from((True, True, True, False)),
            st.sampled_from(("full", "full", "full", "basic", "none")),
            st.integers(0, 60),
            st.one_of(st.none(), st.integers(61, 400), st.integers(1, 120)),
            st.one_of(st.none(), st.none(), st.integers(0, 60)),
        )
    )
    ops = draw(
        st.lists(
            st.one_of(own_release, own_release, release, own_revise, own_revise, revise, edit, enroll),
            min_size=1,
            max_size=8,
        )
    )
    return vsp, ops


# -- the world of one example --------------------------------------------------------------------
@pytest.fixture(scope="module")
def admin(world) -> Actor:
    return sign_in(world, "system_admin", None, "admin")


@dataclass
class Example:
    world: World
    admin: Actor
    model: Model
    agencies: list[str]
    workers: list[Actor]
    clients: list[str]
    vaults: dict[int, set[str]] = field(default_factory=dict)
    changed: bool = False  # whether the last step was allowed (a refused one is checked at the end)
    cursors: dict[int, int] = field(default_factory=dict)

    def today(self) -> date:
        return utc_date(self.world.live.clock.now_ms())

    def actor(self, index: int) -> Actor:
        return self.admin if index == ADMIN else self.workers[index]

    def agency_id(self, index: int) -> str:
        return self.world.agencies[ADMIN_HOME if index == ADMIN else self.agencies[index]]

    def project(self, index: int) -> str:
        return self.world.projects[ADMIN_HOME if index == ADMIN else self.agencies[index]]

    def viewers(self) -> list[int]:
        return [ADMIN, *range(len(self.workers))]

    def sync_and_check(self, step: str) -> None:
        """Each laptop pulls on from its cursor, keeps what comes and drops what it is told to;
        its vault of this example's records must be exactly what the model lets it see."""
        for viewer in self.viewers():
            actor = self.actor(viewer)
            changes, dropped, self.cursors[viewer] = actor.pull(self.cursors[viewer])
            vault = self.vaults[viewer]
            vault |= {c["id"] for c in changes if c["id"] in self.model.records}
            if vault & {d["id"] for d in dropped}:
                event("a laptop was told to drop records")
            vault -= {d["id"] for d in dropped}
            if viewer != ADMIN and any(self.model.records[i].owner != viewer for i in vault):
                event("a laptop held another agency's records")
            expected = self.model.visible(viewer, self.today())
            assert vault == expected, (
                f"after {step}: {actor.name}'s laptop holds "
                f"{sorted(self._names(vault - expected))} it should not, and lacks "
                f"{sorted(self._names(expected - vault))}"
            )

    def _names(self, ids: set[str]) -> list[str]:
        return [f"{self.model.records[i].kind} of {self._who(self.model.records[i].owner)}" for i in ids]

    def _who(self, owner) -> str:
        return owner if isinstance(owner, str) else f"agency {owner}{' (VSP)' if self.model.vsp[owner] else ''}"


def _agency(world, admin: Actor, vsp: bool) -> str:
    name = f"{'VSP' if vsp else 'Agency'} {secrets.token_hex(4)}"
    agency_id = admin.call(
        "POST",
        "/v1/agencies",
        {"name": name, "coc_code": "CT-505", "can_name": "Greater Hartford", "victim_service_provider": int(vsp)},
    )["id"]
    project_id = admin.call(
        "POST",
        "/v1/projects",
        {
            "agency_id": agency_id,
            "name": f"{name} shelter",
            "project_type": 0,
            "coc_code": "CT-505",
            "geocode": "099003",
            "operating_start": "2020-01-01",
        },
    )["id"]
    world.agencies[name], world.projects[name] = agency_id, project_id
    return name


def _setup(world, admin: Actor, vsp: list[bool]) -> Example:
    model = Model(vsp)
    agencies = [_agency(world, admin, flag) for flag in vsp]
    workers = [sign_in(world, "case_manager", name, f"agency {i}") for i, name in enumerate(agencies)]
    ex = Example(world, admin, model, agencies, workers, [])
    _, _, ex.cursors[ADMIN] = admin.pull(0)  # what came before this example is not its business
    ex.vaults[ADMIN] = set()
    today = ex.today()
    for i, worker in enumerate(workers):
        client = factories.client(id=new_id(), ssn=None, ssn_data_quality=99, first_name=f"P{secrets.token_hex(3)}")
        enrollment = factories.enrollment(
            id=new_id(),
            personal_id=client.id,
            project_id=ex.project(i),
            household_id=new_id(),
            entry_date=today - timedelta(days=5),
        )
        results = worker.push(
            worker.op("client", client.id, client.to_dict()),
            worker.op("enrollment", enrollment.id, enrollment.to_dict()),
        )
        assert [r["status"] for r in results] == ["applied", "applied"], results
        model.records[client.id] = Rec("client", i, client.id)
        model.records[enrollment.id] = Rec("enrollment", i, client.id)
        ex.clients.append(client.id)
        ex.vaults[i], ex.cursors[i] = set(), 0
    return ex


# -- the steps -----------------------------------------------------------------------------------
def _expect(ex: Example, step: str, results: list[dict], allowed: bool) -> None:
    [result] = results
    ex.changed = allowed
    if allowed:
        assert result["status"] in ("applied", "merged"), f"{step}: should be allowed: {result}"
    else:
        assert result["status"] == "rejected" and result.get("reason"), f"{step}: should be refused: {result}"
        event("a change was refused")


def _release(ex: Example, op: tuple) -> str:
    _, i, j, names_own, granted, scope, back, length, revoked_after = op
    today = ex.today()
    signed = today - timedelta(days=back)
    expires = None if length is None else signed + timedelta(days=length)
    revoked = None if revoked_after is None else signed + timedelta(days=min(revoked_after, back))
    scope = scope if granted else "none"
    named = ex.agency_id(i) if names_own else ex.agency_id((i + 1) % len(ex.workers) if i != ADMIN else 0)
    personal_id = ex.clients[j]
    body = factories.consent(
        id=new_id(),
        personal_id=personal_id,
        agency_id=named,
        granted=granted,
        scope=scope,
        signed_date=signed,
        expires_date=expires,
        revoked_date=revoked,
        method="verbal",
    ).to_dict()
    actor = ex.actor(i)
    allowed = i != ADMIN and names_own and ex.model.sees(i, personal_id, today)
    step = (
        f"{actor.name} records a release for agency {j}'s client naming "
        f"{'its own agency' if names_own else 'another agency'}: {granted=} {scope=} {signed=} {expires=} "
        f"{revoked=}"
    )
    _expect(ex, step, actor.push(actor.op("consent", body["id"], body)), allowed)
    if allowed:
        ex.model.records[body["id"]] = Rec("consent", i, personal_id)
        ex.model.releases[body["id"]] = Release(i, personal_id, granted, scope, signed, expires, revoked)
    return step


def _revise(ex: Example, op: tuple) -> str | None:
    _, i, which, how, back = op
    if not ex.model.releases:
        return None
    consent_id = sorted(ex.model.releases)[which % len(ex.model.releases)]
    rel = ex.model.releases[consent_id]
    i = rel.owner if i is None else i
    today = ex.today()
    changes: dict[str, dict[str, Any]] = {
        "revoke": {"revoked_date": (today - timedelta(days=min(back, (today - rel.signed).days))).isoformat()},
        "restore": {"granted": True, "scope": "full", "revoked_date": None},
        "narrow": {"granted": True, "scope": "basic"},
        "refuse": {"granted": False, "scope": "none"},
    }
    fields = changes[how]
    actor = ex.actor(i)
    allowed = ex.model.may_change(i, consent_id, today)
    step = f"{actor.name} changes agency {rel.owner}'s release ({how}: {fields})"
    results = actor.push(actor.op("consent", consent_id, fields, base_version=rel.version))
    _expect(ex, step, results, allowed)
    if allowed:
        rel.version = ex.model.records[consent_id].version = results[0]["version"]
        rel.granted = fields.get("granted", rel.granted)
        rel.scope = fields.get("scope", rel.scope)
        if "revoked_date" in fields:
            rel.revoked = date.fromisoformat(fields["revoked_date"]) if fields["revoked_date"] else None
    return step


def _edit(ex: Example, op: tuple) -> str:
    _, i, j = op
    client_id = ex.clients[j]
    rec = ex.model.records[client_id]
    actor = ex.actor(i)
    alias = f"aka {secrets.token_hex(3)}"
    allowed = ex.model.may_change(i, client_id, ex.today())
    step = f"{actor.name} edits agency {j}'s client"
    results = actor.push(actor.op("client", client_id, {"alias": alias}, base_version=rec.version))
    _expect(ex, step, results, allowed)
    if allowed:
        rec.version, rec.alias = results[0]["version"], alias
    return step


def _enroll(ex: Example, op: tuple) -> str:
    _, i, j = op
    personal_id = ex.clients[j]
    actor = ex.actor(i)
    enrollment = factories.enrollment(
        id=new_id(),
        personal_id=personal_id,
        project_id=ex.project(i),
        household_id=new_id(),
        entry_date=ex.today() - timedelta(days=1),
    ).to_dict()
    allowed = ex.model.sees(i, personal_id, ex.today())
    step = f"{actor.name} adds its own enrollment for agency {j}'s client"
    _expect(ex, step, actor.push(actor.op("enrollment", enrollment["id"], enrollment)), allowed)
    if allowed:
        ex.model.records[enrollment["id"]] = Rec("enrollment", ADMIN_HOME if i == ADMIN else i, personal_id)
    return step


STEPS = {"release": _release, "revise": _revise, "edit": _edit, "enroll": _enroll}


def _final_reads(ex: Example) -> None:
    """GET every record of the example as every viewer: 200 exactly when the model says it sees
    it; and the records stand as the model says (a refused change left no trace)."""
    today = ex.today()
    for viewer in ex.viewers():
        actor = ex.actor(viewer)
        for record_id, rec in ex.model.records.items():
            status = actor.get(rec.kind, record_id).status_code
            assert status == (200 if ex.model.sees(viewer, record_id, today) else 404), (
                f"{actor.name} GET {rec.kind} of {ex._who(rec.owner)}: {status}"
            )
    for record_id, rec in ex.model.records.items():
        if isinstance(rec.owner, int):
            owner = ex.workers[rec.owner]
        else:
            assert rec.owner == ADMIN_HOME, rec.owner  # the only owner that is not an agency index
            owner = ex.admin
        got = owner.call("GET", f"/v1/records/{rec.kind}/{record_id}")
        assert got["version"] == rec.version, (rec, got)
        if rec.kind == "client":
            assert got["body"]["alias"] == rec.alias
        if rec.kind == "consent":
            rel = ex.model.releases[record_id]
            body = got["body"]
            assert (body["granted"], body["scope"], body["revoked_date"]) == (
                rel.granted,
                rel.scope,
                rel.revoked.isoformat() if rel.revoked else None,
            )


@settings(
    max_examples=25,
    deadline=None,
    database=None,
    derandomize=False,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(plan=plans())
# Always run: a share that starts, is read under, ends (the laptop drops it) and starts again;
# and a victim service provider's full release next to an ordinary agency's.
@example(
    plan=(
        [False, False, False],
        [
            ("release", 0, 0, True, True, "full", 3, None, None),
            ("enroll", 1, 0),
            ("edit", 1, 0),
            ("release", 1, 0, True, True, "full", 0, 30, None),
            ("revise", None, 0, "revoke", 0),
            ("revise", None, 0, "restore", 0),
            ("revise", None, 1, "narrow", 0),
            ("revise", 2, 0, "refuse", 0),
        ],
    )
)
@example(
    plan=(
        [True, False],
        [
            ("release", 0, 0, True, True, "full", 3, None, None),
            ("release", 1, 1, True, True, "full", 3, None, None),
            ("enroll", 0, 1),
            ("enroll", 1, 0),
            ("edit", ADMIN, 0),
            ("release", 0, 1, True, True, "full", 1, None, None),
        ],
    )
)
def test_what_each_agency_reads_and_changes_is_what_the_sharing_rules_say(world, admin, plan):
    """Random agencies, releases (scope, consent, dates, revocations) and changes by random actors."""
    vsp, ops = plan
    ex = _setup(world, admin, vsp)
    ex.sync_and_check("setting up")
    for op in ops:
        step = STEPS[op[0]](ex, op)
        if step is None:
            continue
        note(step)
        if ex.changed:
            ex.sync_and_check(step)
    ex.sync_and_check("the last step")
    _final_reads(ex)
    if any(vsp):  # what the examples exercised: pytest --hypothesis-show-statistics
        event("a victim service provider took part")
