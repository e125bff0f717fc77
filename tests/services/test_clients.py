"""The client directory against a real SQLCipher vault: search, profile, audit, consent in words."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest

from app.domain.ids import new_id
from app.services.clients import ClientDirectory, ClientRow, ExitRefused, consent_status
from app.storage import audit, outbox
from app.storage.errors import RecordNotFound
from app.storage.records import Records
from app.sync.projects import Project, store
from tests.domain import factories as f

TODAY = date(2025, 6, 1)
SHELTER = Project(f.PROJECT_ID, "Hartford Night Shelter", 1)


@pytest.fixture
def directory(vault):
    store(vault, [SHELTER])
    records = Records(vault, today=TODAY)
    records.save_all(
        [
            f.client(alias="Rosie"),
            f.client(id=new_id(), first_name="Marcus", last_name="Freeman", ssn="345678912", dob=date(1975, 2, 3)),
            f.enrollment(),
            f.service(),
            f.consent(),
        ]
    )
    return ClientDirectory(vault, today=TODAY)


def _views(vault):
    return [e for e in audit.entries(vault.conn) if e.action == "view"]


@pytest.mark.parametrize("text", ["Quinones", "rosa quin", "Rosie", "05/17/1980", "1980-05-17", "7891", "Quinonez"])
def test_search_finds_by_name_alias_dob_ssn_digits_and_misspelling(directory, text):
    rows = directory.search(text)
    assert rows and rows[0].client_id == f.CLIENT_ID
    assert rows[0].name == "Quinones, Rosa" and rows[0].dob == date(1980, 5, 17)
    assert rows[0].ssn_last4 == "7891" and rows[0].alias == "Rosie"


def test_a_search_row_never_carries_the_full_ssn(directory):
    row = directory.search("Quinones")[0]
    assert {x.name for x in fields(ClientRow)} == {"client_id", "name", "dob", "ssn_last4", "alias"}
    assert "234567891" not in repr(row)


def test_nothing_typed_finds_nothing_and_a_search_is_not_a_record_view(directory, vault):
    assert directory.search("") == [] and directory.search("   ") == []
    directory.search("Quinones")
    assert _views(vault) == []


def test_opening_a_profile_is_an_audited_record_view(directory, vault):
    profile = directory.profile(f.CLIENT_ID)
    assert profile.client.first_name == "Rosa"
    views = _views(vault)
    assert [(v.kind, v.record_id, v.actor) for v in views] == [("client", f.CLIENT_ID, "alice")]


def test_an_unknown_client_is_refused_and_nothing_is_audited(directory, vault):
    with pytest.raises(RecordNotFound):
        directory.profile(new_id())
    assert _views(vault) == []


def test_profile_has_enrollments_with_project_words_exit_and_services(directory, vault):
    profile = directory.profile(f.CLIENT_ID)
    (stay,) = profile.enrollments
    assert stay.project_name == "Hartford Night Shelter" and stay.is_night_by_night and stay.is_open
    assert profile.open_enrollments == (stay,)
    assert [s.date_provided for s in profile.services] == [date(2025, 1, 11)]
    Records(vault, today=TODAY).save(f.exit_())
    stay = directory.profile(f.CLIENT_ID).enrollments[0]
    assert stay.exit is not None and stay.exit.destination == 410 and not stay.is_open


def test_a_project_the_device_does_not_know_is_said_in_words(vault):
    Records(vault, today=TODAY).save_all([f.client(), f.enrollment()])
    stay = ClientDirectory(vault, today=TODAY).profile(f.CLIENT_ID).enrollments[0]
    assert stay.project_name == "Project not on this device" and not stay.is_night_by_night


def test_data_quality_flags_per_element(vault):
    Records(vault, today=TODAY).save(
        f.client(
            ssn=None,
            ssn_data_quality=9,
            dob=None,
            dob_data_quality=99,
            name_data_quality=2,
            first_name="Shorty",
            last_name=None,
            hispanic_latinao=0,
            race_none=None,
            veteran_status=0,
        )
    )
    profile = ClientDirectory(vault, today=TODAY).profile(f.CLIENT_ID)
    assert profile.flags == {"ssn": "dont_know_refused", "dob": "missing", "name": "missing", "race": "missing"}


def test_a_complete_client_has_no_flags(directory):
    assert directory.profile(f.CLIENT_ID).flags == {}


def test_consent_in_force_is_described_in_words(directory):
    status = directory.profile(f.CLIENT_ID).consent
    assert status.on_file
    assert status.summary == (
        "Release of information in force: Share all information with participating "
        "agencies (signed 2025-01-10, until 2026-01-10)."
    )


def test_no_consent_on_file(vault):
    Records(vault, today=TODAY).save(f.client())
    status = ClientDirectory(vault, today=TODAY).profile(f.CLIENT_ID).consent
    assert not status.on_file and status.summary == "No release of information on file."


@pytest.mark.parametrize(
    "consent, words",
    [
        (f.consent(expires_date=date(2025, 5, 1)), "The release of information expired on 2025-05-01."),
        (f.consent(revoked_date=date(2025, 3, 1)), "The release of information was revoked on 2025-03-01."),
        (f.consent(granted=False, scope="none"), "The client refused a release of information on 2025-01-10."),
    ],
)
def test_consent_that_is_not_in_force_says_why(consent, words):
    assert consent_status([consent], agency_id=None, today=TODAY).summary == words


def test_a_consent_in_force_wins_over_a_later_refusal_only_while_it_lasts():
    given = f.consent(id=new_id())
    later = f.consent(id=new_id(), granted=False, scope="none", signed_date=date(2025, 4, 1), expires_date=None)
    assert consent_status([given, later], agency_id=None, today=TODAY).consent == given
    assert consent_status([given, later], agency_id=None, today=date(2026, 2, 1)).consent == later


def test_another_agencys_consent_is_not_this_agencys():
    other = f.consent(agency_id=new_id())
    assert not consent_status([other], agency_id=f.AGENCY_ID, today=TODAY).on_file


# -- household exits -----------------------------------------------------------------------------

PARTNER_ID, CHILD_ID = "4" * 32, "2" * 32
HOUSEHOLD = "d" * 32


def _member(client_id: str, first: str, relationship: int, **kw):
    person = f.client(id=client_id, first_name=first, ssn=None, ssn_data_quality=99)
    stay = f.enrollment(id=new_id(), personal_id=client_id, relationship_to_hoh=relationship, **kw)
    return person, stay


@pytest.fixture
def household(vault):
    """Rosa (head), her partner Luis and her son Mateo, who joined the stay on 2025-03-01."""
    store(vault, [SHELTER])
    partner, partner_stay = _member(PARTNER_ID, "Luis", 3)
    child, child_stay = _member(CHILD_ID, "Mateo", 2, entry_date=date(2025, 3, 1))
    Records(vault, today=TODAY).save_all([f.client(), f.enrollment(), partner, partner_stay, child, child_stay])
    return ClientDirectory(vault, today=TODAY)


def _head_stay(directory):
    return directory.profile(f.CLIENT_ID, audit=False).enrollments[0]


def _exits(vault):
    return Records(vault).count("exit")


def _exit_for(enrollment, day=date(2025, 5, 30)):
    return f.exit_(id=new_id(), enrollment_id=enrollment.id, personal_id=enrollment.personal_id, exit_date=day)


def test_a_member_exit_before_that_members_entry_saves_nobodys_exit(household, vault):
    members = household.household_to_exit(_head_stay(household))
    child = next(m for m in members if m.enrollment.personal_id == CHILD_ID)
    exits = [_exit_for(f.enrollment(), date(2025, 2, 1))] + [_exit_for(m.enrollment, date(2025, 2, 1)) for m in members]
    pending = outbox.pending_count(vault.conn)
    with pytest.raises(ExitRefused) as refused:
        household.record_exits(exits)
    assert {k: [(e.field, e.code) for e in v] for k, v in refused.value.problems.items()} == {
        child.enrollment.id: [("exit_date", "before_entry")]
    }
    assert "Mateo" not in str(refused.value) and "Quinones" not in str(refused.value)  # no names in an exception
    assert _exits(vault) == 0 and outbox.pending_count(vault.conn) == pending


def test_an_already_exited_member_stops_the_whole_save(household, vault):
    members = household.household_to_exit(_head_stay(household))
    exits = [_exit_for(f.enrollment())] + [_exit_for(m.enrollment) for m in members]
    Records(vault, today=TODAY).save(_exit_for(members[0].enrollment))  # another screen got there first
    with pytest.raises(ExitRefused) as refused:
        household.record_exits(exits)
    assert set(refused.value.problems) == {members[0].enrollment.id}
    assert refused.value.codes() == {"already_exited"}
    assert _exits(vault) == 1


def test_the_head_is_offered_the_members_still_in_the_project_with_their_relationship(household):
    members = household.household_to_exit(_head_stay(household))
    assert [(m.name, m.relationship) for m in members] == [
        ("Quinones, Mateo", "Child"),
        ("Quinones, Luis", "Spouse or partner"),
    ]


def test_a_household_exits_in_one_save(household, vault):
    members = household.household_to_exit(_head_stay(household))
    household.record_exits([_exit_for(f.enrollment())] + [_exit_for(m.enrollment) for m in members])
    assert _exits(vault) == 3
    assert all(not stay.is_open for stay in household.profile(CHILD_ID, audit=False).enrollments)
    assert household.household_to_exit(_head_stay(household)) == []


def test_a_member_who_is_not_the_head_exits_alone(household, vault):
    child_stay = household.profile(CHILD_ID, audit=False).enrollments[0]
    assert household.household_to_exit(child_stay) == []
    household.record_exit(_exit_for(child_stay.enrollment))
    assert _exits(vault) == 1 and _head_stay(household).is_open


def test_members_already_gone_or_in_another_project_are_not_offered(household, vault):
    records = Records(vault, today=TODAY)
    luis = next(m for m in household.household_to_exit(_head_stay(household)) if m.enrollment.personal_id == PARTNER_ID)
    records.save(_exit_for(luis.enrollment, date(2025, 4, 1)))
    cousin, elsewhere = _member("8" * 32, "Ana", 4, project_id="9" * 32)
    records.save_all([cousin, elsewhere])
    assert [m.name for m in household.household_to_exit(_head_stay(household))] == ["Quinones, Mateo"]


def test_one_stay_closed_twice_in_one_save_is_refused(household, vault):
    head = f.enrollment()
    with pytest.raises(ExitRefused) as refused:
        household.record_exits([_exit_for(head), _exit_for(head)])
    assert refused.value.codes() == {"already_exited"} and _exits(vault) == 0
