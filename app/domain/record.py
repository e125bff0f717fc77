"""The base of every domain record: identity, JSON round trip and field checks.

Records are frozen dataclasses (edit with ``dataclasses.replace``) so a value
read from the vault cannot be changed behind the sync engine's back. Each
field carries metadata -- an English label, its HUD code list, a length limit,
whether it is money, a date that cannot be in the future, or a link to another
record -- and the checks that follow from that metadata are done here once.
Subclasses add their own single-record rules in ``_rules``.
"""

from __future__ import annotations

import dataclasses
import re
import typing
from collections.abc import Collection, Iterable, Mapping
from dataclasses import MISSING, dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from types import NoneType, UnionType
from typing import Any, ClassVar, Self

from .codes import CodeList
from .errors import FieldError, ValidationError
from .ids import is_valid_id, new_id

#: HUD's data quality floor: nothing about a client happened before this day.
EARLIEST_DATE = date(1915, 1, 1)

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Control characters other than tab and line breaks (NUL, escape, backspace...) have no place in
#: an HMIS text field: some cannot be stored at all, and none can be seen or typed on purpose.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MONEY_RE = re.compile(r"-?\d{1,12}(\.\d{1,2})?")
_KEY_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
_SUPPORTED = (str, int, bool, date, Decimal)
#: Types ``from_dict`` takes as they come (dates and money arrive as text).
_AS_GIVEN = (str, int, bool)


def attr(
    label: str,
    *,
    default: Any = MISSING,
    default_factory: Any = MISSING,
    codes: CodeList | None = None,
    max_len: int | None = None,
    past: bool = False,
    money: bool = False,
    ref: bool = False,
    choices: Mapping[str, str] | None = None,
) -> Any:
    """Declare a record field with the metadata the generic checks use.

    label    -- plain English name used in messages ("Date of birth")
    codes    -- the HUD list the integer must be on
    max_len  -- longest string the HMIS CSV column holds
    past     -- a date that cannot be later than today
    money    -- a dollar amount: at least 0, at most two decimal places
    ref      -- the id of another record (must look like one of our ids)
    choices  -- allowed string values (our own lists, e.g. consent scope)
    """
    metadata = {
        "label": label,
        "codes": codes,
        "max_len": max_len,
        "past": past,
        "money": money,
        "ref": ref,
        "choices": choices,
    }
    kwargs: dict[str, Any] = {"metadata": metadata}
    if default is not MISSING:
        kwargs["default"] = default
    if default_factory is not MISSING:
        kwargs["default_factory"] = default_factory
    return field(**kwargs)


def asked(label: str, codes: CodeList | None = None, **meta: Any) -> Any:
    """A question only some projects ask (a program element): empty unless it was asked."""
    return attr(label, default=None, codes=codes, **meta)


@dataclass(frozen=True, slots=True)
class _Spec:
    """A field and what its checks need, worked out once per class: the checks run on every
    record an import or a sync brings, hundreds of thousands at a time."""

    name: str
    base: type
    optional: bool
    required: bool  # no default: must be present in from_dict
    label: str
    meta: Mapping[str, Any]
    is_id: bool = field(init=False)
    codes: CodeList | None = field(init=False)
    choices: Mapping[str, str] | None = field(init=False)
    max_len: int | None = field(init=False)
    money: bool = field(init=False)
    past: bool = field(init=False)
    checked: bool = field(init=False)  # False: no check in _field_errors can apply

    def __post_init__(self) -> None:
        meta = self.meta
        values = {
            "is_id": self.name == "id" or bool(meta.get("ref")),
            "codes": meta.get("codes"),
            "choices": meta.get("choices"),
            "max_len": meta.get("max_len"),
            "money": bool(meta.get("money")),
            "past": bool(meta.get("past")),
        }
        values["checked"] = self.base in (str, date, Decimal) or any(
            values[k] for k in ("is_id", "codes", "choices", "max_len", "money")
        )
        for name, value in values.items():
            object.__setattr__(self, name, value)


def _describe(base: type) -> str:
    return {
        str: "text",
        int: "a whole number",
        bool: "yes or no (true/false)",
        date: "a date written as YYYY-MM-DD",
        Decimal: "an amount of money written like 125.50",
    }[base]


def _type_ok(value: Any, base: type) -> bool:
    if base is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if base is date:
        return type(value) is date
    if base is Decimal:
        return isinstance(value, Decimal) and value.is_finite()
    return isinstance(value, base)


