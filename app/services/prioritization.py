"""A CAN's prioritization list: who is in its coordinated entry now, and where each person stands.

Why on the device: a coordinator runs the Monday case conference from the laptop, link or not; the
list is drawn from the enrollments, exits, assessments and events the vault holds, in every
coordinated entry project of the CAN (other agencies' ones included: ``own`` false).

Why fields rather than records: the list reads every enrollment, exit, assessment and event on the
laptop; the vault keeps a narrow copy of the few fields it needs (storage.prioritization_fields),
and one query over it gives a row per person, where decoding every record would take seconds.

Whose assessment counts: the latest one (by date, then the later saved) on the person's open
coordinated entry enrollments of the CAN; an exited stay's assessments are history, not status.
"""

from __future__ import annotations

import csv
import functools
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.domain.event import Event
from app.domain.hud_lists import hud_list
from app.domain.roles import CASE_MANAGER, DATA_COORDINATOR, SYSTEM_ADMIN
from app.storage import prioritization_fields
from app.storage.vault import Vault
from app.sync import projects

#: Who may see the list: the Data Coordinator, CE staff (case managers) and the System Administrator.
ALLOWED = frozenset({DATA_COORDINATOR, CASE_MANAGER, SYSTEM_ADMIN})
REFUSED = (
    "Only a Data Coordinator, a case manager doing coordinated entry or a System Administrator "
    "can see the CAN's prioritization list."
)
COORDINATED_ENTRY_TYPE = 14  # HUD 2.02.6: a coordinated entry project, whatever its participation row says
STATUS = hud_list("4.19.7")
ASSESSMENT_TYPE = hud_list("4.19.3")
ASSESSMENT_LEVEL = hud_list("4.19.4")
NOT_ASSESSED = "Not assessed yet"


class NotAllowed(Exception):
    """The signed-in role may not see the list; ``str`` is the sentence to show."""

    def __init__(self) -> None:
        super().__init__(REFUSED)


@dataclass(frozen=True, slots=True)
class Row:
    """One person on the CAN's list (slots: a list holds thousands, and each dict would be one more
    object for the garbage collector to walk)."""

    personal_id: str
    first_name: str | None
    last_name: str | None
    dob: date | None
    on_laptop: bool  # False: the person's client record is not on this laptop (only the stay is)
    projects: tuple[str, ...]  # names of the open coordinated entry stays' projects
    entry_date: date  # the earliest start of those stays
    status: int | None  # 4.19.7 of the latest assessment; None: not assessed on these stays
    assessment_date: date | None
    assessment_type: int | None
    assessment_level: int | None
    open_referral: bool

    @property
    def status_label(self) -> str:
        return STATUS.label(self.status) if self.status is not None else NOT_ASSESSED

    @property
    def type_label(self) -> str:
        return ASSESSMENT_TYPE.label(self.assessment_type)

    @property
    def level_label(self) -> str:
        return ASSESSMENT_LEVEL.label(self.assessment_level)


@dataclass(frozen=True)
class PrioritizationList:
    can: str | None  # None: this laptop has not heard of its CAN yet (no online sign-in)
    cans: tuple[str, ...]  # the CANs this laptop may show (more than one on an HMIS Admin's laptop)
    rows: tuple[Row, ...]


def check(role: str | None) -> None:
    """Refuse, with a sentence, anyone the list is not for."""
    if role not in ALLOWED:
        raise NotAllowed()


def cans(known: list[projects.Project]) -> tuple[str, ...]:
    """The device's CANs, the one with most of its own projects first (an agency has one)."""
    counted = Counter(p.can_name for p in known if p.own and p.can_name)
    return tuple(sorted(counted, key=lambda name: (-counted[name], name.casefold())))


def _day(text: object) -> date | None:
    try:
        return date.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def _as_one(held: list[tuple]) -> tuple:
    """A person's several stays (storage.prioritization_fields.Stay) as one: the set of their
    project places, the earliest start, the latest assessment of all, and any open referral."""
    assessed = [s for s in held if s[5] is not None]
    latest = max(assessed, key=lambda s: (s[3] or "", s[4] or "", s[5])) if assessed else held[0]
    return (
        held[0][0],
        frozenset(s[1] for s in held),
        min(s[2] or "" for s in held),
        *latest[3:9],
        any(s[9] for s in held),
        *held[0][10:],
    )


def _opens_referral(memo: dict[tuple, bool], code: object, result: object) -> bool:
    """The domain's rule, asked once per distinct (event, result) pair rather than per event (with
    their types: 1 and 1.0 are equal keys of a dict, but only 1 is a code)."""
    key = (type(code), code, type(result), result)
    if key not in memo:
        memo[key] = (
            isinstance(code, int)
            and Event(
                enrollment_id="",
                personal_id="",
                event_date=date.min,
                event=code,
                referral_result=result if isinstance(result, int) else None,
            ).is_open_referral
        )
    return memo[key]


