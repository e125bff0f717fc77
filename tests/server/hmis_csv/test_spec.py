"""The FY2026 table against header lists copied by hand from the specification sources."""

from __future__ import annotations

import pytest

from app.domain.registry import RECORD_TYPES
from server.hmis_csv import spec
from server.hmis_csv.mapping import BY_FILE, BY_KIND, MAPPINGS

_META = ["DateCreated", "DateUpdated", "UserID", "DateDeleted", "ExportID"]

# Copied from the FY2026 column lists (see spec.py for the sources), in order.
HAND_WRITTEN = {
    "Export": [
        "ExportID",
        "SourceType",
        "SourceID",
        "SourceName",
        "SourceContactFirst",
        "SourceContactLast",
        "SourceContactPhone",
        "SourceContactExtension",
        "SourceContactEmail",
        "ExportDate",
        "ExportStartDate",
        "ExportEndDate",
        "SoftwareName",
        "SoftwareVersion",
        "CSVVersion",
        "ExportPeriodType",
        "ExportDirective",
        "HashStatus",
        "ImplementationID",
    ],
    "Project": [
        "ProjectID",
        "OrganizationID",
        "ProjectName",
        "ProjectCommonName",
        "OperatingStartDate",
        "OperatingEndDate",
        "ContinuumProject",
        "ProjectType",
        "HousingType",
        "RRHSubType",
        "ResidentialAffiliation",
        "TargetPopulation",
        "HOPWAMedAssistedLivingFac",
        "PITCount",
        *_META,
    ],
    "Client": [
        "PersonalID",
        "FirstName",
        "MiddleName",
        "LastName",
        "NameSuffix",
        "NameDataQuality",
        "SSN",
        "SSNDataQuality",
        "DOB",
        "DOBDataQuality",
        "Sex",
        "AmIndAKNative",
        "Asian",
        "BlackAfAmerican",
        "HispanicLatinao",
        "MidEastNAfrican",
        "NativeHIPacific",
        "White",
        "RaceNone",
        "AdditionalRaceEthnicity",
        "VeteranStatus",
        "YearEnteredService",
        "YearSeparated",
        "WorldWarII",
        "KoreanWar",
        "VietnamWar",
        "DesertStorm",
        "AfghanistanOEF",
        "IraqOIF",
        "IraqOND",
        "OtherTheater",
        "MilitaryBranch",
        "DischargeStatus",
        *_META,
    ],
    "Enrollment": [
        "EnrollmentID",
        "PersonalID",
        "ProjectID",
        "EntryDate",
        "HouseholdID",
        "RelationshipToHoH",
        "EnrollmentCoC",
        "LivingSituation",
        "RentalSubsidyType",
        "LengthOfStay",
        "LOSUnderThreshold",
        "PreviousStreetESSH",
        "DateToStreetESSH",
        "TimesHomelessPastThreeYears",
        "MonthsHomelessPastThreeYears",
        "DisablingCondition",
        "DateOfEngagement",
        "MoveInDate",
        "DateOfPATHStatus",
        "ClientEnrolledInPATH",
        "ReasonNotEnrolled",
        "PercentAMI",
        "ReferralSource",
        "CountOutreachReferralApproaches",
        "DateOfBCPStatus",
        "EligibleForRHY",
        "ReasonNoServices",
        "RunawayYouth",
        "FormerWardChildWelfare",
        "ChildWelfareYears",
        "ChildWelfareMonths",
        "FormerWardJuvenileJustice",
        "JuvenileJusticeYears",
        "JuvenileJusticeMonths",
        "UnemploymentFam",
        "MentalHealthDisorderFam",
        "PhysicalDisabilityFam",
        "AlcoholDrugUseDisorderFam",
        "InsufficientIncome",
        "IncarceratedParent",
        "VAMCStation",
        "TargetScreenReqd",
        "TimeToHousingLoss",
        "AnnualPercentAMI",
        "LiteralHomelessHistory",
        "ClientLeaseholder",
        "HOHLeaseholder",
        "SubsidyAtRisk",
        "EvictionHistory",
        "CriminalRecord",
        "IncarceratedAdult",
        "PrisonDischarge",
        "SexOffender",
        "DisabledHoH",
        "CurrentPregnant",
        "SingleParent",
        "DependentUnder6",
        "HH5Plus",
        "CoCPrioritized",
        "HPScreeningScore",
        "ThresholdScore",
        "MentalHealthConsultation",
        *_META,
    ],
    "Exit": [
        "ExitID",
        "EnrollmentID",
        "PersonalID",
        "ExitDate",
        "Destination",
        "DestinationSubsidyType",
        "OtherDestination",
        "HousingAssessment",
        "SubsidyInformation",
        "ProjectCompletionStatus",
        "EarlyExitReason",
        "ExchangeForSex",
        "ExchangeForSexPastThreeMonths",
        "CountOfExchangeForSex",
        "AskedOrForcedToExchangeForSex",
        "AskedOrForcedToExchangeForSexPastThreeMonths",
        "WorkplaceViolenceThreats",
        "WorkplacePromiseDifference",
        "CoercedToContinueWork",
        "LaborExploitPastThreeMonths",
        "CounselingReceived",
        "IndividualCounseling",
        "FamilyCounseling",
        "GroupCounseling",
        "SessionCountAtExit",
        "PostExitCounselingPlan",
        "SessionsInPlan",
        "DestinationSafeClient",
        "DestinationSafeWorker",
        "PosAdultConnections",
        "PosPeerConnections",
        "PosCommunityConnections",
        "AftercareDate",
        "AftercareProvided",
        "EmailSocialMedia",
        "Telephone",
        "InPersonIndividual",
        "InPersonGroup",
        "CMExitReason",
        *_META,
    ],
    "Services": [
        "ServicesID",
        "EnrollmentID",
        "PersonalID",
        "DateProvided",
        "RecordType",
        "TypeProvided",
        "OtherTypeProvided",
        "MovingOnOtherType",
        "SubTypeProvided",
        "FAAmount",
        "FAStartDate",
        "FAEndDate",
        "ReferralOutcome",
        *_META,
    ],
    "CurrentLivingSituation": [
        "CurrentLivingSitID",
        "EnrollmentID",
        "PersonalID",
        "InformationDate",
        "CurrentLivingSituation",
        "CLSSubsidyType",
        "VerifiedBy",
        "LeaveSituation14Days",
        "SubsequentResidence",
        "ResourcesToObtain",
        "LeaseOwn60Day",
        "MovedTwoOrMore",
        "LocationDetails",
        *_META,
    ],
}

