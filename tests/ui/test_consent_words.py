"""The release of information on the profile reads in the interface's language, in every state
the service can find it in, with HUD's scope words and the US dates the forms use."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.clients import consent_status
from app.ui import translations
from app.ui.consent_words import consent_words
from tests.domain import factories as f

TODAY = date(2025, 6, 1)
CASES = [
    ([], "No release of information on file.", "No hay autorización"),
    (
        [f.consent()],
        (
            "Release of information in force: Share all information with participating agencies "
            "(signed 01/10/2025, until 01/10/2026)."
        ),
        "01/10/2026",
    ),
    (
        [f.consent(expires_date=None)],
        (
            "Release of information in force: Share all information with participating "
            "agencies (signed 01/10/2025, with no end date)."
        ),
        "01/10/2025",
    ),
    ([f.consent(granted=False)], "The client refused a release of information on 01/10/2025.", "01/10/2025"),
    ([f.consent(revoked_date=date(2025, 3, 2))], "The release of information was revoked on 03/02/2025.", "03/02/2025"),
    ([f.consent(expires_date=date(2025, 5, 1))], "The release of information expired on 05/01/2025.", "05/01/2025"),
    (
        [f.consent(signed_date=date(2025, 7, 1), expires_date=None)],
        "The release of information starts on 07/01/2025.",
        "07/01/2025",
    ),
]


@pytest.mark.parametrize(("consents", "in_english", "kept_in_spanish"), CASES)
def test_each_state_reads_in_english_and_in_spanish(qapp, english, consents, in_english, kept_in_spanish):
    status = consent_status(consents, agency_id=f.AGENCY_ID, today=TODAY)
    assert consent_words(status) == in_english
    translations.install(qapp, "es")
    spanish = consent_words(status)
    assert spanish != in_english and kept_in_spanish in spanish
    if "Share all information" in in_english:
        assert "Share all information" not in spanish  # HUD's scope words follow the language too