def compute(vault: Vault, role: str | None, can: str | None = None) -> PrioritizationList:
    """The list for ``can`` (default: the device's CAN), in one query over the list's fields."""
    check(role)
    known = projects.known(vault)
    choices = cans(known)
    can = can if can in choices else (choices[0] if choices else None)
    if can is None:
        return PrioritizationList(None, choices, ())
    ce = {
        p.id: p.name
        for p in known
        if (p.coordinated_entry or p.project_type == COORDINATED_ENTRY_TYPE) and p.can_name == can
    }
    ids = list(ce)
    memo: dict[tuple, bool] = {}
    found = prioritization_fields.stays(vault, ids, lambda code, result: _opens_referral(memo, code, result))
    person: dict[str, tuple] = {}  # personal id -> their stay (or their stays made one, below)
    several: dict[str, list[tuple]] = {}
    for stay in found:
        if stay[0] in person:
            several.setdefault(stay[0], [person[stay[0]]]).append(stay)
        else:
            person[stay[0]] = stay
    for pid, held in several.items():
        person[pid] = _as_one(held)
    named: dict[object, tuple[str, ...]] = {}  # a stay's project place(s) -> the projects' names, sorted
    day = functools.lru_cache(maxsize=None)(_day)  # thousands of people share a few hundred dates
    rows = []
    for (
        pid,
        places,
        entry,
        assessed,
        _created,
        _id,
        status,
        kind,
        level,
        referred,
        on_laptop,
        first,
        last,
        dob,
    ) in person.values():
        if places not in named:
            some = places if isinstance(places, frozenset) else (places,)
            named[places] = tuple(sorted({ce[ids[n]] for n in some}))
        rows.append(
            Row(
                pid,
                first,
                last,
                day(dob),
                bool(on_laptop),
                named[places],
                day(entry) or date.min,
                status,
                day(assessed),
                kind,
                level,
                bool(referred),
            )
        )
    rows.sort(key=lambda r: ((r.last_name or "").casefold(), (r.first_name or "").casefold(), r.personal_id))
    return PrioritizationList(can, choices, tuple(rows))


HEADERS = (
    "Personal ID",
    "Last name",
    "First name",
    "Date of birth",
    "Coordinated entry project",
    "Project start date",
    "Prioritization status",
    "Last assessment",
    "Assessment type",
    "Assessment level",
    "Open referral",
)
_RISKY = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run a cell starting so as a formula
NOT_WRITTEN = "The list could not be written there, and nothing was saved. Choose a folder you can write to."


class ExportFailed(Exception):
    """The file could not be written; ``str`` is the sentence to show (never the path or a name)."""

    def __init__(self) -> None:
        super().__init__(NOT_WRITTEN)


def safe_cell(text: str) -> str:
    """A cell a spreadsheet shows as text: one that would start a formula gets a leading '."""
    return "'" + text if text.startswith(_RISKY) else text


def _day_text(value: date | None) -> str:
    return value.isoformat() if value else ""


Words = Callable[[str], str]
#: Each column's text of a row, in HEADERS order; ``words`` puts the fixed English words in the
#: reader's language. One function per column, so the screen can work out only the columns it shows.
COLUMNS: tuple[Callable[[Row, Words], str], ...] = (
    lambda row, words: row.personal_id,
    lambda row, words: row.last_name or "",
    lambda row, words: row.first_name or "",
    lambda row, words: _day_text(row.dob),
    lambda row, words: "; ".join(row.projects),
    lambda row, words: _day_text(row.entry_date),
    lambda row, words: words(row.status_label),
    lambda row, words: _day_text(row.assessment_date),
    lambda row, words: words(row.type_label) if row.type_label else "",
    lambda row, words: words(row.level_label) if row.level_label else "",
    lambda row, words: words("Yes") if row.open_referral else words("No"),
)


def cells(row: Row, words: Words = str) -> tuple[str, ...]:
    """The row as text; ``words`` puts the fixed English words in the reader's language."""
    return tuple(column(row, words) for column in COLUMNS)


def write_csv(path: Path, rows: Sequence[Row], role: str | None, words: Callable[[str], str] = str) -> int:
    """Write ``rows`` (as the person sees them: filtered and sorted) to the file they chose.

    Written straight to ``path``, readable by its owner only, and removed again if the writing
    fails: no copy of the list is left anywhere else. Returns how many people were written.
    """
    check(role)
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError as error:
        raise ExportFailed() from error
    try:
        with open(handle, "w", newline="", encoding="utf-8-sig") as out:
            writer = csv.writer(out)
            writer.writerow([safe_cell(words(h)) for h in HEADERS])
            for row in rows:
                writer.writerow([safe_cell(c) for c in cells(row, words)])
    except OSError as error:
        Path(path).unlink(missing_ok=True)
        raise ExportFailed() from error
    return len(rows)
