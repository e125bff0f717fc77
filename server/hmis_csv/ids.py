"""Ids from other HMIS software, made into ours (32 lower-case hex) deterministically.

Another vendor's PersonalID may be "12345" or a GUID with dashes. An id that
already has our shape is kept as it is (so our own exports come back
unchanged); any other is replaced by the first 32 hex digits of
``sha256(namespace + ":" + id)``, where the namespace is the id's column name
(PersonalID, EnrollmentID, ProjectID, ...). The same foreign PersonalID gives
the same id in Client.csv, Enrollment.csv and every other file, so links
survive, and a re-import of the same export gives the same ids again.
"""

from __future__ import annotations

import hashlib

from app.domain.ids import is_valid_id

#: Columns holding an id of another row, mapped in their own namespace (the column name); a
#: file's own key column is mapped in its name's namespace too.
ID_COLUMNS = frozenset(
    {"PersonalID", "EnrollmentID", "ProjectID", "HouseholdID", "OrganizationID", "UserID", "AssessmentID"}
)


def derived_id(namespace: str, foreign_id: str) -> str:
    """Our id for *foreign_id* in *namespace* (always derived, whatever its shape)."""
    return hashlib.sha256(f"{namespace}:{foreign_id}".encode()).hexdigest()[:32]


def map_id(namespace: str, value: str) -> str:
    """*value* itself when it is one of our ids, else ``derived_id(namespace, value)``."""
    return value if is_valid_id(value) else derived_id(namespace, value)
