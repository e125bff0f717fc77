"""The household intake wizard, driven by the keyboard only, on a real vault.

Screenshots of each page go to $HMIS_SCREENSHOTS (default: a tmp folder).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit

from app.domain.ids import new_id
from app.services.drafts import Drafts
from app.storage import outbox
from app.storage.records import Records
from app.sync.projects import Project, store
from app.ui.intake_wizard import IntakeWizard
from tests.domain import factories
from tests.ui.conftest import shoot
from tests.ui.keys import focused

TODAY = date(2026, 1, 20)
SHELTER = Project("1" * 32, "Night Harbor Shelter", 0)
OUTREACH = Project("2" * 32, "Street Team", 4)


@pytest.fixture
def shelter_vault(vault):
    store(vault, [SHELTER, OUTREACH])
    return vault


def _wizard(qtbot, vault, **kw) -> IntakeWizard:
    wizard = IntakeWizard(vault, today=TODAY, **kw)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def back_to(qtbot, window) -> None:
    """After a dialog or a screenshot, the window is active again (as for a person at the screen)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def keys(qtbot, *steps) -> None:
    """Type into whatever has the focus: text, or Tab (as "\t"), moving on after each step."""
    for step in steps:
        if step == "\t":
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        elif step:
            qtbot.keyClicks(focused(), step)


def alt(qtbot, letter: str) -> None:
    """Alt+letter, then wait for the button it pressed to finish its (animated) click."""
    qtbot.keyClick(focused(), getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not any(isinstance(w, QAbstractButton) and w.isDown() for w in QApplication.allWidgets()))


def ctrl_s(qtbot) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def person(qtbot, first: str, last: str, dob: str, *, sex: str = "F", ssn: str = "") -> None:
    """First name, middle, last, suffix, name DQ, alias, DOB, DOB DQ, SSN, SSN DQ, sex, veteran."""
    keys(
        qtbot,
        first,
        "\t",
        "\t",
        last,
        "\t",
        "\t",
        "Full",
        "\t",
        "\t",
        dob,
        "\t",
        "Full",
        "\t",
        ssn,
        "\t",
        "Full" if ssn else "",
        "\t",
        sex,
        "\t",
        "No",
    )


def _counts(vault) -> tuple[int, ...]:
    return tuple(vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("record", "outbox"))


def test_a_whole_household_is_taken_in_by_keyboard_and_saved_once(qtbot, shelter_vault, shots):
    vault = shelter_vault
    wizard = _wizard(qtbot, vault)
    assert wizard.banner.isHidden()  # no drafts to offer
    # (a) the project (first in the list) and today's date are already there
    assert focused() is wizard.project_page.project
    assert wizard.project_page.project.currentData() == SHELTER.id
    shoot(wizard, shots, "intake-1-project")
    back_to(qtbot, wizard)
    alt(qtbot, "n")
    assert wizard.step == ("person", 0)
    # (b) the head of household
    assert focused() is wizard.person_page.person.widget_for("first_name")
    person(qtbot, "Maria", "Lopez", "03/14/1985", ssn="234567891")
    shoot(wizard, shots, "intake-2-head-of-household")
    back_to(qtbot, wizard)
    alt(qtbot, "n")
    assert wizard.step == ("household", 0), wizard.status.text()
    # (c) add a child
    alt(qtbot, "m")
    assert wizard.step == ("person", 1)
    assert focused() is wizard.person_page.relationship.widget_for("relationship_to_hoh")
    keys(qtbot, "Ch", "\t")
    person(qtbot, "Leo", "Lopez", "06/01/2015", sex="M")
    shoot(wizard, shots, "intake-3-member")
    back_to(qtbot, wizard)
    alt(qtbot, "n")
    assert wizard.step == ("household", 0), (
        wizard.status.text(),
        wizard.person_page.person.problems_shown(),
        wizard.person_page.relationship.problems_shown(),
    )
    assert wizard.household_page.model.rowCount() == 2
    shoot(wizard, shots, "intake-4-household")
    back_to(qtbot, wizard)
    alt(qtbot, "n")
    # (d) the head's entry answers: CoC, then prior living situation
    assert wizard.step == ("enrollment", 0)
    page = wizard.enrollment_page
    assert focused() is page.enrollment.widget_for("enrollment_coc")
    assert "date_of_engagement" not in page.enrollment.values()  # a shelter, not street outreach
    keys(qtbot, "CT-505", "\t", "Pla")
    assert page.enrollment.values()["living_situation"] == 116
    shoot(wizard, shots, "intake-5-entry-answers-head")
    back_to(qtbot, wizard)
    alt(qtbot, "n")
    assert wizard.step == ("enrollment", 1), (
        wizard.status.text(),
        page.message.text(),
        [f.problems_shown() for f in page.forms()],
    )
    assert "living_situation" not in wizard.enrollment_page.enrollment.values()  # a child is not asked 3.917
    assert wizard.enrollment_page.dv is None
    alt(qtbot, "n")
    # (e) review, then the one save
    assert wizard.step == ("review", 0)
    assert [row[1] for row in wizard.review_page.model.items] == ["Ready", "Ready"]
    shoot(wizard, shots, "intake-6-review")
    back_to(qtbot, wizard)
    with qtbot.waitSignal(wizard.saved) as saved:
        ctrl_s(qtbot)
    ids = saved.args[0]
    records = Records(vault)
    assert records.count("client") == 2 and records.count("enrollment") == 2
    enrollments = [records.children("enrollment", personal_id=i)[0] for i in ids]
    assert len({e.household_id for e in enrollments}) == 1
    assert [e.relationship_to_hoh for e in enrollments] == [1, 2]
    assert enrollments[0].living_situation == 116 and enrollments[0].enrollment_coc == "CT-505"
    assert {e.project_id for e in enrollments} == {SHELTER.id}
    assert records.get("client", ids[0]).first_name == "Maria"
    assert records.count("disability") == 12 and records.count("income_benefits") == 2
    queued = {(op.kind, op.record_id) for op in outbox.pending(vault.conn, limit=1000)}
    assert {("client", i) for i in ids} | {("enrollment", e.id) for e in enrollments} <= queued
    assert Drafts(vault).list() == []  # the draft went once the intake was saved


