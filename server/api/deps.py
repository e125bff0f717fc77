"""Who is calling: the signed device, the signed-in user on it, and what their role allows."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import Depends, Request
from sqlalchemy import Connection, Engine, Row

from server.auth import roles
from server.config import Settings
from server.db.engine import reader
from server.services import devices, seed_seal, sessions
from server.services.clock import Clock
from server.services.errors import Forbidden, ServiceError, Unauthorized


@dataclass
class Context:
    engine: Engine
    settings: Settings
    clock: Clock
    signing_key: Ed25519PrivateKey

    @functools.cached_property
    def token_key(self) -> bytes:
        """Makes refresh tokens' successors (sessions.successor_key): made once, not per request."""
        return sessions.successor_key(self.signing_key)

    @functools.cached_property
    def seed_key(self) -> bytes:
        """Seals users' TOTP seeds in the database (seed_seal.seed_key): made once, not per request."""
        return seed_seal.seed_key(self.signing_key)

    @functools.cached_property
    def reader(self) -> Engine:
        """For read-only work: on SQLite it does not take the write lock (made once, not per request)."""
        return reader(self.engine)


async def context(request: Request) -> Context:
    # async: a plain function here would be run on a worker thread, a hop per request for nothing
    return request.app.state.context


async def raw_body(request: Request) -> bytes:
    return await request.body()


def _target(request: Request) -> str:
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


def _device(
    request: Request, body_sha256: str, ctx: Context, *, during_wipe: bool, token: str | None = None
) -> tuple[Row[Any], Row[Any] | None]:
    """The signed device and, given a ``token``, the user signed in on it: one transaction for both."""
    now = ctx.clock.now_ms()
    found: dict[str, Any] = {}

    def signed_in(conn: Connection, row: Row[Any]) -> None:
        assert token is not None  # passed as ``then`` only when there is a token
        try:
            found["user"] = sessions.authenticate(conn, now, token, row.id)
        except ServiceError as error:  # raised after the wipe check, the nonce kept either way
            found["error"] = error

    row, by_checkin_key, wiped = devices.verify_request(
        ctx.engine,
        now,
        ctx.settings.clock_skew_seconds * 1000,
        headers=request.headers,
        method=request.method,
        target=_target(request),
        body_sha256=body_sha256,
        allow_checkin_key=during_wipe,
        then=signed_in if token is not None else None,
    )
    request.state.by_checkin_key = by_checkin_key
    if wiped and not during_wipe:
        raise Forbidden("This device has been ordered wiped; it may only check in.")
    if "error" in found:
        raise found["error"]
    return row, found.get("user")


def signed_device(request: Request, body: bytes = Depends(raw_body), ctx: Context = Depends(context)) -> Row[Any]:
    """A device in good standing, proven by its signature on this exact request."""
    return _device(request, hashlib.sha256(body).hexdigest(), ctx, during_wipe=False)[0]


def wiping_device(request: Request, body: bytes = Depends(raw_body), ctx: Context = Depends(context)) -> Row[Any]:
    """A signed device, even one with a wipe order pending (check-in and wipe acknowledgements).

    Only here may the check-in key sign: it lives outside the vault so a lost laptop can check
    in and obey a wipe before anyone signs in, and so it must open nothing else.
    """
    return _device(request, hashlib.sha256(body).hexdigest(), ctx, during_wipe=True)[0]


@dataclass
class Caller:
    user: Row[Any]
    device: Row[Any]

    @property
    def agency_id(self) -> str | None:
        return self.user.agency_id

    @property
    def is_admin(self) -> bool:
        return self.user.role == roles.SYSTEM_ADMIN

    def require(self, permission: str) -> None:
        if not roles.allowed(self.user.role, permission):
            raise Forbidden(f"Your role ({roles.LABELS[self.user.role]}) cannot do this.")

    def require_agency(self, agency_id: str | None) -> None:
        """Agency-scoped roles act only within their own agency."""
        if not self.is_admin and agency_id != self.user.agency_id:
            raise Forbidden("That belongs to another agency.")


def caller(request: Request, body: bytes = Depends(raw_body), ctx: Context = Depends(context)) -> Caller:
    """The signed device and the user signed in on it, both checked in one step (one worker
    thread, one transaction): every synced request needs both."""
    return caller_of(request, hashlib.sha256(body).hexdigest(), ctx)


def caller_of(request: Request, body_sha256: str, ctx: Context) -> Caller:
    """The same for a body known only by its hash: an upload checked before it is read."""
    header = request.headers.get("authorization", "")
    token = header[7:].strip() if header.lower().startswith("bearer ") else None
    device, user_row = _device(request, body_sha256, ctx, during_wipe=False, token=token)
    if token is None:
        raise Unauthorized("Sign-in required.")
    assert user_row is not None  # with a token, _device has the user or raised authenticate's refusal
    request.state.caller = Caller(user_row, device)  # for the audit entry if the request is refused
    return request.state.caller


def permitted(permission: str) -> Callable[[Caller], Coroutine[Any, Any, Caller]]:
    async def check(who: Caller = Depends(caller)) -> Caller:  # async: no worker thread for a lookup
        who.require(permission)
        return who

    return check


@dataclass
class Unchecked:
    """A synced request whose device and user are still to be checked, its body still unread.

    Why: a plain dependency runs on a worker thread of its own and the endpoint on another, and
    each hand-off between the event loop and a thread cost about a twentieth of a sync's CPU. The
    push and the pull take this instead, and ``check`` it first on the one thread that does their
    work: the caller is proven before the body is parsed, as before."""

    request: Request
    raw: bytes
    ctx: Context
    permission: str

    def check(self) -> Caller:
        who = caller(self.request, self.raw, self.ctx)
        who.require(self.permission)
        return who


def unchecked(permission: str) -> Callable[[Request, bytes, Context], Coroutine[Any, Any, Unchecked]]:
    async def pending(request: Request, body: bytes = Depends(raw_body), ctx: Context = Depends(context)) -> Unchecked:
        return Unchecked(request, body, ctx, permission)

    return pending
