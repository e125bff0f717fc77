"""The bad-link proxy does what the sync tests rely on it to do, against a real HTTP server.

If the proxy silently passed everything through, every "survives a lossy link" test built on it
would prove nothing; so each fault is shown here to really happen, and to happen the way claimed
(a cut is a reset, a truncation is a clean close mid-stream).
"""

from __future__ import annotations

import random
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from tests.sync.link_proxy import LinkProxy

BIG = 64_000  # well past the default cut_window, so a planned fault always lands


def blob(n: int) -> bytes:
    return bytes(i % 251 for i in range(n))


class _Handler(BaseHTTPRequestHandler):
    """GET /blob/<n> answers n known bytes; POST /echo answers its body."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._answer(blob(int(self.path.rsplit("/", 1)[1])))

    def do_POST(self) -> None:
        self._answer(self.rfile.read(int(self.headers["Content-Length"])))

    def _answer(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class _Origin(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # resets are what these tests make happen


@pytest.fixture(scope="module")
def origin():
    server = _Origin(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()
    thread.join()


def fetch(url: str) -> bytes | Exception:
    """The body, or the error requests raised; each call is a new connection."""
    try:
        return requests.get(url, timeout=10).content
    except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
        return exc


def raw_get(port: int, n: int) -> tuple[bytes, str]:
    """Send a GET on a bare socket and read until the link ends: (what came back, 'fin' or 'rst')."""
    request = f"GET /blob/{n} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n".encode()
    got = b""
    try:  # a reset may beat the end of connect() or the request on loopback
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(request)
            while chunk := sock.recv(65536):
                got += chunk
    except (ConnectionResetError, BrokenPipeError):
        return got, "rst"
    return got, "fin"


def proxy_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("link-proxy")]


def test_no_faults_passes_bytes_through_unchanged(origin):
    sent = random.Random(1).randbytes(100_000)
    with LinkProxy(origin) as proxy, requests.Session() as session:
        assert session.get(proxy.url + "/blob/200000", timeout=10).content == blob(200_000)
        assert session.post(proxy.url + "/echo", data=sent, timeout=10).content == sent
    assert proxy.connections == 1  # one kept-alive connection carried both
    assert proxy.bytes_up > len(sent) and proxy.bytes_down > 200_000 + len(sent)
    assert proxy.drops == proxy.truncations == 0
    assert not proxy_threads()


def test_truncation_closes_cleanly_mid_response(origin):
    with LinkProxy(origin, truncate_rate=1, seed=3) as proxy:
        full, _ = raw_get(origin, BIG)
        got, ending = raw_get(proxy.port, BIG)
        assert ending == "fin" and len(got) < len(full) and full.startswith(got)
        for _ in range(3):
            outcome = fetch(f"{proxy.url}/blob/{BIG}")
            assert isinstance(outcome, Exception) or len(outcome) < BIG
    assert proxy.truncations == 4 and proxy.drops == 0


def test_a_dropped_connection_is_reset(origin):
    with LinkProxy(origin, drop_rate=1, seed=5) as proxy:
        got, ending = raw_get(proxy.port, BIG)
        assert ending == "rst" and len(got) < 2048
        for _ in range(3):
            assert isinstance(fetch(f"{proxy.url}/blob/{BIG}"), Exception)
        echoed = None
        with pytest.raises((requests.ConnectionError, requests.exceptions.ChunkedEncodingError)):
            echoed = requests.post(proxy.url + "/echo", data=blob(BIG), timeout=10)
        assert echoed is None
    assert proxy.drops == 5 and proxy.truncations == 0
    assert not proxy_threads()


def test_the_seed_replays_the_same_faults(origin):
    def pattern(seed: int) -> list[bool]:
        with LinkProxy(origin, drop_rate=0.5, seed=seed) as proxy:
            return [isinstance(fetch(f"{proxy.url}/blob/{BIG}"), Exception) for _ in range(8)]

    first = pattern(11)
    assert first == pattern(11)
    assert any(first) and not all(first)  # a coin, not a constant


def test_bandwidth_is_shared_by_all_connections_in_a_direction(origin):
    bps, size = 800_000, 25_000
    with LinkProxy(origin, bandwidth_bps=bps) as proxy:
        results: list[bytes | Exception] = []
        workers = [threading.Thread(target=lambda: results.append(fetch(f"{proxy.url}/blob/{size}"))) for _ in range(2)]
        started = time.monotonic()
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        elapsed = time.monotonic() - started
    assert results == [blob(size)] * 2
    assert proxy.bytes_down > 2 * size
    # A lower bound only (pacing cannot deliver faster); a per-connection cap would halve it.
    assert elapsed >= 2 * size * 8 / bps


def test_latency_is_added_each_way_and_can_be_changed(origin):
    with LinkProxy(origin, latency_ms=100) as proxy:
        started = time.monotonic()
        assert fetch(f"{proxy.url}/blob/10") == blob(10)
        assert time.monotonic() - started >= 0.2  # one request out, one answer back
        proxy.configure(latency_ms=0)
        assert fetch(f"{proxy.url}/blob/10") == blob(10)
        with pytest.raises(ValueError):
            proxy.configure(jitter_ms=5)


def test_down_resets_live_and_new_connections_until_up(origin):
    with LinkProxy(origin) as proxy, requests.Session() as session:
        assert session.get(proxy.url + "/blob/10", timeout=10).content == blob(10)
        proxy.down()
        with pytest.raises(requests.ConnectionError):
            session.get(proxy.url + "/blob/10", timeout=10)
        assert raw_get(proxy.port, 10) == (b"", "rst")
        assert proxy.connections == 1  # refused arrivals are not proxied connections
        proxy.up()
        assert session.get(proxy.url + "/blob/10", timeout=10).content == blob(10)


def test_closing_mid_transfer_ends_every_thread_and_the_port(origin):
    proxy = LinkProxy(origin, bandwidth_bps=80_000, latency_ms=50)
    with proxy, socket.create_connection(("127.0.0.1", proxy.port), timeout=10) as sock:
        sock.sendall(f"GET /blob/{BIG} HTTP/1.1\r\nHost: test\r\n\r\n".encode())
        assert sock.recv(100)  # the slow transfer is under way
    assert not proxy_threads()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", proxy.port), timeout=5).close()
