"""A bad link and bad answers: syncs still complete, stay correct, and fail with a plain word.

Why real everything: the promise is about what really happens on a slow, lossy link and behind a
hotel's sign-in page, so laptops with real vaults talk HTTP to the real server, through the
loopback LinkProxy (latency, a bandwidth cap, connections reset mid-body, responses cut short), or
through a small hostile server that passes requests on to the real one except where a test tells it
to misbehave. What is checked is state, never timing: the server's database (each operation
applied and audited exactly once), each laptop's vault (records equal to the server's, the outbox
drained, or untouched after a failed cycle; the pull cursor where it was) and the report's status.
"""

from __future__ import annotations

import gzip
import http.client
import json
import random
import secrets
import socket
import threading
import zlib
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select

from app.domain.ids import new_id
from app.domain.registry import RECORD_TYPES
from app.storage.vault import Vault
from app.sync import errors, identity
from app.sync import transport as transport_module
from app.sync.engine import SyncEngine, SyncReport
from app.sync.tls import spki_pin
from app.sync.transport import Transport
from bench.synthetic import synthetic_client
from server.db.schema import applied_op, audit, record, record_history
from server.db.schema import device as device_table
from server.services import sync as server_sync
from tests.conftest import FAST_KDF
from tests.server.harness import PASSWORD
from tests.sync.laptops import Laptop, laptop, new_enrollment
from tests.sync.link_proxy import LinkProxy
from tests.sync.tls_server import HttpsServer, TestCA

RETRYABLE = {"offline", "bad_response", "server_error"}  # what a bad link may show; never anything else
SENTENCES = {"offline": errors.Offline.message, "bad_response": errors.BadResponse.message}


# -- helpers ------------------------------------------------------------------------------------
def fresh_agency(world) -> str:
    """An agency of the test's own, so the server's records for it are exactly this test's."""
    name = f"Link {secrets.token_hex(4)}"
    world.agency(name)
    return name


def distinct_clients(n: int, seed: int) -> list:
    """Valid clients with different names (the factory's one person would make n^2 duplicates)."""
    rng = random.Random(seed)
    return [replace(synthetic_client(rng), id=new_id()) for _ in range(n)]


def intake(world, lap: Laptop, agency: str, n: int, seed: int) -> list:
    """n clients, each with an enrollment, saved on the laptop (2n operations in its outbox)."""
    made = []
    for client in distinct_clients(n, seed):
        made += [client, new_enrollment(world, agency, client.id)]
    lap.records.save_all(made)
    return made


def outbox_rows(lap: Laptop) -> list[tuple]:
    assert lap.vault is not None
    return lap.vault.conn.execute(
        "SELECT seq, kind, record_id, op, fields, hlc, state, result FROM outbox ORDER BY seq"
    ).fetchall()


def record_rows(lap: Laptop) -> list[tuple]:
    assert lap.vault is not None
    return lap.vault.conn.execute(
        "SELECT kind, id, body, version, server_version, date_deleted FROM record ORDER BY kind, id"
    ).fetchall()


def local_view(lap: Laptop) -> dict:
    """(kind, id) -> (record, server version, deleted) as the laptop holds them."""
    return {
        (kind, rid): (RECORD_TYPES[kind].from_dict(json.loads(body)), version, deleted is not None)
        for kind, rid, body, _v, version, deleted in record_rows(lap)
    }


def server_view(live, agency_id: str) -> dict:
    """(kind, id) -> (record, version, deleted) for every record of the agency on the server."""
    with live.ctx.engine.connect() as conn:
        rows = conn.execute(
            select(record.c.kind, record.c.id, record.c.body, record.c.version, record.c.date_deleted_ms).where(
                record.c.agency_id == agency_id
            )
        ).all()
    return {
        (r.kind, r.id): (RECORD_TYPES[r.kind].from_dict(json.loads(r.body)), r.version, r.date_deleted_ms is not None)
        for r in rows
    }


def op_ids(lap: Laptop) -> list[str]:
    assert lap.vault is not None
    return [f"{lap.vault.device_id}:{seq}" for (seq,) in lap.vault.conn.execute("SELECT seq FROM outbox")]