FY2026_FILES = [
    "Export",
    "Organization",
    "User",
    "Project",
    "Funder",
    "ProjectCoC",
    "Inventory",
    "Affiliation",
    "HMISParticipation",
    "CEParticipation",
    "Client",
    "Enrollment",
    "Exit",
    "IncomeBenefits",
    "HealthAndDV",
    "EmploymentEducation",
    "Disabilities",
    "Services",
    "CurrentLivingSituation",
    "Assessment",
    "AssessmentQuestions",
    "AssessmentResults",
    "Event",
    "YouthEducationStatus",
]


def test_every_fy2026_file_in_order():
    assert list(spec.FILES) == FY2026_FILES


@pytest.mark.parametrize("file", sorted(HAND_WRITTEN))
def test_table_matches_hand_written_headers(file):
    assert list(spec.headers(file)) == HAND_WRITTEN[file]


def test_fy2026_changes_from_fy2024():
    client = spec.headers("Client")
    assert "Sex" in client and "HispanicLatinao" in client
    for gone in (
        "HispanicLatinaeo",
        "Woman",
        "Man",
        "NonBinary",
        "CulturallySpecific",
        "Transgender",
        "Questioning",
        "DifferentIdentity",
        "GenderNone",
        "DifferentIdentityText",
    ):
        assert gone not in client
    enrollment = spec.headers("Enrollment")
    assert "MentalHealthConsultation" in enrollment
    for gone in (
        "SexualOrientation",
        "SexualOrientationOther",
        "TranslationNeeded",
        "PreferredLanguage",
        "PreferredLanguageDifferent",
    ):
        assert gone not in enrollment
    # Bitfocus's FY2026 notes say S350; HUD's Eva table (test_spec_table.py), which is what
    # checks our exports, says S32, and that is what we follow.
    assert spec.column("Export", "SourceID").max_len == 32
    assert spec.column("CurrentLivingSituation", "VerifiedBy").max_len == 200


def test_every_file_but_export_ends_with_the_bookkeeping_columns():
    for file, cols in spec.FILES.items():
        names = [c.name for c in cols]
        if file == "Export":
            assert "ExportID" in names
        elif file == "User":
            assert names[-4:] == ["DateCreated", "DateUpdated", "DateDeleted", "ExportID"]
        else:
            assert names[-5:] == _META, file
        assert cols[0].required and cols[0].type == "S" and cols[0].max_len == 32, file


def test_types_are_known_and_strings_have_lengths():
    for cols in spec.FILES.values():
        for c in cols:
            assert c.type in ("S", "I", "D", "T", "M")
            assert (c.max_len is not None) == (c.type == "S")


def test_every_hud_record_kind_is_mapped_and_consent_is_not():
    hud_kinds = {k for k, cls in RECORD_TYPES.items() if cls.CSV_FILE}
    assert set(BY_KIND) == hud_kinds
    assert "consent" not in BY_KIND
    for m in MAPPINGS:
        assert BY_FILE[m.file] is m
        for field, col in m.columns.items():
            c = spec.column(m.file, col)
            meta_len = m.record_type.__dataclass_fields__[field].metadata.get("max_len")
            if meta_len is not None:  # the domain never allows more than the column holds
                assert c.max_len is not None and meta_len <= c.max_len, (m.file, col)
