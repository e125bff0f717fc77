"""Which domain record goes to which HMIS CSV file, field by field.

Declared explicitly rather than derived from the names: most domain fields are
the snake_case of their column, but not all (``dob`` -> ``DOB``, ``id`` ->
``PersonalID``/``ExitID``/...), and a new domain field must be a decision
(export it, or list it in ``not_exported``), which ``tests`` check.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from app.domain.client import Client
from app.domain.current_living_situation import CurrentLivingSituation
from app.domain.disability import Disability
from app.domain.enrollment import Enrollment
from app.domain.exit import Exit
from app.domain.health_and_dv import HealthAndDV
from app.domain.income_benefits import IncomeBenefits
from app.domain.record import Record
from app.domain.service import Service

from . import spec


@dataclass(frozen=True)
class RecordMapping:
    """How one record type maps to one file."""

    record_type: type[Record]
    file: str
    #: domain field -> CSV column, for every field written to / read from the file.
    columns: Mapping[str, str]
    #: domain fields deliberately not in the file (our own data), with why.
    not_exported: Mapping[str, str]

    @property
    def key_column(self) -> str:
        return self.columns["id"]


_ENR = {"enrollment_id": "EnrollmentID", "personal_id": "PersonalID"}


def _m(cls: type[Record], file: str, columns: dict[str, str], not_exported: dict[str, str] | None = None) -> RecordMapping:
    return RecordMapping(cls, file, MappingProxyType(columns), MappingProxyType(not_exported or {}))


MAPPINGS: tuple[RecordMapping, ...] = (
    _m(Client, "Client", {
        "id": "PersonalID",
        "first_name": "FirstName", "middle_name": "MiddleName", "last_name": "LastName",
        "name_suffix": "NameSuffix", "name_data_quality": "NameDataQuality",
        "ssn": "SSN", "ssn_data_quality": "SSNDataQuality",
        "dob": "DOB", "dob_data_quality": "DOBDataQuality",
        "sex": "Sex",
        "am_ind_ak_native": "AmIndAKNative", "asian": "Asian", "black_af_american": "BlackAfAmerican",
        "hispanic_latinao": "HispanicLatinao", "mid_east_n_african": "MidEastNAfrican",
        "native_hi_pacific": "NativeHIPacific", "white": "White", "race_none": "RaceNone",
        "additional_race_ethnicity": "AdditionalRaceEthnicity",
        "veteran_status": "VeteranStatus",
    }, {"alias": "our own search aid (street name / nickname); not a HUD element"}),
    _m(Enrollment, "Enrollment", {
        "id": "EnrollmentID", "personal_id": "PersonalID", "project_id": "ProjectID",
        "entry_date": "EntryDate", "household_id": "HouseholdID", "relationship_to_hoh": "RelationshipToHoH",
        "enrollment_coc": "EnrollmentCoC", "living_situation": "LivingSituation",
        "rental_subsidy_type": "RentalSubsidyType", "length_of_stay": "LengthOfStay",
        "los_under_threshold": "LOSUnderThreshold", "previous_street_essh": "PreviousStreetESSH",
        "date_to_street_essh": "DateToStreetESSH",
        "times_homeless_past_three_years": "TimesHomelessPastThreeYears",
        "months_homeless_past_three_years": "MonthsHomelessPastThreeYears",
        "disabling_condition": "DisablingCondition", "date_of_engagement": "DateOfEngagement",
        "move_in_date": "MoveInDate",
    }),
    _m(Exit, "Exit", {
        "id": "ExitID", **_ENR, "exit_date": "ExitDate", "destination": "Destination",
        "destination_subsidy_type": "DestinationSubsidyType", "other_destination": "OtherDestination",
    }),
    _m(IncomeBenefits, "IncomeBenefits", {
        "id": "IncomeBenefitsID", **_ENR, "information_date": "InformationDate",
        "income_from_any_source": "IncomeFromAnySource", "total_monthly_income": "TotalMonthlyIncome",
        "earned": "Earned", "earned_amount": "EarnedAmount",
        "unemployment": "Unemployment", "unemployment_amount": "UnemploymentAmount",
        "ssi": "SSI", "ssi_amount": "SSIAmount", "ssdi": "SSDI", "ssdi_amount": "SSDIAmount",
        "va_disability_service": "VADisabilityService", "va_disability_service_amount": "VADisabilityServiceAmount",
        "va_disability_non_service": "VADisabilityNonService",
        "va_disability_non_service_amount": "VADisabilityNonServiceAmount",
        "private_disability": "PrivateDisability", "private_disability_amount": "PrivateDisabilityAmount",
        "workers_comp": "WorkersComp", "workers_comp_amount": "WorkersCompAmount",
        "tanf": "TANF", "tanf_amount": "TANFAmount", "ga": "GA", "ga_amount": "GAAmount",
        "soc_sec_retirement": "SocSecRetirement", "soc_sec_retirement_amount": "SocSecRetirementAmount",
        "pension": "Pension", "pension_amount": "PensionAmount",
        "child_support": "ChildSupport", "child_support_amount": "ChildSupportAmount",
        "alimony": "Alimony", "alimony_amount": "AlimonyAmount",
        "other_income_source": "OtherIncomeSource", "other_income_amount": "OtherIncomeAmount",
        "other_income_source_identify": "OtherIncomeSourceIdentify",
        "benefits_from_any_source": "BenefitsFromAnySource", "snap": "SNAP", "wic": "WIC",
        "tanf_child_care": "TANFChildCare", "tanf_transportation": "TANFTransportation",
        "other_tanf": "OtherTANF", "other_benefits_source": "OtherBenefitsSource",
        "other_benefits_source_identify": "OtherBenefitsSourceIdentify",
        "insurance_from_any_source": "InsuranceFromAnySource", "medicaid": "Medicaid", "medicare": "Medicare",
        "schip": "SCHIP", "vha_services": "VHAServices", "employer_provided": "EmployerProvided",
        "cobra": "COBRA", "private_pay": "PrivatePay", "state_health_ins": "StateHealthIns",
        "indian_health_services": "IndianHealthServices", "other_insurance": "OtherInsurance",
        "other_insurance_identify": "OtherInsuranceIdentify",
        "data_collection_stage": "DataCollectionStage",
    }),
    _m(HealthAndDV, "HealthAndDV", {
        "id": "HealthAndDVID", **_ENR, "information_date": "InformationDate",
        "domestic_violence_survivor": "DomesticViolenceSurvivor", "when_occurred": "WhenOccurred",
        "currently_fleeing": "CurrentlyFleeing", "data_collection_stage": "DataCollectionStage",
    }),
    _m(Disability, "Disabilities", {
        "id": "DisabilitiesID", **_ENR, "information_date": "InformationDate",
        "disability_type": "DisabilityType", "disability_response": "DisabilityResponse",
        "indefinite_and_impairs": "IndefiniteAndImpairs", "data_collection_stage": "DataCollectionStage",
    }),
    _m(Service, "Services", {
        "id": "ServicesID", **_ENR, "date_provided": "DateProvided", "record_type": "RecordType",
        "type_provided": "TypeProvided", "other_type_provided": "OtherTypeProvided", "fa_amount": "FAAmount",
    }),
    _m(CurrentLivingSituation, "CurrentLivingSituation", {
        "id": "CurrentLivingSitID", **_ENR, "information_date": "InformationDate",
        "current_living_situation": "CurrentLivingSituation", "cls_subsidy_type": "CLSSubsidyType",
        "verified_by": "VerifiedBy", "leave_situation_14_days": "LeaveSituation14Days",
        "subsequent_residence": "SubsequentResidence", "resources_to_obtain": "ResourcesToObtain",
        "lease_own_60_day": "LeaseOwn60Day", "moved_two_or_more": "MovedTwoOrMore",
        "location_details": "LocationDetails",
    }),
)

#: record KIND -> mapping (Consent and any other kind without a mapping is not exported).
BY_KIND: Mapping[str, RecordMapping] = MappingProxyType({m.record_type.KIND: m for m in MAPPINGS})
#: file -> mapping
BY_FILE: Mapping[str, RecordMapping] = MappingProxyType({m.file: m for m in MAPPINGS})

def _check() -> None:
    for m in MAPPINGS:
        if m.record_type.CSV_FILE != m.file:
            raise AssertionError(f"{m.record_type.__name__}.CSV_FILE is not {m.file}")
        names = spec.headers(m.file)
        for f, c in m.columns.items():
            if c not in names:
                raise AssertionError(f"{m.file}: no column {c}")
        fields = set(m.record_type.field_names())
        if set(m.columns) | set(m.not_exported) != fields or set(m.columns) & set(m.not_exported):
            raise AssertionError(f"{m.record_type.__name__}: every field must be mapped or listed as not exported")


_check()