def applied_once(live, lap: Laptop) -> None:
    """Every operation of the laptop is answered once, written once and audited once on the server."""
    ids = op_ids(lap)
    assert lap.vault is not None
    device = lap.vault.device_id
    with live.ctx.engine.connect() as conn:
        answered = {r.op_id for r in conn.execute(select(applied_op.c.op_id).where(applied_op.c.device_id == device))}
        writes = dict(
            conn.execute(
                select(record_history.c.op_id, func.count())
                .where(record_history.c.op_id.in_(ids))
                .group_by(record_history.c.op_id)
            ).all()
        )
        audited = conn.execute(
            select(func.count()).select_from(audit).where(audit.c.device_id == device, audit.c.action == "change")
        ).scalar_one()
    assert answered == set(ids)
    assert writes == dict.fromkeys(ids, 1)
    assert audited == len(ids)


def transport_to(lap: Laptop, url: str, **kw: Any) -> Transport:
    """The laptop's transport settings (test clock, short backoff), to another address."""
    options: dict[str, Any] = {"now_ms": lap.live.clock.now_ms, "backoff_s": 0.01, "max_backoff_s": 0.05} | kw
    return Transport(url, **options)


def cursor(lap: Laptop) -> str | None:
    assert lap.vault is not None
    return lap.vault.meta("sync_cursor")


def until_ok(engine: SyncEngine, limit: int) -> list[SyncReport]:
    """Cycles until one completes; a cycle cut short by the link is allowed, and retried."""
    reports = []
    for _ in range(limit):
        reports.append(engine.sync())
        if reports[-1].ok:
            return reports
        status, message = reports[-1].status, reports[-1].message
        assert status in RETRYABLE, (status, message)
        assert message == SENTENCES.get(status, message)
    pytest.fail(f"no cycle completed in {limit}: {[r.status for r in reports]}")


# -- a bad link ---------------------------------------------------------------------------------
@pytest.fixture
def link(live):
    """The proxy in front of the test server, faultless until a test turns the faults on."""
    with LinkProxy(urlsplit(live.base_url).port, seed=20240611) as proxy:
        yield proxy


def over(lap: Laptop, proxy: LinkProxy) -> SyncEngine:
    """The laptop's engine through the proxy. Each request opens a new connection (as on a mobile
    link whose NAT forgets idle connections), so every request meets the proxy's dice; a kept-alive
    connection that once got through would carry all the rest unharmed."""
    transport = transport_to(lap, proxy.url, attempts=4, timeout=(5.0, 20.0))
    transport.http.headers["Connection"] = "close"
    return SyncEngine(lap.profile, lap.vault, transport=transport, now_ms=lap.live.clock.now_ms)


# Resets land in the first cut_window bytes of a connection (both ways), truncations in the first
# cut_window bytes of the answer: wide, they cut push requests and pull pages mid-body; narrow, they
# cut the short answers to pushes (after the server has done the work).
BAD_LINK = dict(latency_ms=20, bandwidth_bps=2_000_000, drop_rate=0.25, truncate_rate=0.2, cut_window=16_000)
SHORT_ANSWERS_CUT = dict(cut_window=700, truncate_rate=0.35)


@pytest.fixture
def replays(live, monkeypatch) -> list[str]:
    """Operation ids the server got again after it had applied them: answers the link lost.

    A spy on the in-process server's push (it changes nothing), so the test can show the dangerous
    case really happened rather than hope the dice made it happen."""
    seen: list[str] = []
    original = server_sync.push

    def spy(engine, now_ms, *, operations, **kw):
        ids = [op["op_id"] for op in operations]
        with engine.connect() as conn:
            seen.extend(conn.execute(select(applied_op.c.op_id).where(applied_op.c.op_id.in_(ids))).scalars())
        return original(engine, now_ms, operations=operations, **kw)

    monkeypatch.setattr(server_sync, "push", spy)
    return seen


