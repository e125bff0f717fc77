"""A loopback TCP proxy that makes a bad link between a real client and a real test server.

Why: the sync design promises that a slow, lossy link cut mid-request loses or doubles nothing,
which can only be shown over a link that really is slow and lossy. Tests put this proxy between
the HTTP client and the server on 127.0.0.1 and change its faults at run time: one-way latency,
a bandwidth cap, abrupt cuts (RST), truncated responses (FIN mid-stream), a down/up switch.

Each connection has a reader and a writer thread per direction. Writers deliver each chunk at its
arrival + latency, paced by a token bucket shared by all connections in that direction, so a delay
never serialises a connection. Sockets poll with a short timeout so threads notice a cut promptly;
the last thread of a connection closes its sockets (closing under another thread's recv is unsafe).

A doomed connection is cut at a byte drawn from [0, cut_window) of its traffic (both directions in
delivery order); a truncated one at such a byte of what the server sends. Traffic that ends sooner
passes untouched, so use bodies bigger than cut_window where a fault must land; the `drops` and
`truncations` counters say what actually happened.
"""

from __future__ import annotations

import queue
import random
import socket
import struct
import threading
import time
from collections.abc import Callable

UP, DOWN = "up", "down"  # client -> server, server -> client
_POLL = 0.05
_SETTINGS = {"latency_ms", "bandwidth_bps", "drop_rate", "truncate_rate", "cut_window"}


