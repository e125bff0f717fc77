"""HMIS CSV FY2026: every file, its columns in order, their types, lengths and nullability.

This table is the contract for ``export`` and ``import_``: a file is written
and read exactly as listed here, nothing more, nothing less.

Where it came from
------------------
HUD's own document (*FY 2026 HMIS CSV Format Specifications*, final April 2025)
is distributed to vendors through the HUD vendor hub and is not in our stored
reference material, so the table was assembled from these public sources and
cross-checked between them:

* FY2024 base -- HUD, *HMIS CSV Format Specifications FY2024*
  (https://files.hudexchange.info/resources/documents/HMIS-CSV-Format-Specifications-2024.pdf),
  as transcribed column by column (name, type, length, nullability) in Green
  River's open-source HMIS warehouse, ``app/models/concerns/hmis_structure/*.rb``
  (https://github.com/greenriver/hmis-warehouse), ``hmis_configuration(version: '2024')``;
  Exit.rb there is already marked ``when '2024', '2026'``.
* FY2024 -> FY2026 delta -- Green River's converter
  ``drivers/hud_twenty_twenty_four_to_twenty_twenty_six`` (csv_transformer.rb
  lists the 24 files and says only Export, Client, Enrollment and Services
  change shape; client/add_new_columns.rb adds ``Sex``;
  client/rename_columns.rb renames ``HispanicLatinaeo`` -> ``HispanicLatinao``;
  enrollment/add_new_columns.rb adds ``MentalHealthConsultation``;
  custom_gender/* and custom_enrollment_fy_26_deprecation/* move the 3.06
  Gender columns out of Client and R3 Sexual Orientation + C4 Translation
  Assistance out of Enrollment; export/update_csv_version.rb sets
  ``CSVVersion`` to "2026 v1.0"), and its FY2026 file list
  ``drivers/hmis_csv_twenty_twenty_six/app/models/hmis_csv_twenty_twenty_six.rb``.
* Bitfocus, *HUD HMIS CSV/XML Program Data Export: FY 2026 Updates*
  (https://help.bitfocus.com/hud-hmis-csv/xml-program-data-export-fy-2026-updates):
  Export.SourceID is now S350; Client drops 3.06 Gender and adds 4.21 Sex and
  the Hispanic/Latina/o column label change; Enrollment adds V10
  MentalHealthConsultation; CurrentLivingSituation.VerifiedBy is now S200;
  strings are UTF-8.
* Column order of the FY2026 Client file (``Sex`` right after
  ``DOBDataQuality``): Green River's converter spec fixture
  (drivers/hud_twenty_twenty_four_to_twenty_twenty_six/spec/.../csv_transformer_spec.rb,
  "# output:" header line), which agrees with an independent FY2026 header list
  in a public TypeScript project (``ClientCsvHeader``/``EnrollmentCsvHeader``,
  which also puts ``MentalHealthConsultation`` after ``ThresholdScore``).

Checked against HUD's Eva
-------------------------
HUD's data-quality tool Eva carries its own FY2026 column table (``../shared/hmis``); every file
here equals it column by column (tests/server/hmis_csv/test_spec_table.py), which settled:
names and SSN are S64 (they hold hashes in a hashed export), Export.SourceID is S32 (not the
S350 of Bitfocus's notes), and RelationshipToHoH, EnrollmentCoC and DisablingCondition are not
null. Eva's table has no AssessmentQuestions or AssessmentResults; their headers are checked
against HUD's sample exports.

Open points (decided here, revisit when the HUD PDF is at hand)
---------------------------------------------------------------
* Services.csv: one Green River revision fills an ``InformationDate`` from
  ``DateProvided``; neither Bitfocus's change list nor the independent header
  list has such a column, so Services keeps its FY2024 columns.
* Exit.csv R15 column: HUD spells it ``WorkplaceViolenceThreats`` in the
  FY2024 document (Green River writes ``WorkPlaceViolenceThreats`` but matches
  headers case-insensitively); we use HUD's spelling.
* Nullability: ``required=True`` marks the columns HUD lists as non-null
  (Green River's ``null: false``) plus every primary and foreign key. Domain
  fields that our records require (e.g. DisablingCondition) are enforced on
  import by ``Record.from_dict``/``validate`` rather than here.

Types (HMIS CSV "Data Types"): S = string with a maximum length, I = integer,
D = date ``yyyy-mm-dd``, T = date and time ``yyyy-mm-dd hh:mm:ss``, M = money
(dollars and cents, no ``$`` or thousands separators).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Literal

ColumnType = Literal["S", "I", "D", "T", "M"]

CSV_VERSION = "2026 v1.0"

#: Export.HashStatus (list 1.5 in the CSV spec).
HASH_UNHASHED = 1
HASH_SHA1_RHY = 2
HASH_OTHER = 3
HASH_SHA256 = 4

#: FY2026 "Characters Permitted in String Fields": any UTF-8 except these.
FORBIDDEN_CHARACTERS = frozenset("<>[]{}")


@dataclass(frozen=True)
class Column:
    """One column of one HMIS CSV file.

    ``required`` is HUD's "not null". An empty required value stops an import or export only
    where nothing can be made of the row without it (``blocking``: ids, the record's own dates,
    Export.csv); elsewhere it is a data-quality problem, kept empty as given. HUD's own sample
    exports leave required columns empty (EnrollmentCoC of household members, a Geocode)."""

    name: str
    type: ColumnType
    max_len: int | None = None
    required: bool = False
    blocking: bool = False


def _S(name: str, n: int, required: bool = False) -> Column:
    return Column(name, "S", n, required)


def _I(name: str, required: bool = False) -> Column:
    return Column(name, "I", None, required)


def _D(name: str, required: bool = False) -> Column:
    return Column(name, "D", None, required)


def _T(name: str, required: bool = False) -> Column:
    return Column(name, "T", None, required)


def _M(name: str, required: bool = False) -> Column:
    return Column(name, "M", None, required)


def _id(name: str) -> Column:
    return Column(name, "S", 32, True, blocking=True)


def _when(name: str) -> Column:
    """DateCreated and DateUpdated: a record's version is ordered by them."""
    return Column(name, "T", None, True, blocking=True)


