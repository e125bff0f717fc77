"""The vault's narrow copy of the fields the CAN's prioritization list reads (the prioritization_*
tables of migration 6): kept right after every write of a record, and read as the open stays in
some coordinated entry projects, one row each with what the list shows of them.

Why a copy: the list covers every CE enrollment, exit, assessment and event on the laptop. Reading
their bodies meant decrypting and scanning every record page (tens of megabytes on 10,000
clients); the copy holds a few fields per record, keyed the way the list looks them up. Why the
writers call ``refresh`` rather than triggers keeping it: see the migration (a trigger on record
costs every insert a quarter of a millisecond in this vault). Why one query doing the lookups:
handing 50,000 rows to Python costs more than the list; this gives one row per stay, and only the
stays that count. Why CROSS JOIN: it keeps SQLite's join order (projects, then their enrollments,
then lookups by key) whatever it guesses of the tables' sizes; another order costs seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import sqlcipher3

from app.storage.vault import Vault


def _key(value: object) -> object:
    return "" if value is None else value  # as the migration's coalesce(..., '')


#: For each kind copied: its table, and its copy's row made from (id, personal_id, enrollment_id,
#: date_created, body): the values the migration's back-fill picks from a row of record.
_COPIED: dict[str, tuple[str, Callable[[str, object, object, object, dict[str, Any]], tuple[Any, ...]]]] = {
    "client": (
        "prioritization_client",
        lambda rid, _p, _e, _c, b: (rid, b.get("first_name"), b.get("last_name"), b.get("dob")),
    ),
    "enrollment": (
        "prioritization_enrollment",
        lambda rid, pid, _e, _c, b: (_key(b.get("project_id")), rid, pid, b.get("entry_date")),
    ),
    "exit": ("prioritization_exit", lambda rid, _p, eid, _c, _b: (_key(eid), rid)),
    "assessment": (
        "prioritization_assessment",
        lambda rid, _p, eid, created, b: (
            _key(eid),
            _key(b.get("assessment_date")),
            created,
            rid,
            b.get("assessment_type"),
            b.get("assessment_level"),
            b.get("prioritization_status"),
        ),
    ),
    "event": (
        "prioritization_event",
        lambda rid, _p, eid, _c, b: (_key(eid), rid, b.get("event"), b.get("referral_result")),
    ),
}
_WIDTH = {"client": 4, "enrollment": 4, "exit": 2, "assessment": 7, "event": 4}
_FORGET = {kind: f"DELETE FROM {table} WHERE id = ?" for kind, (table, _row) in _COPIED.items()}  # noqa: S608 (table names from the module's own map; values are bound)
_KEEP = {
    kind: f"INSERT INTO {table} VALUES ({', '.join('?' * _WIDTH[kind])})"  # noqa: S608 (table names from the module's own map; values are bound)
    for kind, (table, _row) in _COPIED.items()
}
_CREATED = "SELECT date_created FROM record WHERE kind = ? AND id = ?"


def refresh(
    conn: sqlcipher3.Connection,
    kind: str,
    record_id: str,
    body: dict[str, Any] | None,
    personal_id: str | None = None,
    enrollment_id: str | None = None,
) -> None:
    """Make the copy of one record what its writer has just stored, inside the same transaction:
    called by each writer of record after it inserts, updates or deletes the row. ``body`` is the
    body as stored (its dict, before body_text) with the row's personal_id and enrollment_id; None
    when the record is now deleted or gone, which leaves no copy. A kind the list does not read
    has none. Values go in from the dict rather than through json_extract: reading the row back
    and parsing it again costs some 0.25 ms a record more in this vault."""
    copy = _COPIED.get(kind)
    if copy is None:
        return
    conn.execute(_FORGET[kind], (record_id,))
    if body is not None:
        created = conn.execute(_CREATED, (kind, record_id)).fetchone()[0] if kind == "assessment" else None
        conn.execute(_KEEP[kind], copy[1](record_id, personal_id, enrollment_id, created, body))


#: One open stay: (personal_id, place, entry_date, assessment_date, assessment_created, assessment_id,
#: prioritization_status, assessment_type, assessment_level, open_referral, on_laptop, first_name,
#: last_name, dob). ``place`` is the position of the stay's project in ``project_ids``; the
#: assessment is the stay's latest (see ``stays``), all None when it has none; the client's fields
#: are None and ``on_laptop`` 0 when the client record is not here. Values are as stored.
Stay = tuple[Any, ...]

_PAIRS = "SELECT DISTINCT event, typeof(event), referral_result, typeof(referral_result) FROM prioritization_event"
_OPENS = "(v.event IS ? AND typeof(v.event) = ? AND v.referral_result IS ? AND typeof(v.referral_result) = ?)"
_STAYS = """
WITH ce(project_id, place) AS (VALUES {ce})
SELECT e.personal_id, ce.place, e.entry_date,
       a.assessment_date, a.date_created, a.id, a.prioritization_status, a.assessment_type, a.assessment_level,
       EXISTS (SELECT 1 FROM prioritization_event v WHERE v.enrollment_id = e.id AND ({opening})),
       c.id IS NOT NULL, c.first_name, c.last_name, c.dob
FROM ce
CROSS JOIN prioritization_enrollment e ON e.project_id = ce.project_id
LEFT JOIN prioritization_assessment a ON a.enrollment_id = e.id AND (a.assessment_date, a.date_created, a.id) = (
    SELECT b.assessment_date, b.date_created, b.id FROM prioritization_assessment b WHERE b.enrollment_id = e.id
    ORDER BY b.assessment_date DESC, b.date_created DESC, b.id DESC LIMIT 1)
LEFT JOIN prioritization_client c ON c.id = e.personal_id
WHERE e.personal_id <> '' AND NOT EXISTS (SELECT 1 FROM prioritization_exit x WHERE x.enrollment_id = e.id)
"""


def stays(vault: Vault, project_ids: Sequence[str], opens_referral: Callable[[object, object], bool]) -> list[Stay]:
    """Every live enrollment in one of ``project_ids`` that names its person and has no live exit.

    A stay's latest assessment is the one latest by assessment date, then saved later, then with
    the greater id (a missing date counting as '', and given as ''): the last of the stay's rows in
    the table's key order, so finding it sorts nothing. ``opens_referral(event, referral_result)`` is
    the domain's rule for an event that keeps a referral open; it is asked once for each distinct
    pair stored, with their types (1, 1.0 and '1' are asked apart), never once per event.
    """
    if not project_ids:
        return []
    conn = vault.conn
    opening = [pair for pair in conn.execute(_PAIRS) if opens_referral(pair[0], pair[2])]
    sql = _STAYS.format(
        ce=", ".join("(?, ?)" for _ in project_ids), opening=" OR ".join(_OPENS for _ in opening) or "0"
    )
    args = [value for place, project_id in enumerate(project_ids) for value in (project_id, place)]
    return conn.execute(sql, [*args, *(value for pair in opening for value in pair)]).fetchall()
