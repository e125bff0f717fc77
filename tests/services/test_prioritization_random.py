"""The list on many made-up people, several stays each, against the list's rules applied the plain
way: every live record body decoded in Python, one person at a time (the list's first version).

The made-up vault has what the hand-made CAN has too little of: people with two or three open
coordinated entry stays, each assessed, on the same day or not; exits, deletions, sync pulls of
another agency's records, and people whose client record is not on the laptop.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date, timedelta

from app.domain.ids import new_id
from app.services import prioritization as p
from app.storage import remote_records
from app.storage.records import Records
from app.sync import projects
from tests.domain import factories as f
from tests.services.prioritization_fixture import ACCESS, AS_OF, FAR, NEIGHBOUR, PROJECTS, SHELTER, assessed, event

CE_NAMES = {ACCESS: "Hartford access point", NEIGHBOUR: "Neighbour access point"}


def plainly(vault) -> list[tuple]:
    """The list by its rules, from every live body, as a tuple per person in the list's order."""
    live = [
        (kind, rid, pid, eid, created, json.loads(body))
        for kind, rid, pid, eid, created, body in vault.conn.execute(
            "SELECT kind, id, personal_id, enrollment_id, date_created, body FROM record WHERE date_deleted IS NULL"
        )
    ]
    exited = {eid for kind, _r, _p, eid, _c, _b in live if kind == "exit"}
    stays = {
        rid: (pid, b["project_id"], b["entry_date"])
        for kind, rid, pid, _e, _c, b in live
        if kind == "enrollment" and b["project_id"] in CE_NAMES and rid not in exited and pid
    }
    latest: dict[str, tuple] = {}
    for kind, rid, _p, eid, created, b in live:
        if kind == "assessment" and eid in stays:
            key = (b["assessment_date"] or "", created, rid)
            if stays[eid][0] not in latest or key > latest[stays[eid][0]][0]:
                latest[stays[eid][0]] = (key, b["prioritization_status"], b["assessment_type"], b["assessment_level"])
    referred = {
        stays[eid][0]
        for kind, _r, _p, eid, _c, b in live
        if kind == "event"
        and eid in stays
        and b["event"] in (10, 11, 12, 13, 14, 15, 17, 18)
        and b.get("referral_result") is None
    }
    clients = {rid: b for kind, rid, _p, _e, _c, b in live if kind == "client"}
    out = []
    for pid in {s[0] for s in stays.values()}:
        theirs = [s for s in stays.values() if s[0] == pid]
        c = clients.get(pid, {})
        a = latest.get(pid)
        out.append(
            (
                pid,
                c.get("first_name"),
                c.get("last_name"),
                c.get("dob"),
                pid in clients,
                tuple(sorted({CE_NAMES[s[1]] for s in theirs})),
                min(s[2] for s in theirs),
                a[1] if a else None,
                a[0][0] or None if a else None,
                a[2] if a else None,
                a[3] if a else None,
                pid in referred,
            )
        )
    out.sort(key=lambda r: ((r[2] or "").casefold(), (r[1] or "").casefold(), r[0]))
    return out


def listed(vault) -> list[tuple]:
    day = lambda d: d.isoformat() if d else None  # noqa: E731
    return [
        (
            r.personal_id,
            r.first_name,
            r.last_name,
            day(r.dob),
            r.on_laptop,
            r.projects,
            day(r.entry_date),
            r.status,
            day(r.assessment_date),
            r.assessment_type,
            r.assessment_level,
            r.open_referral,
        )
        for r in p.compute(vault, "data_coordinator").rows
    ]


