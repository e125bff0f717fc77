"""Many devices syncing at once: per-sync latency (push + pull) against the central service.

Each simulated device is enrolled and signed in (one case manager per device, several agencies)
before timing. Then every device, in its own thread, does K rounds of: push a gzip batch of 5
changed records (new clients, and edits of its own earlier clients with their base version),
then pull the change feed from its cursor until nothing more. We report p50/p95/max of the whole
sync, of push and of pull, throughput, and errors (any non-2xx or exception; rejected operations
are counted apart). Target: p95 < 250 ms with zero errors.

The server runs in its own process (`python -m server.cli serve`, one uvicorn worker), or with
--servers N in N such processes on one PostgreSQL database, each device pinned to one. The load
generator runs in --client-procs forked processes (threads inside) on the SAME machine: both
share its cores, which the output states, with CPU seconds spent by each side.

    python -m bench.server_load [--devices 200] [--rounds 5] [--backend sqlite|postgresql|both] [--servers N]

It prints the servers' CPU milliseconds per sync (push + pull), all processes summed.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import tempfile
import threading
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import requests

from bench.report import emit, percentile, timings_ms
from bench.server_common import Setup, backends, postgres_cpu_s, provenance, send, signed_in_device
from bench.synthetic import synthetic_client

DEVICES_PER_AGENCY = 25
BATCH = 5
TARGET_P95_MS = 250


class SimDevice:
    """A harness Device plus what a real device keeps: its cursor and its records' versions."""

    def __init__(self, device, rng: random.Random) -> None:
        self.d, self.rng = device, rng
        self.cursor = 0
        self.own: dict[str, tuple[dict, int]] = {}  # record id -> (fields, server version)

    def changes(self) -> list[dict]:
        ops = []
        edits = min(2, len(self.own)) if self.own else 0
        for record_id in self.rng.sample(sorted(self.own), edits):
            fields, version = self.own[record_id]
            change = {"veteran_status": self.rng.choice([v for v in (0, 1, 8, 9, 99) if v != fields["veteran_status"]])}
            ops.append(self.d.op("client", record_id, change, base_version=version))
        for _ in range(BATCH - edits):
            c = synthetic_client(self.rng)
            fields = c.to_dict()
            fields.pop("id")
            ops.append(self.d.op("client", c.id, fields, base_version=None))
        return ops

    def push(self) -> tuple[int, int]:
        """Returns (http status, rejected operations)."""
        ops = self.changes()
        sent = send(self.d, "POST", "/v1/sync/push", {"operations": ops}, gzip_body=True)
        if sent.status != 200:
            return sent.status, 0
        rejected = 0
        for op, result in zip(ops, sent.body["results"]):
            if result.get("version") is not None:
                fields, _ = self.own.get(op["record_id"], ({}, 0))
                self.own[op["record_id"]] = ({**fields, **op["fields"]}, result["version"])
            if result["status"] == "rejected":
                rejected += 1
        return 200, rejected

    def pull(self) -> tuple[int, int]:
        """Pull to the head of the feed; returns (http status, records received)."""
        received = 0
        while True:
            sent = send(self.d, "GET", f"/v1/sync/pull?cursor={self.cursor}&limit=500")
            if sent.status != 200:
                return sent.status, received
            received += len(sent.body["changes"])
            self.cursor = sent.body["cursor"]
            if not sent.body["more"]:
                return 200, received


