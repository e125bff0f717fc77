"""What an operator watches: a request id on every answer, one log line per request, metrics.

Why here and this way: at state scale several server processes on several hosts answer the same
devices; a request id (sent back as ``X-Request-ID``, and taken from a load balancer that sets one)
ties a device's report to the process's log line. Log lines and metric labels name the route's
template (``/v1/records/{kind}/{record_id}``), the method, the status and the time: never a path
with ids in it, a query, a header or a body, so no personal data reaches a log.

Metrics are in Prometheus' text format at ``/metrics``. With ``--workers N`` each worker writes its
figures to the directory in ``PROMETHEUS_MULTIPROC_DIR`` (set by ``hmis-server serve`` before the
workers start) and whichever worker is asked adds them all up.
"""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
import time
from contextvars import ContextVar

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest, multiprocess
from starlette.routing import Match

REQUEST_ID = "x-request-id"
_GOOD_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
request_id: ContextVar[str] = ContextVar("request_id", default="-")

log = logging.getLogger("hmis.server")

REQUESTS = Counter(
    "hmis_requests", "Requests answered, by route template, method and status", ["route", "method", "status"]
)
LATENCY = Histogram(
    "hmis_request_seconds",
    "Time to answer a request, by route template and method",
    ["route", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
OPERATIONS = Counter("hmis_sync_operations", "Pushed operations, by how each was answered", ["status"])
UNAVAILABLE = Counter("hmis_database_unavailable", "Requests answered 503 because the database failed them", ["reason"])


def metrics_text() -> tuple[bytes, str]:
    """Every figure of this process, or of all the workers of this server when there are several."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    from prometheus_client import REGISTRY

    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


def _flat(routes: list) -> list:
    """Every route with a path template, those of included routers too."""
    out = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            out += _flat(inner.routes)
        elif getattr(route, "path", None):
            out.append(route)
    return out


def _route(scope: dict, routes: list) -> str:
    """The template of the route that answered (never the path itself, which holds ids)."""
    for route in routes:
        if route.matches(scope)[0] == Match.FULL:
            return route.path
    return "unmatched"


class RequestLog:
    """ASGI middleware: the request id, the log line and the request metrics, for every request."""

    def __init__(self, app, routes: list) -> None:
        self.app, self._routes = app, routes
        self.routes: list | None = None

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope.get("headers") or ()).get(REQUEST_ID.encode(), b"").decode("latin-1")
        rid = given if _GOOD_ID.match(given) else secrets.token_hex(8)
        token = request_id.set(rid)
        started = time.perf_counter()
        status = 500

        async def sending(message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message = dict(message, headers=[*message.get("headers", []), (b"x-request-id", rid.encode())])
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            seconds = time.perf_counter() - started
            if self.routes is None:  # read once the app has all its routes
                self.routes = _flat(self._routes)
            route, method = _route(scope, self.routes), scope.get("method", "")
            REQUESTS.labels(route, method, str(status)).inc()
            LATENCY.labels(route, method).observe(seconds)
            if log.isEnabledFor(logging.INFO):
                log.info(
                    {
                        "event": "request",
                        "request_id": rid,
                        "method": method,
                        "route": route,
                        "status": status,
                        "ms": round(seconds * 1000, 1),
                        "pid": os.getpid(),
                    }
                )
            request_id.reset(token)


class _JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        body = record.msg if isinstance(record.msg, dict) else {"message": record.getMessage()}
        return json.dumps({"at": self.formatTime(record), "level": record.levelname.lower(), **body})


def configure_logging(level: str = "info") -> None:
    """One JSON object a line on standard error, for the platform's log collector."""
    handler = logging.StreamHandler()
    handler.setFormatter(_JsonLines())
    logger = logging.getLogger("hmis")
    logger.handlers[:] = [handler]
    logger.setLevel(level.upper())
    logger.propagate = False
