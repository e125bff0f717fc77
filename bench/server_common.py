"""Shared pieces of the central-service benchmarks: a server in its own process, seeding, devices.

Why a separate process: the load generator and the server would otherwise share one Python
interpreter (and its GIL), and the figures would mix the client's costs into the server's.
The server is started exactly as an operator would (`python -m server.cli ... serve`), on a
loopback port, and stopped when the benchmark ends. Agencies, users and enrollment codes are
made the way the CLI makes them (the services, straight on the database, before the server starts).
"""

from __future__ import annotations

import gzip
import json
import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pyotp
import requests
from sqlalchemy import select

from server.db.schema import user
from server.services.clock import Clock
from tests.server.harness import PASSWORD, Device, Staff, ThrowawayPostgres, postgres_reachable

REPO = Path(__file__).resolve().parent.parent
REQUEST_TIMEOUT_S = 60


def backends(choice: str) -> list[str]:
    if choice == "both":
        return ["sqlite", "postgresql"] if postgres_reachable() else ["sqlite"]
    return [choice]


def provenance() -> dict:
    """Which server code was measured: other people edit server/ while benchmarks run."""

    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    return {
        "commit": git("rev-parse", "--short", "HEAD"),
        "server_dirty": bool(git("status", "--porcelain", "--", "server", "app/domain", "app/sync")),
        "cpus": os.cpu_count(),
        "loadavg_at_start": os.getloadavg()[0],
    }


# -- CPU accounting from /proc (no psutil here) ---------------------------------------------------
_TICK = os.sysconf("SC_CLK_TCK")


