"""A database that fails a request is the device's cue to send it again, never a 500.

Why: at state scale a server process loses its database connections (a failover, a restart, a
cut link) or PostgreSQL ends a transaction to break a deadlock. Nothing half done survives such a
failure (each request's writes are one transaction), and everything a device sends is safe to send
again (operation ids, nonces, answers kept for retries), so the honest answer is 503 with
Retry-After, which the device's transport already waits out and retries.
"""

from __future__ import annotations

import logging

from fastapi import Request
from fastapi.responses import JSONResponse
from sqlalchemy import exc

from server.api.observability import UNAVAILABLE, request_id

RETRY_AFTER_S = 2
#: SQLSTATEs that say "try again": serialization failure, deadlock, lock not available, too many
#: connections, the server shutting down or starting, and every connection exception (class 08).
_RETRYABLE = {"40001", "40P01", "55P03", "53300", "57P01", "57P02", "57P03"}
log = logging.getLogger("hmis.server")


def reason(error: BaseException) -> str | None:
    """Why the database failed in a way a retry may get past, or None (a real fault: a 500)."""
    if isinstance(error, exc.TimeoutError):
        return "pool_timeout"
    if not isinstance(error, exc.DBAPIError):
        return None
    state = getattr(error.orig, "sqlstate", None) or ""
    if error.connection_invalidated or state.startswith("08"):
        return "connection_lost"
    if state in _RETRYABLE:
        return "retryable_" + state
    if isinstance(error, (exc.OperationalError, exc.InterfaceError)):
        return "operational"  # SQLite's "database is locked", a refused connection, ...
    return None


async def database_unavailable(_request: Request, error: Exception) -> JSONResponse:
    why = reason(error)
    if why is None:
        raise error
    UNAVAILABLE.labels(why).inc()
    # The class and the state only: a driver's message may quote the values of the failed row.
    log.warning(
        {"event": "database_unavailable", "request_id": request_id.get(), "reason": why, "error": type(error).__name__}
    )
    return JSONResponse(
        {"detail": "The service's database is busy or out of reach; nothing was lost. Try again in a moment."},
        status_code=503,
        headers={"Retry-After": str(RETRY_AFTER_S)},
    )
