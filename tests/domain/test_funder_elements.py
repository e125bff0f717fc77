"""The funders' element table names real fields of the records they are stored in."""
from __future__ import annotations

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

TYPES = {t.KIND: t for t in (Client, Enrollment, Exit, IncomeBenefits, HealthAndDV, EmploymentEducation, Disability)}
EVERY = [e for family in fe.ELEMENTS.values() for e in family]


@pytest.mark.parametrize("element", EVERY, ids=lambda e: e.code)
def test_every_field_exists_on_its_record(element):
    names = set(TYPES[element.kind].field_names())
    assert set(element.fields) <= names
    assert set(element.required) <= set(element.fields)
    for gateway, _, follow in element.then:
        assert gateway in element.fields and set(follow) <= set(element.fields)
    assert element.who in (fe.HEAD, fe.ADULTS, fe.ALL, fe.VETERANS, fe.HIV)
    assert set(element.stages) <= {fe.ENTRY, fe.UPDATE, fe.EXIT, fe.ANNUAL}


def test_every_family_code_is_on_hud_list_2_06_1():
    assert all(code in FUNDING_SOURCE for code in fe.FAMILY)
    assert set(fe.FAMILY.values()) == set(fe.FAMILIES) == set(fe.ELEMENTS)


@pytest.mark.parametrize("funders, stage, project_type, has, lacks", [
    ((21,), fe.ENTRY, 4, {"P3", "P4"}, {"V1", "R1"}),
    ((21,), fe.EXIT, 4, {"P4"}, {"P3"}),
    ((22,), fe.ENTRY, 1, {"R1", "R2", "R4-R6"}, set()),
    ((24,), fe.ENTRY, 2, {"R1", "R4-R6", "R13"}, {"R2"}),
    ((25,), fe.ENTRY, 4, {"R1"}, {"R4-R6", "R13"}),  # the Street Outreach Project asks few
    ((24,), fe.EXIT, 2, {"R4-R6", "R7-R9", "R15", "R16", "R17", "R18", "R19"}, {"R1"}),
    ((33,), fe.ENTRY, 13, {"V1", "V4", "V6"}, {"V7"}),  # V7: homelessness prevention only
    ((33, 37), fe.ENTRY, 12, {"V1", "V4", "V6", "V7"}, set()),
    ((20,), fe.EXIT, 3, {"V9"}, {"V1"}),
    ((15,), fe.ENTRY, 3, {"W3", "W4"}, {"W5"}),
    ((15,), fe.EXIT, 3, {"W3", "W5"}, {"W4"}),
    ((2,), fe.ENTRY, 3, {"4.11"}, {"P4"}),
    ((46, 34), fe.ENTRY, 1, set(), {"4.11", "P4", "V1"}),  # local and N/A funders require nothing more
])
def test_elements_follow_the_funders_stage_and_project_type(funders, stage, project_type, has, lacks):
    codes = {e.code for e in fe.elements_for(funders, stage, project_type)}
    assert has <= codes and not lacks & codes


def test_v1_is_asked_once_when_two_families_require_it():
    assert [e.code for e in fe.elements_for((33, 37), fe.ENTRY, 3)].count("V1") == 1


def test_who_is_asked():
    v1, = [e for e in fe.ELEMENTS["VA"] if e.code == "V1"]
    assert fe.applies(v1, head=False, adult=True, veteran=True, hiv=False)
    assert not fe.applies(v1, head=True, adult=False, veteran=True, hiv=False)  # a minor is not asked V1
    assert not fe.applies(v1, head=True, adult=True, veteran=False, hiv=False)


def test_missing_names_the_funder_and_refuses_data_not_collected():
    p4, = [e for e in fe.ELEMENTS["PATH"] if e.code == "P4"]
    errors = fe.missing([p4], {"income_benefits": {"connection_with_soar": 99}}, {"connection_with_soar": "Connection with SOAR"}, "PATH")
    assert [e.message for e in errors] == [
        "Connection with SOAR is required by this project's funder (PATH); 'Data not collected' does not count."]
    assert fe.missing([p4], {"income_benefits": {"connection_with_soar": 8}}, {}, "PATH") == []