def _device_loop(sim: SimDevice, rounds: int, start_at: float, deadline: float, think_s: float, out: dict) -> None:
    while time.time() < start_at:
        time.sleep(min(0.01, max(0.0, start_at - time.time())))
    for _ in range(rounds):
        if think_s:  # devices sync on their own schedules, not all at the same instant
            time.sleep(sim.rng.uniform(0, 2 * think_s))
        if time.time() > deadline:
            out["skipped"] += 1
            continue
        t0 = time.perf_counter()
        try:
            status, rejected = sim.push()
            t1 = time.perf_counter()
            out["rejected_ops"] += rejected
            if status == 200:
                status, received = sim.pull()
                out["received"] += received
            t2 = time.perf_counter()
            if status != 200:
                out["errors"].append(f"HTTP {status}")
            else:
                out["sync_s"].append(t2 - t0)
                out["push_s"].append(t1 - t0)
                out["pull_s"].append(t2 - t1)
        except Exception as error:  # noqa: BLE001 - a load test counts every failure
            out["errors"].append(f"{type(error).__name__}: {str(error)[:160]}")


def _client_proc(sims: list[SimDevice], rounds: int, start_at: float, deadline: float, think_s: float, queue) -> None:
    outs = []
    threads = []
    for sim in sims:
        sim.d.http = requests.Session()  # never share a socket with the parent after fork
        sim.d.http.headers["Accept-Encoding"] = "gzip"
        out = {"sync_s": [], "push_s": [], "pull_s": [], "errors": [], "rejected_ops": 0, "received": 0, "skipped": 0}
        outs.append(out)
        threads.append(
            threading.Thread(target=_device_loop, args=(sim, rounds, start_at, deadline, think_s, out), daemon=True)
        )
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=max(1.0, deadline - time.time() + 130))
    merged: dict[str, Any] = {
        "sync_s": [],
        "push_s": [],
        "pull_s": [],
        "errors": [],
        "rejected_ops": 0,
        "received": 0,
        "skipped": 0,
        "unfinished_threads": sum(t.is_alive() for t in threads),
    }
    for out in outs:
        for k in ("sync_s", "push_s", "pull_s", "errors"):
            merged[k] += out[k]
        for k in ("rejected_ops", "received", "skipped"):
            merged[k] += out[k]
    times = os.times()
    merged["cpu_s"] = times.user + times.system
    queue.put(merged)