@dataclass(frozen=True, kw_only=True)
class Record:
    """Base class of all records. Subclasses set KIND, CSV_FILE and PARENTS."""

    KIND: ClassVar[str] = ""
    #: HMIS CSV file the record is exported to ("" for our own, not exported).
    CSV_FILE: ClassVar[str] = ""
    #: Fields holding the ids of the records this one belongs to.
    PARENTS: ClassVar[tuple[str, ...]] = ()
    # Per-class caches, set on each subclass by _specs and _spec_map (never inherited: read from __dict__).
    _spec_cache: ClassVar[tuple[_Spec, ...]]
    _spec_map_cache: ClassVar[dict[str, _Spec]]

    id: str = attr("Record id", default_factory=new_id)

    # --- introspection -----------------------------------------------------------------

    @classmethod
    def _specs(cls) -> tuple[_Spec, ...]:
        cached: tuple[_Spec, ...] | None = cls.__dict__.get("_spec_cache")
        if cached is not None:
            return cached
        hints = typing.get_type_hints(cls)
        specs = []
        for f in dataclasses.fields(cls):
            hint = hints[f.name]
            args = (
                typing.get_args(hint) if isinstance(hint, UnionType) or typing.get_origin(hint) is typing.Union else ()
            )
            optional = NoneType in args
            base = next((a for a in args if a is not NoneType), hint) if args else hint
            if base not in _SUPPORTED:
                raise TypeError(f"{cls.__name__}.{f.name}: unsupported field type")
            required = f.default is MISSING and f.default_factory is MISSING
            specs.append(_Spec(f.name, base, optional, required, f.metadata.get("label", f.name), f.metadata))
        result = tuple(specs)
        cls._spec_cache = result
        return result

    @classmethod
    def _spec_map(cls) -> Mapping[str, _Spec]:
        cached: dict[str, _Spec] | None = cls.__dict__.get("_spec_map_cache")
        if cached is None:
            cached = {s.name: s for s in cls._specs()}
            cls._spec_map_cache = cached
        return cached

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        """All field names, in declaration order."""
        return tuple(s.name for s in cls._specs())

    @classmethod
    def field_label(cls, name: str) -> str:
        """The English label of a field, for forms and messages."""
        for s in cls._specs():
            if s.name == name:
                return s.label
        raise KeyError(name)

    @classmethod
    def code_list(cls, name: str) -> CodeList | None:
        """The HUD code list of a field (None when it is not a coded field)."""
        for s in cls._specs():
            if s.name == name:
                return s.meta.get("codes")
        raise KeyError(name)

    # --- JSON round trip ---------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict: dates as 'YYYY-MM-DD', money as a decimal string."""
        out: dict[str, Any] = {}
        for s in self._specs():
            value = getattr(self, s.name)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, Decimal):
                value = format(value, "f")
            out[s.name] = value
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build a record from ``to_dict`` output, refusing anything unexpected.

        Unknown keys, missing required keys and wrong types are all refused
        (every problem is listed), because silently dropping or coercing data
        coming from the network or an import would hide bugs and lose answers.
        This does not run ``validate``.
        """
        if not isinstance(data, Mapping):
            raise ValidationError([FieldError("(record)", "not_a_mapping", "The record is not in the expected form.")])
        specs = cls._spec_map()
        errors: list[FieldError] = []
        for key in data:
            if key not in specs:
                name = key if isinstance(key, str) and _KEY_RE.fullmatch(key) else "(unrecognised field)"
                errors.append(FieldError(name, "unknown_field", "This field is not part of this kind of record."))
        values: dict[str, Any] = {}
        for name, s in specs.items():
            if name not in data:
                if s.required:
                    errors.append(FieldError(name, "required", f"{s.label} is missing."))
                continue
            raw = data[name]
            if raw is None:
                if not s.optional:
                    errors.append(FieldError(name, "required", f"{s.label} cannot be empty."))
                    continue
                values[name] = None
                continue
            if type(raw) is s.base and s.base in _AS_GIVEN:
                values[name] = raw
                continue
            try:
                values[name] = _decode(raw, s.base)
            except (TypeError, ValueError, InvalidOperation):
                errors.append(FieldError(name, "wrong_type", f"{s.label} must be {_describe(s.base)}."))
        if errors:
            raise ValidationError(errors)
        return cls(**values)

    # --- validation --------------------------------------------------------------------

    def validate(self, *, today: date | None = None) -> None:
        """Check every single-record rule; raise ValidationError listing all problems.

        ``today`` is the day "in the future" is measured from (defaults to the
        local date); tests pass it to stay deterministic.
        """
        errors = self.problems(today=today)
        if errors:
            raise ValidationError(errors)

    def problems(self, *, today: date | None = None) -> tuple[FieldError, ...]:
        """Like ``validate`` but returns the problems instead of raising (an import asks it of
        every row, and most have some: no exception to build for each)."""
        errors = tuple(self._type_errors())
        if errors:  # the rules below assume the types are right
            return errors
        today = today or date.today()
        return (*self._field_errors(today), *self._rules(today))

    def _type_errors(self) -> Iterable[FieldError]:
        for s in self._specs():
            value = getattr(self, s.name)
            if value is None:
                if not s.optional:
                    yield FieldError(s.name, "required", f"{s.label} cannot be empty.")
            elif (type(value) is not s.base or s.base is Decimal) and not _type_ok(value, s.base):
                yield FieldError(s.name, "wrong_type", f"{s.label} must be {_describe(s.base)}.")

    def _field_errors(self, today: date) -> Iterable[FieldError]:
        for s in self._specs():
            if not s.checked:
                continue
            value = getattr(self, s.name)
            if value is None:
                continue
            label = s.label
            if s.is_id and not is_valid_id(value):
                yield FieldError(s.name, "bad_id", f"{label} is not a valid record id.")
            if s.codes is not None and value not in s.codes:
                yield FieldError(s.name, "not_in_list", f"{label} has an answer that is not on the HUD list for it.")
            if s.choices is not None and value not in s.choices:
                yield FieldError(
                    s.name, "not_in_list", f"{label} has an answer that is not one of the allowed choices."
                )
            if isinstance(value, str) and _CONTROL.search(value):
                yield FieldError(
                    s.name, "control_character", f"{label} holds an invisible control character; retype it."
                )
            if s.max_len is not None and len(value) > s.max_len:
                yield FieldError(s.name, "too_long", f"{label} is longer than {s.max_len} characters.")
            if s.money:
                if value < 0:
                    yield FieldError(s.name, "negative", f"{label} cannot be less than zero.")
                elif value.as_tuple().exponent < -2:
                    yield FieldError(s.name, "cents", f"{label} can have at most two digits after the decimal point.")
                elif value >= Decimal("10000000000"):
                    yield FieldError(s.name, "too_large", f"{label} is too large to be a real amount.")
            if isinstance(value, date):
                if value < EARLIEST_DATE:
                    yield FieldError(s.name, "too_early", f"{label} cannot be before 1 January 1915.")
                elif s.past and value > today:
                    yield FieldError(s.name, "future", f"{label} cannot be in the future.")

    def _rules(self, today: date) -> Iterable[FieldError]:
        """Record-specific rules; types are already known to be right."""
        return ()

    @classmethod
    def _label(cls, name: str) -> str:
        return cls.field_label(name)


def _decode(raw: Any, base: type) -> Any:
    if base is bool:
        if isinstance(raw, bool):
            return raw
        raise TypeError
    if base is int:
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        raise TypeError
    if base is str:
        if isinstance(raw, str):
            return raw
        raise TypeError
    if base is date:
        if isinstance(raw, str) and _DATE_RE.fullmatch(raw):
            return date.fromisoformat(raw)
        raise TypeError
    if base is Decimal:
        if isinstance(raw, int) and not isinstance(raw, bool):
            return Decimal(raw)
        if isinstance(raw, str) and _MONEY_RE.fullmatch(raw):
            return Decimal(raw)
        raise TypeError
    raise TypeError


def blank(value: str | None) -> bool:
    """True for None, empty or whitespace-only text."""
    return value is None or not value.strip()


def answered(record: Record, *names: str) -> Iterable[FieldError]:
    """Questions a record must answer though HUD's CSV lets them be empty: an import keeps the empty
    cell as given (and flags it), while intake refuses it in the words a missing field gets."""
    for name in names:
        if getattr(record, name) is None:
            yield FieldError(name, "required", f"{record._label(name)} cannot be empty.")


def only_when(
    record: Record, gateway: str, answers: Collection[int], fields: Iterable[str], when: str
) -> Iterable[FieldError]:
    """HUD's dependent questions: *fields* are only asked when *gateway* has one of *answers*.

    An answer to a question that was never asked is a contradiction HUD's data quality counts,
    and it would be exported as if the worker had asked it. *when* finishes the sentence
    "... is only asked when ...".
    """
    if getattr(record, gateway) in answers:
        return
    for name in fields:
        if getattr(record, name) is not None:
            yield FieldError(name, "not_applicable", f"{record._label(name)} is only asked when {when}.")


@dataclass(frozen=True, kw_only=True)
class EnrollmentRecord(Record):
    """A record collected during an enrollment (exit, income, disabilities, health and DV,
    services, contacts): it belongs to that enrollment and to its client."""

    PARENTS: ClassVar[tuple[str, ...]] = ("enrollment_id", "personal_id")

    enrollment_id: str = attr("Enrollment", ref=True)
    personal_id: str = attr("Client", ref=True)
