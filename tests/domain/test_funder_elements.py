"""The funders' element table names real fields of the records they are stored in, and follows HUD's
data dictionary: which funder, project type, stage and person each element is asked of."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.domain import funder_elements as fe
from app.domain.client import Client
from app.domain.disability import Disability
from app.domain.employment_education import EmploymentEducation
from app.domain.enrollment import Enrollment
from app.domain.exit import Exit
from app.domain.health_and_dv import HealthAndDV
from app.domain.hud_lists import FUNDING_SOURCE
from app.domain.income_benefits import IncomeBenefits
from app.domain.youth_education_status import YouthEducationStatus

TYPES = {
    t.KIND: t
    for t in (
        Client,
        Enrollment,
        Exit,
        IncomeBenefits,
        HealthAndDV,
        EmploymentEducation,
        Disability,
        YouthEducationStatus,
    )
}
EVERY = [e for family in fe.ELEMENTS.values() for e in family]  # the common elements too
COLUMNS = Path(__file__).resolve().parents[3] / "shared" / "hmis" / "hmis-csv-fy2026-columns.tsv"


def _codes(funders, stage, project_type) -> list[str]:
    return [e.code for e in fe.elements_for(funders, stage, project_type)]


@pytest.mark.parametrize("element", EVERY, ids=lambda e: e.code)
def test_every_field_exists_on_its_record(element):
    names = set(TYPES[element.kind].field_names())
    assert set(element.fields) <= names
    assert set(element.required) <= set(element.fields)
    for gateway, _, follow in element.then:
        assert gateway in element.fields and set(follow) <= set(element.fields)
    assert element.who in (fe.HEAD, fe.ADULTS, fe.ALL, fe.VETERANS, fe.HIV)
    assert set(element.stages) <= {fe.ENTRY, fe.UPDATE, fe.EXIT, fe.ANNUAL, fe.POST_EXIT}
    assert element.funders is None or element.funders <= set(fe.FAMILY)


@pytest.mark.skipif(not COLUMNS.exists(), reason="HUD's CSV column table is not beside the repository")
@pytest.mark.parametrize("element", EVERY, ids=lambda e: e.code)
def test_every_field_is_a_column_of_hud_fy2026_csv(element):
    """Each field is one of HUD's FY2026 columns (snake_case of its name) in the record's CSV file."""
    with COLUMNS.open(newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if r["CSV"] == TYPES[element.kind].CSV_FILE]
    columns = {r["Name"].lower() for r in rows}
    assert {f.replace("_", "") for f in element.fields} <= columns


def test_every_family_code_is_on_hud_list_2_06_1():
    assert all(code in FUNDING_SOURCE for code in fe.FAMILY)
    assert set(fe.FAMILY.values()) == set(fe.FAMILIES) == set(fe.ELEMENTS) - {fe.COMMON_KEY}
    assert fe.ELEMENTS[fe.COMMON_KEY] is fe.COMMON


@pytest.mark.parametrize(
    "funders, stage, project_type, has, lacks",
    [
        # PATH (DD P3, P4): status optional until determined, required at exit; SOAR at every stage.
        ((21,), fe.ENTRY, 4, {"P3", "P4", "4.02", "4.03", "4.04", "4.11"}, {"V1", "R1"}),
        ((21,), fe.ANNUAL, 4, {"P4", "4.02", "4.04"}, {"P3", "4.11"}),  # DV: start and update only
        ((21,), fe.EXIT, 4, {"P3", "P4", "4.02"}, {"4.11"}),
        # RHY: BCP asks R2; the Street Outreach Project asks insurance, pregnancy and exploitation only.
        ((22,), fe.ENTRY, 0, {"R1", "R2", "R4-R6", "4.03", "4.04"}, {"4.02", "4.11"}),
        ((24,), fe.ENTRY, 2, {"R1", "R4-R6", "R13", "4.02", "4.03", "4.04"}, {"R2", "4.11"}),
        ((25,), fe.ENTRY, 4, {"R10", "4.04"}, {"R1", "R4-R6", "R13", "4.02", "4.03"}),
        ((25,), fe.EXIT, 4, {"R15", "R16", "4.04"}, {"R17", "R18", "R19"}),
        ((24,), fe.UPDATE, 2, {"R10", "4.02"}, {"R4-R6", "R7-R9"}),
        ((24,), fe.EXIT, 2, {"R4-R6", "R7-R9", "R15", "R16", "R17", "R18", "R19"}, {"R1", "R10", "R20"}),
        ((22,), fe.EXIT, 12, {"R15", "R18"}, {"R16", "R17", "R19"}),  # BCP prevention
        ((24,), fe.POST_EXIT, 2, {"R20"}, set()),
        # SSVF (RRH and HP), VA.
        ((33,), fe.ENTRY, 13, {"V1", "V4", "V6", "P4", "R4, R6", "4.11"}, {"V7"}),  # V7: homelessness prevention only
        ((33, 37), fe.ENTRY, 12, {"V1", "V4", "V6", "V7", "R6"}, set()),
        ((33,), fe.ENTRY, 4, set(), {"V1", "V4", "P4", "4.02"}),
        ((37,), fe.ENTRY, 2, {"V1", "V6", "R6", "4.02", "4.11"}, {"V4", "P4"}),
        ((32,), fe.ENTRY, 2, set(), {"V1", "V6", "4.02"}),  # Compensated Work Therapy: none of these
        ((20,), fe.EXIT, 3, {"V9", "4.02"}, {"V1"}),
        ((20,), fe.EXIT, 6, set(), {"V9"}),
        # HOPWA: W3 and W6 not at the annual assessment; W4 at every stage; W5 at exit.
        ((15,), fe.ENTRY, 3, {"W3", "W4", "W6", "4.04"}, {"W5"}),
        ((15,), fe.ANNUAL, 3, {"W4"}, {"W3", "W6", "W5"}),
        ((15,), fe.EXIT, 3, {"W3", "W4", "W5", "W6"}, set()),
        # CoC and ESG.
        ((2,), fe.ENTRY, 3, {"4.02", "4.03", "4.04", "4.11"}, {"P4"}),
        ((2,), fe.UPDATE, 3, {"4.02", "4.11"}, set()),
        ((2,), fe.EXIT, 3, {"4.02", "4.04"}, {"4.11", "W5"}),
        ((4,), fe.ENTRY, 14, set(), {"4.02", "4.04", "4.11"}),  # CoC coordinated entry
        ((1,), fe.EXIT, 12, {"W5"}, set()),
        ((9,), fe.EXIT, 12, {"W5"}, set()),
        ((8,), fe.ENTRY, 1, {"4.11"}, {"4.02", "4.03", "4.04"}),  # ESG night-by-night shelter
        ((53,), fe.ENTRY, 0, set(), {"4.02", "4.11"}),
        ((53,), fe.ENTRY, 13, {"4.02", "4.11"}, set()),  # ESG RUSH
        ((43,), fe.ENTRY, 13, {"C3", "4.02"}, set()),
        ((43,), fe.EXIT, 2, {"C3"}, set()),  # YHDP
        ((43,), fe.UPDATE, 2, set(), {"C3"}),
        ((2,), fe.ENTRY, 3, set(), {"C3"}),
        ((46, 34), fe.ENTRY, 1, set(), {"4.02", "4.11", "P4", "V1"}),  # local and N/A funders require nothing more
    ],
)
def test_elements_follow_the_funders_stage_and_project_type(funders, stage, project_type, has, lacks):
    codes = set(_codes(funders, stage, project_type))
    assert has <= codes and not lacks & codes


def test_each_code_is_asked_once_when_two_families_require_it():
    assert _codes((33, 37), fe.ENTRY, 12).count("V1") == 1
    assert [_codes((21, 2), fe.ENTRY, 4).count(c) for c in ("4.02", "4.03", "4.04", "4.11")] == [1, 1, 1, 1]


def test_hopwa_asks_why_an_insurance_is_not_held_whoever_else_funds_the_project():
    for funders in ((15,), (21, 15), (2, 15)):
        (insurance,) = [e for e in fe.elements_for(funders, fe.ENTRY, 3) if e.code == "4.04"]
        assert "no_medicaid_reason" in insurance.fields
        assert ("medicaid", (0,), ("no_medicaid_reason",)) in insurance.then
    (plain,) = [e for e in fe.elements_for((2,), fe.ENTRY, 3) if e.code == "4.04"]
    assert "no_medicaid_reason" not in plain.fields


def test_who_is_asked():
    (v1,) = [e for e in fe.ELEMENTS["VA"] if e.code == "V1"]
    assert fe.applies(v1, head=False, adult=True, veteran=True, hiv=False)
    assert not fe.applies(v1, head=True, adult=False, veteran=True, hiv=False)  # a minor is not asked V1
    assert not fe.applies(v1, head=True, adult=True, veteran=False, hiv=False)
    by_code = {e.code: e for e in fe.elements_for((22,), fe.ENTRY, 0) + fe.elements_for((15,), fe.EXIT, 3)}
    child = {"head": False, "adult": False, "veteran": False, "hiv": False}
    assert fe.applies(by_code["R2"], **child) and fe.applies(by_code["W5"], **child)  # all clients
    assert fe.applies(by_code["4.04"], **child) and not fe.applies(by_code["R1"], **child)
    p3 = [e for e in fe.ELEMENTS["PATH"] if e.code == "P3"]
    assert {e.who for e in p3} == {fe.ADULTS}


def test_missing_names_the_funder_and_refuses_data_not_collected():
    (p4,) = [e for e in fe.ELEMENTS["PATH"] if e.code == "P4"]
    errors = fe.missing(
        [p4],
        {"income_benefits": {"connection_with_soar": 99}},
        {"connection_with_soar": "Connection with SOAR"},
        "PATH",
    )
    assert [e.message for e in errors] == [
        "Connection with SOAR is required by this project's funder (PATH); 'Data not collected' does not count."
    ]
    assert fe.missing([p4], {"income_benefits": {"connection_with_soar": 8}}, {}, "PATH") == []


def _missing(element, **answers) -> set[str]:
    return {e.field for e in fe.missing([element], {element.kind: answers}, {}, "RHY")}


def test_path_status_is_required_at_exit_only():
    (entry,) = [e for e in fe.elements_for((21,), fe.ENTRY, 4) if e.code == "P3"]
    (at_exit,) = [e for e in fe.elements_for((21,), fe.EXIT, 4) if e.code == "P3"]
    assert _missing(entry) == set()
    assert _missing(at_exit) == {"date_of_path_status", "client_enrolled_in_path"}
    assert _missing(at_exit, date_of_path_status=1, client_enrolled_in_path=0) == {"reason_not_enrolled"}


def test_labor_exploitation_follow_ups_come_after_either_yes():
    (r16,) = [e for e in fe.ELEMENTS["RHY"] if e.code == "R16"]
    assert _missing(r16, workplace_violence_threats=0, workplace_promise_difference=0) == set()
    assert _missing(r16, workplace_violence_threats=0, workplace_promise_difference=1) == {
        "coerced_to_continue_work",
        "labor_exploit_past_three_months",
    }


def test_dv_and_aftercare_follow_ups():
    (dv,) = [e for e in fe.elements_for((2,), fe.UPDATE, 3) if e.code == "4.11"]
    assert _missing(dv, domestic_violence_survivor=0) == set()
    assert _missing(dv, domestic_violence_survivor=1) == {"when_occurred", "currently_fleeing"}
    (r20,) = [e for e in fe.ELEMENTS["RHY"] if e.code == "R20"]
    assert _missing(r20, aftercare_date=1, aftercare_provided=0) == set()
    assert _missing(r20, aftercare_date=1, aftercare_provided=1) == {
        "email_social_media",
        "telephone",
        "in_person_individual",
        "in_person_group",
    }
