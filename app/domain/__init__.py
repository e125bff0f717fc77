"""HUD HMIS domain: records, response codes, validation, data quality and duplicate matching.

Pure Python (no Qt, SQL or network) so the desktop app and the server share
one set of rules. Import the modules directly, e.g. ``from app.domain.client
import Client``; ``app.domain.registry.RECORD_TYPES`` lists every record type.
"""
