"""The FastAPI application: routes, error handling and limits, over one database engine."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from sqlalchemy import exc, text
from starlette.concurrency import run_in_threadpool

from app.sync import wire
from server.api import (
    faults,
    observability,
    routes_admin,
    routes_auth,
    routes_descriptors,
    routes_devices,
    routes_exchange,
    routes_sync,
    uploads,
)
from server.api.body_limits import BodyLimits
from server.api.deps import Context
from server.config import Settings
from server.db.engine import at_head, make_engine, upgrade
from server.services import audit_log, feed, sealed_seeds, seed_seal, signing_key
from server.services.clock import Clock
from server.services.errors import ServiceError


def _where(location: tuple) -> str:
    parts = [str(p) for p in location if p not in ("body", "query", "path")]
    return ".".join(parts) or "request"


def _audit_refusal(request: Request) -> None:
    """A signed-in person asked for something their role or agency does not allow: a security event."""
    who = getattr(request.state, "caller", None)
    ctx = request.app.state.context
    with ctx.engine.begin() as conn:
        audit_log.record(
            conn,
            ctx.clock.now_ms(),
            "forbidden",
            outcome="refused",
            actor=who.user.id if who else None,
            device_id=who.device.id if who else None,
            agency_id=who.agency_id if who else None,
            detail={"method": request.method, "path": request.url.path},
        )


def create_app(settings: Settings | None = None, *, clock: Clock | None = None) -> FastAPI:
    """The service over ``settings``' database, signing wipes with the deployment's key file.

    The key is read before the database is touched: a server without one refuses to start
    (``signing_key.SigningKeyError``) rather than make its own, which devices would not trust.
    """
    settings = settings or Settings()
    key = signing_key.load(settings.signing_key_path)
    settings.prepare()
    engine = make_engine(settings.url)
    upgrade(engine)
    sealed_seeds.seal_plaintext(engine, seed_seal.seed_key(key))  # seeds kept as they were before 0010
    feed.settle(engine)  # what a process stopped between a commit and its numbering left waiting
    app = FastAPI(
        title="HMIS Intake central service",
        version="1",
        description="Accounts, devices, sync with field-level merge, remote wipe and HMIS CSV.",
    )
    app.state.context = Context(engine=engine, settings=settings, clock=clock or Clock(), signing_key=key)

    @app.exception_handler(ServiceError)
    async def service_error(request: Request, error: ServiceError) -> JSONResponse:
        if error.status == 403:
            await run_in_threadpool(_audit_refusal, request)
        headers = {"Retry-After": str(error.retry_after)} if error.retry_after else None
        if error.status == 401:
            headers = (headers or {}) | {"WWW-Authenticate": "Bearer"}
        return JSONResponse({**error.extra, "detail": error.message}, status_code=error.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        reasons = [f"{_where(tuple(e.get('loc', ())))}: {e.get('msg', 'is not valid')}" for e in error.errors()[:20]]
        return JSONResponse({"detail": "The request is not valid: " + "; ".join(reasons)}, status_code=422)

    app.add_exception_handler(exc.DBAPIError, faults.database_unavailable)
    app.add_exception_handler(exc.TimeoutError, faults.database_unavailable)

    @app.get("/v1/health", tags=["service"])
    def health() -> dict:
        """Liveness: this process answers (a load balancer restarts one that does not)."""
        return {"status": "ok"}

    @app.get("/v1/ready", tags=["service"])
    def ready() -> JSONResponse:
        """Readiness: the database answers and its schema is this code's (else 503, send no devices here)."""
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
                current = at_head(conn)
        except exc.DBAPIError:
            return JSONResponse(
                {"status": "database unreachable"}, status_code=503, headers={"Retry-After": str(faults.RETRY_AFTER_S)}
            )
        if not current:
            return JSONResponse({"status": "database schema is not this version's"}, status_code=503)
        return JSONResponse({"status": "ready"})

    @app.get("/metrics", tags=["service"], include_in_schema=False)
    def metrics() -> Response:
        """The operator's figures in Prometheus' text format (requests, latency, operations, 503s)."""
        body, content_type = observability.metrics_text()
        return Response(body, media_type=content_type)

    @app.get("/v1/server-key", tags=["service"])
    def server_key() -> dict:
        """The key that signs wipe commands, for devices to pin."""
        return {"public_key": wire.b64(wire.public_bytes(app.state.context.signing_key))}

    for module in (routes_auth, routes_devices, routes_sync, routes_admin, routes_exchange, routes_descriptors):
        app.include_router(module.router)
    # Level 6, not 9: a pull page of 120 records compresses in 1.8 ms instead of 4.4, 14% larger.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    app.add_middleware(
        BodyLimits,
        max_bytes=settings.max_body_bytes,
        max_inflated=settings.max_inflated_bytes,
        uploads={
            "/v1/imports": uploads.Upload(
                max_bytes=settings.max_import_bytes,
                slots=uploads.Slots(settings.data_dir / "upload-slots", settings.max_concurrent_imports),
                spool_dir=settings.data_dir / "uploads",
                admit=routes_exchange.admit,
                refuse=service_error,
            )
        },
    )
    app.add_middleware(observability.RequestLog, routes=app.router.routes)
    return app


#: How ``hmis-server serve`` hands its settings to worker processes, which start from an import.
DATA_DIR_ENV, DATABASE_URL_ENV = "HMIS_SERVER_DATA_DIR", "HMIS_DATABASE_URL"


def from_environment() -> FastAPI:
    """The app for one of ``--workers N`` processes: the settings ``serve`` put in the environment."""
    observability.configure_logging()
    return create_app(
        Settings(data_dir=Path(os.environ[DATA_DIR_ENV]), database_url=os.environ.get(DATABASE_URL_ENV) or None)
    )
