"""Data quality buckets against a small fixture whose counts were made by hand.

Fixture (all enrollments start 2025-01-10; relationship 1 = head unless noted):

  C1  everything complete and valid                          -> no issue
  C2  name DQ 8                                              -> name DK/R
  C3  name DQ 2, last name blank; DOB DQ 99                  -> name missing, dob missing
  C4  name DQ 2 (both names); partial SSN; veteran 9         -> name invalid, ssn invalid, veteran DK/R
  C5  SSN DQ 99; DOB DQ 2                                    -> ssn missing, dob invalid
  C6  child of 10 (relationship 2), veteran yes; race none 9 -> veteran invalid, race DK/R
  C7  DOB 1910; SSN 123456789; no sex                        -> dob invalid, ssn invalid, sex missing
  C8  SSN DQ 8; DOB DQ 9; race none 99; veteran 99           -> ssn DK/R, dob DK/R, race missing, veteran missing
      enrollment: disabling 8, prior living 99               -> disabling DK/R, living_situation missing
  C9  client fine; enrollment: no CoC, 207 without length of stay, disabling 'No' with a
      disabling mental health condition recorded             -> enrollment_coc missing, length_of_stay missing,
                                                                disabling_condition invalid
  C10 name DQ 99; head of household born on the start date; CoC "CT505"
                                                             -> name missing, dob invalid, enrollment_coc invalid

Hand counts (DK/R, missing, invalid):
  clients:     name 1/2/1, ssn 1/1/2, dob 1/1/3, race 1/1/0, sex 0/1/0, veteran 1/1/1;
               8 of 10 clients have an issue
  enrollments: enrollment_coc 0/1/1, disabling_condition 1/0/1, living_situation 0/1/0,
               length_of_stay 0/1/0; 3 of 10 enrollments have an issue
  exits:       destination 1/1/1 (8; 30; 435 without subsidy), 1 of 4 fine
  income:      income 0/0/1, benefits 0/1/0, insurance 1/0/0
"""

from datetime import date

import pytest

from app.domain.data_quality import DataQualityReport, assess, summarise

from . import factories as f

ENTRY = date(2025, 1, 10)


def _pair(n, client_kw=None, enrollment_kw=None):
    cid = f"{n:032x}"
    c = f.client(id=cid, **(client_kw or {}))
    e = f.enrollment(id=f"{n + 100:032x}", personal_id=cid, entry_date=ENTRY, **(enrollment_kw or {}))
    return c, e


FIXTURE = [
    _pair(1),
    _pair(2, {"name_data_quality": 8, "first_name": None, "last_name": None}),
    _pair(3, {"name_data_quality": 2, "first_name": "Flaco", "last_name": None, "dob": None, "dob_data_quality": 99}),
    _pair(
        4,
        {
            "name_data_quality": 2,
            "first_name": "Bobby",
            "last_name": "Smith",
            "ssn": "xxxxx1234",
            "ssn_data_quality": 2,
            "veteran_status": 9,
        },
    ),
    _pair(5, {"ssn": None, "ssn_data_quality": 99, "dob": date(1970, 1, 1), "dob_data_quality": 2}),
    _pair(
        6,
        {"dob": date(2014, 6, 1), "veteran_status": 1, "hispanic_latinao": 0, "race_none": 9},
        {"relationship_to_hoh": 2, "enrollment_coc": None, "living_situation": None, "length_of_stay": None},
    ),
    _pair(7, {"dob": date(1910, 3, 3), "ssn": "123456789", "sex": None}),
    _pair(
        8,
        {
            "ssn": None,
            "ssn_data_quality": 8,
            "dob": None,
            "dob_data_quality": 9,
            "hispanic_latinao": 0,
            "race_none": 99,
            "veteran_status": 99,
        },
        {"disabling_condition": 8, "living_situation": 99, "length_of_stay": None},
    ),
    _pair(9, None, {"enrollment_coc": None, "living_situation": 207, "length_of_stay": None}),
    _pair(
        10, {"name_data_quality": 99, "first_name": None, "last_name": None, "dob": ENTRY}, {"enrollment_coc": "CT505"}
    ),
]
C9_DISABILITY = f.disability(enrollment_id=f"{109:032x}", personal_id=f"{9:032x}")


