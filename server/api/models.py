"""Request bodies of the API. Unknown fields and loose types are refused, with the reason."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated, Any, Literal, TypeVar

from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError, model_validator

Id = Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{32}$", description="32 lowercase hex characters")]
Hash = Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$")]


def _has_nul(value: object) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_has_nul(v) for v in value)
    return False


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _refuse_nul(cls, data: Any) -> Any:
        """No text anywhere in a request may hold a NUL character (PostgreSQL cannot store one,
        and no HMIS value needs it)."""
        if _has_nul(data):
            raise ValueError("text may not contain NUL characters")
        return data


class EnrollIn(Strict):
    code: Annotated[StrictStr, Field(min_length=1, max_length=40)]
    public_key: Annotated[StrictStr, Field(min_length=1, max_length=100)]
    name: Annotated[StrictStr, Field(min_length=1, max_length=100)]
    proof: Annotated[StrictStr, Field(min_length=1, max_length=200)]
    checkin_key: Annotated[StrictStr, Field(min_length=1, max_length=100)] | None = None
    checkin_proof: Annotated[StrictStr, Field(min_length=1, max_length=200)] | None = None


class CheckInIn(Strict):
    pending_changes: Annotated[StrictInt, Field(ge=0, le=10_000_000)]
    device_clock_ms: Annotated[StrictInt, Field(ge=0, le=2**53)]
    audit_links: Annotated[
        list[tuple[Annotated[StrictInt, Field(ge=1, le=2**53)], Hash, Hash]], Field(max_length=100_000)
    ] = []


class WipeAckIn(Strict):
    stage: Literal["received", "completed"]
    report: dict[str, Any] | None = None
    report_signature: Annotated[StrictStr, Field(max_length=200)] | None = None


class LoginIn(Strict):
    username: Annotated[StrictStr, Field(min_length=1, max_length=100)]
    password: Annotated[StrictStr, Field(min_length=1, max_length=1024)]
    code: Annotated[StrictStr, Field(max_length=20)] | None = None  # TOTP, or a one-time set-up code


class MfaConfirmIn(Strict):
    setup_token: Annotated[StrictStr, Field(min_length=1, max_length=100)]
    code: Annotated[StrictStr, Field(min_length=1, max_length=10)]


class RefreshIn(Strict):
    refresh_token: Annotated[StrictStr, Field(min_length=1, max_length=100)]


class Operation(Strict):
    op_id: Annotated[StrictStr, Field(min_length=3, max_length=80)]
    kind: Annotated[StrictStr, Field(min_length=1, max_length=40)]
    record_id: Id
    op: Literal["upsert", "delete"]
    base_version: Annotated[StrictInt, Field(ge=1, le=2**31 - 1)] | None = None  # an INTEGER column
    fields: dict[Annotated[str, Field(max_length=64)], Any] = Field(default_factory=dict, max_length=200)
    hlc: Annotated[StrictStr, Field(min_length=1, max_length=80)]
    # When the device made the record, for HUD's timeliness of entry (Q6e) and the export's DateCreated.
    created_ms: (
        Annotated[
            StrictInt,
            Field(
                ge=0,
                le=2**53,
                description=(
                    "When the record was made on the device, in milliseconds since 1970-01-01 UTC (the vault's "
                    "date_created). Kept as the record's creation time only when this operation creates the record on "
                    "the server; ignored for a record the server already holds. No later than the server's time plus "
                    "an hour (else the whole batch is refused). Left out (older devices): the server's time of the "
                    "push."
                ),
            ),
        ]
        | None
    ) = None


class PushIn(Strict):
    operations: Annotated[list[Operation], Field(min_length=1, max_length=500)]


class ResolveIn(Strict):
    value: Any = None


class MergeIn(Strict):
    keep: Id


class AgencyIn(Strict):
    name: Annotated[StrictStr, Field(min_length=1, max_length=200)]
    coc_code: Annotated[StrictStr, Field(min_length=6, max_length=6)]
    can_name: Annotated[StrictStr, Field(min_length=1, max_length=100)]
    victim_service_provider: Literal[0, 1] = 0


class ProjectIn(Strict):
    agency_id: Id
    name: Annotated[StrictStr, Field(min_length=1, max_length=200)]
    project_type: StrictInt
    coc_code: Annotated[StrictStr, Field(min_length=6, max_length=6)]
    geocode: Annotated[StrictStr, Field(pattern=r"^[0-9]{6}$")]
    operating_start: date
    operating_end: date | None = None


class UserIn(Strict):
    username: Annotated[StrictStr, Field(min_length=1, max_length=100)]
    first_name: Annotated[StrictStr, Field(min_length=1, max_length=50)]
    last_name: Annotated[StrictStr, Field(min_length=1, max_length=50)]
    role: Annotated[StrictStr, Field(max_length=40)]
    agency_id: Id | None = None
    password: Annotated[StrictStr, Field(min_length=1, max_length=1024)]
    training_expires: date


class TrainingIn(Strict):
    training_expires: date


class EnrollmentCodeIn(Strict):
    agency_id: Id | None = None


class PolicyIn(Strict):
    idle_lock_minutes: StrictInt | None = None
    lease_warn_days: StrictInt | None = None
    lease_lock_days: StrictInt | None = None
    lease_shred_days: StrictInt | None = None
    max_failed_logins: StrictInt | None = None
    session_hours: StrictInt | None = None


class Change(BaseModel):
    """One record version in the change feed (as the device stores it)."""

    kind: str
    id: str
    version: int
    feed_seq: int
    deleted: bool
    body: dict[str, Any]
    clocks: dict[str, str]
    other_agency: bool
    created_ms: int


class PullOut(BaseModel):
    """A page of the change feed: the records, those to drop, and where to continue."""

    changes: list[Change]
    dropped: list[dict[str, str]]
    cursor: int
    more: bool


M = TypeVar("M", bound=BaseModel)


def parse(model: type[M], raw: bytes) -> M:
    """A body read by its endpoint (after the caller is checked, ``deps.Unchecked``), refused
    with the same 422 and words as one FastAPI parses."""
    try:
        data = json.loads(raw) if raw else None
    except ValueError as error:
        raise RequestValidationError(
            [{"type": "json_invalid", "loc": ("body", getattr(error, "pos", 0)), "msg": "JSON decode error"}]
        ) from None
    if data is None:
        raise RequestValidationError([{"type": "missing", "loc": ("body",), "msg": "Field required"}])
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in error.errors()]) from None


def openapi_body(model: type[BaseModel]) -> dict:
    """``openapi_extra`` declaring the body an endpoint parses itself (``parse``), so the schema
    (and the fuzz tests generated from it) still describe it. Its $defs are written in place:
    a reference into them would point at the root of the OpenAPI document."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def inline(node):
        if isinstance(node, dict):
            if "$ref" in node:
                found = inline(defs[node["$ref"].rsplit("/", 1)[-1]])
                return found | {k: inline(v) for k, v in node.items() if k != "$ref"}
            return {k: inline(v) for k, v in node.items()}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    return {"requestBody": {"required": True, "content": {"application/json": {"schema": inline(schema)}}}}
