"""No work before authentication: a large body is refused before it is read, an upload is proven
from its headers first and spooled to disk, and only a few imports run at once.

Raw sockets, so a test can send a request's headers and hold back its body: an answer that comes
while no byte of the body has been sent is an answer given without reading it.
"""

from __future__ import annotations

import functools
import gzip
import json
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from app.sync import wire
from tests.server.harness import ThrowawayPostgres, World, key_file, postgres_reachable
from tests.server.processes import start_serve

MiB = 1024 * 1024
HUGE = 250 * MiB  # a body of 250 MB, declared
PARALLEL = 10
IMPORTS = "/v1/imports"


def _open(base_url: str) -> socket.socket:
    host, port = base_url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=15)
    return sock


def _head(method: str, target: str, length: int, headers: dict[str, str] | None = None) -> bytes:
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/zip"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _status(sock: socket.socket) -> tuple[int, str]:
    """The answer's status and text, read until the server has sent it all (or closed)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        (int(line.split(b":", 1)[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")),
        0,
    )
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return int(head.split(b" ", 2)[1]), (head + b"\r\n\r\n" + body).decode("latin-1")


def _unread(base_url: str, method: str, target: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
    """Send the headers of a 250 MB request and none of its body; the answer that comes anyway."""
    with _open(base_url) as sock:
        sock.sendall(_head(method, target, HUGE, headers))
        return _status(sock)


def _flood(base_url: str, method: str, target: str) -> int:
    """Send a 250 MB body as fast as the server takes it, until it answers; the status."""
    return _sent_until_answered(base_url, _head(method, target, HUGE), b"\x00" * MiB)


def _chunked(base_url: str, method: str, target: str) -> int:
    """Send a body of unstated length (chunked) until the server answers; the status."""
    head = _head(method, target, 0).replace(b"Content-Length: 0", b"Transfer-Encoding: chunked")
    return _sent_until_answered(base_url, head, b"%x\r\n%s\r\n" % (MiB, b"\x00" * MiB))


def _sent_until_answered(base_url: str, head: bytes, piece: bytes) -> int:
    """``head``, then ``piece`` after ``piece`` (250 MB in all) until an answer comes; its status."""
    with _open(base_url) as sock:
        sock.sendall(head)
        sock.settimeout(0.05)
        for _ in range(HUGE // MiB):
            try:
                return _status(sock)[0]
            except TimeoutError:
                pass
            except (ConnectionResetError, BrokenPipeError):
                return -1
            try:
                sock.sendall(piece)
            except (TimeoutError, ConnectionResetError, BrokenPipeError):
                pass
        sock.settimeout(15)
        return _status(sock)[0]


@functools.cache
def _bomb_body() -> bytes:
    return gzip.compress(b"\x00" * (64 * MiB), compresslevel=9)


def _bomb(base_url: str, method: str, target: str) -> int:
    """An unsigned gzip body that inflates past the cap (64 KiB sent, 64 MiB meant)."""
    bomb = _bomb_body()
    with _open(base_url) as sock:
        sock.sendall(_head(method, target, len(bomb), {"Content-Encoding": "gzip"}) + bomb)
        return _status(sock)[0]


def _routes(base_url: str) -> list[tuple[str, str]]:
    """Every route the service declares, its path parameters filled with ids of the right form."""
    schema = requests.get(base_url + "/openapi.json", timeout=10).json()
    out: list[tuple[str, str]] = []
    for path, item in schema["paths"].items():
        filled = path
        while "{" in filled:
            start = filled.index("{")
            filled = filled[:start] + "0" * 32 + filled[filled.index("}") + 1 :]
        out.extend((m.upper(), filled) for m in item if m in ("get", "post", "put", "patch", "delete"))
    out += [("GET", "/metrics"), ("POST", "/v1/no-such-route")]
    return out


def _times(*args: str) -> list[list[str]]:
    """``pool.map``'s argument lists for the same request made PARALLEL times."""
    return [[a] * PARALLEL for a in args]


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM in /proc")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def served(request, tmp_path_factory):
    """`hmis-server serve` in a process of its own, so its memory is its own to measure."""
    root = tmp_path_factory.mktemp(f"unread-{request.param}")
    key = key_file(root / "signing-key.pem")
    if request.param == "postgresql":
        if not postgres_reachable():
            pytest.skip("no PostgreSQL server on 127.0.0.1:5432 on this machine")
        with ThrowawayPostgres() as url:
            yield from _serving(root, url, key)
    else:
        yield from _serving(root, f"sqlite:///{root / 'hmis.db'}", key)


def _serving(root: Path, url: str, key: Path):
    server = start_serve(root / "data", url, "--signing-key", str(key), "--log-level", "warning")
    try:
        problem = server.wait_healthy(time.time() + 60)
        assert problem is None, problem
        yield server
    finally:
        server.stop()


