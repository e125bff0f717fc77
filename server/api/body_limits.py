"""Request bodies: a size cap, and gzip accepted from devices on slow links.

Why ASGI middleware: the cap must hold before anything parses the body, and the body the route
and the signature check see must be the decompressed one. A body declared larger than its cap
is refused before a byte of it is read; the routes that take large bodies (``uploads``) prove
their sender from the headers first and spool the body to disk, never to memory.
"""

from __future__ import annotations

import asyncio
import zlib
from typing import TYPE_CHECKING

from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.types import Message, Receive

if TYPE_CHECKING:  # uploads takes its refusals and replay from here
    from server.api.uploads import Upload

INFLATING_AT_ONCE = 1  # per process (a worker per core): each may hold 32 MiB while it runs


def answer(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """A refusal in words, sent straight from the middleware (the route never runs)."""
    return JSONResponse({"detail": message}, status_code=status, headers=headers)


def replaying(body: bytes, receive: Receive) -> Receive:
    """What the route hears when it asks for the body: ``body`` once, then ``receive``'s messages."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


def _inflate(body: bytes, cap: int) -> bytes | tuple[int, str]:
    """The gunzipped body, or the status and words of why not (a bomb stops at ``cap``)."""
    try:
        inflater = zlib.decompressobj(wbits=31)
        out = inflater.decompress(body, cap + 1)
        if len(out) > cap or inflater.unconsumed_tail:
            return 413, "The request is too large once decompressed."
        if not inflater.eof or inflater.unused_data:
            raise zlib.error("truncated, or more than one gzip member")
    except zlib.error:
        return 400, "The request body is not valid gzip."
    return out


class BodyLimits:
    def __init__(self, app, *, max_bytes: int, max_inflated: int, uploads: dict[str, Upload] | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_inflated = max_inflated
        self.uploads = uploads or {}  # POST path -> how its large bodies are taken (an HMIS CSV import)
        # Inflating a body of 32 MiB takes a quarter of a second, before its sender is known:
        # on the event loop it would stall every other request, and many at once fill memory.
        self.inflating = asyncio.Semaphore(INFLATING_AT_ONCE)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if (
            b"\x00" in scope.get("raw_path", b"")
            or "\x00" in scope.get("path", "")
            or b"%00" in scope.get("raw_path", b"").lower()
            or b"%00" in scope.get("query_string", b"")
        ):
            await answer(400, "The address holds a NUL character.")(scope, receive, send)
            return
        headers = dict(scope["headers"])
        upload = self.uploads.get(scope.get("path", "")) if scope.get("method") == "POST" else None
        cap = upload.max_bytes if upload is not None else self.max_bytes
        declared = headers.get(b"content-length", b"0").decode("latin-1").strip()
        if not (declared.isascii() and declared.isdigit()):
            await answer(400, "The Content-Length header is not a number.")(scope, receive, send)
            return
        too_large = f"The request is larger than {cap} bytes; send smaller batches."
        if int(declared) > cap:  # refused before a byte of the body is read
            await answer(413, too_large)(scope, receive, send)
            return
        if upload is not None:
            await upload(self.app, scope, receive, send)
            return
        encoding = headers.get(b"content-encoding", b"").decode("latin-1").strip().lower()
        chunks, size = [], 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > cap:
                await answer(413, too_large)(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if encoding == "gzip":
            async with self.inflating:  # off the event loop, one at a time: memory stays bounded
                body_or_error = await run_in_threadpool(_inflate, body, self.max_inflated)
            if isinstance(body_or_error, tuple):
                await answer(*body_or_error)(scope, receive, send)
                return
            body = body_or_error
        elif encoding not in ("", "identity"):
            await answer(415, "Request bodies may be plain or gzip-compressed only.")(scope, receive, send)
            return
        kept = [(k, v) for k, v in scope["headers"] if k not in (b"content-encoding", b"content-length")]
        scope = dict(scope, headers=kept + [(b"content-length", str(len(body)).encode())])
        await self.app(scope, replaying(body, receive), send)
