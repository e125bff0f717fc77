"""The list's model works out words a column at a time, when first needed; what it shows, sorts and
finds must be exactly what spelling out every cell first would give (the plain way, written out
again here), on many people with awkward names, ties and gaps."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.services import prioritization as service
from app.ui.prioritization_model import HEADERS, ListModel, screen_cells, tr
from app.ui.prioritization_screen import PrioritizationScreen
from tests.services.prioritization_fixture import build

NAMES = [
    "Ana",
    "ana",
    "Ángel",
    "Zoë",
    "O'Brien",
    "de la Cruz",
    "Smith",
    "Smith Jr",
    "SMITH",
    "Lee",
    "",
    None,
    "=Formula",
    "Øyvind",
    "straße",
    "STRASSE",
    "\u5f20\u4f1f",
]
PLACES = ["Hartford access point", "Neighbour access point", "East Hartford access point"]


def people(n: int = 400, seed: int = 11) -> list[service.Row]:
    rng = random.Random(seed)
    day = lambda: rng.choice([None, date(2024, 1, 1) + timedelta(days=rng.randint(0, 40))])  # noqa: E731 (ties)
    rows = []
    for i in range(n):
        assessed = rng.random() < 0.7
        rows.append(
            service.Row(
                f"{i:032x}",
                rng.choice(NAMES),
                rng.choice(NAMES),
                day(),
                rng.random() > 0.1,
                tuple(sorted(rng.sample(PLACES, rng.choice((1, 1, 2))))),
                day() or date.min,
                rng.choice((1, 2, 7)) if assessed else None,
                day() if assessed else None,
                rng.choice((1, 2, 3, None)) if assessed else None,
                rng.choice((1, 2, None)) if assessed else None,
                rng.random() < 0.3,
            )
        )
    return rows


def plain_sort(cells: list[tuple[str, ...]], column: int, descending: bool) -> list[tuple[str, ...]]:
    return sorted(cells, reverse=descending, key=lambda c: (c[column].casefold(), c[0].casefold()))


def shown(model: ListModel) -> list[tuple[str, ...]]:
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


@pytest.mark.parametrize("column", range(len(HEADERS)))
def test_every_column_sorts_both_ways_as_the_spelled_out_cells_would(qapp, english, column):
    everyone = people()
    model = ListModel()
    model.load(everyone)
    model.show(range(len(everyone)))
    cells = [screen_cells(row) for row in everyone]
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        model.sort(column, order)
        want = plain_sort(cells, column, order == Qt.SortOrder.DescendingOrder)
        assert shown(model) == want
        cells = want  # the next sort starts from this order, as the plain way's would
    assert [model.index(0, c).data(Qt.ItemDataRole.ToolTipRole) for c in range(len(HEADERS))] == list(cells[0])
    assert model.headerData(0, Qt.Orientation.Horizontal) == tr(HEADERS[0])


@pytest.mark.parametrize("words", ["", "smith", "ANA", "2024-01-1", "neighbour", "ß", "ss", "not on this", "zzz"])
def test_the_screens_filters_find_who_the_spelled_out_cells_would(qtbot, vault, english, words):
    everyone = people()
    screen = PrioritizationScreen(vault, "data_coordinator")
    qtbot.addWidget(screen)
    screen.show_list(service.PrioritizationList("Greater Hartford", ("Greater Hartford",), tuple(everyone)))
    for status in range(screen.status_filter.count()):
        for referral in (False, True):
            screen.status_filter.setCurrentIndex(status)
            screen.referral_only.setChecked(referral)
            screen.find.setText(words)
            code = screen.status_filter.currentData()
            folded = words.strip().casefold()
            want = [
                screen_cells(row)
                for row in everyone
                if (code is None or (row.status or 0) == code)
                and (not referral or row.open_referral)
                and any(folded in cell.casefold() for cell in screen_cells(row)[:3])
            ]
            assert shown(screen.model) == plain_sort(want, 0, False)
            assert [screen_cells(row) for row in screen.shown()] == plain_sort(want, 0, False)  # what an export writes
            assert screen.summary.text() == f"Showing {len(want)} of {len(everyone)} people."


def test_a_closed_screen_lets_go_of_the_list_even_one_still_being_made(qtbot, vault, english):
    build(vault)
    screen = PrioritizationScreen(vault, "data_coordinator")
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    screen.close()  # before the worker is done
    qtbot.waitUntil(lambda: not screen.busy, timeout=30_000)
    assert screen.model.rowCount() == 0 and screen.listing is None
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: not screen.busy, timeout=30_000)
    assert screen.model.rowCount() == 3
    screen.close()
    assert screen.model.rowCount() == 0 and screen.model.everyone == [] and screen.listing is None
