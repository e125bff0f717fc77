"""Statements built once that take a list of values as one parameter, on either backend.

Why: the duplicate search after a push takes lists (the clients queued, a client's keys, a slice
of candidates), and ``column.in_(values)`` built per call spent more of the server's time in
SQLAlchemy, building it and writing one parameter per value, than PostgreSQL spent running it.
On PostgreSQL the list is one array parameter (``= ANY``) sent as it is; SQLite has no arrays,
so there it is an IN list expanded when the statement runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import ColumnElement, any_, bindparam
from sqlalchemy.dialects.postgresql import ARRAY

T = TypeVar("T")
OneOf = Callable[[ColumnElement, str], ColumnElement]


def _array(column: ColumnElement, name: str) -> ColumnElement:
    return column == any_(bindparam(name, type_=ARRAY(column.type)))


def _expanding(column: ColumnElement, name: str) -> ColumnElement:
    return column.in_(bindparam(name, expanding=True))


def per_backend(build: Callable[[OneOf], T]) -> dict[str, T]:
    """``build(one_of)`` for each backend, by dialect name: ``one_of(column, name)`` is the
    condition that the column holds one of the values in the list bound as ``name``."""
    return {"postgresql": build(_array), "sqlite": build(_expanding)}
