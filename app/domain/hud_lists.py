"""Every HUD code list the HMIS CSV FY2026 columns use, in one place, by HUD list number.

Why: a coded CSV column (server/hmis_csv/column_lists.LISTS) names its answers by the
number HUD gives the list in the HMIS CSV specifications and Data Dictionary ("1.8",
"R4.1", "V6.1"...). ``HUD_LISTS`` maps each such number to its ``CodeList``, so import,
export, validation and the forms all check and show a column's answers against the
same list, numbered as HUD numbers it. tests/domain/test_hud_lists.py checks that every
number the column table uses is here and that each list carries its own number.

Lists that ``codes`` already defines are reused, not redefined. "3.12.1" is the number
HUD's Eva column table gives Enrollment.LivingSituation, CurrentLivingSituation and
Exit.Destination: the union of 3.917, 4.12 and 3.12. The program-specific lists (P, R,
V, W, C) live in ``hud_lists_program``. Reasons for missing data (8, 9, 99) are on a
list only where HUD's list has them. Pure Python: imports only ``app.domain``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from . import codes
from .codes import MISSING_REASONS, CodeList, _with_missing
from .hud_lists_program import PROGRAM_LISTS, TextCodeList

__all__ = ["HUD_LISTS", "CodeList", "TextCodeList", "hud_list"]

# --- 1: export and general lists -------------------------------------------------------------

EXPORT_PERIOD_TYPE = CodeList("1.1", "Export period type", {1: "Updated", 3: "Reporting period", 4: "Other"})
EXPORT_DIRECTIVE = CodeList("1.2", "Export directive", {1: "Delta refresh", 2: "Full refresh", 3: "Other"})
HASH_STATUS = CodeList(
    "1.5",
    "Hash status",
    {
        1: "Unhashed",
        2: "SHA-1 RHY",
        3: "Hashed - other",
        4: "SHA-256 (RHY)",
    },
)

# --- 2: project descriptor data elements -----------------------------------------------------

TARGET_POPULATION = CodeList(
    "2.02.7",
    "Target population",
    {
        1: "DV: Survivor of domestic violence",
        3: "HIV: Persons with HIV/AIDS",
        4: "NA: Not applicable",
    },
)
HOPWA_MED_ASSISTED_LIVING_FAC = CodeList(
    "2.02.8",
    "HOPWA-funded medically assisted living facility",
    {
        0: "No",
        1: "Yes",
        2: "Non-HOPWA funded project",
    },
)
RRH_SUB_TYPE = CodeList(
    "2.02.A",
    "RRH project subtype",
    {
        1: "RRH: Services only",
        2: "RRH: Housing with or without services",
    },
)
HOUSING_TYPE = CodeList(
    "2.02.D",
    "Housing type",
    {
        1: "Site-based - single site",
        2: "Site-based - clustered / multiple sites",
        3: "Tenant-based - scattered site",
    },
)
GEOGRAPHY_TYPE = CodeList(
    "2.03.4",
    "Geography type",
    {
        1: "Urban",
        2: "Suburban",
        3: "Rural",
        99: "Unknown / data not collected",
    },
)
#: 2.06.1 Federal partner funding source. FY2026 adds 56 and retires 47 and 48; retired
#: sources stay on the list (marked) because older Funder records still carry them.
FUNDING_SOURCE = CodeList(
    "2.06.1",
    "Federal partner funding source",
    {
        1: "HUD: CoC - Homelessness Prevention (High Performing Communities Only)",
        2: "HUD: CoC - Permanent Supportive Housing",
        3: "HUD: CoC - Rapid Re-Housing",
        4: "HUD: CoC - Supportive Services Only",
        5: "HUD: CoC - Transitional Housing",
        6: "HUD: CoC - Safe Haven",
        7: "HUD: CoC - Single Room Occupancy (SRO)",
        8: "HUD: ESG - Emergency Shelter (operating and/or essential services)",
        9: "HUD: ESG - Homelessness Prevention",
        10: "HUD: ESG - Rapid Rehousing",
        11: "HUD: ESG - Street Outreach",
        12: "HUD: Rural Housing Stability Assistance Program [Deprecated]",
        13: "HUD: HOPWA - Hotel/Motel Vouchers",
        14: "HUD: HOPWA - Housing Information",
        15: "HUD: HOPWA - Permanent Housing (facility based or TBRA)",
        16: "HUD: HOPWA - Permanent Housing Placement",
        17: "HUD: HOPWA - Short-Term Rent, Mortgage, Utility assistance",
        18: "HUD: HOPWA - Short-Term Supportive Facility",
        19: "HUD: HOPWA - Transitional Housing (facility based or TBRA)",
        20: "HUD: HUD/VASH",
        21: "HHS: PATH - Street Outreach & Supportive Services Only",
        22: "HHS: RHY - Basic Center Program (prevention and shelter)",
        23: "HHS: RHY - Maternity Group Home for Pregnant and Parenting Youth",
        24: "HHS: RHY - Transitional Living Program",
        25: "HHS: RHY - Street Outreach Project",
        26: "HHS: RHY - Demonstration Project",
        27: "VA: CRS Contract Residential Services",
        30: "VA: Community Contract Safe Haven Program",
        32: "VA: Compensated Work Therapy Transitional Residence",
        33: "VA: Supportive Services for Veteran Families",
        34: "N/A",
        35: "HUD: Pay for Success",
        36: "HUD: Public and Indian Housing (PIH) Programs",
        37: "VA: Grant Per Diem - Bridge Housing",
        38: "VA: Grant Per Diem - Low Demand",
        39: "VA: Grant Per Diem - Hospital to Housing",
        40: "VA: Grant Per Diem - Clinical Treatment",
        41: "VA: Grant Per Diem - Service Intensive Transitional Housing",
        42: "VA: Grant Per Diem - Transition in Place",
        43: "HUD: CoC - Youth Homeless Demonstration Program (YHDP)",
        44: "HUD: CoC - Joint Component TH/RRH",
        45: "VA: Grant Per Diem - Case Management/Housing Retention",
        46: "Local or Other Funding Source",
        47: "HUD: ESG - CV [Deprecated]",
        48: "HUD: HOPWA - CV [Deprecated]",
        49: "HUD: CoC - Joint Component RRH/PSH [Deprecated]",
        50: "HUD: HOME",
        51: "HUD: HOME (ARP)",
        52: "HUD: PIH (Emergency Housing Voucher)",
        53: "HUD: ESG - RUSH",
        54: "HUD: Unsheltered Special NOFO",
        55: "HUD: Rural Special NOFO",
        56: "HUD: CoC Builds",
    },
)
INVENTORY_HOUSEHOLD_TYPE = CodeList(
    "2.07.4",
    "Household type",
    {
        1: "Households without children",
        3: "Households with at least one adult and one child",
        4: "Households with only children",
    },
)
ES_BED_TYPE = CodeList("2.07.5", "Emergency shelter bed type", {1: "Facility-based", 2: "Voucher", 3: "Other"})
AVAILABILITY = CodeList("2.07.6", "Availability", {1: "Year-round", 2: "Seasonal", 3: "Overflow"})
HMIS_PARTICIPATION_TYPE = CodeList(
    "2.08.1",
    "HMIS participation type",
    {
        0: "Not participating",
        1: "HMIS participating",
        2: "Comparable database participating",
    },
)

# --- 3.12.1: living situation, current living situation and destination ---------------------


def _living_situation_order(code: int) -> tuple[bool, bool, int]:
    # HUD's order: the grouped 1xx-4xx situations, then Other/Deceased/..., then 8, 9, 99.
    return (code < 100, code in MISSING_REASONS, code)


_SITUATIONS = {
    **codes.DESTINATION.labels,
    **codes.CURRENT_LIVING_SITUATION.labels,
    **codes.PRIOR_LIVING_SITUATION.labels,
}
LIVING_SITUATION = CodeList(
    "3.12.1",
    "Living situation (prior, current or destination)",
    {code: _SITUATIONS[code] for code in sorted(_SITUATIONS, key=_living_situation_order)},
)

# --- 4: program-common elements --------------------------------------------------------------

REASON_NOT_INSURED = CodeList(
    "4.04.A",
    "Reason not insured",
    _with_missing(
        {
            1: "Applied; decision pending",
            2: "Applied; client not eligible",
            3: "Client did not apply",
            4: "Insurance type N/A for this client",
        }
    ),
)
ASSESSMENT_TYPE = CodeList("4.19.3", "Assessment type", {1: "Phone", 2: "Virtual", 3: "In Person"})
ASSESSMENT_LEVEL = CodeList(
    "4.19.4",
    "Assessment level",
    {
        1: "Crisis Needs Assessment",
        2: "Housing Needs Assessment",
    },
)
PRIORITIZATION_STATUS = CodeList(
    "4.19.7",
    "Prioritization status",
    {
        1: "Placed on prioritization list",
        2: "Not placed on prioritization list",
    },
)
CE_EVENT = CodeList(
    "4.20.2",
    "Coordinated entry event",
    {
        1: "Referral to Prevention Assistance project",
        2: "Problem Solving/Diversion/Rapid Resolution intervention or service",
        3: "Referral to scheduled Coordinated Entry Crisis Needs Assessment",
        4: "Referral to scheduled Coordinated Entry Housing Needs Assessment",
        5: "Referral to Post-placement/follow-up case management",
        6: "Referral to Street Outreach project or services",
        7: "Referral to Housing Navigation project or services",
        8: "Referral to Non-continuum services: Ineligible for continuum services",
        9: "Referral to Non-continuum services: No availability in continuum services",
        10: "Referral to Emergency Shelter bed opening",
        11: "Referral to Transitional Housing bed/unit opening",
        12: "Referral to Joint TH-RRH project/unit/resource opening",
        13: "Referral to RRH project resource opening",
        14: "Referral to PSH project resource opening",
        15: "Referral to Other PH project/unit/resource opening",
        16: "Referral to emergency assistance/flex fund/furniture assistance",
        17: "Referral to Emergency Housing Voucher (EHV)",
        18: "Referral to a Housing Stability Voucher",
    },
)
REFERRAL_RESULT = CodeList(
    "4.20.D",
    "Referral result",
    {
        1: "Successful referral: client accepted",
        2: "Unsuccessful referral: client rejected",
        3: "Unsuccessful referral: provider rejected",
    },
)

# --- the table -------------------------------------------------------------------------------

_ALL: tuple[CodeList, ...] = (
    EXPORT_PERIOD_TYPE,
    codes.NO_YES,
    EXPORT_DIRECTIVE,
    codes.DISABILITY_TYPE,
    codes.RECORD_TYPE,
    HASH_STATUS,
    codes.RACE_NONE,
    codes.NO_YES_MISSING,
    codes.NO_YES_REASONS,
    codes.PROJECT_TYPE,
    TARGET_POPULATION,
    HOPWA_MED_ASSISTED_LIVING_FAC,
    RRH_SUB_TYPE,
    HOUSING_TYPE,
    GEOGRAPHY_TYPE,
    FUNDING_SOURCE,
    INVENTORY_HOUSEHOLD_TYPE,
    ES_BED_TYPE,
    AVAILABILITY,
    HMIS_PARTICIPATION_TYPE,
    codes.NAME_DATA_QUALITY,
    codes.SSN_DATA_QUALITY,
    codes.DOB_DATA_QUALITY,
    LIVING_SITUATION,
    codes.RENTAL_SUBSIDY_TYPE,
    codes.RELATIONSHIP_TO_HOH,
    codes.LENGTH_OF_STAY,
    codes.TIMES_HOMELESS,
    codes.MONTHS_HOMELESS,
    REASON_NOT_INSURED,
    codes.WHEN_DV_OCCURRED,
    ASSESSMENT_TYPE,
    ASSESSMENT_LEVEL,
    PRIORITIZATION_STATUS,
    CE_EVENT,
    REFERRAL_RESULT,
    codes.SEX,
    codes.DATA_COLLECTION_STAGE,
    *PROGRAM_LISTS,
)


def _table(lists: tuple[CodeList, ...]) -> dict[str, CodeList]:
    table: dict[str, CodeList] = {}
    for code_list in lists:
        if code_list.hud_list in table:
            raise ValueError(f"HUD list {code_list.hud_list} is defined twice")
        table[code_list.hud_list] = code_list
    return table


#: HUD list number -> its code list (read-only).
HUD_LISTS: Mapping[str, CodeList] = MappingProxyType(_table(_ALL))


def hud_list(number: str) -> CodeList:
    """The HUD code list numbered *number* (e.g. "1.8", "R4.1"); KeyError for any other number."""
    try:
        return HUD_LISTS[number]
    except KeyError:
        raise KeyError(f"{number!r} is not a HUD list we know (HMIS CSV FY2026 code lists)") from None
