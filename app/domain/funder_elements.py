"""Which program-specific elements a project's funders require, at which data collection stage and
of whom (HUD's program manuals: PATH, RHY, SSVF, VA, HOPWA, CoC and ESG).

Why a table and not code per screen: the intake, the exit form and the annual assessment must ask
the same elements for the same funders, and a test can check every field named here exists on the
record it is stored in. A project with no such funder is asked none of them. The table itself,
with the HUD section each row follows, is ``funder_table``; this module reads it.
Why "required" refuses 'Data not collected': HUD counts it as missing; 'Client doesn't know' and
'Client prefers not to answer' are answers a worker may record.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .errors import FieldError
from .funder_table import (
    ADULTS,
    ALL,
    ANNUAL,
    COMMON,
    COMMON_KEY,
    ELEMENTS,
    ENTRY,
    EXIT,
    FAMILIES,
    FAMILY,
    HEAD,
    HIV,
    HOMELESSNESS_PREVENTION,
    POST_EXIT,
    UPDATE,
    VETERANS,
    Element,
    Then,
)

NOT_COLLECTED = 99
__all__ = [
    "ADULTS",
    "ALL",
    "ANNUAL",
    "COMMON",
    "COMMON_KEY",
    "ELEMENTS",
    "ENTRY",
    "EXIT",
    "FAMILIES",
    "FAMILY",
    "HEAD",
    "HIV",
    "HOMELESSNESS_PREVENTION",
    "NOT_COLLECTED",
    "POST_EXIT",
    "UPDATE",
    "VETERANS",
    "Element",
    "Then",
    "applies",
    "elements_for",
    "families",
    "missing",
]


def families(funders: Iterable[int]) -> tuple[str, ...]:
    """The funder families of a project, in HUD's order (local and other funders have none)."""
    found = {FAMILY[f] for f in funders if f in FAMILY}
    return tuple(f for f in FAMILIES if f in found)


def elements_for(funders: Iterable[int], stage: int, project_type: int | None = None) -> tuple[Element, ...]:
    """Every element the funders require at this stage, each once (V1 is both SSVF's and VA's; of
    the variants of a common element such as 4.02 the first that applies is kept)."""
    funders = tuple(funders)
    out: dict[str, Element] = {}
    found = families(funders)
    candidates = [(set(funders), e) for e in ELEMENTS[COMMON_KEY]] if found else []
    for family in found:
        codes = {f for f in funders if FAMILY.get(f) == family}
        candidates += [(codes, e) for e in ELEMENTS[family]]
    for codes, element in candidates:
        if stage not in element.stages or element.code in out:
            continue
        if element.funders is not None and not codes & element.funders:
            continue
        if element.project_types is not None and project_type not in element.project_types:
            continue
        if project_type in element.except_types:
            continue
        out[element.code] = element
    return tuple(out.values())


def applies(element: Element, *, head: bool, adult: bool, veteran: bool, hiv: bool) -> bool:
    """Whether this person is asked the element (HUD's "data collected about")."""
    return {HEAD: head, ADULTS: head or adult, ALL: True, VETERANS: adult and veteran, HIV: hiv}[element.who]


def _blank(value: Any) -> bool:
    return value is None or value == NOT_COLLECTED or (isinstance(value, str) and not value.strip())


def missing(
    elements: Iterable[Element], values: Mapping[str, Mapping[str, Any]], labels: Mapping[str, str], who_requires: str
) -> list[FieldError]:
    """The required answers left empty (or 'Data not collected'), in words.

    ``values``: record kind -> field -> value; ``labels``: field -> its words;
    ``who_requires``: the funder families, e.g. "PATH".
    """
    errors: list[FieldError] = []
    for element in elements:
        got = values.get(element.kind, {})
        needed: list[tuple[str, str | None]] = [(f, None) for f in element.required]
        for gateway, answers, follow in element.then:
            value = got.get(gateway)
            if not _blank(value) and (answers is None or value in answers):
                needed += [(f, gateway) for f in follow]
        seen = set()
        for name, after in needed:
            if name in seen or not _blank(got.get(name)):
                continue
            seen.add(name)
            because = f" once {labels.get(after, after)} is answered" if after else ""
            errors.append(
                FieldError(
                    name,
                    "funder_required",
                    f"{labels.get(name, name)} is required by this project's funder "
                    f"({who_requires}){because}; 'Data not collected' does not count.",
                    (name, after or "", who_requires),
                )
            )
    return errors
