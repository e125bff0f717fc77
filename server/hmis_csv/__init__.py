"""HMIS CSV FY2026 export and import as pure functions (no database; the server feeds them).

spec      -- every FY2026 file, its columns, types, lengths and nullability (the contract)
model     -- ExportInfo, Organization, Project, HmisUser, StoredRecord, ImportedExport
mapping   -- which domain record goes to which file, field by field
export    -- build_export(...) -> zip bytes; records_in_scope(...) for a reporting period
import_   -- read_export(zip bytes) -> ImportedExport, or CsvImportError(file, row, column, message)
hashing   -- Soundex + SHA-256 PII hashing used when HashStatus = 4
ids       -- deterministic mapping of other vendors' ids to our 32-hex ids
"""

from .export import ExportError, build_export, records_in_scope
from .import_ import CsvImportError, read_export
from .model import ExportInfo, HmisUser, ImportedExport, Organization, Problem, Project, StoredRecord

__all__ = [
    "CsvImportError",
    "ExportError",
    "ExportInfo",
    "HmisUser",
    "ImportedExport",
    "Organization",
    "Problem",
    "Project",
    "StoredRecord",
    "build_export",
    "read_export",
    "records_in_scope",
]
