"""Push cost as the server's client count grows: 1k, 10k, 50k clients on PostgreSQL.

A push's work must follow the batch, not the database: the duplicate search looks people up by
their keys, the row reads by primary key. The clients are seeded as an import writes them
(record_store.write_new, straight on the database), then one device pushes batches of 5 (3 new
clients, 2 edits of its own) through the sync service in this process, and we report the
wall and CPU milliseconds per push at each size, and the ratio of the largest to the smallest.
EXPLAIN of the push's look-ups at the largest size is printed too, to show the indexes used.

    python -m bench.push_scale [--sizes 1000 10000 50000] [--pushes 60]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.domain import hlc
from bench.report import emit
from bench.synthetic import synthetic_client
from server.db import bulk
from server.db.schema import device, user
from server.services import record_store, sync
from tests.server import push_plans
from tests.server.harness import World, postgres_server

BATCH_NEW, BATCH_EDITS = 3, 2


def _seed(world: World, agency_id: str, count: int, rng: random.Random) -> None:
    engine, now = world.live.ctx.engine, world.live.clock.now_ms()
    for start in range(0, count, 5000):
        items = []
        for _ in range(min(5000, count - start)):
            body = synthetic_client(rng).to_dict()
            items.append(
                record_store.NewRecord("client", body, {f: "0" for f in body if f != "id"}, agency_id, "0" * 32)
            )
        with record_store.writing(engine) as conn:
            record_store.write_new(conn, now, items)
    bulk.count_rows(engine)


def _explain(engine, body: dict) -> list[str]:
    with engine.connect() as conn:
        return [f"{name}: " + " | ".join(plan) for name, plan in push_plans.explain(conn, body).items()]


def run(sizes: list[int], pushes: int, seed: int) -> None:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="bench-push-scale-") as tmp, postgres_server(Path(tmp)) as (server, _url):
        world = World(server)
        staff, laptop = world.staff("case_manager", "Scale Shelter"), world.device("Scale Shelter")
        with server.ctx.engine.connect() as conn:
            user_row = conn.execute(select(user).where(user.c.id == staff.id)).one()
            device_row = conn.execute(select(device).where(device.c.id == laptop.id)).one()
        agency_id, held, seq, stamp = world.agencies["Scale Shelter"], 0, 0, None
        own: dict[str, int] = {}  # record id -> the version this laptop last wrote
        figures = {}
        for size in sizes:
            _seed(world, agency_id, size - held, rng)
            held = size
            wall, cpu = [], []
            for _ in range(pushes):
                ops: list[dict[str, Any]] = []  # the wire's operations, as a device sends them
                for record_id in rng.sample(sorted(own), min(BATCH_EDITS, len(own))):
                    seq += 1
                    stamp = hlc.tick(stamp, server.clock.now_ms(), device_row.id)
                    ops.append(
                        {
                            "op_id": f"{device_row.id}:{seq}",
                            "kind": "client",
                            "record_id": record_id,
                            "op": "upsert",
                            "base_version": own[record_id],
                            "fields": {"veteran_status": rng.choice((0, 1, 99))},
                            "hlc": stamp.encode(),
                        }
                    )
                while len(ops) < BATCH_NEW + BATCH_EDITS:
                    body = synthetic_client(rng).to_dict()
                    seq += 1
                    stamp = hlc.tick(stamp, server.clock.now_ms(), device_row.id)
                    ops.append(
                        {
                            "op_id": f"{device_row.id}:{seq}",
                            "kind": "client",
                            "record_id": body.pop("id"),
                            "op": "upsert",
                            "base_version": None,
                            "fields": body,
                            "hlc": stamp.encode(),
                        }
                    )
                t0, c0 = time.perf_counter(), time.process_time()
                results = sync.push(
                    server.ctx.engine, server.clock.now_ms(), user_row=user_row, device_row=device_row, operations=ops
                )
                wall.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
                for op, result in zip(ops, results):
                    own[op["record_id"]] = result["version"]
            figures[size] = (statistics.median(wall) * 1000, statistics.median(cpu) * 1000)
            emit(
                "push_scale",
                clients=size,
                pushes=pushes,
                batch=BATCH_NEW + BATCH_EDITS,
                push_wall_p50_ms=round(figures[size][0], 2),
                push_cpu_p50_ms=round(figures[size][1], 2),
            )
        emit(
            "push_scale_summary",
            sizes=sizes,
            wall_ratio_largest_to_smallest=round(figures[sizes[-1]][0] / figures[sizes[0]][0], 2),
            cpu_ratio_largest_to_smallest=round(figures[sizes[-1]][1] / figures[sizes[0]][1], 2),
            target="within 1.5x",
            explain_at_largest=_explain(server.ctx.engine, synthetic_client(rng).to_dict()),
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--pushes", type=int, default=60)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    run(sorted(args.sizes), args.pushes, args.seed)


if __name__ == "__main__":
    main()
