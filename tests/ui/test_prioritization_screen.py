"""The CAN's prioritization list on screen, by keyboard only: filter, sort, export; English and Spanish.

The records are the hand-made CAN of tests/services/prioritization_fixture.py; the rows below are
that fixture's, written out again by hand as the screen shows them.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLineEdit

from app.services import prioritization as service
from app.ui import prioritization_model, translations
from app.ui.prioritization_screen import PrioritizationScreen
from app.ui.workspace import _pages_for
from tests.services.prioritization_fixture import HEADER, build, expected
from tests.ui.conftest import shoot
from tests.ui.keys import focused

WAIT = 30_000
ANA = [
    "Alvarez, Ana",
    "1970-01-02",
    "Hartford access point",
    "2025-01-20",
    "Placed on prioritization list",
    "2025-02-01",
    "In Person",
    "Housing Needs Assessment",
    "No",
]
DEE = [
    "Diaz, Dee",
    "1973-01-02",
    "Neighbour access point",
    "2025-01-04",
    "Not placed on prioritization list",
    "2025-03-10",
    "Virtual",
    "Housing Needs Assessment",
    "No",
]
EVE = ["Evans, Eve", "1974-01-02", "Hartford access point", "2025-02-14", "Not assessed yet", "", "", "", "Yes"]


def _alt(qtbot, letter: str) -> None:
    """Alt+letter, then wait for a button it pressed to finish its (animated) click."""
    qtbot.keyClick(focused(), getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: (
            not any(
                isinstance(w, QAbstractButton) and w.isDown() and isinstance(w.window(), PrioritizationScreen)
                for w in QApplication.allWidgets()
            )
        )
    )


def _rows(screen) -> list[list[str]]:
    model = screen.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _screen(qtbot, vault, role="data_coordinator") -> PrioritizationScreen:
    screen = PrioritizationScreen(vault, role)
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.refresh()
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT)
    screen.find.setFocus()
    return screen


# Refusals first.


def test_a_role_the_list_is_not_for_is_told_so_and_shown_no_one(qtbot, vault, english):
    build(vault)
    screen = _screen(qtbot, vault, "outreach_worker")
    assert _rows(screen) == [] and screen.status.text() == service.REFUSED
    assert [p.key for p in _pages_for("outreach_worker")] == ["clients", "intake"]
    assert "prioritization" not in [p.key for p in _pages_for("security_coordinator")]


def test_the_service_sentences_are_in_the_catalogue_word_for_word():
    # the catalogue splits long sentences into adjacent string literals, one per line: join them back
    source = re.sub(r'"\n\s*"', "", Path(prioritization_model.__file__).read_text(encoding="utf-8"))
    for sentence in (service.REFUSED, service.NOT_WRITTEN):
        assert sentence in source


def test_a_laptop_that_does_not_know_its_can_says_how_to_learn_it(qtbot, vault, english):
    screen = _screen(qtbot, vault)
    assert _rows(screen) == [] and "does not know its CAN yet" in screen.status.text()
    assert not screen.export.isEnabled()


# The list, by keyboard.


def test_filter_sort_and_export_by_keyboard(qtbot, vault, english, tmp_path, shots):
    people = build(vault)
    screen = _screen(qtbot, vault)
    assert _rows(screen) == [ANA, DEE, EVE]
    assert screen.heading.text() == "Prioritization list of the Greater Hartford CAN"
    assert screen.summary.text() == "Showing 3 of 3 people." and screen.can.isHidden()
    # Alt+F: find by any part of the name, the date of birth or the project.
    _alt(qtbot, "F")
    assert focused() is screen.find
    qtbot.keyClicks(screen.find, "neighb")
    assert _rows(screen) == [DEE] and screen.summary.text() == "Showing 1 of 3 people."
    qtbot.keyClick(screen.find, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen.find, Qt.Key.Key_Backspace)
    assert len(_rows(screen)) == 3
    # Alt+T: the status filter, moved with the arrow keys.
    _alt(qtbot, "T")
    assert focused() is screen.status_filter
    qtbot.keyClick(screen.status_filter, Qt.Key.Key_Down)
    assert _rows(screen) == [ANA]
    qtbot.keyClick(screen.status_filter, Qt.Key.Key_End)
    assert _rows(screen) == [EVE]
    qtbot.keyClick(screen.status_filter, Qt.Key.Key_Home)
    # Alt+R: only those with an open referral, and again to show everyone.
    _alt(qtbot, "R")
    assert screen.referral_only.isChecked() and _rows(screen) == [EVE]
    _alt(qtbot, "R")
    assert len(_rows(screen)) == 3
    # Alt+B: sort by the last assessment; Alt+D: newest first.
    _alt(qtbot, "B")
    assert focused() is screen.sort_by
    for _ in range(5):
        qtbot.keyClick(screen.sort_by, Qt.Key.Key_Down)
    assert screen.sort_by.currentText() == "Last assessment"
    assert _rows(screen) == [EVE, ANA, DEE]  # never assessed first
    _alt(qtbot, "D")
    assert _rows(screen) == [DEE, ANA, EVE]
    header = screen.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (5, Qt.SortOrder.DescendingOrder)
    # The table is reached by Tab and read a row at a time with the arrow keys.
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    assert screen.table.currentIndex().row() >= 0
    # Alt+E: the save dialog; type the file's name and press Enter.
    _alt(qtbot, "E")
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible(), timeout=WAIT)
    assert screen.dialog is not None  # for mypy: the wait above proved it
    assert screen.dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    name = screen.dialog.findChild(QLineEdit, "fileNameEdit")
    qtbot.waitUntil(lambda: focused() is name, timeout=WAIT)
    target = tmp_path / "case conference"
    qtbot.keyClicks(name, str(target))
    qtbot.keyClick(name, Qt.Key.Key_Return)
    written = tmp_path / "case conference.csv"
    qtbot.waitUntil(written.exists, timeout=WAIT)
    with open(written, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    by_hand = expected(people)
    assert rows == [HEADER, by_hand[1], by_hand[0], by_hand[2]]  # as shown: newest assessment first
    assert screen.status.text() == "3 people written to case conference.csv."
    shoot(screen, shots, "prioritization-list")


def test_an_export_the_disk_refuses_is_said_in_words(qtbot, vault, english, tmp_path):
    build(vault)
    screen = _screen(qtbot, vault)
    screen.export_to(str(tmp_path / "missing folder" / "list.csv"))
    assert screen.status.text() == service.NOT_WRITTEN
    assert not (tmp_path / "missing folder").exists()


def test_the_list_comes_out_in_spanish(qtbot, vault, english, monkeypatch, shots):
    build(vault)
    monkeypatch.setenv(translations.ENV, "es")
    assert translations.install(english) == "es"
    screen = _screen(qtbot, vault)
    # The catalogue is compiled by the lead from /work/notes/es/prioritization.json: until then the
    # words may still be English; the people and their dates are the same either way.
    rows = _rows(screen)
    assert [r[0] for r in rows] == ["Alvarez, Ana", "Diaz, Dee", "Evans, Eve"]
    assert [r[5] for r in rows] == ["2025-02-01", "2025-03-10", ""]
    shoot(screen, shots, "prioritization-list_es")
