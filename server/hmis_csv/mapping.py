"""Which domain record goes to which HMIS CSV file, field by field.

Declared explicitly rather than derived from the names: most domain fields are
the snake_case of their column, but not all (``dob`` -> ``DOB``, ``id`` ->
``PersonalID``/``ExitID``/...), and a new domain field must be a decision
(export it, or list it in ``not_exported``), which ``tests`` check.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from app.domain.assessment import Assessment, AssessmentQuestion, AssessmentResult
from app.domain.client import Client
from app.domain.current_living_situation import CurrentLivingSituation
from app.domain.disability import Disability
from app.domain.employment_education import EmploymentEducation
from app.domain.enrollment import Enrollment
from app.domain.event import Event
from app.domain.exit import Exit
from app.domain.health_and_dv import HealthAndDV
from app.domain.income_benefits import IncomeBenefits
from app.domain.record import Record
from app.domain.service import Service
from app.domain.youth_education_status import YouthEducationStatus

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


def _m(
    cls: type[Record], file: str, columns: dict[str, str], not_exported: dict[str, str] | None = None
) -> RecordMapping:
    return RecordMapping(cls, file, MappingProxyType(columns), MappingProxyType(not_exported or {}))


MAPPINGS: tuple[RecordMapping, ...] = (
    _m(
        Client,
        "Client",
        {
            "id": "PersonalID",
            "first_name": "FirstName",
            "middle_name": "MiddleName",
            "last_name": "LastName",
            "name_suffix": "NameSuffix",
            "name_data_quality": "NameDataQuality",
            "ssn": "SSN",
            "ssn_data_quality": "SSNDataQuality",
            "dob": "DOB",
            "dob_data_quality": "DOBDataQuality",
            "sex": "Sex",
            "am_ind_ak_native": "AmIndAKNative",
            "asian": "Asian",
            "black_af_american": "BlackAfAmerican",
            "hispanic_latinao": "HispanicLatinao",
            "mid_east_n_african": "MidEastNAfrican",
            "native_hi_pacific": "NativeHIPacific",
            "white": "White",
            "race_none": "RaceNone",
            "additional_race_ethnicity": "AdditionalRaceEthnicity",
            "veteran_status": "VeteranStatus",
            "year_entered_service": "YearEnteredService",
            "year_separated": "YearSeparated",
            "world_war_ii": "WorldWarII",
            "korean_war": "KoreanWar",
            "vietnam_war": "VietnamWar",
            "desert_storm": "DesertStorm",
            "afghanistan_oef": "AfghanistanOEF",
            "iraq_oif": "IraqOIF",
            "iraq_ond": "IraqOND",
            "other_theater": "OtherTheater",
            "military_branch": "MilitaryBranch",
            "discharge_status": "DischargeStatus",
        },
        {"alias": "our own search aid (street name / nickname); not a HUD element"},
    ),
    _m(
        Enrollment,
        "Enrollment",
        {
            "id": "EnrollmentID",
            "personal_id": "PersonalID",
            "project_id": "ProjectID",
            "entry_date": "EntryDate",
            "household_id": "HouseholdID",
            "relationship_to_hoh": "RelationshipToHoH",
            "enrollment_coc": "EnrollmentCoC",
            "living_situation": "LivingSituation",
            "rental_subsidy_type": "RentalSubsidyType",
            "length_of_stay": "LengthOfStay",
            "los_under_threshold": "LOSUnderThreshold",
            "previous_street_essh": "PreviousStreetESSH",
            "date_to_street_essh": "DateToStreetESSH",
            "times_homeless_past_three_years": "TimesHomelessPastThreeYears",
            "months_homeless_past_three_years": "MonthsHomelessPastThreeYears",
            "disabling_condition": "DisablingCondition",
            "date_of_engagement": "DateOfEngagement",
            "move_in_date": "MoveInDate",
            "date_of_path_status": "DateOfPATHStatus",
            "client_enrolled_in_path": "ClientEnrolledInPATH",
            "reason_not_enrolled": "ReasonNotEnrolled",
            "percent_ami": "PercentAMI",
            "referral_source": "ReferralSource",
            "count_outreach_referral_approaches": "CountOutreachReferralApproaches",
            "date_of_bcp_status": "DateOfBCPStatus",
            "eligible_for_rhy": "EligibleForRHY",
            "reason_no_services": "ReasonNoServices",
            "runaway_youth": "RunawayYouth",
            "former_ward_child_welfare": "FormerWardChildWelfare",
            "child_welfare_years": "ChildWelfareYears",
            "child_welfare_months": "ChildWelfareMonths",
            "former_ward_juvenile_justice": "FormerWardJuvenileJustice",
            "juvenile_justice_years": "JuvenileJusticeYears",
            "juvenile_justice_months": "JuvenileJusticeMonths",
            "unemployment_fam": "UnemploymentFam",
            "mental_health_disorder_fam": "MentalHealthDisorderFam",
            "physical_disability_fam": "PhysicalDisabilityFam",
            "alcohol_drug_use_disorder_fam": "AlcoholDrugUseDisorderFam",
            "insufficient_income": "InsufficientIncome",
            "incarcerated_parent": "IncarceratedParent",
            "vamc_station": "VAMCStation",
            "target_screen_reqd": "TargetScreenReqd",
            "time_to_housing_loss": "TimeToHousingLoss",
            "annual_percent_ami": "AnnualPercentAMI",
            "literal_homeless_history": "LiteralHomelessHistory",
            "client_leaseholder": "ClientLeaseholder",
            "hoh_leaseholder": "HOHLeaseholder",
            "subsidy_at_risk": "SubsidyAtRisk",
            "eviction_history": "EvictionHistory",
            "criminal_record": "CriminalRecord",
            "incarcerated_adult": "IncarceratedAdult",
            "prison_discharge": "PrisonDischarge",
            "sex_offender": "SexOffender",
            "disabled_hoh": "DisabledHoH",
            "current_pregnant": "CurrentPregnant",
            "single_parent": "SingleParent",
            "dependent_under6": "DependentUnder6",
            "hh5_plus": "HH5Plus",
            "coc_prioritized": "CoCPrioritized",
            "hp_screening_score": "HPScreeningScore",
            "threshold_score": "ThresholdScore",
            "mental_health_consultation": "MentalHealthConsultation",
        },
    ),
    _m(
        Exit,
        "Exit",
        {
            "id": "ExitID",
            **_ENR,
            "exit_date": "ExitDate",
            "destination": "Destination",
            "destination_subsidy_type": "DestinationSubsidyType",
            "other_destination": "OtherDestination",
            "housing_assessment": "HousingAssessment",
            "subsidy_information": "SubsidyInformation",
            "project_completion_status": "ProjectCompletionStatus",
            "early_exit_reason": "EarlyExitReason",
            "exchange_for_sex": "ExchangeForSex",
            "exchange_for_sex_past_three_months": "ExchangeForSexPastThreeMonths",
            "count_of_exchange_for_sex": "CountOfExchangeForSex",
            "asked_or_forced_to_exchange_for_sex": "AskedOrForcedToExchangeForSex",
            "asked_or_forced_to_exchange_for_sex_past_three_months": "AskedOrForcedToExchangeForSexPastThreeMonths",
            "workplace_violence_threats": "WorkplaceViolenceThreats",
            "workplace_promise_difference": "WorkplacePromiseDifference",
            "coerced_to_continue_work": "CoercedToContinueWork",
            "labor_exploit_past_three_months": "LaborExploitPastThreeMonths",
            "counseling_received": "CounselingReceived",
            "individual_counseling": "IndividualCounseling",
            "family_counseling": "FamilyCounseling",
            "group_counseling": "GroupCounseling",
            "session_count_at_exit": "SessionCountAtExit",
            "post_exit_counseling_plan": "PostExitCounselingPlan",
            "sessions_in_plan": "SessionsInPlan",
            "destination_safe_client": "DestinationSafeClient",
            "destination_safe_worker": "DestinationSafeWorker",
            "pos_adult_connections": "PosAdultConnections",
            "pos_peer_connections": "PosPeerConnections",
            "pos_community_connections": "PosCommunityConnections",
            "aftercare_date": "AftercareDate",
            "aftercare_provided": "AftercareProvided",
            "email_social_media": "EmailSocialMedia",
            "telephone": "Telephone",
            "in_person_individual": "InPersonIndividual",
            "in_person_group": "InPersonGroup",
            "cm_exit_reason": "CMExitReason",
        },
    ),
    _m(
        IncomeBenefits,
        "IncomeBenefits",
        {
            "id": "IncomeBenefitsID",
            **_ENR,
            "information_date": "InformationDate",
            "income_from_any_source": "IncomeFromAnySource",
            "total_monthly_income": "TotalMonthlyIncome",
            "earned": "Earned",
            "earned_amount": "EarnedAmount",
            "unemployment": "Unemployment",
            "unemployment_amount": "UnemploymentAmount",
            "ssi": "SSI",
            "ssi_amount": "SSIAmount",
            "ssdi": "SSDI",
            "ssdi_amount": "SSDIAmount",
            "va_disability_service": "VADisabilityService",
            "va_disability_service_amount": "VADisabilityServiceAmount",
            "va_disability_non_service": "VADisabilityNonService",
            "va_disability_non_service_amount": "VADisabilityNonServiceAmount",
            "private_disability": "PrivateDisability",
            "private_disability_amount": "PrivateDisabilityAmount",
            "workers_comp": "WorkersComp",
            "workers_comp_amount": "WorkersCompAmount",
            "tanf": "TANF",
            "tanf_amount": "TANFAmount",
            "ga": "GA",
            "ga_amount": "GAAmount",
            "soc_sec_retirement": "SocSecRetirement",
            "soc_sec_retirement_amount": "SocSecRetirementAmount",
            "pension": "Pension",
            "pension_amount": "PensionAmount",
            "child_support": "ChildSupport",
            "child_support_amount": "ChildSupportAmount",
            "alimony": "Alimony",
            "alimony_amount": "AlimonyAmount",
            "other_income_source": "OtherIncomeSource",
            "other_income_amount": "OtherIncomeAmount",
            "other_income_source_identify": "OtherIncomeSourceIdentify",
            "benefits_from_any_source": "BenefitsFromAnySource",
            "snap": "SNAP",
            "wic": "WIC",
            "tanf_child_care": "TANFChildCare",
            "tanf_transportation": "TANFTransportation",
            "other_tanf": "OtherTANF",
            "other_benefits_source": "OtherBenefitsSource",
            "other_benefits_source_identify": "OtherBenefitsSourceIdentify",
            "insurance_from_any_source": "InsuranceFromAnySource",
            "medicaid": "Medicaid",
            "medicare": "Medicare",
            "schip": "SCHIP",
            "vha_services": "VHAServices",
            "employer_provided": "EmployerProvided",
            "cobra": "COBRA",
            "private_pay": "PrivatePay",
            "state_health_ins": "StateHealthIns",
            "indian_health_services": "IndianHealthServices",
            "other_insurance": "OtherInsurance",
            "other_insurance_identify": "OtherInsuranceIdentify",
            "data_collection_stage": "DataCollectionStage",
            "no_medicaid_reason": "NoMedicaidReason",
            "no_medicare_reason": "NoMedicareReason",
            "no_schip_reason": "NoSCHIPReason",
            "no_vha_reason": "NoVHAReason",
            "no_employer_provided_reason": "NoEmployerProvidedReason",
            "no_cobra_reason": "NoCOBRAReason",
            "no_private_pay_reason": "NoPrivatePayReason",
            "no_state_health_ins_reason": "NoStateHealthInsReason",
            "no_indian_health_services_reason": "NoIndianHealthServicesReason",
            "adap": "ADAP",
            "no_adap_reason": "NoADAPReason",
            "ryan_white_med_dent": "RyanWhiteMedDent",
            "no_ryan_white_reason": "NoRyanWhiteReason",
            "connection_with_soar": "ConnectionWithSOAR",
        },
    ),
    _m(
        HealthAndDV,
        "HealthAndDV",
        {
            "id": "HealthAndDVID",
            **_ENR,
            "information_date": "InformationDate",
            "domestic_violence_survivor": "DomesticViolenceSurvivor",
            "when_occurred": "WhenOccurred",
            "currently_fleeing": "CurrentlyFleeing",
            "data_collection_stage": "DataCollectionStage",
            "general_health_status": "GeneralHealthStatus",
            "dental_health_status": "DentalHealthStatus",
            "mental_health_status": "MentalHealthStatus",
            "pregnancy_status": "PregnancyStatus",
            "due_date": "DueDate",
        },
    ),
    _m(
        Disability,
        "Disabilities",
        {
            "id": "DisabilitiesID",
            **_ENR,
            "information_date": "InformationDate",
            "disability_type": "DisabilityType",
            "disability_response": "DisabilityResponse",
            "indefinite_and_impairs": "IndefiniteAndImpairs",
            "data_collection_stage": "DataCollectionStage",
            "t_cell_count_available": "TCellCountAvailable",
            "t_cell_count": "TCellCount",
            "t_cell_source": "TCellSource",
            "viral_load_available": "ViralLoadAvailable",
            "viral_load": "ViralLoad",
            "viral_load_source": "ViralLoadSource",
            "anti_retroviral": "AntiRetroviral",
        },
    ),
    _m(
        Service,
        "Services",
        {
            "id": "ServicesID",
            **_ENR,
            "date_provided": "DateProvided",
            "record_type": "RecordType",
            "type_provided": "TypeProvided",
            "other_type_provided": "OtherTypeProvided",
            "fa_amount": "FAAmount",
            "moving_on_other_type": "MovingOnOtherType",
            "sub_type_provided": "SubTypeProvided",
            "fa_start_date": "FAStartDate",
            "fa_end_date": "FAEndDate",
            "referral_outcome": "ReferralOutcome",
        },
    ),
    _m(
        CurrentLivingSituation,
        "CurrentLivingSituation",
        {
            "id": "CurrentLivingSitID",
            **_ENR,
            "information_date": "InformationDate",
            "current_living_situation": "CurrentLivingSituation",
            "cls_subsidy_type": "CLSSubsidyType",
            "verified_by": "VerifiedBy",
            "leave_situation_14_days": "LeaveSituation14Days",
            "subsequent_residence": "SubsequentResidence",
            "resources_to_obtain": "ResourcesToObtain",
            "lease_own_60_day": "LeaseOwn60Day",
            "moved_two_or_more": "MovedTwoOrMore",
            "location_details": "LocationDetails",
        },
    ),
    _m(
        EmploymentEducation,
        "EmploymentEducation",
        {
            "id": "EmploymentEducationID",
            **_ENR,
            "information_date": "InformationDate",
            "last_grade_completed": "LastGradeCompleted",
            "school_status": "SchoolStatus",
            "employed": "Employed",
            "employment_type": "EmploymentType",
            "not_employed_reason": "NotEmployedReason",
            "data_collection_stage": "DataCollectionStage",
        },
    ),
    _m(
        YouthEducationStatus,
        "YouthEducationStatus",
        {
            "id": "YouthEducationStatusID",
            **_ENR,
            "information_date": "InformationDate",
            "current_school_attend": "CurrentSchoolAttend",
            "most_recent_ed_status": "MostRecentEdStatus",
            "current_ed_status": "CurrentEdStatus",
            "data_collection_stage": "DataCollectionStage",
        },
    ),
    _m(
        Assessment,
        "Assessment",
        {
            "id": "AssessmentID",
            **_ENR,
            "assessment_date": "AssessmentDate",
            "assessment_location": "AssessmentLocation",
            "assessment_type": "AssessmentType",
            "assessment_level": "AssessmentLevel",
            "prioritization_status": "PrioritizationStatus",
        },
    ),
    _m(
        AssessmentQuestion,
        "AssessmentQuestions",
        {
            "id": "AssessmentQuestionID",
            "assessment_id": "AssessmentID",
            **_ENR,
            "assessment_question_group": "AssessmentQuestionGroup",
            "assessment_question_order": "AssessmentQuestionOrder",
            "assessment_question": "AssessmentQuestion",
            "assessment_answer": "AssessmentAnswer",
        },
    ),
    _m(
        AssessmentResult,
        "AssessmentResults",
        {
            "id": "AssessmentResultID",
            "assessment_id": "AssessmentID",
            **_ENR,
            "assessment_result_type": "AssessmentResultType",
            "assessment_result": "AssessmentResult",
        },
    ),
    _m(
        Event,
        "Event",
        {
            "id": "EventID",
            **_ENR,
            "event_date": "EventDate",
            "event": "Event",
            "prob_sol_div_rr_result": "ProbSolDivRRResult",
            "referral_case_manage_after": "ReferralCaseManageAfter",
            "location_crisis_or_ph_housing": "LocationCrisisOrPHHousing",
            "referral_result": "ReferralResult",
            "result_date": "ResultDate",
        },
    ),
)

#: record KIND -> mapping (Consent and any other kind without a mapping is not exported).
BY_KIND: Mapping[str, RecordMapping] = MappingProxyType({m.record_type.KIND: m for m in MAPPINGS})
#: file -> mapping
BY_FILE: Mapping[str, RecordMapping] = MappingProxyType({m.file: m for m in MAPPINGS})


def _check() -> None:
    for m in MAPPINGS:
        if m.file != m.record_type.CSV_FILE:
            raise AssertionError(f"{m.record_type.__name__}.CSV_FILE is not {m.file}")
        names = spec.headers(m.file)
        for c in m.columns.values():
            if c not in names:
                raise AssertionError(f"{m.file}: no column {c}")
        fields = set(m.record_type.field_names())
        if set(m.columns) | set(m.not_exported) != fields or set(m.columns) & set(m.not_exported):
            raise AssertionError(f"{m.record_type.__name__}: every field must be mapped or listed as not exported")


_check()
