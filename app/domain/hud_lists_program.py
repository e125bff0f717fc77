"""HUD's program-specific code lists (PATH, RHY, VA, HOPWA, Moving On), HMIS CSV FY2026.

The data half of ``hud_lists``: each list is named by its HUD list number (P = PATH,
R = RHY, V = VA/SSVF, W = HOPWA, C = common program elements such as Moving On and
education status) and carries the reasons for missing data (8, 9, 99) only where
HUD's list has them. ``hud_lists.HUD_LISTS`` gathers these with the general lists.

V6.1 (VAMC station number) is text in the CSV (VAMCStation, type S5; codes such as
"636A8"), so it is a ``TextCodeList``: membership and labels work on the strings
that Enrollment.vamc_station stores, not on integers.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from .codes import _MISSING_LABELS, PREFERS_NOT_TO_ANSWER, CodeList, _with_missing


def _only_not_collected(base: Mapping[int, str]) -> dict[int, str]:
    """*base* plus 99 "Data not collected" (lists without 8 and 9)."""
    return _with_missing(base, dk=False)


@dataclass(frozen=True)
class TextCodeList(CodeList):
    """A HUD list whose codes are text (the CSV column is a string), e.g. V6.1.

    ``labels`` (the integer view) is empty: such a list has no integer codes.
    Membership, iteration, ``label`` and ``choices`` use ``text_labels``.
    """

    text_labels: Mapping[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "text_labels", MappingProxyType(dict(self.text_labels)))

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self.text_labels

    def __iter__(self) -> Iterator[Any]:
        return iter(self.text_labels)

    def __len__(self) -> int:
        return len(self.text_labels)

    def label(self, code: int | str | None) -> str:
        """The English words for the text *code*; empty for None, 'Unknown code' otherwise."""
        if code is None:
            return ""
        return self.text_labels.get(code, "Unknown code") if isinstance(code, str) else "Unknown code"

    def choices(self) -> list[tuple[Any, str]]:
        """(code, label) pairs in HUD order; the codes are strings."""
        return list(self.text_labels.items())

    def without(self, *codes: Any) -> TextCodeList:
        """The same list without some codes."""
        kept = {c: t for c, t in self.text_labels.items() if c not in codes}
        return TextCodeList(self.hud_list, self.title, {}, kept)


# --- C: common program elements (education) -------------------------------------------------

CURRENT_SCHOOL_ATTEND = CodeList(
    "C3.2",
    "Current school enrollment and attendance",
    _with_missing(
        {
            0: "Not currently enrolled in any school or educational course",
            1: "Currently enrolled but NOT attending regularly (when school or the course is in session)",
            2: "Currently enrolled and attending regularly (when school or the course is in session)",
        }
    ),
)
MOST_RECENT_ED_STATUS = CodeList(
    "C3.A",
    "Most recent educational status",
    _with_missing(
        {
            0: "K12: Graduated from high school",
            1: "K12: Obtained GED",
            2: "K12: Dropped out",
            3: "K12: Suspended",
            4: "K12: Expelled",
            5: "Higher education: Pursuing a credential but not currently attending",
            6: "Higher education: Dropped out",
            7: "Higher education: Obtained a credential/degree",
        }
    ),
)
CURRENT_ED_STATUS = CodeList(
    "C3.B",
    "Current educational status",
    _with_missing(
        {
            0: "Pursuing a high school diploma or GED",
            1: "Pursuing Associate's degree",
            2: "Pursuing Bachelor's degree",
            3: "Pursuing Graduate degree",
            4: "Pursuing other post-secondary credential",
        }
    ),
)

# --- P: PATH ---------------------------------------------------------------------------------

PATH_REFERRAL_OUTCOME = CodeList(
    "P2.A",
    "PATH referral outcome",
    {
        1: "Attained",
        2: "Not attained",
        3: "Unknown",
    },
)
PATH_REASON_NOT_ENROLLED = CodeList(
    "P3.A",
    "Reason not enrolled in PATH",
    {
        1: "Client was found ineligible for PATH",
        2: "Client was not enrolled for other reason(s)",
        3: "Unable to locate client",
    },
)

# --- R: Runaway and Homeless Youth -----------------------------------------------------------

RHY_REFERRAL_SOURCE = CodeList(
    "R1.1",
    "Referral source",
    _with_missing(
        {
            1: "Self-referral",
            2: "Individual: Parent/Guardian/Relative/Friend/Foster Parent/Other Individual",
            7: "Outreach project",
            11: "Temporary shelter",
            18: "Residential project",
            28: "Hotline",
            30: "Child welfare/CPS",
            34: "Juvenile justice",
            35: "Law enforcement/police",
            37: "Mental hospital",
            38: "School",
            39: "Other organization",
        }
    ),
)
RHY_REASON_NO_SERVICES = CodeList(
    "R2.A",
    "Reason youth is not receiving RHY services",
    _only_not_collected(
        {
            1: "Out of age range",
            2: "Ward of the state",
            3: "Ward of the criminal justice system",
            4: "Other",
        }
    ),
)
LAST_GRADE_COMPLETED = CodeList(
    "R4.1",
    "Last grade completed",
    _with_missing(
        {
            1: "Less than grade 5",
            2: "Grades 5-6",
            3: "Grades 7-8",
            4: "Grades 9-11",
            5: "Grade 12",
            6: "School program does not have grade levels",
            7: "GED",
            14: "Vocational certification",
            10: "Some college",
            11: "Associate's degree",
            12: "Bachelor's degree",
            13: "Graduate degree",
        }
    ),
)
SCHOOL_STATUS = CodeList(
    "R5.1",
    "School status",
    _with_missing(
        {
            1: "Attending school regularly",
            2: "Attending school irregularly",
            3: "Graduated from high school",
            4: "Obtained GED",
            5: "Dropped out",
            6: "Suspended",
            7: "Expelled",
        }
    ),
)
EMPLOYMENT_TYPE = CodeList(
    "R6.A",
    "Type of employment",
    _only_not_collected(
        {
            1: "Full-time",
            2: "Part-time",
            3: "Seasonal / sporadic (including day labor)",
        }
    ),
)
NOT_EMPLOYED_REASON = CodeList(
    "R6.B",
    "Why not employed",
    _only_not_collected(
        {
            1: "Looking for work",
            2: "Unable to work",
            3: "Not looking for work",
        }
    ),
)
HEALTH_STATUS = CodeList(
    "R7.1",
    "Health status",
    _with_missing(
        {
            1: "Excellent",
            2: "Very good",
            3: "Good",
            4: "Fair",
            5: "Poor",
        }
    ),
)
YEARS_IN_CARE = CodeList(
    "R11.A",
    "Number of years (child welfare / juvenile justice)",
    _only_not_collected(
        {
            1: "Less than one year",
            2: "1 to 2 years",
            3: "3 to 5 or more years",
        }
    ),
)
COUNT_OF_EXCHANGE_FOR_SEX = CodeList(
    "R15.B",
    "How many times sex was exchanged",
    _with_missing(
        {
            1: "1-3",
            2: "4-7",
            3: "8-11",
            4: "12 or more",
        }
    ),
)
PROJECT_COMPLETION_STATUS = CodeList(
    "R17.1",
    "Project completion status",
    {
        1: "Completed project",
        2: "Client voluntarily left early",
        3: "Client was expelled or otherwise involuntarily discharged from project",
    },
)
EXPELLED_REASON = CodeList(
    "R17.A",
    "Major reason for dismissal",
    {
        1: "Criminal activity/destruction of property/violence",
        2: "Non-compliance with project rules",
        3: "Non-payment of rent/occupancy charge",
        4: "Reached maximum time allowed by project",
        5: "Project terminated",
        6: "Unknown/disappeared",
    },
)
WORKER_RESPONSE = CodeList("R19.A", "Worker response", {0: "No", 1: "Yes", 2: "Worker does not know"})
AFTERCARE_PROVIDED = CodeList(
    "R20.2",
    "Aftercare provided",
    {
        0: "No",
        1: "Yes",
        PREFERS_NOT_TO_ANSWER: _MISSING_LABELS[PREFERS_NOT_TO_ANSWER],
    },
)

# --- V: VA (SSVF, HUD-VASH, GPD) -------------------------------------------------------------

MILITARY_BRANCH = CodeList(
    "V1.11",
    "Branch of the military",
    _with_missing(
        {
            1: "Army",
            2: "Air Force",
            3: "Navy",
            4: "Marines",
            6: "Coast Guard",
            7: "Space Force",
        }
    ),
)
DISCHARGE_STATUS = CodeList(
    "V1.12",
    "Discharge status",
    _with_missing(
        {
            1: "Honorable",
            2: "General under honorable conditions",
            4: "Bad conduct",
            5: "Dishonorable",
            6: "Under other than honorable conditions (OTH)",
            7: "Uncharacterized",
        }
    ),
)
PERCENT_AMI = CodeList(
    "V4.1",
    "Percent of area median income (AMI)",
    _only_not_collected(
        {
            1: "30% or less",
            2: "31% to 50%",
            3: "51% to 80%",
            4: "81% or greater",
        }
    ),
)

#: VA medical center station numbers (text) and where they are, in HUD's order.
_VAMC_STATIONS = {
    "402": "Togus, ME",
    "405": "White River Junction, VT",
    "436": "Montana HCS",
    "437": "Fargo, ND",
    "438": "Sioux Falls, SD",
    "442": "Cheyenne, WY",
    "459": "Honolulu, HI",
    "460": "Wilmington, DE",
    "463": "Anchorage, AK",
    "501": "New Mexico HCS",
    "502": "Alexandria, LA",
    "503": "Altoona, PA",
    "504": "Amarillo, TX",
    "506": "Ann Arbor, MI",
    "508": "Atlanta, GA",
    "509": "Augusta, GA",
    "512": "Baltimore HCS, MD",
    "515": "Battle Creek, MI",
    "516": "Bay Pines, FL",
    "517": "Beckley, WV",
    "518": "Bedford, MA",
    "519": "Big Spring, TX",
    "520": "Gulf Coast HCS, MS",
    "521": "Birmingham, AL",
    "523": "VA Boston HCS, MA",
    "526": "Bronx, NY",
    "528": "Western New York, NY",
    "529": "Butler, PA",
    "531": "Boise, ID",
    "534": "Charleston, SC",
    "537": "Jesse Brown VAMC (Chicago), IL",
    "538": "Chillicothe, OH",
    "539": "Cincinnati, OH",
    "540": "Clarksburg, WV",
    "541": "Cleveland, OH",
    "542": "Coatesville, PA",
    "544": "Columbia, SC",
    "546": "Miami, FL",
    "548": "West Palm Beach, FL",
    "549": "Dallas, TX",
    "550": "Danville, IL",
    "552": "Dayton, OH",
    "553": "Detroit, MI",
    "554": "Denver, CO",
    "556": "Captain James A Lovell FHCC",
    "557": "Dublin, GA",
    "558": "Durham, NC",
    "561": "New Jersey HCS, NJ",
    "562": "Erie, PA",
    "564": "Fayetteville, AR",
    "565": "Fayetteville, NC",
    "568": "Black Hills HCS, SD",
    "570": "Fresno, CA",
    "573": "Gainesville, FL",
    "575": "Grand Junction, CO",
    "578": "Hines, IL",
    "580": "Houston, TX",
    "581": "Huntington, WV",
    "583": "Indianapolis, IN",
    "585": "Iron Mountain, MI",
    "586": "Jackson, MS",
    "589": "Kansas City, MO",
    "590": "Hampton, VA",
    "593": "Las Vegas, NV",
    "595": "Lebanon, PA",
    "596": "Lexington, KY",
    "598": "Little Rock, AR",
    "600": "Long Beach, CA",
    "603": "Louisville, KY",
    "605": "Loma Linda, CA",
    "607": "Madison, WI",
    "608": "Manchester, NH",
    "610": "Northern Indiana HCS, IN",
    "612": "N. California, CA",
    "613": "Martinsburg, WV",
    "614": "Memphis, TN",
    "618": "Minneapolis, MN",
    "619": "Central Alabama Veterans HCS, AL",
    "620": "VA Hudson Valley HCS, NY",
    "621": "Mountain Home, TN",
    "623": "Muskogee, OK",
    "626": "Middle Tennessee HCS, TN",
    "629": "New Orleans, LA",
    "630": "New York Harbor HCS, NY",
    "631": "VA Central Western Massachusetts HCS",
    "632": "Northport, NY",
    "635": "Oklahoma City, OK",
    "636": "Nebraska-W Iowa, NE",
    "637": "Asheville, NC",
    "640": "Palo Alto, CA",
    "642": "Philadelphia, PA",
    "644": "Phoenix, AZ",
    "646": "Pittsburgh, PA",
    "648": "Portland, OR",
    "649": "Northern Arizona HCS",
    "650": "Providence, RI",
    "652": "Richmond, VA",
    "653": "Roseburg, OR",
    "654": "Reno, NV",
    "655": "Saginaw, MI",
    "656": "St. Cloud, MN",
    "657": "St. Louis, MO",
    "658": "Salem, VA",
    "659": "Salisbury, NC",
    "660": "Salt Lake City, UT",
    "662": "San Francisco, CA",
    "663": "VA Puget Sound, WA",
    "664": "San Diego, CA",
    "666": "Sheridan, WY",
    "667": "Shreveport, LA",
    "668": "Spokane, WA",
    "671": "San Antonio, TX",
    "672": "San Juan, PR",
    "673": "Tampa, FL",
    "674": "Temple, TX",
    "675": "Orlando, FL",
    "676": "Tomah, WI",
    "678": "Southern Arizona HCS",
    "679": "Tuscaloosa, AL",
    "687": "Walla Walla, WA",
    "688": "Washington, DC",
    "689": "VA Connecticut HCS, CT",
    "691": "Greater Los Angeles HCS",
    "692": "White City, OR",
    "693": "Wilkes-Barre, PA",
    "695": "Milwaukee, WI",
    "740": "VA Texas Valley Coastal Bend HCS",
    "756": "El Paso, TX",
    "757": "Columbus, OH",
    "459GE": "Guam",
    "528A5": "Canandaigua, NY",
    "528A6": "Bath, NY",
    "528A7": "Syracuse, NY",
    "528A8": "Albany, NY",
    "589A4": "Columbia, MO",
    "589A5": "Kansas City, MO",
    "589A6": "Eastern KS HCS, KS",
    "589A7": "Wichita, KS",
    "636A6": "Central Iowa, IA",
    "636A8": "Iowa City, IA",
    "657A4": "Poplar Bluff, MO",
    "657A5": "Marion, IL",
}
VAMC_STATION = TextCodeList(
    "V6.1",
    "VAMC station number",
    {},
    {
        **{code: f"({code}) {place}" for code, place in _VAMC_STATIONS.items()},
        "99": _MISSING_LABELS[99],
    },
)

TIME_TO_HOUSING_LOSS = CodeList(
    "V7.A",
    "Time to housing loss",
    _only_not_collected(
        {
            0: "1-6 days",
            1: "7-13 days",
            2: "14-21 days",
            3: "More than 21 days",
        }
    ),
)
ANNUAL_PERCENT_AMI = CodeList(
    "V7.B",
    "Annual income as a percent of AMI",
    _only_not_collected(
        {
            0: "$0 (i.e., not employed, not receiving cash benefits, no other current income)",
            1: "1-14% of Area Median Income (AMI) for household size",
            2: "15-30% of AMI for household size",
            3: "More than 30% of AMI for household size",
        }
    ),
)
LITERAL_HOMELESS_HISTORY = CodeList(
    "V7.C",
    "Literal homeless history",
    _only_not_collected(
        {
            0: "Most recent episode occurred in the last year",
            1: "Most recent episode occurred more than one year ago",
            2: "None",
        }
    ),
)
EVICTION_HISTORY = CodeList(
    "V7.G",
    "Rental evictions",
    _only_not_collected(
        {
            0: "No prior rental evictions",
            1: "1 prior rental eviction",
            2: "2 or more prior rental evictions",
        }
    ),
)
INCARCERATED_ADULT = CodeList(
    "V7.I",
    "Incarcerated as an adult",
    _only_not_collected(
        {
            0: "Not incarcerated",
            1: "Incarcerated once",
            2: "Incarcerated two or more times",
        }
    ),
)
DEPENDENT_UNDER_6 = CodeList(
    "V7.O",
    "Dependent under 6",
    _only_not_collected(
        {
            0: "No",
            1: "Youngest child is under 1 year old",
            2: "Youngest child is 1 to 6 years old and/or one or more children (any age) require significant care",
        }
    ),
)
CM_EXIT_REASON = CodeList(
    "V9.1",
    "HUD-VASH case management exit reason",
    {
        1: "Accomplished goals and/or obtained services and no longer needs CM",
        2: "Transferred to another HUD/VASH program site",
        3: "Found/chose other housing",
        4: "Did not comply with HUD/VASH CM",
        5: "Eviction and/or other housing related issues",
        6: "Unhappy with HUD/VASH housing",
        7: "No longer financially eligible for HUD/VASH voucher",
        8: "No longer interested in participating in this program",
        9: "Veteran cannot be located",
        10: "Veteran too ill to participate at this time",
        11: "Veteran is incarcerated",
        12: "Veteran is deceased",
        13: "Other",
    },
)
#: V10 (new in FY2026): no reasons for missing data on this list.
MENTAL_HEALTH_CONSULTATION = CodeList(
    "V10",
    "Mental health consultation",
    {
        1: "Mental health consultation completed",
        2: "Mental health consultation being coordinated/arranged with VA provider",
        3: "Mental health consultation being coordinated/arranged with other provider",
        4: "Offer declined",
    },
)

# --- W: HOPWA --------------------------------------------------------------------------------

NO_ASSISTANCE_REASON = CodeList(
    "W3",
    "Reason not receiving assistance (ADAP, Ryan White)",
    _with_missing(
        {
            1: "Applied; decision pending",
            2: "Applied; client not eligible",
            3: "Client did not apply",
            4: "Insurance type not applicable for this client",
        }
    ),
)
VIRAL_LOAD_AVAILABLE = CodeList(
    "W4.3",
    "Viral load information available",
    _with_missing(
        {
            0: "Not available",
            1: "Available",
            2: "Undetectable",
        }
    ),
)
TEST_SOURCE = CodeList(
    "W4.B",
    "How the T-cell count / viral load was obtained",
    {
        1: "Medical report",
        2: "Client report",
        3: "Other",
    },
)
HOUSING_ASSESSMENT_AT_EXIT = CodeList(
    "W5.1",
    "Housing assessment at exit",
    _with_missing(
        {
            1: "Able to maintain the housing they had at project entry",
            2: "Moved to new housing unit",
            3: "Moved in with family/friends on a temporary basis",
            4: "Moved in with family/friends on a permanent basis",
            5: "Moved to a transitional or temporary housing facility or program",
            6: "Client became homeless - moving to a shelter or other place unfit for human habitation",
            7: "Jail/prison",
            10: "Deceased",
        }
    ),
)
SUBSIDY_INFORMATION = CodeList(
    "W5.AB",
    "Subsidy information",
    {
        1: "Without a subsidy",
        2: "With the subsidy they had at project entry",
        3: "With an on-going subsidy acquired since project entry",
        4: "Only with financial assistance other than a subsidy",
        11: "With on-going subsidy",
        12: "Without an on-going subsidy",
    },
)

#: Every program-specific list, in HUD order.
PROGRAM_LISTS: tuple[CodeList, ...] = (
    CURRENT_SCHOOL_ATTEND,
    MOST_RECENT_ED_STATUS,
    CURRENT_ED_STATUS,
    PATH_REFERRAL_OUTCOME,
    PATH_REASON_NOT_ENROLLED,
    RHY_REFERRAL_SOURCE,
    RHY_REASON_NO_SERVICES,
    LAST_GRADE_COMPLETED,
    SCHOOL_STATUS,
    EMPLOYMENT_TYPE,
    NOT_EMPLOYED_REASON,
    HEALTH_STATUS,
    YEARS_IN_CARE,
    COUNT_OF_EXCHANGE_FOR_SEX,
    PROJECT_COMPLETION_STATUS,
    EXPELLED_REASON,
    WORKER_RESPONSE,
    AFTERCARE_PROVIDED,
    MILITARY_BRANCH,
    DISCHARGE_STATUS,
    PERCENT_AMI,
    VAMC_STATION,
    TIME_TO_HOUSING_LOSS,
    ANNUAL_PERCENT_AMI,
    LITERAL_HOMELESS_HISTORY,
    EVICTION_HISTORY,
    INCARCERATED_ADULT,
    DEPENDENT_UNDER_6,
    CM_EXIT_REASON,
    MENTAL_HEALTH_CONSULTATION,
    NO_ASSISTANCE_REASON,
    VIRAL_LOAD_AVAILABLE,
    TEST_SOURCE,
    HOUSING_ASSESSMENT_AT_EXIT,
    SUBSIDY_INFORMATION,
)
