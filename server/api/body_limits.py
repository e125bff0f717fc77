"""Request bodies: a size cap, and gzip accepted from devices on slow links.

Why ASGI middleware: the cap must hold before anything parses the body, and the body the route
and the signature check see must be the decompressed one.
"""

from __future__ import annotations

import json
import zlib


def _reply(status: int, message: str):
    body = json.dumps({"detail": message}).encode()
    return [
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        },
        {"type": "http.response.body", "body": body},
    ]


class BodyLimits:
    def __init__(self, app, *, max_bytes: int, max_inflated: int, larger: dict[str, int] | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_inflated = max_inflated
        self.larger = larger or {}  # path -> its own cap (an HMIS CSV import is bigger than a sync batch)

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
            for part in _reply(400, "The address holds a NUL character."):
                await send(part)
            return
        headers = dict(scope["headers"])
        encoding = headers.get(b"content-encoding", b"").decode("latin-1").strip().lower()
        chunks, size = [], 0
        cap = self.larger.get(scope.get("path", ""), self.max_bytes)
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > cap:
                for part in _reply(413, f"The request is larger than {cap} bytes; send smaller batches."):
                    await send(part)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if encoding == "gzip":
            try:
                inflater = zlib.decompressobj(wbits=31)
                body = inflater.decompress(body, self.max_inflated + 1)
                if len(body) > self.max_inflated or inflater.unconsumed_tail:
                    for part in _reply(413, "The request is too large once decompressed."):
                        await send(part)
                    return
                if not inflater.eof or inflater.unused_data:
                    raise zlib.error("truncated, or more than one gzip member")
            except zlib.error:
                for part in _reply(400, "The request body is not valid gzip."):
                    await send(part)
                return
        elif encoding not in ("", "identity"):
            for part in _reply(415, "Request bodies may be plain or gzip-compressed only."):
                await send(part)
            return
        kept = [(k, v) for k, v in scope["headers"] if k not in (b"content-encoding", b"content-length")]
        scope = dict(scope, headers=kept + [(b"content-length", str(len(body)).encode())])
        sent = False

        async def replay():
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)
