"""A CAN's prioritization list over a real vault, against the list written out by hand
(tests/services/prioritization_fixture.py says who is in it and why)."""

from __future__ import annotations

import csv
import os
import stat
from dataclasses import replace
from datetime import date

import pytest

from app.domain.ids import new_id
from app.domain.roles import ROLES
from app.services import prioritization as p
from app.storage.records import Records
from app.sync import projects
from tests.domain import factories as f
from tests.services.prioritization_fixture import (
    AS_OF,
    CAN,
    HEADER,
    NEIGHBOUR,
    PROJECTS,
    assessed,
    build,
    expected,
    stay,
)

ALLOWED = ("data_coordinator", "case_manager", "system_admin")


# Refusals first: the list is for the CAN's coordinators and CE staff only, and a refusal writes nothing.


@pytest.mark.parametrize("role", [r for r in ROLES if r not in ALLOWED] + [None, "", "HMIS admin"])
def test_other_roles_are_refused_with_a_sentence(vault, tmp_path, role):
    build(vault)
    with pytest.raises(p.NotAllowed, match="Only a Data Coordinator, a case manager doing coordinated entry"):
        p.compute(vault, role)
    target = tmp_path / "list.csv"
    with pytest.raises(p.NotAllowed):
        p.write_csv(target, [], role)
    assert not target.exists()


def test_a_file_that_cannot_be_written_is_refused_in_words_and_leaves_nothing(vault, tmp_path):
    build(vault)
    listing = p.compute(vault, "data_coordinator")
    out = tmp_path / "out"
    out.mkdir()
    for where in (out / "no such folder" / "list.csv", out):
        with pytest.raises(p.ExportFailed, match="could not be written there, and nothing was saved"):
            p.write_csv(where, listing.rows, "data_coordinator")
    assert list(out.iterdir()) == []


def test_a_laptop_that_has_not_heard_of_its_can_shows_an_empty_list(vault):
    build(vault)
    projects.store(vault, [])
    assert p.compute(vault, "case_manager") == p.PrioritizationList(None, (), ())


# The list itself.


@pytest.mark.parametrize("role", ALLOWED)
def test_the_list_matches_the_hand_made_one(vault, role):
    people = build(vault)
    listing = p.compute(vault, role)
    assert listing.can == CAN and listing.cans == (CAN,)
    assert [list(p.cells(r)) for r in listing.rows] == expected(people)
    eve = listing.rows[2]
    assert eve.status is None and eve.open_referral and eve.on_laptop and eve.assessment_date is None


def test_a_referral_given_its_result_leaves_the_list_closed(vault):
    people = build(vault)
    store = Records(vault, today=AS_OF)
    opened = next(e for e in store.children("event", enrollment_id=people["eve_open"].id) if e.is_open_referral)
    store.save(replace(opened, referral_result=1, result_date=date(2025, 5, 1)))
    assert [r.open_referral for r in p.compute(vault, "case_manager").rows] == [False, False, False]


def test_a_deleted_assessment_no_longer_counts_and_an_exit_takes_the_person_off(vault):
    people = build(vault)
    store = Records(vault, today=AS_OF)
    later = next(
        a
        for a in store.children("assessment", enrollment_id=people["dee_open"].id)
        if a.assessment_date == date(2025, 3, 10)
    )
    store.delete("assessment", later.id)
    dee = p.compute(vault, "data_coordinator").rows[1]
    assert (dee.status_label, dee.assessment_date, dee.type_label, dee.level_label) == (
        "Placed on prioritization list",
        date(2025, 1, 5),
        "Phone",
        "Crisis Needs Assessment",
    )
    store.save(
        f.exit_(
            id=new_id(), enrollment_id=people["dee_open"].id, personal_id=people["dee"].id, exit_date=date(2025, 5, 2)
        )
    )
    assert [r.last_name for r in p.compute(vault, "data_coordinator").rows] == ["Alvarez", "Evans"]


def test_two_assessments_on_one_day_the_later_saved_counts(vault):
    people = build(vault)
    store = Records(vault, today=AS_OF)
    first = assessed(people["dee_open"], assessment_date=date(2025, 3, 10), prioritization_status=1)
    store.save(first)
    vault.conn.execute("UPDATE record SET date_created = '2099-01-01T00:00:00+00:00' WHERE id = ?", (first.id,))
    assert p.compute(vault, "data_coordinator").rows[1].status == 1


def test_two_open_stays_in_the_can_make_one_row_naming_both_projects(vault):
    people = build(vault)
    Records(vault, today=AS_OF).save(stay(people["eve"], NEIGHBOUR, entry_date=date(2025, 1, 30)))
    eve = p.compute(vault, "case_manager").rows[2]
    assert eve.projects == ("Hartford access point", "Neighbour access point")
    assert eve.entry_date == date(2025, 1, 30)


def test_an_hmis_admin_laptop_with_several_cans_picks_one_and_may_show_another(vault):
    people = build(vault)
    projects.store(vault, [replace(pr, own=True) for pr in PROJECTS])
    listing = p.compute(vault, "system_admin")
    assert listing.cans == (CAN, "Northeast") and listing.can == CAN
    far = p.compute(vault, "system_admin", can="Northeast")
    assert [r.personal_id for r in far.rows] == [people["cruz"].id]
    assert far.rows[0].status_label == "Placed on prioritization list"
    assert p.compute(vault, "system_admin", can="Nowhere").can == CAN


# The CSV.


def test_the_csv_holds_the_rows_given_in_their_order_readable_by_its_owner_only(vault, tmp_path):
    people = build(vault)
    rows = p.compute(vault, "data_coordinator").rows
    target = tmp_path / "can list.csv"
    assert p.write_csv(target, rows[::-1], "data_coordinator") == 3
    with open(target, newline="", encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle)) == [HEADER, *expected(people)[::-1]]
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # so a spreadsheet reads the accents right


def test_the_csv_words_come_in_the_readers_language(vault, tmp_path):
    build(vault)
    rows = p.compute(vault, "data_coordinator").rows
    target = tmp_path / "list.csv"
    p.write_csv(
        target, rows[:1], "data_coordinator", words=lambda s: {"Last name": "Apellido", "No": "No (es)"}.get(s, s)
    )
    with open(target, newline="", encoding="utf-8-sig") as handle:
        header, row = list(csv.reader(handle))
    assert header[1] == "Apellido" and row[-1] == "No (es)"


@pytest.mark.parametrize("name", ['=HYPERLINK("http://x")', "+1+1", "-2", "@SUM(A1)", "\tTab", "\rCR"])
def test_a_cell_that_a_spreadsheet_would_run_is_written_as_text(vault, tmp_path, name):
    build(vault)
    person = f.client(id=new_id(), first_name="Gus", last_name=name, dob=date(1990, 3, 3))
    store = Records(vault, today=AS_OF)
    store.save_all([person, stay(person, PROJECTS[0].id)])
    rows = [r for r in p.compute(vault, "case_manager").rows if r.personal_id == person.id]
    target = tmp_path / "list.csv"
    p.write_csv(target, rows, "case_manager")
    with open(target, newline="", encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle))[1][1] == "'" + name
    assert p.safe_cell("O'Brien") == "O'Brien" and p.safe_cell("") == ""