def test_syncs_over_a_lossy_slow_link_complete_and_apply_everything_once(world, link, replays, tmp_path):
    agency = fresh_agency(world)
    agency_id = world.agencies[agency]
    # Enrollment and first sign-in spend one-time codes, so they are done while the link is good.
    one = laptop(world, tmp_path, agency, base_url=link.url)
    two = laptop(world, tmp_path, agency, base_url=link.url)
    made = intake(world, one, agency, 300, seed=1)  # 600 operations: six push batches, two pull pages
    link.configure(**BAD_LINK)

    until_ok(over(one, link), 40)
    until_ok(over(two, link), 40)
    assert len(local_view(two)) == len(made)

    # The colleague edits 40 of those clients (their own push over the bad link), and one pulls them.
    edited = [replace(c, veteran_status=1 if c.veteran_status != 1 else 0) for c in made[:80:2]]
    two.records.save_all(edited)
    until_ok(over(two, link), 40)
    until_ok(over(one, link), 40)

    # Answers lost after the server did the work: more small intakes until that has happened.
    link.configure(**SHORT_ANSWERS_CUT)
    for round_ in range(30):
        if replays:
            break
        made += intake(world, one, agency, 5, seed=100 + round_)
        until_ok(over(one, link), 40)
    assert replays, "no push answer was lost after the server applied it"
    until_ok(over(two, link), 40)

    server = server_view(world.live, agency_id)
    assert len(server) == len(made)
    for client in edited:
        assert server[("client", client.id)][:2] == (client, 2)
    for lap in (one, two):
        assert local_view(lap) == server  # every record, its server version, and deletion, alike
        states = {state for *_, state, _result in outbox_rows(lap)}
        assert states == {"applied"}  # drained; nothing refused, merged or in conflict
        assert cursor(lap) is not None
        applied_once(world.live, lap)  # the replayed operations included
    assert len(op_ids(one)) == len(made) and len(op_ids(two)) == len(edited)
    # The faults really happened, in both kinds (counted by the proxy, not assumed).
    assert link.drops > 0 and link.truncations > 0, (link.drops, link.truncations, link.connections)


# -- bad answers --------------------------------------------------------------------------------
PORTAL = (
    b"<!DOCTYPE html><html><head><title>Sign in to Guest Wi-Fi</title></head><body>"
    b"<form action='/login'>Accept the terms to continue</form></body></html>"
)