def _client_reports():
    return [assess(c, enrollment=e) for c, e in FIXTURE]


def _enrollment_reports():
    return [assess(e, client=c, disabilities=[C9_DISABILITY]) for c, e in FIXTURE]


def _triple(summary, key):
    return tuple(summary.count(key, b) for b in ("dont_know_refused", "missing", "invalid"))


def test_client_counts_match_hand_count():
    s = summarise(_client_reports())
    assert s.records == 10 and s.records_with_issues == 8
    assert {k: _triple(s, k) for k in s.by_field} == {
        "name": (1, 2, 1),
        "ssn": (1, 1, 2),
        "dob": (1, 1, 3),
        "race": (1, 1, 0),
        "sex": (0, 1, 0),
        "veteran_status": (1, 1, 1),
    }
    assert s.by_field["dob"]["total"] == 5


def test_enrollment_counts_match_hand_count():
    s = summarise(_enrollment_reports())
    assert s.records == 10 and s.records_with_issues == 3
    assert {k: _triple(s, k) for k in s.by_field} == {
        "enrollment_coc": (0, 1, 1),
        "disabling_condition": (1, 0, 1),
        "living_situation": (0, 1, 0),
        "length_of_stay": (0, 1, 0),
    }


def test_exit_counts():
    exits = [f.exit_(destination=8), f.exit_(destination=30), f.exit_(destination=435), f.exit_()]
    s = summarise(assess(x) for x in exits)
    assert _triple(s, "destination") == (1, 1, 1) and s.records_with_issues == 3


def test_income_counts():
    reports = [
        assess(f.income()),
        assess(
            f.income(
                ssi=0,
                ssi_amount=None,
                benefits_from_any_source=99,
                snap=None,
                insurance_from_any_source=9,
                medicaid=None,
            )
        ),
    ]
    s = summarise(reports)
    assert _triple(s, "income_from_any_source") == (0, 0, 1)
    assert _triple(s, "benefits_from_any_source") == (0, 1, 0)
    assert _triple(s, "insurance_from_any_source") == (1, 0, 0)


def test_report_for_one_client():
    c, e = FIXTURE[3]
    r = assess(c, enrollment=e)
    assert isinstance(r, DataQualityReport) and r.record_id == c.id and r.kind == "client"
    assert r.bucket_of("name") == "invalid" and r.bucket_of("veteran_status") == "dont_know_refused"
    assert r.bucket_of("sex") is None


def test_ssn_invalid_patterns_flagged_even_with_full_dq():
    assert assess(f.client(ssn="666123456"), as_of=ENTRY).invalid == ("ssn",)
    assert assess(f.client(), as_of=ENTRY).has_issues is False


def test_dob_after_entry_invalid_for_any_member():
    c = f.client(dob=date(2025, 1, 11))
    assert "dob" in assess(c, enrollment=f.enrollment(relationship_to_hoh=2)).invalid
    newborn = f.client(dob=ENTRY, veteran_status=0)
    assert "dob" not in assess(newborn, enrollment=f.enrollment(relationship_to_hoh=2)).invalid


@pytest.mark.parametrize(
    "record,key,bucket",
    [
        (f.disability(disability_response=99, indefinite_and_impairs=None), "disability_response", "missing"),
        (f.disability(indefinite_and_impairs=None), "indefinite_and_impairs", "missing"),
        (
            f.health_dv(domestic_violence_survivor=9, when_occurred=None, currently_fleeing=None),
            "domestic_violence_survivor",
            "dont_know_refused",
        ),
        (f.health_dv(currently_fleeing=None), "currently_fleeing", "missing"),
        (
            f.cls(current_living_situation=8, leave_situation_14_days=None),
            "current_living_situation",
            "dont_know_refused",
        ),
    ],
)
def test_other_records(record, key, bucket):
    assert assess(record, as_of=ENTRY).bucket_of(key) == bucket


def test_other_records_fine_when_complete():
    for make in (f.disability, f.health_dv, f.cls, f.service, f.consent):
        assert not assess(make(), as_of=ENTRY).has_issues


def test_summary_to_dict_is_plain():
    import json

    json.dumps(summarise(_client_reports()).to_dict())