def run(
    backend: str,
    n_devices: int,
    rounds: int,
    client_procs: int,
    think_ms: float,
    max_seconds: float,
    seed: int,
    servers: int = 1,
) -> None:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp, Setup(backend, Path(tmp)) as setup:
        agencies = [f"Bench Agency {i}" for i in range(max(1, -(-n_devices // DEVICES_PER_AGENCY)))]
        people = [
            (agencies[i % len(agencies)], setup.seeder.staff(agencies[i % len(agencies)])) for i in range(n_devices)
        ]
        plan = [(agency, person, setup.seeder.code(agency)) for agency, person in people]
        lives = setup.start_servers(servers)
        t_setup = time.perf_counter()
        with ThreadPoolExecutor(4) as pool:  # sign-in is Argon2id on the server: bounded by its cores
            # Device i syncs through server i mod N, as a load balancer spreads them.
            devices = list(
                pool.map(lambda ip: signed_in_device(lives[ip[0] % len(lives)], ip[1][2], ip[1][1]), enumerate(plan))
            )
        sims = [SimDevice(d, random.Random(rng.getrandbits(64))) for d in devices]
        # Warm-up, untimed: every device pushes one batch of new clients (so later rounds can edit
        # with a base version) and then pulls to the head of the feed.
        with ThreadPoolExecutor(8) as pool:
            warm = list(pool.map(lambda s: s.push()[0], sims))
            warm += list(pool.map(lambda s: s.pull()[0], sims))
        setup_s = time.perf_counter() - t_setup
        warm_errors = sum(status != 200 for status in warm)

        setup.seeder.engine.dispose()  # no pooled database sockets cross the fork
        ctx = mp.get_context("fork")
        queue = ctx.Queue()
        groups = [sims[i::client_procs] for i in range(client_procs)]
        start_at = time.time() + 1.0
        deadline = start_at + max_seconds
        srv0, pg0 = sum(one.cpu_s() for one in setup.servers), postgres_cpu_s()
        procs = [
            ctx.Process(target=_client_proc, args=(g, rounds, start_at, deadline, think_ms / 1000, queue))
            for g in groups
            if g
        ]
        for p in procs:
            p.start()
        results = [queue.get(timeout=max_seconds + 200) for _ in procs]
        for p in procs:
            p.join(timeout=10)
        wall = time.time() - start_at
        server_cpu = sum(one.cpu_s() for one in setup.servers) - srv0
        pg_cpu = postgres_cpu_s() - pg0

        sync_s = [x for r in results for x in r["sync_s"]]
        errors = [e for r in results for e in r["errors"]]
        kinds: dict[str, int] = {}
        for e in errors:
            kinds[e.split(":")[0]] = kinds.get(e.split(":")[0], 0) + 1
        p95 = percentile([x * 1000 for x in sync_s], 95) if sync_s else float("nan")
        cpu = {
            "server_process_s": round(server_cpu, 1),
            "load_generator_s": round(sum(r["cpu_s"] for r in results), 1),
            "wall_s": round(wall, 1),
        }
        if backend == "postgresql":
            cpu["postgres_all_s"] = round(pg_cpu, 1)
        emit(
            "server_load",
            backend=backend,
            server=f"{servers} separate process(es) (uvicorn, 1 worker each)",
            servers=servers,
            server_cpu_ms_per_sync=round(server_cpu * 1000 / len(sync_s), 1) if sync_s else None,
            postgres_cpu_ms_per_sync=round(pg_cpu * 1000 / len(sync_s), 1)
            if sync_s and backend == "postgresql"
            else None,
            load_generator_shares_cores=True,
            load_generator=f"{len(procs)} forked processes x threads, same {os.cpu_count()}-core machine",
            devices=n_devices,
            agencies=len(agencies),
            users=n_devices,
            rounds=rounds,
            batch=BATCH,
            think_ms=think_ms,
            syncs=len(sync_s),
            sync=timings_ms(sync_s) if sync_s else None,
            push=timings_ms([x for r in results for x in r["push_s"]]) if sync_s else None,
            pull=timings_ms([x for r in results for x in r["pull_s"]]) if sync_s else None,
            syncs_per_s=round(len(sync_s) / wall, 1),
            errors=len(errors),
            error_kinds=kinds,
            error_samples=errors[:3],
            rejected_ops=sum(r["rejected_ops"] for r in results),
            records_pulled=sum(r["received"] for r in results),
            skipped_after_deadline=sum(r["skipped"] for r in results),
            unfinished_threads=sum(r["unfinished_threads"] for r in results),
            target_p95_ms=TARGET_P95_MS,
            target_met=bool(sync_s) and p95 < TARGET_P95_MS and not errors,
            cpu=cpu,
            setup_s=round(setup_s, 1),
            warmup_errors=warm_errors,
            **provenance(),
        )
        if errors:
            tail = setup.server.log_tail(1500)
            if tail.strip():
                emit("server_load_server_log_tail", backend=backend, tail=tail)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--client-procs", type=int, default=2, help="load-generator processes (threads inside)")
    parser.add_argument(
        "--think-ms",
        type=float,
        default=0.0,
        help="mean pause between a device's syncs (0: back to back, the worst case)",
    )
    parser.add_argument("--max-seconds", type=float, default=300.0, help="no new round starts after this")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--servers", type=int, default=1, help="server processes on one database (more than 1: PostgreSQL only)"
    )
    args = parser.parse_args()
    for backend in backends(args.backend):
        try:
            if args.servers > 1 and backend != "postgresql":
                emit("server_load_skipped", backend=backend, reason="SQLite is served by one process")
                continue
            run(
                backend,
                args.devices,
                args.rounds,
                args.client_procs,
                args.think_ms,
                args.max_seconds,
                args.seed,
                args.servers,
            )
        except Exception:  # noqa: BLE001 - report and go on to the next backend
            emit("server_load_failed", backend=backend, error=traceback.format_exc()[-1500:])


if __name__ == "__main__":
    main()
