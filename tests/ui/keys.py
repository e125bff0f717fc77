"""The keyboard as the UI tests drive it: where the focus is, and Tab to the next widget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"  # QtTest aborts on a key sent to no widget
    return widget


def tab(qtbot) -> QWidget:
    """Press Tab where the focus is; the widget that has it after."""
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    return focused()
