"""Large request bodies (an HMIS CSV zip): the sender proven first, a slot taken, the body spooled.

Why: a body read before its sender is known is memory anyone on the network can fill. Here the
device's signature (over the SHA-256 the request declares in Repr-Digest), the user's token and
the role are checked from the headers alone; only then is the body read, to a private temporary
file rather than to memory, and its hash compared with the one that was signed. A few uploads
run at once on a host; the next is told when to come back.
"""

from __future__ import annotations

import fcntl
import hashlib
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import IO, Any

from fastapi import Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from app.sync import wire
from server.api.body_limits import answer, replaying
from server.services.errors import ServiceError, Unauthorized

RETRY_AFTER_S = 30  # an import of the state's largest export takes about this long

#: Proves the caller from the request's headers and the body's declared hash; raises ServiceError.
Admit = Callable[[Request, str], None]
#: The service's own answer to a refusal (its words, Retry-After, WWW-Authenticate, audit).
Refuse = Callable[[Request, ServiceError], Awaitable[JSONResponse]]


class Slots:
    """At most ``count`` uploads at once on this host, whichever worker process takes them.

    A lock file per slot, held with ``flock``: the kernel lets go of it if the process dies, so
    a crash never leaves a slot taken."""

    def __init__(self, folder: Path, count: int) -> None:
        self.paths = [folder / f"slot-{n}.lock" for n in range(count)]
        self.folder = folder

    def take(self) -> IO[bytes] | None:
        """A held slot (close it to give it back), or None when every slot is in use."""
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        for path in self.paths:
            handle = open(path, "ab")  # noqa: SIM115 -- held open for the upload's whole life
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                continue
            return handle
        return None


def _no_room() -> JSONResponse:
    full = "The server has no room to take this upload now; try again later."
    return answer(503, full, {"Retry-After": str(RETRY_AFTER_S)})


class Upload:
    """One route whose bodies may be large. Called by ``BodyLimits`` in place of its buffering."""

    def __init__(self, *, max_bytes: int, slots: Slots, spool_dir: Path, admit: Admit, refuse: Refuse) -> None:
        self.max_bytes = max_bytes
        self.slots = slots
        self.spool_dir = spool_dir
        self.admit = admit
        self.refuse = refuse

    async def __call__(self, app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope)
        proven = await self._proven(request)
        if isinstance(proven, JSONResponse):
            await proven(scope, receive, send)
            return
        slot = self.slots.take()
        if slot is None:
            busy = "Other imports are running; try again in a little while."
            await answer(429, busy, {"Retry-After": str(RETRY_AFTER_S)})(scope, receive, send)
            return
        try:
            await self._take(app, scope, receive, send, request, proven)
        finally:
            slot.close()

    async def _take(
        self, app: ASGIApp, scope: Scope, receive: Receive, send: Send, request: Request, body_sha256: str
    ) -> None:
        """Spool the body, checking it is of ``body_sha256``, then hand the request on; or answer why not."""
        try:
            self.spool_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            # unnamed where the platform allows (O_TMPFILE), 0600 always, gone when closed
            spool = tempfile.TemporaryFile(dir=self.spool_dir)  # noqa: SIM115 -- closed below
        except OSError:
            await _no_room()(scope, receive, send)
            return
        with spool:
            try:
                refused = await _spool(receive, spool, self.max_bytes, body_sha256)
            except _Gone:
                return  # the sender went away: nobody to answer
            except OSError:
                refused = _no_room()
            if refused is not None:
                await refused(scope, receive, send)
                return
            spool.seek(0)
            request.state.upload = spool
            await app(scope, replaying(b"", receive), send)  # the route reads the spool

    async def _proven(self, request: Request) -> str | JSONResponse:
        """The body's signed SHA-256 when the headers prove a caller allowed to upload here; else
        the answer to send."""
        headers = request.headers
        if headers.get("content-encoding", "identity").strip().lower() not in ("", "identity"):
            return answer(415, "Send the file as it is, without compressing it again.")
        declared = wire.digest_from_header(headers.get(wire.DIGEST, ""))
        try:
            if declared is None:
                if not headers.get(wire.SIGNATURE):
                    raise Unauthorized("This request is not signed by an enrolled device.")
                raise ServiceError(f"An upload must declare its SHA-256 in a {wire.DIGEST} header.")
            await run_in_threadpool(self.admit, request, declared)
        except ServiceError as error:
            return await self.refuse(request, error)
        return declared


class _Gone(Exception):
    """The sender closed the connection before the whole body came."""


async def _spool(receive: Receive, spool: IO[bytes], cap: int, declared: str) -> JSONResponse | None:
    """Write the body to ``spool``; None when it is whole, within ``cap`` and of the signed hash."""
    hasher, size = hashlib.sha256(), 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _Gone()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > cap:
            return answer(413, f"The upload is larger than {cap} bytes.")
        hasher.update(chunk)
        spool.write(chunk)
        if not message.get("more_body", False):
            break
    spool.flush()
    if hasher.hexdigest() != declared:
        return answer(400, f"The body is not the one its {wire.DIGEST} header and signature describe.")
    return None


def received(request: Request) -> tuple[Any, IO[bytes]]:
    """The caller ``Upload`` proved and the body it spooled, for the route that takes uploads."""
    who, spool = getattr(request.state, "caller", None), getattr(request.state, "upload", None)
    if who is None or spool is None:
        raise Unauthorized("This request is not signed by an enrolled device.")
    return who, spool
