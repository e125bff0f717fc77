"""Initial sync onto a fresh device: N clients with an enrollment each, time and bytes on the wire.

The server (its own process, `python -m server.cli serve`) is seeded over its API with N clients
and N enrollments of one agency, pushed by another device in gzip batches of 500. Then a fresh
laptop -- a real SQLCipher vault (made with the tests' cheap KDF: unlocking is not what is measured
here), enrolled with a one-time code and signed in with password and TOTP -- runs one
SyncEngine.sync() with the production transport settings, first on loopback, then (another fresh
laptop) through tests/sync/link_proxy.py at 256 kbit/s each way, 150 ms each way (300 ms round
trip) and 5% of connections dropped. Through the proxy, bytes on the wire are what the proxy
carried (headers included); on loopback they are the transport's HTTP body bytes. The link's floor
is bytes_on_wire * 8 / 256,000 s; the ratio is time / floor. `floor_with_rtt_s` adds one round
trip per request, the least any request/answer protocol pays on that link.

The production transport keeps its connection alive, so a whole sync may use one connection and
meet no drop at all; `--link proxy_fresh` makes every request a new connection (as when a NAT or
a mobile link forgets idle connections), so 5% of requests are cut.

    python -m bench.sync_initial [--clients 10000] [--link loopback|proxy|proxy_fresh|both|all]
                                 [--backend sqlite|postgresql]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypedDict

import pyotp

from app.domain.ids import new_id
from app.storage.vault import Vault
from app.sync import identity
from app.sync.engine import SyncEngine, SyncReport
from app.sync.session import OnlineSession
from app.sync.transport import Transport
from bench.report import emit
from bench.server_common import RemoteLive, Seeder, Setup, provenance, self_cpu_s, send, signed_in_device
from bench.synthetic import synthetic_clients
from tests.conftest import FAST_KDF
from tests.domain import factories
from tests.server.harness import PASSWORD, Device
from tests.sync.link_proxy import LinkProxy

AGENCY = "Bench Shelter"
SEED_BATCH = 500


class Link(TypedDict):
    """LinkProxy's keyword arguments for a link's shape."""

    latency_ms: float
    bandwidth_bps: float
    drop_rate: float


BAD_LINK = Link(latency_ms=150, bandwidth_bps=256_000, drop_rate=0.05)
RTT_S = 2 * BAD_LINK["latency_ms"] / 1000


# -- the server's side: an agency with a project, and N clients with an enrollment each -----------
def make_project(seeder: Seeder, agency: str) -> str:
    from server.services import accounts

    agency_id = seeder.agency(agency)  # its own transaction: SQLite has one writer at a time
    with seeder.engine.begin() as conn:
        return accounts.create_project(
            conn,
            seeder.clock.now_ms(),
            agency_id=agency_id,
            name=f"{agency} ES",
            project_type=0,
            coc_code="CT-505",
            geocode="099003",
            operating_start=date(2020, 1, 1),
        )


@dataclass
class Seeded:
    device: Device  # the device that pushed them (it can change them later)
    versions: dict[str, int]  # client id -> its version on the server
    clients: list
    seconds: float


def seed(live: RemoteLive, seeder: Seeder, n: int, seed_value: int = 7) -> Seeded:
    """N clients, then N enrollments (one each), pushed through the API as another device would."""
    project_id = make_project(seeder, AGENCY)
    device = signed_in_device(live, seeder.code(AGENCY), seeder.staff(AGENCY))
    clients = synthetic_clients(n, seed=seed_value)
    ops = []
    for client in clients:
        fields = client.to_dict()
        fields.pop("id")
        ops.append(("client", client.id, fields))
    for client in clients:
        enrollment = factories.enrollment(
            id=new_id(), personal_id=client.id, household_id=new_id(), project_id=project_id
        )
        fields = enrollment.to_dict()
        fields.pop("id")
        ops.append(("enrollment", enrollment.id, fields))
    t0 = time.perf_counter()
    for start in range(0, len(ops), SEED_BATCH):
        batch = [
            device.op(kind, rid, fields, base_version=None) for kind, rid, fields in ops[start : start + SEED_BATCH]
        ]
        sent = send(device, "POST", "/v1/sync/push", {"operations": batch}, gzip_body=True)
        if sent.status != 200:
            raise RuntimeError(f"seeding failed: HTTP {sent.status} {sent.body}")
        bad = [r for r in sent.body["results"] if r["status"] not in ("applied", "merged")]
        if bad:
            raise RuntimeError(f"seeding refused: {bad[:3]}")
    return Seeded(device, {c.id: 1 for c in clients}, clients, time.perf_counter() - t0)


# -- the device's side: a fresh laptop --------------------------------------------------------
@dataclass
class FreshLaptop:
    profile: Path
    vault: Vault
    base_url: str

    def engine(self, via: str | None = None, *, fresh_connections: bool = False) -> SyncEngine:
        """The engine as the app builds it; ``via`` another address (the proxy), same settings.
        ``fresh_connections``: a new TCP connection for every request (no keep-alive), so the
        proxy's per-connection dice are rolled for every request, not once per sync."""
        if via is None:
            return SyncEngine(self.profile, self.vault)
        transport = Transport(via)
        if fresh_connections:
            transport.http.headers["Connection"] = "close"
        return SyncEngine(self.profile, self.vault, transport=transport)