def fill(vault, rng: random.Random, n: int = 60) -> None:
    store = Records(vault, today=AS_OF)
    for i in range(n):
        person = f.client(
            id=new_id(),
            first_name=rng.choice(["Ana", "ana", "Zoë", "Lee"]),
            last_name=rng.choice(["Smith", "smith", "Ortiz", "Ng", "Smith Jr"]) if i % 9 else None,
            name_data_quality=1 if i % 9 else 2,
            dob=date(1960, 1, 1) + timedelta(days=rng.randint(0, 9000)),
        )
        records: list = [person]
        for _ in range(rng.choice((1, 1, 2, 3))):
            where = rng.choice([ACCESS, ACCESS, NEIGHBOUR, SHELTER, FAR])
            start = date(2024, 6, 1) + timedelta(days=rng.randint(0, 200))
            stay = f.enrollment(
                id=new_id(), personal_id=person.id, project_id=where, household_id=new_id(), entry_date=start
            )
            records.append(stay)
            records.extend(
                assessed(
                    stay,
                    assessment_date=start + timedelta(days=rng.choice((0, 0, 3, 9))),
                    prioritization_status=rng.choice((1, 2)),
                    assessment_type=rng.choice((1, 2, 3)),
                    assessment_level=rng.choice((1, 2)),
                )
                for _ in range(rng.choice((0, 1, 2, 3)))
            )
            if rng.random() < 0.4:
                code = rng.choice((2, 13, 14))
                records.append(
                    event(
                        stay,
                        event=code,
                        event_date=start,
                        location_crisis_or_ph_housing="Hartford" if code != 2 else None,
                        referral_result=rng.choice((None, 1)) if code != 2 else None,
                        result_date=start if code != 2 and rng.random() < 0.5 else None,
                    )
                    if False
                    else _event(stay, code, start, rng)
                )
            if rng.random() < 0.2:
                records.append(
                    f.exit_(
                        id=new_id(), enrollment_id=stay.id, personal_id=person.id, exit_date=start + timedelta(days=5)
                    )
                )
        store.save_all(records)
        if rng.random() < 0.1:
            store.delete("client", person.id)
        elif rng.random() < 0.1:
            gone = rng.choice(records[1:])
            store.delete(gone.KIND, gone.id)


def _event(stay, code: int, start: date, rng: random.Random):
    if code == 2:
        return event(stay, event=2, event_date=start, location_crisis_or_ph_housing=None, prob_sol_div_rr_result=0)
    result = rng.choice((None, 1))
    return event(
        stay,
        event=code,
        event_date=start,
        location_crisis_or_ph_housing="Hartford",
        referral_result=result,
        result_date=start if result else None,
    )


def test_many_people_with_several_stays_come_out_as_the_rules_say(vault):
    projects.store(vault, PROJECTS)
    rng = random.Random(7)
    fill(vault, rng)
    want = plainly(vault)
    assert len(want) > 30 and any(len(r[5]) == 2 for r in want) and any(not r[4] for r in want)
    assert listed(vault) == want
    # Same-day assessments on two stays of one person: the later saved counts, whichever stay.
    store = Records(vault, today=AS_OF)
    person = f.client(id=new_id(), first_name="Tie", last_name="Tate")
    one, two = (
        f.enrollment(
            id=new_id(), personal_id=person.id, project_id=where, household_id=new_id(), entry_date=date(2025, 1, 1)
        )
        for where in (ACCESS, NEIGHBOUR)
    )
    first, second = (
        assessed(two, assessment_date=date(2025, 2, 2), prioritization_status=1),
        assessed(one, assessment_date=date(2025, 2, 2), prioritization_status=2),
    )
    store.save_all([person, one, two, first, second])
    vault.conn.execute("UPDATE record SET date_created = '2099-01-01T00:00:00+00:00' WHERE id = ?", (first.id,))
    assert listed(vault) == plainly(vault)
    assert [r[7] for r in listed(vault) if r[0] == person.id] == [1]
    # Records pulled from another agency, then some of them deleted there.
    pulled = list(Records(vault).children("enrollment", personal_id=person.id))
    with vault.transaction() as conn:
        for n, stay in enumerate(pulled):
            remote_records.accept(
                conn, replace(stay, entry_date=date(2024, 12, 1 + n)), server_version=1, deleted=n == 1
            )
    assert listed(vault) == plainly(vault)
