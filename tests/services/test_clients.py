"""The client directory against a real SQLCipher vault: search, profile, audit, consent in words."""
from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest

from app.domain.ids import new_id
from app.services.clients import ClientDirectory, ClientRow, consent_status
from app.storage import audit
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
    records.save_all([
        f.client(alias="Rosie"),
        f.client(id=new_id(), first_name="Marcus", last_name="Freeman", ssn="345678912", dob=date(1975, 2, 3)),
        f.enrollment(), f.service(), f.consent(),
    ])
    return ClientDirectory(vault, today=TODAY)


def _views(vault):
    return [e for e in audit.entries(vault.conn) if e.action == "view"]


@pytest.mark.parametrize("text", ["Quinones", "rosa quin", "Rosie", "05/17/1980", "1980-05-17", "7891",
                                  "Quinonez"])
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
    Records(vault, today=TODAY).save(f.client(ssn=None, ssn_data_quality=9, dob=None, dob_data_quality=99,
                                              name_data_quality=2, first_name="Shorty", last_name=None,
                                              hispanic_latinao=0, race_none=None, veteran_status=0))
    profile = ClientDirectory(vault, today=TODAY).profile(f.CLIENT_ID)
    assert profile.flags == {"ssn": "dont_know_refused", "dob": "missing", "name": "missing", "race": "missing"}


def test_a_complete_client_has_no_flags(directory):
    assert directory.profile(f.CLIENT_ID).flags == {}


def test_consent_in_force_is_described_in_words(directory):
    status = directory.profile(f.CLIENT_ID).consent
    assert status.on_file
    assert status.summary == ("Release of information in force: Share all information with participating "
                              "agencies (signed 2025-01-10, until 2026-01-10).")


def test_no_consent_on_file(vault):
    Records(vault, today=TODAY).save(f.client())
    status = ClientDirectory(vault, today=TODAY).profile(f.CLIENT_ID).consent
    assert not status.on_file and status.summary == "No release of information on file."


@pytest.mark.parametrize("consent, words", [
    (f.consent(expires_date=date(2025, 5, 1)), "The release of information expired on 2025-05-01."),
    (f.consent(revoked_date=date(2025, 3, 1)), "The release of information was revoked on 2025-03-01."),
    (f.consent(granted=False, scope="none"), "The client refused a release of information on 2025-01-10."),
])
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
