"""The agency's projects, kept inside the vault so an intake can pick one offline.

Why in the vault: an outreach worker enrolls people for days without a link; the project list
(name and HUD project type, which decides the enrollment elements asked) must be on the laptop.
It is refreshed from the server at each online sign-in and sync.

Why funders, coordinated entry and the CAN: the intake asks the elements the project's funders
require, a coordinated entry project records assessments and events, and a CAN's prioritization
list is drawn from its coordinated entry projects, some of them other agencies' (``own`` false:
known for the list and for names, never offered for an intake).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from app.domain.codes import PROJECT_TYPE
from app.domain.ids import is_valid_id
from app.storage.vault import Vault
from app.sync.errors import BadResponse

_META = "projects"


@dataclass(frozen=True)
class Project:
    id: str
    name: str
    project_type: int
    funders: tuple[int, ...] = ()  # HUD 2.06.1 codes of its current funders
    coordinated_entry: bool = False  # takes part in the CAN's coordinated entry (CEParticipation)
    can_name: str = ""
    own: bool = True  # this agency's project: one an intake may enroll in

    @property
    def type_label(self) -> str:
        return PROJECT_TYPE.label(self.project_type)


def _parse(rows: object) -> list[Project]:
    """Every row checked whole (a device kept before these facts existed has none of them)."""
    if not isinstance(rows, list):
        raise BadResponse()
    found = []
    for row in rows:
        if not (
            isinstance(row, dict)
            and isinstance(row.get("id"), str)
            and is_valid_id(row["id"])
            and isinstance(row.get("name"), str)
            and type(row.get("project_type")) is int
        ):
            raise BadResponse()
        funders = row.get("funders", [])
        if not (
            isinstance(funders, list)
            and all(type(f) is int for f in funders)
            and type(row.get("coordinated_entry", False)) is bool
            and type(row.get("own", True)) is bool
            and isinstance(row.get("can_name", ""), str)
        ):
            raise BadResponse()
        found.append(
            Project(
                row["id"],
                row["name"],
                row["project_type"],
                tuple(sorted(set(funders))),
                row.get("coordinated_entry", False),
                row.get("can_name", ""),
                row.get("own", True),
            )
        )
    return sorted(found, key=lambda p: p.name.casefold())


def store(vault: Vault, projects: list[Project]) -> None:
    vault.set_meta(_META, json.dumps([asdict(p) for p in projects]))


def known(vault: Vault) -> list[Project]:
    """The projects this device last heard of (empty before the first online sign-in)."""
    text = vault.meta(_META)
    return _parse(json.loads(text)) if text else []


def enrollable(vault: Vault) -> list[Project]:
    """This agency's projects: the ones an intake may enroll a person in."""
    return [p for p in known(vault) if p.own]


PATH = "/v1/projects"


def keep(vault: Vault, answer: object) -> list[Project]:
    """Keep the server's answer to GET PATH; it is checked whole before anything is kept."""
    projects = _parse(answer)
    store(vault, projects)
    return projects
