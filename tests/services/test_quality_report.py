"""The data quality report over a real vault, against counts made by hand.

Fixture (two projects; "Harbor Shelter" is known on the laptop, the other only by its id):

  Harbor:  A1 complete                                  -> nothing
           A2 no date of birth (DQ 99)                  -> dob missing
           A3 SSN refused (DQ 9)                        -> ssn DK/R
           A4 approximate name (DQ 2); stay: disabling condition 8
                                                        -> name invalid; disabling_condition DK/R
           A5 complete; exit with destination 30        -> exit destination missing
  other:   A2 again (a second stay)                     -> dob missing (counts here too)
           B1 date of birth refused (DQ 9)              -> dob DK/R
  none:    N1 no stay, SSN not collected                -> ssn missing
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, timedelta, timezone

from app.domain.ids import new_id
from app.services.quality_report import quality_report
from app.storage.records import Records
from app.sync import projects
from tests.domain import factories as f

HARBOR, OTHER = "a1" * 16, "b2" * 16
AS_OF = date(2025, 6, 1)


def _client(**kw):
    return f.client(id=new_id(), **kw)


def _stay(client, project, **kw):
    return f.enrollment(id=new_id(), personal_id=client.id, project_id=project, household_id=new_id(), **kw)


def _fixture(vault):
    store = Records(vault, today=AS_OF)
    a1, a2, a3, a4, a5 = (
        _client(),
        _client(dob=None, dob_data_quality=99),
        _client(ssn=None, ssn_data_quality=9),
        _client(name_data_quality=2),
        _client(),
    )
    b1, n1 = _client(dob=None, dob_data_quality=9), _client(ssn=None, ssn_data_quality=99)
    stays = [
        _stay(a1, HARBOR),
        _stay(a2, HARBOR),
        _stay(a3, HARBOR),
        _stay(a4, HARBOR, disabling_condition=8),
        _stay(a5, HARBOR),
        _stay(a2, OTHER, entry_date=date(2025, 3, 1)),
        _stay(b1, OTHER),
    ]
    left = f.exit_(id=new_id(), enrollment_id=stays[4].id, personal_id=a5.id, destination=30)
    store.save_all([a1, a2, a3, a4, a5, b1, n1, *stays, left])
    projects.store(vault, [projects.Project(HARBOR, "Harbor Shelter", 1)])
    return {"a1": a1, "a2": a2, "a3": a3, "a4": a4, "a5": a5, "b1": b1, "n1": n1}


def test_counts_per_project_and_element_match_the_hand_counts(vault):
    people = _fixture(vault)
    report = quality_report(vault, as_of=AS_OF)
    assert [(p.project_id, p.name) for p in report.projects] == [
        (OTHER, None),
        (HARBOR, "Harbor Shelter"),
        (None, None),
    ]
    harbor, other, loose = report.project(HARBOR), report.project(OTHER), report.project(None)

    assert harbor.records["client"] == 5 and harbor.records["enrollment"] == 5 and harbor.records["exit"] == 1
    assert {(e.kind, e.element): (e.dont_know_refused, e.missing, e.invalid) for e in harbor.elements} == {
        ("client", "dob"): (0, 1, 0),
        ("client", "ssn"): (1, 0, 0),
        ("client", "name"): (0, 0, 1),
        ("enrollment", "disabling_condition"): (1, 0, 0),
        ("exit", "destination"): (0, 1, 0),
    }
    assert set(harbor.clients_with_issues) == {people[k].id for k in ("a2", "a3", "a4", "a5")}

    assert {(e.kind, e.element): (e.dont_know_refused, e.missing, e.invalid) for e in other.elements} == {
        ("client", "dob"): (1, 1, 0)
    }
    assert set(other.clients_with_issues) == {people["a2"].id, people["b1"].id}

    assert loose.records["client"] == 1 and loose.count("client", "ssn", "missing") == 1
    assert loose.clients_with_issues == (people["n1"].id,)


def test_a_deleted_record_is_not_counted_and_a_fix_clears_the_finding(vault):
    people = _fixture(vault)
    store = Records(vault, today=AS_OF)
    store.save(replace(people["a3"], ssn="234567892", ssn_data_quality=1))
    store.delete("client", people["n1"].id)
    report = quality_report(vault, as_of=AS_OF)
    harbor = report.project(HARBOR)
    assert harbor.count("client", "ssn", "dont_know_refused") == 0
    assert people["a3"].id not in harbor.clients_with_issues
    assert None not in [p.project_id for p in report.projects]


def test_an_empty_vault_gives_an_empty_report(vault):
    assert quality_report(vault).projects == ()


# -- timeliness (HUD Q6e) -------------------------------------------------------------------------
#
# The same records, each made on a day set by hand (as if typed late, or pulled with that date):
#
#   Harbor  A1 stay  2025-01-10, made 01-10 ->  0 days          same day
#           A2 stay  2025-01-10, made 01-13 ->  3 days          1-3
#           A3 stay  2025-01-10, made 01-14 ->  4 days          4-6
#           A4 stay  2025-01-10, made 01-20 -> 10 days          7-10
#           A5 stay  2025-01-10, made 01-21 -> 11 days          11+
#           A5 exit  2025-03-01, made 03-07 ->  6 days          4-6 (exits)
#   other   A2 stay  2025-03-01, made 02-27 -> -2 days          < 0 (entered ahead)
#           B1 stay  2025-01-10, made 01-11 ->  1 day           1-3

MADE = {
    ("a1", HARBOR): date(2025, 1, 10),
    ("a2", HARBOR): date(2025, 1, 13),
    ("a3", HARBOR): date(2025, 1, 14),
    ("a4", HARBOR): date(2025, 1, 20),
    ("a5", HARBOR): date(2025, 1, 21),
    ("a2", OTHER): date(2025, 2, 27),
    ("b1", OTHER): date(2025, 1, 11),
}


def made_on(vault, kind: str, record_id: str, stamp: str) -> None:
    """Set when the laptop made a record (a UTC time, as the vault stores it)."""
    with vault.transaction() as conn:
        conn.execute("UPDATE record SET date_created = ? WHERE kind = ? AND id = ?", (stamp, kind, record_id))


def _timed_fixture(vault):
    people = _fixture(vault)
    store = Records(vault, today=AS_OF)
    stays = {}
    for (who, project), day in MADE.items():
        stay = next(e for e in store.children("enrollment", personal_id=people[who].id) if e.project_id == project)
        made_on(vault, "enrollment", stay.id, f"{day.isoformat()}T12:00:00+00:00")
        stays[who, project] = stay
    (left,) = store.children("exit", personal_id=people["a5"].id)
    made_on(vault, "exit", left.id, "2025-03-07T12:00:00+00:00")
    return people, stays


def test_timeliness_counts_per_project_match_the_hand_counts(vault):
    _timed_fixture(vault)
    report = quality_report(vault, as_of=AS_OF)
    harbor, other, loose = report.project(HARBOR), report.project(OTHER), report.project(None)
    #                                  <0 0  1-3 4-6 7-10 11+
    assert harbor.timeliness.starts == (0, 1, 1, 1, 1, 1)
    assert harbor.timeliness.exits == (0, 0, 0, 1, 0, 0)
    assert other.timeliness.starts == (1, 0, 1, 0, 0, 0)
    assert other.timeliness.exits == (0, 0, 0, 0, 0, 0)
    assert loose.timeliness.total("start") == 0 and loose.timeliness.total("exit") == 0  # a client is no start
    assert report.timeliness.starts == (1, 1, 2, 1, 1, 1) and report.timeliness.exits == (0, 0, 0, 1, 0, 0)
    assert harbor.count("enrollment", "entry_date", "invalid") == 0  # lateness is not a missing / invalid finding


def test_timeliness_days_are_counted_on_the_laptops_calendar(vault):
    _people, stays = _timed_fixture(vault)
    # Made at 03:00 UTC on the 11th: the 10th in Connecticut (UTC-5), the 11th in UTC.
    made_on(vault, "enrollment", stays["a1", HARBOR].id, "2025-01-11T03:00:00+00:00")
    eastern = quality_report(vault, as_of=AS_OF, zone=timezone(timedelta(hours=-5))).project(HARBOR)
    utc = quality_report(vault, as_of=AS_OF, zone=UTC).project(HARBOR)
    assert eastern.timeliness.count("start", "same_day") == 1
    assert utc.timeliness.count("start", "same_day") == 0 and utc.timeliness.count("start", "days_1_3") == 2


def test_a_deleted_stay_or_exit_leaves_the_timeliness_counts(vault):
    people, stays = _timed_fixture(vault)
    store = Records(vault, today=AS_OF)
    (left,) = store.children("exit", personal_id=people["a5"].id)
    store.delete("exit", left.id)
    store.delete("enrollment", stays["a2", OTHER].id)
    report = quality_report(vault, as_of=AS_OF)
    assert report.project(HARBOR).timeliness.total("exit") == 0
    assert report.project(OTHER).timeliness.starts == (0, 0, 1, 0, 0, 0)


def test_an_exit_whose_stay_is_not_on_this_laptop_still_counts_under_no_enrollment(vault):
    _people, stays = _timed_fixture(vault)
    store = Records(vault, today=AS_OF)
    store.delete("enrollment", stays["a5", HARBOR].id)
    report = quality_report(vault, as_of=AS_OF)
    assert report.project(None).timeliness.exits == (0, 0, 0, 1, 0, 0)
    assert report.project(HARBOR).timeliness.total("exit") == 0
