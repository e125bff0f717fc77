"""HUD_LISTS against the CSV column table and against known HUD FY2026 list facts."""

from types import MappingProxyType

import pytest

from app.domain import codes
from app.domain.hud_lists import HUD_LISTS, TextCodeList, hud_list
from server.hmis_csv.column_lists import LISTS

USED = sorted({number for columns in LISTS.values() for number in columns.values()})
MISSING = {8, 9, 99}


def test_column_table_uses_73_lists():
    # guards the parametrised tests below against an empty or truncated column table
    assert len(USED) == 73


@pytest.mark.parametrize("number", USED)
def test_every_list_a_column_uses_is_known(number):
    assert number in HUD_LISTS
    assert hud_list(number) is HUD_LISTS[number]


def test_unknown_numbers_raise_key_error():
    with pytest.raises(KeyError, match="not a HUD list we know"):
        hud_list("nope")
    with pytest.raises(KeyError):
        hud_list("3.12")  # the codes.py number; the CSV table calls the merged list 3.12.1


def test_table_is_read_only():
    assert isinstance(HUD_LISTS, MappingProxyType)
    with pytest.raises(TypeError):
        HUD_LISTS["X"] = codes.NO_YES  # type: ignore[index]


@pytest.mark.parametrize("number", sorted(HUD_LISTS))
def test_each_list_is_numbered_as_its_key_with_int_codes_and_words(number):
    code_list = HUD_LISTS[number]
    assert code_list.hud_list == number
    assert code_list.title.strip()
    assert len(code_list) > 0
    pairs: list[tuple[int | str, str]]
    if isinstance(code_list, TextCodeList):
        assert not code_list.labels
        pairs = list(code_list.text_labels.items())
        assert all(type(code) is str for code, _ in pairs)
    else:
        pairs = list(code_list.labels.items())
        assert pairs
        assert all(type(code) is int for code, _ in pairs)
    assert all(isinstance(words, str) and words.strip() for _, words in pairs)


@pytest.mark.parametrize(
    "number, obj",
    [
        ("1.10", codes.NO_YES),
        ("1.3", codes.DISABILITY_TYPE),
        ("1.4", codes.RECORD_TYPE),
        ("1.6", codes.RACE_NONE),
        ("1.7", codes.NO_YES_MISSING),
        ("1.8", codes.NO_YES_REASONS),
        ("2.02.6", codes.PROJECT_TYPE),
        ("3.01.5", codes.NAME_DATA_QUALITY),
        ("3.02.2", codes.SSN_DATA_QUALITY),
        ("3.03.2", codes.DOB_DATA_QUALITY),
        ("3.12.A", codes.RENTAL_SUBSIDY_TYPE),
        ("3.15.1", codes.RELATIONSHIP_TO_HOH),
        ("3.917.2", codes.LENGTH_OF_STAY),
        ("3.917.4", codes.TIMES_HOMELESS),
        ("3.917.5", codes.MONTHS_HOMELESS),
        ("4.11.A", codes.WHEN_DV_OCCURRED),
        ("4.21", codes.SEX),
        ("5.03.1", codes.DATA_COLLECTION_STAGE),
    ],
)
def test_codes_py_lists_are_reused_not_copied(number, obj):
    assert HUD_LISTS[number] is obj


def test_living_situation_union_3_12_1():
    situations = hud_list("3.12.1")
    assert {101, 116, 435} <= set(situations)
    for part in (codes.PRIOR_LIVING_SITUATION, codes.CURRENT_LIVING_SITUATION, codes.DESTINATION):
        assert set(part) <= set(situations)
        for code in part:
            assert situations.label(code) == part.label(code)
    # each part brings codes the others lack
    assert {335, 336, 37, 312, 313, 24, 30, 426} <= set(situations)
    assert set(situations) == (
        set(codes.PRIOR_LIVING_SITUATION) | set(codes.CURRENT_LIVING_SITUATION) | set(codes.DESTINATION)
    )
    assert 419 not in situations  # a rental subsidy type (3.12.A), not a living situation


def test_general_and_project_descriptor_lists():
    assert hud_list("1.1").labels == {1: "Updated", 3: "Reporting period", 4: "Other"}
    assert set(hud_list("1.2")) == {1, 2, 3}
    assert hud_list("1.5").label(1) == "Unhashed" and set(hud_list("1.5")) == {1, 2, 3, 4}
    assert set(hud_list("2.02.D")) == {1, 2, 3}
    assert hud_list("2.02.D").label(3) == "Tenant-based - scattered site"
    assert hud_list("2.03.4").labels == {1: "Urban", 2: "Suburban", 3: "Rural", 99: "Unknown / data not collected"}
    assert set(hud_list("2.08.1")) == {0, 1, 2}
    assert hud_list("2.08.1").label(2) == "Comparable database participating"
    assert set(hud_list("2.07.4")) == {1, 3, 4}
    funders = hud_list("2.06.1")
    assert funders.label(56) == "HUD: CoC Builds"  # new in FY2026
    assert "Deprecated" in funders.label(47) and "Deprecated" in funders.label(48)  # ESG-CV, HOPWA-CV retired
    assert funders.label(20) == "HUD: HUD/VASH" and 28 not in funders and 57 not in funders


