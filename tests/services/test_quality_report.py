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
from datetime import date

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
    a1, a2, a3, a4, a5 = _client(), _client(dob=None, dob_data_quality=99), \
        _client(ssn=None, ssn_data_quality=9), _client(name_data_quality=2), _client()
    b1, n1 = _client(dob=None, dob_data_quality=9), _client(ssn=None, ssn_data_quality=99)
    stays = [_stay(a1, HARBOR), _stay(a2, HARBOR), _stay(a3, HARBOR), _stay(a4, HARBOR, disabling_condition=8),
             _stay(a5, HARBOR), _stay(a2, OTHER, entry_date=date(2025, 3, 1)), _stay(b1, OTHER)]
    left = f.exit_(id=new_id(), enrollment_id=stays[4].id, personal_id=a5.id, destination=30)
    store.save_all([a1, a2, a3, a4, a5, b1, n1, *stays, left])
    projects.store(vault, [projects.Project(HARBOR, "Harbor Shelter", 1)])
    return {"a1": a1, "a2": a2, "a3": a3, "a4": a4, "a5": a5, "b1": b1, "n1": n1}


def test_counts_per_project_and_element_match_the_hand_counts(vault):
    people = _fixture(vault)
    report = quality_report(vault, as_of=AS_OF)
    assert [(p.project_id, p.name) for p in report.projects] == [(OTHER, None), (HARBOR, "Harbor Shelter"),
                                                                (None, None)]
    harbor, other, loose = report.project(HARBOR), report.project(OTHER), report.project(None)

    assert harbor.records["client"] == 5 and harbor.records["enrollment"] == 5 and harbor.records["exit"] == 1
    assert {(e.kind, e.element): (e.dont_know_refused, e.missing, e.invalid) for e in harbor.elements} == {
        ("client", "dob"): (0, 1, 0), ("client", "ssn"): (1, 0, 0), ("client", "name"): (0, 0, 1),
        ("enrollment", "disabling_condition"): (1, 0, 0), ("exit", "destination"): (0, 1, 0)}
    assert set(harbor.clients_with_issues) == {people[k].id for k in ("a2", "a3", "a4", "a5")}

    assert {(e.kind, e.element): (e.dont_know_refused, e.missing, e.invalid) for e in other.elements} == {
        ("client", "dob"): (1, 1, 0)}
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
