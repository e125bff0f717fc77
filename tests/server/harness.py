"""A real central service on a loopback port, and a device that talks to it over HTTP.

The device here is the tests' own small client (the sync engine has its own); it signs every
request with its Ed25519 key exactly as the wire module defines, so the server is exercised
end to end: HTTP, JSON, signatures, tokens, database.
"""

from __future__ import annotations

import gzip
import json
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pyotp
import pytest
import requests
import uvicorn
from alembic import command
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI
from sqlalchemy import select

from app.domain import hlc
from app.sync import wire
from server.api.app import create_app
from server.api.deps import Context
from server.config import Settings
from server.db.engine import alembic_config
from server.db.schema import user
from server.services import accounts, devices, seed_seal, signing_key
from server.services.clock import Clock

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
PASSWORD = "plum tractor quietly sings"


def postgres_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        return False


class ThrowawayPostgres:
    """A database made for one test run and dropped after it."""

    def __init__(self) -> None:
        self.name = "hmis_test_" + secrets.token_hex(6)

    def __enter__(self) -> str:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.name}"')
        return f"postgresql://postgres@127.0.0.1:5432/{self.name}"

    def __exit__(self, *exc: object) -> None:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


@dataclass
class LiveServer:
    base_url: str
    app: FastAPI
    server: uvicorn.Server
    thread: threading.Thread

    @property
    def ctx(self) -> Context:
        context: Context = self.app.state.context  # Starlette's State holds it untyped
        return context

    @property
    def clock(self) -> Clock:
        return self.ctx.clock

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.ctx.engine.dispose()


def migrate(engine, revision: str, *, down: bool = False) -> None:
    """Bring the schema up (or ``down``) to one Alembic revision: a migration's tests."""
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(config, revision)


def key_file(path: Path) -> Path:
    """A wipe-signing key made the one explicit way (as `hmis-server make-signing-key` does), once."""
    if not path.exists():
        signing_key.create(path)
    return path


def start_server(data_dir: Path, database_url: str | None, *, signing_key_file: Path | None = None) -> LiveServer:
    """A server on a loopback port; it signs with ``signing_key_file``, else a key of its own made for it."""
    key = signing_key_file or key_file(data_dir / "signing-key.pem")
    app = create_app(Settings(data_dir=data_dir, database_url=database_url, signing_key_file=key), clock=Clock())
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started:
        if time.time() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    return LiveServer(f"http://127.0.0.1:{sock.getsockname()[1]}", app, server, thread)


@contextmanager
def postgres_server(data_dir: Path) -> Iterator[tuple[LiveServer, str]]:
    """A live server on a throwaway PostgreSQL database, and its URL; skips where none is reachable."""
    if not postgres_reachable():
        pytest.skip("no PostgreSQL server on 127.0.0.1:5432 on this machine")
    with ThrowawayPostgres() as url:
        server = start_server(data_dir, url)
        try:
            yield server, url
        finally:
            server.stop()


@dataclass
class Staff:
    """A person with an account. ``secret`` is what their authenticator app holds once they have
    scanned it at their first sign-in (read here from the database, as the phone would have it);
    until ``confirmed`` they sign in with the one-time ``setup_code`` instead of a TOTP code."""

    id: str
    username: str
    secret: str
    role: str
    agency_id: str | None
    setup_code: str = ""
    confirmed: bool = False


def totp_secret(live: LiveServer, user_id: str) -> str:
    """The user's seed as their phone holds it: unsealed here with the server's own key."""
    with live.ctx.engine.begin() as conn:
        sealed = conn.execute(select(user.c.totp_secret).where(user.c.id == user_id)).scalar_one()
    return seed_seal.unseal(live.ctx.seed_key, user_id, sealed)


@dataclass
class World:
    """Agencies, projects and staff made directly through the services, as an operator would."""

    live: LiveServer
    agencies: dict[str, str] = field(default_factory=dict)
    projects: dict[str, str] = field(default_factory=dict)

    def agency(self, name: str) -> str:
        if name not in self.agencies:
            with self.live.ctx.engine.begin() as conn:
                self.agencies[name] = accounts.create_agency(
                    conn, self.live.clock.now_ms(), name=name, coc_code="CT-505", can_name="Greater Hartford"
                )
                self.projects[name] = accounts.create_project(
                    conn,
                    self.live.clock.now_ms(),
                    agency_id=self.agencies[name],
                    name=f"{name} shelter",
                    project_type=0,
                    coc_code="CT-505",
                    geocode="099003",
                    operating_start=date(2020, 1, 1),
                )
        return self.agencies[name]

    def staff(self, role: str, agency: str | None, *, training: date | None = None) -> Staff:
        username = f"{role[:5]}{secrets.token_hex(4)}"
        agency_id = self.agency(agency) if agency else None
        with self.live.ctx.engine.begin() as conn:
            user_id, setup_code = accounts.create_user(
                conn,
                self.live.clock.now_ms(),
                username=username,
                first_name="Test",
                last_name="Worker",
                role=role,
                agency_id=agency_id,
                password=PASSWORD,
                training_expires=training or date.today() + timedelta(days=365),
                seed_key=self.live.ctx.seed_key,
            )
        return Staff(user_id, username, totp_secret(self.live, user_id), role, agency_id, setup_code)

    def code(self, agency: str) -> str:
        agency_id = self.agency(agency)  # its own transaction: SQLite allows one writer at a time
        with self.live.ctx.engine.begin() as conn:
            return devices.new_enrollment_code(conn, self.live.clock.now_ms(), agency_id=agency_id, created_by="0" * 32)

    def device(self, agency: str, *, checkin_key: bool = False) -> Device:
        d = Device(self.live, checkin_key=checkin_key)
        d.enroll(self.code(agency))
        return d

    def signed_in(self, role: str, agency: str | None, *, device_agency: str | None = None) -> Device:
        person = self.staff(role, agency)
        d = self.device(device_agency or agency or "Admin Agency")
        d.login(person)
        return d


