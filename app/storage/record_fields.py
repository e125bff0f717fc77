"""A few fields of every live record of some kinds, in one pass over the records, without
building records.

Why: a list drawn from the whole laptop (a CAN's prioritization list over tens of thousands of
records) needs three or four fields of each record. Building domain records, or parsing each body
(json.loads, or SQLite's json_extract on a connection whose every allocation is wiped), takes
seconds at that size; one scan of the table in storage order, with SQLite cutting out just the
text of each wanted field, costs little more than reading the pages.

Why cutting the text out is exact: every body is stored in one byte form (records.body_text: a
flat object, sorted keys, compact separators, non-ASCII escaped), and in that form ``"name":`` can
only be a key, never part of a value (a quote inside a value is always escaped). The cut text
starts at the field's value and is decoded by Python's JSON decoder, which stops where the value
ends. A body without the key (none is stored so) gives None.
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import fields as dataclass_fields

from app.domain.registry import RECORD_TYPES
from app.storage.vault import Vault

_DECODE = json.JSONDecoder().raw_decode


def _width(kind: str, name: str) -> int:
    """How many characters the field's value can take in the stored form (escapes included)."""
    spec = next(f for f in dataclass_fields(RECORD_TYPES[kind]) if f.name == name)
    typed = str(spec.type)
    if typed.startswith("date"):
        return 12  # "YYYY-MM-DD" or null
    if typed.startswith("str"):
        return (spec.metadata.get("max_len") or 32) * 6 + 2  # each character may be a \\uXXXX escape
    return 24


def _cut(kind: str, name: str, args: list) -> str:
    """The key and the text after it; when the key is absent, instr is 0 and the cut is the body's
    start instead, which never begins with the key (the caller checks)."""
    key = f'"{name}":'
    args += [kind, key, len(key) + _width(kind, name)]
    return "CASE WHEN kind = ? THEN substr(body, instr(body, ?), ?) END"


def read(vault: Vault, wanted: Mapping[str, Sequence[str]]) -> dict[str, list[tuple]]:
    """For each kind, ``(id, personal_id, enrollment_id, date_created, *names)`` of its live records.

    Values come as stored in the body: dates as 'YYYY-MM-DD' text, codes as integers, None when
    empty. A kind or a name that is not one of ours is a programming error (KeyError).
    """
    for kind, names in wanted.items():
        known = set(RECORD_TYPES[kind].field_names())
        for name in names:
            if name not in known:
                raise KeyError(name)
    widest = max((len(n) for n in wanted.values()), default=0)
    args: list = []
    columns = [", ".join(_cut(kind, names[i], args) for kind, names in wanted.items() if i < len(names)) or "NULL"
               for i in range(widest)]
    picked = "".join(f", coalesce({c}, NULL)" for c in columns)  # each kind's CASE is NULL for the others
    kinds = list(wanted)
    rows = vault.conn.execute(
        f"SELECT kind, id, personal_id, enrollment_id, date_created{picked} FROM record NOT INDEXED"
        f" WHERE kind IN ({', '.join('?' * len(kinds))}) AND date_deleted IS NULL", [*args, *kinds])
    found: dict[str, list[tuple]] = {kind: [] for kind in kinds}
    keys = {kind: [(f'"{name}":', len(name) + 3) for name in names] for kind, names in wanted.items()}
    for kind, record_id, personal_id, enrollment_id, created, *cut in rows:
        values = [_DECODE(text, at)[0] if text.startswith(key) else None for (key, at), text in zip(keys[kind], cut)]
        found[kind].append((record_id, personal_id, enrollment_id, created, *values))
    return found
