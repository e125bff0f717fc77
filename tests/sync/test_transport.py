"""The transport on its own, against tiny raw servers: what a cut or odd answer becomes."""

from __future__ import annotations

import socket
import threading

import pytest

from app.sync.errors import BadResponse, Offline
from app.sync.transport import Transport


class RawServer:
    """Answers every connection with the same bytes, then closes it."""

    def __init__(self, answer: bytes) -> None:
        self.answer = answer
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.served = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                self.served += 1  # counted before answering: the client may be done the moment it is
                conn.sendall(self.answer)

    def close(self) -> None:
        self.sock.close()


@pytest.mark.parametrize(
    "answer, error",
    [
        (b"HTTP/1.1 200 OK\r\nContent-Ty", Offline),  # cut inside the headers
        (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 20\r\n\r\n<html>Sign in</html>", BadResponse),
        (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n[1, 2", BadResponse),
    ],
)
def test_a_cut_or_foreign_answer_is_retried_then_named(answer, error):
    server = RawServer(answer)
    try:
        transport = Transport(server.url, attempts=3, backoff_s=0.001, max_backoff_s=0.002)
        with pytest.raises(error) as caught:
            transport.call("GET", "/v1/health")
        assert type(caught.value) is error
        assert server.served == 3 and transport.retries == 2
    finally:
        server.close()