class _Forwarder(BaseHTTPRequestHandler):
    """Passes each request on to the real server, unless the request's path is sabotaged."""

    protocol_version = "HTTP/1.1"
    server: Hostile

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def log_message(self, *args: object) -> None:
        pass

    def _handle(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        path = urlsplit(self.path).path
        mode = self.server.sabotage.get(path) or self.server.sabotage.get("*")
        if mode is None:
            return self._send(*self._forward(body))
        self.server.sabotaged.append(path)
        getattr(self, "_" + mode)(body)

    def _forward(self, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
        """The real server's answer to this very request, bytes as it sent them (gzip and all)."""
        conn = http.client.HTTPConnection(*self.server.target, timeout=30)
        try:
            skip = {"host", "connection", "content-length"}
            headers = {k: v for k, v in self.headers.items() if k.lower() not in skip}
            conn.request(self.command, self.path, body=body, headers=headers)
            answer = conn.getresponse()
            data = answer.read()
            kept = [
                (k, v)
                for k, v in answer.getheaders()
                if k.lower() not in {"connection", "content-length", "transfer-encoding", "keep-alive"}
            ]
            return answer.status, kept, data
        finally:
            conn.close()

    def _send(self, status: int, headers: list[tuple[str, str]], data: bytes, *, length: int | None = None) -> None:
        self.send_response(status)
        for key, value in headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(data) if length is None else length))
        self.end_headers()
        self.wfile.write(data)

    @staticmethod
    def _plain(data: bytes, headers: list[tuple[str, str]]) -> bytes:
        gzipped = any(k.lower() == "content-encoding" and v == "gzip" for k, v in headers)
        return gzip.decompress(data) if gzipped else data

    # -- the sabotage, one method per mode --------------------------------------------------------
    def _portal(self, body: bytes) -> None:
        """A hotel's sign-in page, with 200 OK, instead of any answer of the server's."""
        self._send(200, [("Content-Type", "text/html; charset=utf-8")], PORTAL)

    def _wrong_type(self, body: bytes) -> None:
        """The server's real answer (so it did the work), labelled as plain text."""
        status, headers, data = self._forward(body)
        self._send(status, [("Content-Type", "text/plain")], self._plain(data, headers))

    def _malformed(self, body: bytes) -> None:
        self._send(200, [("Content-Type", "application/json")], b'{"results": [{"op_id": "x", "status": ')

    def _truncated(self, body: bytes) -> None:
        """The server's real answer, cut off halfway under a Content-Length that promised it all."""
        status, headers, data = self._forward(body)
        self.close_connection = True
        self._send(status, headers, data[: len(data) // 2], length=len(data))

    def _oversized(self, body: bytes) -> None:
        """Well-formed JSON, far bigger than any answer of ours could be (the test lowers the cap)."""
        huge = json.dumps({"changes": [], "cursor": 0, "more": False, "padding": "x" * 400_000}).encode()
        self._send(200, [("Content-Type", "application/json")], huge)

    def _wrong_shape(self, body: bytes) -> None:
        """200 and JSON, but not the shape of the answer asked for. A push is really applied first
        and one answer dropped; a pull page gets entries that are not records and a bad cursor."""
        if urlsplit(self.path).path == "/v1/sync/push":
            _status, headers, data = self._forward(body)
            answer = json.loads(self._plain(data, headers))
            answer["results"] = answer["results"][:-1]
        else:
            answer = {"changes": [{"kind": "client", "id": "nobody"}], "cursor": "later", "more": "no"}
        self._send(200, [("Content-Type", "application/json")], json.dumps(answer).encode())

    def _server_error(self, body: bytes) -> None:
        self._send(500, [("Content-Type", "text/plain")], b"Internal Server Error")

    def _slow(self, body: bytes) -> None:
        """Does the work long after the device stopped waiting (its read timeout is short)."""
        with self.server.lock:
            self.server.slow += 1
        try:
            self.server.release.wait(5.0)
            status, headers, data = self._forward(body)
            try:
                self._send(status, headers, data)
            except OSError:
                pass
        finally:
            with self.server.lock:
                self.server.slow -= 1
                self.server.lock.notify_all()

    def _sign_in(self, body: bytes) -> None:
        self._send(401, [("Content-Type", "application/json")], b'{"detail": "Sign-in required."}')


class Hostile(ThreadingHTTPServer):
    """A forwarding server on loopback in front of the real one; ``sabotage`` maps a path (or "*")
    to a mode of _Forwarder; ``sabotaged`` lists the paths it misbehaved on."""

    daemon_threads = True

    def __init__(self, target_url: str) -> None:
        super().__init__(("127.0.0.1", 0), _Forwarder)
        parts = urlsplit(target_url)
        assert parts.hostname is not None and parts.port is not None, target_url
        self.target = (parts.hostname, parts.port)
        self.sabotage: dict[str, str] = {}
        self.sabotaged: list[str] = []
        self.release = threading.Event()
        self.lock = threading.Condition()
        self.slow = 0  # slow answers still under way
        self.thread = threading.Thread(target=self.serve_forever, daemon=True, name="hostile-server")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def settle(self) -> None:
        """Let slow answers go now, and wait until the server has done their work."""
        self.release.set()
        with self.lock:
            assert self.lock.wait_for(lambda: self.slow == 0, timeout=30)

    def __enter__(self) -> Hostile:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.shutdown()
        self.server_close()
        self.thread.join()


@pytest.fixture
def hostile(live):
    with Hostile(live.base_url) as server:
        yield server


def engine_via(lap: Laptop, url: str, **kw) -> SyncEngine:
    options = {"attempts": 2, "timeout": (5.0, 10.0)} | kw
    return SyncEngine(lap.profile, lap.vault, transport=transport_to(lap, url, **options), now_ms=lap.live.clock.now_ms)


PUSH, PULL = "/v1/sync/push", "/v1/sync/pull"
# (sabotaged path, mode, the status the user gets, the sentence they read)
CASES = [
    ("*", "portal", "bad_response", errors.BadResponse.message),  # the sign-in page catches everything
    (PUSH, "portal", "bad_response", errors.BadResponse.message),
    (PULL, "portal", "bad_response", errors.BadResponse.message),
    (PUSH, "wrong_type", "bad_response", errors.BadResponse.message),
    (PULL, "wrong_type", "bad_response", errors.BadResponse.message),
    (PUSH, "malformed", "bad_response", errors.BadResponse.message),
    (PULL, "malformed", "bad_response", errors.BadResponse.message),
    (PUSH, "truncated", "offline", errors.Offline.message),
    (PULL, "truncated", "offline", errors.Offline.message),
    (PUSH, "oversized", "bad_response", errors.BadResponse.message),
    (PULL, "oversized", "bad_response", errors.BadResponse.message),
    (PUSH, "wrong_shape", "bad_response", errors.BadResponse.message),
    (PULL, "wrong_shape", "bad_response", errors.BadResponse.message),
    (PUSH, "server_error", "server_error", errors.ServerTrouble.message),
    (PULL, "server_error", "server_error", errors.ServerTrouble.message),
    (PUSH, "slow", "offline", errors.Offline.message),
    (PULL, "slow", "offline", errors.Offline.message),
    (PULL, "sign_in", "sign_in_required", "Sign-in required."),
]


@pytest.mark.parametrize(
    "path, mode, status, sentence",
    CASES,
    ids=[f"{mode}-{path.rsplit('/', 1)[-1] or 'all'}".replace("*", "all") for path, mode, *_ in CASES],
)
def test_a_bad_answer_gets_a_plain_status_changes_nothing_and_the_next_cycle_retries(
    world, hostile, tmp_path, monkeypatch, path, mode, status, sentence
):
    monkeypatch.setattr(transport_module, "MAX_RESPONSE_BYTES", 256 * 1024)  # real answers here are far smaller
    agency = fresh_agency(world)
    lap = laptop(world, tmp_path, agency)
    made = intake(world, lap, agency, 3, seed=zlib.crc32(mode.encode()))
    outbox_before, records_before, cursor_before = outbox_rows(lap), record_rows(lap), cursor(lap)
    hostile.sabotage = {path: mode}

    report = engine_via(lap, hostile.url, timeout=(5.0, 0.5) if mode == "slow" else (5.0, 10.0)).sync()

    hostile.settle()  # a slow answer's work is done on the server before anything else is looked at
    assert set(hostile.sabotaged) == {"/v1/devices/check-in" if path == "*" else path}
    assert (report.status, report.message) == (status, sentence)
    assert record_rows(lap) == records_before  # nothing half-taken from the bad answer
    assert cursor(lap) == cursor_before
    if path in (PUSH, "*"):
        assert outbox_rows(lap) == outbox_before  # still pending, exactly as they were
    else:
        assert {state for *_, state, _r in outbox_rows(lap)} == {"applied"}  # push itself went through

    again = lap.sync()  # the next cycle, on a good link
    assert again.ok, again.message
    assert again.pending == 0 and again.rejected == 0
    assert {state for *_, state, _r in outbox_rows(lap)} == {"applied"}
    assert len(local_view(lap)) == len(made)
    assert local_view(lap) == server_view(world.live, world.agencies[agency])
    applied_once(world.live, lap)  # a push the server did but the laptop never heard of is not redone


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_server_that_is_gone_means_offline(world, tmp_path):
    agency = fresh_agency(world)
    lap = laptop(world, tmp_path, agency)
    intake(world, lap, agency, 2, seed=5)
    before = outbox_rows(lap), record_rows(lap), cursor(lap)
    report = engine_via(lap, f"http://127.0.0.1:{free_port()}").sync()  # nothing listens there
    assert (report.status, report.message) == ("offline", errors.Offline.message)
    assert (outbox_rows(lap), record_rows(lap), cursor(lap)) == before
    again = lap.sync()
    assert again.ok and again.pending == 0, again.message


@pytest.fixture(scope="module")
def ca(tmp_path_factory) -> TestCA:
    return TestCA(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def https_server(ca):
    with HttpsServer(ca.issue("server", ips=("127.0.0.1",))) as server:
        yield server


@pytest.mark.parametrize(
    "trust, status, error",
    [("system", "untrusted", errors.Untrusted), ("wrong-pin", "key_mismatch", errors.KeyMismatch)],
)
def test_a_tls_failure_is_named_and_nothing_is_sent(
    world, tmp_path, monkeypatch, ca, https_server, trust, status, error
):
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):  # "the system's trust" must mean just that
        monkeypatch.delenv(name, raising=False)
    agency = fresh_agency(world)
    lap = laptop(world, tmp_path, agency)
    intake(world, lap, agency, 2, seed=6)
    before = outbox_rows(lap), record_rows(lap), cursor(lap)
    if trust == "system":
        options = {}
    else:  # a CA it trusts, but the key of some other server
        options = {"ca_file": ca.ca_file, "pin": spki_pin(ca.issue("impostor", ips=("127.0.0.1",)).cert_der)}
    served = https_server.app.served
    transport = transport_to(lap, https_server.url, attempts=3, **options)

    with pytest.raises(error):
        transport.call("GET", "/v1/health")
    report = SyncEngine(lap.profile, lap.vault, transport=transport, now_ms=world.live.clock.now_ms).sync()

    assert (report.status, report.message) == (status, error.message)
    assert transport.retries == 0  # not a link problem: trying again would not help
    assert https_server.app.served == served  # not one request reached the server
    assert (outbox_rows(lap), record_rows(lap), cursor(lap)) == before
    again = lap.sync()
    assert again.ok and again.pending == 0, again.message


def test_a_lost_answer_to_a_token_refresh_does_not_end_the_session(world, hostile, tmp_path):
    agency = fresh_agency(world)
    lap = laptop(world, tmp_path, agency)
    intake(world, lap, agency, 2, seed=7)
    world.live.clock.advance(16 * 60)  # the access token has run out; the session has hours left
    hostile.sabotage = {"/v1/auth/refresh": "truncated"}  # the server rotates the token; the answer is cut
    report = engine_via(lap, hostile.url).sync()
    assert "/v1/auth/refresh" in hostile.sabotaged
    assert report.status == "offline", report.message
    again = lap.sync()  # the link is good again: the cycle should simply go through
    assert again.ok, (again.status, again.message)


def _devices_named(world, agency: str, name: str) -> list[str]:
    with world.live.ctx.engine.connect() as conn:
        return [
            row.id
            for row in conn.execute(
                select(device_table.c.id).where(
                    device_table.c.name == name, device_table.c.agency_id == world.agencies[agency]
                )
            )
        ]


def test_an_enrollment_whose_answer_is_lost_is_finished_with_the_same_code(world, hostile, tmp_path):
    agency = fresh_agency(world)
    person = world.staff("outreach_worker", agency)
    vault = Vault.create(tmp_path / "field", person.username, PASSWORD, kdf=FAST_KDF)
    try:
        code = world.code(agency)
        hostile.sabotage = {"/v1/devices/enroll": "truncated"}  # enrolled on the server; the answer is cut
        with pytest.raises(errors.Offline):
            identity.enroll(
                vault,
                Transport(hostile.url, attempts=1, now_ms=world.live.clock.now_ms),
                code=code,
                name="Field laptop",
            )
        assert not identity.is_enrolled(vault)
        [made] = _devices_named(world, agency, "Field laptop")  # the server did enroll it
        device = identity.enroll(
            vault, Transport(world.live.base_url, now_ms=world.live.clock.now_ms), code=code, name="Field laptop"
        )
        assert device.device_id == made and _devices_named(world, agency, "Field laptop") == [made]
        assert vault.meta("enrolling") is None
    finally:
        vault.close()
