"""A PATH or an SSVF project's intake, by keyboard in the real wizard: it asks the funder's elements
and refuses to go on (and so to save) without the required ones; a project with no such funder is
not asked them. Screenshots of the new page parts in English and Spanish."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.storage.records import Records
from app.sync.projects import Project, store
from app.ui import translations
from app.ui.intake_wizard import IntakeWizard
from tests.ui.conftest import shoot
from tests.ui.test_intake_wizard import alt, back_to, ctrl_s, focused, keys

TODAY = date(2026, 1, 20)
PATH_TEAM = Project("3" * 32, "PATH Street Team", 4, (21,))
SSVF_RRH = Project("4" * 32, "Veterans Rapid Rehousing", 13, (33,))
LOCAL = Project("5" * 32, "Local Drop-in", 4, (46,))


def _wizard(qtbot, vault, project) -> IntakeWizard:
    store(vault, [project])
    wizard = IntakeWizard(vault, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def tab_to(qtbot, widget, limit: int = 200) -> None:
    """Press Tab until ``widget`` has the focus, as a worker would."""
    for _ in range(limit):
        if focused() is widget:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the field")


def _to_entry_page(qtbot, wizard, *, veteran: str) -> None:
    alt(qtbot, "n")
    keys(
        qtbot,
        "Ana",
        "\t",
        "\t",
        "Reyes",
        "\t",
        "\t",
        "Full",
        "\t",
        "\t",
        "04/02/1979",
        "\t",
        "Full",
        "\t",
        "",
        "\t",
        "",
        "\t",
        "F",
        "\t",
        veteran,
    )
    alt(qtbot, "n")
    assert wizard.step == ("household", 0), wizard.status.text()
    alt(qtbot, "n")
    assert wizard.step == ("enrollment", 0)


def _program_form(page, field):
    return next(form for _, _, form in page.program if field in form.values())


def _answer(qtbot, page, field, text) -> None:
    tab_to(qtbot, _program_form(page, field).widget_for(field))
    keys(qtbot, text)


def _answer_common(qtbot, page) -> None:
    """HUD's 4.02-4.04 and 4.11, asked on the page itself, which PATH and SSVF require too: all 'No'."""
    for block in page.blocks:
        tab_to(qtbot, block.gateway.first_widget())
        keys(qtbot, "No")
    tab_to(qtbot, page.dv.widget_for("domestic_violence_survivor"))
    keys(qtbot, "No")


def test_path_intake_asks_soar_and_refuses_to_go_on_without_it(qtbot, vault, shots):
    wizard = _wizard(qtbot, vault, PATH_TEAM)
    _to_entry_page(qtbot, wizard, veteran="No")
    page = wizard.enrollment_page
    assert [e.code for e, _, _ in page.program] == ["P3", "P4"]
    keys(qtbot, "CT-505", "\t", "Pla")
    tab_to(qtbot, page.enrollment.widget_for("date_of_engagement"))
    keys(qtbot, "01/20/2026")
    _answer_common(qtbot, page)
    alt(qtbot, "n")
    assert wizard.step == ("enrollment", 0), "refused without the funder's elements"
    soar = _program_form(page, "connection_with_soar")
    assert "required by this project's funder (PATH)" in soar.problems_shown()["connection_with_soar"]
    assert focused() is soar.widget_for("connection_with_soar")  # the focus is on the first problem
    shoot(wizard, shots, "intake-funder-path-refused")
    back_to(qtbot, wizard)
    keys(qtbot, "No")
    alt(qtbot, "n")
    assert wizard.step == ("review", 0), page.message.text()
    with qtbot.waitSignal(wizard.saved) as saved:
        ctrl_s(qtbot)
    (income,) = Records(vault).children("income_benefits", personal_id=saved.args[0][0])
    assert income.connection_with_soar == 0


def test_ssvf_intake_asks_veteran_information_ami_and_vamc(qtbot, vault, shots):
    wizard = _wizard(qtbot, vault, SSVF_RRH)
    _to_entry_page(qtbot, wizard, veteran="Yes")
    page = wizard.enrollment_page
    assert [e.code for e, _, _ in page.program] == ["V1", "V4", "V6", "P4", "R4, R6"]
    alt(qtbot, "n")
    assert wizard.step == ("enrollment", 0)
    shown = {f: m for _, _, form in page.program for f, m in form.problems_shown().items()}
    assert {"military_branch", "discharge_status", "percent_ami", "vamc_station", "connection_with_soar"} <= set(shown)
    assert all("(SSVF)" in shown[f] for f in ("percent_ami", "vamc_station"))
    shoot(wizard, shots, "intake-funder-ssvf-refused")
    back_to(qtbot, wizard)
    for field in (
        "world_war_ii",
        "korean_war",
        "vietnam_war",
        "desert_storm",
        "afghanistan_oef",
        "iraq_oif",
        "iraq_ond",
        "other_theater",
    ):
        _answer(qtbot, page, field, "No")
    _answer(qtbot, page, "military_branch", "Arm")
    _answer(qtbot, page, "discharge_status", "Hon")
    _answer(qtbot, page, "percent_ami", "30")
    _answer(qtbot, page, "vamc_station", "689")
    _answer(qtbot, page, "connection_with_soar", "Yes")
    _answer(qtbot, page, "last_grade_completed", "Grade")
    _answer(qtbot, page, "employed", "No")
    _answer(qtbot, page, "not_employed_reason", "Looking")
    _answer_common(qtbot, page)
    alt(qtbot, "n")
    assert wizard.step == ("review", 0), (wizard.status.text(), [e.message for e in page.problems(wizard.state)])
    with qtbot.waitSignal(wizard.saved) as saved:
        ctrl_s(qtbot)
    head = saved.args[0][0]
    client = Records(vault).get("client", head)
    assert (client.military_branch, client.discharge_status) == (1, 1)
    (enrollment,) = Records(vault).children("enrollment", personal_id=head)
    assert (enrollment.percent_ami, enrollment.vamc_station) == (1, "689")


def test_a_project_without_such_funders_asks_none(qtbot, vault):
    wizard = _wizard(qtbot, vault, LOCAL)
    _to_entry_page(qtbot, wizard, veteran="Yes")
    assert wizard.enrollment_page.program == []
    assert wizard.enrollment_page.funders_note.isHidden()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_screenshot_of_the_funders_elements(qtbot, vault, shots, qapp, lang):
    """The page as a veteran's SSVF intake shows it (the answers set directly: only the picture counts)."""
    translations.install(qapp, lang)
    try:
        wizard = _wizard(qtbot, vault, SSVF_RRH)
        wizard.state.update(project_id=SSVF_RRH.id, entry_date=TODAY)
        wizard.state["members"][0]["client"] = {
            "first_name": "Ana",
            "last_name": "Reyes",
            "name_data_quality": 1,
            "dob": date(1979, 4, 2),
            "dob_data_quality": 1,
            "veteran_status": 1,
        }
        wizard._show("enrollment", 0)
        page = wizard.enrollment_page
        assert [e.code for e, _, _ in page.program] == ["V1", "V4", "V6", "P4", "R4, R6"]
        assert page.area is not None  # the page's scrolling area, made when it was shown
        page.area.ensureWidgetVisible(page.program[-1][1])
        shoot(wizard, shots, f"intake-funder-elements-{lang}")
    finally:
        translations.install(qapp, "en")