def test_program_common_lists():
    assert hud_list("4.19.3").labels == {1: "Phone", 2: "Virtual", 3: "In Person"}
    assert set(hud_list("4.19.4")) == {1, 2} and set(hud_list("4.19.7")) == {1, 2}
    assert hud_list("4.19.7").label(1) == "Placed on prioritization list"
    assert set(hud_list("4.20.2")) == set(range(1, 19))
    assert hud_list("4.20.2").label(18) == "Referral to a Housing Stability Voucher"
    assert set(hud_list("4.20.D")) == {1, 2, 3}
    assert set(hud_list("4.04.A")) == {1, 2, 3, 4} | MISSING


def test_rhy_lists():
    grades = hud_list("R4.1")
    assert grades.label(1) == "Less than grade 5" and grades.label(7) == "GED"
    assert grades.label(14) == "Vocational certification" and grades.label(13) == "Graduate degree"
    assert set(grades) == set(range(1, 15)) | {99}  # 8 and 9 are the missing reasons here
    assert grades.label(9) == "Client prefers not to answer"
    assert hud_list("R1.1").label(1) == "Self-referral" and 10 not in hud_list("R1.1")
    assert hud_list("R17.A").label(6) == "Unknown/disappeared"
    assert hud_list("R19.A").labels == {0: "No", 1: "Yes", 2: "Worker does not know"}
    assert set(hud_list("R20.2")) == {0, 1, 9}
    assert set(hud_list("R11.A")) == {1, 2, 3, 99}
    assert set(hud_list("R7.1")) == {1, 2, 3, 4, 5} | MISSING
    assert hud_list("R15.B").label(4) == "12 or more"


def test_va_lists():
    branch = hud_list("V1.11")
    assert [branch.label(c) for c in (1, 2, 3, 4, 6, 7)] == [
        "Army",
        "Air Force",
        "Navy",
        "Marines",
        "Coast Guard",
        "Space Force",
    ]
    assert 5 not in branch and set(branch) >= MISSING
    assert hud_list("V1.12").label(6) == "Under other than honorable conditions (OTH)" and 3 not in hud_list("V1.12")
    assert set(hud_list("V10")) == {1, 2, 3, 4}  # new in FY2026, no missing reasons
    assert hud_list("V10").label(4) == "Offer declined"
    assert set(hud_list("V7.A")) == {0, 1, 2, 3, 99}
    assert set(hud_list("V9.1")) == set(range(1, 14)) and hud_list("V9.1").label(13) == "Other"


def test_vamc_station_list_holds_text_codes():
    stations = hud_list("V6.1")
    assert isinstance(stations, TextCodeList)
    assert {"402", "636", "636A6", "636A8", "459GE", "757", "99"} <= set(stations)
    assert "636A8" in stations and "402" in stations
    assert 402 not in stations and "XYZ" not in stations and "" not in stations
    assert stations.label("402") == "(402) Togus, ME"
    assert stations.label("99") == "Data not collected"
    assert stations.label("nope") == "Unknown code" and stations.label(None) == ""
    assert ("636A8", "(636A8) Iowa City, IA") in stations.choices()
    assert "402" not in stations.without("402") and "405" in stations.without("402")


def test_hopwa_and_youth_education_lists():
    assert hud_list("W5.1").label(10) == "Deceased" and hud_list("W5.1").label(7) == "Jail/prison"
    assert set(hud_list("W5.1")) == set(range(1, 11)) | {99}
    assert set(hud_list("W5.AB")) == {1, 2, 3, 4, 11, 12}
    assert hud_list("W4.B").labels.keys() == {1, 2, 3} and set(hud_list("W4.3")) == {0, 1, 2} | MISSING
    assert hud_list("W3").label(3) == "Client did not apply"
    assert set(hud_list("P3.A")) == {1, 2, 3} and hud_list("P2.A").label(2) == "Not attained"
    assert set(hud_list("C3.2")) == {0, 1, 2} | MISSING and set(hud_list("C3.B")) == {0, 1, 2, 3, 4} | MISSING
    assert hud_list("C3.A").label(1) == "K12: Obtained GED"


@pytest.mark.parametrize(
    "number",
    [
        "1.1",
        "1.2",
        "1.5",
        "2.02.7",
        "2.02.D",
        "4.19.3",
        "4.20.2",
        "P2.A",
        "R17.1",
        "R19.A",
        "V9.1",
        "V10",
        "W4.B",
        "W5.AB",
    ],
)
def test_lists_without_missing_reasons(number):
    # 8 and 9 can be ordinary codes (4.20.2, V9.1); the missing-reason answers must be absent
    words = set(hud_list(number).labels.values())
    assert not words & {"Client doesn't know", "Client prefers not to answer", "Data not collected"}
    assert 99 not in hud_list(number)


@pytest.mark.parametrize(
    "number", ["R2.A", "R6.A", "R6.B", "R11.A", "V4.1", "V7.A", "V7.B", "V7.C", "V7.G", "V7.I", "V7.O"]
)
def test_lists_with_only_data_not_collected(number):
    assert MISSING & set(hud_list(number)) == {99}
    assert hud_list(number).label(99) == "Data not collected"
