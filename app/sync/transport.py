"""HTTP to the central service: signed, compressed, bounded in time and size, retried with care.

Why all here: an outreach worker's link drops mid-request, crawls, or lands on a hotel's sign-in
page. Every request is re-signed on each attempt (a fresh nonce, so a retry is never taken for a
replay), waits a bounded time, and is retried with exponential backoff and jitter when the
failure is the link's or the server's. What comes back must be JSON of a sane size, or it is
refused before anyone acts on it. Failures leave as ``SyncError`` sentences, never as raw
exceptions.
"""

from __future__ import annotations

import gzip
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.sync import tls, wire
from app.sync.errors import (
    BadResponse,
    DeviceRefused,
    KeyMismatch,
    Offline,
    Refused,
    ServerTrouble,
    SignInRequired,
    SyncError,
    Untrusted,
)

MAX_RESPONSE_BYTES = 64 * 1024 * 1024
_RETRY_STATUSES = {408, 425, 429, 500, 502, 503, 504}
# A 409 is the server's last word ("already resolved", "already settled": the caller decides what
# that means), except from push, where it says the same operations are being applied right now (a
# retry overtook a slow first attempt, or a killed run's request is still being served); push is
# idempotent by operation id, so it is simply asked again.
_RETRY_CONFLICT_PATHS = {"/v1/sync/push"}
_COMPRESS_FROM = 1024


@dataclass(frozen=True)
class Signer:
    """Who signs: the device id the server knows and one of its keys."""

    device_id: str
    key: Ed25519PrivateKey


class Transport:
    """One server, one TLS policy; thread-compatible (use one per worker)."""

    def __init__(
        self,
        base_url: str,
        *,
        pin: str | None = None,
        ca_file: str | None = None,
        timeout: tuple[float, float] = (10.0, 60.0),
        attempts: int = 6,
        backoff_s: float = 0.5,
        max_backoff_s: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        now_ms: Callable[[], int] = wire.wall_ms,
        rng: random.Random | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.http = tls.pinned_session(pin, ca_file)
        self.timeout = timeout
        self.attempts = attempts
        self.backoff_s, self.max_backoff_s = backoff_s, max_backoff_s
        self.sleep, self.now_ms = sleep, now_ms
        self.rng = rng or random.Random()  # noqa: S311 (retry jitter only, nothing secret)
        self.bytes_sent = 0
        self.bytes_received = 0
        self.retries = 0

    def close(self) -> None:
        self.http.close()

    def call(
        self, method: str, target: str, body: object = None, *, signer: Signer | None = None, token: str | None = None
    ) -> dict | list:
        """One request, retried while the failure is transient; the parsed JSON answer."""
        data = b"" if body is None else wire.canonical_json(body)
        last: SyncError | None = None
        for attempt in range(self.attempts):
            if attempt:
                self.retries += 1
                self.sleep(self._delay(attempt, last))
            try:
                return self._once(method, target, data, body is not None, signer, token)
            except _Transient as error:
                last = error.cause
        assert last is not None
        raise last

    def _delay(self, attempt: int, error: SyncError | None) -> float:
        wait = getattr(error, "retry_after", None)
        if wait is not None:
            return min(float(wait), self.max_backoff_s)
        ceiling = min(self.max_backoff_s, self.backoff_s * 2 ** (attempt - 1))
        return self.rng.uniform(ceiling / 2, ceiling)  # jitter: devices coming back together spread out

    def _once(
        self, method: str, target: str, data: bytes, has_body: bool, signer: Signer | None, token: str | None
    ) -> dict | list:
        headers = {"Accept": "application/json", "Accept-Encoding": "gzip"}
        if signer is not None:
            headers.update(wire.sign_request(signer.key, signer.device_id, method, target, data, now_ms=self.now_ms()))
        if token:
            headers["Authorization"] = f"Bearer {token}"
        payload = data
        if has_body:
            headers["Content-Type"] = "application/json"
            if len(data) >= _COMPRESS_FROM:
                payload = gzip.compress(data, compresslevel=6)
                headers["Content-Encoding"] = "gzip"
        try:
            response = self.http.request(
                method,
                self.base_url + target,
                data=payload,
                headers=headers,
                timeout=self.timeout,
                stream=True,
                allow_redirects=False,
            )
            self.bytes_sent += len(payload)
            try:
                raw = self._read(response)
            finally:
                response.close()
        except requests.exceptions.RequestException as error:
            if tls.is_pin_mismatch(error):
                raise KeyMismatch() from None
            if isinstance(error, requests.exceptions.SSLError):
                raise Untrusted() from None
            raise _Transient(Offline()) from None
        return self._answer(response, raw, target)

    def _read(self, response: requests.Response) -> bytes:
        """The decoded body, refusing one bigger than any answer of ours could be."""
        chunks, size = [], 0
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > MAX_RESPONSE_BYTES:
                raise _Transient(BadResponse())
            chunks.append(chunk)
        wire_bytes = response.raw.tell() if hasattr(response.raw, "tell") else size
        self.bytes_received += wire_bytes or size
        return b"".join(chunks)

    def _answer(self, response: requests.Response, raw: bytes, target: str = "") -> dict | list:
        status = response.status_code
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        parsed = None
        if content_type == "application/json":
            try:
                parsed = json.loads(raw)
            except ValueError:
                parsed = None
        if 200 <= status < 300:
            if not raw and not content_type:
                raise _Transient(Offline())  # the link was cut inside the headers: no answer at all
            if not isinstance(parsed, (dict, list)):
                raise _Transient(BadResponse())  # a captive portal's page, or a cut-short answer
            return parsed
        detail = parsed.get("detail") if isinstance(parsed, dict) else None
        reason = detail if isinstance(detail, str) and detail else None
        if status in _RETRY_STATUSES or (status == 409 and target.split("?")[0] in _RETRY_CONFLICT_PATHS):
            error: SyncError = ServerTrouble() if status >= 500 or reason is None else ServerTrouble(reason)
            error.retry_after = _retry_after(response)  # type: ignore[attr-defined]
            raise _Transient(error)
        if reason is None:
            raise _Transient(BadResponse())
        if status == 401:
            raise (
                DeviceRefused(reason)
                if "device" in reason.lower() or "signature" in reason.lower() or "request" in reason.lower()
                else SignInRequired(reason)
            )
        raise Refused(reason, status)


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    return float(value) if value.isdigit() else None


class _Transient(Exception):
    """A failure the next attempt may not meet: the link's, or the server's for a moment."""

    def __init__(self, cause: SyncError) -> None:
        super().__init__(str(cause))
        self.cause = cause
