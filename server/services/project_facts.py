"""What a device must know of the projects it enrolls in, and of its CAN's coordinated entry.

Why more than the project row: the intake asks the elements each funder requires (HUD's program
manuals by funder: PATH, RHY, SSVF, HOPWA, VA, CoC, ESG), a coordinated entry project records
assessments and events, and a CAN's prioritization list is drawn from the enrollments in its
coordinated entry projects, whichever agency of the CAN runs them. Funders and participation
live in the HMIS Admin's descriptor rows (Funder.csv, CEParticipation.csv); they are given here
as they stand today, and the device asks again at each sign-in and sync.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import Connection, or_, select

from server.db.schema import agency, project
from server.services import descriptor_store


def _current(values: Mapping[str, Any], start: str, end: str, today: date) -> bool:
    first, last = values.get(start), values.get(end)
    return values.get("DateDeleted") is None and (first is None or first <= today) and (last is None or last >= today)


def projects_for(conn: Connection, agency_id: str | None, today: date) -> list[dict[str, Any]]:
    """The caller's agency's projects (all of them for the HMIS Admin), and the coordinated
    entry projects of other agencies in the same CAN (``own`` false: not for intake), each with
    its current funders (HUD 2.06.1 codes), whether it takes part in coordinated entry today,
    and its agency's CAN."""
    ce_ids = {
        r.project_id
        for r in descriptor_store.rows(conn, "CEParticipation")
        if r.project_id and _current(r.values, "CEParticipationStatusStartDate", "CEParticipationStatusEndDate", today)
    }
    funders: dict[str, set[int]] = {}
    for r in descriptor_store.rows(conn, "Funder"):
        if r.project_id and r.values.get("Funder") is not None and _current(r.values, "StartDate", "EndDate", today):
            funders.setdefault(r.project_id, set()).add(r.values["Funder"])
    query = select(project, agency.c.can_name).join(agency, agency.c.id == project.c.agency_id)
    if agency_id is not None:
        mine = select(agency.c.can_name).where(agency.c.id == agency_id).scalar_subquery()
        query = query.where(
            or_(project.c.agency_id == agency_id, (agency.c.can_name == mine) & project.c.id.in_(sorted(ce_ids)))
        )
    found = []
    for p in conn.execute(query.order_by(project.c.name, project.c.id)):
        row = dict(p._mapping)
        row.update(
            funders=sorted(funders.get(row["id"], ())),
            coordinated_entry=row["id"] in ce_ids,
            own=agency_id is None or row["agency_id"] == agency_id,
        )
        found.append(row)
    return found
