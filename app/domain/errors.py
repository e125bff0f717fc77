"""Validation errors that are safe to show, log and sync.

A message names the field and the rule it broke in words a shelter worker
understands. It never repeats the value that was entered: names, SSNs and
dates of birth must not end up in logs, crash reports or window titles.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dataclass_field


@dataclass(frozen=True)
class FieldError:
    """One broken rule: which field, a stable machine code, a plain message."""

    field: str
    code: str
    message: str
    #: the parts the message was made of (fields, names), so a screen can say it in its own
    #: language; not part of what the error is.
    args: tuple[str, ...] = dataclass_field(default=(), compare=False)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    """Raised when a record (or a group of records) breaks one or more rules.

    ``errors`` lists every problem found, not just the first, so a form can
    mark all the fields that need attention at once.
    """

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        if not self.errors:
            raise ValueError("ValidationError needs at least one FieldError")
        super().__init__(self.__str__())

    def __str__(self) -> str:
        return "; ".join(str(e) for e in self.errors)

    def fields(self) -> frozenset[str]:
        """The names of the fields that have a problem."""
        return frozenset(e.field for e in self.errors)

    def codes(self) -> frozenset[str]:
        """The rule codes that were broken."""
        return frozenset(e.code for e in self.errors)


def raise_if_any(errors: Iterable[FieldError]) -> None:
    """Raise ValidationError when *errors* is not empty."""
    errors = tuple(errors)
    if errors:
        raise ValidationError(errors)
