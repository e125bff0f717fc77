"""Two `hmis-server serve` processes over one PostgreSQL database, laptops syncing through both.

Why real processes: what breaks when a deployment grows past one process is state one process
kept to itself (nonces, counters, a lock in memory) and writes that only one process at a time
could make safely. Here each laptop (a real vault and sync engine) syncs through whichever server
the round gives it, as behind a load balancer, all at once, with edits of the same fields of the
same clients on several laptops. Then a server is killed (SIGKILL) again and again while laptops
push through it, and started again on its port.

What must hold afterwards, on the server's own tables and on every laptop:
* nothing doubled: no operation wrote a record version twice, every record's history is exactly
  versions 1..n, every applied operation is answered once;
* nothing lost: no laptop has anything pending or refused, every laptop holds exactly the
  server's body for every record of the agency, and every client made was stored;
* the feed settled: no change is left with a stand-in number.
"""

from __future__ import annotations

import json
import random
import secrets
import string
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pyotp
import pytest
from sqlalchemy import func, select

from app.storage.vault import Vault
from app.sync import identity
from app.sync.session import OnlineSession
from server.db.schema import applied_op, conflict, record, record_history
from tests.conftest import FAST_KDF
from tests.server.harness import PASSWORD, ThrowawayPostgres, World, key_file, postgres_reachable, start_server
from tests.server.processes import ServerProcess, start_serve
from tests.sync.laptops import Laptop, new_client

pytestmark = pytest.mark.slow

AGENCY = "Two Doors Shelter"


class RealTimeLaptop(Laptop):
    """A laptop on the real clock: the servers are other processes, whose time the test cannot move."""

    def sign_in(self) -> None:
        session = OnlineSession(self.opened_vault, self.transport())
        answer = session.sign_in(PASSWORD, self.staff.setup_code)
        if answer.get("mfa_setup_required"):
            session.confirm_mfa(answer["setup_token"], pyotp.TOTP(self.staff.secret).now())
        self.staff.confirmed = True


@dataclass
class Cluster:
    world: World  # agencies, staff and codes, made on the database as an operator would
    url: str
    key: Path
    root: Path
    servers: list[ServerProcess]

    def restart(self, index: int) -> None:
        old = self.servers[index]
        old.kill()
        self.servers[index] = started(self.root / f"server-{index}", self.url, self.key, port=old.port)


def started(data_dir, url: str, key, *, port: int | None = None) -> ServerProcess:
    one = start_serve(data_dir, url, "--signing-key", str(key), "--log-level", "warning", port=port)
    why = one.wait_healthy(time.time() + 60)
    assert why is None, why
    return one


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    if not postgres_reachable():
        pytest.skip("no PostgreSQL server on 127.0.0.1:5432 on this machine")
    root = tmp_path_factory.mktemp("two-servers")
    with ThrowawayPostgres() as url:
        key = key_file(root / "signing-key.pem")
        operator = start_server(root / "operator", url, signing_key_file=key)
        servers = [started(root / f"server-{i}", url, key) for i in range(2)]
        made = Cluster(World(operator), url, key, root, servers)
        try:
            yield made
        finally:
            for one in made.servers:
                one.stop()
            operator.stop()


def _laptop(cluster: Cluster, root) -> RealTimeLaptop:
    person = cluster.world.staff("case_manager", AGENCY)
    profile = root / f"laptop-{secrets.token_hex(3)}"
    vault = Vault.create(profile, person.username, PASSWORD, kdf=FAST_KDF)
    one = RealTimeLaptop(cluster.world.live, profile, person, vault, cluster.servers[0].base_url, attempts=3)
    identity.enroll(vault, one.transport(), code=cluster.world.code(AGENCY), name="Test laptop")
    one.sign_in()
    return one


def _someone(rng: random.Random):
    """A client unlike the others (names, birth date), so that no duplicate search has work to do."""
    name = lambda: rng.choice(string.ascii_uppercase) + "".join(rng.choices(string.ascii_lowercase, k=8))  # noqa: E731
    return new_client(
        first_name=name(),
        last_name=name(),
        dob=date(1940 + rng.randrange(60), 1 + rng.randrange(12), 1 + rng.randrange(28)),
    )


def _through(one: Laptop, server: ServerProcess):
    one.base_url = server.base_url
    return one.sync()


def _settle_everyone(cluster: Cluster, fleet: Sequence[Laptop]) -> None:
    """Every laptop syncs until it has nothing to send, through each server in turn, twice over."""
    for turn in range(2):
        for i, one in enumerate(fleet):
            report = _through(one, cluster.servers[(i + turn) % 2])
            assert report.ok, report.message
    for one in fleet:
        report = _through(one, cluster.servers[0])
        assert report.ok and sum(report.pushed.values()) == 0 and report.pulled == 0, report


