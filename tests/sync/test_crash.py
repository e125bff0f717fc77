"""Crash safety of sync: the client process is killed (SIGKILL) at random points of a sync, 200
times in a row, restarted and synced again; no change is lost and none is applied twice.

Two laptops of one agency take turns: a case manager's, and a Data Coordinator's that also settles
conflicts and possible duplicates. Each starts with ~150 offline edits. Each round runs
``sync_child`` in a process of its own (forked from a server that has done the imports): it
unlocks the laptop's vault, makes 5-20 new edits (and maybe a decision), and runs the real
``SyncEngine.sync()`` with small push batches and pull pages; the process is killed at a random
moment: mostly within a typical sync's time after it starts, sometimes while it unlocks and edits,
sometimes the instant an answer to a push, pull or decision arrives. Before some rounds the server
clock moves on past the access token's life, so the sync starts with a token refresh, as most real
syncs do. Where each kill landed is read from the events the run wrote to its stdout before it
died. Every tenth round runs to the end and must report success.

Afterwards both laptops sync in full and their vaults are checked against the server's database
(``check_invariants``): nothing pending or refused, every operation applied exactly once (one
``applied_op`` row, one version in the history), every version accounted for, every edit and
decision a run reported survives, both laptops hold exactly the server's records, and the vaults
open with their audit chains whole and accepted by the server.

A death after the server rotated the refresh token but before the laptop stored the new pair is
recovered by the next run within the server's grace for a used refresh token (see the test
below); a round that moves the clock past that grace in between signs in again, and is counted.
"""

from __future__ import annotations

import collections
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO

import pytest
from sqlalchemy import select

from app.storage import audit
from app.sync import review
from app.sync.engine import SyncEngine
from app.sync.transport import Transport
from server.db.schema import applied_op, conflict, device, duplicate, record, record_history
from server.db.schema import audit as server_audit
from tests.server.harness import PASSWORD
from tests.sync.laptops import Laptop, laptop, new_client

ROOT = Path(__file__).resolve().parents[2]
AGENCY = "Crash Harbor"
SEED = 20250601
KILLS = 200
FULL_EVERY = 10  # every tenth round runs to the end
BACKLOG = 150  # edits each laptop makes offline before the first round: ~300 operations in flight
BATCH, PAGE = 10, 25  # small, so that a sync has many commit points to cut between
FINAL_STATES = {"applied", "merged", "conflict"}
DECISIONS = {"resolve": "decision", "dismiss": "decision", "merge": "decision"}  # request names
ACCESS_MINUTES = 15  # the server's access token lifetime (Settings.access_token_minutes)
REFRESH_SHARE, MAX_REFRESHES = 0.15, 40  # 40 x 15 minutes stays inside the 12-hour session
#: a test on each event a run writes: True kills the run at once (``Child.kill_on``)
KillOn = Callable[[dict], bool]


