"""Every single-record rule: a valid case that passes and an invalid case that is refused."""

from datetime import date
from decimal import Decimal

import pytest

from app.domain.errors import ValidationError

from . import factories as f
from .factories import TODAY

# (rule id, valid record, invalid record, field expected in the error, error code)
RULES = [
    # --- client: codes, names -------------------------------------------------------------
    ("name dq in list", f.client(), f.client(name_data_quality=3), "name_data_quality", "not_in_list"),
    ("full name needs first", f.client(), f.client(first_name=" "), "first_name", "required"),
    ("full name needs last", f.client(), f.client(last_name=None), "last_name", "required"),
    (
        "partial name needs one name",
        f.client(name_data_quality=2, last_name=None),
        f.client(name_data_quality=2, first_name=None, last_name=None),
        "first_name",
        "required",
    ),
    (
        "name empty when not given",
        f.client(name_data_quality=9, first_name=None, last_name=None),
        f.client(name_data_quality=9),
        "first_name",
        "value_without_answer",
    ),
    ("name max 50", f.client(last_name="x" * 50), f.client(last_name="x" * 51), "last_name", "too_long"),
    # --- client: SSN ----------------------------------------------------------------------
    ("ssn 9 digits", f.client(), f.client(ssn="12345678"), "ssn", "ssn_shape"),
    ("ssn digits only", f.client(), f.client(ssn="12345678a"), "ssn", "ssn_shape"),
    ("ssn area 000", f.client(ssn="001234567"), f.client(ssn="000234567"), "ssn", "ssn_area"),
    ("ssn area 666", f.client(ssn="665234567"), f.client(ssn="666234567"), "ssn", "ssn_area"),
    ("ssn area 9xx", f.client(ssn="899234567"), f.client(ssn="900234567"), "ssn", "ssn_area"),
    ("ssn group 00", f.client(ssn="234017891"), f.client(ssn="234007891"), "ssn", "ssn_group"),
    ("ssn serial 0000", f.client(ssn="234560001"), f.client(ssn="234560000"), "ssn", "ssn_serial"),
    ("ssn repeated digit", f.client(ssn="111111112"), f.client(ssn="111111111"), "ssn", "ssn_repeated"),
    ("ssn sequence", f.client(ssn="123456788"), f.client(ssn="123456789"), "ssn", "ssn_known_invalid"),
    ("full ssn required", f.client(), f.client(ssn=None), "ssn", "required"),
    (
        "partial ssn with x",
        f.client(ssn="xxxxx6789", ssn_data_quality=2),
        f.client(ssn="xxxxx67", ssn_data_quality=2),
        "ssn",
        "ssn_partial_shape",
    ),
    (
        "partial ssn needs digits",
        f.client(ssn="12345xxxx", ssn_data_quality=2),
        f.client(ssn=None, ssn_data_quality=2),
        "ssn",
        "required",
    ),
    (
        "ssn empty when not given",
        f.client(ssn=None, ssn_data_quality=8),
        f.client(ssn_data_quality=8),
        "ssn",
        "value_without_answer",
    ),
    ("ssn dq in list", f.client(), f.client(ssn_data_quality=7), "ssn_data_quality", "not_in_list"),
    # --- client: DOB ----------------------------------------------------------------------
    ("dob not in future", f.client(dob=TODAY), f.client(dob=date(2025, 6, 2)), "dob", "future"),
    ("dob not before 1915", f.client(dob=date(1915, 1, 1)), f.client(dob=date(1914, 12, 31)), "dob", "too_early"),
    ("dob required when full", f.client(), f.client(dob=None), "dob", "required"),
    (
        "dob required when approximate",
        f.client(dob_data_quality=2),
        f.client(dob_data_quality=2, dob=None),
        "dob",
        "required",
    ),
    (
        "dob empty when not given",
        f.client(dob=None, dob_data_quality=99),
        f.client(dob_data_quality=99),
        "dob",
        "value_without_answer",
    ),
    # --- client: race, sex, veteran -------------------------------------------------------
    ("race flag 0/1", f.client(), f.client(white=2), "white", "not_in_list"),
    (
        "race none only without race",
        f.client(hispanic_latinao=0, race_none=9),
        f.client(race_none=9),
        "race_none",
        "race_none_with_race",
    ),
    (
        "race none list",
        f.client(hispanic_latinao=0, race_none=99),
        f.client(hispanic_latinao=0, race_none=1),
        "race_none",
        "not_in_list",
    ),
    ("sex FY2026 list", f.client(sex=1), f.client(sex=2), "sex", "not_in_list"),
    ("veteran list", f.client(veteran_status=8), f.client(veteran_status=2), "veteran_status", "not_in_list"),
    # --- enrollment -----------------------------------------------------------------------
    (
        "entry not in future",
        f.enrollment(entry_date=TODAY),
        f.enrollment(entry_date=date(2025, 7, 1)),
        "entry_date",
        "future",
    ),
    (
        "relationship list",
        f.enrollment(relationship_to_hoh=5),
        f.enrollment(relationship_to_hoh=6),
        "relationship_to_hoh",
        "not_in_list",
    ),
    (
        "coc shape",
        f.enrollment(enrollment_coc="CT-503"),
        f.enrollment(enrollment_coc="ct505"),
        "enrollment_coc",
        "coc_shape",
    ),
    (
        "prior living list",
        f.enrollment(living_situation=335),
        f.enrollment(living_situation=312),
        "living_situation",
        "not_in_list",
    ),
    (
        "rental subsidy needed",
        f.enrollment(living_situation=435, rental_subsidy_type=419),
        f.enrollment(living_situation=435),
        "rental_subsidy_type",
        "required",
    ),
    (
        "rental subsidy only with 435",
        f.enrollment(),
        f.enrollment(rental_subsidy_type=419),
        "rental_subsidy_type",
        "not_applicable",
    ),
    (
        "institution under 90 days",
        f.enrollment(living_situation=207, length_of_stay=3, los_under_threshold=1),
        f.enrollment(living_situation=207, length_of_stay=4, los_under_threshold=1),
        "los_under_threshold",
        "threshold_mismatch",
    ),
    (
        "housed under 7 nights",
        f.enrollment(living_situation=335, length_of_stay=11, los_under_threshold=1),
        f.enrollment(living_situation=335, length_of_stay=2, los_under_threshold=1),
        "los_under_threshold",
        "threshold_mismatch",
    ),
    (
        "threshold not asked when homeless",
        f.enrollment(previous_street_essh=None),
        f.enrollment(los_under_threshold=0),
        "los_under_threshold",
        "not_applicable",
    ),
    (
        "homeless start not after entry",
        f.enrollment(date_to_street_essh=date(2024, 1, 1)),
        f.enrollment(date_to_street_essh=date(2025, 1, 11)),
        "date_to_street_essh",
        "after_entry",
    ),
    (
        "months homeless list",
        f.enrollment(months_homeless_past_three_years=113),
        f.enrollment(months_homeless_past_three_years=12),
        "months_homeless_past_three_years",
        "not_in_list",
    ),
    (
        "disabling condition list",
        f.enrollment(disabling_condition=9),
        f.enrollment(disabling_condition=2),
        "disabling_condition",
        "not_in_list",
    ),
    (
        "move-in on/after entry",
        f.enrollment(move_in_date=date(2025, 1, 10)),
        f.enrollment(move_in_date=date(2025, 1, 9)),
        "move_in_date",
        "before_entry",
    ),
    (
        "engagement on/after entry",
        f.enrollment(date_of_engagement=date(2025, 2, 1)),
        f.enrollment(date_of_engagement=date(2025, 1, 1)),
        "date_of_engagement",
        "before_entry",
    ),
    ("links are ids", f.enrollment(), f.enrollment(project_id="PROJ-1"), "project_id", "bad_id"),
    ("record id shape", f.enrollment(), f.enrollment(id="E-1"), "id", "bad_id"),
    # --- exit -----------------------------------------------------------------------------
    ("destination list", f.exit_(destination=312), f.exit_(destination=335), "destination", "not_in_list"),
    ("exit not in future", f.exit_(exit_date=TODAY), f.exit_(exit_date=date(2030, 1, 1)), "exit_date", "future"),
    (
        "destination subsidy needed",
        f.exit_(destination=435, destination_subsidy_type=431),
        f.exit_(destination=435),
        "destination_subsidy_type",
        "required",
    ),
    (
        "destination subsidy only with 435",
        f.exit_(),
        f.exit_(destination_subsidy_type=431),
        "destination_subsidy_type",
        "not_applicable",
    ),
    (
        "other destination text only for Other",
        f.exit_(destination=17, other_destination="boat"),
        f.exit_(other_destination="boat"),
        "other_destination",
        "not_applicable",
    ),
    # --- income and benefits --------------------------------------------------------------
    (
        "stage list",
        f.income(data_collection_stage=5),
        f.income(data_collection_stage=4),
        "data_collection_stage",
        "not_in_list",
    ),
    (
        "income yes needs a source",
        f.income(),
        f.income(ssi=0, ssi_amount=None),
        "income_from_any_source",
        "yes_without_source",
    ),
    (
        "income no means no source",
        f.income(income_from_any_source=0, ssi=0, ssi_amount=None, total_monthly_income=None),
        f.income(income_from_any_source=0, total_monthly_income=None),
        "income_from_any_source",
        "source_without_yes",
    ),
    ("amount needs source yes", f.income(), f.income(earned_amount=Decimal("10")), "earned_amount", "not_applicable"),
    ("source yes needs amount", f.income(), f.income(ssi_amount=None), "ssi_amount", "required"),
    (
        "money not negative",
        f.income(ssi_amount=Decimal("0")),
        f.income(ssi_amount=Decimal("-1")),
        "ssi_amount",
        "negative",
    ),
    ("money cents", f.income(ssi_amount=Decimal("1.25")), f.income(ssi_amount=Decimal("1.255")), "ssi_amount", "cents"),
    (
        "total only with income",
        f.income(income_from_any_source=8, ssi=None, ssi_amount=None, total_monthly_income=None),
        f.income(income_from_any_source=8, ssi=None, ssi_amount=None),
        "total_monthly_income",
        "not_applicable",
    ),
    ("benefits gateway", f.income(), f.income(snap=0), "benefits_from_any_source", "yes_without_source"),
    (
        "insurance gateway",
        f.income(insurance_from_any_source=9, medicaid=None),
        f.income(insurance_from_any_source=9),
        "insurance_from_any_source",
        "source_without_yes",
    ),
    (
        "other text only with other",
        f.income(other_insurance=1, other_insurance_identify="union plan"),
        f.income(other_insurance_identify="union plan"),
        "other_insurance_identify",
        "not_applicable",
    ),
    (
        "information date not in future",
        f.income(),
        f.income(information_date=date(2026, 1, 1)),
        "information_date",
        "future",
    ),
    # --- disability -----------------------------------------------------------------------
    (
        "disability type list",
        f.disability(disability_type=10, disability_response=3),
        f.disability(disability_type=4),
        "disability_type",
        "not_in_list",
    ),
    (
        "substance answers",
        f.disability(disability_type=10, disability_response=2),
        f.disability(disability_type=9, disability_response=2),
        "disability_response",
        "not_in_list",
    ),
    (
        "long-term not asked for HIV",
        f.disability(disability_type=8, indefinite_and_impairs=None),
        f.disability(disability_type=8),
        "indefinite_and_impairs",
        "not_applicable",
    ),
    (
        "long-term only when yes",
        f.disability(disability_response=0, indefinite_and_impairs=None),
        f.disability(disability_response=0),
        "indefinite_and_impairs",
        "not_applicable",
    ),
    # --- health and DV --------------------------------------------------------------------
    (
        "dv follow-ups only for survivors",
        f.health_dv(domestic_violence_survivor=0, when_occurred=None, currently_fleeing=None),
        f.health_dv(domestic_violence_survivor=0),
        "when_occurred",
        "not_applicable",
    ),
    ("when occurred list", f.health_dv(when_occurred=4), f.health_dv(when_occurred=5), "when_occurred", "not_in_list"),
    # --- current living situation ---------------------------------------------------------
    (
        "cls list",
        f.cls(
            current_living_situation=37,
            leave_situation_14_days=None,
            subsequent_residence=None,
            resources_to_obtain=None,
            lease_own_60_day=None,
            moved_two_or_more=None,
        ),
        f.cls(current_living_situation=30),
        "current_living_situation",
        "not_in_list",
    ),
    (
        "14 days not asked when homeless",
        f.cls(
            current_living_situation=116,
            leave_situation_14_days=None,
            subsequent_residence=None,
            resources_to_obtain=None,
            lease_own_60_day=None,
            moved_two_or_more=None,
        ),
        f.cls(
            current_living_situation=116,
            subsequent_residence=None,
            resources_to_obtain=None,
            lease_own_60_day=None,
            moved_two_or_more=None,
        ),
        "leave_situation_14_days",
        "not_applicable",
    ),
    (
        "follow-ups only when leaving",
        f.cls(
            leave_situation_14_days=0,
            subsequent_residence=None,
            resources_to_obtain=None,
            lease_own_60_day=None,
            moved_two_or_more=None,
        ),
        f.cls(leave_situation_14_days=0),
        "subsequent_residence",
        "not_applicable",
    ),
    ("verified by max 200", f.cls(verified_by="x" * 200), f.cls(verified_by="x" * 201), "verified_by", "too_long"),
    # --- service --------------------------------------------------------------------------
    (
        "record type list",
        f.service(record_type=144, type_provided=1),
        f.service(record_type=199),
        "record_type",
        "not_in_list",
    ),
    ("bed night type", f.service(), f.service(type_provided=1), "type_provided", "not_in_list"),
    ("no money on a bed night", f.service(), f.service(fa_amount=Decimal("5")), "fa_amount", "not_applicable"),
    (
        "fa amount not negative",
        f.service(record_type=152, type_provided=1, fa_amount=Decimal("500.00")),
        f.service(record_type=152, type_provided=1, fa_amount=Decimal("-5")),
        "fa_amount",
        "negative",
    ),
    ("service date sane", f.service(), f.service(date_provided=date(1900, 1, 1)), "date_provided", "too_early"),
    # --- consent --------------------------------------------------------------------------
    (
        "expiry after signing",
        f.consent(expires_date=date(2025, 1, 11)),
        f.consent(expires_date=date(2025, 1, 10)),
        "expires_date",
        "not_after_signed",
    ),
    (
        "revoked not before signing",
        f.consent(revoked_date=date(2025, 1, 10)),
        f.consent(revoked_date=date(2025, 1, 9)),
        "revoked_date",
        "before_signed",
    ),
    (
        "signed not in future",
        f.consent(),
        f.consent(signed_date=date(2025, 6, 2), expires_date=None),
        "signed_date",
        "future",
    ),
    ("scope choices", f.consent(scope="basic"), f.consent(scope="everything"), "scope", "not_in_list"),
    ("method choices", f.consent(method="verbal"), f.consent(method="telepathy"), "method", "not_in_list"),
    (
        "refused consent shares nothing",
        f.consent(granted=False, scope="none"),
        f.consent(granted=False),
        "scope",
        "scope_without_consent",
    ),
]


