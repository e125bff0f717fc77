"""The HUD code list of each coded HMIS CSV FY2026 column, by list number (hud_lists.hud_list).

Taken from HUD's Eva column table (../shared/hmis/hmis-csv-fy2026-columns.tsv, checked against it
in tests/server/hmis_csv/test_spec_table.py), with one slip of that table mended: it was made from
numbers, so list 1.10 (No/Yes) of Organization.VictimServiceProvider reads "1.1" there.
Columns whose answers depend on another column (Services.TypeProvided on RecordType,
Disabilities.DisabilityResponse on DisabilityType) have no single list and are not here.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

_LISTS: dict[str, dict[str, str]] = {
    "Assessment": {
        "AssessmentType": "4.19.3", "AssessmentLevel": "4.19.4", "PrioritizationStatus": "4.19.7",
    },
    "CEParticipation": {
        "AccessPoint": "1.10", "PreventionAssessment": "1.10", "CrisisAssessment": "1.10",
        "HousingAssessment": "1.10", "DirectServices": "1.10", "ReceivesReferrals": "1.10",
    },
    "Client": {
        "NameDataQuality": "3.01.5", "SSNDataQuality": "3.02.2", "DOBDataQuality": "3.03.2", "Sex": "4.21",
        "AmIndAKNative": "1.10", "Asian": "1.10", "BlackAfAmerican": "1.10", "HispanicLatinao": "1.10",
        "MidEastNAfrican": "1.10", "NativeHIPacific": "1.10", "White": "1.10", "RaceNone": "1.6",
        "VeteranStatus": "1.8", "WorldWarII": "1.8", "KoreanWar": "1.8", "VietnamWar": "1.8",
        "DesertStorm": "1.8", "AfghanistanOEF": "1.8", "IraqOIF": "1.8", "IraqOND": "1.8",
        "OtherTheater": "1.8", "MilitaryBranch": "V1.11", "DischargeStatus": "V1.12",
    },
    "CurrentLivingSituation": {
        "CurrentLivingSituation": "3.12.1", "CLSSubsidyType": "3.12.A", "LeaveSituation14Days": "1.8",
        "SubsequentResidence": "1.8", "ResourcesToObtain": "1.8", "LeaseOwn60Day": "1.8",
        "MovedTwoOrMore": "1.8",
    },
    "Disabilities": {
        "DisabilityType": "1.3", "IndefiniteAndImpairs": "1.8", "TCellCountAvailable": "1.8",
        "TCellSource": "W4.B", "ViralLoadAvailable": "W4.3", "ViralLoadSource": "W4.B",
        "AntiRetroviral": "1.8", "DataCollectionStage": "5.03.1",
    },
    "EmploymentEducation": {
        "LastGradeCompleted": "R4.1", "SchoolStatus": "R5.1", "Employed": "1.8", "EmploymentType": "R6.A",
        "NotEmployedReason": "R6.B", "DataCollectionStage": "5.03.1",
    },
    "Enrollment": {
        "RelationshipToHoH": "3.15.1", "LivingSituation": "3.12.1", "RentalSubsidyType": "3.12.A",
        "LengthOfStay": "3.917.2", "LOSUnderThreshold": "1.7", "PreviousStreetESSH": "1.7",
        "TimesHomelessPastThreeYears": "3.917.4", "MonthsHomelessPastThreeYears": "3.917.5",
        "DisablingCondition": "1.8", "ClientEnrolledInPATH": "1.7", "ReasonNotEnrolled": "P3.A",
        "PercentAMI": "V4.1", "ReferralSource": "R1.1", "EligibleForRHY": "1.7", "ReasonNoServices": "R2.A",
        "RunawayYouth": "1.8", "FormerWardChildWelfare": "1.8", "ChildWelfareYears": "R11.A",
        "FormerWardJuvenileJustice": "1.8", "JuvenileJusticeYears": "R11.A", "UnemploymentFam": "1.8",
        "MentalHealthDisorderFam": "1.8", "PhysicalDisabilityFam": "1.8", "AlcoholDrugUseDisorderFam": "1.8",
        "InsufficientIncome": "1.8", "IncarceratedParent": "1.8", "VAMCStation": "V6.1",
        "TargetScreenReqd": "1.7", "TimeToHousingLoss": "V7.A", "AnnualPercentAMI": "V7.B",
        "LiteralHomelessHistory": "V7.C", "ClientLeaseholder": "1.7", "HOHLeaseholder": "1.7",
        "SubsidyAtRisk": "1.7", "EvictionHistory": "V7.G", "CriminalRecord": "1.7",
        "IncarceratedAdult": "V7.I", "PrisonDischarge": "1.7", "SexOffender": "1.7", "DisabledHoH": "1.7",
        "CurrentPregnant": "1.7", "SingleParent": "1.7", "DependentUnder6": "V7.O", "HH5Plus": "1.7",
        "CoCPrioritized": "1.7", "MentalHealthConsultation": "V10",
    },
    "Event": {
        "Event": "4.20.2", "ProbSolDivRRResult": "1.7", "ReferralCaseManageAfter": "1.7",
        "ReferralResult": "4.20.D",
    },
    "Exit": {
        "Destination": "3.12.1", "DestinationSubsidyType": "3.12.A", "HousingAssessment": "W5.1",
        "SubsidyInformation": "W5.AB", "ProjectCompletionStatus": "R17.1", "EarlyExitReason": "R17.A",
        "ExchangeForSex": "1.8", "ExchangeForSexPastThreeMonths": "1.8", "CountOfExchangeForSex": "R15.B",
        "AskedOrForcedToExchangeForSex": "1.8", "AskedOrForcedToExchangeForSexPastThreeMonths": "1.8",
        "WorkplaceViolenceThreats": "1.8", "WorkplacePromiseDifference": "1.8",
        "CoercedToContinueWork": "1.8", "LaborExploitPastThreeMonths": "1.8", "CounselingReceived": "1.10",
        "IndividualCounseling": "1.10", "FamilyCounseling": "1.10", "GroupCounseling": "1.10",
        "PostExitCounselingPlan": "1.10", "DestinationSafeClient": "1.8", "DestinationSafeWorker": "R19.A",
        "PosAdultConnections": "R19.A", "PosPeerConnections": "R19.A", "PosCommunityConnections": "R19.A",
        "AftercareProvided": "R20.2", "EmailSocialMedia": "1.10", "Telephone": "1.10",
        "InPersonIndividual": "1.10", "InPersonGroup": "1.10", "CMExitReason": "V9.1",
    },
    "Export": {
        "ExportPeriodType": "1.1", "ExportDirective": "1.2", "HashStatus": "1.5",
    },
    "Funder": {
        "Funder": "2.06.1",
    },
    "HealthAndDV": {
        "DomesticViolenceSurvivor": "1.8", "WhenOccurred": "4.11.A", "CurrentlyFleeing": "1.8",
        "GeneralHealthStatus": "R7.1", "DentalHealthStatus": "R7.1", "MentalHealthStatus": "R7.1",
        "PregnancyStatus": "1.8", "DataCollectionStage": "5.03.1",
    },
    "HMISParticipation": {
        "HMISParticipationType": "2.08.1",
    },
    "IncomeBenefits": {
        "IncomeFromAnySource": "1.8", "Earned": "1.7", "Unemployment": "1.7", "SSI": "1.7", "SSDI": "1.7",
        "VADisabilityService": "1.7", "VADisabilityNonService": "1.7", "PrivateDisability": "1.7",
        "WorkersComp": "1.7", "TANF": "1.7", "GA": "1.7", "SocSecRetirement": "1.7", "Pension": "1.7",
        "ChildSupport": "1.7", "Alimony": "1.7", "OtherIncomeSource": "1.7", "BenefitsFromAnySource": "1.8",
        "SNAP": "1.7", "WIC": "1.7", "TANFChildCare": "1.7", "TANFTransportation": "1.7", "OtherTANF": "1.7",
        "OtherBenefitsSource": "1.7", "InsuranceFromAnySource": "1.8", "Medicaid": "1.7",
        "NoMedicaidReason": "4.04.A", "Medicare": "1.7", "NoMedicareReason": "4.04.A", "SCHIP": "1.7",
        "NoSCHIPReason": "4.04.A", "VHAServices": "1.7", "NoVHAReason": "4.04.A", "EmployerProvided": "1.7",
        "NoEmployerProvidedReason": "4.04.A", "COBRA": "1.7", "NoCOBRAReason": "4.04.A", "PrivatePay": "1.7",
        "NoPrivatePayReason": "4.04.A", "StateHealthIns": "1.7", "NoStateHealthInsReason": "4.04.A",
        "IndianHealthServices": "1.7", "NoIndianHealthServicesReason": "4.04.A", "OtherInsurance": "1.7",
        "ADAP": "1.8", "NoADAPReason": "W3", "RyanWhiteMedDent": "1.8", "NoRyanWhiteReason": "W3",
        "ConnectionWithSOAR": "1.8", "DataCollectionStage": "5.03.1",
    },
    "Inventory": {
        "HouseholdType": "2.07.4", "Availability": "2.07.6", "ESBedType": "2.07.5",
    },
    "Organization": {
        "VictimServiceProvider": "1.10",
    },
    "Project": {
        "ContinuumProject": "1.10", "ProjectType": "2.02.6", "HousingType": "2.02.D", "RRHSubType": "2.02.A",
        "ResidentialAffiliation": "1.10", "TargetPopulation": "2.02.7", "HOPWAMedAssistedLivingFac": "2.02.8",
    },
    "ProjectCoC": {
        "GeographyType": "2.03.4",
    },
    "Services": {
        "RecordType": "1.4", "ReferralOutcome": "P2.A",
    },
    "YouthEducationStatus": {
        "CurrentSchoolAttend": "C3.2", "MostRecentEdStatus": "C3.A", "CurrentEdStatus": "C3.B",
        "DataCollectionStage": "5.03.1",
    },
}

#: file -> column -> HUD list number.
LISTS: Mapping[str, Mapping[str, str]] = MappingProxyType({f: MappingProxyType(c) for f, c in _LISTS.items()})


def list_of(file: str, column: str) -> str | None:
    """The HUD list number of *file*.*column*, None for a column that is not coded."""
    return LISTS.get(file, {}).get(column)
