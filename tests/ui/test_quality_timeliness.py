"""The quality screen's timeliness table (HUD Q6e), by keyboard, in English and in Spanish.

The records are the hand-counted fixture of tests/services/test_quality_report.py, each made on a
day set by hand; the counts below are that fixture's, written out again by hand.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui import translations
from app.ui.admin import QualityScreen
from tests.services.test_quality_report import AS_OF, HARBOR, _timed_fixture
from tests.ui.conftest import shoot
from tests.ui.keys import focused

WAIT = 30_000


def _rows(model) -> dict[str, list[str]]:
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    return {row[0]: row[1:] for row in rows}


def _screen(qtbot, vault) -> QualityScreen:
    screen = QualityScreen(vault, as_of=AS_OF)
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    return screen


def test_before_a_report_is_made_the_timeliness_table_is_empty_and_says_nothing(qtbot, vault, english):
    screen = _screen(qtbot, vault)
    assert screen.timely_model.rowCount() == 0 and screen.timely_summary.text() == ""


def test_an_empty_laptop_shows_every_band_at_zero(qtbot, vault, english):
    screen = _screen(qtbot, vault)
    screen.refresh()
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT)
    assert all(counts == ["0", "0"] for counts in _rows(screen.timely_model).values())
    assert screen.timely_model.rowCount() == 6
    assert "Project starts entered the same day: 0 of 0" in screen.timely_summary.text()


def test_the_timeliness_table_counts_per_project_by_keyboard(qtbot, vault, english, shots):
    _timed_fixture(vault)
    screen = _screen(qtbot, vault)
    screen.reload.setFocus()
    qtbot.keyClick(screen.reload, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT)
    # All projects: the whole laptop, added up.
    assert _rows(screen.timely_model) == {
        "Before it happened (< 0 days)": ["1", "0"],
        "The same day (0 days)": ["1", "0"],
        "1 to 3 days later": ["2", "0"],
        "4 to 6 days later": ["1", "1"],
        "7 to 10 days later": ["1", "0"],
        "11 or more days later": ["1", "0"],
    }
    assert screen.timely_summary.text() == (
        "Project starts entered the same day: 1 of 7; 11 or more days later: 1. "
        "Project exits entered the same day: 0 of 1; 11 or more days later: 0."
    )
    # Alt+P to the project list, pick Harbor Shelter with the arrow keys, Alt+T to the table.
    qtbot.keyClick(focused(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert focused() is screen.project
    qtbot.keyClick(screen.project, Qt.Key.Key_End)
    qtbot.keyClick(screen.project, Qt.Key.Key_Up)
    assert screen.project.currentData() == HARBOR
    qtbot.keyClick(focused(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert focused() is screen.timely_table
    assert _rows(screen.timely_model) == {
        "Before it happened (< 0 days)": ["0", "0"],
        "The same day (0 days)": ["1", "0"],
        "1 to 3 days later": ["1", "0"],
        "4 to 6 days later": ["1", "1"],
        "7 to 10 days later": ["1", "0"],
        "11 or more days later": ["1", "0"],
    }
    assert "Project starts entered the same day: 1 of 5; 11 or more days later: 1." in screen.timely_summary.text()
    qtbot.keyClick(screen.timely_table, Qt.Key.Key_Down)  # the rows are read one at a time
    assert screen.timely_table.currentIndex().row() >= 0
    # Tab goes on from the timeliness table to the list of clients to fix.
    qtbot.keyClick(screen.timely_table, Qt.Key.Key_Tab)
    assert focused() is screen.client_list
    screen.project.setCurrentIndex(0)
    shoot(screen, shots, "admin-quality-timeliness")


def test_the_timeliness_table_comes_out_in_spanish(qtbot, vault, english, monkeypatch, shots):
    _timed_fixture(vault)
    monkeypatch.setenv(translations.ENV, "es")
    assert translations.install(english) == "es"
    screen = _screen(qtbot, vault)
    screen.refresh()
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT)
    counts = [[screen.timely_model.index(r, c).data() for c in (1, 2)] for r in range(6)]
    assert counts == [["1", "0"], ["1", "0"], ["2", "0"], ["1", "1"], ["1", "0"], ["1", "0"]]
    # The catalogue is compiled by the lead from /work/notes/es/timeliness.json: until then the
    # words may still be English; the table and its counts are the same either way.
    assert screen.timely_table.accessibleName()
    shoot(screen, shots, "admin-quality-timeliness_es")