def proc_cpu_s(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICK  # utime + stime
    except (OSError, IndexError, ValueError):
        return 0.0


def postgres_cpu_s() -> float:
    """CPU seconds of every process called postgres (the cluster serves other databases too)."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip().startswith("postgres"):
                    total += proc_cpu_s(int(entry.name))
            except OSError:
                pass
    return total


def self_cpu_s() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


# -- the server ---------------------------------------------------------------------------------
@dataclass
class RemoteLive:
    """What harness.Device needs from a live server: its URL and a clock (the real one here)."""

    base_url: str
    clock: Clock = field(default_factory=Clock)


class ServerProcess:
    def __init__(self, data_dir: Path, database_url: str | None, key: Path | None = None) -> None:
        self.data_dir, self.database_url = data_dir, database_url
        self.key = key or data_dir / "signing-key.pem"  # servers of one deployment share one key
        self.proc: subprocess.Popen | None = None
        self.base_url = ""

    def start(self) -> ServerProcess:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        cmd = [sys.executable, "-m", "server.cli", "--data-dir", str(self.data_dir)]
        if self.database_url:
            cmd += ["--database-url", self.database_url]
        key = self.key
        if not key.exists():  # made the one explicit way, as an operator would before the first start
            subprocess.run([*cmd, "make-signing-key", str(key)], cwd=REPO, check=True, capture_output=True)
        cmd += [
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--signing-key",
            str(key),
            "--log-level",
            "warning",
        ]
        self.log = open(self.data_dir / "server.log", "wb")  # noqa: SIM115 (open while the server runs; closed in stop())
        self.proc = subprocess.Popen(cmd, cwd=REPO, stdout=self.log, stderr=subprocess.STDOUT)
        self.base_url = f"http://127.0.0.1:{port}"
        deadline = time.time() + 60
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError("the server exited: " + (self.data_dir / "server.log").read_text()[-2000:])
            try:
                if requests.get(self.base_url + "/v1/health", timeout=2).ok:
                    return self
            except requests.RequestException:
                pass
            if time.time() > deadline:
                self.stop()
                raise RuntimeError("the server did not start within 60 s")
            time.sleep(0.1)

    @property
    def pid(self) -> int:
        return self.proc.pid if self.proc else 0

    def cpu_s(self) -> float:
        return proc_cpu_s(self.pid)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        if getattr(self, "log", None):
            self.log.close()

    def log_tail(self, n: int = 3000) -> str:
        try:
            return (self.data_dir / "server.log").read_text(errors="replace")[-n:]
        except OSError:
            return ""


@contextmanager
def database(backend: str, tmp: Path) -> Iterator[str | None]:
    """None for SQLite in the data directory; a throwaway PostgreSQL database's URL otherwise."""
    if backend == "sqlite":
        yield None
    else:
        with ThrowawayPostgres() as url:
            yield url


# -- seeding, as the CLI does it (services on the database) -------------------------------------
class Seeder:
    """Agencies, users and enrollment codes, written before (or beside) the server process."""

    def __init__(self, data_dir: Path, database_url: str | None) -> None:
        from server.auth import passwords
        from server.config import Settings
        from server.db.engine import make_engine, upgrade
        from server.services import accounts, seed_seal, signing_key

        settings = Settings(data_dir=data_dir, database_url=database_url)
        settings.prepare()
        # The deployment's key (ServerProcess uses the same file): users' seeds are sealed under it.
        key = data_dir / "signing-key.pem"
        self.seed_key = seed_seal.seed_key(signing_key.load(key) if key.exists() else signing_key.create(key))
        self.engine = make_engine(settings.url)
        upgrade(self.engine)
        # Every bench user has the same password; one Argon2id hash (same parameters) serves them
        # all, so seeding 200 users does not spend 200 x ~0.1 s hashing. Sign-in still verifies it.
        self._hash = passwords.hash_password(PASSWORD)
        accounts.hash_password = lambda _password: self._hash  # type: ignore[assignment]
        self.clock = Clock()
        self.agencies: dict[str, str] = {}

    def agency(self, name: str) -> str:
        from server.services import accounts

        if name not in self.agencies:
            with self.engine.begin() as conn:
                # Client records need no project, so none is made (fewer moving parts to track).
                self.agencies[name] = accounts.create_agency(
                    conn, self.clock.now_ms(), name=name, coc_code="CT-505", can_name="Greater Hartford"
                )
        return self.agencies[name]

    def staff(self, agency: str, role: str = "case_manager") -> Staff:
        from server.services import accounts, seed_seal

        agency_id = self.agency(agency)
        username = f"bench{secrets.token_hex(5)}"
        with self.engine.begin() as conn:
            user_id, setup_code = accounts.create_user(
                conn,
                self.clock.now_ms(),
                username=username,
                first_name="Bench",
                last_name="Worker",
                role=role,
                agency_id=agency_id,
                password=PASSWORD,
                training_expires=date.today() + timedelta(days=365),
                seed_key=self.seed_key,
            )
            sealed = conn.execute(select(user.c.totp_secret).where(user.c.id == user_id)).scalar_one()
        secret = seed_seal.unseal(self.seed_key, user_id, sealed)
        return Staff(user_id, username, secret, role, agency_id, setup_code)

    def code(self, agency: str) -> str:
        from server.services import devices

        with self.engine.begin() as conn:
            return devices.new_enrollment_code(
                conn, self.clock.now_ms(), agency_id=self.agency(agency), created_by="0" * 32
            )

    def close(self) -> None:
        self.engine.dispose()


def signed_in_device(live: RemoteLive, code: str, person: Staff) -> Device:
    """Enroll with the code and sign in over HTTP with the server's real clock.

    A new user's first sign-in brings the one-time set-up code and is answered with the
    authenticator to set up; the set-up confirmation then spends one TOTP code. One user per device means no
    code is ever needed twice in one 30-second step.
    """
    d = Device(live)  # type: ignore[arg-type]
    d.http.headers["Accept-Encoding"] = "gzip"
    d.enroll(code)
    now = lambda: pyotp.TOTP(person.secret).at(time.time())  # noqa: E731
    first = d.call(
        "POST",
        "/v1/auth/login",
        {"username": person.username, "password": PASSWORD, "code": now() if person.confirmed else person.setup_code},
    )
    person.confirmed = True
    if first.get("mfa_setup_required"):
        first = d.call("POST", "/v1/auth/mfa/confirm", {"setup_token": first["setup_token"], "code": now()})
    d.token, d.refresh_token, d.user = first["access_token"], first["refresh_token"], person
    return d


# -- measured requests --------------------------------------------------------------------------
def _header_bytes(headers) -> int:
    return sum(len(k) + len(v) + 4 for k, v in headers.items())


@dataclass
class Sent:
    status: int
    body: Any  # the parsed JSON answer (None when empty or not JSON): the caller knows its shape
    request_body_bytes: int  # on the wire (after gzip when gzip_body)
    response_body_bytes: int  # on the wire (as the server sent it, gzip or not)
    response_encoding: str
    request_header_bytes: int
    response_header_bytes: int


def send(d: Device, method: str, target: str, body: object = None, *, gzip_body: bool = False) -> Sent:
    """One signed request, as harness.Device.raw makes it, counting the bytes actually carried."""
    from app.sync import wire

    assert d.id is not None  # enrolled by signed_in_device
    data = b"" if body is None else json.dumps(body).encode()
    headers = {"Content-Type": "application/json"} if body is not None else {}
    headers.update(wire.sign_request(d.key, d.id, method, target, data, now_ms=d.live.clock.now_ms()))
    headers["Authorization"] = f"Bearer {d.token}"
    headers["Accept-Encoding"] = "gzip"
    if gzip_body:
        data = gzip.compress(data)
        headers["Content-Encoding"] = "gzip"
    response = d.http.request(
        method, d.live.base_url + target, data=data, headers=headers, stream=True, timeout=REQUEST_TIMEOUT_S
    )
    try:
        wire_bytes = response.raw.read(decode_content=False)  # exactly the bytes the socket carried (body)
    finally:
        response.close()
    encoding = response.headers.get("content-encoding", "")
    payload = gzip.decompress(wire_bytes) if encoding == "gzip" else wire_bytes
    try:
        parsed = json.loads(payload) if payload else None
    except ValueError:
        parsed = None
    return Sent(
        response.status_code,
        parsed,
        len(data),
        len(wire_bytes),
        encoding or "identity",
        _header_bytes(headers),
        _header_bytes(response.headers),
    )


class Setup(ExitStack):
    """Temporary directory + database + seeder + server process, torn down in reverse order."""

    def __init__(self, backend: str, tmp: Path) -> None:
        super().__init__()
        self.backend, self.tmp = backend, tmp

    def __enter__(self) -> Setup:
        super().__enter__()
        self.url = self.enter_context(database(self.backend, self.tmp))
        self.seeder = Seeder(self.tmp, self.url)
        self.callback(self.seeder.close)
        return self

    def start_server(self) -> RemoteLive:
        return self.start_servers(1)[0]

    def start_servers(self, count: int) -> list[RemoteLive]:
        """``count`` server processes on the one database, each with its own data directory and
        port and the deployment's one key, as several hosts behind a load balancer."""
        self.servers = []
        for i in range(count):
            data_dir = self.tmp if i == 0 else self.tmp / f"server-{i}"
            data_dir.mkdir(exist_ok=True)
            one = ServerProcess(data_dir, self.url, key=self.tmp / "signing-key.pem").start()
            self.callback(one.stop)
            self.servers.append(one)
        self.server = self.servers[0]
        return [RemoteLive(one.base_url) for one in self.servers]