@pytest.mark.slow
def test_ten_unsigned_huge_bodies_to_every_route_are_refused_unread(served):
    routes = _routes(served.base_url)
    assert (("POST", IMPORTS) in routes) and len(routes) > 20
    with ThreadPoolExecutor(PARALLEL) as pool:
        for method, target in routes:
            answers = list(pool.map(_unread, *_times(served.base_url, method, target)))
            for status, text in answers:
                assert 400 <= status < 500, (method, target, text[:300])
            if (method, target) == ("POST", IMPORTS):
                assert {s for s, _ in answers} == {401}, answers[0][1][:300]
        for method, target in [("POST", IMPORTS), ("POST", "/v1/sync/push"), ("POST", "/v1/auth/login")]:
            for send in (_flood, _chunked, _bomb):
                statuses = list(pool.map(send, *_times(served.base_url, method, target)))
                assert all(s == -1 or 400 <= s < 500 for s in statuses), (send.__name__, target, statuses)
    assert requests.get(served.base_url + "/v1/health", timeout=10).status_code == 200
    peak = _peak_rss_mb(served.proc.pid)
    print(json.dumps({"server_peak_rss_mb": round(peak, 1)}))
    assert peak < 300, f"the server's memory peaked at {peak:.0f} MB"


# --- a signed upload, over the in-process server on both databases ---------------------------


def _signed(device, body: bytes, *, signed_body: bytes | None = None) -> dict[str, str]:
    headers = wire.sign_request(
        device.key,
        device.id,
        "POST",
        IMPORTS,
        body if signed_body is None else signed_body,
        now_ms=device.live.clock.now_ms(),
    )
    return headers | {"Authorization": f"Bearer {device.token}"}


def test_a_signed_but_unpermitted_huge_upload_is_refused_before_its_body(world: World):
    worker = world.signed_in("case_manager", "Upload Shelter")
    status, text = _unread(world.live.base_url, "POST", IMPORTS, _signed(worker, b"x" * 10))
    assert status == 403 and "cannot do this" in text


def test_an_upload_that_is_not_the_body_it_signed_is_refused(world: World):
    admin = world.signed_in("system_admin", None, device_agency="Upload Admins")
    sent = requests.post(
        world.live.base_url + IMPORTS,
        data=b"the body sent",
        headers=_signed(admin, b"", signed_body=b"another"),
        timeout=30,
    )
    assert sent.status_code == 400 and "Repr-Digest" in sent.json()["detail"]


def test_an_upload_must_declare_its_digest_and_come_uncompressed(world: World):
    admin = world.signed_in("system_admin", None, device_agency="Upload Admins")
    headers = _signed(admin, b"zip")
    no_digest = {k: v for k, v in headers.items() if k != wire.DIGEST}
    sent = requests.post(world.live.base_url + IMPORTS, data=b"zip", headers=no_digest, timeout=30)
    assert sent.status_code == 400 and wire.DIGEST in sent.json()["detail"]
    gz = requests.post(
        world.live.base_url + IMPORTS,
        data=b"zip",
        headers=_signed(admin, b"zip") | {"Content-Encoding": "gzip"},
        timeout=30,
    )
    assert gz.status_code == 415


def test_an_upload_over_the_import_cap_is_refused_by_its_declared_length(world: World):
    admin = world.signed_in("system_admin", None, device_agency="Upload Admins")
    cap = world.live.ctx.settings.max_import_bytes
    with _open(world.live.base_url) as sock:
        sock.sendall(_head("POST", IMPORTS, cap + 1, _signed(admin, b"")))
        status, text = _status(sock)
    assert status == 413, text


def test_a_third_import_at_once_is_told_to_come_back(world: World):
    admin = world.signed_in("system_admin", None, device_agency="Upload Admins")
    body = b"not a zip at all" * 1000
    held = []
    try:
        for _ in range(world.live.ctx.settings.max_concurrent_imports):
            sock = _open(world.live.base_url)
            sock.sendall(_head("POST", IMPORTS, len(body), _signed(admin, body)) + body[:100])
            held.append(sock)
        time.sleep(0.5)  # both proven and holding their slots, their bodies still coming
        busy = requests.post(world.live.base_url + IMPORTS, data=body, headers=_signed(admin, body), timeout=30)
        assert busy.status_code == 429 and int(busy.headers["Retry-After"]) > 0
        for sock in held:
            sock.sendall(body[100:])
            status, text = _status(sock)
            assert status == 400 and "not a readable zip" in text, text[:300]
    finally:
        for sock in held:
            sock.close()
    after = requests.post(world.live.base_url + IMPORTS, data=body, headers=_signed(admin, body), timeout=30)
    assert after.status_code == 400, after.text


def test_an_upload_given_up_halfway_gives_its_slot_back(world: World):
    admin = world.signed_in("system_admin", None, device_agency="Upload Admins")
    body = b"not a zip at all" * 1000
    for _ in range(3 * world.live.ctx.settings.max_concurrent_imports):
        with _open(world.live.base_url) as sock:
            sock.sendall(_head("POST", IMPORTS, len(body), _signed(admin, body)) + body[:100])
            time.sleep(0.05)
    deadline = time.time() + 10
    while True:
        answer = requests.post(world.live.base_url + IMPORTS, data=body, headers=_signed(admin, body), timeout=30)
        if answer.status_code != 429 or time.time() > deadline:
            break
        time.sleep(0.1)
    assert answer.status_code == 400, answer.text
    spooled = world.live.ctx.settings.data_dir / "uploads"
    assert not spooled.exists() or not any(spooled.iterdir())