def _ints(*names: str) -> tuple[Column, ...]:
    return tuple(_I(n) for n in names)


#: DateCreated .. ExportID, shared by every file but Export and User.
_META: tuple[Column, ...] = (
    _when("DateCreated"),
    _when("DateUpdated"),
    _id("UserID"),
    _T("DateDeleted"),
    _id("ExportID"),
)

#: EnrollmentID, PersonalID after a file's own key.
_ENR = (_id("EnrollmentID"), _id("PersonalID"))

_FILES: dict[str, tuple[Column, ...]] = {
    # --- export and project descriptor files -------------------------------------------
    "Export": (
        _id("ExportID"),
        _I("SourceType", True),
        _S("SourceID", 32),
        _S("SourceName", 50),
        _S("SourceContactFirst", 50),
        _S("SourceContactLast", 50),
        _S("SourceContactPhone", 10),
        _S("SourceContactExtension", 5),
        _S("SourceContactEmail", 320),
        _T("ExportDate", True),
        _D("ExportStartDate", True),
        _D("ExportEndDate", True),
        _S("SoftwareName", 50, True),
        _S("SoftwareVersion", 50),
        _S("CSVVersion", 50),
        _I("ExportPeriodType", True),
        _I("ExportDirective", True),
        _I("HashStatus", True),
        _S("ImplementationID", 200, True),
    ),
    "Organization": (
        _id("OrganizationID"),
        _S("OrganizationName", 200, True),
        _I("VictimServiceProvider", True),
        _S("OrganizationCommonName", 200),
        *_META,
    ),
    "User": (
        _id("UserID"),
        _S("UserFirstName", 50),
        _S("UserLastName", 50),
        _S("UserPhone", 10),
        _S("UserExtension", 5),
        _S("UserEmail", 320),
        _T("DateCreated", True),
        _T("DateUpdated", True),
        _T("DateDeleted"),
        _id("ExportID"),
    ),
    "Project": (
        _id("ProjectID"),
        _id("OrganizationID"),
        _S("ProjectName", 200, True),
        _S("ProjectCommonName", 200),
        _D("OperatingStartDate", True),
        _D("OperatingEndDate"),
        _I("ContinuumProject", True),
        _I("ProjectType", True),
        _I("HousingType"),
        _I("RRHSubType"),
        _I("ResidentialAffiliation"),
        _I("TargetPopulation"),
        _I("HOPWAMedAssistedLivingFac"),
        _I("PITCount"),
        *_META,
    ),
    "Funder": (
        _id("FunderID"),
        _id("ProjectID"),
        _I("Funder", True),
        _S("OtherFunder", 100),
        _S("GrantID", 100, True),
        _D("StartDate", True),
        _D("EndDate"),
        *_META,
    ),
    "ProjectCoC": (
        _id("ProjectCoCID"),
        _id("ProjectID"),
        _S("CoCCode", 6, True),
        _S("Geocode", 6, True),
        _S("Address1", 100),
        _S("Address2", 100),
        _S("City", 50),
        _S("State", 2),
        _S("ZIP", 5),
        _I("GeographyType"),
        *_META,
    ),
    "Inventory": (
        _id("InventoryID"),
        _id("ProjectID"),
        _S("CoCCode", 6, True),
        _I("HouseholdType", True),
        _I("Availability"),
        _I("UnitInventory", True),
        _I("BedInventory", True),
        *_ints(
            "CHVetBedInventory",
            "YouthVetBedInventory",
            "VetBedInventory",
            "CHYouthBedInventory",
            "YouthBedInventory",
            "CHBedInventory",
            "OtherBedInventory",
            "ESBedType",
        ),
        _D("InventoryStartDate", True),
        _D("InventoryEndDate"),
        *_META,
    ),
    "Affiliation": (_id("AffiliationID"), _id("ProjectID"), _id("ResProjectID"), *_META),
    "HMISParticipation": (
        _id("HMISParticipationID"),
        _id("ProjectID"),
        _I("HMISParticipationType", True),
        _D("HMISParticipationStatusStartDate", True),
        _D("HMISParticipationStatusEndDate"),
        *_META,
    ),
    "CEParticipation": (
        _id("CEParticipationID"),
        _id("ProjectID"),
        _I("AccessPoint", True),
        *_ints("PreventionAssessment", "CrisisAssessment", "HousingAssessment", "DirectServices"),
        _I("ReceivesReferrals", True),
        _D("CEParticipationStatusStartDate", True),
        _D("CEParticipationStatusEndDate"),
        *_META,
    ),
    # --- client and enrollment files ---------------------------------------------------
    "Client": (
        _id("PersonalID"),
        _S("FirstName", 64),
        _S("MiddleName", 64),
        _S("LastName", 64),
        _S("NameSuffix", 64),
        _I("NameDataQuality", True),
        _S("SSN", 64),
        _I("SSNDataQuality", True),
        _D("DOB"),
        _I("DOBDataQuality", True),
        _I("Sex"),
        _I("AmIndAKNative", True),
        _I("Asian", True),
        _I("BlackAfAmerican", True),
        _I("HispanicLatinao", True),
        _I("MidEastNAfrican", True),
        _I("NativeHIPacific", True),
        _I("White", True),
        _I("RaceNone"),
        _S("AdditionalRaceEthnicity", 100),
        _I("VeteranStatus", True),
        *_ints(
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
        ),
        *_META,
    ),
    "Enrollment": (
        _id("EnrollmentID"),
        _id("PersonalID"),
        _id("ProjectID"),
        _D("EntryDate", True),
        _id("HouseholdID"),
        _I("RelationshipToHoH", True),
        _S("EnrollmentCoC", 6, True),
        _I("LivingSituation"),
        _I("RentalSubsidyType"),
        _I("LengthOfStay"),
        _I("LOSUnderThreshold"),
        _I("PreviousStreetESSH"),
        _D("DateToStreetESSH"),
        _I("TimesHomelessPastThreeYears"),
        _I("MonthsHomelessPastThreeYears"),
        _I("DisablingCondition", True),
        _D("DateOfEngagement"),
        _D("MoveInDate"),
        _D("DateOfPATHStatus"),
        _I("ClientEnrolledInPATH"),
        _I("ReasonNotEnrolled"),
        _I("PercentAMI"),
        _I("ReferralSource"),
        _I("CountOutreachReferralApproaches"),
        _D("DateOfBCPStatus"),
        _I("EligibleForRHY"),
        _I("ReasonNoServices"),
        _I("RunawayYouth"),
        *_ints(
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
        ),
        _S("VAMCStation", 5),
        *_ints(
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
        ),
        *_META,
    ),
    "Exit": (
        _id("ExitID"),
        *_ENR,
        _D("ExitDate", True),
        _I("Destination", True),
        _I("DestinationSubsidyType"),
        _S("OtherDestination", 50),
        *_ints(
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
        ),
        _D("AftercareDate"),
        *_ints(
            "AftercareProvided", "EmailSocialMedia", "Telephone", "InPersonIndividual", "InPersonGroup", "CMExitReason"
        ),
        *_META,
    ),
    "IncomeBenefits": (
        _id("IncomeBenefitsID"),
        *_ENR,
        _D("InformationDate", True),
        _I("IncomeFromAnySource"),
        _M("TotalMonthlyIncome"),
        _I("Earned"),
        _M("EarnedAmount"),
        _I("Unemployment"),
        _M("UnemploymentAmount"),
        _I("SSI"),
        _M("SSIAmount"),
        _I("SSDI"),
        _M("SSDIAmount"),
        _I("VADisabilityService"),
        _M("VADisabilityServiceAmount"),
        _I("VADisabilityNonService"),
        _M("VADisabilityNonServiceAmount"),
        _I("PrivateDisability"),
        _M("PrivateDisabilityAmount"),
        _I("WorkersComp"),
        _M("WorkersCompAmount"),
        _I("TANF"),
        _M("TANFAmount"),
        _I("GA"),
        _M("GAAmount"),
        _I("SocSecRetirement"),
        _M("SocSecRetirementAmount"),
        _I("Pension"),
        _M("PensionAmount"),
        _I("ChildSupport"),
        _M("ChildSupportAmount"),
        _I("Alimony"),
        _M("AlimonyAmount"),
        _I("OtherIncomeSource"),
        _M("OtherIncomeAmount"),
        _S("OtherIncomeSourceIdentify", 50),
        _I("BenefitsFromAnySource"),
        *_ints("SNAP", "WIC", "TANFChildCare", "TANFTransportation", "OtherTANF", "OtherBenefitsSource"),
        _S("OtherBenefitsSourceIdentify", 50),
        *_ints(
            "InsuranceFromAnySource",
            "Medicaid",
            "NoMedicaidReason",
            "Medicare",
            "NoMedicareReason",
            "SCHIP",
            "NoSCHIPReason",
            "VHAServices",
            "NoVHAReason",
            "EmployerProvided",
            "NoEmployerProvidedReason",
            "COBRA",
            "NoCOBRAReason",
            "PrivatePay",
            "NoPrivatePayReason",
            "StateHealthIns",
            "NoStateHealthInsReason",
            "IndianHealthServices",
            "NoIndianHealthServicesReason",
            "OtherInsurance",
        ),
        _S("OtherInsuranceIdentify", 50),
        *_ints("ADAP", "NoADAPReason", "RyanWhiteMedDent", "NoRyanWhiteReason", "ConnectionWithSOAR"),
        _I("DataCollectionStage", True),
        *_META,
    ),
    "HealthAndDV": (
        _id("HealthAndDVID"),
        *_ENR,
        _D("InformationDate", True),
        *_ints(
            "DomesticViolenceSurvivor",
            "WhenOccurred",
            "CurrentlyFleeing",
            "GeneralHealthStatus",
            "DentalHealthStatus",
            "MentalHealthStatus",
            "PregnancyStatus",
        ),
        _D("DueDate"),
        _I("DataCollectionStage", True),
        *_META,
    ),
    "EmploymentEducation": (
        _id("EmploymentEducationID"),
        *_ENR,
        _D("InformationDate", True),
        *_ints("LastGradeCompleted", "SchoolStatus", "Employed", "EmploymentType", "NotEmployedReason"),
        _I("DataCollectionStage", True),
        *_META,
    ),
    "Disabilities": (
        _id("DisabilitiesID"),
        *_ENR,
        _D("InformationDate", True),
        _I("DisabilityType", True),
        _I("DisabilityResponse", True),
        *_ints(
            "IndefiniteAndImpairs",
            "TCellCountAvailable",
            "TCellCount",
            "TCellSource",
            "ViralLoadAvailable",
            "ViralLoad",
            "ViralLoadSource",
            "AntiRetroviral",
        ),
        _I("DataCollectionStage", True),
        *_META,
    ),
    "Services": (
        _id("ServicesID"),
        *_ENR,
        _D("DateProvided", True),
        _I("RecordType", True),
        _I("TypeProvided", True),
        _S("OtherTypeProvided", 50),
        _S("MovingOnOtherType", 50),
        _I("SubTypeProvided"),
        _M("FAAmount"),
        _D("FAStartDate"),
        _D("FAEndDate"),
        _I("ReferralOutcome"),
        *_META,
    ),
    "CurrentLivingSituation": (
        _id("CurrentLivingSitID"),
        *_ENR,
        _D("InformationDate", True),
        _I("CurrentLivingSituation", True),
        _I("CLSSubsidyType"),
        _S("VerifiedBy", 200),
        *_ints("LeaveSituation14Days", "SubsequentResidence", "ResourcesToObtain", "LeaseOwn60Day", "MovedTwoOrMore"),
        _S("LocationDetails", 250),
        *_META,
    ),
    "Assessment": (
        _id("AssessmentID"),
        *_ENR,
        _D("AssessmentDate", True),
        _S("AssessmentLocation", 250, True),
        _I("AssessmentType", True),
        _I("AssessmentLevel", True),
        _I("PrioritizationStatus", True),
        *_META,
    ),
    "AssessmentQuestions": (
        _id("AssessmentQuestionID"),
        _id("AssessmentID"),
        *_ENR,
        _S("AssessmentQuestionGroup", 250),
        _I("AssessmentQuestionOrder"),
        _S("AssessmentQuestion", 250, True),
        _S("AssessmentAnswer", 500),
        *_META,
    ),
    "AssessmentResults": (
        _id("AssessmentResultID"),
        _id("AssessmentID"),
        *_ENR,
        _S("AssessmentResultType", 250, True),
        _S("AssessmentResult", 250),
        *_META,
    ),
    "Event": (
        _id("EventID"),
        *_ENR,
        _D("EventDate", True),
        _I("Event", True),
        _I("ProbSolDivRRResult"),
        _I("ReferralCaseManageAfter"),
        _S("LocationCrisisOrPHHousing", 250),
        _I("ReferralResult"),
        _D("ResultDate"),
        *_META,
    ),
    "YouthEducationStatus": (
        _id("YouthEducationStatusID"),
        *_ENR,
        _D("InformationDate", True),
        *_ints("CurrentSchoolAttend", "MostRecentEdStatus", "CurrentEdStatus"),
        _I("DataCollectionStage", True),
        *_META,
    ),
}

#: Every FY2026 file (name without ".csv") -> its columns, in the specification's order.
# Nothing in Export.csv can be left out: it says how to read every other file.
_FILES["Export"] = tuple(replace(c, blocking=c.required) for c in _FILES["Export"])

FILES: Mapping[str, tuple[Column, ...]] = MappingProxyType(_FILES)


def file_name(file: str) -> str:
    """The zip member name of *file* ("Client" -> "Client.csv")."""
    return f"{file}.csv"


def headers(file: str) -> tuple[str, ...]:
    """The header row of *file*, in order."""
    return tuple(c.name for c in FILES[file])


def column(file: str, name: str) -> Column:
    """The Column *name* of *file* (KeyError when there is none)."""
    for c in FILES[file]:
        if c.name == name:
            return c
    raise KeyError(f"{file}.{name}")


def _check_table() -> None:
    for file, cols in FILES.items():
        names = [c.name for c in cols]
        if len(names) != len(set(names)):
            raise AssertionError(f"{file}: duplicate column")
        for c in cols:
            if (c.type == "S") != (c.max_len is not None):
                raise AssertionError(f"{file}.{c.name}: only strings have a length")


_check_table()
