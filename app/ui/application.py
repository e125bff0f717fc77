"""The Qt application object and the first window."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.first_run import FirstRunWindow


def run(profile: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("HMIS Intake")
    window = FirstRunWindow(profile)
    window.resize(480, 260)
    window.show()
    return app.exec()