class ForkServer:
    """``sync_child --serve``: runs forked from one process that imported everything once."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.control, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.sync_child", "--serve", str(theirs.fileno())],
            cwd=ROOT,
            pass_fds=[theirs.fileno()],
        )
        theirs.close()
        self.runs = 0
        self.running: Child | None = None

    def _ask(self, request: dict, fds: Sequence[int] = ()) -> dict:
        socket.send_fds(self.control, [json.dumps(request).encode()], list(fds))
        answer = self.control.recv(1 << 16)
        assert answer, "the fork server died"
        return json.loads(answer)

    def start(self, argv: list[str], kill_on: KillOn | None = None) -> Child:
        self.runs += 1
        read, write = os.pipe()
        err_path = self.work / f"run-{self.runs}.err"
        err = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            pid = self._ask({"argv": argv}, [write, err])["pid"]
        finally:
            os.close(write)
            os.close(err)
        self.running = Child(self, pid, os.fdopen(read, "r"), time.monotonic(), err_path, kill_on)
        return self.running

    def reap(self, pid: int) -> int:
        self.running = None
        return self._ask({"reap": pid})["code"]

    def close(self) -> None:
        if self.running is not None:  # a round that failed half way: end its run first
            self.running.kill()
            self.reap(self.running.pid)
        self.control.close()  # the server reads end-of-file and exits
        self.proc.wait(10)


@dataclass
class Child:
    """One run; ``events`` fills in as it writes them, each with ``at``: seconds since its start."""

    server: ForkServer
    pid: int
    stdout: IO[str]
    started: float
    err_path: Path
    kill_on: KillOn | None = None  # a test on each event: True kills the run at once (from the reader thread)
    events: list = field(default_factory=list)
    ready: threading.Event = field(default_factory=threading.Event)
    code: int | None = None
    killed_by_event: bool = False

    def __post_init__(self) -> None:
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.stdout:
            try:
                event = json.loads(line)
            except ValueError:
                continue  # a line cut short by the kill
            event["at"] = time.monotonic() - self.started
            self.events.append(event)
            if event["e"] == "ready":
                self.ready.set()
            if self.kill_on is not None and not self.killed_by_event and self.kill_on(event):
                self.killed_by_event = True
                self.kill()
        self.ready.set()  # ended (or died) before it was ready: nothing more to wait for

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)  # not yet reaped (see ForkServer.reap), so still ours

    def finish(self, timeout: float = 120) -> int:
        """Wait for the run to end (its stdout closes), then reap it; its exit code."""
        self.reader.join(timeout)
        assert not self.reader.is_alive(), f"run {self.pid} did not end"
        self.stdout.close()
        self.code = self.server.reap(self.pid)
        return self.code

    def stderr(self) -> str:
        return self.err_path.read_text(errors="replace")[-4000:]

    def report(self) -> dict | None:
        return next((e for e in self.events if e["e"] == "report"), None)


def child_argv(
    live, world, lap: Laptop, tag: str, *, edits: int, seed: int, no_sync: bool = False, decide: bool = False
) -> list[str]:
    argv = [
        "--profile",
        str(lap.profile),
        "--username",
        lap.staff.username,
        "--password",
        PASSWORD,
        "--server",
        live.base_url,
        "--offset-ms",
        str(live.clock.offset_ms),
        "--edits",
        str(edits),
        "--seed",
        str(seed),
        "--tag",
        tag,
        "--project-id",
        world.projects[AGENCY],
        "--batch",
        str(BATCH),
        "--page",
        str(PAGE),
    ]
    return argv + (["--no-sync"] if no_sync else []) + (["--decide"] if decide else [])


def where(events: list[dict]) -> str:
    """Where a kill landed, from the last thing the run said before it."""
    seen = [e["e"] for e in events]
    if "open" not in seen:
        return "unlocking the vault"
    if "ready" not in seen:
        return "local edits"
    last = events[-1]
    kind, name = last["e"], last.get("t") or last.get("stage")
    if kind == "report" or name == "done":
        return "after the sync"
    if kind == "ready":
        return "sync start (lease)"
    if name == "check_in":
        name = "check-in"
    if name is not None:
        name = DECISIONS.get(name, name)
    if kind == "stage" and name in ("push", "pull"):
        return f"{name}: committed, before the next request"
    if name in ("check-in", "push", "pull", "refresh", "decision"):
        return f"{name}: answered, not yet committed" if kind == "answer" else f"{name}: request in flight"
    if name == "decisions":
        return "decision: before the request"
    return "review items"


class Rounds:
    """The laptops, their fork server and what the runs said: shared by the rounds."""

    def __init__(self, live, world, laptops: list[Laptop], server: ForkServer, rng: random.Random) -> None:
        self.live, self.world, self.laptops, self.server, self.rng = live, world, laptops, server, rng
        self.tags = "ab"[: len(laptops)]
        self.edits: dict[int, list[dict]] = {n: [] for n in range(len(laptops))}
        self.decisions: dict[int, list[dict]] = {n: [] for n in range(len(laptops))}
        self.sign_ins = 0

    def start(self, n: int, edits: int, kill_on: KillOn | None = None, no_sync: bool = False) -> Child:
        lap = self.laptops[n]
        argv = child_argv(
            self.live,
            self.world,
            lap,
            self.tags[n],
            edits=edits,
            seed=self.rng.getrandbits(31),
            no_sync=no_sync,
            decide=lap.staff.role == "data_coordinator",
        )
        return self.server.start(argv, kill_on)

    def ended(self, n: int, child: Child) -> None:
        """Keep the edits and decisions the run reported; sign in again if it found the session gone."""
        self.edits[n] += [e for e in child.events if e["e"] == "edit"]
        self.decisions[n] += [e for e in child.events if e["e"] == "decision"]
        report = child.report()
        if report is not None and report["status"] == "sign_in_required":
            lap = self.laptops[n].open()
            lap.sign_in()
            lap.close()
            self.sign_ins += 1

    def run_to_end(self, n: int, edits: int) -> dict:
        report: dict | None = None
        for _ in range(2):  # once more after signing in again, if that was needed
            child = self.start(n, edits)
            code = child.finish()
            report = child.report()
            assert code == 0 and report is not None, child.stderr()
            self.ended(n, child)
            if report["status"] != "sign_in_required":
                break
            edits = 0
        assert report is not None  # the loop ran
        assert report["status"] == "ok", report
        assert report["rejected"] == 0 and report["pending"] == 0, report
        return report


@pytest.mark.parametrize("live", ["sqlite"], indirect=True)
def test_sigkill_anywhere_in_a_sync_loses_nothing_and_applies_nothing_twice(live, world, tmp_path):
    began = time.monotonic()
    rng = random.Random(SEED)
    # A case manager's laptop, and a Data Coordinator's that also settles conflicts and duplicates.
    laptops = [laptop(world, tmp_path, AGENCY), laptop(world, tmp_path, AGENCY, "data_coordinator")]
    for lap in laptops:
        lap.close()  # the runs open the vault themselves
    work = tmp_path / "runs"
    work.mkdir()
    server = ForkServer(work)
    try:
        rounds = Rounds(live, world, laptops, server, rng)
        summary = kill_again_and_again(rounds)
    finally:
        server.close()
    loop_seconds = time.monotonic() - began
    for lap in laptops + laptops:  # both push all they have, then both pull all there is
        lap.open()
        report = lap.sync()
        if report.status == "sign_in_required":  # the last run died in a token refresh (see below)
            lap.sign_in()
            rounds.sign_ins += 1
            report = lap.sync()
        assert report.ok and report.pending == 0 and report.rejected == 0, report
        lap.close()
    for lap in laptops:
        lap.open()
    try:
        checked = check_invariants(live, world, laptops, rounds)
    finally:
        for lap in laptops:
            lap.close()
    print(
        f"\n{summary['kills']} kills in {summary['rounds']} rounds ({summary['full']} runs to the end), "
        f"{loop_seconds:.0f} s; typical sync {summary['typical']:.2f} s; {summary['refreshes']} rounds began "
        f"with a token refresh; signed in again {rounds.sign_ins} times"
    )
    for place, count in sorted(summary["landed"].items(), key=lambda kv: -kv[1]):
        print(f"  {count:4d}  {place}")
    print("  " + ", ".join(f"{k}: {v}" for k, v in checked.items()))


def on_answer(target: str, nth: int) -> KillOn:
    """A test for ``Child.kill_on``: true at the ``nth`` answer to a ``target`` request."""
    seen = [0]

    def test(event: dict) -> bool:
        if event["e"] == "answer" and DECISIONS.get(event["t"], event["t"]) == target:
            seen[0] += 1
            return seen[0] >= nth
        return False

    return test


def kill_again_and_again(rounds: Rounds) -> dict:
    rng, live = rounds.rng, rounds.live
    for n in range(len(rounds.laptops)):  # a week offline: ~300 operations wait before the first sync
        child = rounds.start(n, BACKLOG, no_sync=True)
        assert child.finish() == 0, child.stderr()
        rounds.ended(n, child)

    landed: collections.Counter[str]
    kills, landed, sync_seconds, startup = 0, collections.Counter(), [1.0], [0.1]
    full = count = refreshes = 0
    while kills < KILLS:
        count += 1
        assert count < KILLS * 2, "the runs keep finishing before they are killed"
        n, edits = count % 2, rng.randint(5, 20)
        if refreshes < MAX_REFRESHES and rng.random() < REFRESH_SHARE:
            live.clock.advance(ACCESS_MINUTES * 60)  # the access token has run out: this sync refreshes it
            refreshes += 1
        if count % FULL_EVERY == 0:
            sync_seconds.append(rounds.run_to_end(n, edits)["seconds"])
            full += 1
            continue
        # Where to cut: mostly at a random time within a typical sync; sometimes while the run
        # unlocks the vault and edits; sometimes the moment an answer to a push, a pull or a
        # decision is in (the narrow window where the server has done its part and the laptop has
        # not yet kept it).
        mode, kill_on = rng.random(), None
        if mode < 0.15:
            targets = (
                ("push", "pull", "decision") if rounds.laptops[n].staff.role == "data_coordinator" else ("push", "pull")
            )
            kill_on = on_answer(rng.choice(targets), rng.randint(1, 2))
        child = rounds.start(n, edits, kill_on)
        if kill_on is None and mode < 0.25:
            time.sleep(rng.uniform(0.0, statistics.median(startup[-20:]) * 1.2))
            child.kill()
        elif kill_on is None:
            assert child.ready.wait(60), child.stderr()
            time.sleep(rng.uniform(0.0, statistics.median(sync_seconds[-7:])))
            child.kill()
        code = child.finish()
        ready = next((e["at"] for e in child.events if e["e"] == "ready"), None)
        if ready is not None:
            startup.append(ready)
        rounds.ended(n, child)
        if code == -signal.SIGKILL:
            kills += 1
            landed[where(child.events)] += 1
        else:  # it finished first: it must have finished well
            report = child.report()
            assert code == 0 and report is not None, child.stderr()
            assert report["status"] in ("ok", "sign_in_required"), report
            sync_seconds.append(report["seconds"])
            landed["(finished before the kill)"] += 1
    return {
        "kills": kills,
        "rounds": count,
        "full": full,
        "landed": landed,
        "refreshes": refreshes,
        "typical": statistics.median(sync_seconds),
    }


def check_invariants(live, world, laptops: list[Laptop], rounds: Rounds) -> dict:
    """The laptops' vaults (open) against the server's database; returns counts for the summary."""
    engine = live.ctx.engine
    agency_id = world.agencies[AGENCY]
    ops: dict[str, tuple] = {}  # op_id -> (kind, record_id, op, fields, state, result) from the outboxes
    later_fields: dict[str, set] = {}  # op_id -> fields a later operation of the device sets again
    with engine.connect() as conn:
        for n, lap in enumerate(laptops):
            vault = lap.vault
            assert vault is not None
            device_id = vault.device_id
            assert device_id is not None  # the laptop is enrolled
            # (5) the vault opened (every page's HMAC checked), and its audit chain is whole and
            # was taken by the server at every check-in (a death during one must not break it).
            assert audit.verify(vault.conn).ok
            assert not [e for e in audit.entries(vault.conn, limit=10**6) if e.action == "audit_anchor_refused"]
            rows = vault.conn.execute(
                "SELECT seq, kind, record_id, op, fields, state, result FROM outbox ORDER BY seq"
            ).fetchall()
            # (1) every operation has its final answer, and the server refused none.
            states = collections.Counter(r[5] for r in rows)
            assert set(states) <= FINAL_STATES, states
            seen: dict[tuple, set] = {}
            for seq, kind, record_id, op, fields, state, result in reversed(rows):
                op_id = f"{device_id}:{seq}"
                ops[op_id] = (kind, record_id, op, json.loads(fields), state, json.loads(result))
                later_fields[op_id] = set(seen.setdefault((kind, record_id), set()))
                seen[(kind, record_id)] |= set(json.loads(fields))
            # Every edit a run reported committed survived the kills that followed it.
            by_seq = {r[0]: r for r in rows}
            for edit in rounds.edits[n]:
                row = by_seq.get(edit["seq"])
                assert row is not None and (row[1], row[2], row[3]) == (edit["kind"], edit["id"], edit["op"]), edit
            # ... and so did every decision, which the server has taken (none waits, none refused).
            actions = dict(vault.conn.execute("SELECT item_id, state FROM review_action"))
            assert all(state == "done" for state in actions.values()), collections.Counter(actions.values())
            assert {d["id"] for d in rounds.decisions[n]} <= set(actions)
            # (2) each operation applied once: the server has exactly this device's operations, and
            # the answer the device kept is the one the server kept.
            applied = {
                op_id: json.loads(result)
                for op_id, result in conn.execute(
                    select(applied_op.c.op_id, applied_op.c.result).where(applied_op.c.device_id == device_id)
                )
            }
            mine = {op_id for op_id in ops if op_id.startswith(device_id + ":")}
            assert set(applied) == mine, (len(applied), len(mine))
            for op_id in mine:
                assert applied[op_id] == ops[op_id][5], op_id
            changes = conn.execute(
                select(server_audit.c.seq).where(
                    server_audit.c.device_id == device_id, server_audit.c.action == "change"
                )
            ).all()
            assert len(changes) == len(mine)

        # (3) no operation produced two versions, every accepted one produced one, and every other
        # version is a conflict settled by a person (once each).
        history = conn.execute(
            select(
                record_history.c.kind,
                record_history.c.id,
                record_history.c.version,
                record_history.c.op_id,
                record_history.c.body,
            )
            .join(record, (record.c.kind == record_history.c.kind) & (record.c.id == record_history.c.id))
            .where(record.c.agency_id == agency_id)
        ).all()
        by_op = collections.Counter(h.op_id for h in history if h.op_id is not None)
        assert all(count == 1 for count in by_op.values()), [o for o, c in by_op.items() if c > 1]
        assert set(by_op) == set(ops)  # all accepted (none rejected), none from elsewhere
        resolved = collections.Counter(
            (c.kind, c.record_id)
            for c in conn.execute(
                select(conflict.c.kind, conflict.c.record_id).where(
                    conflict.c.status == "resolved", conflict.c.agency_id == agency_id
                )
            )
        )
        settled = collections.Counter((h.kind, h.id) for h in history if h.op_id is None)
        assert settled == resolved
        per_record = collections.defaultdict(list)
        for h in history:
            per_record[(h.kind, h.id)].append(h.version)
            if h.op_id is None:
                continue
            kind, record_id, op, fields, state, result = ops[h.op_id]
            assert (h.kind, h.id) == (kind, record_id) and h.version == result["version"], h.op_id
            if state == "applied":  # the version it made holds every field it sent (a field a later
                body = json.loads(h.body)  # pending edit set again may have been left out: see push)
                assert all(body[k] == v for k, v in fields.items() if k not in later_fields[h.op_id]), h.op_id
        doubled = conn.execute(
            select(conflict.c.op_id, conflict.c.field).where(conflict.c.agency_id == agency_id)
        ).all()
        assert len(doubled) == len(set(doubled)), "a conflict was raised twice for one operation"

        server = {(r.kind, r.id): r for r in conn.execute(select(record).where(record.c.agency_id == agency_id))}
        for key, row in server.items():
            assert sorted(per_record[key]) == list(range(1, row.version + 1)), key
        devices = conn.execute(select(device.c.id).where(device.c.agency_id == agency_id)).scalars().all()
        assert set(devices) == {lap.opened_vault.device_id for lap in laptops}
        refused = conn.execute(
            select(server_audit.c.seq).where(
                server_audit.c.action == "audit_chain_refused", server_audit.c.agency_id == agency_id
            )
        ).all()
        assert not refused, f"the server refused a laptop's audit chain {len(refused)} times"
        settled_items = collections.Counter(
            status for (status,) in conn.execute(select(duplicate.c.status).where(duplicate.c.agency_id == agency_id))
        )

    # (4) each laptop holds exactly the server's records: same ids, bodies, versions, deletions.
    for lap in laptops:
        assert lap.vault is not None
        local = {
            (k, i): (json.loads(b), d is not None, v)
            for k, i, b, d, v in lap.vault.conn.execute(
                "SELECT kind, id, body, date_deleted, server_version FROM record"
            )
        }
        assert set(local) == set(server), (len(local), len(server))
        for key, row in server.items():
            body, deleted, version = local[key]
            assert body == json.loads(row.body), key
            assert deleted == (row.date_deleted_ms is not None), key
            assert version == row.version, key
    states = collections.Counter(op[4] for op in ops.values())
    return {
        "operations": len(ops),
        **states,
        "records": len(server),
        "deleted": sum(r.date_deleted_ms is not None for r in server.values()),
        "versions": len(history),
        "conflicts resolved": sum(resolved.values()),
        "duplicates dismissed": settled_items["dismissed"],
    }


class Died(BaseException):
    """The process ended here: nothing after this point ran (not a SyncError, so nothing catches it)."""


class DiesAfterAnswer(Transport):
    """A transport whose process dies just after the server has answered a request to ``path``
    (once); a ``path`` ending in ``*`` matches every path that starts with the rest."""

    def __init__(self, *args, path: str, **kw) -> None:
        super().__init__(*args, **kw)
        self.path: str | None = path  # None once it has died

    def _matches(self, target: str) -> bool:
        path = target.split("?")[0]
        return self.path is not None and (
            path == self.path or (self.path.endswith("*") and path.startswith(self.path[:-1]))
        )

    def call(self, method, target, body=None, **kw):
        answer = super().call(method, target, body, **kw)
        if self._matches(target):
            self.path = None
            raise Died()
        return answer


def die_after(live, lap: Laptop, path: str) -> None:
    """One sync that dies once the server has answered ``path``; the laptop restarts after it."""
    transport = DiesAfterAnswer(live.base_url, path=path, now_ms=live.clock.now_ms, backoff_s=0.01, max_backoff_s=0.05)
    with pytest.raises(Died):
        SyncEngine(lap.profile, lap.vault, transport=transport, now_ms=live.clock.now_ms).sync()
    lap.close()
    lap.open()


@pytest.mark.parametrize("live", ["sqlite"], indirect=True)
def test_a_death_after_the_server_took_a_decision_does_not_stall_sync(live, world, tmp_path):
    """The decision is sent again after the restart; the server says it was already settled (409),
    which must close the decision here rather than fail every sync from then on."""
    agency = AGENCY + " (decisions)"  # an agency of its own: no other test's conflicts in the list
    worker = laptop(world, tmp_path, agency)
    coordinator = laptop(world, tmp_path, agency, "data_coordinator")
    client = new_client(middle_name="Ann")
    worker.records.save(client)
    assert worker.sync().ok and coordinator.sync().ok
    worker.records.save(replace(client, middle_name="Anne"))
    coordinator.records.save(replace(client, middle_name="Annie"))  # the same field, at the same time
    assert worker.sync().ok
    assert coordinator.sync().pushed["conflict"] == 1
    assert coordinator.vault is not None
    [item] = [i for i in review.items(coordinator.vault, "conflict") if i["record_id"] == client.id]
    review.resolve_conflict(coordinator.records, item["id"], "Annie")
    die_after(live, coordinator, "/v1/conflicts/*")
    report = coordinator.sync()
    states = coordinator.vault.conn.execute("SELECT state FROM review_action").fetchall()
    for lap in (worker, coordinator):
        lap.close()
    assert report.ok, report.message
    assert states == [("done",)]


@pytest.mark.parametrize("live", ["sqlite"], indirect=True)
def test_a_death_during_check_in_does_not_break_the_audit_anchor(live, world, tmp_path):
    """The server anchors the chain before the laptop stores the anchor; after a death in between
    the laptop sends its chain from the older anchor, which still passes through the new one."""
    lap = laptop(world, tmp_path, AGENCY + " (check-in)")
    assert lap.sync().ok
    lap.records.save(new_client())  # the chain grows past the anchor the server has
    die_after(live, lap, "/v1/devices/check-in")
    for _ in range(2):
        assert lap.sync().ok
    assert lap.vault is not None
    refused_here = [e for e in audit.entries(lap.vault.conn, limit=10_000) if e.action == "audit_anchor_refused"]
    with live.ctx.engine.connect() as conn:
        refused_there = conn.execute(
            select(server_audit.c.seq).where(
                server_audit.c.action == "audit_chain_refused", server_audit.c.device_id == lap.vault.device_id
            )
        ).all()
    lap.close()
    assert not refused_here and not refused_there


@pytest.mark.parametrize("live", ["sqlite"], indirect=True)
def test_a_death_during_a_token_refresh_does_not_sign_the_user_out(live, world, tmp_path):
    lap = laptop(world, tmp_path, AGENCY + " (refresh)")
    assert lap.sync().ok
    live.clock.advance(ACCESS_MINUTES * 60)
    die_after(live, lap, "/v1/auth/refresh")
    report = lap.sync()
    lap.close()
    assert report.ok, report.status