def _reset_on_close(sock: socket.socket) -> None:
    """SO_LINGER 0: close() sends RST instead of FIN, like a link that just vanished."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass


class _Link:
    """One proxied connection: two sockets, four threads, and its fault budget."""

    def __init__(
        self,
        proxy: LinkProxy,
        client: socket.socket,
        upstream: socket.socket,
        cut_at: int | None,
        truncate_at: int | None,
    ) -> None:
        self.proxy = proxy
        self.src = {UP: client, DOWN: upstream}
        self.dst = {UP: upstream, DOWN: client}
        self.cut_left, self.truncate_left = cut_at, truncate_at
        self.queues: dict[str, queue.Queue[tuple[float, bytes]]] = {UP: queue.Queue(), DOWN: queue.Queue()}
        self.lock = threading.Lock()
        self.dead = threading.Event()
        self.eof: set[str] = set()
        self.threads = [
            threading.Thread(target=self._guard, args=(work, d), daemon=True, name=f"link-proxy-{d}")
            for d in (UP, DOWN)
            for work in (self._read, self._write)
        ]
        self.running = len(self.threads)

    def start(self) -> None:
        for thread in self.threads:
            thread.start()

    def kill(self, reset: bool) -> bool:
        """End the connection (RST if reset, else FIN). False if it was already over."""
        with self.lock:
            if self.dead.is_set():
                return False
            self.dead.set()
        if reset:
            for sock in self.src.values():
                _reset_on_close(sock)
        return True

    def _guard(self, work: Callable[[str], None], d: str) -> None:
        try:
            work(d)
        except OSError:
            self.kill(reset=True)  # a peer's reset travels on as a reset
        finally:
            self._exit()

    def _read(self, d: str) -> None:
        while not self.dead.is_set():
            try:
                data = self.src[d].recv(65536)
            except TimeoutError:
                continue
            self.queues[d].put((time.monotonic(), data))
            if not data:
                return

    def _write(self, d: str) -> None:
        while not self.dead.is_set():
            try:
                arrived, data = self.queues[d].get(timeout=_POLL)
            except queue.Empty:
                continue
            if self.dead.wait(max(0.0, arrived + self.proxy.latency_ms / 1000 - time.monotonic())):
                return
            if data:
                self._deliver(d, memoryview(data))
            else:
                self._half_close(d)

    def _deliver(self, d: str, view: memoryview) -> None:
        while view and not self.dead.is_set():
            bps = self.proxy.bandwidth_bps
            size = len(view) if not bps else min(len(view), max(256, int(bps / 8 / 50)))
            size, fault = self._allow(d, size)
            if self.dead.wait(max(0.0, self.proxy._line_free_at(d, size, bps) - time.monotonic())):
                return
            self._send(self.dst[d], view[:size])
            self.proxy._count(f"bytes_{d}", size)
            view = view[size:]
            if fault and self.kill(reset=fault == "drops"):
                self.proxy._count(fault, 1)

    def _allow(self, d: str, size: int) -> tuple[int, str | None]:
        """How much of the next piece may go before a planned fault, and which fault it is."""
        with self.lock:
            limits = [(self.cut_left, "drops")] if self.cut_left is not None else []
            if d == DOWN and self.truncate_left is not None:
                limits.append((self.truncate_left, "truncations"))
            left, fault = min(limits, default=(size + 1, None))
            size = min(size, left)
            if self.cut_left is not None:
                self.cut_left -= size
            if d == DOWN and self.truncate_left is not None:
                self.truncate_left -= size
            return size, fault if size == left else None

    def _send(self, sock: socket.socket, view: memoryview) -> None:
        while view and not self.dead.is_set():
            try:
                view = view[sock.send(view) :]
            except TimeoutError:
                continue

    def _half_close(self, d: str) -> None:
        """Pass an end of stream on; when both sides have ended, the connection is over."""
        self.dst[d].shutdown(socket.SHUT_WR)
        with self.lock:
            self.eof.add(d)
            both = len(self.eof) == 2
        if both:
            self.kill(reset=False)

    def _exit(self) -> None:
        with self.lock:
            self.running -= 1
            last = self.running == 0
        if last:
            for sock in self.src.values():
                sock.close()
            with self.proxy._lock:
                self.proxy._links.discard(self)


class LinkProxy:
    """A bad link on 127.0.0.1 in front of (target_host, target_port). Settings change at run time.

    latency_ms: one-way delay per chunk (a round trip gains 2x). bandwidth_bps: bits per second per
    direction, shared by all connections; None = unlimited. drop_rate: chance a new connection is
    cut with RST. truncate_rate: chance its response stream is cut with FIN. seed: for the faults.
    """

    def __init__(
        self,
        target_port: int,
        target_host: str = "127.0.0.1",
        *,
        latency_ms: float = 0,
        bandwidth_bps: float | None = None,
        drop_rate: float = 0.0,
        truncate_rate: float = 0.0,
        cut_window: int = 2048,
        seed: int | None = 0,
    ) -> None:
        self.target = (target_host, target_port)
        self.latency_ms, self.bandwidth_bps = latency_ms, bandwidth_bps
        self.drop_rate, self.truncate_rate, self.cut_window = drop_rate, truncate_rate, cut_window
        self.bytes_up = self.bytes_down = self.connections = self.drops = self.truncations = 0
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._links: set[_Link] = set()
        self._threads: list[threading.Thread] = []
        self._free_at = {UP: 0.0, DOWN: 0.0}  # per direction, when the shared line is next free
        self._is_up = True
        self._closing = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(_POLL)
        self.port: int = self._listener.getsockname()[1]
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True, name="link-proxy-accept")
        self._acceptor.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def configure(self, **settings: float | None) -> None:
        """Change latency_ms, bandwidth_bps, drop_rate, truncate_rate or cut_window."""
        unknown = set(settings) - _SETTINGS
        if unknown:
            raise ValueError(f"unknown link settings: {sorted(unknown)}")
        with self._lock:
            for name, value in settings.items():
                setattr(self, name, value)

    def down(self) -> None:
        """The server is gone: live connections are reset and new ones are reset on arrival."""
        with self._lock:
            self._is_up = False
            links = list(self._links)
        for link in links:
            link.kill(reset=True)

    def up(self) -> None:
        with self._lock:
            self._is_up = True

    def _count(self, counter: str, n: int) -> None:
        with self._lock:
            setattr(self, counter, getattr(self, counter) + n)

    def _line_free_at(self, d: str, nbytes: int, bps: float | None) -> float:
        """Token bucket shared by all connections: when nbytes will have crossed the line."""
        now = time.monotonic()
        if not bps:
            return now
        with self._lock:
            self._free_at[d] = max(now, self._free_at[d]) + nbytes * 8 / bps
            return self._free_at[d]

    def _accept_loop(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            with self._lock:  # always four draws per connection, so a seed replays the same faults
                is_up, window = self._is_up, max(1, int(self.cut_window))
                drop = self._rng.random() < self.drop_rate
                truncate = self._rng.random() < self.truncate_rate
                cut_at, truncate_at = self._rng.randrange(window), self._rng.randrange(window)
            try:
                if not is_up:
                    raise ConnectionRefusedError
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _reset_on_close(client)
                client.close()
                continue
            for sock in (client, upstream):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                sock.settimeout(_POLL)
            link = _Link(self, client, upstream, cut_at if drop else None, truncate_at if truncate else None)
            with self._lock:
                self.connections += 1
                self._links.add(link)
                self._threads = [t for t in self._threads if t.is_alive()] + link.threads
            link.start()

    def close(self) -> None:
        """Stop accepting and free the port, end every connection, wait for every thread."""
        self._closing.set()
        self._acceptor.join()
        self._listener.close()
        with self._lock:
            links = list(self._links)
        for link in links:
            link.kill(reset=False)
        for thread in self._threads:
            thread.join()

    def __enter__(self) -> LinkProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
