"""Coordinated entry across two laptops of one agency in a CAN, by keyboard, through the real
server: an assessment and a referral recorded offline on the access point's laptop reach the case
conference laptop after sync, and the referral's result recorded there closes it on the first.

Why one agency: HUD keeps a referral's result on the Event (4.20.D) of the CE enrollment, and only
the agency that owns a record may change it (docs/sharing.md), so the result is recorded by
another of the access point's laptops, not by the receiving project's agency.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from app.ui.assessment_form import AssessmentForm
from app.ui.event_form import ReferralResultForm
from server.services import accounts
from server.services.clock import utc_date
from tests.sync.laptops import laptop, new_client, new_enrollment
from tests.ui.ce_steps import fill_assessment, open_dialog, record_referral, show_profile
from tests.ui.conftest import english  # noqa: F401  (the interface in English whatever ran before)
from tests.ui.keys import focused

AGENCY = "Two Laptops Access Point"
NOTHING_OPEN = "Nothing open: every referral has its result."


@pytest.fixture(scope="module")
def access_point(world) -> str:
    """The agency's coordinated entry project (HUD project type 14) of the Greater Hartford CAN."""
    world.agency(AGENCY)
    with world.live.ctx.engine.begin() as conn:
        return accounts.create_project(
            conn,
            world.live.clock.now_ms(),
            agency_id=world.agencies[AGENCY],
            name="Hartford access point",
            project_type=14,
            coc_code="CT-505",
            geocode="099003",
            operating_start=utc_date(world.live.clock.now_ms()),
        )


def test_an_assessment_and_a_referral_reach_the_other_laptop_and_its_result_comes_back(
    qtbot, world, access_point, tmp_path, english
):
    today = utc_date(world.live.clock.now_ms())
    intake, conference = laptop(world, tmp_path, AGENCY), laptop(world, tmp_path, AGENCY, "data_coordinator")
    try:
        for device in (intake, conference):
            assert device.sync().ok  # each learns the project list, the access point among it
        client = new_client(first_name="Rosa", last_name="Marquez")
        stay = new_enrollment(world, AGENCY, client.id, project_id=access_point, entry_date=today - timedelta(days=3))
        intake.records.save_all([client, stay])

        view = show_profile(qtbot, intake.vault, client.id, today)  # offline: nothing here waits on the server
        dialog = open_dialog(qtbot, view, view.ce_section.assessment_button, AssessmentForm)
        fill_assessment(qtbot, dialog, question="Nights slept outside")
        with qtbot.waitSignal(dialog.accepted):
            qtbot.keyClick(focused(), Qt.Key.Key_Return)
        record_referral(qtbot, view)
        assert view.ce_section.open_label.text() != NOTHING_OPEN
        (referral,) = intake.records.children("event", personal_id=client.id)

        sent = intake.sync()
        assert sent.ok, sent.message
        assert sent.pushed["applied"] == 6  # client, stay, assessment, its question and result, event
        assert conference.sync().ok

        other = show_profile(qtbot, conference.vault, client.id, today)
        section = other.ce_section
        rows = {section.model.row_text(i)[1]: section.model.row_text(i) for i in range(section.model.rowCount())}
        assert set(rows) == {"Assessment (Hartford access point)", "Event (Hartford access point)"}
        assessment, event = rows["Assessment (Hartford access point)"], rows["Event (Hartford access point)"]
        assert "Vulnerability score: 9" in assessment[2] and assessment[3] == "Placed on prioritization list"
        assert (
            event[2].startswith("Referral to PSH project resource opening") and event[3] == "OPEN: waiting for a result"
        )
        assert section.open_label.text().startswith("Open referrals waiting for a result: 1.")
        result = open_dialog(qtbot, other, section.result_button, ReferralResultForm)
        qtbot.keyClicks(focused(), "Successful")
        with qtbot.waitSignal(result.accepted):
            qtbot.keyClick(focused(), Qt.Key.Key_Return)
        assert section.open_label.text() == NOTHING_OPEN
        back = conference.sync()
        assert back.ok, back.message
        assert back.pushed["applied"] == 1

        assert intake.sync().ok
        closed = intake.records.get("event", referral.id)
        assert closed.referral_result == 1 and closed.result_date == today and not closed.is_open_referral
        view.reload()
        assert view.ce_section.open_label.text() == NOTHING_OPEN
        statuses = [view.ce_section.model.row_text(i)[3] for i in range(view.ce_section.model.rowCount())]
        assert any(s.startswith("Successful referral: client accepted on ") for s in statuses)
        assert intake.sync().pending == 0 and conference.sync().pending == 0
    finally:
        intake.close()
        conference.close()