class ApiError(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"{status}: {detail}")
        self.status, self.detail = status, detail


class Device:
    """A laptop: its own key, enrolled with a code, signing every request.

    With ``checkin_key`` it also registers a check-in key (kept outside the vault on a real
    laptop), which may sign check-in and wipe acknowledgements: pass ``key=d.checkin_key``.
    """

    def __init__(self, live: LiveServer, *, checkin_key: bool = False) -> None:
        self.live = live
        self.key = Ed25519PrivateKey.generate()
        self.checkin_key = Ed25519PrivateKey.generate() if checkin_key else None
        self.id: str | None = None
        self.token: str | None = None
        self.refresh_token: str | None = None
        self.user: Staff | None = None
        self.http = requests.Session()
        self.seq = 0
        self.last_stamp: hlc.Stamp | None = None
        self.server_key: bytes | None = None

    # -- transport --------------------------------------------------------------------------
    def raw(
        self,
        method: str,
        target: str,
        body: object = None,
        *,
        sign: bool = True,
        gzip_body: bool = False,
        headers: dict | None = None,
        raw_body: bytes | None = None,
        now_ms: int | None = None,
        nonce: str | None = None,
        key: Ed25519PrivateKey | None = None,
    ) -> requests.Response:
        data = raw_body if raw_body is not None else (b"" if body is None else json.dumps(body).encode())
        sent = {"Content-Type": "application/json"} if body is not None or raw_body is not None else {}
        if sign and self.id:
            sent.update(
                wire.sign_request(
                    key or self.key,
                    self.id,
                    method,
                    target,
                    data,
                    now_ms=self.live.clock.now_ms() if now_ms is None else now_ms,
                    nonce=nonce,
                )
            )
        sent.update(headers or {})  # a test's own headers win, e.g. a forged signature
        if self.token and "Authorization" not in sent:
            sent["Authorization"] = f"Bearer {self.token}"
        if gzip_body:
            data = gzip.compress(data)
            sent["Content-Encoding"] = "gzip"
        return self.http.request(method, self.live.base_url + target, data=data, headers=sent, timeout=30)

    # Any: the parsed JSON body, whose shape (object or array) depends on the route called
    def call(self, method: str, target: str, body: object = None, **kw: Any) -> Any:
        response = self.raw(method, target, body, **kw)
        if response.status_code >= 400:
            raise ApiError(response.status_code, response.json().get("detail", ""))
        return response.json()

    # -- enrollment and sign-in -------------------------------------------------------------
    def enroll(self, code: str, name: str = "Shelter laptop") -> dict:
        public = wire.b64(wire.public_bytes(self.key))
        body = {"code": code, "public_key": public, "name": name}
        if self.checkin_key is not None:
            body["checkin_key"] = wire.b64(wire.public_bytes(self.checkin_key))
        statement = devices.enrollment_proof(code, public, name, body.get("checkin_key"))
        body["proof"] = wire.b64(self.key.sign(statement))
        if self.checkin_key is not None:
            body["checkin_proof"] = wire.b64(self.checkin_key.sign(statement))
        result = self.call("POST", "/v1/devices/enroll", body, sign=False)
        self.id = result["device_id"]
        self.server_key = wire.unb64(result["server_public_key"])
        return result

    def totp(self, person: Staff, *, later: bool = True) -> str:
        if later:  # each code works once: step the server clock on so the next code is fresh
            self.live.clock.advance(31)
        return pyotp.TOTP(person.secret).at(self.live.clock.now_ms() / 1000)

    def login(self, person: Staff) -> dict:
        code = self.totp(person) if person.confirmed else person.setup_code
        first = self.call("POST", "/v1/auth/login", {"username": person.username, "password": PASSWORD, "code": code})
        if first.get("mfa_setup_required"):
            first = self.call(
                "POST", "/v1/auth/mfa/confirm", {"setup_token": first["setup_token"], "code": self.totp(person)}
            )
        person.confirmed = True
        self.token, self.refresh_token, self.user = first["access_token"], first["refresh_token"], person
        return first

    # -- sync --------------------------------------------------------------------------------
    def op(
        self, kind: str, record_id: str, fields: dict, *, base_version: int | None = None, op: str = "upsert"
    ) -> dict:
        assert self.id is not None, "enroll the device before making operations"
        self.seq += 1
        self.last_stamp = hlc.tick(self.last_stamp, self.live.clock.now_ms(), self.id)
        return {
            "op_id": f"{self.id}:{self.seq}",
            "kind": kind,
            "record_id": record_id,
            "op": op,
            "base_version": base_version,
            "fields": fields,
            "hlc": self.last_stamp.encode(),
        }

    def push(self, *ops: dict, **kw: Any) -> list[dict]:
        return self.call("POST", "/v1/sync/push", {"operations": list(ops)}, **kw)["results"]

    def pull_all(self, cursor: int = 0, limit: int = 500) -> tuple[list[dict], int]:
        changes = []
        while True:
            page = self.call("GET", f"/v1/sync/pull?cursor={cursor}&limit={limit}")
            changes += page["changes"]
            cursor = page["cursor"]
            if not page["more"]:
                return changes, cursor
