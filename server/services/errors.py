"""Errors the service layer raises; the API turns each into a 4xx with its sentence as the reason."""

from __future__ import annotations


class ServiceError(Exception):
    status = 400

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: int | None = None, extra: dict | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        #: More for the caller than a sentence holds (an import's problems), sent beside "detail".
        self.extra = extra or {}
        if status is not None:
            self.status = status
        self.retry_after = retry_after


class BadRequest(ServiceError):
    status = 400


class Unauthorized(ServiceError):
    status = 401


class Forbidden(ServiceError):
    status = 403


class NotFound(ServiceError):
    status = 404


class Conflict(ServiceError):
    status = 409


class TooManyAttempts(ServiceError):
    status = 429
