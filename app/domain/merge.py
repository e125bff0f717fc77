"""Three-way, field-by-field merge of one change onto the current version of a record.

Used by the server when a device pushes an operation, and by the device when it re-applies its
pending edits over changes it pulled. Both sides run this same function so they settle a field
the same way.

Inputs, all plain JSON-style dicts as produced by ``Record.to_dict``:

``base``           the record as the device saw it when the edit began (None: the device created it)
``server``         the record as it is now on the other side (None: there is no such record yet)
``server_clocks``  per field, the clock stamp of the write that produced the current value
``changes``        only the fields the device changed, with their new values
``change_clock``   the device's clock stamp for this operation (``hlc.Stamp.encode`` text)

Per field in ``changes``:

* the current value already equals the device's value -> nothing to do (``taken``);
* the current value equals the base value (only the device changed it) -> the device's value
  (``taken``), stamped with ``change_clock``;
* the current value was written by the same device (same node in the stamp) with an earlier
  stamp -> the device's value (``taken``). The device made that write before this one, so the two
  are not concurrent. Needed because an operation's base is the last *server* version the device
  had: a second offline edit of a field is based on a version without the first, and would
  otherwise be reported as a conflict with the device's own earlier edit;
* both changed, to different values, ``latest`` policy -> the later stamp wins. Stamps are
  compared as text; the node id in the stamp breaks equal times, so every replica picks the same
  winner. Device won: ``overwritten`` (the replaced value goes to history); current value won:
  ``kept_server`` (the device's value goes to history);
* both changed, to different values, ``review`` policy -> the current value stays and a
  ``FieldConflict`` with the base, current and device values is raised for a person.

Fields not in ``changes`` keep their current value and clock. A key missing from ``base`` or
``server`` counts as ``None`` (an unanswered field), so a value the server holds only as the
default is not treated as a competing edit. A field with no server clock counts as older than
any stamp.

The function is pure and deterministic: it does not mutate or keep references to its inputs,
and its output (including the order of ``taken`` and the other lists, which follow the record's
field order) depends on nothing else. It does not validate the merged record; the caller runs
the record rules on ``body`` before storing it.

Re-merging an operation already merged is not a no-op for ``review`` fields (the same conflict
is raised again), and replaying an old operation after later ones can undo them. Exactly-once
application is the job of the operation id, which the server keeps; see ``tests/domain/test_merge.py``.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .hlc import Stamp
from .merge_policy import LATEST, REVIEW, UnknownField, UnknownKind, check_fields, field_names, policy

__all__ = [
    "APPLIED",
    "CONFLICT",
    "LATEST",
    "MERGED",
    "REVIEW",
    "FieldConflict",
    "MergeResult",
    "UnknownField",
    "UnknownKind",
    "merge",
    "policy",
]

APPLIED = "applied"
MERGED = "merged"
CONFLICT = "conflict"


@dataclass(frozen=True)
class FieldConflict:
    """A ``review`` field both sides changed to different values; the server value was kept."""

    field: str
    base: object
    server: object
    client: object


@dataclass(frozen=True)
class MergeResult:
    """The outcome of merging one change.

    Every field in ``changes`` is in exactly one of ``taken``, ``overwritten``, ``kept_server``
    or ``conflicts``; the fields that now hold the client's value are ``taken`` plus the keys
    of ``overwritten``.
    """

    #: the new record body (a fresh dict; safe to change)
    body: dict[str, Any]
    #: the new per-field clocks: the client's stamp where it wrote a value, the old stamp elsewhere
    clocks: dict[str, str]
    #: client fields that hold the client's value without displacing a different server write
    #: (only the client changed them, or the server already had the same value)
    taken: tuple[str, ...]
    #: both changed, 'latest' policy, the server's value won (the client value goes to history)
    kept_server: tuple[str, ...]
    #: both changed, 'latest' policy, the client won: field -> the server value it replaced
    #: (the caller keeps it in history)
    overwritten: dict[str, object]
    #: 'review' fields both sides changed to different values: server value kept, both recorded
    conflicts: tuple[FieldConflict, ...]
    #: "applied": every client field taken and nothing else changed on the server since base;
    #: "merged": no conflict, but the server had other changes, or a field was settled by
    #: 'latest' (either way); "conflict": at least one review conflict
    status: str


def _same(a: Any, b: Any) -> bool:
    # Strict: True is not 1, 1 is not 1.0. JSON bodies keep those apart, so must the merge.
    return type(a) is type(b) and a == b


def _check_stamp(text: object) -> None:
    if not isinstance(text, str):
        raise ValueError("not a clock stamp")
    Stamp.decode(text)  # raises ValueError("not a clock stamp")


def _own_earlier_write(server_stamp: str | None, change_clock: str) -> bool:
    """The current value was written by the same device, earlier: the device knew it."""
    if server_stamp is None or not server_stamp < change_clock:
        return False
    return Stamp.decode(server_stamp).node == Stamp.decode(change_clock).node


def _check_mapping(value: object, what: str) -> None:
    if not isinstance(value, Mapping):
        raise TypeError(f"{what} must be a mapping of field names")


def merge(
    kind: str,
    base: Mapping[str, Any] | None,
    server: Mapping[str, Any] | None,
    server_clocks: Mapping[str, str],
    changes: Mapping[str, Any],
    change_clock: str,
) -> MergeResult:
    """Merge *changes* (made by a client from *base*) onto *server*; see the module docstring.

    Raises ``UnknownKind`` for an unknown kind, ``UnknownField`` if any of the mappings holds a
    name that is not a field of *kind*, and ``ValueError`` for a malformed clock stamp or a
    change that would give the record another id. No message contains a field value.
    """
    order = field_names(kind)
    _check_mapping(changes, "changes")
    _check_mapping(server_clocks, "server_clocks")
    check_fields(kind, changes)
    check_fields(kind, server_clocks)
    if base is not None:
        _check_mapping(base, "base")
        check_fields(kind, base)
    if server is not None:
        _check_mapping(server, "server")
        check_fields(kind, server)
    _check_stamp(change_clock)
    for stamp in server_clocks.values():
        _check_stamp(stamp)
    base_d: Mapping[str, Any] = base if base is not None else {}
    if server is not None:
        if "id" in changes and not _same(changes["id"], server.get("id")):
            raise ValueError("A change cannot give a record a different id.")
        if "id" in base_d and not _same(base_d["id"], server.get("id")):
            raise ValueError("The change was based on a different record.")

    if server is None:
        body = {name: copy.deepcopy(changes[name]) for name in order if name in changes}
        if "id" not in body and "id" in base_d:
            body = {"id": copy.deepcopy(base_d["id"]), **body}
        return MergeResult(
            body=body,
            clocks=dict.fromkeys(body, change_clock),
            taken=tuple(name for name in order if name in changes),
            kept_server=(),
            overwritten={},
            conflicts=(),
            status=APPLIED,
        )

    body = copy.deepcopy(dict(server))
    clocks = dict(server_clocks)
    taken: list[str] = []
    kept_server: list[str] = []
    overwritten: dict[str, object] = {}
    conflicts: list[FieldConflict] = []

    for name in order:
        if name not in changes:
            continue
        mine, theirs, was = changes[name], server.get(name), base_d.get(name)
        if _same(theirs, mine):
            taken.append(name)
        elif _same(theirs, was) or _own_earlier_write(server_clocks.get(name), change_clock):
            body[name] = copy.deepcopy(mine)
            clocks[name] = change_clock
            taken.append(name)
        elif policy(kind, name) == REVIEW:
            conflicts.append(FieldConflict(name, copy.deepcopy(was), copy.deepcopy(theirs), copy.deepcopy(mine)))
        elif change_clock > server_clocks.get(name, ""):
            body[name] = copy.deepcopy(mine)
            clocks[name] = change_clock
            overwritten[name] = copy.deepcopy(theirs)
        else:
            kept_server.append(name)

    if conflicts:
        status = CONFLICT
    elif (
        kept_server
        or overwritten
        or any(not _same(server.get(k), base_d.get(k)) for k in set(server) | set(base_d) if k not in changes)
    ):
        status = MERGED
    else:
        status = APPLIED

    return MergeResult(
        body=body,
        clocks=clocks,
        taken=tuple(taken),
        kept_server=tuple(kept_server),
        overwritten=overwritten,
        conflicts=tuple(conflicts),
        status=status,
    )
