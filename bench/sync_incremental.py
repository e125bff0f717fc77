"""Incremental sync of 50 changed records: one cycle's time and bytes, on loopback and on a bad link.

Set-up as in bench.sync_initial: a server in its own process seeded with N clients and N
enrollments of one agency, and a laptop (real SQLCipher vault, the tests' cheap KDF) that has done
its initial sync on loopback. Then, each round, 50 clients change: half edited on this laptop
(pushed by the cycle), half edited on the server by the seeding device (pulled by the cycle, with
this laptop's own changes coming back in the feed). One SyncEngine.sync() per round, with a new
engine and transport as the app makes them, is measured: wall time, requests, bytes. Loopback
bytes are HTTP body bytes (the transport's count); through tests/sync/link_proxy.py (256 kbit/s
each way, 300 ms round trip, 5% of connections dropped) they are everything the proxy carried.

    python -m bench.sync_incremental [--clients 10000] [--changes 50] [--rounds 5]
                                     [--link loopback|proxy|proxy_fresh|both|all]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from app.storage.records import Records
from bench.report import emit
from bench.server_common import Setup, provenance, send
from bench.sync_initial import BAD_LINK, FreshLaptop, Seeded, fresh_laptop, measured_cycle, seed
from tests.sync.link_proxy import LinkProxy


def change_on_server(seeded: Seeded, ids: list[str], rng: random.Random) -> None:
    """Another device edits these clients (one field each), from the version it knows."""
    ops = []
    for client_id in ids:
        value = rng.choice((0, 1, 8, 9, 99))
        ops.append(
            seeded.device.op("client", client_id, {"veteran_status": value}, base_version=seeded.versions[client_id])
        )
    sent = send(seeded.device, "POST", "/v1/sync/push", {"operations": ops}, gzip_body=True)
    if sent.status != 200:
        raise RuntimeError(f"server-side edit failed: HTTP {sent.status} {sent.body}")
    for client_id, result in zip(ids, sent.body["results"]):
        if result["status"] not in ("applied", "merged"):
            raise RuntimeError(f"server-side edit refused: {result}")
        seeded.versions[client_id] = result["version"]


def change_here(lap: FreshLaptop, seeded: Seeded, ids: list[str], rng: random.Random) -> None:
    """The laptop's user edits these clients (another field, so nothing conflicts)."""
    records = Records(lap.vault)
    for client_id in ids:
        client = records.get("client", client_id)
        middle = rng.choice(("Ann", "Lee", "Marie", "Jose", "Kim")) if client.middle_name is None else None
        records.save(replace(client, middle_name=middle))
        seeded.versions[client_id] += 1  # the server's version once this push lands


def run(backend: str, n: int, changes: int, rounds: int, links: list[str]) -> None:
    if n < changes * rounds * len(links):
        raise SystemExit(
            f"--clients must be at least changes x rounds x links = {changes * rounds * len(links)}"
            " (each change is to a client not changed before)"
        )
    rng = random.Random(3)
    with tempfile.TemporaryDirectory(prefix="bench-sync-incr-") as tmp, Setup(backend, Path(tmp)) as setup:
        live = setup.start_server()
        seeded = seed(live, setup.seeder, n)
        lap = fresh_laptop(live, setup.seeder, Path(tmp))
        t0 = time.perf_counter()
        initial = lap.engine().sync()
        if not initial.ok:
            raise RuntimeError(f"the initial sync failed: {initial.message}")
        emit(
            "sync_incremental_setup",
            backend=backend,
            clients=n,
            records=2 * n,
            initial_sync_s=round(time.perf_counter() - t0, 2),
            initial_pulled=initial.pulled,
        )
        untouched = [c.id for c in seeded.clients]
        rng.shuffle(untouched)
        port = int(live.base_url.rsplit(":", 1)[1])
        for link in links:
            cycles = []
            proxy = LinkProxy(port, seed=11, **BAD_LINK) if link != "loopback" else None
            try:
                for _ in range(rounds):
                    here, there = untouched[: changes // 2], untouched[changes // 2 : changes]
                    del untouched[:changes]
                    change_here(lap, seeded, here, rng)
                    change_on_server(seeded, there, rng)
                    engine = lap.engine(via=proxy.url if proxy else None, fresh_connections=link == "proxy_fresh")
                    figures = measured_cycle(engine, proxy)
                    if figures["status"] != "ok" or figures["pushed"] != len(here) or figures["pulled"] < len(there):
                        raise RuntimeError(f"an incremental cycle did not do its work: {figures}")
                    cycles.append(figures)
            finally:
                if proxy:
                    proxy.close()
            wire = [
                c.get("wire_bytes_up", c["body_bytes_sent"]) + c.get("wire_bytes_down", c["body_bytes_received"])
                for c in cycles
            ]
            seconds = [c["seconds"] for c in cycles]
            median = lambda key, cycles=cycles: round(statistics.median(c[key] for c in cycles), 2)  # noqa: E731
            summary = {
                "seconds_median": round(statistics.median(seconds), 2),
                "seconds_all": seconds,
                "bytes_on_wire_median": int(statistics.median(wire)),
                "bytes_on_wire_all": wire,
                "requests_median": median("requests"),
                "retries_total": sum(c["retries"] for c in cycles),
                "pushed_per_cycle": cycles[0]["pushed"],
                "pulled_per_cycle": cycles[0]["pulled"],
            }
            if proxy:
                summary |= {
                    "floor_s_median": median("floor_s"),
                    "floor_with_rtt_s_median": median("floor_with_rtt_s"),
                    "ratio_median": median("ratio"),
                    "connections_total": sum(c["connections"] for c in cycles),
                    "drops_total": sum(c["drops"] for c in cycles),
                    "truncations_total": sum(c["truncations"] for c in cycles),
                }
            emit(
                "sync_incremental",
                backend=backend,
                link=link,
                link_settings=BAD_LINK if proxy else "loopback, no shaping",
                keep_alive=link != "proxy_fresh",
                records_on_device=2 * n,
                changed=changes,
                changed_here=changes // 2,
                changed_on_server=changes - changes // 2,
                rounds=rounds,
                **summary,
                **provenance(),
            )
        lap.vault.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", "-n", type=int, default=10_000)
    parser.add_argument("--changes", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--link",
        choices=["loopback", "proxy", "proxy_fresh", "both", "all"],
        default="both",
        help="proxy_fresh: a new connection per request; both: loopback and proxy; all: the three",
    )
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    args = parser.parse_args()
    links = {"both": ["loopback", "proxy"], "all": ["loopback", "proxy", "proxy_fresh"]}.get(args.link, [args.link])
    run(args.backend, args.clients, args.changes, args.rounds, links)


if __name__ == "__main__":
    main()