def test_the_duplicate_check_offers_a_known_client_and_picking_reuses_their_id(qtbot, shelter_vault, shots):
    vault = shelter_vault
    known = factories.client(id=new_id())
    Records(vault).save(known)
    wizard = _wizard(qtbot, vault)
    alt(qtbot, "n")
    person(qtbot, "Rosa", "Quinones", "05/17/1980")
    alt(qtbot, "n")
    dialog = wizard._dialog
    assert dialog is not None and wizard.step == ("person", 0)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.model.rowCount() == 1 and dialog.model.items[0].client_id == known.id
    qtbot.waitUntil(lambda: focused() is dialog.table, timeout=5_000)  # once the new window is active
    shoot(dialog, shots, "intake-duplicate-check")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    alt(qtbot, "u")
    qtbot.waitUntil(lambda: wizard._dialog is None)
    member = wizard.state["members"][0]
    assert member["client_id"] == known.id and member["existing"]
    assert wizard.person_page.person.values()["ssn"] == known.ssn  # their record, shown for checking
    back_to(qtbot, wizard)
    alt(qtbot, "n")
    assert wizard.step == ("household", 0)
    alt(qtbot, "n")
    alt(qtbot, "n")
    with qtbot.waitSignal(wizard.saved) as saved:
        ctrl_s(qtbot)
    assert saved.args[0] == [known.id]
    records = Records(vault)
    assert records.count("client") == 1
    assert records.children("enrollment", personal_id=known.id)[0].project_id == SHELTER.id


def test_this_is_a_new_person_makes_a_new_client(qtbot, shelter_vault):
    vault = shelter_vault
    Records(vault).save(factories.client(id=new_id()))
    wizard = _wizard(qtbot, vault)
    alt(qtbot, "n")
    person(qtbot, "Rosa", "Quinones", "05/17/1980")
    alt(qtbot, "n")
    dialog = wizard._dialog
    assert dialog is not None  # Next with a likely match asks who this is
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    alt(qtbot, "n")  # This is a &new person
    qtbot.waitUntil(lambda: wizard._dialog is None)
    back_to(qtbot, wizard)
    assert wizard.step == ("household", 0)
    alt(qtbot, "n")
    alt(qtbot, "n")
    with qtbot.waitSignal(wizard.saved):
        ctrl_s(qtbot)
    assert Records(vault).count("client") == 2


@pytest.mark.parametrize(
    "dob, entry, words",
    [
        ("13/45/2020", None, "must be a real date"),
        ("01/01/2027", None, "cannot be in the future"),
        ("06/01/2021", "01/01/2020", "cannot be after the project start date"),
        ("01/01/1900", None, "cannot be before 1 January 1915"),
    ],
)
def test_a_bad_date_of_birth_is_refused_in_words_and_nothing_is_saved(qtbot, shelter_vault, dob, entry, words):
    vault = shelter_vault
    before = _counts(vault)
    wizard = _wizard(qtbot, vault)
    if entry:
        keys(qtbot, "\t")
        date_box = focused()
        assert date_box is wizard.project_page.date_form.widget_for("entry_date")
        assert isinstance(date_box, QLineEdit)  # a date is typed
        date_box.selectAll()
        keys(qtbot, entry)
    alt(qtbot, "n")
    person(qtbot, "Ana", "Reyes", dob)
    alt(qtbot, "n")
    assert wizard.step == ("person", 0)  # Next refused
    shown = wizard.person_page.person.problems_shown()
    assert words in shown["dob"], shown
    assert focused() is wizard.person_page.person.widget_for("dob")  # the focus is on the problem
    assert "Problems on this page" in wizard.status.text()
    assert _counts(vault)[0] == before[0] and _counts(vault)[1] == before[1]


def test_an_entry_date_in_the_future_is_refused_on_the_first_page(qtbot, shelter_vault):
    wizard = _wizard(qtbot, shelter_vault)
    keys(qtbot, "\t")
    date_box = focused()
    assert isinstance(date_box, QLineEdit)  # the entry date, typed
    date_box.selectAll()
    keys(qtbot, "02/01/2026")
    alt(qtbot, "n")
    assert wizard.step == ("project", 0)
    assert "cannot be in the future" in wizard.project_page.date_form.problems_shown()["entry_date"]


