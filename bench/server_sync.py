"""Push and pull throughput of the central service on loopback, on SQLite and on PostgreSQL.

A signed-in case manager's device pushes N synthetic clients in gzip-compressed batches of 200;
then a fresh device of the same agency (another case manager) pulls everything, page by page.
Figures: records per second each way, and bytes on the wire per record (request bodies after
gzip for push; response bodies as the socket carried them, gzip from the server, for pull).

The server runs in its own process (`python -m server.cli serve`), so the client's JSON, gzip
and signing do not share an interpreter with it; both still share this machine's cores.

    python -m bench.server_sync [--backend sqlite|postgresql|both] [--clients 5000]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench.report import emit, timings_ms
from bench.server_common import Setup, backends, postgres_cpu_s, provenance, self_cpu_s, send, signed_in_device
from bench.synthetic import synthetic_clients

AGENCY = "Bench Shelter"


def run(backend: str, n: int, batch: int, page: int, seed: int) -> None:
    clients = synthetic_clients(n, seed=seed)
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp, Setup(backend, Path(tmp)) as setup:
        pusher_staff, puller_staff = setup.seeder.staff(AGENCY), setup.seeder.staff(AGENCY)
        codes = setup.seeder.code(AGENCY), setup.seeder.code(AGENCY)
        live = setup.start_server()
        pusher = signed_in_device(live, codes[0], pusher_staff)

        # -- push ------------------------------------------------------------------------------
        statuses: dict[str, int] = {}
        errors, push_bytes, push_hdr, batch_s = 0, 0, 0, []
        srv0, pg0, me0 = setup.server.cpu_s(), postgres_cpu_s(), self_cpu_s()
        t0 = time.perf_counter()
        for start in range(0, n, batch):
            ops = []
            for c in clients[start : start + batch]:
                fields = c.to_dict()
                fields.pop("id")
                ops.append(pusher.op("client", c.id, fields, base_version=None))
            b0 = time.perf_counter()
            sent = send(pusher, "POST", "/v1/sync/push", {"operations": ops}, gzip_body=True)
            batch_s.append(time.perf_counter() - b0)
            push_bytes += sent.request_body_bytes
            push_hdr += sent.request_header_bytes
            if sent.status != 200:
                errors += 1
                continue
            for result in sent.body["results"]:
                statuses[result["status"]] = statuses.get(result["status"], 0) + 1
        push_s = time.perf_counter() - t0
        push_cpu = {"server_s": round(setup.server.cpu_s() - srv0, 2), "client_s": round(self_cpu_s() - me0, 2)}
        if backend == "postgresql":
            push_cpu["postgres_all_s"] = round(postgres_cpu_s() - pg0, 2)
        applied = statuses.get("applied", 0)
        thirds = max(1, len(batch_s) // 3)
        emit(
            "server_sync_push",
            backend=backend,
            server="separate process",
            clients=n,
            batch=batch,
            records_per_s=round(applied / push_s, 1),
            seconds=round(push_s, 2),
            results=statuses,
            http_errors=errors,
            bytes_per_record_gzip=round(push_bytes / max(1, n), 1),
            header_bytes_per_record=round(push_hdr / max(1, n), 1),
            batch_latency=timings_ms(batch_s),
            first_third_batch_mean_ms=round(statistics.fmean(batch_s[:thirds]) * 1000, 1),
            last_third_batch_mean_ms=round(statistics.fmean(batch_s[-thirds:]) * 1000, 1),
            cpu=push_cpu,
            **provenance(),
        )

        # -- pull ------------------------------------------------------------------------------
        puller = signed_in_device(live, codes[1], puller_staff)
        cursor, pulled, pull_bytes, pull_hdr, pages, page_s, encodings, errors = 0, 0, 0, 0, 0, [], set(), 0
        srv0, pg0, me0 = setup.server.cpu_s(), postgres_cpu_s(), self_cpu_s()
        t0 = time.perf_counter()
        while True:
            p0 = time.perf_counter()
            sent = send(puller, "GET", f"/v1/sync/pull?cursor={cursor}&limit={page}")
            page_s.append(time.perf_counter() - p0)
            pages += 1
            pull_bytes += sent.response_body_bytes
            pull_hdr += sent.response_header_bytes
            encodings.add(sent.response_encoding)
            if sent.status != 200:
                errors += 1
                break
            pulled += len(sent.body["changes"])
            cursor = sent.body["cursor"]
            if not sent.body["more"]:
                break
        pull_s = time.perf_counter() - t0
        pull_cpu = {"server_s": round(setup.server.cpu_s() - srv0, 2), "client_s": round(self_cpu_s() - me0, 2)}
        if backend == "postgresql":
            pull_cpu["postgres_all_s"] = round(postgres_cpu_s() - pg0, 2)
        emit(
            "server_sync_pull",
            backend=backend,
            server="separate process",
            records=pulled,
            page=page,
            pages=pages,
            records_per_s=round(pulled / pull_s, 1),
            seconds=round(pull_s, 2),
            http_errors=errors,
            response_encoding=sorted(encodings),
            bytes_per_record_wire=round(pull_bytes / max(1, pulled), 1),
            header_bytes_per_record=round(pull_hdr / max(1, pulled), 1),
            page_latency=timings_ms(page_s),
            complete=pulled == applied,
            cpu=pull_cpu,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--clients", "-n", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--page", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for backend in backends(args.backend):
        run(backend, args.clients, args.batch, args.page, args.seed)


if __name__ == "__main__":
    main()
