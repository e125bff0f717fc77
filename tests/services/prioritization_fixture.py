"""A hand-made CAN for the prioritization list tests (service and screen).

Projects known on the laptop, all but FAR in the Greater Hartford CAN:
  ACCESS     our access point: HUD type 14, no CEParticipation row        -> coordinated entry
  NEIGHBOUR  another agency's CE project (own false), type 1, CE true      -> coordinated entry
  SHELTER    our shelter, not coordinated entry                            -> not on the list
  FAR        a CE project of the Northeast CAN (own false)                 -> not on the list

People:
  Ana Alvarez  open in ACCESS, assessed 2025-02-01 (in person, housing needs, placed); an exited
               NEIGHBOUR stay with a later assessment (not placed) that does not count
  Ben Brooks   ACCESS stay exited, assessed while there                    -> not listed
  Cruz Colon   open in FAR only                                             -> not listed
  Dee Diaz     open in NEIGHBOUR; assessed 2025-01-05 (phone, crisis, placed) and 2025-03-10
               (virtual, housing, not placed), the later one saved first   -> the later counts
  Eve Evans    open in ACCESS and in SHELTER; never assessed; a referral with a result, a
               diversion, and a referral to an RRH opening with no result  -> open referral
  Fay Flores   open in SHELTER only                                         -> not listed
"""

from __future__ import annotations

from datetime import date

from app.domain.ids import new_id
from app.storage.records import Records
from app.sync import projects
from tests.domain import factories as f

AS_OF = date(2025, 6, 1)
CAN = "Greater Hartford"
ACCESS, NEIGHBOUR, SHELTER, FAR = "a1" * 16, "b2" * 16, "c3" * 16, "d4" * 16
PROJECTS = [
    projects.Project(ACCESS, "Hartford access point", 14, can_name=CAN),
    projects.Project(NEIGHBOUR, "Neighbour access point", 1, coordinated_entry=True, can_name=CAN, own=False),
    projects.Project(SHELTER, "Hartford shelter", 1, can_name=CAN),
    projects.Project(FAR, "Far access point", 14, coordinated_entry=True, can_name="Northeast", own=False),
]


def stay(person, project, **kw):
    return f.enrollment(id=new_id(), personal_id=person.id, project_id=project, household_id=new_id(), **kw)


def assessed(enrollment, **kw):
    return f.assessment(id=new_id(), enrollment_id=enrollment.id, personal_id=enrollment.personal_id, **kw)


def event(enrollment, **kw):
    return f.event(id=new_id(), enrollment_id=enrollment.id, personal_id=enrollment.personal_id, **kw)


def build(vault) -> dict:
    """Save the fixture; returns the people and records by name for the tests to refer to."""
    store = Records(vault, today=AS_OF)
    ana, ben, cruz, dee, eve, fay = (
        f.client(id=new_id(), first_name=first, last_name=last, dob=date(1970 + i, 1, 2))
        for i, (first, last) in enumerate(
            [
                ("Ana", "Alvarez"),
                ("Ben", "Brooks"),
                ("Cruz", "Colon"),
                ("Dee", "Diaz"),
                ("Eve", "Evans"),
                ("Fay", "Flores"),
            ]
        )
    )
    ana_open = stay(ana, ACCESS, entry_date=date(2025, 1, 20))
    ana_left = stay(ana, NEIGHBOUR, entry_date=date(2024, 11, 1))
    ben_left = stay(ben, ACCESS, entry_date=date(2025, 1, 3))
    cruz_far = stay(cruz, FAR)
    dee_open = stay(dee, NEIGHBOUR, entry_date=date(2025, 1, 4))
    eve_open, eve_shelter = stay(eve, ACCESS, entry_date=date(2025, 2, 14)), stay(eve, SHELTER)
    fay_shelter = stay(fay, SHELTER)
    records = [
        ana,
        ben,
        cruz,
        dee,
        eve,
        fay,
        ana_open,
        ana_left,
        ben_left,
        cruz_far,
        dee_open,
        eve_open,
        eve_shelter,
        fay_shelter,
        f.exit_(id=new_id(), enrollment_id=ana_left.id, personal_id=ana.id, exit_date=date(2025, 4, 30)),
        f.exit_(id=new_id(), enrollment_id=ben_left.id, personal_id=ben.id, exit_date=date(2025, 2, 1)),
        assessed(
            ana_open, assessment_date=date(2025, 2, 1), assessment_type=3, assessment_level=2, prioritization_status=1
        ),
        assessed(ana_left, assessment_date=date(2025, 4, 1), prioritization_status=2),
        assessed(ben_left, assessment_date=date(2025, 1, 10), prioritization_status=1),
        assessed(cruz_far, assessment_date=date(2025, 1, 11), prioritization_status=1),
        assessed(
            dee_open, assessment_date=date(2025, 3, 10), assessment_type=2, assessment_level=2, prioritization_status=2
        ),
        assessed(
            dee_open, assessment_date=date(2025, 1, 5), assessment_type=1, assessment_level=1, prioritization_status=1
        ),
        event(eve_open, event=14, referral_result=2, result_date=date(2025, 3, 1)),
        event(eve_open, event=2, location_crisis_or_ph_housing=None, prob_sol_div_rr_result=0),
        event(eve_open, event=13, location_crisis_or_ph_housing="Hartford RRH", event_date=date(2025, 4, 2)),
        event(ben_left, event=13, location_crisis_or_ph_housing="Hartford RRH"),
        event(cruz_far, event=14),
    ]
    store.save_all(records)
    projects.store(vault, PROJECTS)
    return {
        "ana": ana,
        "ben": ben,
        "cruz": cruz,
        "dee": dee,
        "eve": eve,
        "fay": fay,
        "dee_open": dee_open,
        "eve_open": eve_open,
    }


HEADER = [
    "Personal ID",
    "Last name",
    "First name",
    "Date of birth",
    "Coordinated entry project",
    "Project start date",
    "Prioritization status",
    "Last assessment",
    "Assessment type",
    "Assessment level",
    "Open referral",
]


def expected(people: dict) -> list[list[str]]:
    """The list written out by hand, in its first order (last name, first name)."""
    return [
        [
            people["ana"].id,
            "Alvarez",
            "Ana",
            "1970-01-02",
            "Hartford access point",
            "2025-01-20",
            "Placed on prioritization list",
            "2025-02-01",
            "In Person",
            "Housing Needs Assessment",
            "No",
        ],
        [
            people["dee"].id,
            "Diaz",
            "Dee",
            "1973-01-02",
            "Neighbour access point",
            "2025-01-04",
            "Not placed on prioritization list",
            "2025-03-10",
            "Virtual",
            "Housing Needs Assessment",
            "No",
        ],
        [
            people["eve"].id,
            "Evans",
            "Eve",
            "1974-01-02",
            "Hartford access point",
            "2025-02-14",
            "Not assessed yet",
            "",
            "",
            "",
            "Yes",
        ],
    ]
