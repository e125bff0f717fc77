"""A throwaway CA and a real HTTPS server on a loopback port, for the TLS pinning tests.

Why real: a pin check that runs "before any request bytes are sent" can only be shown against a
server that really completes a TLS handshake and really counts the requests it gets.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import json
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

Key = ec.EllipticCurvePrivateKey


def new_key() -> Key:
    """P-256: quick to make, so each test run has its own keys."""
    return ec.generate_private_key(ec.SECP256R1())


@dataclass(frozen=True)
class Issued:
    """A server certificate and its key, as PEM bytes and as files uvicorn can load."""

    cert_pem: bytes
    cert_der: bytes
    certfile: str
    keyfile: str


class TestCA:
    """A CA that exists only for one test session; nothing outside the tests trusts it."""

    __test__ = False  # not a pytest class

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.key = new_key()
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "HMIS Intake test CA")])
        self.cert = (
            self._builder(name, self.key.public_key())
            .issuer_name(name)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(self.key.public_key()), critical=False)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=False,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .sign(self.key, hashes.SHA256())
        )
        self.ca_file = str(directory / "ca.pem")
        Path(self.ca_file).write_bytes(self.cert.public_bytes(serialization.Encoding.PEM))

    @staticmethod
    def _builder(subject: x509.Name, public_key: ec.EllipticCurvePublicKey) -> x509.CertificateBuilder:
        now = dt.datetime.now(dt.UTC)
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=2))
        )

    def issue(
        self, stem: str, *, ips: tuple[str, ...] = (), dns: tuple[str, ...] = (), key: Key | None = None
    ) -> Issued:
        """A server certificate for the given SANs, signed by this CA, written as stem.{crt,key}."""
        key = key or new_key()
        sans: list[x509.GeneralName] = [x509.IPAddress(ipaddress.ip_address(i)) for i in ips]
        sans += [x509.DNSName(d) for d in dns]
        cert = (
            self._builder(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, stem)]), key.public_key())
            .issuer_name(self.cert.subject)
            .add_extension(x509.SubjectAlternativeName(sans), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()), critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(self.key, hashes.SHA256())
        )
        cert_pem = cert.public_bytes(serialization.Encoding.PEM)
        certfile, keyfile = self.directory / f"{stem}.crt", self.directory / f"{stem}.key"
        certfile.write_bytes(cert_pem)
        keyfile.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        return Issued(cert_pem, cert.public_bytes(serialization.Encoding.DER), str(certfile), str(keyfile))


class HealthApp:
    """A tiny ASGI app: GET /v1/health answers JSON; every HTTP request it sees is counted."""

    def __init__(self) -> None:
        self.served = 0  # only touched on the server's event loop thread

    async def __call__(self, scope: dict, receive: object, send: object) -> None:
        if scope["type"] != "http":
            return
        self.served += 1
        ok = scope["method"] == "GET" and scope["path"] == "/v1/health"
        body = json.dumps({"status": "ok"} if ok else {"detail": "not found"}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 200 if ok else 404,  # type: ignore[operator]
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": body})  # type: ignore[operator]


class HttpsServer:
    """uvicorn serving HealthApp over TLS on 127.0.0.1 in a thread; a context manager."""

    def __init__(self, issued: Issued) -> None:
        self.app = HealthApp()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            log_level="critical",
            access_log=False,
            lifespan="off",
            ssl_certfile=issued.certfile,
            ssl_keyfile=issued.keyfile,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name="tls-test-server", daemon=True)

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def _run(self) -> None:
        asyncio.run(self._server.serve(sockets=[self._sock]))

    def __enter__(self) -> HttpsServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test HTTPS server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()