@pytest.mark.parametrize("rule,valid,invalid,field,code", RULES, ids=[r[0] for r in RULES])
def test_rule(rule, valid, invalid, field, code):
    f.check_rule(valid, invalid, field, code)


def test_validate_lists_every_problem_at_once():
    bad = f.client(ssn="000000000", dob=date(2030, 1, 1), first_name=None)
    with pytest.raises(ValidationError) as info:
        bad.validate(today=TODAY)
    assert {"ssn", "dob", "first_name"} <= info.value.fields()


def test_wrong_python_types_are_refused_before_rules():
    bad = f.client(dob="1980-05-17", veteran_status=True)
    with pytest.raises(ValidationError) as info:
        bad.validate(today=TODAY)
    assert {(e.field, e.code) for e in info.value.errors} == {("dob", "wrong_type"), ("veteran_status", "wrong_type")}


def test_required_field_cannot_be_none():
    with pytest.raises(ValidationError) as info:
        f.enrollment(entry_date=None).validate(today=TODAY)
    assert ("entry_date", "required") in {(e.field, e.code) for e in info.value.errors}


def test_problems_returns_instead_of_raising():
    assert f.client().problems(today=TODAY) == ()
    assert f.client(sex=5).problems(today=TODAY)[0].field == "sex"


def test_consent_is_active():
    c = f.consent(revoked_date=date(2025, 3, 1))
    assert not c.is_active(date(2025, 1, 9))
    assert c.is_active(date(2025, 1, 10))
    assert not c.is_active(date(2025, 3, 1))
    assert not f.consent(granted=False, scope="none").is_active(date(2025, 2, 1))
    assert not f.consent().is_active(date(2026, 1, 10))


def test_disability_reading():
    assert f.disability().is_disabling
    assert not f.disability(indefinite_and_impairs=0).is_disabling
    assert f.disability(disability_type=6, indefinite_and_impairs=None).is_disabling
    assert f.disability(disability_type=10, disability_response=3).is_yes
    assert not f.disability(disability_response=8, indefinite_and_impairs=None).is_yes


@pytest.mark.parametrize("text", ["Ro\x00sa", "Ro\x1bsa", "Rosa\x08", "\x7fRosa"])
def test_text_with_control_characters_is_refused(text):
    from tests.domain import factories

    with pytest.raises(ValidationError) as caught:
        factories.client(first_name=text).validate(today=factories.TODAY)
    assert caught.value.errors[0].code == "control_character"
    assert text not in str(caught.value)


def test_ordinary_text_with_accents_apostrophes_and_line_breaks_is_fine():
    from tests.domain import factories

    factories.client(first_name="José", last_name="O'Brien-Núñez").validate(today=factories.TODAY)
    factories.client(alias="Rosie\r\nor Ro").validate(today=factories.TODAY)
