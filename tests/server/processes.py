"""Real `hmis-server serve` processes on loopback ports, started the way an operator starts them.

Why processes and not threads: the deployment questions (who migrates, which key signs) are about
separate processes starting at the same moment, each with its own engine and its own imports.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
# `hmis-server ARGS` once a gate file appears, its imports done before: processes started together
# then reach the database within milliseconds of each other, as workers forked by one master do.
GATED = """
import os, sys, time
from pathlib import Path
import psycopg, uvicorn, sqlalchemy.dialects.postgresql.psycopg, alembic.command, server.api.app, server.cli
gate = Path(sys.argv[1])
Path(f"{gate}.ready.{os.getpid()}").touch()
while not gate.exists():
    time.sleep(0.005)
sys.exit(server.cli.main(sys.argv[2:]))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_command(*args: str) -> list[str]:
    """`hmis-server ARGS`, run from this checkout's code."""
    return [sys.executable, "-m", "server.cli", *args]


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("HMIS_SIGNING_KEY_FILE", None)  # only what a test names
    return env | extra


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`hmis-server ARGS` to its end, from this checkout, with its exit code and output."""
    return subprocess.run(
        server_command(*args), cwd=ROOT, env=_env(**(env or {})), capture_output=True, text=True, timeout=120
    )


@dataclass
class ServerProcess:
    port: int
    proc: subprocess.Popen
    log: Path  # what the process wrote (a file, not a pipe: a pipe nobody reads would stall it)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait_healthy(self, deadline: float) -> str | None:
        """None once /v1/health answers; otherwise why not (the process's own last words)."""
        while time.time() < deadline:
            if self.proc.poll() is not None:
                return f"exited with {self.proc.returncode}: {self.output()[-2000:]}"
            try:
                if requests.get(self.base_url + "/v1/health", timeout=2).status_code == 200:
                    return None
            except requests.ConnectionError:
                pass
            time.sleep(0.1)
        return "did not answer /v1/health in time"

    def output(self) -> str:
        if self.proc.poll() is None:
            return ""
        return self.log.read_text(errors="replace")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no answer to the requests in flight, as a crash or an OOM kill."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


def open_gate(gate: Path, processes: int, timeout_s: float = 60) -> None:
    """Let gated processes go together, once all of them have done their imports."""
    deadline = time.time() + timeout_s
    while len(list(gate.parent.glob(gate.name + ".ready.*"))) < processes and time.time() < deadline:
        time.sleep(0.02)
    gate.touch()


def start_serve(
    data_dir: Path, database_url: str, *extra: str, gate: Path | None = None, port: int | None = None
) -> ServerProcess:
    """One `hmis-server serve` on a free loopback port (or ``port``, to start one again where it
    was); returns at once (see ``wait_healthy``).

    With ``gate`` the process imports everything, then waits for that file before it starts."""
    port = port or free_port()
    env = _env()
    args = ["--data-dir", str(data_dir), "--database-url", database_url, "serve", "--port", str(port), *extra]
    command = server_command(*args) if gate is None else [sys.executable, "-c", GATED, str(gate), *args]
    data_dir.mkdir(parents=True, exist_ok=True)
    log = data_dir / f"serve-{port}-{time.monotonic_ns()}.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    return ServerProcess(port, proc, log)
