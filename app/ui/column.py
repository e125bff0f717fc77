"""A narrow column in the middle of the window, for the short forms (set-up, sign-in).

Why: a 1366-pixel-wide password box is hard to read; the eye finds a centred column at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

WIDTH = 560


def centred_column(page: QWidget) -> QVBoxLayout:
    """The layout to fill: a column of at most WIDTH pixels, centred on ``page``."""
    column = QWidget()
    column.setMaximumWidth(WIDTH)
    outer = QHBoxLayout(page)
    outer.addStretch(1)
    outer.addWidget(column, 4)
    outer.addStretch(1)
    return QVBoxLayout(column)
