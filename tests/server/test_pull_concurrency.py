"""Pushes and pulls at the same time through a real server on PostgreSQL: no puller misses a change.

Why: under READ COMMITTED each statement of a pull sees its own snapshot, so a pull that read the
records and then the feed's head let a push committing in between move the device's cursor past
changes it never received (issue 16). SQLite's single writer hides that, so this runs on
PostgreSQL, with several laptops writing and several pulling in small pages for a few seconds.
It asserts no timing, only what each puller received.
"""

from __future__ import annotations

import random
import string
import threading
import time
from collections import Counter
from dataclasses import replace
from datetime import date

import pytest

from app.domain.ids import new_id
from tests.domain import factories
from tests.server.harness import World, postgres_server

pytestmark = pytest.mark.slow

# Pages big enough that most pulls reach the head (where the old code read the counter), small
# enough that a puller that fell behind pages through the backlog.
WRITERS, PULLERS, SECONDS, PAGE = 3, 3, 5.0, 50


@pytest.fixture(scope="module")
def pg_world(tmp_path_factory):
    with postgres_server(tmp_path_factory.mktemp("pg-server")) as (server, _url):
        yield World(server)


def _someone(rng: random.Random) -> dict:
    """A client unlike the others, so duplicate checks do not slow the writers down."""
    name = lambda: rng.choice(string.ascii_uppercase) + "".join(rng.choices(string.ascii_lowercase, k=8))  # noqa: E731
    return replace(
        factories.client(id=new_id(), ssn=None, ssn_data_quality=99),
        first_name=name(),
        last_name=name(),
        dob=date(1940 + rng.randrange(60), 1 + rng.randrange(12), 1 + rng.randrange(28)),
    ).to_dict()


def test_every_puller_receives_every_change_exactly_once_while_others_push(pg_world):
    laptops = [pg_world.signed_in("case_manager", "Busy Shelter") for _ in range(WRITERS + PULLERS)]
    writers, pullers = laptops[:WRITERS], laptops[WRITERS:]
    _, start = pullers[0].pull_all()  # what earlier tests in this database left in the feed
    deadline = time.monotonic() + SECONDS
    pushed: list[str] = []
    received: list[list[tuple[str, int]]] = [[] for _ in pullers]
    errors: list[BaseException] = []
    lock = threading.Lock()
    writers_done = threading.Event()

    def write(laptop, seed: int) -> None:
        rng = random.Random(seed)
        try:
            while time.monotonic() < deadline:
                bodies = [_someone(rng) for _ in range(rng.randint(1, 3))]
                results = laptop.push(*[laptop.op("client", b["id"], b) for b in bodies])
                assert [r["status"] for r in results] == ["applied"] * len(bodies)
                with lock:
                    pushed.extend(b["id"] for b in bodies)
        except BaseException as error:  # noqa: BLE001 - reported by the main thread
            errors.append(error)

    def pull(laptop, into: list) -> None:
        cursor = start
        try:
            while not writers_done.is_set():
                page = laptop.call("GET", f"/v1/sync/pull?cursor={cursor}&limit={PAGE}")
                into.extend((c["id"], c["version"]) for c in page["changes"])
                assert page["cursor"] >= cursor
                cursor = page["cursor"]
            rest, _ = laptop.pull_all(cursor, PAGE)  # every push has been answered: catch up
            into.extend((c["id"], c["version"]) for c in rest)
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    writing = [threading.Thread(target=write, args=(w, i)) for i, w in enumerate(writers)]
    pulling = [threading.Thread(target=pull, args=(p, into)) for p, into in zip(pullers, received)]
    threads = writing + pulling
    for thread in threads:
        thread.start()
    for thread in writing:
        thread.join(timeout=SECONDS + 60)
    writers_done.set()
    for thread in pulling:
        thread.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    assert not errors, errors
    assert len(pushed) > 50  # the run did overlap pushes with pulls
    expected = Counter((record_id, 1) for record_id in pushed)
    for got in received:
        counts = Counter(got)
        missing = expected - counts
        repeated = {change: n for change, n in counts.items() if n > 1}
        assert not missing, f"{len(missing)} of {len(expected)} changes never reached this puller: {list(missing)[:3]}"
        assert not repeated, f"{len(repeated)} changes reached this puller more than once: {list(repeated)[:3]}"
        assert counts == expected