def fresh_laptop(live: RemoteLive, seeder: Seeder, root: Path) -> FreshLaptop:
    """A new vault, enrolled with a fresh code and signed in (directly, not through the proxy)."""
    person = seeder.staff(AGENCY)
    profile = root / f"laptop-{new_id()[:8]}"
    vault = Vault.create(profile, person.username, PASSWORD, kdf=FAST_KDF)
    transport = Transport(live.base_url)
    identity.enroll(vault, transport, code=seeder.code(AGENCY), name="Bench laptop")
    session = OnlineSession(vault, transport)
    code = lambda: pyotp.TOTP(person.secret).now()  # noqa: E731
    answer = session.sign_in(PASSWORD, person.setup_code)
    if answer.get("mfa_setup_required"):
        session.confirm_mfa(answer["setup_token"], code())
    transport.close()
    return FreshLaptop(profile, vault, live.base_url)


def count_requests(engine: SyncEngine) -> list[int]:
    """Counts HTTP attempts (retries included) made by the engine's transport."""
    counter = [0]
    transport = engine.transport
    assert transport is not None  # FreshLaptop.engine's engines have one (the laptop is enrolled)
    once = transport._once

    def counted(*args, **kw):
        counter[0] += 1
        return once(*args, **kw)

    transport._once = counted  # type: ignore[method-assign]
    return counter


def measured_cycle(engine: SyncEngine, proxy: LinkProxy | None, profile_out: bool = False) -> dict:
    """One SyncEngine.sync(): wall time, CPU, bytes and what it did."""
    requests_made = count_requests(engine)
    transport = engine.transport
    assert transport is not None  # as count_requests checked
    up0, down0 = (proxy.bytes_up, proxy.bytes_down) if proxy else (0, 0)
    conns0, drops0, trunc0 = (proxy.connections, proxy.drops, proxy.truncations) if proxy else (0, 0, 0)
    profiler = cProfile.Profile() if profile_out else None
    cpu0 = self_cpu_s()
    t0 = time.perf_counter()
    if profiler:
        profiler.enable()
    report: SyncReport = engine.sync()
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - t0
    cpu = self_cpu_s() - cpu0
    transport.close()
    figures = {
        "status": report.status,
        "message": report.message,
        "seconds": round(seconds, 2),
        "pushed": sum(report.pushed.values()),
        "pulled": report.pulled,
        "records_per_s": round((report.pulled + sum(report.pushed.values())) / seconds, 1),
        "requests": requests_made[0],
        "retries": transport.retries,
        "body_bytes_sent": report.bytes_sent,
        "body_bytes_received": report.bytes_received,
        "client_cpu_s": round(cpu, 2),
    }
    if proxy:
        up, down = proxy.bytes_up - up0, proxy.bytes_down - down0
        floor = (up + down) * 8 / BAD_LINK["bandwidth_bps"]
        figures |= {
            "wire_bytes_up": up,
            "wire_bytes_down": down,
            "connections": proxy.connections - conns0,
            "drops": proxy.drops - drops0,
            "truncations": proxy.truncations - trunc0,
            "floor_s": round(floor, 2),
            "ratio": round(seconds / floor, 2) if floor else None,
            "floor_with_rtt_s": round(floor + requests_made[0] * RTT_S, 2),
        }
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(30)
        print(out.getvalue(), file=sys.stderr)
    return figures


def local_records(lap: FreshLaptop) -> int:
    return int(lap.vault.conn.execute("SELECT count(*) FROM record WHERE date_deleted IS NULL").fetchone()[0])


def run(backend: str, n: int, links: list[str], profile_out: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-sync-initial-") as tmp, Setup(backend, Path(tmp)) as setup:
        live = setup.start_server()
        seeded = seed(live, setup.seeder, n)
        emit(
            "sync_initial_seed",
            backend=backend,
            clients=n,
            enrollments=n,
            seconds=round(seeded.seconds, 2),
            records_per_s=round(2 * n / seeded.seconds, 1),
            batch=SEED_BATCH,
        )
        for link in links:
            lap = fresh_laptop(live, setup.seeder, Path(tmp))
            server_cpu0 = setup.server.cpu_s()
            if link == "loopback":
                figures = measured_cycle(lap.engine(), None, profile_out)
            else:
                port = int(live.base_url.rsplit(":", 1)[1])
                with LinkProxy(port, seed=11, **BAD_LINK) as proxy:
                    engine = lap.engine(via=proxy.url, fresh_connections=link == "proxy_fresh")
                    figures = measured_cycle(engine, proxy)
            figures["server_cpu_s"] = round(setup.server.cpu_s() - server_cpu0, 2)
            held = local_records(lap)
            wire = figures.get("wire_bytes_up", figures["body_bytes_sent"]) + figures.get(
                "wire_bytes_down", figures["body_bytes_received"]
            )
            emit(
                "sync_initial",
                backend=backend,
                link=link,
                link_settings=BAD_LINK if link != "loopback" else "loopback, no shaping",
                keep_alive=link != "proxy_fresh",
                kdf="FAST_KDF (tests.conftest)",
                records_on_server=2 * n,
                records_on_device=held,
                complete=held == 2 * n and figures["status"] == "ok",
                bytes_on_wire=wire,
                bytes_per_record=round(wire / max(1, held), 1),
                **figures,
                **provenance(),
            )
            lap.vault.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", "-n", type=int, default=10_000)
    parser.add_argument(
        "--link",
        choices=["loopback", "proxy", "proxy_fresh", "both", "all"],
        default="both",
        help="proxy_fresh: through the proxy with a new connection per request; "
        "both: loopback and proxy; all: the three",
    )
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--profile", action="store_true", help="cProfile the loopback sync (to stderr)")
    args = parser.parse_args()
    links = {"both": ["loopback", "proxy"], "all": ["loopback", "proxy", "proxy_fresh"]}.get(args.link, [args.link])
    run(args.backend, args.clients, links, args.profile)


if __name__ == "__main__":
    main()
