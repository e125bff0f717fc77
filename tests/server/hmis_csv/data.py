"""A small, realistic export: two households, an outreach contact, bed nights, an exit."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from app.domain.current_living_situation import CurrentLivingSituation
from app.domain.service import Service
from server.hmis_csv import ExportInfo, HmisUser, Organization, Project, StoredRecord
from tests.domain import factories as f

TODAY = date(2025, 6, 1)
EXPORT_ID = "0e" * 16
USER_A = "1a" * 16
USER_B = "1b" * 16
ORG_ID = "0a" * 16
SHELTER = f.PROJECT_ID  # "a" * 32
OUTREACH = "0b" * 16

ROSA = f.CLIENT_ID
CHILD = "c1" * 16
JAMES = "c2" * 16
DANA = "c3" * 16

ROSA_ENR = f.ENROLLMENT_ID
CHILD_ENR = "e1" * 16
JAMES_ENR = "e2" * 16
DANA_ENR = "e3" * 16

CREATED = datetime(2025, 1, 10, 9, 30, 0)
UPDATED = datetime(2025, 3, 2, 16, 5, 12)


def info(**kw) -> ExportInfo:
    base = ExportInfo(
        export_id=EXPORT_ID,
        export_date=datetime(2025, 6, 1, 8, 0, 0),
        export_start=date(2025, 1, 1),
        export_end=date(2025, 5, 31),
        implementation_id="ct-hmis-intake-test",
        source_type=3,
        source_id="CT-505",
        source_name="Connecticut HMIS",
        source_contact_first="Pat",
        source_contact_last="Admin",
        source_contact_email="hmis@example.org",
        software_version="0.1.0",
    )
    return replace(base, **kw)


def users() -> list[HmisUser]:
    return [
        HmisUser(
            id=USER_A,
            first_name="Ana",
            last_name="Intake",
            email="ana@example.org",
            date_created=CREATED,
            date_updated=UPDATED,
        ),
        HmisUser(
            id=USER_B,
            first_name="Ben",
            last_name="Outreach",
            phone="8605550100",
            extension="12",
            date_created=CREATED,
            date_updated=UPDATED,
        ),
    ]


def organizations() -> list[Organization]:
    return [
        Organization(
            id=ORG_ID,
            name="Harbor House",
            victim_service_provider=0,
            user_id=USER_A,
            common_name="Harbor",
            date_created=CREATED,
            date_updated=UPDATED,
        )
    ]


def projects() -> list[Project]:
    return [
        Project(
            id=SHELTER,
            organization_id=ORG_ID,
            name="Harbor House Emergency Shelter",
            project_type=0,
            operating_start=date(2010, 1, 1),
            continuum_project=1,
            user_id=USER_A,
            housing_type=1,
            coc_code="CT-505",
            geocode="099009",
            date_created=CREATED,
            date_updated=UPDATED,
        ),
        Project(
            id=OUTREACH,
            organization_id=ORG_ID,
            name="Harbor Street Outreach",
            project_type=4,
            operating_start=date(2015, 7, 1),
            continuum_project=1,
            user_id=USER_B,
            coc_code="CT-505",
            geocode="099009",
            date_created=CREATED,
            date_updated=UPDATED,
        ),
    ]


def records() -> list:
    """Domain records, valid on TODAY, with a spread of answers."""
    hh = "d" * 32
    return [
        # Rosa, head of a household of two, still in the shelter
        f.client(alias=None, middle_name="María", additional_race_ethnicity="Puerto Rican"),
        f.enrollment(household_id=hh),
        f.income(),
        f.disability(),
        f.health_dv(),
        f.service(),
        f.service(id="5e" * 16, date_provided=date(2025, 1, 12)),
        f.consent(),  # ours: never exported
        # her child
        f.client(
            id=CHILD,
            first_name="Luz",
            last_name="Quinones",
            ssn=None,
            ssn_data_quality=99,
            dob=date(2016, 2, 29),
            hispanic_latinao=1,
            sex=0,
            veteran_status=99,
            alias=None,
        ),
        f.enrollment(
            id=CHILD_ENR,
            personal_id=CHILD,
            household_id=hh,
            relationship_to_hoh=2,
            enrollment_coc="CT-505",
            disabling_condition=0,
        ),
        f.disability(
            id="d1" * 16,
            enrollment_id=CHILD_ENR,
            personal_id=CHILD,
            disability_type=6,
            disability_response=0,
            indefinite_and_impairs=None,
        ),
        f.service(id="5f" * 16, enrollment_id=CHILD_ENR, personal_id=CHILD),
        # James: a single adult, exited to a rental with a subsidy, with income and a financial service
        f.client(
            id=JAMES,
            first_name="James",
            last_name="O'Brien, Jr.",
            ssn="345678912",
            dob=date(1961, 11, 3),
            hispanic_latinao=0,
            white=1,
            black_af_american=1,
            sex=1,
            veteran_status=1,
            alias=None,
        ),
        f.enrollment(
            id=JAMES_ENR,
            personal_id=JAMES,
            household_id="d4" * 16,
            entry_date=date(2025, 2, 3),
            living_situation=435,
            rental_subsidy_type=419,
            length_of_stay=3,
            los_under_threshold=0,
            disabling_condition=1,
            move_in_date=None,
        ),
        f.income(
            id="1c" * 16,
            enrollment_id=JAMES_ENR,
            personal_id=JAMES,
            information_date=date(2025, 2, 3),
            ssi=None,
            ssi_amount=None,
            total_monthly_income=Decimal("1250.5"),
            earned=1,
            earned_amount=Decimal("1250.50"),
            other_income_source=None,
            benefits_from_any_source=0,
            snap=None,
            insurance_from_any_source=1,
            medicaid=None,
            vha_services=1,
        ),
        f.health_dv(
            id="4d" * 16,
            enrollment_id=JAMES_ENR,
            personal_id=JAMES,
            information_date=date(2025, 2, 3),
            domestic_violence_survivor=0,
            when_occurred=None,
            currently_fleeing=None,
        ),
        f.disability(
            id="d2" * 16,
            enrollment_id=JAMES_ENR,
            personal_id=JAMES,
            information_date=date(2025, 2, 3),
            disability_type=10,
            disability_response=3,
            indefinite_and_impairs=1,
        ),
        Service(
            id="5a" * 16,
            enrollment_id=JAMES_ENR,
            personal_id=JAMES,
            date_provided=date(2025, 3, 1),
            record_type=152,
            type_provided=1,
            fa_amount=Decimal("800.00"),
        ),
        Service(
            id="5b" * 16,
            enrollment_id=JAMES_ENR,
            personal_id=JAMES,
            date_provided=date(2025, 2, 20),
            record_type=144,
            type_provided=4,
            other_type_provided='Bus pass, "monthly" = 1',
        ),
        f.exit_(
            id="e0" * 16,
            enrollment_id=JAMES_ENR,
            personal_id=JAMES,
            exit_date=date(2025, 3, 15),
            destination=435,
            destination_subsidy_type=419,
        ),
        # Dana: street outreach, contacts only
        f.client(
            id=DANA,
            first_name="Dana",
            last_name="Smith",
            name_data_quality=2,
            ssn="12345xxxx",
            ssn_data_quality=2,
            dob=None,
            dob_data_quality=8,
            hispanic_latinao=0,
            race_none=9,
            sex=None,
            veteran_status=8,
            alias=None,
        ),
        f.enrollment(
            id=DANA_ENR,
            personal_id=DANA,
            project_id=OUTREACH,
            household_id="d3" * 16,
            entry_date=date(2025, 4, 2),
            living_situation=116,
            length_of_stay=5,
            date_of_engagement=date(2025, 4, 20),
            enrollment_coc=None,
        ),
        f.cls(
            id="c5" * 16,
            enrollment_id=DANA_ENR,
            personal_id=DANA,
            information_date=date(2025, 4, 2),
            current_living_situation=116,
            leave_situation_14_days=None,
            subsequent_residence=None,
            resources_to_obtain=None,
            lease_own_60_day=None,
            moved_two_or_more=None,
            location_details="Under the Main St. bridge\nnear the river",
            verified_by="Outreach team",
        ),
        CurrentLivingSituation(
            id="c6" * 16,
            enrollment_id=DANA_ENR,
            personal_id=DANA,
            information_date=date(2025, 4, 20),
            current_living_situation=101,
            verified_by="=SUM(A1) kept as typed",
        ),
    ]


def stored(recs=None, *, deleted=()) -> list[StoredRecord]:
    return [
        StoredRecord(
            record=r,
            date_created=CREATED,
            date_updated=UPDATED,
            user_id=USER_B if r.KIND == "current_living_situation" else USER_A,
            date_deleted=UPDATED if r.id in deleted else None,
        )
        for r in (records() if recs is None else recs)
    ]


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def rezip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in files.items():
            zf.writestr(name, body)
    return out.getvalue()