def _check_exactly_once_and_equal(cluster: Cluster, fleet: Sequence[Laptop], made: set[str]) -> None:
    engine = cluster.world.live.ctx.engine
    with engine.connect() as conn:
        doubled = conn.execute(
            select(record_history.c.op_id)
            .where(record_history.c.op_id.is_not(None))
            .group_by(record_history.c.op_id)
            .having(func.count() > 1)
        ).all()
        assert doubled == [], "an operation wrote a record version twice"
        gaps = conn.execute(
            select(record.c.kind, record.c.id)
            .join(record_history, (record_history.c.kind == record.c.kind) & (record_history.c.id == record.c.id))
            .group_by(record.c.kind, record.c.id, record.c.version)
            .having((func.count() != record.c.version) | (func.max(record_history.c.version) != record.c.version))
        ).all()
        assert gaps == [], "a record's history is not exactly versions 1..n"
        answers = [json.loads(r) for r in conn.execute(select(applied_op.c.result)).scalars()]
        assert not [a for a in answers if a["status"] == "rejected"], "an operation was refused"
        written = conn.execute(
            select(func.count()).select_from(record_history).where(record_history.c.op_id.is_not(None))
        ).scalar_one()
        assert written == len(answers), "an answered operation wrote nothing, or more than once"
        assert conn.execute(select(func.count()).select_from(record).where(record.c.feed_seq < 0)).scalar_one() == 0
        bodies = {
            (r.kind, r.id): json.loads(r.body)
            for r in conn.execute(
                select(record.c.kind, record.c.id, record.c.body).where(
                    record.c.agency_id == cluster.world.agencies[AGENCY]
                )
            )
        }
    assert made <= {i for k, i in bodies if k == "client"}, "a client made on a laptop is not on the server"
    for one in fleet:
        assert one.vault is not None
        states = dict(one.vault.conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
        assert states.get("pending", 0) == 0 and states.get("rejected", 0) == 0, states
        for (kind, record_id), body in bodies.items():
            assert one.records.get(kind, record_id).to_dict() == body, "a laptop differs from the server"


def test_laptops_syncing_through_two_processes_at_once_agree_and_nothing_is_doubled(cluster, tmp_path):
    rng = random.Random(12)
    fleet = [_laptop(cluster, tmp_path) for _ in range(6)]
    shared = [new_client(first_name=f"Shared{i}") for i in range(6)]
    for client in shared:
        fleet[0].records.save(client)
    made = {c.id for c in shared}
    assert _through(fleet[0], cluster.servers[0]).ok
    for i, one in enumerate(fleet[1:]):
        assert _through(one, cluster.servers[i % 2]).ok
    names, aliases = ("Ana", "Bea", "Cyd", "Dee", "Eve", "Fay"), ("Red", "Doc", "Ace")
    errors: list[BaseException] = []
    for round_ in range(3):
        for i, one in enumerate(fleet):
            # Laptops 0 and 1 change the same client's first name from the same version: a
            # conflict for certain; the rest edit at random, often the same fields as another.
            target = shared[0] if i < 2 and round_ == 0 else rng.choice(shared)
            current = one.records.get("client", target.id)
            one.records.save(replace(current, first_name=names[i], alias=rng.choice(aliases)))
            other = rng.choice(shared)
            one.records.save(replace(one.records.get("client", other.id), veteran_status=rng.choice((0, 1, 99))))
            fresh = _someone(rng)
            one.records.save(fresh)
            made.add(fresh.id)

        def sync(one: Laptop, server: ServerProcess) -> None:
            try:
                report = _through(one, server)
                assert report.ok, report.message
            except BaseException as error:  # noqa: BLE001 - reported below, after every thread ends
                errors.append(error)

        threads = [
            threading.Thread(target=sync, args=(one, cluster.servers[(i + round_) % 2])) for i, one in enumerate(fleet)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not errors, errors
    _settle_everyone(cluster, fleet)
    _check_exactly_once_and_equal(cluster, fleet, made)
    with cluster.world.live.ctx.engine.connect() as conn:
        assert (
            conn.execute(
                select(func.count())
                .select_from(conflict)
                .where(conflict.c.record_id == shared[0].id, conflict.c.field == "first_name")
            ).scalar_one()
            >= 1
        )


def test_a_server_killed_again_and_again_during_pushes_loses_and_doubles_nothing(cluster, tmp_path):
    fleet = [_laptop(cluster, tmp_path) for _ in range(4)]
    made: set[str] = set()
    stop = threading.Event()
    failed = {"syncs": 0}
    lock = threading.Lock()

    def work(one: Laptop, seed: int) -> None:
        rng = random.Random(seed)
        while not stop.is_set():
            for _ in range(rng.randint(5, 20)):  # a batch big enough to be mid-way when the kill comes
                fresh = _someone(rng)
                one.records.save(fresh)
                with lock:
                    made.add(fresh.id)
            try:
                report = _through(one, cluster.servers[1])
            except Exception:  # noqa: BLE001 - the link died with the server: the next round retries
                report = None
            if report is None or not report.ok:
                with lock:
                    failed["syncs"] += 1
                time.sleep(0.2)

    threads = [threading.Thread(target=work, args=(one, n)) for n, one in enumerate(fleet)]
    for t in threads:
        t.start()
    try:
        for kill in range(5):
            time.sleep(0.6 + 0.3 * kill)
            cluster.restart(1)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=120)
    assert failed["syncs"] >= 1, "no kill landed while a laptop was syncing"
    _settle_everyone(cluster, fleet)
    _check_exactly_once_and_equal(cluster, fleet, made)
