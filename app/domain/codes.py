"""HUD response code lists (HMIS Data Standards / HMIS CSV FY2026), with labels.

Storage keeps the HUD integers; the UI shows the English label. Each list is
named after the HUD list number it comes from so it can be checked against the
HMIS CSV specification. Labels follow the FY2026 wording ("Client prefers not
to answer" replaced "Client refused" in FY2024).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

DOESNT_KNOW = 8
PREFERS_NOT_TO_ANSWER = 9
NOT_COLLECTED = 99
#: The "reasons for missing data" every HUD element may carry.
MISSING_REASONS: frozenset[int] = frozenset({DOESNT_KNOW, PREFERS_NOT_TO_ANSWER, NOT_COLLECTED})
#: Client doesn't know / prefers not to answer (APR column "DK/PNTA").
DK_OR_REFUSED: frozenset[int] = frozenset({DOESNT_KNOW, PREFERS_NOT_TO_ANSWER})

_MISSING_LABELS = {
    DOESNT_KNOW: "Client doesn't know",
    PREFERS_NOT_TO_ANSWER: "Client prefers not to answer",
    NOT_COLLECTED: "Data not collected",
}


@dataclass(frozen=True)
class CodeList:
    """An immutable HUD list: code -> English label."""

    hud_list: str
    title: str
    labels: Mapping[int, str] = field(repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "labels", MappingProxyType(dict(self.labels)))

    def __contains__(self, code: object) -> bool:
        return isinstance(code, int) and not isinstance(code, bool) and code in self.labels

    def __iter__(self) -> Iterator[int]:
        return iter(self.labels)

    def __len__(self) -> int:
        return len(self.labels)

    def label(self, code: int | None) -> str:
        """The English words for *code*; empty for None, 'Unknown code' otherwise."""
        if code is None:
            return ""
        return self.labels.get(code, "Unknown code")

    def choices(self) -> list[tuple[int, str]]:
        """(code, label) pairs in HUD order, for a drop-down."""
        return list(self.labels.items())

    def without(self, *codes: int) -> CodeList:
        """The same list without some codes (an element that allows fewer)."""
        return CodeList(self.hud_list, self.title, {c: label for c, label in self.labels.items() if c not in codes})


def _with_missing(base: Mapping[int, str], *, dk: bool = True) -> dict[int, str]:
    out = dict(base)
    out.update({code: label for code, label in _MISSING_LABELS.items() if dk or code == NOT_COLLECTED})
    return out


# --- general lists -------------------------------------------------------------------------

NO_YES = CodeList("1.10", "No/Yes", {0: "No", 1: "Yes"})
NO_YES_MISSING = CodeList("1.7", "No/Yes/Missing", {0: "No", 1: "Yes", 99: "Data not collected"})
NO_YES_REASONS = CodeList("1.8", "No/Yes/Reasons for missing data", _with_missing({0: "No", 1: "Yes"}))
RACE_NONE = CodeList("1.6", "Race and ethnicity not reported", _MISSING_LABELS)

DISABILITY_TYPE = CodeList(
    "1.3",
    "Disability type",
    {
        5: "Physical disability",
        6: "Developmental disability",
        7: "Chronic health condition",
        8: "HIV/AIDS",
        9: "Mental health disorder",
        10: "Substance use disorder",
    },
)

RECORD_TYPE = CodeList(
    "1.4",
    "Service record type",
    {
        141: "PATH service",
        142: "RHY service connections",
        143: "HOPWA service",
        144: "SSVF service",
        151: "HOPWA financial assistance",
        152: "SSVF financial assistance",
        161: "PATH referral",
        200: "Bed night",
        210: "HUD-VASH OTH voucher tracking",
        300: "Moving On assistance",
    },
)
BED_NIGHT = 200

# --- universal data elements ---------------------------------------------------------------

NAME_DATA_QUALITY = CodeList(
    "3.01.5",
    "Name data quality",
    _with_missing(
        {
            1: "Full name reported",
            2: "Partial, street name, or code name reported",
        }
    ),
)
SSN_DATA_QUALITY = CodeList(
    "3.02.2",
    "SSN data quality",
    _with_missing(
        {
            1: "Full SSN reported",
            2: "Approximate or partial SSN reported",
        }
    ),
)
DOB_DATA_QUALITY = CodeList(
    "3.03.2",
    "DOB data quality",
    _with_missing(
        {
            1: "Full DOB reported",
            2: "Approximate or partial DOB reported",
        }
    ),
)

#: 3.04 Race and Ethnicity: one 0/1 column per category (HMIS CSV FY2026 names).
RACE_FIELDS: Mapping[str, str] = MappingProxyType(
    {
        "am_ind_ak_native": "American Indian, Alaska Native, or Indigenous",
        "asian": "Asian or Asian American",
        "black_af_american": "Black, African American, or African",
        "hispanic_latinao": "Hispanic/Latina/o",
        "mid_east_n_african": "Middle Eastern or North African",
        "native_hi_pacific": "Native Hawaiian or Pacific Islander",
        "white": "White",
    }
)

#: 4.21 Sex (FY2026; replaces 3.06 Gender, which was retired from the CSV).
SEX = CodeList("4.21", "Sex", {0: "Female", 1: "Male"})

VETERAN_STATUS = NO_YES_REASONS
DISABLING_CONDITION = NO_YES_REASONS

RELATIONSHIP_TO_HOH = CodeList(
    "3.15.1",
    "Relationship to head of household",
    {
        1: "Self (head of household)",
        2: "Child",
        3: "Spouse or partner",
        4: "Other relative",
        5: "Unrelated household member",
        99: "Data not collected",
    },
)
HEAD_OF_HOUSEHOLD = 1

_HOMELESS = {
    101: "Emergency shelter, including hotel or motel paid for with emergency shelter voucher, or Host Home shelter",
    116: "Place not meant for habitation (e.g., a vehicle, an abandoned building, bus/train/subway station/airport or anywhere outside)",
    118: "Safe Haven",
}
_INSTITUTIONAL = {
    204: "Psychiatric hospital or other psychiatric facility",
    205: "Substance abuse treatment facility or detox center",
    206: "Hospital or other residential non-psychiatric medical facility",
    207: "Jail, prison or juvenile detention facility",
    215: "Foster care home or foster care group home",
    225: "Long-term care facility or nursing home",
}
_TEMPORARY_NOW = {
    302: "Transitional housing for homeless persons (including homeless youth)",
    314: "Hotel or motel paid for without emergency shelter voucher",
    329: "Residential project or halfway house with no homeless criteria",
    332: "Host Home (non-crisis)",
    335: "Staying or living in a family member's room, apartment, or house",
    336: "Staying or living in a friend's room, apartment or house",
}
_PERMANENT_NOW = {
    410: "Rental by client, no ongoing housing subsidy",
    411: "Owned by client, no ongoing housing subsidy",
    421: "Owned by client, with ongoing housing subsidy",
    435: "Rental by client, with ongoing housing subsidy",
}
RENTAL_WITH_SUBSIDY = 435

#: 3.917 Prior living situation (FY2026: 335/336 replace the family/friends tenure codes).
PRIOR_LIVING_SITUATION = CodeList(
    "3.917",
    "Prior living situation",
    {
        **_HOMELESS,
        **_INSTITUTIONAL,
        **_TEMPORARY_NOW,
        **_PERMANENT_NOW,
        **_MISSING_LABELS,
    },
)

#: 4.12 Current living situation: as 3.917 plus "Other" and "Worker unable to determine".
CURRENT_LIVING_SITUATION = CodeList(
    "4.12",
    "Current living situation",
    {
        **_HOMELESS,
        **_INSTITUTIONAL,
        **_TEMPORARY_NOW,
        **_PERMANENT_NOW,
        17: "Other",
        37: "Worker unable to determine",
        **_MISSING_LABELS,
    },
)

#: 3.12 Destination (exits keep the temporary/permanent family and friends tenure codes).
DESTINATION = CodeList(
    "3.12",
    "Destination",
    {
        **_HOMELESS,
        **_INSTITUTIONAL,
        302: _TEMPORARY_NOW[302],
        312: "Staying or living with family, temporary tenure (e.g. room, apartment or house)",
        313: "Staying or living with friends, temporary tenure (e.g. room, apartment or house)",
        314: _TEMPORARY_NOW[314],
        327: "Moved from one HOPWA funded project to HOPWA TH",
        329: _TEMPORARY_NOW[329],
        332: _TEMPORARY_NOW[332],
        **_PERMANENT_NOW,
        422: "Staying or living with family, permanent tenure",
        423: "Staying or living with friends, permanent tenure",
        426: "Moved from one HOPWA funded project to HOPWA PH",
        17: "Other",
        24: "Deceased",
        30: "No exit interview completed",
        **_MISSING_LABELS,
    },
)
OTHER_DESTINATION = 17
NO_EXIT_INTERVIEW = 30

#: 3.12.A Rental subsidy type (with 3.917/4.12/3.12 code 435).
RENTAL_SUBSIDY_TYPE = CodeList(
    "3.12.A",
    "Rental subsidy type",
    {
        428: "GPD TIP housing subsidy",
        419: "VASH housing subsidy",
        431: "RRH or equivalent subsidy",
        433: "HCV voucher (tenant or project based) (not dedicated)",
        434: "Public housing unit",
        420: "Rental by client, with other ongoing housing subsidy",
        436: "Housing Stability Voucher",
        437: "Family Unification Program Voucher (FUP)",
        438: "Foster Youth to Independence Initiative (FYI)",
        439: "Permanent Supportive Housing",
        440: "Other permanent housing dedicated for formerly homeless persons",
    },
)

LENGTH_OF_STAY = CodeList(
    "3.917.2",
    "Length of stay in prior living situation",
    {
        10: "One night or less",
        11: "Two to six nights",
        2: "One week or more, but less than one month",
        3: "One month or more, but less than 90 days",
        4: "90 days or more but less than one year",
        5: "One year or longer",
        **_MISSING_LABELS,
    },
)
TIMES_HOMELESS = CodeList(
    "3.917.4",
    "Times homeless in the past three years",
    _with_missing(
        {
            1: "One time",
            2: "Two times",
            3: "Three times",
            4: "Four or more times",
        }
    ),
)
MONTHS_HOMELESS = CodeList(
    "3.917.5",
    "Months homeless in the past three years",
    _with_missing(
        {
            **{100 + n: str(n) for n in range(1, 13)},
            113: "More than 12 months",
        }
    ),
)

# --- program specific ----------------------------------------------------------------------

DATA_COLLECTION_STAGE = CodeList(
    "5.03.1",
    "Data collection stage",
    {
        1: "Project entry",
        2: "Update",
        3: "Project exit",
        5: "Annual assessment",
        6: "Post-exit",
    },
)
#: Stages used for income, disabilities and health/DV (post-exit is RHY aftercare only).
ASSESSMENT_STAGE = DATA_COLLECTION_STAGE.without(6)

SUBSTANCE_USE_RESPONSE = CodeList(
    "4.10.2",
    "Substance use disorder",
    _with_missing(
        {
            0: "No",
            1: "Alcohol use disorder",
            2: "Drug use disorder",
            3: "Both alcohol and drug use disorders",
        }
    ),
)
SUBSTANCE_USE = 10

WHEN_DV_OCCURRED = CodeList(
    "4.11.A",
    "When experience occurred",
    _with_missing(
        {
            1: "Within the past three months",
            2: "Three to six months ago (excluding six months exactly)",
            3: "Six months to one year ago (excluding one year exactly)",
            4: "One year or more",
        }
    ),
)

# --- our own (not HUD) -----------------------------------------------------------------

CONSENT_SCOPE: Mapping[str, str] = MappingProxyType(
    {
        "full": "Share all information with participating agencies",
        "basic": "Share name, date of birth and enrollment history only",
        "none": "Do not share outside this agency",
    }
)
CONSENT_METHOD: Mapping[str, str] = MappingProxyType(
    {
        "signed_paper": "Signed paper form",
        "verbal": "Verbal consent (witnessed)",
        "electronic": "Electronic signature",
    }
)


def living_situation_group(code: int | None) -> str | None:
    """HUD's group for a living situation code: homeless, institutional, temporary, permanent.

    HUD numbers the codes by group (1xx homeless, 2xx institutional, 3xx temporary,
    4xx permanent); 3.917 logic and data quality both depend on the group.
    """
    if code is None or code < 100:
        return None
    return {1: "homeless", 2: "institutional", 3: "temporary", 4: "permanent"}.get(code // 100)


PROJECT_TYPE = CodeList(
    "2.02.6",
    "Project type",
    {
        0: "Emergency shelter - entry/exit",
        1: "Emergency shelter - night-by-night",
        2: "Transitional housing",
        3: "Permanent supportive housing",
        4: "Street outreach",
        6: "Services only",
        7: "Other",
        8: "Safe Haven",
        9: "Permanent housing - housing only",
        10: "Permanent housing - housing with services",
        11: "Day shelter",
        12: "Homelessness prevention",
        13: "Rapid re-housing",
        14: "Coordinated entry",
    },
)
