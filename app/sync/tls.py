"""TLS for the device's link to the central service: always verified, optionally pinned.

Why a pin on top of normal verification: an agency laptop may sit behind a network whose middlebox
holds a CA the operating system trusts, or a CA may mis-issue. The device profile can carry the SPKI
pin of the server key it was enrolled against (base64 of SHA-256 of the DER SubjectPublicKeyInfo,
the HPKP ``pin-sha256`` format). A connection whose key does not match is closed right after the
TLS handshake, before a single request byte is written, so an impostor learns nothing: not the
path, not the device's signed headers, not the body.

Certificate verification (chain and hostname) is never turned off; the pin is in addition to it.
No Qt and no server imports: this is the desktop client's transport.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from typing import Any

import requests
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPSConnectionPool
from urllib3.poolmanager import PoolManager

MISMATCH_MESSAGE = (
    "The server's key does not match the one this device was set up with. "
    "Do not continue; tell your Security Coordinator."
)


class PinMismatch(Exception):
    """The server showed a certificate a trusted CA vouches for, but not the enrolled key.

    Not an OSError, so urllib3 does not retry it as a flaky link: it is a reason to stop syncing.
    PinnedAdapter hands it out as the cause of a requests SSLError. The message names no host,
    user or record.
    """

    def __init__(self) -> None:
        super().__init__(MISMATCH_MESSAGE)


def spki_pin(cert: bytes) -> str:
    """The ``pin-sha256`` of a PEM or DER certificate: base64(SHA-256(DER SubjectPublicKeyInfo)).

    It depends on the key only, so a server can renew its certificate without re-enrolling devices
    as long as it keeps its key.
    """
    if cert.lstrip().startswith(b"-----BEGIN"):
        parsed = x509.load_pem_x509_certificate(cert)
    else:
        parsed = x509.load_der_x509_certificate(cert)
    spki = parsed.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(hashlib.sha256(spki).digest()).decode("ascii")


def is_pin_mismatch(exc: BaseException | None) -> bool:
    """True if a PinMismatch is anywhere inside exc (urllib3/requests may wrap it)."""
    pending: list[object] = [exc]
    seen: set[int] = set()
    while pending:
        item = pending.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, PinMismatch):
            return True
        pending.extend([item.__cause__, item.__context__, getattr(item, "reason", None), *item.args])
    return False


def _check_pin_format(pin: str) -> str:
    """Refuse a malformed pin up front: it would otherwise look like an impostor on every call."""
    try:
        raw = base64.b64decode(pin.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != hashlib.sha256().digest_size:
        raise ValueError("The server pin in this device profile is not a valid pin-sha256 value.")
    return pin.strip()


class _PinCheck:
    """Mixed into urllib3's HTTPS connection class: the pin check is the last step of connect().

    urllib3 calls connect() from the pool before it writes the request, so raising here means no
    request bytes ever reach a server with the wrong key.
    """

    expected_pin: str = ""

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]  # TCP, TLS handshake, chain and hostname checks
        der = self.sock.getpeercert(binary_form=True)  # type: ignore[attr-defined]
        if not der or not hmac.compare_digest(spki_pin(der), self.expected_pin):
            self.close()  # type: ignore[attr-defined]
            raise PinMismatch()


def _pinned_pool_class(base: type[HTTPSConnectionPool], pin: str) -> type[HTTPSConnectionPool]:
    """A subclass of the manager's own HTTPS pool (plain, proxy or SOCKS) that checks the pin."""
    conn_cls = type(f"Pinned{base.ConnectionCls.__name__}", (_PinCheck, base.ConnectionCls), {"expected_pin": pin})
    return type(f"Pinned{base.__name__}", (base,), {"ConnectionCls": conn_cls})


class PinnedAdapter(HTTPAdapter):
    """An HTTPS adapter that never skips verification and, given a pin, checks it per connection."""

    __attrs__ = [*HTTPAdapter.__attrs__, "pin"]  # noqa: RUF012 (requests' own pickling list, a list as in HTTPAdapter)

    def __init__(self, pin: str | None = None, **kwargs: Any) -> None:
        self.pin = None if pin is None else _check_pin_format(pin)
        super().__init__(**kwargs)  # calls init_poolmanager, which needs self.pin

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self._install(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        self._install(manager)  # an agency proxy must not be a way around the pin
        return manager

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        """Send, refusing verify=False; a PinMismatch comes out as requests' SSLError caused by it.

        Wrapping means a caller that handles requests exceptions cannot miss it (and never files it
        under "offline, retry later"); is_pin_mismatch() tells it apart from an untrusted chain.
        """
        if kwargs.get("verify", True) is False:
            raise ValueError("TLS certificate verification cannot be turned off.")
        try:
            return super().send(request, *args, **kwargs)
        except PinMismatch as mismatch:
            raise requests.exceptions.SSLError(str(mismatch), request=request) from mismatch

    def _install(self, manager: PoolManager) -> None:
        if self.pin is None:
            return
        base: type[HTTPSConnectionPool] = manager.pool_classes_by_scheme["https"]
        if issubclass(base.ConnectionCls, _PinCheck):
            return
        # A copy: urllib3 shares one module-level dict between all managers.
        manager.pool_classes_by_scheme = {**manager.pool_classes_by_scheme, "https": _pinned_pool_class(base, self.pin)}


class _ProfileSession(requests.Session):
    """A Session whose own CA bundle beats REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE.

    Plain requests lets those variables override ``session.verify`` (psf/requests#3829), which
    would quietly swap the agency's CA for whatever the machine's environment names.
    """

    def merge_environment_settings(self, url: str, proxies: Any, stream: Any, verify: Any, cert: Any) -> dict[str, Any]:
        if verify is None and isinstance(self.verify, str):
            verify = self.verify
        return super().merge_environment_settings(url, proxies, stream, verify, cert)


def pinned_session(pin: str | None, ca_file: str | None = None) -> requests.Session:
    """A requests Session for the central service: verified TLS, plus the SPKI pin when set.

    ``ca_file`` trusts a specific CA bundle instead of the system's (an agency's private CA, or a
    test CA); it narrows trust, it never disables it. Plain http:// is left to requests' default
    adapter (loopback tests); production URLs are https://.
    """
    session = _ProfileSession()
    session.mount("https://", PinnedAdapter(pin))
    if ca_file is not None:
        session.verify = ca_file
    return session