def test_a_member_without_a_relationship_and_a_second_head_are_refused(qtbot, shelter_vault):
    wizard = _wizard(qtbot, shelter_vault)
    alt(qtbot, "n")
    person(qtbot, "Maria", "Lopez", "03/14/1985")
    alt(qtbot, "n")
    alt(qtbot, "m")
    keys(qtbot, "\t")
    person(qtbot, "Leo", "Lopez", "06/01/2015")
    alt(qtbot, "n")
    assert wizard.step == ("person", 1)
    assert "related to the head" in wizard.person_page.relationship.problems_shown()["relationship_to_hoh"]
    assert focused() is wizard.person_page.relationship.widget_for("relationship_to_hoh")
    keys(qtbot, "Self")
    alt(qtbot, "n")
    assert wizard.step == ("person", 1)
    assert "only one head" in wizard.person_page.relationship.problems_shown()["relationship_to_hoh"]


def test_an_income_yes_without_a_source_is_refused_beside_the_question(qtbot, shelter_vault):
    wizard = _wizard(qtbot, shelter_vault)
    alt(qtbot, "n")
    person(qtbot, "Maria", "Lopez", "03/14/1985")
    alt(qtbot, "n")
    alt(qtbot, "n")
    page = wizard.enrollment_page
    income = page.blocks[0]
    assert income.detail.isHidden()
    income.gateway.widget_for("income_from_any_source").setFocus()
    keys(qtbot, "Yes")
    assert not income.detail.isHidden()  # the sources appear
    alt(qtbot, "n")
    assert wizard.step == ("enrollment", 0)
    assert "no source is marked" in income.gateway.problems_shown()["income_from_any_source"]


def test_a_draft_survives_closing_the_wizard_inside_the_vault_only(qtbot, shelter_vault, tmp_path, shots):
    vault = shelter_vault
    before = _counts(vault)
    wizard = _wizard(qtbot, vault)
    wizard.timer.setInterval(20)  # a pause in typing keeps a draft (three seconds in use)
    alt(qtbot, "n")
    keys(qtbot, "Xiomara", "\t", "\t", "Quenby")

    def kept_last_name() -> str | None:
        draft = Drafts(vault).load("intake", wizard.draft_id)
        assert draft is not None, "no draft kept"  # Next, above, kept the first one
        return draft["members"][0]["client"].get("last_name")

    qtbot.waitUntil(lambda: kept_last_name() == "Quenby")
    keys(qtbot, "\t", "\t", "Full")
    wizard.close()  # the window closes (or the lead's window locks): what was typed is kept
    (draft,) = Drafts(vault).list("intake")
    assert draft.summary == "Household of 1" and "Xiomara" not in draft.summary
    assert _counts(vault) == before  # a draft is not a record change and is not queued for sync
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"Xiomara" not in path.read_bytes(), path.name

    again = _wizard(qtbot, vault)
    assert not again.banner.isHidden()
    assert again.banner.text.text().startswith("Continue the intake started at")
    assert focused() is again.banner.resume
    shoot(again, shots, "intake-draft-offer")
    back_to(qtbot, again)
    again.banner.resume.setFocus()
    alt(qtbot, "c")
    assert again.step == ("person", 0)
    values = again.person_page.person.values()
    assert values["first_name"] == "Xiomara" and values["last_name"] == "Quenby"
    assert values["name_data_quality"] == 1
    assert again.draft_id == draft.id


def test_a_draft_can_be_thrown_away_and_the_lock_hook_keeps_one(qtbot, shelter_vault):
    vault = shelter_vault
    wizard = _wizard(qtbot, vault)
    assert wizard.save_draft() is False  # nothing typed, nothing kept
    alt(qtbot, "n")
    keys(qtbot, "Xiomara")
    assert wizard.save_draft() is True  # what the main window calls on lock
    assert len(Drafts(vault).list("intake")) == 1
    again = _wizard(qtbot, vault)
    alt(qtbot, "d")
    assert again.banner.isHidden() and Drafts(vault).list("intake") == []


def test_no_projects_on_the_laptop_says_what_to_do(qtbot, vault):
    wizard = _wizard(qtbot, vault)
    assert not wizard.project_page.empty.isHidden()
    assert "Sign in while connected" in wizard.project_page.empty.text()
    alt(qtbot, "n")
    assert wizard.step == ("project", 0)


def test_text_typed_in_the_search_box_starts_the_head_of_household(qtbot, shelter_vault):
    wizard = _wizard(qtbot, shelter_vault, search_text="Maria Lopez 03/14/1985")
    alt(qtbot, "n")
    values = wizard.person_page.person.values()
    assert (values["first_name"], values["last_name"], values["dob"]) == ("Maria", "Lopez", date(1985, 3, 14))
    assert isinstance(wizard.person_page.person.widget_for("dob"), QLineEdit)
    assert isinstance(wizard.person_page.person.widget_for("sex"), QComboBox)
